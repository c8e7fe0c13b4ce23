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
/// section an <c>h2</c> heading and its tables; a table's <see cref="RenderedTable.Caption"/> is its <c>caption</c>.
/// Header cells are <c>th</c> with their <c>colspan</c> and <c>rowspan</c> (row labels of class <c>label</c>), data
/// cells <c>td</c>. Every text is HTML-escaped; lines end with <c>\n</c>. Instances are immutable and thread-safe.
/// </remarks>
public sealed class HtmlTableFormatter : ITableFormatter
{
    /// <summary>Gets a value indicating whether to embed <see cref="ReportRenderer.HtmlStyleSheet"/> in a <c>style</c>
    /// element. Default: true.</summary>
    public bool IncludeStyleSheet { get; init; } = true;

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

                foreach (var row in table.HeaderRows.Concat(table.BodyRows))
                {
                    Line("<tr>" + string.Concat(row.Headers.Select(Th)) + string.Concat(row.Cells.Select(c => "<td>" + H(c.Text) + "</td>")) + "</tr>");
                }

                Line("</table>");
            }
        }

        Line("</div>");
        return w.ToString();
    }

    private static string H(string text) => WebUtility.HtmlEncode(text);

    private static string Th(RenderedHeaderCell cell) =>
        "<th"
        + (cell.Scope is HeaderScope.Row or HeaderScope.RowGroup ? " class=\"label\"" : string.Empty)
        + (cell.ColSpan > 1 ? string.Create(CultureInfo.InvariantCulture, $" colspan=\"{cell.ColSpan}\"") : string.Empty)
        + (cell.RowSpan > 1 ? string.Create(CultureInfo.InvariantCulture, $" rowspan=\"{cell.RowSpan}\"") : string.Empty)
        + ">" + H(cell.Text) + "</th>";
}
