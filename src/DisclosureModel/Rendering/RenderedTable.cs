namespace DisclosureModel.Rendering;

/// <summary>
/// One statutory table laid out as printed: a grid of header rows and body rows whose header cells carry their row
/// and column spans, and whose data cells carry their property path and value.
/// </summary>
/// <remarks>
/// <para>The grid is <see cref="RowHeaderColumnCount"/> + <see cref="DataColumnCount"/> columns wide. The header rows
/// come first; the first holds, when the table has row labels, the <see cref="Corner"/> over the row-label columns.
/// Walking <see cref="HeaderRows"/> then <see cref="BodyRows"/>, each row's <see cref="RenderedRow.Headers"/> then
/// its <see cref="RenderedRow.Cells"/>, visits every cell in the order an HTML table lists them.</para>
/// <para>The tables: each Section 二 sub-table (with a <see cref="Caption"/>; 信息内容 in the corner, one header row);
/// Section 三 (the balancing note in the corner over 3 × 3 grid cells; three header rows: 申请人情况 over the seven
/// columns, 自然人 | 法人或其他组织 | 总计, the five organisation columns; three row-label columns); Section 四 (no
/// row labels; three header rows: 行政复议 | 行政诉讼, the five review columns | 未经复议直接起诉 | 复议后起诉, the ten
/// litigation columns; one body row of fifteen cells).</para>
/// <para>Equality is by reference.</para>
/// </remarks>
public sealed class RenderedTable
{
    internal RenderedTable(StatutoryLabel label, string? caption, int rowHeaderColumnCount, RenderedColumn[] columns, RenderedRow[] headerRows, RenderedRow[] bodyRows)
    {
        Label = label;
        Caption = caption;
        RowHeaderColumnCount = rowHeaderColumnCount;
        Columns = columns;
        HeaderRows = headerRows;
        BodyRows = bodyRows;
        Cells = [.. bodyRows.SelectMany(r => r.Cells)];
    }

    /// <summary>Gets the table's label: the sub-table title in Section 二 (<c>第二十条第（一）项</c>), else the section heading.</summary>
    public StatutoryLabel Label { get; }

    /// <summary>Gets the caption printed above the table: the sub-table title in Section 二, null in Sections 三 and 四.</summary>
    public string? Caption { get; }

    /// <summary>Gets the number of grid columns holding row labels: 1 in Section 二, 3 in Section 三, 0 in Section 四.</summary>
    public int RowHeaderColumnCount { get; }

    /// <summary>Gets the number of grid columns holding numbers: 2 or 3 in Section 二, 7 in Section 三, 15 in Section 四.</summary>
    public int DataColumnCount => Columns.Count;

    /// <summary>Gets the data columns left to right, each with the header cells above it.</summary>
    public IReadOnlyList<RenderedColumn> Columns { get; }

    /// <summary>Gets the header rows, top to bottom: they hold header cells only.</summary>
    public IReadOnlyList<RenderedRow> HeaderRows { get; }

    /// <summary>Gets the body rows, top to bottom: row labels that start in the row, then one data cell per data column.</summary>
    public IReadOnlyList<RenderedRow> BodyRows { get; }

    /// <summary>
    /// Gets the header cell over the row-label columns, spanning them and every header row: 信息内容 (scope
    /// <see cref="HeaderScope.Column"/>) in Section 二, the balancing note (scope <see cref="HeaderScope.None"/>) in
    /// Section 三; null when the table has no row labels (Section 四).
    /// </summary>
    public RenderedHeaderCell? Corner => RowHeaderColumnCount > 0 ? HeaderRows[0].Headers[0] : null;

    /// <summary>Gets the data cells in print order, body row by body row.</summary>
    public IReadOnlyList<RenderedDataCell> Cells { get; }

    /// <inheritdoc/>
    public override string ToString() => Label.ToString();
}
