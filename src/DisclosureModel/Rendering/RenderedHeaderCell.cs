namespace DisclosureModel.Rendering;

/// <summary>
/// A header cell of a <see cref="RenderedTable"/>: a column label, a merged column header, a row label, a merged
/// group label or a note, with the number of grid rows and columns it spans.
/// </summary>
/// <remarks>
/// Spans are those of the official template, the same a formatter that can merge cells (HTML, Word) writes as
/// <c>rowspan</c> and <c>colspan</c>: in Section 三, 申请人情况 spans 7 columns, 法人或其他组织 5, 三、本年度办理结果
/// 20 rows (2019) or 22 (2021). Equality is by reference.
/// </remarks>
public sealed class RenderedHeaderCell
{
    internal RenderedHeaderCell(string text, StatutoryLabel? label, HeaderScope scope, int level, int rowSpan, int colSpan)
    {
        Text = text;
        Label = label;
        Scope = scope;
        Level = level;
        RowSpan = rowSpan;
        ColSpan = colSpan;
    }

    /// <summary>Gets the text as printed: the Chinese statutory label, or the note.</summary>
    public string Text { get; }

    /// <summary>Gets the statutory label (with its identifier and English name), or null for a note.</summary>
    public StatutoryLabel? Label { get; }

    /// <summary>Gets what the cell heads.</summary>
    public HeaderScope Scope { get; }

    /// <summary>
    /// Gets how deep the cell is nested, 0 for the outermost: for a column header its header row (申请人情况 0,
    /// 法人或其他组织 1, 商业企业 2); for a row header its indentation (三、本年度办理结果 0, （三）不予公开 1,
    /// 1.属于国家秘密 2).
    /// </summary>
    public int Level { get; }

    /// <summary>Gets the number of grid rows the cell spans, at least 1.</summary>
    public int RowSpan { get; }

    /// <summary>Gets the number of grid columns the cell spans, at least 1.</summary>
    public int ColSpan { get; }

    /// <summary>Gets <see cref="Text"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
