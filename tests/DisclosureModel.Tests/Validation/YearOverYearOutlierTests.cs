using DisclosureModel.Validation;
using FluentValidation;
using static DisclosureModel.Tests.Validation.Reports;

namespace DisclosureModel.Tests.Validation;

/// <summary>
/// Rule "X7" of the series validator: a count that changes by more than <see cref="DisclosureValidatorOptions.OutlierFactor"/>
/// between consecutive years, the smaller value counted as at least <see cref="DisclosureValidatorOptions.OutlierFloor"/>.
/// </summary>
public class YearOverYearOutlierTests
{
    /// <summary>
    /// The 2022 sample as its own 2021 report, made to continue into 2022 (X1, X4 hold), with 行政许可 set to a value.
    /// </summary>
    private static DisclosureReport Earlier2021(int? licensing, int? later = null)
    {
        var sample = Samples.Pingtan2022;
        return sample.WithMetadata(m => m with
        {
            ReportYear = 2021,
            StatisticsPeriod = new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2021, 12, 31)),
            PublishedAt = new LocalDateTime(2022, 2, 20, 15, 7),
        }).WithApplications(a => a with { CarriedForwardToNextYear = sample.Applications.CarriedOverFromLastYear }) with
        {
            ProactiveDisclosure = ((ProactiveDisclosure2021)sample.ProactiveDisclosure) with
            {
                Article20Item1 = new() { Rules = new(0, 0, 0), NormativeDocuments = new(88, 55, 665) },
                Article20Item5 = new() { AdministrativeLicensing = licensing },
            },
        };
    }

    private static DisclosureReport Later2022(int? licensing) =>
        Samples.Pingtan2022 with { ProactiveDisclosure = ((ProactiveDisclosure2021)Samples.Pingtan2022.ProactiveDisclosure) with { Article20Item5 = new() { AdministrativeLicensing = licensing } } };

    private static List<FluentValidation.Results.ValidationFailure> Series(DisclosureValidatorOptions options, params DisclosureReport[] reports) =>
        new DisclosureReportSeriesValidator(options).Validate(reports).Errors;

    [Fact]
    public void The_continuing_sample_pair_has_no_finding()
    {
        Assert.Empty(Series(English, Earlier2021(10690), Samples.Pingtan2022));
    }

    [Fact]
    public void X7_a_count_that_jumps_is_information_with_both_values()
    {
        var failure = Assert.Single(Series(English, Earlier2021(500), Samples.Pingtan2022));
        var chinese = Assert.Single(Series(Chinese, Earlier2021(500), Samples.Pingtan2022));

        Assert.Equal(("X7", Severity.Info, "[1].ProactiveDisclosure.Article20Item5.AdministrativeLicensing"), (failure.ErrorCode, failure.Severity, failure.PropertyName));
        Assert.Equal("Proactively disclosed information, Administrative licensing, Administrative licensing · Decisions this year: 500 in 2021, 10690 in 2022, a change by a factor of 21.4 (more than 10); worth a look.", failure.ErrorMessage);
        Assert.Equal("第二十条第（五）项 “行政许可” · 本年处理决定数量：2021年度为500，2022年度为10690，变化21.4倍，超过10倍，请核实。", chinese.ErrorMessage);
        var violation = failure.GetViolation()!;
        Assert.Equal(("2021 = 500 → 2022 = 10690: 10690 ÷ 500 = 21.4 > 10", 500L, 10690L), (violation.Equation, violation.Left, violation.Right));
        Assert.Equal(("行政许可", "本年处理决定数量"), (violation.RowLabel, violation.ColumnLabel));
        Assert.Equal(10690L, failure.AttemptedValue);
    }

    [Theory]
    [InlineData(6, 102, "17")]
    [InlineData(102, 6, "17")]
    [InlineData(0, 60, "12")]
    [InlineData(10, 101, "10.1")]
    [InlineData(0, 3, null)]   // small numbers: the smaller counts as 5
    [InlineData(1, 12, null)]
    [InlineData(0, 45, null)]
    [InlineData(10, 100, null)] // exactly the factor is not more than it
    [InlineData(20, 150, null)]
    [InlineData(null, 150, null)] // blank is not 0: not compared
    public void X7_the_factor_counts_the_smaller_value_as_at_least_the_floor(int? earlier, int? later, string? factor)
    {
        var failures = Series(English, Earlier2021(earlier), Later2022(later)).Where(f => f.ErrorCode == "X7").ToList();

        Assert.Equal(factor is null ? [] : [factor], failures.Select(f => f.GetViolation()!.EnglishMessage.Split("factor of ")[1].Split(' ')[0]));
    }

    [Fact]
    public void X7_factor_and_floor_are_options_checked_on_init()
    {
        var options = English with { OutlierFactor = 25 };
        Assert.Empty(Series(options, Earlier2021(500), Samples.Pingtan2022));
        Assert.Single(Series(English with { OutlierFloor = 1 }, Earlier2021(1), Later2022(12)));
        Assert.Equal((10m, 5), (DisclosureValidatorOptions.Default.OutlierFactor, DisclosureValidatorOptions.Default.OutlierFloor));

        Assert.Throws<ArgumentOutOfRangeException>("OutlierFactor", () => English with { OutlierFactor = 1 });
        Assert.Throws<ArgumentOutOfRangeException>("OutlierFloor", () => English with { OutlierFloor = 0 });
    }

    [Fact]
    public void X7_is_information_and_left_out_unless_information_is_reported()
    {
        Assert.Empty(Series(English with { MinimumSeverity = Severity.Warning }, Earlier2021(500), Samples.Pingtan2022));
        Assert.Empty(new DisclosureReportSeriesValidator(English).Validate([Earlier2021(500), Samples.Pingtan2022], o => o.IncludeRuleSets(DisclosureRuleSets.Balancing)).Errors);
    }

    [Fact]
    public void The_cells_compared_come_from_the_catalogue_counts_of_section_two_and_the_total_columns()
    {
        int Pairs(DisclosureReport earlier, DisclosureReport later) => DisclosureReportSeriesValidator.OutlierPairs(earlier, later).Count();

        // 2021 → 2021: 9 Section 二 counts (not the amount), 25 Section 三 总计, 3 Section 四 总计.
        Assert.Equal(9 + 25 + 3, Pairs(Earlier2021(1), Samples.Pingtan2022));

        // 2019 → 2019: 16 Section 二 counts (no 本年增/减, no amount), 23 + 3 totals.
        Assert.Equal(16 + 23 + 3, Pairs(Samples.Yeji2020, Samples.Yeji2020));

        // 2019 → 2021: Section 二 differs; the Section 三 rows both editions have (all but （六）), and Section 四.
        Assert.Equal(22 + 3, Pairs(CorpusReports.Pingtan2020, Samples.Pingtan2022));
        Assert.All(DisclosureReportSeriesValidator.OutlierPairs(CorpusReports.Pingtan2020, Samples.Pingtan2022), p => Assert.Equal(p.Earlier.Key, p.Later.Key));
    }
}
