using DisclosureModel.Analysis;
using DisclosureModel.Import;
using DisclosureModel.Validation;
using FluentValidation;
using static DisclosureModel.Tests.Validation.Reports;

namespace DisclosureModel.Tests.Validation;

/// <summary>
/// The roll-up check (A1–A3 and NA): aggregates built mechanically from the samples and the corpus with
/// <see cref="ReportAggregator"/>, then one cell changed, a member dropped or a cell marked unread.
/// </summary>
public class RollupCheckTests
{
    private static readonly DisclosureReport Ganzhou = Named(Samples.Pingtan2022, "甲局");
    private static readonly DisclosureReport Fuzhou = Named(Samples.Pingtan2022, "乙局");

    private static DisclosureReport Named(DisclosureReport report, string agency) => report.WithMetadata(m => m with { AgencyName = agency });

    private static DisclosureReport Aggregate(params DisclosureReport[] members) => ReportAggregator.Sum(members, "某县", AgencyKind.CountyAggregate).Report;

    private static IReadOnlyList<RuleViolation> Check(DisclosureReport aggregate, params RollupMember[] members) =>
        RollupCheck.Check(aggregate, members, Everything);

    /// <summary>Sets one cell of a report by its path (blank with null), through the report's catalogue.</summary>
    private static DisclosureReport WithCell(DisclosureReport report, string path, decimal? value)
    {
        var catalog = CellCatalog.For(report);
        var values = catalog.Read(report);
        values[catalog.Find(path)!.Index] = new(value);
        return catalog.Build(report, values);
    }

    private static decimal ValueOf(DisclosureReport report, string path) => CellCatalog.For(report).Find(path)!.GetValue(report).Number ?? 0m;

    private static UnreadCell Unread(string path) => new() { PropertyPath = path, Code = ImportDiagnosticCode.AmbiguousSplit, Message = "m", ChineseMessage = "m" };

    private static string[] CodesAndPaths(IEnumerable<RuleViolation> findings) => [.. findings.Select(f => $"{f.Code} {f.PropertyPath}")];

    [Fact]
    public void The_sum_of_its_members_has_no_finding()
    {
        Assert.Empty(Check(Aggregate(Ganzhou, Fuzhou), RollupMember.Of(Ganzhou), RollupMember.Of(Fuzhou)));
        Assert.Empty(Check(Aggregate(Samples.Yeji2020, Named(Samples.Yeji2020, "乙")), RollupMember.Of(Samples.Yeji2020), RollupMember.Of(Named(Samples.Yeji2020, "乙"))));
    }

