using System.Text.RegularExpressions;
using DisclosureModel.Import;

namespace DisclosureModel.Html.Tests;

/// <summary>
/// Titles of HTML pages in the variants real pages print (split by <c>&lt;br&gt;</c>, year first, missing), each made
/// mechanically from the test pages and compared with the import of the page as it is, the whole report or every
/// table cell (docs/import.md, "Metadata: where each value comes from").
/// </summary>
public class HtmlMetadataTests
{
    public static TheoryData<string, string> Pages => new()
    {
        { "html/yeji-2020.html", "六安市叶集区融媒体中心" },
        { "html/pingtan-2022.html", "平潭综合实验区" },
    };

    private static ImportOptions Options => new() { AgencyKind = AgencyKind.Government };

    private static Regex Title(string agency) => new(Regex.Escape(agency) + @"(?<year>[0-9]{4})(?<nian>年度?)政府信息公开工作年度报告");

    /// <summary>The page with its <c>title</c> element emptied and its <c>h1</c> rewritten.</summary>
    private static string WithHeading(string html, string agency, Func<Match, string> heading)
    {
        var withoutTitle = Regex.Replace(html, "<title>[^<]*</title>", "<title>门户网站</title>");
        return Regex.Replace(withoutTitle, "<h1>([^<]*)</h1>", m => "<h1>" + Title(agency).Replace(m.Groups[1].Value, x => heading(x)) + "</h1>");
    }

    private static void AssertSameCells(ImportResult expected, ImportResult actual)
    {
        var report = expected.Report!;
        var catalog = CellCatalog.Get(report.Edition);
        Assert.Equal(expected.Tables, actual.Tables);
        Assert.Equal(catalog.Read(report), catalog.Read(actual.ToReport(report.Metadata.AgencyName, report.Metadata.ReportYear)));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_heading_split_by_a_line_break_gives_the_same_report(string page, string agency)
    {
        var baseline = HtmlReportImporter.Import(TestData.Read(page), Options);

        var result = HtmlReportImporter.Import(WithHeading(TestData.Read(page), agency, m => $"{agency}<br>{m.Groups["year"].Value} {m.Groups["nian"].Value}政府信息公开工作年度报告"), Options);

        Assert.Equal(baseline.Report, result.Report);
        AssertSameCells(baseline, result);
        Assert.Equal(MetadataSource.TitleOverLines, result.Log.AgencyNameOrigin?.Source);
        Assert.Equal(MetadataSource.TitleOverLines, result.Log.ReportYearOrigin?.Source);
        Assert.Equal("h1[1]", result.Log.AgencyNameOrigin!.Value.Location.Element);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_heading_with_the_year_first_and_without_工作_gives_the_same_report(string page, string agency)
    {
        var baseline = HtmlReportImporter.Import(TestData.Read(page), Options);

        var result = HtmlReportImporter.Import(WithHeading(TestData.Read(page), agency, m => $"{m.Groups["year"].Value}年{agency}政府信息公开年度报告"), Options);

        Assert.Equal(baseline.Report, result.Report);
        AssertSameCells(baseline, result);
        Assert.Equal(MetadataSource.Title, result.Log.AgencyNameOrigin?.Source);
        Assert.Equal(MetadataSource.Title, result.Log.ReportYearOrigin?.Source);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Without_any_title_the_year_comes_from_the_statistics_period_and_the_tables_are_always_returned(string page, string agency)
    {
        var baseline = HtmlReportImporter.Import(TestData.Read(page), Options);

        var result = HtmlReportImporter.Import(WithHeading(TestData.Read(page), agency, _ => string.Empty), Options);

        AssertSameCells(baseline, result);
        Assert.Equal(baseline.Report!.Metadata.ReportYear, result.Log.ReportYear);
        Assert.Equal(MetadataSource.StatisticsPeriod, result.Log.ReportYearOrigin?.Source);
        if (result.Log.AgencyName is null)
        {
            // 平潭: no sentence of the page names the agency.
            Assert.Null(result.Report);
            var missing = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.MetadataMissing);
            Assert.Equal("Metadata.AgencyName", missing.PropertyPath);
            Assert.Equal(baseline.Report, result.ToReport(agency, baseline.Report.Metadata.ReportYear));
        }
        else
        {
            // 叶集: 编制2020年度六安市叶集区融媒体中心政府信息公开年度报告 names it.
            Assert.Equal(agency, result.Log.AgencyName);
            Assert.Equal(MetadataSource.BodySentence, result.Log.AgencyNameOrigin?.Source);
            Assert.Equal(baseline.Report, result.Report);
        }
    }
}
