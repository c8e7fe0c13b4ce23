namespace DisclosureModel;

/// <summary>A row of 第二十条第（一）项 in the 2021 format: documents issued, repealed and in force.</summary>
/// <remarks>Every cell is a count of at least 0, or null when blank. Counts are as of 31 December of the report year. Equality is by value.</remarks>
/// <param name="IssuedThisYear">本年制发件数.</param>
/// <param name="RepealedThisYear">本年废止件数.</param>
/// <param name="InForce">现行有效件数.</param>
/// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
public readonly record struct DocumentCounts2021(int? IssuedThisYear, int? RepealedThisYear, int? InForce)
{
    /// <summary>Gets 本年制发件数: documents issued this year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? IssuedThisYear { get; init => field = Preconditions.CheckCount(value, nameof(IssuedThisYear)); } = Preconditions.CheckCount(IssuedThisYear);

    /// <summary>Gets 本年废止件数: documents repealed this year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? RepealedThisYear { get; init => field = Preconditions.CheckCount(value, nameof(RepealedThisYear)); } = Preconditions.CheckCount(RepealedThisYear);

    /// <summary>Gets 现行有效件数: documents in force at the end of the year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? InForce { get; init => field = Preconditions.CheckCount(value, nameof(InForce)); } = Preconditions.CheckCount(InForce);
}

/// <summary>第二十条第（一）项 in the 2021 format.</summary>
public sealed record RegulationsTable2021
{
    /// <summary>Gets row 规章: rules.</summary>
    public required DocumentCounts2021 Rules { get; init; }

    /// <summary>Gets row 行政规范性文件: administrative normative documents.</summary>
    public required DocumentCounts2021 NormativeDocuments { get; init; }
}

/// <summary>第二十条第（五）项 in the 2021 format: one cell, 本年处理决定数量 of 行政许可.</summary>
public sealed record LicensingTable2021
{
    /// <summary>
    /// Gets 行政许可 · 本年处理决定数量: administrative licensing Decisions this year, published or lawfully not
    /// (包括已公开和依法未公开的全部处理决定), or null when blank.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public required int? AdministrativeLicensing { get; init => field = Preconditions.CheckCount(value, nameof(AdministrativeLicensing)); }
}

/// <summary>第二十条第（六）项 in the 2021 format: 本年处理决定数量 of 行政处罚 and 行政强制.</summary>
public sealed record EnforcementTable2021
{
    /// <summary>Gets 行政处罚 · 本年处理决定数量: administrative penalty Decisions this year, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public required int? AdministrativePenalty { get; init => field = Preconditions.CheckCount(value, nameof(AdministrativePenalty)); }

    /// <summary>Gets 行政强制 · 本年处理决定数量: administrative coercion Decisions this year, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public required int? AdministrativeCoercion { get; init => field = Preconditions.CheckCount(value, nameof(AdministrativeCoercion)); }
}

/// <summary>第二十条第（八）项 in the 2021 format: 本年收费金额（单位：万元） of 行政事业性收费.</summary>
public sealed record FeesTable2021
{
    /// <summary>
    /// Gets 行政事业性收费 · 本年收费金额: administrative fees collected this year in 万元 (ten thousand yuan), at least 0,
    /// with the scale it was given (real reports print up to six decimals), or null when blank.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public required decimal? AdministrativeFees { get; init => field = Preconditions.CheckAmount(value, nameof(AdministrativeFees)); }
}
