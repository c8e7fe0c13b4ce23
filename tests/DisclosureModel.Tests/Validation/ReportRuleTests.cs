using DisclosureModel.Validation;
using static DisclosureModel.Tests.Validation.Reports;
using Severity = FluentValidation.Severity;

namespace DisclosureModel.Tests.Validation;

/// <summary>E1, E2, E3, P1, D1, D2, W1, W2, W3: a report breaking only the rule, and passing cases.</summary>
public class ReportRuleTests
{
    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }

    [Fact]
    public void E1_a_table_of_the_other_edition_is_an_error()
    {
        var report = Balanced2021 with { ProactiveDisclosure = Seed.ProactiveDisclosure };

        AssertFailures(
            report,
            ("E1", Severity.Error, "ProactiveDisclosure",
                "报告声明采用2021年版格式，但“二、主动公开政府信息情况”是2019年版格式的表格。",
                "The report declares the 2021 format, but Proactively disclosed information has the shape of the 2019 format."));
    }

    [Fact]
    public void E1_checks_section_三_too()
    {
        var report = Seed with { Applications = ApplicationsTable.Zero(FormatEdition.Edition2021) };

        Assert.Contains("E1 Applications.Outcomes", CodesAndPaths(report));
    }

    [Fact]
    public void E3_a_2021_report_with_a_one_row_other_handling_is_a_warning_not_E1()
    {
        var report = Balanced2021 with { Applications = ApplicationsTable.Zero(FormatEdition.Edition2019) };

        AssertFailures(
            report,
            ("E3", Severity.Warning, "Applications.Outcomes.OtherHandling",
                "报告声明采用2021年版格式，但第三部分按2019年版格式将“（六）其他处理”列为一行；按该行核对R1–R3。",
                "The report declares the 2021 format, but Section 三 prints （六）其他处理 as one row, as the 2019 format did; R1–R3 are checked on that row."));
    }

    [Fact]
    public void E2_an_edition_not_in_use_for_the_year_is_a_warning()
    {
        var report = Seed.WithMetadata(m => m with
        {
            ReportYear = 2021,
            StatisticsPeriod = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2021, 12, 31)),
            PublishedAt = new LocalDateTime(2022, 1, 19, 8, 50),
        });
        report = report with { Overview = report.Overview with { Introduction = "2021" + report.Overview.Introduction[4..] } }; // its 2020年 would be N3

        AssertFailures(
            report,
            ("E2", Severity.Warning, "Metadata.Edition",
                "2021年度报告应采用2021年版格式（国办公开办函〔2021〕30号），本报告采用2019年版格式（国办公开办函〔2019〕60号）。",
                "A report on 2021 should follow the 2021 format (国办公开办函〔2021〕30号); this one follows the 2019 format (国办公开办函〔2019〕60号)."));
    }

    [Fact]
    public void P1_a_period_short_of_the_year_is_an_error()
    {
        var report = Seed.WithMetadata(m => m with { StatisticsPeriod = new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 11, 30)) });

        AssertFailures(
            report,
            ("P1", Severity.Error, "Metadata.StatisticsPeriod",
                "数据统计期限2020-01-01至2020-11-30未覆盖2020年度（2020年1月1日至2020年12月31日）。",
                "The statistics period 2020-01-01 to 2020-11-30 does not cover the report year 2020 (1 January to 31 December 2020)."));
    }

    [Fact]
    public void D1_late_publication_is_a_warning_with_the_days_late()
    {
        var report = Seed.WithMetadata(m => m with { PublishedAt = new LocalDateTime(2021, 2, 3, 9, 0) });

        AssertFailures(
            report,
            ("D1", Severity.Warning, "Metadata.PublishedAt",
                "县级以上人民政府部门的年度报告应于2021-01-31前公布，实际于2021-02-03公布，逾期3天。",
                "The report of a government department was due by 2021-01-31 but was published on 2021-02-03, 3 days late."));
    }

    [Theory]
    [InlineData(AgencyKind.Department, "2021-01-31T23:59", false)]
    [InlineData(AgencyKind.Department, "2021-02-01T00:00", true)]
    [InlineData(AgencyKind.GovernmentOffice, "2021-02-01T08:00", true)]
    [InlineData(AgencyKind.Township, "2021-01-31T08:00", false)]
    [InlineData(AgencyKind.CountyAggregate, "2021-02-20T08:00", false)]
    [InlineData(AgencyKind.CountyAggregate, "2021-02-21T08:00", true)]
    [InlineData(AgencyKind.PrefectureAggregate, "2021-03-10T08:00", false)]
    [InlineData(AgencyKind.PrefectureAggregate, "2021-03-11T08:00", true)]
    [InlineData(AgencyKind.Government, "2021-03-31T18:00", false)]
    [InlineData(AgencyKind.Government, "2021-04-01T08:00", true)]
    [InlineData(AgencyKind.ProvincialAggregate, "2021-03-31T08:00", false)]
    [InlineData(AgencyKind.VerticalSystemAggregate, "2021-04-01T08:00", true)]
    [InlineData(AgencyKind.Unspecified, "2021-12-31T08:00", false)]
    public void D1_deadlines_follow_the_agency_kind_last_day_inclusive(AgencyKind kind, string published, bool late)
    {
        var at = NodaTime.Text.LocalDateTimePattern.GeneralIso.Parse(published + ":00").Value;
        var report = Seed.WithMetadata(m => m with { AgencyKind = kind, PublishedAt = at });

        Assert.Equal(late ? ["D1 Metadata.PublishedAt"] : [], CodesAndPaths(report));
    }

    [Fact]
    public void D2_with_a_clock_an_unpublished_report_past_its_deadline_is_a_warning()
    {
        var report = Seed.WithMetadata(m => m with { PublishedAt = null });
        var clock = new FixedClock(Instant.FromUtc(2021, 2, 9, 16, 30)); // 2021-02-10 00:30 in Asia/Shanghai

        var failure = Assert.Single(new DisclosureReportValidator(Chinese with { Clock = clock }).Validate(report).Errors);
        Assert.Equal(("D2", Severity.Warning, "Metadata.PublishedAt"), (failure.ErrorCode, failure.Severity, failure.PropertyName));
        Assert.Equal("县级以上人民政府部门的年度报告应于2021-01-31前公布，尚无公布日期，今天（2021-02-10）已逾期10天。", failure.ErrorMessage);
        Assert.Equal("The report of a government department was due by 2021-01-31; it has no publication date and today (2021-02-10) is 10 days past the deadline.", failure.GetViolation()!.EnglishMessage);

        Assert.Empty(CodesAndPaths(report)); // no clock, no check
        var early = new FixedClock(Instant.FromUtc(2021, 1, 31, 15, 59)); // 2021-01-31 23:59 in Asia/Shanghai
        Assert.Empty(new DisclosureReportValidator(Chinese with { Clock = early }).Validate(report).Errors);
    }

    [Fact]
    public void W1_a_high_other_handling_share_is_a_warning()
    {
        // Twenty natural persons moved from （一） to （六）3.其他: everything still adds up; 24 of 75 is 32 %.
        var report = Balanced2021.WithOutcomes2021(o => o with
        {
            Disclosed = Row(1, 0, 1),
            OtherHandling = o.OtherHandling with { Other = Row(20, 2, 22) },
        });

        AssertFailures(
            report,
            ("W1", Severity.Warning, "Applications.Outcomes.OtherHandling",
                "（六）其他处理共24件，占办理结果75件的32.0%，超过20%，请说明原因。",
                "24 of the 75 outcomes (32.0 %) were otherwise handled (六), more than 20 %; explain why."));
    }

    [Fact]
    public void W1_reads_the_2019_row_and_ignores_small_numbers()
    {
        Assert.DoesNotContain(CodesAndPaths(CorpusReports.Pingtan2020), c => c.StartsWith("W1", StringComparison.Ordinal)); // 4 of 27: 14.8 %

        var table = ApplicationsTable.Zero(FormatEdition.Edition2019);
        DisclosureReport With(int otherHandling) => Seed with
        {
            Overview = new OverviewSection(), // the seed's 未收到依申请公开信息 would raise W3
            Applications = table with
            {
                NewlyReceived = ApplicantCounts.FromApplicants(otherHandling),
                Outcomes = ((ApplicationOutcomes2019)table.Outcomes) with
                {
                    OtherHandling = ApplicantCounts.FromApplicants(otherHandling),
                    Total = ApplicantCounts.FromApplicants(otherHandling),
                },
            },
        };

        Assert.Empty(CodesAndPaths(With(2)));
        Assert.Equal(["W1 Applications.Outcomes.OtherHandling.Total"], CodesAndPaths(With(3)));
    }

    [Fact]
    public void W1_catches_a_single_cell_change()
    {
        var report = Balanced2021.WithOutcomes2021(o => o with { OtherHandling = o.OtherHandling with { CorrectionNotSubmitted = o.OtherHandling.CorrectionNotSubmitted.With(ApplicantColumn.Total, 30) } });

        Assert.Contains("W1 Applications.Outcomes.OtherHandling", CodesAndPaths(report));
    }

    [Fact]
    public void W2_a_long_2021_overview_is_info()
    {
        AssertFailures(
            Samples.Pingtan2022,
            ("W2", Severity.Info, "Overview",
                "一、总体情况共2025字，格式要求篇幅原则上不超过一千字。",
                "Section 一 has 2025 characters; the format asks for no more than 1000 as a rule."));
    }

    [Fact]
    public void W2_counts_characters_without_white_space_and_applies_to_2021_only()
    {
        var exactly1000 = new OverviewSection { Introduction = new string('字', 991) + " \n\u3000", Parts = [new("(一)", new string('字', 6))] };
        Assert.Equal(1000, DisclosureReportValidator.CountCharacters(exactly1000));
        Assert.Empty(CodesAndPaths(Balanced2021 with { Overview = exactly1000 }));

        var over = exactly1000 with { Introduction = exactly1000.Introduction + "字" };
        Assert.Equal(["W2 Overview"], CodesAndPaths(Balanced2021 with { Overview = over }));
        Assert.Empty(CodesAndPaths(Seed with { Overview = over }));
    }

    [Fact]
    public void W3_the_seed_wording_with_no_application_is_consistent()
    {
        Assert.Equal("2020年,区融媒体中心未收到依申请公开信息。", DisclosureReportValidator.FindNoApplicationsSentence(Seed.Overview.Parts[1].Text));
        Assert.Empty(CodesAndPaths(Seed));
    }

    [Fact]
    public void W3_the_seed_wording_with_a_non_zero_newly_received_warns()
    {
        // One application received and disclosed: the tables balance, the narrative does not.
        var report = Seed.WithApplications(a => a with
        {
            NewlyReceived = ApplicantCounts.FromApplicants(1),
            Outcomes = (ApplicationOutcomes2019)a.Outcomes with { Disclosed = ApplicantCounts.FromApplicants(1), Total = ApplicantCounts.FromApplicants(1) },
        });

        AssertFailures(
            report,
            ("W3", Severity.Warning, "Applications.NewlyReceived.Total",
                "总体情况称“2020年,区融媒体中心未收到依申请公开信息。”，但三、一、本年新收政府信息公开申请数量总计为1。",
                "Section 一 says “2020年,区融媒体中心未收到依申请公开信息。”, but Section 三 counts 1 newly received applications."));
    }

    [Fact]
    public void W3_does_not_warn_on_the_real_reports_that_state_numbers()
    {
        Assert.Empty(CodesAndPaths(Balanced2021)); // 全区收到政府信息公开申请75件 while 一 is 74 and 二 is 1
        Assert.DoesNotContain(CodesAndPaths(CorpusReports.Pingtan2020), c => c.StartsWith("W3", StringComparison.Ordinal)); // 共受理政府信息公开申请21件
    }

    [Theory]
    [InlineData("本年度未收到政府信息公开申请。", true)]
    [InlineData("2021年，本机关没有收到政府信息公开申请。", true)]
    [InlineData("全年共收到政府信息公开申请0件。", true)]
    [InlineData("本年度未接到依申请公开事项。", true)]
    [InlineData("本年度未收到涉及政府信息公开的行政复议申请。", false)]
    [InlineData("未发生因政府信息公开引起的行政诉讼。", false)]
    [InlineData("全区收到政府信息公开申请75件，均在法定期限内予以答复。", false)]
    [InlineData("全年共收到政府信息公开申请10件。", false)]
    [InlineData("对无法提供的依申请公开事项，均告知申请人。", false)]
    public void W3_recognises_only_reliable_wording(string text, bool found) =>
        Assert.Equal(found, DisclosureReportValidator.FindNoApplicationsSentence(text) is not null);
}
