using DisclosureModel.Validation;
using FluentValidation.Results;

namespace DisclosureModel.Tests.Validation;

/// <summary>Balanced reports to break one rule at a time, and helpers to validate them.</summary>
internal static class Reports
{
    public static DisclosureValidatorOptions Chinese { get; } = new() { Language = ValidationLanguage.Chinese, MinimumSeverity = FluentValidation.Severity.Info };

    public static DisclosureValidatorOptions English { get; } = new() { Language = ValidationLanguage.English, MinimumSeverity = FluentValidation.Severity.Info };

    /// <summary>Every finding, warnings and information included, in the language of the culture.</summary>
    public static DisclosureValidatorOptions Everything { get; } = new() { MinimumSeverity = FluentValidation.Severity.Info };

    /// <summary>The seed (2019 format, all zero tables); validates with no failure at all.</summary>
    public static DisclosureReport Seed => Samples.Yeji2020;

    /// <summary>
    /// Pingtan 2022 (2021 format) with Section 一 cut to its introduction and its part on applications, so that it is
    /// under the 1000-character guideline (W2); validates with no failure at all.
    /// </summary>
    public static DisclosureReport Balanced2021 { get; } = Samples.Pingtan2022 with
    {
        Overview = Samples.Pingtan2022.Overview with { Parts = [Samples.Pingtan2022.Overview.Parts[1]] },
    };

    public static ApplicantCounts Row(int naturalPerson, int commercialEnterprise, int total) =>
        new(naturalPerson, commercialEnterprise, 0, 0, 0, 0, total);

    public static DisclosureReport WithApplications(this DisclosureReport report, Func<ApplicationsTable, ApplicationsTable> change) =>
        report with { Applications = change(report.Applications) };

    public static DisclosureReport WithOutcomes2021(this DisclosureReport report, Func<ApplicationOutcomes2021, ApplicationOutcomes2021> change) =>
        report.WithApplications(a => a with { Outcomes = change((ApplicationOutcomes2021)a.Outcomes) });

    public static DisclosureReport WithMetadata(this DisclosureReport report, Func<ReportMetadata, ReportMetadata> change) =>
        report with { Metadata = change(report.Metadata) };

    public static DisclosureReport WithProactive2019(this DisclosureReport report, Func<ProactiveDisclosure2019, ProactiveDisclosure2019> change) =>
        report with { ProactiveDisclosure = change((ProactiveDisclosure2019)report.ProactiveDisclosure) };

    public static ValidationResult Validate(DisclosureReport report, DisclosureValidatorOptions options) =>
        new DisclosureReportValidator(options).Validate(report);

    /// <summary>Validates in both languages and checks that both give the same failures apart from the message.</summary>
    public static IReadOnlyList<(ValidationFailure Chinese, ValidationFailure English)> ValidateBoth(DisclosureReport report)
    {
        var chinese = Validate(report, Chinese).Errors;
        var english = Validate(report, English).Errors;
        Assert.Equal(chinese.Count, english.Count);
        for (var i = 0; i < chinese.Count; i++)
        {
            Assert.Equal(chinese[i].PropertyName, english[i].PropertyName);
            Assert.Equal(chinese[i].ErrorCode, english[i].ErrorCode);
            Assert.Equal(chinese[i].GetViolation(), english[i].GetViolation());
            Assert.Equal(chinese[i].GetViolation()!.ChineseMessage, chinese[i].ErrorMessage);
            Assert.Equal(english[i].GetViolation()!.EnglishMessage, english[i].ErrorMessage);
        }

        return [.. chinese.Zip(english)];
    }

    /// <summary>Asserts that a report fails exactly the given failures (code, severity, path, both messages), in order.</summary>
    public static void AssertFailures(DisclosureReport report, params (string Code, FluentValidation.Severity Severity, string Path, string Chinese, string English)[] expected)
    {
        var failures = ValidateBoth(report);
        Assert.Equal(
            expected.Select(e => $"{e.Code} {e.Severity} {e.Path}\n{e.Chinese}\n{e.English}"),
            failures.Select(f => $"{f.Chinese.ErrorCode} {f.Chinese.Severity} {f.Chinese.PropertyName}\n{f.Chinese.ErrorMessage}\n{f.English.ErrorMessage}"));
    }

    /// <summary>Gets the codes and paths of a report's failures, e.g. <c>R1 Applications.CarriedForwardToNextYear.Total</c>.</summary>
    public static string[] CodesAndPaths(DisclosureReport report) =>
        [.. Validate(report, English).Errors.Select(f => $"{f.ErrorCode} {f.PropertyName}")];
}
