using DisclosureModel.Validation;
using FluentValidation;
using FluentValidation.Results;
using static DisclosureModel.Tests.Validation.Reports;

namespace DisclosureModel.Tests.Validation;

/// <summary>
/// The FluentValidation habits: severities against <c>IsValid</c> (<see cref="DisclosureValidatorOptions.MinimumSeverity"/>),
/// <c>IncludeProperties</c> and rule sets. Each selection is compared with the full validation filtered by hand.
/// </summary>
public class SelectorAndSeverityTests
{
    /// <summary>Reports with findings in every member and of every severity, from the samples and the corpus.</summary>
    public static TheoryData<string> Names => ["several", "broken2021", "w1", "pingtan2020", "pingtan2022", "hybrid"];

    public static DisclosureReport Get(string name) => name switch
    {
        // D1 (late), R2 ×2, R4, R7, NA (R6: Section 二 runs unread).
        "several" => DisclosureReportValidatorTests.SeveralViolations(),

        // R1 and R3 (一 自然人 one more), P1 (period), D1 (a department's report published in February).
        "broken2021" => Balanced2021
            .WithApplications(a => a with { NewlyReceived = a.NewlyReceived with { NaturalPerson = a.NewlyReceived.NaturalPerson + 1 } })
            .WithMetadata(m => m with { AgencyKind = AgencyKind.Department, StatisticsPeriod = new(m.StatisticsPeriod.Start.PlusDays(1), m.StatisticsPeriod.End) }),
        "pingtan2020" => CorpusReports.Pingtan2020,

        // W1: twenty natural persons moved from （一） to （六）3.其他 (ReportRuleTests).
        "w1" => Balanced2021.WithOutcomes2021(o => o with { Disclosed = Row(1, 0, 1), OtherHandling = o.OtherHandling with { Other = Row(20, 2, 22) } }),

        // W2 (Info) only.
        "pingtan2022" => Samples.Pingtan2022,

        // E3 (2021 report, 2019-shaped Section 三).
        _ => Samples.Pingtan2022 with { Metadata = Samples.Pingtan2022.Metadata, Applications = CorpusReports.Pingtan2020.Applications },
    };

