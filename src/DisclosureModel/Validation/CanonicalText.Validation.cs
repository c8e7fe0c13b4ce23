using System.Globalization;
using System.Text;
using DisclosureModel.Validation;
using FluentValidation.Results;

namespace DisclosureModel;

/// <content>The canonical text of a validation result.</content>
public static partial class CanonicalText
{
    /// <summary>
    /// Formats a validation result as canonical text, with the messages in English: see
    /// <see cref="Format(ValidationResult, ValidationLanguage)"/>.
    /// </summary>
    /// <param name="result">The result of a disclosure validator (or of any FluentValidation validator).</param>
    /// <returns>The text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Format(ValidationResult result) => Format(result, ValidationLanguage.English);

    /// <summary>
    /// Formats a validation result as canonical text: a first line naming the layout version and the number of
    /// failures by severity, then one line per failure in the order the validator reported them:
    /// <c>{code} | {severity} | {path} | {equation} | {message}</c>, where a missing equation is <c>_</c>. The text
    /// depends on nothing but the result and <paramref name="language"/>: not on the culture the validation ran in,
    /// nor on the language of <see cref="ValidationFailure.ErrorMessage"/> (the message is taken from the
    /// <see cref="RuleViolation"/> each failure of the disclosure validators carries). The recommended input to
    /// snapshot tests of validation.
    /// </summary>
    /// <param name="result">The result of a disclosure validator (or of any FluentValidation validator: a failure that
    /// carries no <see cref="RuleViolation"/> is written with its error code, severity, property name and message).</param>
    /// <param name="language">The language of the messages: <see cref="ValidationLanguage.Chinese"/> or
    /// <see cref="ValidationLanguage.English"/>.</param>
    /// <returns>The text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not Chinese or English (the
    /// culture-dependent <see cref="ValidationLanguage.CurrentUICulture"/> would make the text depend on the machine).</exception>
    public static string Format(ValidationResult result, ValidationLanguage language)
    {
        Preconditions.CheckNotNull(result);
        if (language is not (ValidationLanguage.Chinese or ValidationLanguage.English))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "The language of canonical text must be Chinese or English.");
        }

        var failures = result.Errors;
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"DisclosureModel validation {FormatVersion}: {failures.Count} failure(s)");
        foreach (var severity in (ReadOnlySpan<FluentValidation.Severity>)[FluentValidation.Severity.Error, FluentValidation.Severity.Warning, FluentValidation.Severity.Info])
        {
            b.Append(CultureInfo.InvariantCulture, $", {failures.Count(f => f.Severity == severity)} {severity.ToString().ToLowerInvariant()}");
        }

        b.Append('\n');
        foreach (var failure in failures)
        {
            var violation = failure.GetViolation();
            b.Append(OneLine(violation?.Code ?? failure.ErrorCode)).Append(" | ")
                .Append(failure.Severity.ToString()).Append(" | ")
                .Append(OneLine(failure.PropertyName)).Append(" | ")
                .Append(OneLine(violation?.Equation)).Append(" | ")
                .Append(OneLine(violation?.GetMessage(language) ?? failure.ErrorMessage)).Append('\n');
        }

        return b.ToString();
    }

    private static string OneLine(string? text) =>
        string.IsNullOrEmpty(text) ? Blank : text.ReplaceLineEndings(" ");
}
