using System.Globalization;
using System.Net;
using System.Text;
using DisclosureModel.Analysis;
using NodaTime.Text;

namespace DisclosureModel.Rendering;

/// <summary>
/// Renders the statutory tables of a report (Sections 二, 三 and 四) in the official layout and labels, as
/// Markdown and as an HTML fragment, and the whole report as plain text in the layout of scraped pages.
/// </summary>
/// <remarks>
/// <para>Labels, order and structure come from the layout catalogs (<see cref="ProactiveDisclosureLayout"/>,
/// <see cref="ApplicationsLayout"/>, <see cref="ApplicantColumns"/>, <see cref="ReviewAndLitigationLayout"/>).
/// Markdown and HTML hold the tables only (a portal places them inside its own page); the plain text holds the
/// whole report (<see cref="ToText"/>).</para>
/// <para>Output is deterministic: the same report always renders to the same string, independent of culture and
/// platform, with <c>\n</c> line ends. Numbers are invariant (<c>9116.36</c>); the 2019 采购总金额 keeps the unit it
/// was printed with (<c>73802895.90元</c>); the 2021 fees are in the 万元 the column label states. A blank cell
/// renders as an empty cell (an empty table cell, or <see cref="TextBlankCell"/> in plain text), never as 0.</para>
/// </remarks>
public static class ReportRenderer
{
    /// <summary>Gets the class of the element that wraps the HTML fragment: <c>disclosure-tables</c>.</summary>
    public static string HtmlClass => "disclosure-tables";

    /// <summary>
    /// Gets the style sheet the HTML fragment embeds: borders, centred headers and right-aligned numbers, every
    /// rule scoped to <see cref="HtmlClass"/> so that it affects nothing else on the page. Portals that inline
    /// their own styles can leave it out (<see cref="ToHtml(DisclosureReport, bool)"/>).
    /// </summary>
    public static string HtmlStyleSheet { get; } = string.Join('\n',
        $".{HtmlClass} table {{ border-collapse: collapse; margin: 0 0 1em; font-size: 14px; }}",
        $".{HtmlClass} th, .{HtmlClass} td {{ border: 1px solid #000; padding: 2px 6px; }}",
        $".{HtmlClass} th {{ font-weight: normal; text-align: center; }}",
        $".{HtmlClass} th.label {{ text-align: left; }}",
        $".{HtmlClass} td {{ text-align: right; min-width: 3em; }}",
        $".{HtmlClass} caption {{ font-weight: bold; text-align: left; padding: 4px 0; }}");

    /// <summary>Renders the tables as Markdown (GitHub-flavoured pipe tables).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown text, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">A table is not of the report's stated edition.</exception>
    /// <remarks>
    /// Markdown cannot merge cells: the sub-tables of Section 二 are separate tables; in Section 三 the columns
    /// under 法人或其他组织 are headed with both labels, the balancing note precedes the table, and each group
    /// label (三、本年度办理结果, （三）不予公开 …) is a bold row without numbers; Section 四 has one row per
    /// block.
    /// </remarks>
    public static string ToMarkdown(DisclosureReport report)
    {
        var cells = Index(report);
        var w = new Lines();
        var edition = report.Edition;

        w.Add($"## {ProactiveDisclosureLayout.Title.Chinese}");
        foreach (var table in ProactiveDisclosureLayout.GetTables(edition))
        {
            w.Add(string.Empty);
            w.Add($"### {table.Title.Chinese}");
            w.Add(string.Empty);
            w.Add(MarkdownRow([ProactiveTableDefinition.RowHeader.Chinese, .. table.Columns.Select(c => c.Label.Chinese)]));
            w.Add(MarkdownRule(1 + table.Columns.Count));
            foreach (var row in table.Rows)
            {
                w.Add(MarkdownRow([row.Chinese, .. table.Cells.Where(c => c.Row == row).Select(c => cells.Value(c))]));
            }
        }

        w.Add(string.Empty);
        w.Add($"## {ApplicationsLayout.Title.Chinese}");
        w.Add(string.Empty);
        w.Add(Markdown(ApplicationsLayout.BalancingNote));
        w.Add(string.Empty);
        w.Add(MarkdownRow([ApplicantColumns.HeaderLabel.Chinese, .. ApplicantColumns.All.Select(c =>
            ApplicantColumns.Organizations.Contains(c) ? $"{ApplicantColumns.OrganizationGroupLabel.Chinese} {c.GetLabel().Chinese}" : c.GetLabel().Chinese)]));
        w.Add(MarkdownRule(1 + ApplicantColumns.All.Count));
        foreach (var (group, row) in ApplicationLines(edition))
        {
            w.Add(group is not null
                ? MarkdownRow([$"**{group.Label.Chinese}**", .. ApplicantColumns.All.Select(_ => string.Empty)])
                : MarkdownRow([row!.Label.Chinese, .. ApplicantColumns.All.Select(c => cells.Applications(row, c))]));
        }

        w.Add(string.Empty);
        w.Add($"## {ReviewAndLitigationLayout.Title.Chinese}");
        w.Add(string.Empty);
        w.Add(MarkdownRow([string.Empty, .. ReviewAndLitigationLayout.Columns.Select(c => c.GetLabel().Chinese)]));
        w.Add(MarkdownRule(1 + ReviewAndLitigationLayout.Columns.Count));
        foreach (var block in ReviewAndLitigationLayout.Blocks)
        {
            var label = block == CaseBlock.AdministrativeReview
                ? block.GetLabel().Chinese
                : $"{ReviewAndLitigationLayout.LitigationGroupLabel.Chinese} {block.GetLabel().Chinese}";
            w.Add(MarkdownRow([label, .. ReviewAndLitigationLayout.Columns.Select(c => cells.Review(block, c))]));
        }

        return w.ToString();
    }

