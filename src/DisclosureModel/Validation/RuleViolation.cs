using FluentValidation;
using FluentValidation.Results;

namespace DisclosureModel.Validation;

/// <summary>
/// A violated rule, as a typed value for command-line and JSON output: what <see cref="ValidationFailure"/> says, with
/// the labels, the equation and the message in both languages. Every failure of the disclosure validators carries one
/// in <see cref="ValidationFailure.CustomState"/>; <see cref="RuleViolations.GetViolation"/> reads it.
/// </summary>
/// <remarks>Equality is by value.</remarks>
public sealed record RuleViolation
{
    /// <summary>Gets the rule's stable code, e.g. <c>R2</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the severity.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Gets the path of the offending cell or member, e.g. <c>Applications.Outcomes.Total.NaturalPerson</c>.</summary>
    public required string PropertyPath { get; init; }

    /// <summary>Gets the Chinese statutory label of the cell's row (or block), or null when the rule is not about a cell.</summary>
    public string? RowLabel { get; init; }

    /// <summary>Gets the Chinese statutory label of the cell's column, or null when the rule is not about a cell.</summary>
    public string? ColumnLabel { get; init; }

    /// <summary>Gets the equation with its numbers, e.g. <c>一 + 二 = 3 + 1 = 4 ≠ 三(七) + 四 = 5 + 0 = 5</c>, or null.</summary>
    public string? Equation { get; init; }

    /// <summary>Gets the value of the left side of the equation (or the measured value of a non-equation rule), or null.</summary>
    public long? Left { get; init; }

    /// <summary>Gets the value of the right side of the equation (or the limit of a non-equation rule), or null.</summary>
    public long? Right { get; init; }

    /// <summary>
    /// Gets where the narrative states what the finding compares (narrative rules), or null when the finding is not
    /// about the narrative.
    /// </summary>
    public NarrativeLocation? Narrative { get; init; }

    /// <summary>
    /// Gets the smallest corrections that make the failed equations hold, each a set of cell changes; several when
    /// there is more than one smallest correction. Empty when none is offered.
    /// </summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public ValueList<Correction> Corrections { get; init => field = Preconditions.CheckNotNull(value, nameof(Corrections)); } = ValueList<Correction>.Empty;

    /// <summary>
    /// Gets the finding's stable fingerprint: 16 lowercase hexadecimal digits (the first 8 bytes of a SHA-256) over the
    /// rule code, the property path, <see cref="Left"/>, <see cref="Right"/> and the numbers of <see cref="Equation"/>.
    /// It is the same on every machine, run, language and .NET version, does not depend on the messages or on where in
    /// the narrative a figure is stated, and changes when one of the numbers changes. Computed on each call.
    /// </summary>
    /// <remarks>
    /// The canonical text hashed is documented in docs/validation.md ("Accepted findings"). The report a finding belongs
    /// to is not part of it: a <see cref="BaselineEntry"/> holds the report's agency and year beside the fingerprint.
    /// </remarks>
    public string Fingerprint => FindingFingerprint.Compute(this);

    /// <summary>
    /// Gets whether <see cref="Corrections"/> does not list every smallest correction: there are more than the five
    /// listed, or the table's equations leave the values of one open (docs/validation.md, "The smallest correction").
    /// </summary>
    public bool MoreCorrections { get; init; }

    /// <summary>Gets the message in Chinese.</summary>
    public required string ChineseMessage { get; init; }

    /// <summary>Gets the message in English.</summary>
    public required string EnglishMessage { get; init; }

    /// <summary>Gets the message in a language.</summary>
    /// <param name="language">The language; <see cref="ValidationLanguage.CurrentUICulture"/> is resolved now.</param>
    /// <returns>The message.</returns>
    public string GetMessage(ValidationLanguage language) =>
        language.Resolve() == ValidationLanguage.Chinese ? ChineseMessage : EnglishMessage;

    /// <summary>Gets the code, path and English message, e.g. for logs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {Severity} {PropertyPath}: {EnglishMessage}";

    /// <summary>Creates the FluentValidation failure that carries this violation.</summary>
    /// <param name="propertyName">The property name to report (the path, prefixed as the validation context requires).</param>
    /// <param name="language">The language of <see cref="ValidationFailure.ErrorMessage"/>.</param>
    /// <param name="attemptedValue">The value of the offending cell, or null.</param>
    /// <returns>The failure.</returns>
    internal ValidationFailure ToFailure(string propertyName, ValidationLanguage language, object? attemptedValue) =>
        new(propertyName, GetMessage(language), attemptedValue)
        {
            ErrorCode = Code,
            Severity = Severity,
            CustomState = this,
        };
}

/// <summary>Reads <see cref="RuleViolation"/>s from FluentValidation results.</summary>
public static class RuleViolations
{
    /// <summary>Gets the violation a failure of the disclosure validators carries.</summary>
    /// <param name="failure">A failure.</param>
    /// <returns>The violation, or null when the failure did not come from a disclosure validator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="failure"/> is null.</exception>
    public static RuleViolation? GetViolation(this ValidationFailure failure) =>
        Preconditions.CheckNotNull(failure).CustomState as RuleViolation;

    /// <summary>Gets the violations of a result, in the order the failures were reported.</summary>
    /// <param name="result">A validation result.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static IReadOnlyList<RuleViolation> GetViolations(this ValidationResult result) =>
        [.. Preconditions.CheckNotNull(result).Errors.Select(f => f.GetViolation()).OfType<RuleViolation>()];
}
