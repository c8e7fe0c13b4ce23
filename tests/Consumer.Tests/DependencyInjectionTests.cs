using DisclosureModel;
using DisclosureModel.Validation;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Consumer.Tests;

/// <summary>FluentValidation's registration convention, with and without our options.</summary>
public class DependencyInjectionTests
{
    [Fact]
    public void The_convention_registers_the_validators_with_default_options()
    {
        var services = new ServiceCollection();
        services.AddValidatorsFromAssemblyContaining<DisclosureReportValidator>(ServiceLifetime.Singleton);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var validator = provider.GetRequiredService<IValidator<DisclosureReport>>();
        Assert.IsType<DisclosureReportValidator>(validator);
        Assert.Same(validator, provider.GetRequiredService<IValidator<DisclosureReport>>());
        Assert.True(validator.Validate(Samples.Pingtan2022).IsValid);
        Assert.False(validator.Validate(FluentValidationApiTests.Broken).IsValid);

        Assert.IsType<ApplicationsTableValidator>(provider.GetRequiredService<IValidator<ApplicationsTable>>());
        Assert.IsType<ReportMetadataValidator>(provider.GetRequiredService<IValidator<ReportMetadata>>());
        Assert.IsType<DisclosureReportSeriesValidator>(provider.GetRequiredService<IValidator<IReadOnlyList<DisclosureReport>>>());
    }

    [Fact]
    public void Registered_options_reach_every_validator()
    {
        #region validation-di
        var services = new ServiceCollection();
        // Optional: without registered options, the container uses each validator's parameterless constructor.
        services.AddSingleton(new DisclosureValidatorOptions { Language = ValidationLanguage.English, MinimumSeverity = Severity.Info });
        services.AddValidatorsFromAssemblyContaining<DisclosureReportValidator>();
        #endregion
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        using var scope = provider.CreateScope();

        var result = scope.ServiceProvider.GetRequiredService<IValidator<DisclosureReport>>().Validate(Samples.Pingtan2022);
        var failure = Assert.Single(result.Errors);
        Assert.Equal("W2", failure.ErrorCode);
        Assert.StartsWith("Section 一", failure.ErrorMessage, StringComparison.Ordinal);

        IReadOnlyList<DisclosureReport> twice = [Samples.Yeji2020, Samples.Yeji2020];
        Assert.Equal(["X5"], scope.ServiceProvider.GetRequiredService<IValidator<IReadOnlyList<DisclosureReport>>>().Validate(twice).Errors.Select(f => f.ErrorCode));
    }
}