    /// <summary>Renders the tables as a self-contained HTML fragment with the official merged headers and the
    /// embedded <see cref="HtmlStyleSheet"/>.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The HTML fragment, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">A table is not of the report's stated edition.</exception>
    public static string ToHtml(DisclosureReport report) => ToHtml(report, includeStyleSheet: true);

    /// <summary>
    /// Renders the tables as a self-contained HTML fragment: one <c>div</c> of class <see cref="HtmlClass"/> holding
    /// a heading and a <c>table</c> per section (Section 二: one table per sub-table), with the merged headers of
    /// the official template (申请人情况 over seven columns, 法人或其他组织 over five, 三、本年度办理结果 spanning its
    /// 20 (2019) or 22 (2021) rows, the group labels （三）–（六） spanning theirs, Section 四's three header rows, and
    /// the balancing note in the top-left block). Every text is HTML-escaped.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="includeStyleSheet">Whether to embed <see cref="HtmlStyleSheet"/> in a <c>style</c> element.</param>
    /// <returns>The HTML fragment, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">A table is not of the report's stated edition.</exception>
    public static string ToHtml(DisclosureReport report, bool includeStyleSheet)
    {
        var cells = Index(report);
        var w = new Lines();
        var edition = report.Edition;
        w.Add($"<div class=\"{HtmlClass}\">");
        if (includeStyleSheet)
        {
            w.Add("<style>");
            w.Add(HtmlStyleSheet);
            w.Add("</style>");
        }

        w.Add($"<h2>{H(ProactiveDisclosureLayout.Title.Chinese)}</h2>");
        foreach (var table in ProactiveDisclosureLayout.GetTables(edition))
        {
            w.Add("<table>");
            w.Add($"<caption>{H(table.Title.Chinese)}</caption>");
            w.Add("<tr>" + Th(ProactiveTableDefinition.RowHeader.Chinese) + string.Concat(table.Columns.Select(c => Th(c.Label.Chinese))) + "</tr>");
            foreach (var row in table.Rows)
            {
                w.Add("<tr>" + Th(row.Chinese, cssClass: "label") + string.Concat(table.Cells.Where(c => c.Row == row).Select(c => Td(cells.Value(c)))) + "</tr>");
            }

            w.Add("</table>");
        }

        w.Add($"<h2>{H(ApplicationsLayout.Title.Chinese)}</h2>");
        w.Add("<table>");
        w.Add("<tr>" + Th(ApplicationsLayout.BalancingNote, colspan: 3, rowspan: 3) + Th(ApplicantColumns.HeaderLabel.Chinese, colspan: ApplicantColumns.All.Count) + "</tr>");
        w.Add("<tr>"
            + Th(ApplicantColumn.NaturalPerson.GetLabel().Chinese, rowspan: 2)
            + Th(ApplicantColumns.OrganizationGroupLabel.Chinese, colspan: ApplicantColumns.Organizations.Count)
            + Th(ApplicantColumn.Total.GetLabel().Chinese, rowspan: 2) + "</tr>");
        w.Add("<tr>" + string.Concat(ApplicantColumns.Organizations.Select(c => Th(c.GetLabel().Chinese))) + "</tr>");
        var rows = ApplicationsLayout.GetRows(edition);
        var outcomesSpan = rows.Count(r => r.Group is not null);
        var started = new HashSet<ApplicationRowGroup>();
        foreach (var row in rows)
        {
            var head = new StringBuilder();
            if (row.Group is null)
            {
                head.Append(Th(row.Label.Chinese, colspan: 3, cssClass: "label"));
            }
            else
            {
                if (started.Add(ApplicationRowGroup.Outcomes))
                {
                    head.Append(Th(ApplicationsLayout.GetGroup(ApplicationRowGroup.Outcomes).Label.Chinese, rowspan: outcomesSpan, cssClass: "label"));
                }

                if (row.Group == ApplicationRowGroup.Outcomes)
                {
                    head.Append(Th(row.Label.Chinese, colspan: 2, cssClass: "label"));
                }
                else
                {
                    var group = row.Group.Value;
                    if (started.Add(group))
                    {
                        head.Append(Th(ApplicationsLayout.GetGroup(group).Label.Chinese, rowspan: rows.Count(r => r.Group == group), cssClass: "label"));
                    }

                    head.Append(Th(row.Label.Chinese, cssClass: "label"));
                }
            }

            w.Add("<tr>" + head + string.Concat(ApplicantColumns.All.Select(c => Td(cells.Applications(row, c)))) + "</tr>");
        }

        w.Add("</table>");

        w.Add($"<h2>{H(ReviewAndLitigationLayout.Title.Chinese)}</h2>");
        w.Add("<table>");
        var columns = ReviewAndLitigationLayout.Columns;
        w.Add("<tr>" + Th(CaseBlock.AdministrativeReview.GetLabel().Chinese, colspan: columns.Count)
            + Th(ReviewAndLitigationLayout.LitigationGroupLabel.Chinese, colspan: columns.Count * 2) + "</tr>");
        w.Add("<tr>" + string.Concat(columns.Select(c => Th(c.GetLabel().Chinese, rowspan: 2)))
            + Th(CaseBlock.LitigationWithoutReview.GetLabel().Chinese, colspan: columns.Count)
            + Th(CaseBlock.LitigationAfterReview.GetLabel().Chinese, colspan: columns.Count) + "</tr>");
        w.Add("<tr>" + string.Concat(Enumerable.Repeat(columns, 2).SelectMany(c => c).Select(c => Th(c.GetLabel().Chinese))) + "</tr>");
        w.Add("<tr>" + string.Concat(ReviewAndLitigationLayout.Blocks.SelectMany(b => columns.Select(c => Td(cells.Review(b, c))))) + "</tr>");
        w.Add("</table>");
        w.Add("</div>");
        return w.ToString();
    }

