using System.Globalization;
using DisclosureModel.Validation;
using FluentValidation.Results;
using Snapshooter.Xunit;

namespace DisclosureModel.Tests.Validation;

[Collection(nameof(ProcessWideState))]
public class CanonicalValidationTextTests
{
    [Fact]
    public void Canonical_text_of_the_Pingtan_2020_validation_in_Chinese() =>
        Snapshot.Match(CanonicalText.Format(new DisclosureReportValidator(new DisclosureValidatorOptions { MinimumSeverity = FluentValidation.Severity.Info }).Validate(CorpusReports.Pingtan2020), ValidationLanguage.Chinese));

    [Fact]
    public void A_valid_report_has_a_header_line_only()
    {
        Assert.Equal("DisclosureModel validation 1: 0 failure(s), 0 error, 0 warning, 0 info\n", CanonicalText.Format(new DisclosureReportValidator(new DisclosureValidatorOptions { MinimumSeverity = FluentValidation.Severity.Info }).Validate(Samples.Yeji2020)));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    [InlineData("ar-SA")]
    public void The_text_depends_on_neither_the_culture_nor_the_language_the_validator_reported_in(string culture)
    {
        var english = CanonicalText.Format(new DisclosureReportValidator(Reports.English).Validate(CorpusReports.Pingtan2020));
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var result = new DisclosureReportValidator(new DisclosureValidatorOptions { MinimumSeverity = FluentValidation.Severity.Info }).Validate(CorpusReports.Pingtan2020);
            Assert.Equal(english, CanonicalText.Format(result));
            Assert.Equal(CanonicalText.Format(new DisclosureReportValidator(Reports.Chinese).Validate(CorpusReports.Pingtan2020), ValidationLanguage.Chinese),
                CanonicalText.Format(result, ValidationLanguage.Chinese));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public void One_line_per_failure_with_code_severity_path_equation_and_message()
    {
        var lines = CanonicalText.Format(new DisclosureReportValidator(new DisclosureValidatorOptions { MinimumSeverity = FluentValidation.Severity.Info }).Validate(CorpusReports.Pingtan2020), ValidationLanguage.English).Split('\n');
        Assert.Equal("DisclosureModel validation 1: 4 failure(s), 2 error, 2 warning, 0 info", lines[0]);
        Assert.Equal(["NA", "Warning", "ProactiveDisclosure.Article20Item5.AdministrativeLicensing.PreviousYearItems", "上一年项目数量 + 本年增/减 ≥ 0"], lines[1].Split(" | ")[..4]);
        Assert.Equal(["NA", "Warning", "ProactiveDisclosure.Article20Item5.AdministrativeLicensing.PreviousYearItems", "some cell of the row holds a value"], lines[2].Split(" | ")[..4]);
        var fields = lines[3].Split(" | ");
        Assert.Equal(["R2", "Error", "Applications.Outcomes.Total.NaturalPerson"], fields[..3]);
        Assert.Contains("≠", fields[3], StringComparison.Ordinal);
        Assert.StartsWith("Section 三", fields[4], StringComparison.Ordinal);
        Assert.Equal(string.Empty, lines[^1]);
    }

    [Fact]
    public void Failures_of_other_validators_are_written_too_on_one_line()
    {
        var result = new ValidationResult([new ValidationFailure("Name", "first line\nsecond line") { ErrorCode = "NotEmptyValidator", Severity = FluentValidation.Severity.Warning }]);
        Assert.Equal("DisclosureModel validation 1: 1 failure(s), 0 error, 1 warning, 0 info\nNotEmptyValidator | Warning | Name | _ | first line second line\n", CanonicalText.Format(result));
    }

    [Fact]
    public void Null_and_a_culture_dependent_language_are_rejected()
    {
        Assert.Throws<ArgumentNullException>("result", () => CanonicalText.Format((ValidationResult)null!));
        Assert.Throws<ArgumentOutOfRangeException>("language", () => CanonicalText.Format(new ValidationResult(), ValidationLanguage.CurrentUICulture));
    }
}
