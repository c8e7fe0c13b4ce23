using System.Globalization;
using System.Text;
using DisclosureModel.Validation;
using FluentValidation;
using Snapshooter;
using Snapshooter.Xunit;
using static DisclosureModel.Tests.Validation.Reports;
using Severity = FluentValidation.Severity;

namespace DisclosureModel.Tests.Validation;

public class DisclosureReportValidatorTests
{
    [Fact]
    public void The_seed_validates_with_no_failure_at_all() =>
        Assert.Empty(new DisclosureReportValidator().Validate(Samples.Yeji2020).Errors);

    [Fact]
    public void The_2022_sample_has_no_error_and_no_warning()
    {
        // Published 2023-02-20 as a government's own report: on time (31 March). Only W2 (Info): Section 一 is long.
        var result = new DisclosureReportValidator(Everything).Validate(Samples.Pingtan2022);

        Assert.False(result.IsValid);
        Assert.Equal(["W2 Info"], result.Errors.Select(f => $"{f.ErrorCode} {f.Severity}"));
    }

    [Fact]
    public void The_2022_sample_is_valid_by_default_as_FluentValidation_means_it()
    {
        var validator = new DisclosureReportValidator();

        Assert.True(validator.Validate(Samples.Pingtan2022).IsValid);
        validator.ValidateAndThrow(Samples.Pingtan2022);
    }

    [Fact]
    public void The_real_unbalanced_Pingtan_2020_report_fails_exactly_R2_in_two_columns()
    {
        // R6 and C3 read the Section 二 runs the importer could not split (unread): not assessable, not skipped as blank.
        AssertFailures(
            CorpusReports.Pingtan2020,
            ("NA", Severity.Warning, "ProactiveDisclosure.Article20Item5.AdministrativeLicensing.PreviousYearItems",
                "R6（上一年项目数量加本年增/减不应为负数）无法判断：有4处涉及未能读取的单元格（第二十条第（五）项“行政许可”行：上一年项目数量、本年增/减；第二十条第（五）项“其他对外管理服务事项”行：上一年项目数量、本年增/减；第二十条第（六）项“行政处罚”行：上一年项目数量、本年增/减；第二十条第（六）项“行政强制”行：上一年项目数量、本年增/减），不作为不平衡报告。",
                "R6 (Items last year plus the change this year is not negative) is not assessable: 4 of its equations or checks read cells that could not be read (Licensing and other external services, Administrative licensing: Items last year, Change this year; Licensing and other external services, Other external management and services: Items last year, Change this year; Penalties and coercion, Administrative penalty: Items last year, Change this year; Penalties and coercion, Administrative coercion: Items last year, Change this year); they are not reported as imbalances."),
            ("NA", Severity.Warning, "ProactiveDisclosure.Article20Item5.AdministrativeLicensing.PreviousYearItems",
                "C3（第二部分各行应填报数字）无法判断：有4处涉及未能读取的单元格（第二十条第（五）项“行政许可”行：全部3列；第二十条第（五）项“其他对外管理服务事项”行：全部3列；第二十条第（六）项“行政处罚”行：全部3列；第二十条第（六）项“行政强制”行：全部3列），不作为不平衡报告。",
                "C3 (Each row of Section 二 holds its numbers) is not assessable: 4 of its equations or checks read cells that could not be read (Licensing and other external services, Administrative licensing: all 3 columns; Licensing and other external services, Other external management and services: all 3 columns; Penalties and coercion, Administrative penalty: all 3 columns; Penalties and coercion, Administrative coercion: all 3 columns); they are not reported as imbalances."),
            ("R2", Severity.Error, "Applications.Outcomes.Total.NaturalPerson",
                "三、本年度办理结果“自然人”列的（七）总计与（一）至（六）之和不符：(七) = 20 ≠ (一) + (二) + (三) + (四) + (五) + (六) = 6 + 6 + 0 + 7 + 3 + 4 = 26。",
                "Section 三, column 自然人 (Natural persons): the outcome total (七) must equal the sum of the outcomes (一)–(六): (七) = 20 ≠ (一) + (二) + (三) + (四) + (五) + (六) = 6 + 6 + 0 + 7 + 3 + 4 = 26."),
            ("R2", Severity.Error, "Applications.Outcomes.Total.Total",
                "三、本年度办理结果“总计”列的（七）总计与（一）至（六）之和不符：(七) = 21 ≠ (一) + (二) + (三) + (四) + (五) + (六) = 7 + 6 + 0 + 7 + 3 + 4 = 27。",
                "Section 三, column 总计 (Total): the outcome total (七) must equal the sum of the outcomes (一)–(六): (七) = 21 ≠ (一) + (二) + (三) + (四) + (五) + (六) = 7 + 6 + 0 + 7 + 3 + 4 = 27."));
    }

