using DisclosureModel.Validation;
using FluentValidation.Results;
using static DisclosureModel.Tests.Validation.Reports;
using Severity = FluentValidation.Severity;

namespace DisclosureModel.Tests.Validation;

public class DisclosureReportSeriesValidatorTests
{
    private static DisclosureReport Year(DisclosureReport report, int year) => report.WithMetadata(m => m with
    {
        ReportYear = year,
        StatisticsPeriod = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)),
        PublishedAt = new LocalDateTime(year + 1, 2, 20, 15, 7),
    });

    private static List<(ValidationFailure Chinese, ValidationFailure English)> Validate(params DisclosureReport[] reports) =>
        [.. new DisclosureReportSeriesValidator(Chinese).Validate(reports).Errors.Zip(new DisclosureReportSeriesValidator(English).Validate(reports).Errors)];

    [Fact]
    public void X5_two_reports_of_one_year_are_a_finding()
    {
        // Issue 16, defect 15: the validator said nothing about a year given twice.
        var failures = Validate(Samples.Pingtan2022, Year(Samples.Pingtan2022, 2021), Samples.Pingtan2022);

        Assert.Equal(
            [
                ("X5", Severity.Warning, "[2].Metadata.ReportYear",
                    "同一系列中有两份2022年度报告（第0份和第2份，从0起数）；一个机关每年只发布一份年度报告。",
                    "The series holds two reports for 2022 (reports [0] and [2]); an agency publishes one annual report a year."),
            ],
            failures.Where(f => f.Chinese.ErrorCode == "X5").Select(f => (f.Chinese.ErrorCode, f.Chinese.Severity, f.Chinese.PropertyName, f.Chinese.ErrorMessage, f.English.ErrorMessage)));
    }

    [Fact]
    public void X6_reports_of_other_agencies_are_a_finding_once_per_name()
    {
        // Issue 16, defect 15: the validator compared reports of different agencies without a word.
        var other = Year(Samples.Pingtan2022, 2023).WithMetadata(m => m with { AgencyName = "另一机关" });
        var failures = Validate(Year(Samples.Pingtan2022, 2021), other, Year(other, 2024));

        Assert.Equal(
            [
                ("X6", Severity.Warning, "[1].Metadata.AgencyName",
                    "同一系列中的报告属于不同机关：“平潭综合实验区”与第1份（从0起数）的“另一机关”；跨年度比对只适用于同一机关的报告。",
                    "The series mixes agencies: “平潭综合实验区” and, from report [1], “另一机关”; the year-to-year rules compare one agency's reports."),
            ],
            failures.Where(f => f.Chinese.ErrorCode is "X5" or "X6").Select(f => (f.Chinese.ErrorCode, f.Chinese.Severity, f.Chinese.PropertyName, f.Chinese.ErrorMessage, f.English.ErrorMessage)));
        Assert.DoesNotContain(Validate(Year(Samples.Pingtan2022, 2021), Samples.Pingtan2022), f => f.Chinese.ErrorCode is "X5" or "X6");
    }

    [Fact]
    public void X1_carried_forward_must_be_carried_over_across_the_edition_boundary()
    {
        // Pingtan 2020 carries 0 forward; a 2021 report (2021 format) says 1 was carried over.
        var next = Year(Samples.Pingtan2022, 2021);

        var failures = Validate(next, CorpusReports.Pingtan2020);

        Assert.Equal(
            [
                ("X1", Severity.Warning, "[0].Applications.CarriedOverFromLastYear.NaturalPerson",
                    "2020年度“四、结转下年度继续办理”与2021年度“二、上年结转政府信息公开申请数量”在“自然人”列不一致：2020 四 = 0 ≠ 2021 二 = 1。",
                    "Column 自然人 (Natural persons): carried forward in 2020 must equal carried over in 2021: 2020 四 = 0 ≠ 2021 二 = 1."),
                ("X1", Severity.Warning, "[0].Applications.CarriedOverFromLastYear.Total",
                    "2020年度“四、结转下年度继续办理”与2021年度“二、上年结转政府信息公开申请数量”在“总计”列不一致：2020 四 = 0 ≠ 2021 二 = 1。",
                    "Column 总计 (Total): carried forward in 2020 must equal carried over in 2021: 2020 四 = 0 ≠ 2021 二 = 1."),
            ],
            failures.Select(f => (f.Chinese.ErrorCode, f.Chinese.Severity, f.Chinese.PropertyName, f.Chinese.ErrorMessage, f.English.ErrorMessage)));
    }

    [Fact]
    public void X1_passes_when_the_years_chain_skips_gaps_and_catches_a_single_cell_change()
    {
        static string[] X1(params DisclosureReport[] reports) =>
            [.. Validate(reports).Where(f => f.English.ErrorCode == "X1").Select(f => f.English.PropertyName)];
        var year2021 = Year(Samples.Pingtan2022, 2021).WithApplications(a => a with { CarriedForwardToNextYear = Row(1, 0, 1) });

        Assert.Empty(X1(year2021, Samples.Pingtan2022)); // 2021 carries 1 forward, 2022 carries 1 over
        Assert.Empty(X1(CorpusReports.Pingtan2020, Samples.Pingtan2022)); // 2020 and 2022 are not consecutive

        var changed = Samples.Pingtan2022.WithApplications(a => a with { CarriedOverFromLastYear = a.CarriedOverFromLastYear.With(ApplicantColumn.Total, 2) });
        Assert.Equal(["[1].Applications.CarriedOverFromLastYear.Total"], X1(year2021, changed));
    }

    /// <summary>A 2019 report of Pingtan with the cells the X3 note of docs/rules.md cites: 规章 0 and 规范性文件 89 published in all.</summary>
    private static DisclosureReport Pingtan2019(int feeChange) => Year(CorpusReports.Pingtan2020, 2019).WithProactive2019(p => p with
    {
        Article20Item1 = new() { Rules = new(0, 0, 0), NormativeDocuments = new(60, 60, 89) },
        Article20Item8 = new() { AdministrativeFees = new(50, feeChange) },
    }) with { UnreadCells = [] }; // a made-up 2019 report whose blank cells were printed blank

    [Fact]
    public void X3_cumulative_total_must_follow_from_the_previous_report()
    {
        // Real: 规范性文件 89 + 77 = 166 holds; 规章 goes from 0 to 7 with 0 newly published.
        var failures = Validate(Pingtan2019(-15), CorpusReports.Pingtan2020);

        Assert.Equal(
            [
                ("X3", Severity.Warning, "[1].ProactiveDisclosure.Article20Item1.Rules.TotalPublished",
                    "“规章”行：2020年度对外公开总数量与2019年度不衔接：2020 对外公开总数量 = 7 ≠ 2019 对外公开总数量 + 2020 本年新公开数量 = 0 + 0 = 0。",
                    "Row 规章 (Rules): documents published in all in 2020 do not follow from 2019: 2020 对外公开总数量 = 7 ≠ 2019 对外公开总数量 + 2020 本年新公开数量 = 0 + 0 = 0."),
            ],
            failures.Select(f => (f.Chinese.ErrorCode, f.Chinese.Severity, f.Chinese.PropertyName, f.Chinese.ErrorMessage, f.English.ErrorMessage)));
    }

    [Fact]
    public void X2_items_last_year_must_follow_from_the_previous_report()
    {
        // 2020 prints 35 fee items last year: 50 − 15 = 35 holds, 50 − 10 = 40 does not.
        Assert.DoesNotContain(Validate(Pingtan2019(-15), CorpusReports.Pingtan2020), f => f.English.ErrorCode == "X2");

        var failure = Assert.Single(Validate(Pingtan2019(-10), CorpusReports.Pingtan2020), f => f.English.ErrorCode == "X2");
        Assert.Equal(
            ("X2", Severity.Warning, "[1].ProactiveDisclosure.Article20Item8.AdministrativeFees.PreviousYearItems",
                "“行政事业性收费”行：2020年度上一年项目数量与2019年度不衔接：2020 上一年项目数量 = 35 ≠ 2019 上一年项目数量 + 2019 本年增/减 = 50 + -10 = 40。",
                "Row 行政事业性收费 (Administrative fees): items last year in 2020 do not follow from 2019: 2020 上一年项目数量 = 35 ≠ 2019 上一年项目数量 + 2019 本年增/减 = 50 + -10 = 40."),
            (failure.Chinese.ErrorCode, failure.Chinese.Severity, failure.Chinese.PropertyName, failure.Chinese.ErrorMessage, failure.English.ErrorMessage));
    }

    [Fact]
    public void X4_in_force_must_follow_from_the_previous_year()
    {
        // 2022: 698 in force, 88 issued, 55 repealed; so 2021 should have had 665.
        DisclosureReport Previous(int inForce) => Year(Samples.Pingtan2022, 2021) with
        {
            ProactiveDisclosure = ((ProactiveDisclosure2021)Samples.Pingtan2022.ProactiveDisclosure) with
            {
                Article20Item1 = new() { Rules = new(0, 0, 0), NormativeDocuments = new(70, 10, inForce) },
            },
        };
        var carried = Previous(0).Applications with { CarriedForwardToNextYear = Row(1, 0, 1) };

        Assert.Empty(Validate(Previous(665) with { Applications = carried }, Samples.Pingtan2022));

        var failures = Validate(Previous(660) with { Applications = carried }, Samples.Pingtan2022);
        Assert.Equal(
            [
                ("X4", Severity.Warning, "[1].ProactiveDisclosure.Article20Item1.NormativeDocuments.InForce",
                    "“行政规范性文件”行：2022年度现行有效件数与2021年度不衔接：2022 现行有效件数 = 698 ≠ 2021 现行有效件数 + 2022 本年制发件数 − 2022 本年废止件数 = 660 + 88 − 55 = 693。",
                    "Row 行政规范性文件 (Administrative normative documents): documents in force in 2022 do not follow from 2021: 2022 现行有效件数 = 698 ≠ 2021 现行有效件数 + 2022 本年制发件数 − 2022 本年废止件数 = 660 + 88 − 55 = 693."),
            ],
            failures.Select(f => (f.Chinese.ErrorCode, f.Chinese.Severity, f.Chinese.PropertyName, f.Chinese.ErrorMessage, f.English.ErrorMessage)));
    }

    [Fact]
    public void X4_is_skipped_for_2019_format_reports_and_blank_cells()
    {
        var blank = Samples.Pingtan2022 with
        {
            ProactiveDisclosure = ((ProactiveDisclosure2021)Samples.Pingtan2022.ProactiveDisclosure) with
            {
                Article20Item1 = new() { Rules = new(0, 0, 0), NormativeDocuments = new(88, null, 698) },
            },
        };
        var previous = Year(Samples.Pingtan2022, 2021).WithApplications(a => a with { CarriedForwardToNextYear = Row(1, 0, 1) });

        Assert.Empty(Validate(previous, blank));
        var mixed = Year(Seed, 2021).WithMetadata(m => m with { AgencyName = CorpusReports.Pingtan2020.Metadata.AgencyName }) with { ProactiveDisclosure = Samples.Pingtan2022.ProactiveDisclosure };
        Assert.Empty(Validate(CorpusReports.Pingtan2020, mixed));
    }
}
