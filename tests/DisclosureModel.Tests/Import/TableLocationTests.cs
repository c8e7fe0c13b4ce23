using DisclosureModel.Import;
using DisclosureModel.Rendering;
using DisclosureModel.Tests.Import.Conformance;

namespace DisclosureModel.Tests.Import;

/// <summary>
/// Tables are found by their own labels, not by the numbers of the section headings (issue 14, point 4): the corpus
/// pages, the seed and rendered reports, with their headings renumbered, replaced by real variants, removed, with
/// narrative headings and sentences with numbers around the tables. Every cell is compared with the import of the page
/// as published: exact, or blank and named by an error; never a wrong number.
/// </summary>
public class TableLocationTests
{
    /// <summary>The pages the cases transform: the seed, both corpus pages, and two generated reports rendered as text.</summary>
    public static TheoryData<string> Pages => ["seed", "pingtan2020", "pingtan2022", "generated2019", "generated2021"];

    /// <summary>The section headings as the pages print them (the statutory titles, and Pingtan 2022's variant of 四).</summary>
    private static readonly string[] PrintedHeadings =
    [
        .. ReportSectionsLayout.Titles.Select(t => t.Chinese),
        "四、政府信息公开行政法复议、行政诉讼情况",
    ];

    internal static (string Text, ImportOptions Options) Page(string name) => name switch
    {
        "seed" => (TestData.Read("seed-yeji-2020.txt").Replace("\r\n", "\n", StringComparison.Ordinal), new ImportOptions { AgencyKind = AgencyKind.Department }),
        "pingtan2020" => (TestData.Read("002_pingtan-zone_2020.txt"), new ImportOptions { AgencyKind = AgencyKind.Government }),
        "pingtan2022" => (TestData.Read("004_pingtan-zone_2022.txt"), new ImportOptions { AgencyKind = AgencyKind.Government }),
        "generated2019" => Rendered(ConformanceReports.Get("Generated2019")),
        "generated2021" => Rendered(ConformanceReports.Get("Generated2021")),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static (string, ImportOptions) Rendered(DisclosureReport report) =>
        (ReportRenderer.ToText(report), new ImportOptions { AgencyKind = report.Metadata.AgencyKind, ReadBlanksAsZero = false });

    /// <summary>Gets the heading of a section (0 for 一 … 5 for 六) as the page prints it.</summary>
    internal static string Heading(string page, int section)
    {
        var numeral = ReportSectionsLayout.Titles[section].Chinese[..2];
        var printed = PrintedHeadings.Where(h => h.StartsWith(numeral, StringComparison.Ordinal) && page.Contains(h, StringComparison.Ordinal)).ToList();
        Assert.True(printed.Count == 1, $"the page prints one heading of section {numeral}");
        Assert.True(page.IndexOf(printed[0], StringComparison.Ordinal) == page.LastIndexOf(printed[0], StringComparison.Ordinal), printed[0]);
        return printed[0];
    }

    private static string ReplaceHeading(string page, int section, Func<string, string> replace)
    {
        var heading = Heading(page, section);
        return page.Replace(heading, replace(heading), StringComparison.Ordinal);
    }

    /// <summary>Inserts text just before a section's heading.</summary>
    private static string InsertBefore(string page, int section, string text)
    {
        var heading = Heading(page, section);
        return page.Replace(heading, text + heading, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Sections_renumbered(string name)
    {
        var (page, options) = Page(name);
        var text = page;
        for (var s = 5; s >= 1; s--)
        {
            text = ReplaceHeading(text, s, h => "二三四五六七"[s] + h[1..]);
        }

        var result = AssertSameTables(page, text, options);
        AssertSameNarrative(page, result, options);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Tables_numbered_one_two_three_inside_one_section(string name)
    {
        var (page, options) = Page(name);
        var text = ReplaceHeading(page, 5, h => "四、" + h[2..]);
        text = ReplaceHeading(text, 4, h => "三、" + h[2..]);
        text = ReplaceHeading(text, 3, h => "\n（三）" + h[2..] + "\n");
        text = ReplaceHeading(text, 2, h => "\n（二）" + h[2..] + "\n");
        text = ReplaceHeading(text, 1, h => "二、政府信息公开工作情况\n（一）" + h[2..] + "\n");

        var result = AssertSameTables(page, text, options, headingsMissing: true);
        var expected = ReportImporter.ImportText(page, options).Report!;
        Assert.Equal(expected.ProblemsAndImprovements, result.Report!.ProblemsAndImprovements);
        Assert.Equal(expected.OtherMatters, result.Report.OtherMatters);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Real_heading_variants(string name)
    {
        var (page, options) = Page(name);
        var text = ReplaceHeading(page, 4, _ => "五、存在的主要问题及整改措施");
        text = ReplaceHeading(text, 3, _ => "四、政府信息公开行政法复议、行政诉讼情况");
        text = ReplaceHeading(text, 2, h => "二、" + h[2..]);

        var result = AssertSameTables(page, text, options);
        Assert.Equal(ReportImporter.ImportText(page, options).Report!.ProblemsAndImprovements, result.Report!.ProblemsAndImprovements);
        Assert.DoesNotContain(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.SectionMissing);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Table_headings_removed(string name)
    {
        var (page, options) = Page(name);
        var text = page;
        for (var s = 1; s <= 3; s++)
        {
            text = ReplaceHeading(text, s, _ => string.Empty);
        }

        var result = AssertSameTables(page, text, options, headingsMissing: true);
        var missing = result.Log.Diagnostics.Where(d => d.Code == ImportDiagnosticCode.SectionMissing).ToList();
        Assert.Equal(["二", "三", "四"], missing.Select(d => d.Expected![..1]));
        Assert.All(missing, d => Assert.Equal(ImportSeverity.Warning, d.Severity));
        Assert.All(missing, d => Assert.Equal(ImportMessages.SectionHeadingMissing.Id, d.MessageId));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_heading_removed(string name)
    {
        var (page, options) = Page(name);
        var text = page;
        for (var s = 0; s <= 5; s++)
        {
            text = ReplaceHeading(text, s, _ => string.Empty);
        }

        AssertSameTables(page, text, options, headingsMissing: true);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_narrative_heading_before_the_applications_table(string name)
    {
        var (page, options) = Page(name);
        var text = InsertBefore(page, 2, "\n四、政府信息公开申请情况\n本年度共收到政府信息公开申请12件，办结11件，结转下年度继续办理1件。\n");

        AssertSameTables(page, text, options);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Narrative_with_numbers_and_labels_after_each_table(string name)
    {
        // Sentences that name rows and columns of the table before them, with numbers, between the table and the next heading.
        var (page, options) = Page(name);
        var text = InsertBefore(page, 2, "\n本年度制发规章2件、行政规范性文件5件，行政许可120件，行政处罚3件，行政事业性收费12万元。\n");
        text = InsertBefore(text, 3, "\n本年度共收到申请12件，其中自然人10件、商业企业2件、其他0件，总计12件，结转下年度继续办理1件。\n");
        text = InsertBefore(text, 4, "\n本年度发生行政复议2件、行政诉讼1件，其中结果维持1件、尚未审结2件，总计3件。\n");

        AssertSameTables(page, text, options);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Narrative_starting_with_a_number_right_after_a_table(string name)
    {
        // No heading between the tables and the narrative: "2022年，…" follows the last values after a line break.
        var (page, options) = Page(name);
        var text = InsertBefore(page, 2, "\n2022年，本机关主动公开政府信息120条。\n");
        text = InsertBefore(text, 3, "\n2022年，本机关办结申请12件。\n");
        text = ReplaceHeading(text, 4, h => "\n2022年，行政复议2件。\n" + h);

        AssertSameTables(page, text, options);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Tables_with_their_headings_moved_under_other_sections(string name)
    {
        // The headings of 二, 三 and 四 all stand before Section 一; the tables stay where they are.
        var (page, options) = Page(name);
        var headings = Enumerable.Range(1, 3).Select(s => Heading(page, s)).ToList();
        var text = page;
        foreach (var h in headings)
        {
            text = text.Replace(h, string.Empty, StringComparison.Ordinal);
        }

        text = InsertBefore(text, 0, "\n" + string.Join("\n", headings.Select(h => h + "\n见下文。")) + "\n");
        AssertSameTables(page, text, options);
    }

    [Fact]
    public void A_sentence_is_not_a_section_heading()
    {
        // Numbered narrative sentences whose words come near a title: not headings, so Section 一 runs on to Section 二.
        var (page, options) = Page("seed");
        var sentences = "\n一、主动公开情况良好。\n二、政府信息管理情况。\n三、政府信息公开平台建设情况。\n";
        var text = page.Replace("(一)主动公开情况。", sentences + "(一)主动公开情况。", StringComparison.Ordinal);
        var result = AssertSameTables(page, text, options);
        Assert.Contains("三、政府信息公开平台建设情况。", result.Report!.Overview.Introduction, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrative_that_names_rows_is_not_a_table()
    {
        // A page without tables whose sentences name rows of all three tables, with numbers: no report.
        var text = string.Join('\n', TestData.Read("seed-yeji-2020.txt").Split('\n').TakeWhile(l => !l.StartsWith("二、", StringComparison.Ordinal)))
            + "\n本年度制发规章2件、行政规范性文件5件，行政许可120件，行政处罚3件。共收到申请12件，其中自然人10件、商业企业2件，总计12件。行政复议2件、行政诉讼1件。\n";

        var result = ReportImporter.ImportText(text, new ImportOptions { AgencyKind = AgencyKind.Department });

        Assert.Null(result.Report);
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.NotAReport);
        Assert.Empty(result.Log.Tables);
    }

    [Fact]
    public void A_missing_table_is_an_error_and_a_missing_heading_with_its_table_a_warning()
    {
        // Section 四 cut off with its heading; Section 三's heading removed but its table kept.
        var (page, options) = Page("seed");
        var text = page[..page.IndexOf(Heading(page, 3), StringComparison.Ordinal)].Replace(Heading(page, 2), string.Empty, StringComparison.Ordinal);

        var result = ReportImporter.ImportText(text, options);

        var sections = result.Log.Diagnostics.Where(d => d.Code == ImportDiagnosticCode.SectionMissing).ToDictionary(d => d.Expected![..1], d => d.Severity);
        Assert.Equal(ImportSeverity.Warning, sections["三"]);
        Assert.Equal(ImportSeverity.Error, sections["四"]);
        var table = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.TableMissing);
        Assert.Equal("ReviewAndLitigation", table.PropertyPath);
        Assert.Equal(ImportSeverity.Error, table.Severity);
        Assert.Equal(Samples.Yeji2020.Applications, result.Report!.Applications);
    }

    /// <summary>
    /// Imports the page as published and as transformed and compares every cell: equal, or blank in the transformed
    /// import with an error naming it (never a wrong number). With no such loss allowed, the errors must be the same too.
    /// </summary>
    internal static ImportResult AssertSameTables(string published, string transformed, ImportOptions options, bool headingsMissing = false)
    {
        Assert.NotEqual(published, transformed);
        var expected = ReportImporter.ImportText(published, options);
        var result = ReportImporter.ImportText(transformed, options);
        Assert.True(result.Report is not null, result.Log.ToCanonicalText());
        Assert.Equal(expected.Report!.Edition, result.Report.Edition);
        var catalog = CellCatalog.Get(expected.Report.Edition);
        var want = catalog.Read(expected.Report);
        var got = catalog.Read(result.Report);
        var wrong = catalog.Cells.Where(c => want[c.Index] != got[c.Index]).Select(c => $"{c.PropertyPath}: expected {want[c.Index]}, read {got[c.Index]}").ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong) + "\n" + result.Log.ToCanonicalText());

        static IEnumerable<string> Errors(ImportResult r, bool sections) => r.Log.Diagnostics
            .Where(d => d.Severity == ImportSeverity.Error && (sections || d.Code != ImportDiagnosticCode.SectionMissing))
            .Select(d => $"{d.Code} {d.PropertyPath} {d.MessageId}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(Errors(expected, !headingsMissing), Errors(result, !headingsMissing));
        return result;
    }

    private static void AssertSameNarrative(string published, ImportResult result, ImportOptions options)
    {
        var expected = ReportImporter.ImportText(published, options).Report!;
        Assert.Equal(expected.Overview, result.Report!.Overview);
        Assert.Equal(expected.ProblemsAndImprovements, result.Report.ProblemsAndImprovements);
        Assert.Equal(expected.OtherMatters, result.Report.OtherMatters);
    }
}
