using System.Globalization;
using DisclosureModel;
using DisclosureModel.Validation;
using FluentValidation;

namespace Consumer.Tests;

/// <summary>Tests that set process-wide state (FluentValidation's global options, the UI culture): never in parallel.</summary>
[CollectionDefinition(nameof(GlobalState), DisableParallelization = true)]
public sealed class GlobalState;

[Collection(nameof(GlobalState))]
public class LanguageManagerTests
{
    [Fact]
    public void The_messages_follow_the_language_manager_culture()
    {
        var validator = new DisclosureReportValidator();
        var savedCulture = ValidatorOptions.Global.LanguageManager.Culture;
        var savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en-US");
            #region validation-language-manager
            // At start-up, for FluentValidation's own messages and ours alike (when the option is CurrentUICulture):
            ValidatorOptions.Global.LanguageManager.Culture = new CultureInfo("zh-CN");
            #endregion
            Assert.StartsWith("三、", validator.Validate(FluentValidationApiTests.Broken).Errors[0].ErrorMessage, StringComparison.Ordinal);

            ValidatorOptions.Global.LanguageManager.Culture = null;
            Assert.StartsWith("Section 三, column 自然人", validator.Validate(FluentValidationApiTests.Broken).Errors[0].ErrorMessage, StringComparison.Ordinal);
        }
        finally
        {
            ValidatorOptions.Global.LanguageManager.Culture = savedCulture;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    [Fact]
    public void The_option_wins_over_the_language_manager()
    {
        var saved = ValidatorOptions.Global.LanguageManager.Culture;
        try
        {
            ValidatorOptions.Global.LanguageManager.Culture = new CultureInfo("zh-CN");
            var validator = new DisclosureReportValidator(new DisclosureValidatorOptions { Language = ValidationLanguage.English });
            Assert.StartsWith("Section 三, column 自然人", validator.Validate(FluentValidationApiTests.Broken).Errors[0].ErrorMessage, StringComparison.Ordinal);
        }
        finally
        {
            ValidatorOptions.Global.LanguageManager.Culture = saved;
        }
    }
}
