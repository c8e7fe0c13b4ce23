using System.Globalization;
using NodaTime;

namespace DisclosureModel.Validation;

/// <summary>The language of validation messages.</summary>
public enum ValidationLanguage
{
    /// <summary>Chinese when <see cref="CultureInfo.CurrentUICulture"/> is a Chinese culture (<c>zh</c>, <c>zh-CN</c>, …), English otherwise; decided at each validation.</summary>
    CurrentUICulture = 0,

    /// <summary>Simplified Chinese (zh-CN).</summary>
    Chinese,

    /// <summary>English.</summary>
    English,
}

/// <summary>Resolves <see cref="ValidationLanguage"/> values.</summary>
public static class ValidationLanguages
{
    /// <summary>Gets the concrete language: <see cref="ValidationLanguage.CurrentUICulture"/> becomes Chinese or English.</summary>
    /// <param name="language">A language.</param>
    /// <returns><see cref="ValidationLanguage.Chinese"/> or <see cref="ValidationLanguage.English"/>.</returns>
    public static ValidationLanguage Resolve(this ValidationLanguage language) => language switch
    {
        ValidationLanguage.Chinese => ValidationLanguage.Chinese,
        ValidationLanguage.English => ValidationLanguage.English,
        _ => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            ? ValidationLanguage.Chinese
            : ValidationLanguage.English,
    };
}

/// <summary>
/// Options of the disclosure validators. Immutable; pass them to a validator's constructor once.
/// </summary>
/// <remarks>
/// The validators never read or change FluentValidation's <c>ValidatorOptions.Global</c>; everything they need is here.
/// </remarks>
public sealed record DisclosureValidatorOptions
{
    /// <summary>Gets the default options: language from <see cref="CultureInfo.CurrentUICulture"/>, no clock.</summary>
    public static DisclosureValidatorOptions Default { get; } = new();

    /// <summary>Gets the language of the messages (<see cref="FluentValidation.Results.ValidationFailure.ErrorMessage"/>).
    /// Both languages are always in <see cref="RuleViolation"/>.</summary>
    public ValidationLanguage Language { get; init; }

    /// <summary>
    /// Gets the clock that says what day it is, or null. With a clock, a report with no publication date whose
    /// deadline has passed (in Asia/Shanghai) gets warning <c>D2</c>; without one, such a report is not checked.
    /// </summary>
    public IClock? Clock { get; init; }
}
