using System.Globalization;
using FluentValidation;

namespace DisclosureModel.Validation;

/// <summary>Where a rule comes from (FORMATS.md §5): printed in the format, or inferred.</summary>
public enum RuleProvenance
{
    /// <summary>Printed in the statutory table itself (the Section 三 column note).</summary>
    Printed,

    /// <summary>Stated in the 条例 or in the body text of a format notice (deadlines, the 1000-character guideline).</summary>
    Statutory,

    /// <summary>Not printed, but implied by the table structure (a 总计 is the total of its parts).</summary>
    Implied,

    /// <summary>A plausibility heuristic: usually true, broken by legitimate cases; hence a warning.</summary>
    Heuristic,

    /// <summary>A consistency check this library adds (edition and period checks, narrative contradictions).</summary>
    Design,
}

/// <summary>
/// One rule of the catalogue: its stable code, severity, provenance, equation and messages in Chinese and English.
/// </summary>
/// <remarks>
/// Rules are defined once, in <see cref="DisclosureRules"/>; the validators, the failure messages and
/// <c>docs/rules.md</c> all read them from there. Instances are immutable.
/// </remarks>
public sealed class RuleDefinition
{
    private readonly string chineseFormat;
    private readonly string englishFormat;

    internal RuleDefinition(
        string code,
        Severity severity,
        RuleProvenance provenance,
        FormatEdition? onlyIn,
        string scope,
        string equation,
        string chineseTitle,
        string englishTitle,
        string chineseMessageFormat,
        string englishMessageFormat,
        string messageArguments,
        string notes = "")
    {
        Code = code;
        Severity = severity;
        Provenance = provenance;
        OnlyIn = onlyIn;
        Scope = scope;
        Equation = equation;
        ChineseTitle = chineseTitle;
        EnglishTitle = englishTitle;
        chineseFormat = chineseMessageFormat;
        englishFormat = englishMessageFormat;
        MessageArguments = messageArguments;
        Notes = notes;
    }

    /// <summary>Gets the stable error code, e.g. <c>R1</c>; it is the <c>ErrorCode</c> of every failure of the rule.</summary>
    public string Code { get; }

    /// <summary>Gets the severity of every failure of the rule.</summary>
    public Severity Severity { get; }

    /// <summary>Gets where the rule comes from.</summary>
    public RuleProvenance Provenance { get; }

    /// <summary>Gets the only edition the rule applies to, or null when it applies to both.</summary>
    public FormatEdition? OnlyIn { get; }

    /// <summary>Gets what the rule checks, e.g. <c>Section 三, each column</c>.</summary>
    public string Scope { get; }

    /// <summary>Gets the rule in the notation of FORMATS.md, e.g. <c>一 + 二 = 三(七) + 四</c>; empty when it is not an equation.</summary>
    public string Equation { get; }

    /// <summary>Gets a short Chinese description.</summary>
    public string ChineseTitle { get; }

    /// <summary>Gets a short English description.</summary>
    public string EnglishTitle { get; }

    /// <summary>Gets the Chinese message template, a composite format string whose arguments <see cref="MessageArguments"/> describes.</summary>
    public string ChineseMessageFormat => chineseFormat;

    /// <summary>Gets the English message template, a composite format string with the same arguments as <see cref="ChineseMessageFormat"/>.</summary>
    public string EnglishMessageFormat => englishFormat;

    /// <summary>Gets what the arguments <c>{0}</c>, <c>{1}</c>, … of the message templates are, in English.</summary>
    public string MessageArguments { get; }

    /// <summary>Gets notes on blank cells, thresholds and the like, in English; may be empty.</summary>
    public string Notes { get; }

    /// <summary>Gets the title in a language.</summary>
    /// <param name="language">Chinese or English (<see cref="ValidationLanguage.CurrentUICulture"/> is resolved first).</param>
    /// <returns>The title.</returns>
    public string GetTitle(ValidationLanguage language) =>
        language.Resolve() == ValidationLanguage.Chinese ? ChineseTitle : EnglishTitle;

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {EnglishTitle}";

    /// <summary>Creates a violation of this rule: its code, severity and both messages formatted with <paramref name="args"/>.</summary>
    internal RuleViolation CreateViolation(
        string propertyPath,
        ReadOnlySpan<object?> args,
        string? rowLabel = null,
        string? columnLabel = null,
        string? equation = null,
        long? left = null,
        long? right = null) => new()
        {
            Code = Code,
            Severity = Severity,
            PropertyPath = propertyPath,
            RowLabel = rowLabel,
            ColumnLabel = columnLabel,
            Equation = equation,
            Left = left,
            Right = right,
            ChineseMessage = FormatChinese(args),
            EnglishMessage = FormatEnglish(args),
        };

    internal string FormatChinese(params ReadOnlySpan<object?> args) => string.Format(CultureInfo.InvariantCulture, chineseFormat, args);

    internal string FormatEnglish(params ReadOnlySpan<object?> args) => string.Format(CultureInfo.InvariantCulture, englishFormat, args);
}
