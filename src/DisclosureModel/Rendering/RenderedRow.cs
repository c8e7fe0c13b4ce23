namespace DisclosureModel.Rendering;

/// <summary>
/// A row of a <see cref="RenderedTable"/>'s grid: the header cells that start in it, then its data cells, as an
/// HTML <c>tr</c> holds its <c>th</c> and <c>td</c> elements.
/// </summary>
/// <remarks>
/// A header row has only <see cref="Headers"/>. A body row has the row labels that start in it, outermost first (a
/// group label appears only in the first row it spans: the row of （一）予以公开 starts with 三、本年度办理结果), then
/// one data cell per data column. Equality is by reference.
/// </remarks>
public sealed class RenderedRow
{
    internal RenderedRow(RenderedHeaderCell[] headers, RenderedDataCell[] cells)
    {
        Headers = headers;
        Cells = cells;
    }

    /// <summary>Gets the header cells that start in this row, left to right.</summary>
    public IReadOnlyList<RenderedHeaderCell> Headers { get; }

    /// <summary>Gets the data cells, left to right; empty in a header row.</summary>
    public IReadOnlyList<RenderedDataCell> Cells { get; }
}