    [Fact]
    public void A_failure_carries_a_typed_violation()
    {
        var failure = new DisclosureReportValidator(English).Validate(CorpusReports.Pingtan2020).Errors.First(f => f.ErrorCode == "R2");

        Assert.Equal(20L, failure.AttemptedValue);
        Assert.Equal(
            new RuleViolation
            {
                Code = "R2",
                Severity = Severity.Error,
                PropertyPath = "Applications.Outcomes.Total.NaturalPerson",
                RowLabel = "（七）总计",
                ColumnLabel = "自然人",
                Equation = "(七) = 20 ≠ (一) + (二) + (三) + (四) + (五) + (六) = 6 + 6 + 0 + 7 + 3 + 4 = 26",
                Left = 20,
                Right = 26,
                ChineseMessage = "三、本年度办理结果“自然人”列的（七）总计与（一）至（六）之和不符：(七) = 20 ≠ (一) + (二) + (三) + (四) + (五) + (六) = 6 + 6 + 0 + 7 + 3 + 4 = 26。",
                EnglishMessage = "Section 三, column 自然人 (Natural persons): the outcome total (七) must equal the sum of the outcomes (一)–(六): (七) = 20 ≠ (一) + (二) + (三) + (四) + (五) + (六) = 6 + 6 + 0 + 7 + 3 + 4 = 26.",

                // R1 holds with (七) = 20, so the outcomes are six too many in 自然人 and 总计: the two rows whose one
                // cell holds 6 each give a smallest correction (two cells, 12 in all).
                Corrections =
                [
                    new Correction { Changes = [Change("Disclosed", "（一）予以公开", "自然人", 6, 0), Change("Disclosed", "（一）予以公开", "总计", 7, 1)] },
                    new Correction { Changes = [Change("PartiallyDisclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "自然人", 6, 0), Change("PartiallyDisclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "总计", 6, 0)] },
                ],
            },
            failure.GetViolation());

        static CellChange Change(string row, string rowLabel, string column, long from, long to) => new()
        {
            PropertyPath = $"Applications.Outcomes.{row}.{(column == "总计" ? "Total" : "NaturalPerson")}",
            RowLabel = rowLabel,
            ColumnLabel = column,
            From = from,
            To = to,
        };
    }

    [Fact]
    public void Usable_as_an_IValidator_and_nested_under_a_parent_path()
    {
        IValidator<DisclosureReport> validator = new DisclosureReportValidator(English);
        var parent = new InlineValidator<ReportEnvelope>();
        parent.RuleFor(e => e.Report).SetValidator(validator);

        var failure = Assert.Single(parent.Validate(new ReportEnvelope(CorpusReports.Pingtan2020)).Errors, f => f.PropertyName.EndsWith(".NaturalPerson", StringComparison.Ordinal));
        Assert.Equal("Report.Applications.Outcomes.Total.NaturalPerson", failure.PropertyName);
        Assert.Equal("Report.Applications.Outcomes.Total.NaturalPerson", failure.GetViolation()!.PropertyPath);
    }

    [Fact]
    public void A_valid_report_validates_with_almost_no_allocation()
    {
        var validator = new DisclosureReportValidator();
        var report = Samples.Yeji2020;
        validator.Validate(report);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            validator.Validate(report);
        }

        var perValidation = (GC.GetAllocatedBytesForCurrentThread() - before) / 100;

