using DisclosureModel.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace DisclosureModel.Tests.Validation;

/// <summary>The code of docs/validation.md (severities, IncludeProperties, rule sets), run and checked.</summary>
public class ValidationDocsTests
{
    [Fact]
    public void Severities()
    {
        #region validation-severity
        var validator = new DisclosureReportValidator();                   // errors only, as FluentValidation means IsValid
        ValidationResult result = validator.Validate(Samples.Pingtan2022);
        Console.WriteLine(result.IsValid);                                 // True: its one finding, W2, is Info
        validator.ValidateAndThrow(Samples.Pingtan2022);                   // does not throw

        var everything = new DisclosureReportValidator(new DisclosureValidatorOptions { MinimumSeverity = Severity.Info });
        foreach (var failure in everything.Validate(Samples.Pingtan2022).Errors)
        {
            Console.WriteLine($"{failure.ErrorCode} {failure.Severity}");  // W2 Info
        }
        #endregion

        Assert.True(result.IsValid);
        Assert.Equal(["W2 Info"], everything.Validate(Samples.Pingtan2022).Errors.Select(f => $"{f.ErrorCode} {f.Severity}"));
    }

    [Fact]
    public void Selecting_members_and_rule_sets()
    {
        #region validation-include-properties
        ApplicationsTable applications = Samples.Pingtan2022.Applications;   // one natural person too many in 一、本年新收
        DisclosureReport report = Samples.Pingtan2022 with { Applications = applications with { NewlyReceived = applications.NewlyReceived.With(ApplicantColumn.NaturalPerson, 72) } };
        var validator = new DisclosureReportValidator();
        ValidationResult section3 = validator.Validate(report, o => o.IncludeProperties(x => x.Applications));
        ValidationResult metadata = validator.Validate(report, o => o.IncludeProperties(x => x.Metadata));
        #endregion

        Assert.Equal(["R1", "R3"], section3.Errors.Select(f => f.ErrorCode));
        Assert.Empty(metadata.Errors);

        Rule_sets();
    }

    private static void Rule_sets()
    {
        #region validation-rule-sets
        ApplicationsTable applications = Samples.Pingtan2022.Applications;   // one natural person too many in 一、本年新收
        DisclosureReport report = Samples.Pingtan2022 with { Applications = applications with { NewlyReceived = applications.NewlyReceived.With(ApplicantColumn.NaturalPerson, 72) } };
        var validator = new DisclosureReportValidator();
        ValidationResult balancing = validator.Validate(report, o => o.IncludeRuleSets(DisclosureRuleSets.Balancing));
        ValidationResult dates = validator.Validate(report, o => o.IncludeRuleSets("Metadata", "Deadlines"));
        ValidationResult all = validator.Validate(report, o => o.IncludeAllRuleSets());  // the same as validator.Validate(report)
        #endregion

        Assert.Equal(["R1", "R3"], balancing.Errors.Select(f => f.ErrorCode));
        Assert.Empty(dates.Errors);
        Assert.Equal(["R1", "R3"], all.Errors.Select(f => f.ErrorCode));
    }
}