    [Fact]
    public void By_default_only_errors_are_reported()
    {
        var all = Validate(CorpusReports.Pingtan2020, English).Errors;
        var errors = new DisclosureReportValidator(new DisclosureValidatorOptions { Language = ValidationLanguage.English }).Validate(CorpusReports.Pingtan2020).Errors;

        Assert.Contains(all, f => f.Severity == Severity.Warning);
        Assert.Equal(Describe(all.Where(f => f.Severity == Severity.Error)), Describe(errors));
        Assert.Equal(["R2", "R2"], errors.Select(f => f.ErrorCode));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_minimum_severity_keeps_the_failures_at_least_that_severe(string name)
    {
        var report = Get(name);
        var all = Validate(report, English).Errors;
        foreach (var minimum in (Severity[])[Severity.Error, Severity.Warning, Severity.Info])
        {
            var result = new DisclosureReportValidator(English with { MinimumSeverity = minimum }).Validate(report);
            Assert.Equal(Describe(all.Where(f => f.Severity <= minimum)), Describe(result.Errors));
        }
    }

    [Fact]
    public void A_report_with_warnings_only_passes_ValidateAndThrow_and_one_with_errors_throws()
    {
        var validator = new DisclosureReportValidator(new DisclosureValidatorOptions { Language = ValidationLanguage.English });
        validator.ValidateAndThrow(Samples.Pingtan2022);

        var exception = Assert.Throws<ValidationException>(() => validator.ValidateAndThrow(CorpusReports.Pingtan2020));
        Assert.Equal(["R2", "R2"], exception.Errors.Select(f => f.ErrorCode));
    }

    [Fact]
    public void The_member_and_series_validators_follow_the_same_option()
    {
        var table = Get("w1").Applications;
        Assert.DoesNotContain(new ApplicationsTableValidator().Validate(table).Errors, f => f.Severity != Severity.Error);
        Assert.Contains(new ApplicationsTableValidator(Everything).Validate(table).Errors, f => f.ErrorCode == "W1");

        // X5: two reports of one year, a warning.
        IReadOnlyList<DisclosureReport> series = [Samples.Yeji2020, Samples.Yeji2020];
        Assert.True(new DisclosureReportSeriesValidator().Validate(series).IsValid);
        Assert.Equal(["X5"], new DisclosureReportSeriesValidator(Everything).Validate(series).Errors.Select(f => f.ErrorCode));
    }

    [Fact]
    public void IncludeProperties_of_Section_三_reports_its_R1_and_R3_errors()
    {
        var report = Get("broken2021");
        var result = new DisclosureReportValidator(English).Validate(report, o => o.IncludeProperties(x => x.Applications));

        Assert.Equal(["R1 Applications.CarriedForwardToNextYear.NaturalPerson", "R3 Applications.NewlyReceived.Total"], result.Errors.Select(f => $"{f.ErrorCode} {f.PropertyName}"));
        Assert.Contains(new DisclosureReportValidator(English).Validate(report).Errors, f => f.ErrorCode is "P1" or "D1");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void IncludeProperties_reports_the_rules_of_the_member_selected(string name)
    {
        var report = Get(name);
        var all = Validate(report, English).Errors;
        string[] members = ["Edition", "Metadata", "ProactiveDisclosure", "Applications", "ReviewAndLitigation", "UnreadCells", "Overview"];
        var selected = 0;
        foreach (var member in members)
        {
            var result = new DisclosureReportValidator(English).Validate(report, o => o.IncludeProperties(member));
            Assert.Equal(Describe(all.Where(f => MemberOf(f) == member)), Describe(result.Errors));
            selected += result.Errors.Count;
        }

        Assert.Equal(all.Count, selected);
        Assert.Equal(
            Describe(all.Where(f => MemberOf(f) is "Metadata" or "ReviewAndLitigation")),
            Describe(new DisclosureReportValidator(English).Validate(report, o => o.IncludeProperties(x => x.Metadata, x => x.ReviewAndLitigation)).Errors));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_rule_set_reports_the_rules_of_its_family(string name)
    {
        var report = Get(name);
        var validator = new DisclosureReportValidator(English);
        var all = validator.Validate(report).Errors;
        var selected = 0;
        foreach (var ruleSet in DisclosureRuleSets.All)
        {
            var result = validator.Validate(report, o => o.IncludeRuleSets(ruleSet));
            Assert.Equal(Describe(all.Where(f => RuleSetOf(f) == ruleSet)), Describe(result.Errors));
            selected += result.Errors.Count;
        }

        Assert.Equal(all.Count, selected);
        Assert.Equal(Describe(all), Describe(validator.Validate(report, o => o.IncludeRuleSets("default")).Errors));
        Assert.Equal(Describe(all), Describe(validator.Validate(report, o => o.IncludeAllRuleSets()).Errors));
        Assert.Equal(
            Describe(all.Where(f => RuleSetOf(f) is DisclosureRuleSets.Metadata or DisclosureRuleSets.Deadlines)),
            Describe(validator.Validate(report, o => o.IncludeRuleSets(DisclosureRuleSets.Metadata, DisclosureRuleSets.Deadlines)).Errors));
    }

    [Fact]
    public void The_balancing_rule_set_of_the_several_violations_report()
    {
        var result = new DisclosureReportValidator(English).Validate(DisclosureReportValidatorTests.SeveralViolations(), o => o.IncludeRuleSets(DisclosureRuleSets.Balancing));

        Assert.Equal(["R7", "NA", "R2", "R2", "R4"], result.Errors.Select(f => f.ErrorCode));
    }

    [Fact]
    public void A_member_validator_has_the_rule_sets_of_its_rules()
    {
        var table = Get("w1").Applications;
        var validator = new ApplicationsTableValidator(English);

        Assert.Equal(["W1"], validator.Validate(table, o => o.IncludeRuleSets(DisclosureRuleSets.Plausibility)).Errors.Select(f => f.ErrorCode));
        Assert.All(validator.Validate(table, o => o.IncludeRuleSets(DisclosureRuleSets.Balancing)).Errors, f => Assert.StartsWith("R", f.ErrorCode, StringComparison.Ordinal));
        Assert.Empty(validator.Validate(table, o => o.IncludeRuleSets(DisclosureRuleSets.Narrative)).Errors);
    }

    [Fact]
    public void Every_rule_is_in_one_rule_set_and_every_rule_set_has_rules()
    {
        Assert.All(DisclosureRules.All, rule => Assert.Contains(rule.RuleSet, DisclosureRuleSets.All));
        Assert.All(DisclosureRuleSets.All, ruleSet => Assert.Contains(DisclosureRules.All, rule => rule.RuleSet == ruleSet));
        Assert.Equal(DisclosureRuleSets.All.Count, DisclosureRuleSets.All.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    private static string[] Describe(IEnumerable<ValidationFailure> failures) =>
        [.. failures.Select(f => $"{f.ErrorCode} {f.Severity} {f.PropertyName}: {f.ErrorMessage}")];

    /// <summary>The rule an NA finding is about: its English message starts with the code.</summary>
    private static string RuleOf(ValidationFailure failure) =>
        failure.ErrorCode == "NA" ? failure.GetViolation()!.EnglishMessage.Split(' ')[0] : failure.ErrorCode;

    private static string RuleSetOf(ValidationFailure failure) => DisclosureRules.Get(RuleOf(failure)).RuleSet;

    /// <summary>The member of <see cref="DisclosureReport"/> whose rule reports a failure.</summary>
    private static string MemberOf(ValidationFailure failure) => RuleOf(failure) switch
    {
        "E1" or "E3" => "Edition",
        "W2" or "W3" => "Overview",
        "U1" or "U2" => "UnreadCells",
        _ => failure.PropertyName[..failure.PropertyName.IndexOf('.', StringComparison.Ordinal)],
    };
}
