using DisclosureModel.Import;
using DisclosureModel.TestSupport;
using DisclosureModel.Validation;
using FluentValidation;

namespace DisclosureModel.Pdf.Tests;

/// <summary>
/// The two real published PDFs (tests/TestData/pdf, from shared/corpus/pdf: WPS-made, ruled tables, Section 三 across a
/// page with a footer between its rows, a three-level Section 四 header, a vertical heading, a title over two lines),
/// imported with every table cell asserted. The expected cells were read off the rendered pages (pdftoppm) by hand, one
/// line per printed row, independently of the importer.
/// </summary>
public class RealCorpusPdfTests
{
    private const string Hongze2023Cells = """
        article20Item1.rules: 0 0 0
        article20Item1.normativeDocuments: 0 5 5
        article20Item5.administrativeLicensing: 550
        article20Item6.administrativePenalty: 4119
        article20Item6.administrativeCoercion: 195
        article20Item8.administrativeFees: 7730.28
        applications/newlyReceived: 21 0 0 0 0 0 21
        applications/carriedOverFromLastYear: 0 0 0 0 0 0 0
        applications/disclosed: 0 0 0 0 0 0 0
        applications/partiallyDisclosed: 4 0 0 0 0 0 4
        applications/stateSecret: 1 0 0 0 0 0 1
        applications/prohibitedByLaw: 0 0 0 0 0 0 0
        applications/endangersSecurityOrStability: 0 0 0 0 0 0 0
        applications/thirdPartyRights: 0 0 0 0 0 0 0
        applications/internalAffairs: 0 0 0 0 0 0 0
        applications/deliberativeProcess: 1 0 0 0 0 0 1
        applications/enforcementFile: 1 0 0 0 0 0 1
        applications/administrativeInquiry: 0 0 0 0 0 0 0
        applications/notHeld: 10 0 0 0 0 0 10
        applications/requiresCreation: 3 0 0 0 0 0 3
        applications/unclearAfterCorrection: 0 0 0 0 0 0 0
        applications/petitionOrComplaint: 1 0 0 0 0 0 1
        applications/repeated: 0 0 0 0 0 0 0
        applications/publication: 0 0 0 0 0 0 0
        applications/excessive: 0 0 0 0 0 0 0
        applications/confirmationOfObtained: 0 0 0 0 0 0 0
        applications/otherHandling: 0 0 0 0 0 0 0
        applications/outcomesTotal: 21 0 0 0 0 0 21
        applications/carriedForwardToNextYear: 0 0 0 0 0 0 0
        reviewAndLitigation: 10 1 0 0 0 0 0 0 0 0 5 0 0 0 0
        """;

    private const string Hongze2024Cells = """
        article20Item1.rules: 0 0 0
        article20Item1.normativeDocuments: 3 0 8
        article20Item5.administrativeLicensing: 9487
        article20Item6.administrativePenalty: 2776
        article20Item6.administrativeCoercion: 84
        article20Item8.administrativeFees: 7545
        applications/newlyReceived: 95 0 0 0 0 0 95
        applications/carriedOverFromLastYear: 0 0 0 0 0 0 0
        applications/disclosed: 50 0 0 0 0 0 50
        applications/partiallyDisclosed: 9 0 0 0 0 0 9
        applications/stateSecret: 0 0 0 0 0 0 0
        applications/prohibitedByLaw: 0 0 0 0 0 0 0
        applications/endangersSecurityOrStability: 1 0 0 0 0 0 1
        applications/thirdPartyRights: 0 0 0 0 0 0 0
        applications/internalAffairs: 0 0 0 0 0 0 0
        applications/deliberativeProcess: 1 0 0 0 0 0 1
        applications/enforcementFile: 1 0 0 0 0 0 1
        applications/administrativeInquiry: 0 0 0 0 0 0 0
        applications/notHeld: 31 0 0 0 0 0 31
        applications/requiresCreation: 1 0 0 0 0 0 1
        applications/unclearAfterCorrection: 0 0 0 0 0 0 0
        applications/petitionOrComplaint: 1 0 0 0 0 0 1
        applications/repeated: 0 0 0 0 0 0 0
        applications/publication: 0 0 0 0 0 0 0
        applications/excessive: 0 0 0 0 0 0 0
        applications/confirmationOfObtained: 0 0 0 0 0 0 0
        applications/otherHandling: 0 0 0 0 0 0 0
        applications/outcomesTotal: 95 0 0 0 0 0 95
        applications/carriedForwardToNextYear: 0 0 0 0 0 0 0
        reviewAndLitigation: 1 1 0 0 2 1 0 0 0 1 2 0 1 0 3
        """;

