namespace DisclosureModel;

/// <summary>The five result columns of each Section 四 block, in print order.</summary>
public enum CaseResultColumn
{
    /// <summary>结果维持: the act was upheld.</summary>
    Upheld,

    /// <summary>结果纠正: the act was corrected.</summary>
    Corrected,

    /// <summary>其他结果: another result.</summary>
    OtherResult,

    /// <summary>尚未审结: not yet concluded.</summary>
    Pending,

    /// <summary>总计: the total of the four results.</summary>
    Total,
}

/// <summary>The three blocks of Section 四, in print order.</summary>
public enum CaseBlock
{
    /// <summary>行政复议: administrative review.</summary>
    AdministrativeReview,

    /// <summary>行政诉讼 · 未经复议直接起诉: litigation filed without prior review.</summary>
    LitigationWithoutReview,

    /// <summary>行政诉讼 · 复议后起诉: litigation filed after review.</summary>
    LitigationAfterReview,
}

/// <summary>
/// One block of Section 四: the number of cases by result, and the printed 总计.
/// </summary>
/// <remarks>
/// Every cell is a count of at least 0, or null when blank. <see cref="Total"/> is stored as printed;
/// <see cref="ResultSum"/> is the computed sum of the four results. <c>default</c> is the all-blank block.
/// Equality is by value.
/// </remarks>
public readonly record struct CaseResultCounts
{
    /// <summary>Creates a block from its five cells in print order.</summary>
    /// <param name="upheld">结果维持.</param>
    /// <param name="corrected">结果纠正.</param>
    /// <param name="otherResult">其他结果.</param>
    /// <param name="pending">尚未审结.</param>
    /// <param name="total">总计, as printed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public CaseResultCounts(int? upheld, int? corrected, int? otherResult, int? pending, int? total)
    {
        Upheld = upheld;
        Corrected = corrected;
        OtherResult = otherResult;
        Pending = pending;
        Total = total;
    }

    /// <summary>Gets the block with 0 in every cell.</summary>
    public static CaseResultCounts Zero { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Gets the 结果维持 (upheld) count, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? Upheld { get; init => field = Preconditions.CheckCount(value, nameof(Upheld)); }

    /// <summary>Gets the 结果纠正 (corrected) count, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? Corrected { get; init => field = Preconditions.CheckCount(value, nameof(Corrected)); }

    /// <summary>Gets the 其他结果 (other result) count, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? OtherResult { get; init => field = Preconditions.CheckCount(value, nameof(OtherResult)); }

    /// <summary>Gets the 尚未审结 (pending) count, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? Pending { get; init => field = Preconditions.CheckCount(value, nameof(Pending)); }

    /// <summary>Gets the 总计 (total) count as printed, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? Total { get; init => field = Preconditions.CheckCount(value, nameof(Total)); }

    /// <summary>Gets the sum of the four result columns, blank counted as 0.</summary>
    public long ResultSum => (long)(Upheld ?? 0) + (Corrected ?? 0) + (OtherResult ?? 0) + (Pending ?? 0);

    /// <summary>Gets a cell by its column.</summary>
    /// <param name="column">A defined column.</param>
    /// <returns>The count, or null when blank.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is not defined.</exception>
    public int? this[CaseResultColumn column] => column switch
    {
        CaseResultColumn.Upheld => Upheld,
        CaseResultColumn.Corrected => Corrected,
        CaseResultColumn.OtherResult => OtherResult,
        CaseResultColumn.Pending => Pending,
        CaseResultColumn.Total => Total,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a defined result column."),
    };

    /// <summary>Adds two blocks cell by cell; blank plus a count gives the count, blank plus blank gives blank.</summary>
    /// <param name="left">The first block.</param>
    /// <param name="right">The second block.</param>
    /// <returns>The cell-wise sum.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="int.MaxValue"/>.</exception>
    public static CaseResultCounts operator +(CaseResultCounts left, CaseResultCounts right) => new(
        Add(left.Upheld, right.Upheld),
        Add(left.Corrected, right.Corrected),
        Add(left.OtherResult, right.OtherResult),
        Add(left.Pending, right.Pending),
        Add(left.Total, right.Total));

    /// <summary>Creates a block from the four results, with 总计 computed.</summary>
    /// <param name="upheld">结果维持.</param>
    /// <param name="corrected">结果纠正.</param>
    /// <param name="otherResult">其他结果.</param>
    /// <param name="pending">尚未审结.</param>
    /// <returns>The block.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="OverflowException">The total exceeds <see cref="int.MaxValue"/>.</exception>
    public static CaseResultCounts FromResults(int upheld, int corrected, int otherResult, int pending) =>
        new(upheld, corrected, otherResult, pending, checked(upheld + corrected + otherResult + pending));

    /// <summary>Gets a copy with one cell replaced.</summary>
    /// <param name="column">The column to replace.</param>
    /// <param name="value">The new count, or null for blank.</param>
    /// <returns>The changed block.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is not defined, or <paramref name="value"/> is negative.</exception>
    public CaseResultCounts With(CaseResultColumn column, int? value) => column switch
    {
        CaseResultColumn.Upheld => this with { Upheld = value },
        CaseResultColumn.Corrected => this with { Corrected = value },
        CaseResultColumn.OtherResult => this with { OtherResult = value },
        CaseResultColumn.Pending => this with { Pending = value },
        CaseResultColumn.Total => this with { Total = value },
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a defined result column."),
    };

    /// <summary>Gets the five cells in print order, blank shown as <c>_</c>, e.g. <c>0 1 1 0 2</c>.</summary>
    /// <returns>The cells separated by spaces.</returns>
    public override string ToString()
    {
        var self = this;
        return string.Join(' ', ReviewAndLitigationLayout.Columns.Select(c => self[c] is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "_"));
    }

    private static int? Add(int? left, int? right) =>
        left is null && right is null ? null : checked((left ?? 0) + (right ?? 0));
}

/// <summary>
/// Section 四、政府信息公开行政复议、行政诉讼情况: administrative reviews and lawsuits about disclosure,
/// fifteen cells in three blocks. The same in both editions.
/// </summary>
/// <remarks>
/// Counting rule printed in the format: where the review body is a co-defendant, only the original acting body
/// counts the case (行政复议机关作为共同被告的行政诉讼案件，只计算原行为主体的案件数量). Equality is by value.
/// </remarks>
public sealed record ReviewAndLitigationTable
{
    /// <summary>Gets block 行政复议: administrative reviews (cells 1–5 in print order).</summary>
    public required CaseResultCounts AdministrativeReview { get; init; }

    /// <summary>Gets block 行政诉讼 · 未经复议直接起诉: lawsuits filed without prior review (cells 6–10).</summary>
    public required CaseResultCounts LitigationWithoutReview { get; init; }

    /// <summary>Gets block 行政诉讼 · 复议后起诉: lawsuits filed after review (cells 11–15).</summary>
    public required CaseResultCounts LitigationAfterReview { get; init; }

    /// <summary>Gets the table with every cell 0.</summary>
    public static ReviewAndLitigationTable Zero { get; } = new()
    {
        AdministrativeReview = CaseResultCounts.Zero,
        LitigationWithoutReview = CaseResultCounts.Zero,
        LitigationAfterReview = CaseResultCounts.Zero,
    };

    /// <summary>Gets a block.</summary>
    /// <param name="block">A defined block.</param>
    /// <returns>The block's counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="block"/> is not defined.</exception>
    public CaseResultCounts this[CaseBlock block] => block switch
    {
        CaseBlock.AdministrativeReview => AdministrativeReview,
        CaseBlock.LitigationWithoutReview => LitigationWithoutReview,
        CaseBlock.LitigationAfterReview => LitigationAfterReview,
        _ => throw new ArgumentOutOfRangeException(nameof(block), block, "Not a defined block."),
    };

    /// <summary>Creates the table from its fifteen cells in print order (the order flattened pages print them in).</summary>
    /// <param name="cells">Exactly fifteen counts, each null when blank.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException"><paramref name="cells"/> does not hold fifteen values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static ReviewAndLitigationTable FromPrintOrder(ReadOnlySpan<int?> cells)
    {
        if (cells.Length != 15)
        {
            throw new ArgumentException($"Section 四 has 15 cells; {cells.Length} were given.", nameof(cells));
        }

        return new()
        {
            AdministrativeReview = new(cells[0], cells[1], cells[2], cells[3], cells[4]),
            LitigationWithoutReview = new(cells[5], cells[6], cells[7], cells[8], cells[9]),
            LitigationAfterReview = new(cells[10], cells[11], cells[12], cells[13], cells[14]),
        };
    }
}

/// <summary>
/// The layout of Section 四 (政府信息公开行政复议、行政诉讼情况): blocks, columns and their statutory labels.
/// </summary>
public static class ReviewAndLitigationLayout
{
    private static readonly StatutoryLabel[] BlockLabels =
    [
        new("administrativeReview", "行政复议", "Administrative review"),
        new("litigationWithoutReview", "未经复议直接起诉", "Litigation without prior review"),
        new("litigationAfterReview", "复议后起诉", "Litigation after review"),
    ];

    private static readonly StatutoryLabel[] ColumnLabels =
    [
        new("upheld", "结果维持", "Upheld"),
        new("corrected", "结果纠正", "Corrected"),
        new("otherResult", "其他结果", "Other result"),
        new("pending", "尚未审结", "Pending"),
        new("total", "总计", "Total"),
    ];

    /// <summary>Gets the section heading: 四、政府信息公开行政复议、行政诉讼情况.</summary>
    public static StatutoryLabel Title { get; } = new("reviewAndLitigation", "四、政府信息公开行政复议、行政诉讼情况", "Administrative review and litigation");

    /// <summary>Gets the merged header 行政诉讼 above the two litigation blocks; it has no cell of its own.</summary>
    public static StatutoryLabel LitigationGroupLabel { get; } = new("administrativeLitigation", "行政诉讼", "Administrative litigation");

    /// <summary>Gets the three blocks in print order.</summary>
    public static IReadOnlyList<CaseBlock> Blocks { get; } = [CaseBlock.AdministrativeReview, CaseBlock.LitigationWithoutReview, CaseBlock.LitigationAfterReview];

    /// <summary>Gets the five columns of a block in print order.</summary>
    public static IReadOnlyList<CaseResultColumn> Columns { get; } =
        [CaseResultColumn.Upheld, CaseResultColumn.Corrected, CaseResultColumn.OtherResult, CaseResultColumn.Pending, CaseResultColumn.Total];

    /// <summary>Gets the statutory label of a block.</summary>
    /// <param name="block">A defined block.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="block"/> is not defined.</exception>
    public static StatutoryLabel GetLabel(this CaseBlock block) => BlockLabels[(int)Preconditions.CheckDefined(block)];

    /// <summary>Gets the statutory label of a column.</summary>
    /// <param name="column">A defined column.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is not defined.</exception>
    public static StatutoryLabel GetLabel(this CaseResultColumn column) => ColumnLabels[(int)Preconditions.CheckDefined(column)];

    /// <summary>Gets the path of a block from the report root, e.g. <c>ReviewAndLitigation.LitigationAfterReview</c>.</summary>
    /// <param name="block">A defined block.</param>
    /// <returns>The path; append <c>.Total</c> etc. for a cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="block"/> is not defined.</exception>
    public static string GetPropertyPath(CaseBlock block) => "ReviewAndLitigation." + Preconditions.CheckDefined(block);
}
