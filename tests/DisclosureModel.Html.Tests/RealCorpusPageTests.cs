using System.Text;
using DisclosureModel.Import;
using DisclosureModel.TestSupport;
using FluentValidation;
using DisclosureModel.Validation;

namespace DisclosureModel.Html.Tests;

/// <summary>
/// The two real web pages of the development corpus (tests/TestData/html/002_pingtan-zone_2020.html and
/// 004_pingtan-zone_2022.html: whole pages with site chrome, Word-exported tables), imported with every table cell
/// asserted. The expected cells below were read off the pages' tables by hand, one line per printed row in print order
/// (Section 二 rows, the seven Section 三 columns, the fifteen Section 四 numbers), independently of the importer.
/// </summary>
public class RealCorpusPageTests
{
    private const string Pingtan2020Cells = """
        article20Item1.rules: 0 0 7
        article20Item1.normativeDocuments: 77 77 166
        article20Item5.administrativeLicensing: 396 442 278
        article20Item5.otherExternalServices: 10 7 105
        article20Item6.administrativePenalty: 2648 -18 538
        article20Item6.administrativeCoercion: 126 26 29
        article20Item8.administrativeFees: 35 -15
        article20Item9.centralizedProcurement: 395 73802895.90元
        applications/newlyReceived: 20 0 0 0 0 1 21
        applications/carriedOverFromLastYear: 0 0 0 0 0 0 0
        applications/disclosed: 6 0 0 0 0 1 7
        applications/partiallyDisclosed: 6 0 0 0 0 0 6
        applications/stateSecret: 0 0 0 0 0 0 0
        applications/prohibitedByLaw: 0 0 0 0 0 0 0
        applications/endangersSecurityOrStability: 0 0 0 0 0 0 0
        applications/thirdPartyRights: 0 0 0 0 0 0 0
        applications/internalAffairs: 0 0 0 0 0 0 0
        applications/deliberativeProcess: 0 0 0 0 0 0 0
        applications/enforcementFile: 0 0 0 0 0 0 0
        applications/administrativeInquiry: 0 0 0 0 0 0 0
        applications/notHeld: 4 0 0 0 0 0 4
        applications/requiresCreation: 0 0 0 0 0 0 0
        applications/unclearAfterCorrection: 3 0 0 0 0 0 3
        applications/petitionOrComplaint: 0 0 0 0 0 0 0
        applications/repeated: 3 0 0 0 0 0 3
        applications/publication: 0 0 0 0 0 0 0
        applications/excessive: 0 0 0 0 0 0 0
        applications/confirmationOfObtained: 0 0 0 0 0 0 0
        applications/otherHandling: 4 0 0 0 0 0 4
        applications/outcomesTotal: 20 0 0 0 0 1 21
        applications/carriedForwardToNextYear: 0 0 0 0 0 0 0
        reviewAndLitigation: 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
        """;

    private const string Pingtan2022Cells = """
        article20Item1.rules: 0 0 0
        article20Item1.normativeDocuments: 88 55 698
        article20Item5.administrativeLicensing: 10690
        article20Item6.administrativePenalty: 2113
        article20Item6.administrativeCoercion: 0
        article20Item8.administrativeFees: 9116.36
        applications/newlyReceived: 71 3 0 0 0 0 74
        applications/carriedOverFromLastYear: 1 0 0 0 0 0 1
        applications/disclosed: 21 0 0 0 0 0 21
        applications/partiallyDisclosed: 8 1 0 0 0 0 9
        applications/stateSecret: 0 0 0 0 0 0 0
        applications/prohibitedByLaw: 0 0 0 0 0 0 0
        applications/endangersSecurityOrStability: 0 0 0 0 0 0 0
        applications/thirdPartyRights: 0 0 0 0 0 0 0
        applications/internalAffairs: 1 0 0 0 0 0 1
        applications/deliberativeProcess: 2 0 0 0 0 0 2
        applications/enforcementFile: 1 0 0 0 0 0 1
        applications/administrativeInquiry: 0 0 0 0 0 0 0
        applications/notHeld: 37 0 0 0 0 0 37
        applications/requiresCreation: 0 0 0 0 0 0 0
        applications/unclearAfterCorrection: 0 0 0 0 0 0 0
        applications/petitionOrComplaint: 0 0 0 0 0 0 0
        applications/repeated: 0 0 0 0 0 0 0
        applications/publication: 0 0 0 0 0 0 0
        applications/excessive: 0 0 0 0 0 0 0
        applications/confirmationOfObtained: 0 0 0 0 0 0 0
        applications/correctionNotSubmitted: 2 0 0 0 0 0 2
        applications/feeNotPaid: 0 0 0 0 0 0 0
        applications/otherHandlingOther: 0 2 0 0 0 0 2
        applications/outcomesTotal: 72 3 0 0 0 0 75
        applications/carriedForwardToNextYear: 0 0 0 0 0 0 0
        reviewAndLitigation: 0 1 1 0 2 1 0 0 0 1 0 0 0 0 0
        """;

    [Fact]
    public void The_2020_page_imports_with_every_cell_as_printed()
    {
        var result = Import("html/002_pingtan-zone_2020.html");

        Assert.True(result.IsComplete, result.Log.ToCanonicalText());
        Assert.Equal(FormatEdition.Edition2019, result.Report!.Edition);
        Assert.Equal(("平潭综合实验区", 2020), (result.Report.Metadata.AgencyName, result.Report.Metadata.ReportYear));
        Assert.Equal(CellText.Lines(Pingtan2020Cells), CellText.Lines(CellText.Of(result.Report)));
    }

