namespace DisclosureModel.Rendering;

/// <summary>
/// What a header cell of a <see cref="RenderedTable"/> heads, named after the values of the HTML <c>scope</c>
/// attribute.
/// </summary>
public enum HeaderScope
{
    /// <summary>
    /// Nothing: a note printed in the header, such as the balancing note in the top-left block of Section 三
    /// (<see cref="ApplicationsLayout.BalancingNote"/>).
    /// </summary>
    None,

    /// <summary>One column: a column label (自然人, 结果维持 …), or 信息内容 over the row labels of a Section 二 sub-table.</summary>
    Column,

    /// <summary>Several columns: a merged column header (申请人情况, 法人或其他组织, 行政复议, 行政诉讼 …).</summary>
    ColumnGroup,

    /// <summary>One row: a row label (规章, 一、本年新收政府信息公开申请数量, 1.属于国家秘密 …).</summary>
    Row,

    /// <summary>Several rows: a merged row label holding no numbers of its own (三、本年度办理结果, （三）不予公开 …).</summary>
    RowGroup,
}
