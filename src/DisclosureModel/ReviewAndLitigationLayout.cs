namespace DisclosureModel;

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
