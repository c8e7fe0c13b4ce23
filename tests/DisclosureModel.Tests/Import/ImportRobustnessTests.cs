using System.Text;
using DisclosureModel.Import;

namespace DisclosureModel.Tests.Import;

/// <summary>Garbled, truncated, reordered and oversized input: a clear diagnostic, never an exception or a hang.</summary>
public class ImportRobustnessTests
{
    private static string Seed => TestData.Read("seed-yeji-2020.txt").Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Null_text_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("text", () => ReportImporter.ImportText((string)null!));
        Assert.Throws<ArgumentNullException>("cells", () => ReportImporter.ImportCells(null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t")]
    [InlineData("六安市叶集区融媒体中心2020年政府信息公开工作年度报告\n一、总体情况\n无。")]
    [InlineData("0 1 2 3 4 5 6 7 8 9")]
    public void Text_that_is_not_a_report_is_an_error_without_a_report(string text)
    {
        var result = ReportImporter.ImportText(text);

        Assert.Null(result.Report);
        Assert.Null(result.Log.Edition);
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.NotAReport && d.Severity == ImportSeverity.Error);
    }

    [Fact]
    public void Random_text_is_not_a_report()
    {
        var random = new Random(20201231);
        for (var n = 0; n < 20; n++)
        {
            var b = new StringBuilder();
            for (var i = 0; i < 2000; i++)
            {
                b.Append(random.Next(10) switch
                {
                    0 => '\n',
                    1 => (char)('0' + random.Next(10)),
                    _ => (char)random.Next(0x4E00, 0x9FA5),
                });
            }

            var result = ReportImporter.ImportText(b.ToString());
            Assert.Null(result.Report);
            Assert.True(result.Log.HasErrors);
        }
    }

    [Fact]
    public void A_page_cut_off_in_section_three_reports_every_missing_row_and_table()
    {
        var text = Seed[..Seed.IndexOf("(五)不予处理", StringComparison.Ordinal)];

        var result = ReportImporter.ImportText(text);
        var report = result.Report!;

        Assert.False(result.IsComplete);
        Assert.Equal(ApplicantCounts.Zero, report.Applications.Outcomes.Disclosed);
        Assert.True(report.Applications.Outcomes.NotProcessed.Repeated.IsBlank);
        Assert.True(report.Applications.Outcomes.Total.IsBlank);
        Assert.Null(report.ReviewAndLitigation.AdministrativeReview.Total);
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.RowMissing && d.PropertyPath == "Applications.Outcomes.Total");
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.SectionMissing && d.Expected == ReviewAndLitigationLayout.Title.Chinese);
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.TableMissing && d.PropertyPath == "ReviewAndLitigation");
    }

    [Fact]
    public void Tables_out_of_order_are_still_read()
    {
        var three = Seed.IndexOf("三、收到和处理政府信息公开申请情况", StringComparison.Ordinal);
        var four = Seed.IndexOf("四、政府信息公开行政复议、行政诉讼情况", StringComparison.Ordinal);
        var five = Seed.IndexOf("五、存在的主要问题及改进情况", StringComparison.Ordinal);
        var text = string.Concat(Seed.AsSpan(0, three), Seed.AsSpan(four, five - four), Seed.AsSpan(three, four - three), Seed.AsSpan(five));

        var result = ReportImporter.ImportText(text, new ImportOptions { AgencyKind = AgencyKind.Department });

        Assert.True(result.IsComplete, result.Log.ToCanonicalText());
        Assert.Equal(Samples.Yeji2020, result.Report);
    }

    [Fact]
    public void A_row_with_a_wrong_number_of_cells_is_left_blank_and_located()
    {
        var label = "2.重复申请\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n";
        var at = Seed.IndexOf(label, StringComparison.Ordinal);
        var text = Seed.Replace(label, "2.重复申请\n\n0\n\n0\n\n0\n\n0\n\n0\n", StringComparison.Ordinal);
        var line = Seed[..at].Count(c => c == '\n') + 3;

        var result = ReportImporter.ImportText(text);

        Assert.True(result.Report!.Applications.Outcomes.NotProcessed.Repeated.IsBlank);
        var diagnostic = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.UnreadableCells);
        Assert.Equal("Applications.Outcomes.NotProcessed.Repeated", diagnostic.PropertyPath);
        Assert.Equal(new SourceLocation(line, 1), diagnostic.Location);
        Assert.Equal("0 0 0 0 0", diagnostic.Seen);
    }

    [Fact]
    public void Input_over_the_limit_is_refused_with_its_position()
    {
        var result = ReportImporter.ImportText(Seed, new ImportOptions { MaxInputLength = 1000 });

        Assert.Null(result.Report);
        var diagnostic = Assert.Single(result.Log.Diagnostics);
        Assert.Equal(ImportDiagnosticCode.InputTooLarge, diagnostic.Code);
        Assert.True(diagnostic.Location.Line > 1);
        Assert.Throws<ArgumentOutOfRangeException>("MaxInputLength", () => new ImportOptions { MaxInputLength = 0 });
    }

    [Fact]
    public void Long_digit_runs_are_bounded()
    {
        var digits = new string('7', 5000);
        var text = TestData.Read("004_pingtan-zone_2022.txt")
            .Replace("713000074", digits, StringComparison.Ordinal)
            .Replace("0 1 1 0 2 1 0 0 0 1 0 0 0 0 0", "123456789012345678901234567890123456789012345678901", StringComparison.Ordinal);

        var result = ReportImporter.ImportText(text);

        Assert.True(result.Report!.Applications.NewlyReceived.IsBlank);
        Assert.Contains(result.Log.Diagnostics, d => d.PropertyPath == "Applications.NewlyReceived" && d.Severity == ImportSeverity.Error);
        Assert.Contains(result.Log.Diagnostics, d => d.PropertyPath == "ReviewAndLitigation" && d.Severity == ImportSeverity.Error);
    }

    [Fact]
    public void Huge_pages_complete()
    {
        var text = new StringBuilder(Seed);
        for (var i = 0; i < 100; i++)
        {
            text.Append(TestData.Read("002_pingtan-zone_2020.txt"));
        }

        var result = ReportImporter.ImportText(text.ToString());

        Assert.NotNull(result.Report);
    }

    [Fact]
    public void Random_edits_of_real_pages_never_throw()
    {
        var pages = new[] { Seed, TestData.Read("002_pingtan-zone_2020.txt"), TestData.Read("004_pingtan-zone_2022.txt") };
        var random = new Random(42);
        const string alphabet = "0123456789 \n-/.,元万（）()、一二三四五六七总计合其他规章第条项";
        for (var n = 0; n < 150; n++)
        {
            var page = new StringBuilder(pages[n % pages.Length]);
            for (var edits = random.Next(1, 20); edits > 0; edits--)
            {
                var at = random.Next(page.Length);
                switch (random.Next(4))
                {
                    case 0:
                        page.Remove(at, Math.Min(random.Next(1, 200), page.Length - at));
                        break;
                    case 1:
                        page.Insert(at, alphabet[random.Next(alphabet.Length)]);
                        break;
                    case 2:
                        page[at] = alphabet[random.Next(alphabet.Length)];
                        break;
                    default:
                        page.Length = at;
                        break;
                }

                if (page.Length == 0)
                {
                    break;
                }
            }

            var result = ReportImporter.ImportText(page.ToString());
            Assert.NotNull(result.Log);
            Assert.True(result.Report is not null || result.Log.HasErrors);
        }
    }
}
