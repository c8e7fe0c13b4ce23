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
        // Built by the cell catalogue, whose Section 四 cells are these fifteen in print order.
        var catalog = CellCatalog.Edition2021;
        var count = catalog.GetCells(StatutoryTable.ReviewAndLitigation).Count;
        if (cells.Length != count)
        {
            throw new ArgumentException($"Section 四 has {count} cells; {cells.Length} were given.", nameof(cells));
        }

        return catalog.BuildReviewAndLitigation(new PrintOrderSheet(cells, catalog.ReviewAndLitigationStart));
    }

    /// <summary>One table's counts in print order, as the catalogue's builder reads them; the model checks each count.</summary>
    private readonly ref struct PrintOrderSheet(ReadOnlySpan<int?> cells, int start) : ICellSheet
    {
        private readonly ReadOnlySpan<int?> cells = cells;

        public int? Count(CellDefinition cell) => cells[cell.Index - start];

        public decimal? Amount(CellDefinition cell) => throw new InvalidOperationException("Section 四 has no amounts.");

        public MoneyAmount? Money(CellDefinition cell) => throw new InvalidOperationException("Section 四 has no amounts.");
    }
}
