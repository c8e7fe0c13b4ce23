using System.Text;
using System.Text.RegularExpressions;
using DisclosureModel.Analysis;
using DisclosureModel.Rendering;
using DisclosureModel.Tests.Import.Conformance;

namespace DisclosureModel.Tests.Import.Layouts;

/// <summary>What a Markdown rendering of the tables does, as PDF-to-Markdown converters do it.</summary>
/// <param name="GenericHeaders">Each table starts with a placeholder header (<c>| 类别 | 数据1 | … |</c>) and its separator line; the real header rows follow as rows.</param>
/// <param name="RepeatHeader">The header row (and its separator) is printed again in the middle of Section 三, as where a table crosses a page.</param>
/// <param name="FooterEvery">A page footer (<c>— 4 —</c>, <c>-3-</c>, <c>- 3 -</c>, <c>第3页</c>, <c>第 3 页 共 5 页</c>) after every this many lines of the tables; 0 for none.</param>
/// <param name="SplitLabels">Every other row label of six characters or more is broken over two rows (values on the first row, then on the second, in turn).</param>
/// <param name="ValuesOnNextRow">Every third row prints its label on a row of empty cells and its values on the next row under an empty label cell.</param>
internal sealed record MarkdownLayout(bool GenericHeaders = false, bool RepeatHeader = false, int FooterEvery = 0, bool SplitLabels = false, bool ValuesOnNextRow = false)
{
    /// <summary>Gets every variant at once.</summary>
    public static MarkdownLayout Everything { get; } = new(GenericHeaders: true, RepeatHeader: true, FooterEvery: 5, SplitLabels: true, ValuesOnNextRow: true);
}

/// <summary>
/// Renders a report mechanically into the plain-text layouts real pages come in, from <see cref="ReportRenderer.ToText"/>
/// (one paragraph per label and per cell, paragraphs separated by an empty line): its narrative stays as it is, its
/// tables are rewritten. Tests import the result and compare every cell with <see cref="ZerosAsBlank"/> or the report.
/// </summary>
internal static partial class TextLayouts
{
    private static readonly string[] FooterStyles = ["— {0} —", "-{0}-", "- {0} -", "第{0}页", "第 {0} 页 共 99 页"];

    /// <summary>Gets the report as a page that prints 0 (and a blank) as an empty cell reads: every 0 and blank cell blank.</summary>
    public static DisclosureReport ZerosAsBlank(DisclosureReport report) =>
        ConformanceReports.WithCells(report, c => c.FormatValue() is "0" or "" ? null : c.FormatValue());

    /// <summary>
    /// One cell per line, as an HTML table copied out, with every 0 and blank cell an empty line; with
    /// <paramref name="paragraphSpacing"/> an empty line between every two lines as well (a blank cell is then three
    /// empty lines between its neighbours); with <paramref name="footerEvery"/> a page footer every this many lines of
    /// the tables; with <paramref name="splitLabels"/> every other long row label broken over two lines.
    /// </summary>
    public static string OneCellPerLine(DisclosureReport report, bool paragraphSpacing, int footerEvery = 0, bool splitLabels = false)
    {
        var (paragraphs, start, end) = Split(report);
        var lines = new List<string>();
        var rows = RowLabels(report.Edition);
        var split = 0;
        var footer = 0;
        var sinceFooter = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var inTables = i > start && i < end;
            if (inTables && IsValue(p) && (p == "0" || p == ReportRenderer.TextBlankCell))
            {
                p = string.Empty;
            }

            if (inTables && splitLabels && rows.Contains(p) && p.Length >= 6 && split++ % 2 == 0)
            {
                lines.Add(p[..^1]);
                p = p[^1..];
            }

            lines.Add(p);
            if (inTables && footerEvery > 0 && ++sinceFooter == footerEvery)
            {
                lines.Add(Footer(++footer));
                sinceFooter = 0;
            }
        }

