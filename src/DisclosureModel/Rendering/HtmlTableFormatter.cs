using System.Globalization;
using System.Net;
using System.Text;

namespace DisclosureModel.Rendering;

/// <summary>
/// Formats the tables as a self-contained HTML fragment with the merged headers of the official template, as
/// <see cref="ReportRenderer.ToHtml(DisclosureReport, bool)"/> returns it.
/// </summary>
/// <remarks>
/// One <c>div</c> of class <see cref="ReportRenderer.HtmlClass"/> holds the optional <c>style</c> element, then per
/// section an <c>h2</c> heading and its tables; a table's <see cref="RenderedTable.Caption"/> is its <c>caption</c>,
/// its header rows are its <c>thead</c> (repeated on every printed page the table spans) and its body rows its
/// <c>tbody</c>. Header cells are <c>th</c> with their <c>scope</c> (<c>col</c>, <c>colgroup</c>, <c>row</c> or
/// <c>rowgroup</c>, from <see cref="RenderedHeaderCell.Scope"/>; none for a note), <c>colspan</c> and <c>rowspan</c>
/// (row labels of class <c>label</c>), data cells <c>td</c>. Every text is HTML-escaped; lines end with <c>\n</c>.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class HtmlTableFormatter : ITableFormatter
{
    /// <summary>Gets a value indicating whether to embed <see cref="ReportRenderer.HtmlStyleSheet"/> in a <c>style</c>
    /// element. Default: true.</summary>
    public bool IncludeStyleSheet { get; init; } = true;

    /// <summary>
    /// Gets how to decorate a data cell (an id, a class, a title, a link around its text, markup after it), or null to
    /// write plain cells. The findings page marks the cells its findings name with it.
    /// </summary>
    internal Func<RenderedDataCell, HtmlCellDecoration?>? DecorateCell { get; init; }

    /// <inheritdoc/>
    public string Format(ReportTables tables)
    {
        Preconditions.CheckNotNull(tables);
        var w = new StringBuilder();
        void Line(string line) => w.Append(line).Append('\n');
        Line($"<div class=\"{ReportRenderer.HtmlClass}\">");
        if (IncludeStyleSheet)
        {
            Line("<style>");
            Line(ReportRenderer.HtmlStyleSheet);
            Line("</style>");
        }

        foreach (var section in tables.Sections)
        {
            Line($"<h2>{H(section.Title.Chinese)}</h2>");
            foreach (var table in section.Tables)
            {
                Line("<table>");
                if (table.Caption is { } caption)
                {
                    Line($"<caption>{H(caption)}</caption>");
                }

                Line("<thead>");
                foreach (var row in table.HeaderRows)
                {
                    Line("<tr>" + string.Concat(row.Headers.Select(Th)) + "</tr>");
                }

                Line("</thead>");
                Line("<tbody>");
                foreach (var row in table.BodyRows)
                {
                    Line("<tr>" + string.Concat(row.Headers.Select(Th)) + string.Concat(row.Cells.Select(Td)) + "</tr>");
                }

                Line("</tbody>");
                Line("</table>");
            }
        }

        Line("</div>");
        return w.ToString();
    }

    private static string H(string text) => WebUtility.HtmlEncode(text);

    private string Td(RenderedDataCell cell)
    {
        if (DecorateCell?.Invoke(cell) is not { } d)
        {
            return "<td>" + H(cell.Text) + "</td>";
        }

        var attributes = (d.Id is null ? string.Empty : $" id=\"{H(d.Id)}\"")
            + (d.Class is null ? string.Empty : $" class=\"{H(d.Class)}\"")
            + (d.Title is null ? string.Empty : $" title=\"{H(d.Title)}\"");
        var content = d.Href is null ? H(cell.Text) : $"<a href=\"{H(d.Href)}\">{H(cell.Text)}{d.MarkupAfterText}</a>";
        return $"<td{attributes}>{content}{(d.Href is null ? d.MarkupAfterText : string.Empty)}</td>";
    }

    private static string Th(RenderedHeaderCell cell) =>
        "<th"
        + cell.Scope switch
        {
            HeaderScope.Column => " scope=\"col\"",
            HeaderScope.ColumnGroup => " scope=\"colgroup\"",
            HeaderScope.Row => " scope=\"row\"",
            HeaderScope.RowGroup => " scope=\"rowgroup\"",
            _ => string.Empty,
        }
        + (cell.Scope is HeaderScope.Row or HeaderScope.RowGroup ? " class=\"label\"" : string.Empty)
        + (cell.ColSpan > 1 ? string.Create(CultureInfo.InvariantCulture, $" colspan=\"{cell.ColSpan}\"") : string.Empty)
        + (cell.RowSpan > 1 ? string.Create(CultureInfo.InvariantCulture, $" rowspan=\"{cell.RowSpan}\"") : string.Empty)
        + ">" + H(cell.Text) + "</th>";
}

/// <summary>How <see cref="HtmlTableFormatter"/> decorates one data cell; every member optional.</summary>
/// <param name="Id">The cell's <c>id</c>.</param>
/// <param name="Class">The cell's <c>class</c>.</param>
/// <param name="Title">The cell's <c>title</c> (a tooltip).</param>
/// <param name="Href">A link around the cell's text (and <paramref name="MarkupAfterText"/>).</param>
/// <param name="MarkupAfterText">HTML written after the text, as is (the caller escapes it): a marker.</param>
internal sealed record HtmlCellDecoration(string? Id, string? Class, string? Title, string? Href, string MarkupAfterText);
