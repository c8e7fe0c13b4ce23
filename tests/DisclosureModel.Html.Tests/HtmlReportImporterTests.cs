using System.Text;
using AngleSharp.Html.Parser;
using DisclosureModel.Import;
using Snapshooter.Xunit;

namespace DisclosureModel.Html.Tests;

/// <summary>
/// The HTML importer on constructed pages (tests/TestData/html, see the comment at the top of each): the official
/// template structure with rowspan/colspan and split header cells, inside typical portal page furniture.
/// </summary>
public class HtmlReportImporterTests
{
    [Fact]
    public void The_2019_format_page_imports_to_the_seed_sample()
    {
        var result = HtmlReportImporter.Import(TestData.Read("html/yeji-2020.html"), new ImportOptions { AgencyKind = AgencyKind.Department });

        Assert.True(result.IsComplete, result.Log.ToCanonicalText());
        Assert.Equal(CanonicalText.Format(Samples.Yeji2020), CanonicalText.Format(result.Report!));
        Assert.Equal(Samples.Yeji2020, result.Report);
    }

    [Fact]
    public void The_2019_format_page_log()
    {
        Snapshot.Match(HtmlReportImporter.Import(TestData.Read("html/yeji-2020.html")).Log.ToCanonicalText());
    }

    [Fact]
    public void The_2021_format_page_imports_to_the_2021_sample()
    {
        var result = HtmlReportImporter.Import(TestData.Read("html/pingtan-2022.html"), new ImportOptions
        {
            AgencyKind = AgencyKind.Government,
            SourceUrl = Samples.Pingtan2022.Metadata.SourceUrl,
        });

        Assert.True(result.IsComplete, result.Log.ToCanonicalText());
        Assert.Equal(CanonicalText.Format(Samples.Pingtan2022), CanonicalText.Format(result.Report!));
        Assert.Equal(Samples.Pingtan2022, result.Report);
    }

    [Fact]
    public void The_2021_format_page_log()
    {
        var log = HtmlReportImporter.Import(TestData.Read("html/pingtan-2022.html")).Log;

        // The page leaves the zero cells of two rows blank (&nbsp;); their totals show they are 0.
        Assert.Equal(2, log.Diagnostics.Count(d => d.Code == ImportDiagnosticCode.BlankReadAsZero));
        var blank = log.Diagnostics.First(d => d.Code == ImportDiagnosticCode.BlankReadAsZero);
        Assert.Equal("Applications.Outcomes.Disclosed", blank.PropertyPath);
        Assert.StartsWith("table[3]/tr[6]/td[", blank.Location.Element, StringComparison.Ordinal);
        Snapshot.Match(log.ToCanonicalText());
    }

    [Fact]
    public void Cells_split_over_paragraphs_are_one_cell_and_empty_cells_are_blank_cells()
    {
        var document = new HtmlParser().ParseDocument("<p>前言</p><table><tr><td rowspan=\"2\"><p>商业</p><p>企业</p></td><td>&nbsp;</td><td>1<br>2</td></tr></table><p>后记</p>");

        var cells = HtmlReportImporter.ExtractCells(document);

        Assert.Equal(["前言", "商业企业", string.Empty, "1 2", "后记"], cells.Select(c => string.Join(' ', c.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) switch
        {
            "商业 企业" => "商业企业",
            var text => text,
        }));
        Assert.Equal([false, true, true, true, false], cells.Select(c => c.IsTableCell));
        Assert.Equal("table[1]/tr[1]/td[2]", cells[2].Location.Element);
    }

    [Fact]
    public void Scripts_and_styles_are_ignored()
    {
        var document = new HtmlParser().ParseDocument("<style>td{}</style><script>var a = '一、总体情况';</script><p>正文</p>");

        Assert.Equal(["正文"], HtmlReportImporter.ExtractCells(document).Select(c => c.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body><p>页面不存在</p></body></html>")]
    [InlineData("<table><tr><td>一、本年新收政府信息公开申请数量")]
    [InlineData("<<<>>>&&&;;<td></tr></table></table><p")]
    public void Pages_that_are_not_reports_are_an_error_without_a_report(string html)
    {
        var result = HtmlReportImporter.Import(html);

        Assert.Null(result.Report);
        Assert.True(result.Log.HasErrors);
    }

    [Fact]
    public void A_truncated_page_reports_what_is_missing()
    {
        var html = TestData.Read("html/pingtan-2022.html");
        var result = HtmlReportImporter.Import(html[..html.IndexOf("（五）不予处理", StringComparison.Ordinal)]);

        Assert.NotNull(result.Report);
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.RowMissing && d.PropertyPath == "Applications.Outcomes.Total");
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.TableMissing && d.PropertyPath == "ReviewAndLitigation");
    }

    [Fact]
    public void Deeply_nested_pages_do_not_overflow_the_stack()
    {
        var html = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            html.Append("<div>");
        }

        html.Append(TestData.Read("html/yeji-2020.html"));
        var result = HtmlReportImporter.Import(html.ToString());

        Assert.NotNull(result.Log);
    }

    [Fact]
    public void Pages_over_the_limit_are_refused()
    {
        var result = HtmlReportImporter.Import(TestData.Read("html/yeji-2020.html"), new ImportOptions { MaxInputLength = 2000 });

        Assert.Null(result.Report);
        Assert.Equal(ImportDiagnosticCode.InputTooLarge, Assert.Single(result.Log.Diagnostics).Code);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>("html", () => HtmlReportImporter.Import((string)null!));
        Assert.Throws<ArgumentNullException>("document", () => HtmlReportImporter.ExtractCells(null!));
    }

    [Fact]
    public void Random_edits_of_the_pages_never_throw()
    {
        var pages = new[] { TestData.Read("html/yeji-2020.html"), TestData.Read("html/pingtan-2022.html") };
        var random = new Random(7);
        const string alphabet = "<>/tdr\"= 0123456789&;nbsp一二三总计";
        for (var n = 0; n < 60; n++)
        {
            var page = new StringBuilder(pages[n % 2]);
            for (var edits = random.Next(1, 15); edits > 0 && page.Length > 0; edits--)
            {
                var at = random.Next(page.Length);
                if (random.Next(3) == 0)
                {
                    page.Remove(at, Math.Min(random.Next(1, 300), page.Length - at));
                }
                else
                {
                    page.Insert(at, alphabet[random.Next(alphabet.Length)]);
                }
            }

            var result = HtmlReportImporter.Import(page.ToString());
            Assert.True(result.Report is not null || result.Log.HasErrors);
        }
    }
}
