namespace DisclosureModel;

/// <summary>A row of 第二十条第（一）项 in the 2019 format: documents made, published and published in all.</summary>
/// <remarks>Every cell is a count of at least 0, or null when blank. Equality is by value.</remarks>
/// <param name="CreatedThisYear">本年新制作数量.</param>
/// <param name="PublishedThisYear">本年新公开数量.</param>
/// <param name="TotalPublished">对外公开总数量 (cumulative).</param>
/// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
public readonly record struct DocumentCounts2019(int? CreatedThisYear, int? PublishedThisYear, int? TotalPublished)
{
    /// <summary>Gets 本年新制作数量: documents made this year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? CreatedThisYear { get; init => field = Preconditions.CheckCount(value, nameof(CreatedThisYear)); } = Preconditions.CheckCount(CreatedThisYear);

    /// <summary>Gets 本年新公开数量: documents published this year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? PublishedThisYear { get; init => field = Preconditions.CheckCount(value, nameof(PublishedThisYear)); } = Preconditions.CheckCount(PublishedThisYear);

    /// <summary>Gets 对外公开总数量: documents published in all (cumulative).</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? TotalPublished { get; init => field = Preconditions.CheckCount(value, nameof(TotalPublished)); } = Preconditions.CheckCount(TotalPublished);
}

/// <summary>
/// A row of 第二十条第（五）项 or 第（六）项 in the 2019 format: matters last year, the signed change, and Decisions.
/// </summary>
/// <remarks>Counts are at least 0; <see cref="ChangeThisYear"/> is signed. Null means blank. Equality is by value.</remarks>
/// <param name="PreviousYearItems">上一年项目数量.</param>
/// <param name="ChangeThisYear">本年增/减, signed.</param>
/// <param name="Decisions">处理决定数量.</param>
/// <exception cref="ArgumentOutOfRangeException">A count other than the change is negative.</exception>
public readonly record struct MatterCounts2019(int? PreviousYearItems, int? ChangeThisYear, int? Decisions)
{
    /// <summary>Gets 上一年项目数量: matters at the end of last year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? PreviousYearItems { get; init => field = Preconditions.CheckCount(value, nameof(PreviousYearItems)); } = Preconditions.CheckCount(PreviousYearItems);

    /// <summary>Gets 本年增/减: the change this year, negative for a decrease.</summary>
    public int? ChangeThisYear { get; init; } = ChangeThisYear;

    /// <summary>Gets 处理决定数量: Decisions made.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? Decisions { get; init => field = Preconditions.CheckCount(value, nameof(Decisions)); } = Preconditions.CheckCount(Decisions);
}

/// <summary>The row of 第二十条第（八）项 in the 2019 format: fee items last year and the signed change.</summary>
/// <remarks>Null means blank. Equality is by value.</remarks>
/// <param name="PreviousYearItems">上一年项目数量.</param>
/// <param name="ChangeThisYear">本年增/减, signed.</param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="PreviousYearItems"/> is negative.</exception>
public readonly record struct FeeItemCounts2019(int? PreviousYearItems, int? ChangeThisYear)
{
    /// <summary>Gets 上一年项目数量: fee items at the end of last year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? PreviousYearItems { get; init => field = Preconditions.CheckCount(value, nameof(PreviousYearItems)); } = Preconditions.CheckCount(PreviousYearItems);

    /// <summary>Gets 本年增/减: the change this year, negative for a decrease.</summary>
    public int? ChangeThisYear { get; init; } = ChangeThisYear;
}

/// <summary>The row of 第二十条第（九）项 in the 2019 format: procurement Projects and their total amount.</summary>
/// <remarks>Null means blank. Equality is by value.</remarks>
/// <param name="Projects">采购项目数量.</param>
/// <param name="TotalAmount">采购总金额, with the unit the cell printed, if any.</param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Projects"/> is negative.</exception>
public readonly record struct ProcurementCounts2019(int? Projects, MoneyAmount? TotalAmount)
{
    /// <summary>Gets 采购项目数量: procurement Projects.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? Projects { get; init => field = Preconditions.CheckCount(value, nameof(Projects)); } = Preconditions.CheckCount(Projects);

    /// <summary>Gets 采购总金额: the total amount. The format prints no unit; <see cref="MoneyAmount.Unit"/> holds the one the cell printed.</summary>
    public MoneyAmount? TotalAmount { get; init; } = TotalAmount;
}

/// <summary>第二十条第（一）项 in the 2019 format.</summary>
public sealed record RegulationsTable2019
{
    /// <summary>Gets row 规章: rules.</summary>
    public required DocumentCounts2019 Rules { get; init; }

    /// <summary>Gets row 规范性文件: normative documents.</summary>
    public required DocumentCounts2019 NormativeDocuments { get; init; }
}

/// <summary>第二十条第（五）项 in the 2019 format.</summary>
public sealed record LicensingTable2019
{
    /// <summary>Gets row 行政许可: administrative licensing.</summary>
    public required MatterCounts2019 AdministrativeLicensing { get; init; }

    /// <summary>Gets row 其他对外管理服务事项: other external management and service matters.</summary>
    public required MatterCounts2019 OtherExternalServices { get; init; }
}

/// <summary>第二十条第（六）项 in the 2019 format.</summary>
public sealed record EnforcementTable2019
{
    /// <summary>Gets row 行政处罚: administrative penalties.</summary>
    public required MatterCounts2019 AdministrativePenalty { get; init; }

    /// <summary>Gets row 行政强制: administrative coercion.</summary>
    public required MatterCounts2019 AdministrativeCoercion { get; init; }
}

/// <summary>第二十条第（八）项 in the 2019 format.</summary>
public sealed record FeesTable2019
{
    /// <summary>Gets row 行政事业性收费: administrative fees.</summary>
    public required FeeItemCounts2019 AdministrativeFees { get; init; }
}

/// <summary>第二十条第（九）项 in the 2019 format.</summary>
public sealed record ProcurementTable2019
{
    /// <summary>Gets row 政府集中采购: centralised government procurement.</summary>
    public required ProcurementCounts2019 CentralizedProcurement { get; init; }
}
