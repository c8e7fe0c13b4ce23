using DisclosureModel.Import;
using DisclosureModel.Tests.Import;
using DisclosureModel.Validation;
using FluentValidation;
using static DisclosureModel.Tests.Validation.Reports;

namespace DisclosureModel.Tests.Validation;

/// <summary>
/// The validators' policy for unread cells ("NA": not assessable, never an imbalance), the invariants of the list
/// ("U1", "U2") and blank tables ("B1").
/// </summary>
public class UnreadCellValidationTests
{
    private static UnreadCell Unread(string path, ImportDiagnosticCode code = ImportDiagnosticCode.RowMissing) =>
        new() { PropertyPath = path, Code = code, Message = "not read", ChineseMessage = "未读取" };

    [Fact]
    public void An_unreadable_row_of_a_real_page_is_not_assessable_and_not_an_imbalance()
    {
        var report = UnreadCellTests.Pingtan2022WithoutPartiallyDisclosed().Report!;

        // Read as a published blank (blank = 0), the page would break R2 in three columns.
        var asBlank = CodesAndPaths(report with { UnreadCells = [] });
        Assert.Equal(
            ["R2 Applications.Outcomes.Total.NaturalPerson", "R2 Applications.Outcomes.Total.CommercialEnterprise", "R2 Applications.Outcomes.Total.Total"],
            asBlank.Where(c => c.StartsWith("R2", StringComparison.Ordinal)));

        // Unread, it is not assessable: R2 in the seven columns, R3 of the row, W1; no error at all. The Section 二 row the
        // page runs together (行政规范性文件) is unread too: C3 cannot tell whether it was left blank.
        AssertFailures(
            report,
            ("NA", Severity.Warning, "ProactiveDisclosure.Article20Item1.NormativeDocuments.IssuedThisYear",
                "C3（第二部分各行应填报数字）无法判断：有1处涉及未能读取的单元格（第二十条第（一）项“行政规范性文件”行：全部3列），不作为不平衡报告。",
                "C3 (Each row of Section 二 holds its numbers) is not assessable: 1 of its equations or checks read cells that could not be read (Rules and administrative normative documents, Administrative normative documents: all 3 columns); they are not reported as imbalances."),
            ("NA", Severity.Warning, "Applications.Outcomes.PartiallyDisclosed.NaturalPerson",
                "R2（（七）总计等于（一）至（六）各项之和）无法判断：有7处涉及未能读取的单元格（“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行：全部7列），不作为不平衡报告。",
                "R2 (The outcome total (七) equals the sum of the outcomes (一)–(六), in each column) is not assessable: 7 of its equations or checks read cells that could not be read (Partially disclosed: all 7 columns); they are not reported as imbalances."),
            ("NA", Severity.Warning, "Applications.Outcomes.PartiallyDisclosed.NaturalPerson",
                "R3（每行总计等于六类申请人之和）无法判断：有1处涉及未能读取的单元格（“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行：全部7列），不作为不平衡报告。",
                "R3 (Each row's total equals the sum of its six applicant columns) is not assessable: 1 of its equations or checks read cells that could not be read (Partially disclosed: all 7 columns); they are not reported as imbalances."),
            ("NA", Severity.Warning, "Applications.Outcomes.PartiallyDisclosed.Total",
                "W1（“其他处理”占比偏高）无法判断：有1处涉及未能读取的单元格（“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行：总计），不作为不平衡报告。",
                "W1 (A high share of applications otherwise handled) is not assessable: 1 of its equations or checks read cells that could not be read (Partially disclosed: Total); they are not reported as imbalances."),
            ("W2", Severity.Info, "Overview", "一、总体情况共2018字，格式要求篇幅原则上不超过一千字。", "Section 一 has 2018 characters; the format asks for no more than 1000 as a rule."));
    }

    [Fact]
    public void An_equation_its_policy_skips_anyway_is_not_reported_as_not_assessable()
    {
        // R3 is skipped when the printed 总计 is blank: an unread applicant cell beside a blank 总计 changes nothing.
        var report = Balanced2021.WithOutcomes2021(o => o with { Disclosed = o.Disclosed with { NaturalPerson = null, Total = null } })
            with { UnreadCells = [Unread("Applications.Outcomes.Disclosed.NaturalPerson")] };
        var codes = CodesAndPaths(report);
        Assert.DoesNotContain(codes, c => c.StartsWith("R3", StringComparison.Ordinal));
        Assert.Contains("NA Applications.Outcomes.Disclosed.NaturalPerson", codes); // R1/R2 of the column
        Assert.Equal(2, codes.Count(c => c.StartsWith("NA", StringComparison.Ordinal))); // R2 and W1 (R1 does not read (一))
    }