    /// <summary>
    /// Renders the whole report as plain text in the layout of scraped pages (like the seed report
    /// <c>seed-yeji-2020.txt</c>), the input <see cref="Import.ReportImporter.ImportText"/> reads back: one paragraph
    /// per line, paragraphs separated by one empty line, so that the text splits back into paragraphs on
    /// <c>"\n\n"</c>.
    /// </summary>
    /// <remarks>
    /// <para>In order: the title <c>{agency}{year}年政府信息公开工作年度报告</c>; <c>原文链接：{url}</c> when
    /// <see cref="ReportMetadata.SourceUrl"/> is known; <c>发布时间：yyyy-MM-dd HH:mm</c> (with <c>:ss</c> when the
    /// seconds are not 0) when <see cref="ReportMetadata.PublishedAt"/> is known; the preamble, one paragraph per line;
    /// 一、总体情况 with the introduction and each sub-part (a heading that ends a sentence, like <c>(一)主动公开情况。</c>,
    /// shares the line of its text's first paragraph; any other heading has a line of its own); the tables of
    /// Sections 二, 三 and 四 as <see cref="ToTablesText"/> renders them; 五 and 六, one paragraph per line. Section
    /// headings come from <see cref="ReportSectionsLayout"/>.</para>
    /// <para>What the text does not carry: <see cref="ReportMetadata.AgencyKind"/> (no page states it), sub-second
    /// publication times, and the statistics period, download location and contact other than through the preamble
    /// sentences the importer reads them from. docs/outputs.md lists what round-trips.</para>
    /// </remarks>
    /// <param name="report">The report.</param>
    /// <returns>The text, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">A table is not of the report's stated edition.</exception>
    public static string ToText(DisclosureReport report)
    {
        Preconditions.CheckNotNull(report);
        var m = report.Metadata;
        var p = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{m.AgencyName}{m.ReportYear}年{ReportSectionsLayout.DocumentTitle.Chinese}"),
        };
        if (m.SourceUrl is { } url)
        {
            p.Add($"{SourceUrlLabel}{url.OriginalString}");
        }