    [Fact]
    public void A1_one_changed_cell_of_the_aggregate_is_one_error_with_both_values_and_the_contributing_members()
    {
        const string path = "Applications.NewlyReceived.NaturalPerson";
        var members = ValueOf(Ganzhou, path);
        var aggregate = WithCell(Aggregate(Ganzhou, Fuzhou), path, (2 * members) + 1);

        var finding = Assert.Single(Check(aggregate, RollupMember.Of(Ganzhou), RollupMember.Of(Fuzhou)));

        var (sum, printed) = ((long)(2 * members), (long)(2 * members) + 1);
        var equation = $"{printed} ≠ 甲局 {members} + 乙局 {members} = {sum}";
        Assert.Equal("A1", finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(path, finding.PropertyPath);
        Assert.Equal(("一、本年新收政府信息公开申请数量", "自然人"), (finding.RowLabel, finding.ColumnLabel));
        Assert.Equal((printed, sum), (finding.Left, finding.Right));
        Assert.Equal(equation, finding.Equation);
        Assert.Equal($"汇总报告“一、本年新收政府信息公开申请数量 · 自然人”为{printed}，各成员报告之和为{sum}（{equation}）；未提供报告的成员：无。", finding.ChineseMessage);
        Assert.Equal(
            $"The aggregate's cell {path} (Newly received this year · Natural persons) is {printed}, but its members' reports sum to {sum} ({equation}); members whose report is missing: none.",
            finding.EnglishMessage);
    }

    [Fact]
    public void A1_is_an_error_reported_with_the_default_options_and_the_others_need_a_lower_minimum_severity()
    {
        var aggregate = WithCell(Aggregate(Ganzhou, Fuzhou), "ReviewAndLitigation.AdministrativeReview.Upheld", 5);
        var members = new[] { RollupMember.Of(Ganzhou), RollupMember.Of(Fuzhou), RollupMember.Missing("丙局") };

        Assert.Equal(["A1 ReviewAndLitigation.AdministrativeReview.Upheld"], CodesAndPaths(RollupCheck.Check(aggregate, members)));
        Assert.Equal(["A3 Members[2]", "A1 ReviewAndLitigation.AdministrativeReview.Upheld"], CodesAndPaths(RollupCheck.Check(aggregate, members, Everything)));
    }

    [Fact]
    public void A3_a_missing_member_whose_share_is_zero_is_information_only()
    {
        var findings = Check(Aggregate(Ganzhou, Fuzhou), RollupMember.Of(Ganzhou), RollupMember.Of(Fuzhou), RollupMember.Missing("丙局"));

        var finding = Assert.Single(findings);
        Assert.Equal(("A3", Severity.Info, "Members[2]"), (finding.Code, finding.Severity, finding.PropertyPath));
        Assert.Equal("未提供成员“丙局”的报告；汇总与其余成员之和的差额可能来自该成员。", finding.ChineseMessage);
        Assert.Equal("The report of the member “丙局” is missing; a difference between the aggregate and the other members' sum may be its share.", finding.EnglishMessage);
    }

    [Fact]
    public void A1_a_dropped_member_shows_as_every_cell_it_contributed_to_naming_it_as_missing()
    {
        var aggregate = Aggregate(Ganzhou, Fuzhou);
        var findings = Check(aggregate, RollupMember.Of(Ganzhou), RollupMember.Missing("乙局"));

        // Expected mechanically: every cell where 乙局 holds a non-zero number, in catalogue order.
        var catalog = CellCatalog.For(Fuzhou);
        var contributed = catalog.Cells.Where(c => c.GetValue(Fuzhou).Number is { } n && n != 0m).ToList();
        Assert.NotEmpty(contributed);
        Assert.Equal(["A3 Members[1]", .. contributed.Select(c => "A1 " + c.PropertyPath)], CodesAndPaths(findings));
        Assert.All(findings.Skip(1), f =>
        {
            Assert.EndsWith("；未提供报告的成员：乙局。", f.ChineseMessage, StringComparison.Ordinal);
            Assert.EndsWith("; members whose report is missing: 乙局.", f.EnglishMessage, StringComparison.Ordinal);
            Assert.DoesNotContain("乙局 ", f.Equation, StringComparison.Ordinal);
        });
        var newlyReceived = findings.Single(f => f.PropertyPath == "Applications.NewlyReceived.Total");
        var one = (long)ValueOf(Ganzhou, "Applications.NewlyReceived.Total");
        Assert.Equal((2 * one, one), (newlyReceived.Left, newlyReceived.Right));
        Assert.Equal($"{2 * one} ≠ 甲局 {one} = {one}", newlyReceived.Equation);
    }

    [Fact]
    public void A2_a_member_of_another_year_stops_the_comparison()
    {
        var lastYear = Ganzhou.WithMetadata(m => m with { ReportYear = 2021, StatisticsPeriod = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2021, 12, 31)) });
        var findings = Check(Aggregate(Ganzhou, Fuzhou), RollupMember.Of(lastYear), RollupMember.Of(Fuzhou));