    [Fact]
    public void Unread_cells_are_blank_cells_of_the_report_edition()
    {
        var holds = Balanced2021 with { UnreadCells = [Unread("ReviewAndLitigation.AdministrativeReview.Total")] };
        var u1 = Assert.Single(ValidateBoth(holds), f => f.English.ErrorCode == "U1");
        Assert.Equal(Severity.Error, u1.English.Severity);
        Assert.Equal("ReviewAndLitigation.AdministrativeReview.Total", u1.English.PropertyName);
        Assert.Equal("The cell ReviewAndLitigation.AdministrativeReview.Total (Administrative review · Total) is marked unread but holds the value 2.", u1.English.ErrorMessage);
        Assert.Equal("单元格“行政复议 · 总计”标为未能读取，却有数值2。", u1.Chinese.ErrorMessage);

        var other = Seed with { UnreadCells = [Unread("ProactiveDisclosure.Article20Item8.AdministrativeFees")] };
        var u2 = Assert.Single(ValidateBoth(other));
        Assert.Equal(("U2", "UnreadCells[0]"), (u2.English.ErrorCode, u2.English.PropertyName));
        Assert.Equal("The unread cell ProactiveDisclosure.Article20Item8.AdministrativeFees is not a cell of the 2019 format's tables.", u2.English.ErrorMessage);
        Assert.Equal("标为未能读取的单元格ProactiveDisclosure.Article20Item8.AdministrativeFees不是2019年版格式表格中的单元格。", u2.Chinese.ErrorMessage);
    }

    [Fact]
    public void A_table_left_entirely_blank_gets_a_warning_but_not_one_whose_cells_are_unread()
    {
        var blank = new ReviewAndLitigationTable { AdministrativeReview = default, LitigationWithoutReview = default, LitigationAfterReview = default };
        AssertFailures(
            Balanced2021 with { ReviewAndLitigation = blank },
            ("B1", Severity.Warning, "ReviewAndLitigation",
                "“四、政府信息公开行政复议、行政诉讼情况”表格全部为空：没有任何单元格有数值，也没有单元格标为未能读取。",
                "Administrative review and litigation (四、政府信息公开行政复议、行政诉讼情况) is entirely blank: no cell holds a value and none is marked unread."));

        var blankApplications = Seed with { Applications = ApplicationsTable.Create(FormatEdition.Edition2019, static _ => ApplicantCounts.Blank) };
        Assert.Equal(["B1 Applications"], CodesAndPaths(blankApplications));

        // A table of zeros is not blank; a table whose cells are unread is not assessable, not blank.
        Assert.Empty(CodesAndPaths(Seed));
        var unread = Balanced2021 with
        {
            ReviewAndLitigation = blank,
            UnreadCells = [.. CellCatalog.Edition2021.GetCells(StatutoryTable.ReviewAndLitigation).Select(c => Unread(c.PropertyPath, ImportDiagnosticCode.TableMissing))],
        };
        Assert.Equal(["NA ReviewAndLitigation.AdministrativeReview.Upheld"], CodesAndPaths(unread)); // R4 of the three blocks, on the first unread cell
    }

    [Fact]
    public void Series_rules_that_read_an_unread_cell_are_not_assessable()
    {
        var earlier = Balanced2021.WithMetadata(m => m with { ReportYear = 2021, StatisticsPeriod = new(new(2021, 1, 1), new(2021, 12, 31)) })
            .WithApplications(a => a with { CarriedForwardToNextYear = Balanced2021.Applications.CarriedOverFromLastYear with { NaturalPerson = null } })
            with { UnreadCells = [Unread("Applications.CarriedForwardToNextYear.NaturalPerson")] };
        var later = Balanced2021 with
        {
            ProactiveDisclosure = ((ProactiveDisclosure2021)Balanced2021.ProactiveDisclosure) with { Article20Item1 = new() { Rules = new(0, 0, null), NormativeDocuments = new(88, 55, 731) } },
            UnreadCells = [Unread("ProactiveDisclosure.Article20Item1.Rules.InForce", ImportDiagnosticCode.AmbiguousSplit)],
        };

        var series = new DisclosureReportSeriesValidator(English).Validate([earlier, later]).Errors;
        Assert.Equal(
            [
                ("NA", "[1].Applications.CarriedOverFromLastYear.NaturalPerson", "X1 (Carried forward in year N equals carried over in year N+1, in each column) is not assessable: 1 of its equations or checks read cells that could not be read (2021 Carried forward to next year: Natural persons); they are not reported as imbalances."),
                ("NA", "[1].ProactiveDisclosure.Article20Item1.Rules.InForce", "X4 (Documents in force continue from the previous year) is not assessable: 1 of its equations or checks read cells that could not be read (2022 Rules and administrative normative documents, Rules: In force); they are not reported as imbalances."),
                ("NA", "[1].ProactiveDisclosure.Article20Item1.Rules.InForce", "X7 (A count changes by a large factor from one year to the next) is not assessable: 1 of its equations or checks read cells that could not be read (2022 Rules and administrative normative documents, Rules: In force); they are not reported as imbalances."),
            ],
            series.Select(f => (f.ErrorCode, f.PropertyName, f.ErrorMessage)));
        Assert.All(series, f => Assert.Equal(Severity.Warning, f.Severity));
    }
}