        if (m.PublishedAt is { } published)
        {
            p.Add(PublishedAtLabel + (published.Second == 0 ? MinutePattern : SecondPattern).Format(published));
        }

        p.AddRange(Paragraphs(report.Preamble));
        p.Add(ReportSectionsLayout.OverviewTitle.Chinese);
        p.AddRange(Paragraphs(report.Overview.Introduction));
        foreach (var part in report.Overview.Parts)
        {
            var text = Paragraphs(part.Text);
            if (part.Heading.Length > 0 && part.Heading[^1] == '。' && text.Count > 0)
            {
                text[0] = part.Heading + text[0];
            }
            else
            {
                text.Insert(0, part.Heading);
            }

            p.AddRange(text);
        }

        TablesParagraphs(report, p);
        p.Add(ReportSectionsLayout.ProblemsAndImprovementsTitle.Chinese);
        p.AddRange(Paragraphs(report.ProblemsAndImprovements));
        p.Add(ReportSectionsLayout.OtherMattersTitle.Chinese);
        p.AddRange(Paragraphs(report.OtherMatters));
        return string.Join("\n\n", p) + "\n";
    }

    /// <summary>
    /// Renders only the tables (Sections 二, 三 and 四) as plain text in the layout of scraped pages: each section
    /// heading, each Section 二 sub-table title, the header labels in the order a flattened page prints them, then each
    /// row label followed by its cells one per paragraph; Section 四 prints its header labels and then its fifteen
    /// numbers. A blank cell is <see cref="TextBlankCell"/> (an empty line is no cell to a reader of text).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The text, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">A table is not of the report's stated edition.</exception>
    public static string ToTablesText(DisclosureReport report)
    {
        var p = new List<string>();
        TablesParagraphs(report, p);
        return string.Join("\n\n", p) + "\n";
    }

    private static void TablesParagraphs(DisclosureReport report, List<string> p)
    {
        var cells = Index(report);
        var edition = report.Edition;

        p.Add(ProactiveDisclosureLayout.Title.Chinese);
        foreach (var table in ProactiveDisclosureLayout.GetTables(edition))
        {
            p.Add(table.Title.Chinese);
            p.Add(ProactiveTableDefinition.RowHeader.Chinese);
            p.AddRange(table.Columns.Select(c => c.Label.Chinese));
            foreach (var row in table.Rows)
            {
                p.Add(row.Chinese);
                p.AddRange(table.Cells.Where(c => c.Row == row).Select(c => TextCell(cells.Value(c))));
            }
        }

        p.Add(ApplicationsLayout.Title.Chinese);
        p.Add(ApplicationsLayout.BalancingNote);
        p.Add(ApplicantColumns.HeaderLabel.Chinese);
        p.Add(ApplicantColumn.NaturalPerson.GetLabel().Chinese);
        p.Add(ApplicantColumns.OrganizationGroupLabel.Chinese);
        p.Add(ApplicantColumn.Total.GetLabel().Chinese);
        p.AddRange(ApplicantColumns.Organizations.Select(c => c.GetLabel().Chinese));
        foreach (var (group, row) in ApplicationLines(edition))
        {
            if (group is not null)
            {
                p.Add(group.Label.Chinese);
                continue;
            }

            p.Add(row!.Label.Chinese);
            p.AddRange(ApplicantColumns.All.Select(c => TextCell(cells.Applications(row, c))));
        }

        var columns = ReviewAndLitigationLayout.Columns.Select(c => c.GetLabel().Chinese).ToArray();
        p.Add(ReviewAndLitigationLayout.Title.Chinese);
        p.Add(CaseBlock.AdministrativeReview.GetLabel().Chinese);
        p.Add(ReviewAndLitigationLayout.LitigationGroupLabel.Chinese);
        p.AddRange(columns);
        p.Add(CaseBlock.LitigationWithoutReview.GetLabel().Chinese);
        p.Add(CaseBlock.LitigationAfterReview.GetLabel().Chinese);
        p.AddRange(columns);
        p.AddRange(columns);
        p.AddRange(ReviewAndLitigationLayout.Blocks.SelectMany(b => ReviewAndLitigationLayout.Columns.Select(c => TextCell(cells.Review(b, c)))));
    }

    /// <summary>
    /// Gets how <see cref="ToText"/> and <see cref="ToTablesText"/> print a blank cell: <c>—</c>, which the importer
    /// reads back as a blank cell (an empty line would be no cell at all).
    /// </summary>
    public static string TextBlankCell => "—";

    private const string SourceUrlLabel = "原文链接：";

    private const string PublishedAtLabel = "发布时间：";

    private static readonly LocalDateTimePattern MinutePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");

    private static readonly LocalDateTimePattern SecondPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss");

    private static string TextCell(string value) => value.Length == 0 ? TextBlankCell : value;

    private static List<string> Paragraphs(string text) =>
        [.. text.Split('\n').Select(t => t.Trim()).Where(t => t.Length > 0)];

    /// <summary>Lists Section 三 in print order: a group label where it starts, then each data row.</summary>
    private static IEnumerable<(ApplicationRowGroupDefinition? Group, ApplicationRowDefinition? Row)> ApplicationLines(FormatEdition edition)
    {
        var started = new HashSet<ApplicationRowGroup>();
        foreach (var row in ApplicationsLayout.GetRows(edition))
        {
            if (row.Group is { } group)
            {
                if (started.Add(ApplicationRowGroup.Outcomes))
                {
                    yield return (ApplicationsLayout.GetGroup(ApplicationRowGroup.Outcomes), null);
                }

                if (group != ApplicationRowGroup.Outcomes && started.Add(group))
                {
                    yield return (ApplicationsLayout.GetGroup(group), null);
                }
            }

            yield return (null, row);
        }
    }

    private static CellIndex Index(DisclosureReport report) => new(ReportCells.GetCells(Preconditions.CheckNotNull(report)));

    private static string H(string text) => WebUtility.HtmlEncode(text);

    private static string Th(string text, int colspan = 1, int rowspan = 1, string? cssClass = null) =>
        "<th"
        + (cssClass is null ? string.Empty : $" class=\"{cssClass}\"")
        + (colspan > 1 ? string.Create(CultureInfo.InvariantCulture, $" colspan=\"{colspan}\"") : string.Empty)
        + (rowspan > 1 ? string.Create(CultureInfo.InvariantCulture, $" rowspan=\"{rowspan}\"") : string.Empty)
        + ">" + H(text) + "</th>";

    private static string Td(string value) => "<td>" + H(value) + "</td>";

    private static string Markdown(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal);

    private static string MarkdownRow(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(c => c.StartsWith("**", StringComparison.Ordinal) ? c : Markdown(c))) + " |";

    private static string MarkdownRule(int count) => "|" + string.Concat(Enumerable.Repeat(" --- |", count));

    private sealed class CellIndex(IReadOnlyList<TableCell> cells)
    {
        private readonly Dictionary<string, TableCell> byPath = cells.ToDictionary(c => c.PropertyPath, StringComparer.Ordinal);

        public string Value(ProactiveCellDefinition cell) => byPath[cell.PropertyPath].FormatValue();

        public string Applications(ApplicationRowDefinition row, ApplicantColumn column) => byPath[CellPaths.Of(row, column)].FormatValue();

        public string Review(CaseBlock block, CaseResultColumn column) => byPath[CellPaths.Of(block, column)].FormatValue();
    }

    private sealed class Lines
    {
        private readonly StringBuilder builder = new();

        public void Add(string line) => builder.Append(line).Append('\n');

        public override string ToString() => builder.ToString();
    }
}