    [Fact]
    public void The_2022_page_imports_with_every_cell_as_printed()
    {
        var result = Import("html/004_pingtan-zone_2022.html");

        Assert.True(result.IsComplete, result.Log.ToCanonicalText());
        Assert.Equal(FormatEdition.Edition2021, result.Report!.Edition);
        Assert.Equal(("平潭综合实验区", 2022), (result.Report.Metadata.AgencyName, result.Report.Metadata.ReportYear));
        Assert.Equal(CellText.Lines(Pingtan2022Cells), CellText.Lines(CellText.Of(result.Report)));
    }

    [Theory]
    [InlineData("html/002_pingtan-zone_2020.html", "002_pingtan-zone_2020.txt")]
    [InlineData("html/004_pingtan-zone_2022.html", "004_pingtan-zone_2022.txt")]
    public void The_page_settles_every_cell_the_crawler_text_leaves_unread_and_agrees_on_the_rest(string page, string text)
    {
        var fromPage = Import(page).Report!;
        var fromText = ReportImporter.ImportText(TestData.Read(text)).Report!;
        var catalog = CellCatalog.Get(fromPage.Edition);
        var pageCells = catalog.Read(fromPage);
        var textCells = catalog.Read(fromText);

        for (var i = 0; i < catalog.Count; i++)
        {
            Assert.False(pageCells[i].IsBlank, catalog[i].PropertyPath);
            if (!textCells[i].IsBlank)
            {
                Assert.True(textCells[i] == pageCells[i], $"{catalog[i].PropertyPath}: text {textCells[i]}, page {pageCells[i]}");
            }
        }
    }

    /// <summary>Issue 18, precision first: the corpus pages give no narrative finding (N1–N3, W3, nor an NA of them).</summary>
    [Theory]
    [InlineData("html/002_pingtan-zone_2020.html")]
    [InlineData("html/004_pingtan-zone_2022.html")]
    [InlineData("html/yeji-2020.html")]
    [InlineData("html/pingtan-2022.html")]
    public void The_corpus_pages_give_no_narrative_finding(string name)
    {
        var report = Import(name).Report!;
        Assert.NotEmpty(report.Overview.Introduction + string.Concat(report.Overview.Parts.Select(p => p.Text)));

        var violations = new DisclosureReportValidator(new DisclosureValidatorOptions { MinimumSeverity = FluentValidation.Severity.Info })
            .Validate(report).GetViolations();

        Assert.DoesNotContain(violations, v => v.Code is "N1" or "N2" or "N3" or "W3" || v.Narrative is not null || (v.Code == "NA" && v.EnglishMessage[0] is 'N' or 'W'));
    }

    [Theory]
    [InlineData("html/yeji-2020.html")]
    [InlineData("html/pingtan-2022.html")]
    public void Empty_spacer_rows_at_the_end_of_every_table_are_left_out_and_noted(string name)
    {
        // The spacer row Word exports (002's Section 四 ends with one), added mechanically to every table of a page.
        var html = TestData.Read(name);
        var spacer = "<tr>" + string.Concat(Enumerable.Repeat("<td>&nbsp;</td>", 15)) + "</tr></table>";
        var tables = CountOf(html, "</table>");
        var result = HtmlReportImporter.Import(html.Replace("</table>", spacer, StringComparison.Ordinal));
        var expected = HtmlReportImporter.Import(html);

        Assert.True(result.IsComplete, result.Log.ToCanonicalText());
        Assert.Equal(CellText.Of(expected.Report!), CellText.Of(result.Report!));
        Assert.Equal(tables, result.Log.Diagnostics.Count(d => d.MessageId == "import.spacerRowSkipped"));
    }

    [Fact]
    public void A_blank_last_row_with_no_numbers_above_is_a_row_of_blank_cells_not_a_spacer()
    {
        // Section 四 with its one data row printed empty: the row holds the table's fifteen blank cells.
        var html = TestData.Read("html/pingtan-2022.html");
        const string row = "<tr><td>0</td><td>1</td><td>1</td><td>0</td><td>2</td><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>";
        Assert.Equal(1, CountOf(html, row));
        var blank = "<tr>" + string.Concat(Enumerable.Repeat("<td>&nbsp;</td>", 15)) + "</tr>";

        var result = HtmlReportImporter.Import(html.Replace(row, blank, StringComparison.Ordinal));

        var catalog = CellCatalog.Get(result.Report!.Edition);
        var section4 = catalog.GetCells(StatutoryTable.ReviewAndLitigation);
        Assert.All(section4, cell => Assert.True(cell.GetValue(result.Report).IsBlank, cell.PropertyPath));
        Assert.DoesNotContain(result.Report.UnreadCells, u => u.PropertyPath.StartsWith("ReviewAndLitigation.", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Log.Diagnostics, d => d.MessageId == "import.spacerRowSkipped");
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Theory]
    [InlineData("html/002_pingtan-zone_2020.html")]
    [InlineData("html/004_pingtan-zone_2022.html")]
    [InlineData("html/yeji-2020.html")]
    [InlineData("html/pingtan-2022.html")]
    public void No_page_gets_a_completeness_finding(string name)
    {
        // Section 二 read whole (no row blank or unread), Section 五 written out, and the 2022 page's Section 六 says
        // 无收取信息处理费情况: no B1, C1, C2 or C3.
        var options = new Validation.DisclosureValidatorOptions { MinimumSeverity = FluentValidation.Severity.Info };

        var failures = new Validation.DisclosureReportValidator(options).Validate(Import(name).Report!, o => o.IncludeRuleSets(Validation.DisclosureRuleSets.Completeness)).Errors;

        Assert.Empty(failures);
    }

    private static ImportResult Import(string name) => HtmlReportImporter.Import(TestData.Read(name));

}