    [Theory]
    [InlineData("hongze-district-gov_2023.pdf", "洪泽区人民政府", 2023, Hongze2023Cells)]
    [InlineData("hongze-district-gov_2024.pdf", "淮安市洪泽区人民政府", 2024, Hongze2024Cells)]
    public void The_published_pdf_imports_with_every_cell_as_printed(string name, string agency, int year, string expected)
    {
        var result = PdfReportImporter.Import(TestData.Read(name));

        Assert.True(result.IsComplete, result.Log.ToCanonicalText());
        var report = result.Report!;
        Assert.Equal((agency, year), (report.Metadata.AgencyName, report.Metadata.ReportYear));
        Assert.Equal(FormatEdition.Edition2021, report.Edition);
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.EditionHybrid && d.PropertyPath == "Applications.Outcomes.OtherHandling");
        Assert.Equal(CellText.Lines(expected), CellText.Lines(CellText.Of(report)));
        Assert.Empty(report.UnreadCells);
        Assert.DoesNotContain(result.Log.Diagnostics, d => d.Severity == ImportSeverity.Error);
    }

    [Theory]
    [InlineData("hongze-district-gov_2023.pdf")]
    [InlineData("hongze-district-gov_2024.pdf")]
    public void The_creation_date_is_noted_and_never_taken_for_the_publication_date(string name)
    {
        var result = PdfReportImporter.Import(TestData.Read(name));

        Assert.Null(result.Report!.Metadata.PublishedAt);
        var note = Assert.Single(result.Log.Diagnostics, d => d.MessageId == "import.pdfCreationDate");
        Assert.Equal(ImportSeverity.Info, note.Severity);
        Assert.Equal("Metadata.PublishedAt", note.PropertyPath);
    }

    [Fact]
    public void The_page_footers_between_rows_are_left_out_and_noted()
    {
        var result = PdfReportImporter.Import(TestData.Read("hongze-district-gov_2023.pdf"));

        var footers = result.Log.Diagnostics.Where(d => d.MessageId == "import.pageFooterSkipped").Select(d => (d.Seen, d.Location.Path)).ToList();
        Assert.Equal(
            [("-1-", "page[1]/line[25]"), ("-2-", "page[2]/line[15]"), ("-3-", "page[3]/line[2]"), ("-4-", "page[4]/line[12]"), ("-5-", "page[5]/line[6]")],
            footers);
    }

    [Fact]
    public void Validating_the_2023_report_gives_exactly_its_two_real_section_four_imbalances()
    {
        var report = PdfReportImporter.Import(TestData.Read("hongze-district-gov_2023.pdf")).Report!;

        var errors = new DisclosureReportValidator().Validate(report).Errors.Where(e => e.Severity == Severity.Error).ToList();

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("R4", e.ErrorCode));
    }

    [Fact]
    public void The_2023_report_gets_the_smallest_correction_of_section_four_and_applying_it_clears_R4()
    {
        // 行政复议 维持 10 + 纠正 1 with 总计 0; 复议后起诉 维持 5 with 总计 0. Two smallest corrections (two cells, 16 in
        // all): both totals filled in, or 行政复议's total filled in and 复议后起诉's 维持 5 taken back to 0. Both are listed.
        var report = PdfReportImporter.Import(TestData.Read("hongze-district-gov_2023.pdf")).Report!;
        var validator = new DisclosureReportValidator(new DisclosureValidatorOptions { MinimumSeverity = Severity.Info });

        var r4 = validator.Validate(report).GetViolations().Where(v => v.Code == "R4").ToList();

        Assert.Equal(["ReviewAndLitigation.AdministrativeReview.Total", "ReviewAndLitigation.LitigationAfterReview.Total"], r4.Select(v => v.PropertyPath));
        Assert.All(r4, v => Assert.False(v.MoreCorrections));
        Assert.Equal(r4[0].Corrections, r4[1].Corrections);
        var review = new CellChange { PropertyPath = "ReviewAndLitigation.AdministrativeReview.Total", RowLabel = "行政复议", ColumnLabel = "总计", From = 0, To = 11 };
        Assert.Equal(
            [
                new Correction { Changes = [review, new CellChange { PropertyPath = "ReviewAndLitigation.LitigationAfterReview.Upheld", RowLabel = "复议后起诉", ColumnLabel = "结果维持", From = 5, To = 0 }] },
                new Correction { Changes = [review, new CellChange { PropertyPath = "ReviewAndLitigation.LitigationAfterReview.Total", RowLabel = "复议后起诉", ColumnLabel = "总计", From = 0, To = 5 }] },
            ],
            r4[0].Corrections);
        Assert.Equal("行政复议 总计 0 → 11，复议后起诉 总计 0 → 5 使 R4 成立", r4[0].Corrections[1].Describe("R4", ValidationLanguage.Chinese));
        Assert.Equal("行政复议 总计 0 → 11, 复议后起诉 总计 0 → 5 makes R4 hold", r4[0].Corrections[1].Describe("R4", ValidationLanguage.English));

        // Applied and re-validated: R4 is gone and nothing else changes.
        var others = validator.Validate(report).GetViolations().Select(v => v.Code).Where(c => c != "R4").ToList();
        foreach (var correction in r4[0].Corrections)
        {
            var corrected = validator.Validate(CorrectionApplier.Apply(report, correction));
            Assert.Equal(others, corrected.GetViolations().Select(v => v.Code));
            Assert.DoesNotContain(corrected.Errors, e => e.Severity == Severity.Error);
        }
    }

    [Fact]
    public void Validating_the_2024_report_gives_no_error()
    {
        var report = PdfReportImporter.Import(TestData.Read("hongze-district-gov_2024.pdf")).Report!;

        var errors = new DisclosureReportValidator().Validate(report).Errors.Where(e => e.Severity == Severity.Error);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("hongze-district-gov_2023.pdf")]
    [InlineData("hongze-district-gov_2024.pdf")]
    public void Neither_report_gets_a_completeness_finding(string name)
    {
        // Section 六 says 全年收取政府信息公开信息处理费 0 元 (across a line break of the text layer), Section 五 is written
        // out, Section 二 is filled in: no false C1, C2, C3 or B1.
        var report = PdfReportImporter.Import(TestData.Read(name)).Report!;
        var options = new DisclosureValidatorOptions { MinimumSeverity = Severity.Info };

        Assert.Empty(new DisclosureReportValidator(options).Validate(report, o => o.IncludeRuleSets(DisclosureRuleSets.Completeness)).Errors);
    }

    [Fact]
    public void The_two_years_as_a_series_show_the_licensing_jump_as_an_outlier()
    {
        // 行政许可 decisions: 550 in 2023, 9487 in 2024 (×17.2); every other count changes by less than ×10 or stays
        // under the floor (本年新收 21 → 95, 予以公开 0 → 50 is 50 ÷ 5 = 10, not more). The agency is named in two ways (X6).
        DisclosureReport[] series = [.. new[] { "hongze-district-gov_2023.pdf", "hongze-district-gov_2024.pdf" }.Select(n => PdfReportImporter.Import(TestData.Read(n)).Report!)];
        var options = new DisclosureValidatorOptions { Language = ValidationLanguage.English, MinimumSeverity = Severity.Info };

        var failures = new DisclosureReportSeriesValidator(options).Validate(series).Errors;

        Assert.Equal(
            [("X6", "[1].Metadata.AgencyName"), ("X7", "[1].ProactiveDisclosure.Article20Item5.AdministrativeLicensing")],
            failures.Select(f => (f.ErrorCode, f.PropertyName)));
        var outlier = failures[1].GetViolation()!;
        Assert.Equal((Severity.Info, 550L, 9487L), (outlier.Severity, outlier.Left, outlier.Right));
        Assert.Equal("Proactively disclosed information, Administrative licensing, Administrative licensing · Decisions this year: 550 in 2023, 9487 in 2024, a change by a factor of 17.2 (more than 10); worth a look.", outlier.EnglishMessage);
    }

    [Fact]
    public void The_2024_narrative_that_says_17_against_a_table_of_95_gives_exactly_that_finding()
    {
        var report = PdfReportImporter.Import(TestData.Read("hongze-district-gov_2024.pdf")).Report!;

        var narrative = NarrativeFindings(report);

        var finding = Assert.Single(narrative);
        Assert.Equal(("N1", "Applications.NewlyReceived.Total", 17L, 95L), (finding.Code, finding.PropertyPath, finding.Left, finding.Right));
        var location = finding.Narrative!;
        var text = location.PropertyPath == "Overview.Introduction" ? report.Overview.Introduction : report.Overview.Parts[int.Parse(location.PropertyPath[15..location.PropertyPath.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)].Text;
        Assert.Matches(@"^Overview\.Parts\[\d+\]\.Text$", location.PropertyPath);
        Assert.Equal("区政府办代表区政府受理政府信息公开申请17件", string.Concat(text.Substring(location.Offset, location.Length).Where(c => !char.IsWhiteSpace(c))));
        Assert.Contains("均已在法定期限内予以答", location.Sentence, StringComparison.Ordinal);
        Assert.Contains("17", finding.ChineseMessage, StringComparison.Ordinal);
        Assert.Contains("95", finding.EnglishMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_2023_narrative_gives_no_narrative_finding()
    {
        // Its 全区受理政府信息公开申请 21 件 speaks of the whole district: not compared.
        var report = PdfReportImporter.Import(TestData.Read("hongze-district-gov_2023.pdf")).Report!;

        Assert.Empty(NarrativeFindings(report));
    }

    private static List<RuleViolation> NarrativeFindings(DisclosureReport report) =>
        [.. new DisclosureReportValidator(new DisclosureValidatorOptions { MinimumSeverity = Severity.Info }).Validate(report).GetViolations()
            .Where(v => v.Code is "N1" or "N2" or "N3" or "W3" || v.Narrative is not null || (v.Code == "NA" && v.EnglishMessage[0] is 'N' or 'W'))];

    [Fact]
    public void The_cells_carry_page_regions_and_grid_positions()
    {
        var cells = PdfReportImporter.ExtractCells(TestData.Read("hongze-district-gov_2023.pdf"));

        Assert.All(cells, c => Assert.NotNull(c.Region));
        Assert.All(cells.Where(c => c.IsTableCell), c => Assert.NotNull(c.Position));

        // The vertical heading, whose characters the text layer gives one per line, is one merged cell.
        var heading = Assert.Single(cells, c => c.Text.Replace("\n", string.Empty, StringComparison.Ordinal) == "三、本年度办理结果");
        Assert.Equal(3, heading.Region!.Page);
        Assert.True(heading.Position!.RowSpan > 10, heading.Position.ToString());

        // The wrapped label of （二）部分公开 is one cell whose number sits in the same grid row.
        var partial = Assert.Single(cells, c => c.Text.StartsWith("（二）部分公开", StringComparison.Ordinal));
        Assert.Contains("计其他情形）", partial.Text, StringComparison.Ordinal);
        var row = cells.Where(c => c.Position is { } p && p.Table == partial.Position!.Table && p.Row == partial.Position.Row && p.Column > partial.Position.Column).Select(c => c.Text);
        Assert.Equal(["4", "0", "0", "0", "0", "0", "4"], row);

        // The title over two lines, and the header cell broken over lines (社会 / 公益 / 组织).
        Assert.Equal(["洪泽区人民政府", "2023 年政府信息公开工作年度报告"], cells.Take(2).Select(c => c.Text));
        Assert.Contains(cells, c => c.IsTableCell && c.Text == "社会\n公益\n组织");
        Assert.Equal("page[1]/line[1]", cells[0].Location.Path);
    }
}