        // FluentValidation's own context and result are about 600 bytes; the rules add nothing.
        Assert.True(perValidation <= 1024, $"{perValidation} bytes per validation");
    }

    [Fact]
    public void Several_violations_in_Chinese() => Snapshot.Match(Describe(SeveralViolations(), Chinese), new SnapshotNameExtension("zh"));

    [Fact]
    public void Several_violations_in_English() => Snapshot.Match(Describe(SeveralViolations(), English), new SnapshotNameExtension("en"));

    /// <summary>Pingtan 2020 (two R2 errors), published as a department's report (D1), with a wrong review total (R4) and an R7 slip.</summary>
    internal static DisclosureReport SeveralViolations() => CorpusReports.Pingtan2020
        .WithMetadata(m => m with { AgencyKind = AgencyKind.Department })
        .WithProactive2019(p => p with { Article20Item1 = p.Article20Item1 with { Rules = new(0, 8, 7) } }) with
    {
        ReviewAndLitigation = ReviewAndLitigationTable.Zero with { AdministrativeReview = new(1, 0, 0, 1, 1) },
    };

    /// <summary>The canonical text of the validation, in the language the validator reports in.</summary>
    internal static string Describe(DisclosureReport report, DisclosureValidatorOptions options) =>
        CanonicalText.Format(new DisclosureReportValidator(options).Validate(report), options.Language);

    public sealed record ReportEnvelope(DisclosureReport Report);
}

[Collection(nameof(ProcessWideState))]
public class ValidationLanguageTests
{
    [Theory]
    [InlineData("zh-CN", "三、本年度办理结果“自然人”列")]
    [InlineData("zh-Hans", "三、本年度办理结果“自然人”列")]
    [InlineData("en-GB", "Section 三, column 自然人 (Natural persons)")]
    [InlineData("fr-FR", "Section 三, column 自然人 (Natural persons)")]
    public void The_default_language_follows_the_current_UI_culture(string culture, string start)
    {
        var validator = new DisclosureReportValidator(); // built once, the culture is read at each validation
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.StartsWith(start, validator.Validate(CorpusReports.Pingtan2020).Errors.First(f => f.ErrorCode == "R2").ErrorMessage, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void An_explicit_language_wins_over_the_culture()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en-US");
            var failure = new DisclosureReportValidator(Chinese).Validate(CorpusReports.Pingtan2020).Errors.First(f => f.ErrorCode == "R2");
            Assert.StartsWith("三、本年度办理结果", failure.ErrorMessage, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Theory]
    [InlineData("zh-CN", "en-US", "三、本年度办理结果“自然人”列")]
    [InlineData("en-GB", "zh-CN", "Section 三, column 自然人 (Natural persons)")]
    [InlineData(null, "zh-CN", "三、本年度办理结果“自然人”列")]
    public void FluentValidations_language_manager_culture_comes_before_the_UI_culture(string? managerCulture, string uiCulture, string start)
    {
        var validator = new DisclosureReportValidator();
        var savedUi = CultureInfo.CurrentUICulture;
        var savedManager = ValidatorOptions.Global.LanguageManager.Culture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(uiCulture);
            ValidatorOptions.Global.LanguageManager.Culture = managerCulture is null ? null : new CultureInfo(managerCulture);
            Assert.StartsWith(start, validator.Validate(CorpusReports.Pingtan2020).Errors.First(f => f.ErrorCode == "R2").ErrorMessage, StringComparison.Ordinal);
        }
        finally
        {
            ValidatorOptions.Global.LanguageManager.Culture = savedManager;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    [Fact]
    public void An_explicit_language_wins_over_the_language_manager()
    {
        var saved = ValidatorOptions.Global.LanguageManager.Culture;
        try
        {
            ValidatorOptions.Global.LanguageManager.Culture = new CultureInfo("zh-CN");
            var failure = new DisclosureReportValidator(English).Validate(CorpusReports.Pingtan2020).Errors.First(f => f.ErrorCode == "R2");
            Assert.StartsWith("Section 三, column 自然人", failure.ErrorMessage, StringComparison.Ordinal);
        }
        finally
        {
            ValidatorOptions.Global.LanguageManager.Culture = saved;
        }
    }

    [Fact]
    public void The_validators_leave_the_global_options_alone()
    {
        var separator = ValidatorOptions.Global.PropertyChainSeparator;
        var language = ValidatorOptions.Global.LanguageManager.Culture;
        _ = new DisclosureReportValidator(Chinese).Validate(CorpusReports.Pingtan2020);
        _ = new DisclosureReportSeriesValidator().Validate([Samples.Yeji2020]);

        Assert.Equal(separator, ValidatorOptions.Global.PropertyChainSeparator);
        Assert.Equal(language, ValidatorOptions.Global.LanguageManager.Culture);
    }
}
