using System.Globalization;
using FluentValidation;
using NodaTime;

namespace DisclosureModel.Validation;

/// <summary>The language of validation messages.</summary>
public enum ValidationLanguage
{
    /// <summary>
    /// Chinese when the culture of FluentValidation's <c>ValidatorOptions.Global.LanguageManager.Culture</c> (when set),
    /// else <see cref="CultureInfo.CurrentUICulture"/>, is a Chinese culture (<c>zh</c>, <c>zh-CN</c>, …), English
    /// otherwise; decided at each validation.
    /// </summary>
    CurrentUICulture = 0,

    /// <summary>Simplified Chinese (zh-CN).</summary>
    Chinese,

    /// <summary>English.</summary>
    English,
}

/// <summary>Resolves <see cref="ValidationLanguage"/> values.</summary>
public static class ValidationLanguages
{
    /// <summary>
    /// Gets the concrete language: <see cref="ValidationLanguage.CurrentUICulture"/> becomes Chinese or English, from
    /// FluentValidation's <c>ValidatorOptions.Global.LanguageManager.Culture</c> when it is set, else from
    /// <see cref="CultureInfo.CurrentUICulture"/> (the order FluentValidation's own messages follow).
    /// </summary>
    /// <param name="language">A language.</param>
    /// <returns><see cref="ValidationLanguage.Chinese"/> or <see cref="ValidationLanguage.English"/>.</returns>
    public static ValidationLanguage Resolve(this ValidationLanguage language) => language switch
    {
        ValidationLanguage.Chinese => ValidationLanguage.Chinese,
        ValidationLanguage.English => ValidationLanguage.English,
        _ => (ValidatorOptions.Global.LanguageManager.Culture ?? CultureInfo.CurrentUICulture).Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            ? ValidationLanguage.Chinese
            : ValidationLanguage.English,
    };
}

/// <summary>
/// Options of the disclosure validators. Immutable; pass them to a validator's constructor once.
/// </summary>
/// <remarks>
/// The validators never change FluentValidation's <c>ValidatorOptions.Global</c>; of it they read only
/// <c>LanguageManager.Culture</c>, for <see cref="ValidationLanguage.CurrentUICulture"/>.
/// </remarks>
public sealed record DisclosureValidatorOptions
{
    /// <summary>Gets the default options: language from the culture, errors only, no clock.</summary>
    public static DisclosureValidatorOptions Default { get; } = new();

    /// <summary>Gets the language of the messages (<see cref="FluentValidation.Results.ValidationFailure.ErrorMessage"/>).
    /// Both languages are always in <see cref="RuleViolation"/>.</summary>
    public ValidationLanguage Language { get; init; }

    /// <summary>
    /// Gets the least severe findings reported: <see cref="Severity.Error"/> (the default) reports errors only, so that a
    /// report whose findings are all warnings or information is valid for FluentValidation (<c>IsValid</c>,
    /// <c>ValidateAndThrow</c>); <see cref="Severity.Warning"/> adds the warnings, <see cref="Severity.Info"/> reports
    /// everything (as the <c>disclosure</c> tool does).
    /// </summary>
    public Severity MinimumSeverity { get; init; } = Severity.Error;

    /// <summary>
    /// Gets the clock that says what day it is, or null. With a clock, a report with no publication date whose
    /// deadline has passed (in Asia/Shanghai) gets warning <c>D2</c>; without one, such a report is not checked.
    /// </summary>
    public IClock? Clock { get; init; }

    /// <summary>
    /// Gets the factor of change between consecutive years above which the series validator reports a count (rule
    /// <c>X7</c>, information): the larger of the two values over the smaller, the smaller counted as at least
    /// <see cref="OutlierFloor"/>. Default 10 (6 → 102 is ×17 and reported; 20 → 150 is ×7.5 and not).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is not greater than 1.</exception>
    public decimal OutlierFactor
    {
        get;
        init => field = value > 1 ? value : throw new ArgumentOutOfRangeException(nameof(OutlierFactor), value, "The outlier factor must be greater than 1.");
    } = 10;

    /// <summary>
    /// Gets the least value the smaller of two counts is taken as when <see cref="OutlierFactor"/> is computed, so that
    /// small numbers are not noise: with the default 5 (and factor 10), 0 → 3, 1 → 12 and 0 → 45 are not reported (3 ÷ 5,
    /// 12 ÷ 5 and 45 ÷ 5 are at most 10), 0 → 60 (60 ÷ 5 = 12) is.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is less than 1.</exception>
    public int OutlierFloor
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(OutlierFloor), value, "The outlier floor must be at least 1.");
    } = 5;
}
