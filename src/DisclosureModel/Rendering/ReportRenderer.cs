using System.Globalization;
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
/// <para>The tables are laid out once, by <see cref="ReportTables.Build"/>, and written by a formatter
/// (<see cref="MarkdownTableFormatter"/>, <see cref="HtmlTableFormatter"/>, <see cref="TextTableFormatter"/>); use
/// those directly, or an <see cref="ITableFormatter"/> of your own, for other outputs.</para>
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
    public static string ToMarkdown(DisclosureReport report) => Markdown.Format(ReportTables.Build(report));

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
    public static string ToHtml(DisclosureReport report, bool includeStyleSheet) =>
        (includeStyleSheet ? Html : HtmlWithoutStyleSheet).Format(ReportTables.Build(report));

    /// <summary>
    /// Renders the whole report as plain text in the layout of scraped pages (like the seed report
    /// <c>seed-yeji-2020.txt</c>), the input <see cref="Import.ReportImporter.ImportText(string, Import.ImportOptions?)"/> reads back: one paragraph
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

        p.AddRange(TextTableFormatter.Paragraphs(ReportTables.Build(report)));
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
    public static string ToTablesText(DisclosureReport report) => Text.Format(ReportTables.Build(report));

    /// <summary>
    /// Gets how <see cref="ToText"/> and <see cref="ToTablesText"/> print a blank cell: <c>—</c>, which the importer
    /// reads back as a blank cell (an empty line would be no cell at all).
    /// </summary>
    public static string TextBlankCell => "—";

    private const string SourceUrlLabel = "原文链接：";

    private const string PublishedAtLabel = "发布时间：";

    private static readonly LocalDateTimePattern MinutePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");

    private static readonly LocalDateTimePattern SecondPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss");

    private static List<string> Paragraphs(string text) =>
        [.. text.Split('\n').Select(t => t.Trim()).Where(t => t.Length > 0)];

    private static readonly MarkdownTableFormatter Markdown = new();

    private static readonly HtmlTableFormatter Html = new();

    private static readonly HtmlTableFormatter HtmlWithoutStyleSheet = new() { IncludeStyleSheet = false };

    private static readonly TextTableFormatter Text = new();
}
