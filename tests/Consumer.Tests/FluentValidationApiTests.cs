using DisclosureModel;
using DisclosureModel.Validation;
using FluentValidation;

namespace Consumer.Tests;

/// <summary>The validator through FluentValidation's ordinary API, as a user of the package calls it.</summary>
public class FluentValidationApiTests
{
    private static readonly DisclosureValidatorOptions English = new() { Language = ValidationLanguage.English };

    /// <summary>The real 2021 sample with one more natural person in 一、本年新收 (R1, R3) and filed as a department's report (D1, a warning).</summary>
    internal static DisclosureReport Broken { get; } = Samples.Pingtan2022 with
    {
        Metadata = Samples.Pingtan2022.Metadata with { AgencyKind = AgencyKind.Department },
        Applications = Samples.Pingtan2022.Applications with
        {
            NewlyReceived = Samples.Pingtan2022.Applications.NewlyReceived with { NaturalPerson = Samples.Pingtan2022.Applications.NewlyReceived.NaturalPerson + 1 },
        },
    };

    [Fact]
    public void The_real_2021_sample_is_valid()
    {
        IValidator<DisclosureReport> validator = new DisclosureReportValidator();

        Assert.True(validator.Validate(Samples.Pingtan2022).IsValid);
        validator.ValidateAndThrow(Samples.Pingtan2022);
    }

    [Fact]
    public void Warnings_and_information_are_there_when_asked()
    {
        var result = new DisclosureReportValidator(English with { MinimumSeverity = Severity.Info }).Validate(Samples.Pingtan2022);

        Assert.False(result.IsValid);
        Assert.Equal(["W2 Info Overview"], result.Errors.Select(f => $"{f.ErrorCode} {f.Severity} {f.PropertyName}"));
    }

    [Fact]
    public void ValidateAndThrow_throws_for_errors_only()
    {
        var validator = new DisclosureReportValidator(English);

        var exception = Assert.Throws<ValidationException>(() => validator.ValidateAndThrow(Broken));
        Assert.Equal(
            ["R1 Applications.CarriedForwardToNextYear.NaturalPerson", "R3 Applications.NewlyReceived.Total"],
            exception.Errors.Select(f => $"{f.ErrorCode} {f.PropertyName}"));
        Assert.All(exception.Errors, f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void IncludeProperties_validates_the_member_selected()
    {
        var validator = new DisclosureReportValidator(English with { MinimumSeverity = Severity.Warning });

        Assert.Equal(["R1", "R3"], validator.Validate(Broken, o => o.IncludeProperties(x => x.Applications)).Errors.Select(f => f.ErrorCode));
        Assert.Equal(["D1"], validator.Validate(Broken, o => o.IncludeProperties(x => x.Metadata)).Errors.Select(f => f.ErrorCode));
        Assert.Empty(validator.Validate(Broken, o => o.IncludeProperties(x => x.ReviewAndLitigation)).Errors);
        Assert.Equal(["D1", "R1", "R3"], validator.Validate(Broken).Errors.Select(f => f.ErrorCode));
    }

    [Fact]
    public void Rule_sets_run_a_family_of_rules()
    {
        var validator = new DisclosureReportValidator(English with { MinimumSeverity = Severity.Info });

        Assert.Equal(["R1", "R3"], validator.Validate(Broken, o => o.IncludeRuleSets("Balancing")).Errors.Select(f => f.ErrorCode));
        Assert.Equal(["D1"], validator.Validate(Broken, o => o.IncludeRuleSets(DisclosureRuleSets.Deadlines)).Errors.Select(f => f.ErrorCode));
        Assert.Equal(["W2"], validator.Validate(Broken, o => o.IncludeRuleSets(DisclosureRuleSets.Narrative)).Errors.Select(f => f.ErrorCode));
        Assert.Equal(["D1", "R1", "R3", "W2"], validator.Validate(Broken, o => o.IncludeAllRuleSets()).Errors.Select(f => f.ErrorCode));
        Assert.Equal(DisclosureRuleSets.Balancing, DisclosureRules.Get("R1").RuleSet);
    }

    [Fact]
    public void A_failure_names_the_cell_and_carries_the_violation()
    {
        var failure = new DisclosureReportValidator(English).Validate(Broken).Errors[0];

        Assert.Equal("R1", failure.ErrorCode);
        Assert.Equal("Applications.CarriedForwardToNextYear.NaturalPerson", failure.PropertyName);
        Assert.Equal(failure.PropertyName, failure.GetViolation()!.PropertyPath);
        Assert.StartsWith("Section 三, column 自然人 (Natural persons)", failure.ErrorMessage, StringComparison.Ordinal);
    }
}
