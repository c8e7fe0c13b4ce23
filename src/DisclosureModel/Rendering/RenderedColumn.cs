namespace DisclosureModel.Rendering;

/// <summary>
/// A data column of a <see cref="RenderedTable"/> with the header cells above it, for formatters that cannot merge
/// cells and print one label per column (Markdown: <c>法人或其他组织 商业企业</c>).
/// </summary>
/// <remarks>Equality is by reference.</remarks>
public sealed class RenderedColumn
{
    internal RenderedColumn(int index, RenderedHeaderCell[] headers)
    {
        Index = index;
        Headers = headers;
    }

    /// <summary>Gets the position of the column among the table's data columns, from 0 (row-label columns not counted).</summary>
    public int Index { get; }

    /// <summary>
    /// Gets the header cells above the column, outermost first; the last is the column's own label (scope
    /// <see cref="HeaderScope.Column"/>), the others are merged headers (<see cref="HeaderScope.ColumnGroup"/>), e.g.
    /// 申请人情况, 法人或其他组织, 商业企业.
    /// </summary>
    public IReadOnlyList<RenderedHeaderCell> Headers { get; }

    /// <summary>Gets the column's own header cell (商业企业): the last of <see cref="Headers"/>.</summary>
    public RenderedHeaderCell Header => Headers[^1];

    /// <summary>Gets the texts of <see cref="Headers"/> joined by spaces, e.g. <c>申请人情况 法人或其他组织 商业企业</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(' ', Headers.Select(h => h.Text));
}