        return string.Join(paragraphSpacing ? "\n\n" : "\n", lines) + "\n";
    }

    /// <summary>Renders the tables as Markdown pipe tables (see <see cref="MarkdownLayout"/>), the rest of the page as plain text.</summary>
    public static string Markdown(DisclosureReport report, MarkdownLayout layout)
    {
        var (paragraphs, start, end) = Split(report);
        var lines = new List<string>();
        for (var i = 0; i <= start; i++)
        {
            lines.Add(paragraphs[i]);
        }

        var tables = new List<string>();
        var section = new List<string>();
        var rowLabels = RowLabels(report.Edition);
        var titles = ReportSectionsLayout.Titles.Select(t => t.Chinese).ToHashSet(StringComparer.Ordinal);
        var tableTitles = ProactiveDisclosureLayout.GetTables(report.Edition).Select(t => t.Title.Chinese).ToHashSet(StringComparer.Ordinal);
        for (var i = start + 1; i < end; i++)
        {
            var p = paragraphs[i];
            if (titles.Contains(p) || tableTitles.Contains(p))
            {
                Flush();
                tables.Add(p);
                continue;
            }

            section.Add(p);
        }

        Flush();
        var footer = 0;
        for (var i = 0; i < tables.Count; i++)
        {
            lines.Add(tables[i]);
            if (layout.FooterEvery > 0 && (i + 1) % layout.FooterEvery == 0)
            {
                lines.Add(Footer(++footer));
            }
        }

        for (var i = end; i < paragraphs.Count; i++)
        {
            lines.Add(paragraphs[i]);
        }

        return string.Join("\n", lines) + "\n";

        void Flush()
        {
            if (section.Count > 0)
            {
                tables.AddRange(PipeTable(section, rowLabels, layout, report.Edition));
                section.Clear();
            }
        }
    }

    /// <summary>Gets the label of every row of Sections 二 and 三 of an edition.</summary>
    public static HashSet<string> RowLabels(FormatEdition edition) =>
        ProactiveDisclosureLayout.GetTables(edition).SelectMany(t => t.Rows).Select(r => r.Chinese)
            .Concat(ApplicationsLayout.GetRows(edition).Select(r => r.Label.Chinese))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Tests whether a paragraph of <see cref="ReportRenderer.ToText"/> is a value (a number, an amount, or the blank mark).</summary>
    public static bool IsValue(string paragraph) => ValuePattern().IsMatch(paragraph);

    private static string Footer(int page) => string.Format(System.Globalization.CultureInfo.InvariantCulture, FooterStyles[(page - 1) % FooterStyles.Length], page);

    /// <summary>The paragraphs of the text rendering, the index of the Section 二 heading and of the Section 五 heading.</summary>
    private static (List<string> Paragraphs, int Start, int End) Split(DisclosureReport report)
    {
        var text = ReportRenderer.ToText(report);
        var paragraphs = text.TrimEnd('\n').Split("\n\n").ToList();
        var start = paragraphs.IndexOf(ReportSectionsLayout.Titles[1].Chinese);
        var end = paragraphs.IndexOf(ReportSectionsLayout.Titles[4].Chinese);
        Assert.True(start > 0 && end > start, "the text has its tables between Section 二 and Section 五");
        return (paragraphs, start, end);
    }

    /// <summary>
    /// One table's paragraphs (a Section 二 sub-table after its title, Section 三 or Section 四 after its heading) as a
    /// pipe table: the labels before the first row are its header, a label followed by values is a row, other labels
    /// (Section 三's groups) go into the first cell of the next row.
    /// </summary>
    private static List<string> PipeTable(List<string> paragraphs, HashSet<string> rowLabels, MarkdownLayout layout, FormatEdition edition)
    {
        var header = new List<string>();
        var rows = new List<(string Groups, string Label, List<string> Values)>();
        var groups = new List<string>();
        var loose = new List<string>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (IsValue(paragraphs[i]))
            {
                loose.Add(paragraphs[i]);
                continue;
            }

            var values = new List<string>();
            var j = i + 1;
            while (j < paragraphs.Count && IsValue(paragraphs[j]))
            {
                values.Add(paragraphs[j] == ReportRenderer.TextBlankCell ? string.Empty : paragraphs[j]);
                j++;
            }

            if (values.Count > 0 && rowLabels.Contains(paragraphs[i]))
            {
                rows.Add((string.Join(" ", groups), paragraphs[i], values));
                groups.Clear();
                i = j - 1;
            }
            else if (rows.Count == 0 && values.Count == 0)
            {
                header.Add(paragraphs[i]);
            }
            else if (values.Count == 0)
            {
                groups.Add(paragraphs[i]);
            }
            else
            {
                // Section 四: its labels are the header, its fifteen values one row.
                header.Add(paragraphs[i]);
                rows.Add((string.Empty, string.Empty, values));
                i = j - 1;
            }
        }

        Assert.Empty(loose);
        var isApplications = rows.Count > 0 && ApplicationsLayout.GetRows(edition).Any(r => r.Label.Chinese == rows[0].Label);
        var labelColumns = rows.All(r => r.Label.Length == 0) ? 0 : isApplications ? 3 : 1;
        var width = labelColumns + rows.Max(r => r.Values.Count);

        // The header rows: Section 二 one (信息内容 and the columns), Section 三 three (note and 申请人情况, then the
        // columns), Section 四 three rows of at most seven labels, shorter than its row of fifteen values.
        var headerRows = new List<string[]>();
        if (labelColumns == 1)
        {
            headerRows.Add([.. header.Take(width)]);
        }
        else if (labelColumns == 3)
        {
            headerRows.Add([header[0], string.Empty, string.Empty, header[1]]);
            headerRows.Add([string.Empty, string.Empty, string.Empty, .. header.Skip(2).Take(3)]);
            headerRows.Add([string.Empty, string.Empty, string.Empty, .. header.Skip(5)]);
        }
        else
        {
            headerRows.AddRange(header.Chunk(7).Select(c => c.ToArray()));
        }

        var generic = Row(["类别", .. Enumerable.Range(1, width - 1).Select(n => "数据" + n)], width);
        var separator = "|" + string.Concat(Enumerable.Range(0, width).Select(n => n == 0 ? " :--- |" : " ---: |"));
        var lines = new List<string>();
        if (layout.GenericHeaders)
        {
            lines.Add(generic);
            lines.Add(separator);
            lines.AddRange(headerRows.Select(h => Row(h, width)));
        }
        else
        {
            lines.Add(Row(headerRows[0], width));
            lines.Add(separator);
            lines.AddRange(headerRows.Skip(1).Select(h => Row(h, width)));
        }

        var split = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var (groupText, label, values) = rows[r];
            if (layout.RepeatHeader && isApplications && r == rows.Count / 2)
            {
                lines.Add(layout.GenericHeaders ? generic : Row(headerRows[0], width));
                lines.Add(separator);
            }

            string[] Labels(string text) => labelColumns switch
            {
                0 => [],
                1 => [text],
                _ => [groupText, text, string.Empty],
            };

            string[] NoLabel() => labelColumns switch
            {
                0 => [],
                1 => [string.Empty],
                _ => [string.Empty, string.Empty, string.Empty],
            };

            var blanks = values.Select(_ => string.Empty).ToArray();
            if (layout.SplitLabels && label.Length >= 6 && split++ % 2 == 0)
            {
                var (head, tail) = (label[..^1], label[^1..]);
                if (split % 4 == 1)
                {
                    lines.Add(Row([.. Labels(head), .. values], width));
                    lines.Add(Row([.. labelColumns == 3 ? new[] { string.Empty, tail, string.Empty } : [tail], .. blanks], width));
                }
                else
                {
                    lines.Add(Row([.. Labels(head), .. blanks], width));
                    lines.Add(Row([.. labelColumns == 3 ? new[] { string.Empty, tail, string.Empty } : [tail], .. values], width));
                }
            }
            else if (layout.ValuesOnNextRow && labelColumns > 0 && r % 3 == 1)
            {
                lines.Add(Row([.. Labels(label), .. blanks], width));
                lines.Add(Row([.. NoLabel(), .. values], width));
            }
            else
            {
                lines.Add(Row([.. Labels(label), .. values], width));
            }
        }

        return lines;
    }

    private static string Row(IEnumerable<string> cells, int width)
    {
        var all = cells.ToList();
        while (all.Count < width)
        {
            all.Add(string.Empty);
        }

        var b = new StringBuilder("|");
        foreach (var cell in all)
        {
            b.Append(' ').Append(cell).Append(" |");
        }

        return b.ToString();
    }

    [GeneratedRegex(@"^(—|-?[0-9][0-9.]*(元|万元)?)$")]
    private static partial Regex ValuePattern();
}