        var finding = Assert.Single(findings);
        Assert.Equal(("A2", Severity.Error, "Members[0].Metadata.ReportYear"), (finding.Code, finding.Severity, finding.PropertyPath));
        Assert.Equal("成员“甲局”是2021年度2021年版格式的报告，汇总报告是2022年度2021年版格式的报告；未逐格核对汇总。", finding.ChineseMessage);
        Assert.Equal("The member “甲局” is a report on 2021 in the 2021 format, the aggregate one on 2022 in the 2021 format; the roll-up was not checked cell by cell.", finding.EnglishMessage);
    }

    [Fact]
    public void A2_a_member_of_another_edition_or_with_tables_of_another_edition()
    {
        var aggregate = Aggregate(Ganzhou, Fuzhou);
        var edition2019 = Named(Samples.Yeji2020, "乙局").WithMetadata(m => m with { ReportYear = 2022, StatisticsPeriod = Ganzhou.Metadata.StatisticsPeriod });
        var mixed = Fuzhou with { ProactiveDisclosure = Samples.Yeji2020.ProactiveDisclosure };

        Assert.Equal(["A2 Members[1].Metadata.Edition"], CodesAndPaths(Check(aggregate, RollupMember.Of(Ganzhou), RollupMember.Of(edition2019))));
        Assert.Equal(["A2 Members[1].Metadata.Edition"], CodesAndPaths(Check(aggregate, RollupMember.Of(Ganzhou), RollupMember.Of(mixed))));
    }

    [Fact]
    public void A_cell_unread_in_the_aggregate_or_in_a_member_is_not_assessable_never_a_mismatch()
    {
        const string path = "Applications.Outcomes.Disclosed.NaturalPerson";
        var aggregate = Aggregate(Ganzhou, Fuzhou);
        var unreadInAggregate = WithCell(aggregate, path, null) with { UnreadCells = [Unread(path)] };
        var unreadInMember = WithCell(Fuzhou, path, null) with { UnreadCells = [Unread(path)] };

        var finding = Assert.Single(Check(unreadInAggregate, RollupMember.Of(Ganzhou), RollupMember.Of(Fuzhou)));
        Assert.Equal(("NA", Severity.Warning, path), (finding.Code, finding.Severity, finding.PropertyPath));
        Assert.Equal("A1（汇总报告各单元格等于各成员报告之和）无法判断：有1处涉及未能读取的单元格（“（一）予以公开”行：自然人），不作为不平衡报告。", finding.ChineseMessage);
        Assert.Equal(["NA " + path], CodesAndPaths(Check(aggregate, RollupMember.Of(Ganzhou), RollupMember.Of(unreadInMember))));
    }

    [Fact]
    public void The_real_2019_reports_roll_up_with_pingtans_unread_cells_not_assessable()
    {
        // Pingtan 2020 as imported has unread cells: the roll-up lists them unread too, and they are NA, not A1.
        var pingtan = CorpusReports.Pingtan2020;
        Assert.NotEmpty(pingtan.UnreadCells);
        var aggregate = Aggregate(Samples.Yeji2020, pingtan);
        var findings = Check(aggregate, RollupMember.Of(Samples.Yeji2020), RollupMember.Of(pingtan));

        var first = pingtan.UnreadCells.Select(u => CellCatalog.Edition2019.Find(u.PropertyPath)!).MinBy(c => c.Index)!.PropertyPath;
        var finding = Assert.Single(findings);
        Assert.Equal(("NA", first), (finding.Code, finding.PropertyPath));
        Assert.Contains($"有{pingtan.UnreadCells.Count}处", finding.ChineseMessage, StringComparison.Ordinal);

        // With the aggregate's cells read, those cells are still not assessable: the member's are unread.
        var completed = aggregate with { UnreadCells = [] };
        Assert.Equal(["NA " + first], CodesAndPaths(Check(completed, RollupMember.Of(Samples.Yeji2020), RollupMember.Of(pingtan))));
    }

    [Fact]
    public void Blank_counts_as_zero_on_both_sides()
    {
        const string path = "ReviewAndLitigation.LitigationAfterReview.Upheld";
        var blankMembers = (WithCell(Ganzhou, path, null), WithCell(Fuzhou, path, null));
        var aggregate = Aggregate(blankMembers.Item1, blankMembers.Item2);
        Assert.True(CellCatalog.For(aggregate).Find(path)!.GetValue(aggregate).IsBlank);

        Assert.Empty(Check(WithCell(aggregate, path, 0), RollupMember.Of(blankMembers.Item1), RollupMember.Of(blankMembers.Item2)));
        Assert.Empty(Check(aggregate, RollupMember.Of(WithCell(Ganzhou, path, 0)), RollupMember.Of(blankMembers.Item2)));
        var finding = Assert.Single(Check(WithCell(aggregate, path, 3), RollupMember.Of(blankMembers.Item1), RollupMember.Of(blankMembers.Item2)));
        Assert.Equal(("A1", 3L, 0L, "3 ≠ 0"), (finding.Code, finding.Left, finding.Right, finding.Equation));
    }

    [Fact]
    public void A_hybrid_member_is_compared_on_the_one_other_handling_row()
    {
        var hybrid = EditionHybridTests.ToHybrid(Fuzhou);
        Assert.True(CellCatalog.For(hybrid).IsHybrid);
        var aggregate = Aggregate(Ganzhou, Fuzhou);

        Assert.Empty(Check(aggregate, RollupMember.Of(Ganzhou), RollupMember.Of(hybrid)));
        Assert.Empty(Check(EditionHybridTests.ToHybrid(aggregate), RollupMember.Of(Ganzhou), RollupMember.Of(Fuzhou)));

        // One more application under 3.其他 in the 2021-shaped aggregate: a mismatch of the one （六） row.
        const string other = "Applications.Outcomes.OtherHandling.Other.NaturalPerson";
        var changed = WithCell(aggregate, other, ValueOf(aggregate, other) + 1);
        var finding = Assert.Single(Check(changed, RollupMember.Of(Ganzhou), RollupMember.Of(hybrid)));
        Assert.Equal(("A1", "Applications.Outcomes.OtherHandling.NaturalPerson", "（六）其他处理"), (finding.Code, finding.PropertyPath, finding.RowLabel));
        Assert.Equal(finding.Right + 1, finding.Left);

        // The same aggregate against members of its own shape names the 2021 row.
        Assert.Equal(["A1 " + other], CodesAndPaths(Check(changed, RollupMember.Of(Ganzhou), RollupMember.Of(Fuzhou))));
    }

    [Fact]
    public void Procurement_amounts_are_compared_in_a_common_unit_or_not_at_all()
    {
        static DisclosureReport WithAmount(DisclosureReport report, MoneyAmount? amount) => report.WithProactive2019(p => p with
        {
            Article20Item9 = p.Article20Item9 with { CentralizedProcurement = p.Article20Item9.CentralizedProcurement with { TotalAmount = amount } },
        });

        var a = WithAmount(Samples.Yeji2020, new(1.5m, MoneyUnit.TenThousandYuan));
        var b = WithAmount(Named(Samples.Yeji2020, "乙"), new(5000m, MoneyUnit.Yuan));
        var members = new[] { RollupMember.Of(a), RollupMember.Of(b) };
        const string path = "ProactiveDisclosure.Article20Item9.CentralizedProcurement.TotalAmount";

        Assert.Empty(Check(WithAmount(Samples.Yeji2020, new(20000m, MoneyUnit.Yuan)), members));
        Assert.Empty(Check(WithAmount(Samples.Yeji2020, new(2m, MoneyUnit.TenThousandYuan)), members));
        var finding = Assert.Single(Check(WithAmount(Samples.Yeji2020, new(3m, MoneyUnit.TenThousandYuan)), members));
        Assert.Equal(("A1", path, null, null), (finding.Code, finding.PropertyPath, finding.Left, finding.Right));
        Assert.Equal("30000元 ≠ 六安市叶集区融媒体中心 1.5万元 + 乙 5000元 = 20000元", finding.Equation);

        // An amount with no unit beside amounts with one cannot be compared: no finding rather than a wrong one.
        Assert.Empty(Check(WithAmount(Samples.Yeji2020, new(7m, null)), members));
    }

    [Fact]
    public void Bad_arguments_are_typed_errors()
    {
        Assert.Throws<ArgumentException>(() => RollupCheck.Check(Ganzhou, []));
        Assert.Throws<ArgumentException>(() => RollupCheck.Check(Ganzhou with { ProactiveDisclosure = Samples.Yeji2020.ProactiveDisclosure }, [RollupMember.Of(Fuzhou)]));
        Assert.Throws<ArgumentNullException>(() => RollupCheck.Check(Ganzhou, [null!]));
        Assert.Throws<ArgumentException>(() => RollupMember.Missing(" "));
        Assert.Equal(RollupMember.Of(Ganzhou), new RollupMember("甲局", Ganzhou));
    }
}
