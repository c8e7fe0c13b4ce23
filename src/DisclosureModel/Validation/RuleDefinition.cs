using System.Diagnostics;
using DisclosureModel.Utility;
using FluentValidation;

namespace DisclosureModel.Validation;

/// <summary>Where a rule comes from: printed in the format, stated in the regulations, or inferred (see <c>docs/rules.md</c>).</summary>
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
/// One rule of the catalogue: its stable code, severity, provenance, equation and message templates in Chinese and
/// English with named placeholders.
/// </summary>
/// <remarks>
/// Rules are defined once, in <see cref="DisclosureRules"/>; the validators, the failure messages and
/// <c>docs/rules.md</c> all read them from there. The message templates come from one table per language, keyed by
/// the code. Instances are immutable.
/// </remarks>
public sealed class RuleDefinition
{
    private readonly RuleMessagePlaceholder[] placeholders;

    internal RuleDefinition(
        string code,
        Severity severity,
        string ruleSet,
        RuleProvenance provenance,
        FormatEdition? onlyIn,
        string scope,
        string equation,
        string chineseTitle,
        string englishTitle,
        RuleMessagePlaceholder[] messagePlaceholders,
        string notes = "")
    {
        Code = code;
        Severity = severity;
        RuleSet = ruleSet;
        RuleSetBit = DisclosureRuleSets.BitOf(ruleSet);
        Provenance = provenance;
        OnlyIn = onlyIn;
        Scope = scope;
        Equation = equation;
        ChineseTitle = chineseTitle;
        EnglishTitle = englishTitle;
        ChineseMessageTemplate = ChineseRuleMessages.Templates[code];
        EnglishMessageTemplate = EnglishRuleMessages.Templates[code];
        placeholders = messagePlaceholders;
        Notes = notes;
        CheckPlaceholders();
    }

    /// <summary>Gets the stable error code, e.g. <c>R1</c>; it is the <c>ErrorCode</c> of every failure of the rule.</summary>
    public string Code { get; }

    /// <summary>Gets the severity of every failure of the rule.</summary>
    public Severity Severity { get; }

    /// <summary>
    /// Gets the rule's family, one of <see cref="DisclosureRuleSets"/>: the FluentValidation rule set that runs it
    /// (<c>o.IncludeRuleSets(rule.RuleSet)</c>). Every rule also runs without a rule set.
    /// </summary>
    public string RuleSet { get; }

    /// <summary>Gets the bit of <see cref="RuleSet"/> in a mask of rule sets.</summary>
    internal int RuleSetBit { get; }

    /// <summary>Gets where the rule comes from.</summary>
    public RuleProvenance Provenance { get; }

    /// <summary>Gets the only edition the rule applies to, or null when it applies to both.</summary>
    public FormatEdition? OnlyIn { get; }

    /// <summary>Gets what the rule checks, e.g. <c>Section 三, each column</c>.</summary>
    public string Scope { get; }

    /// <summary>Gets the rule in the notation of the printed tables, e.g. <c>一 + 二 = 三(七) + 四</c>; empty when it is not an equation.</summary>
    public string Equation { get; }

    /// <summary>Gets a short Chinese description.</summary>
    public string ChineseTitle { get; }

    /// <summary>Gets a short English description.</summary>
    public string EnglishTitle { get; }

    /// <summary>
    /// Gets the Chinese message template, e.g. <c>三、本年度办理结果“{column}”列的（七）总计与（一）至（六）之和不符：{equation}。</c>:
    /// text with named placeholders in braces, each one of <see cref="MessagePlaceholders"/>; <c>{{</c> and <c>}}</c> stand
    /// for literal braces.
    /// </summary>
    public string ChineseMessageTemplate { get; }

    /// <summary>
    /// Gets the English message template, with placeholders as in <see cref="ChineseMessageTemplate"/>; it may use
    /// placeholders the Chinese one leaves out (the English labels), and the other way round.
    /// </summary>
    public string EnglishMessageTemplate { get; }

    /// <summary>
    /// Gets the placeholders of the message templates, with what each stands for: exactly the names the two templates
    /// use together, and exactly the arguments the validators supply for every failure of the rule.
    /// </summary>
    public IReadOnlyList<RuleMessagePlaceholder> MessagePlaceholders => placeholders;

    /// <summary>Gets notes on blank cells, thresholds and the like, in English; may be empty.</summary>
    public string Notes { get; }

    /// <summary>Gets the title in a language.</summary>
    /// <param name="language">Chinese or English (<see cref="ValidationLanguage.CurrentUICulture"/> is resolved first).</param>
    /// <returns>The title.</returns>
    public string GetTitle(ValidationLanguage language) =>
        language.Resolve() == ValidationLanguage.Chinese ? ChineseTitle : EnglishTitle;

    /// <summary>Gets the message template in a language.</summary>
    /// <param name="language">Chinese or English (<see cref="ValidationLanguage.CurrentUICulture"/> is resolved first).</param>
    /// <returns><see cref="ChineseMessageTemplate"/> or <see cref="EnglishMessageTemplate"/>.</returns>
    public string GetMessageTemplate(ValidationLanguage language) =>
        language.Resolve() == ValidationLanguage.Chinese ? ChineseMessageTemplate : EnglishMessageTemplate;

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {EnglishTitle}";

    /// <summary>Creates a violation of this rule: its code, severity and both messages formatted with <paramref name="args"/>.</summary>
    /// <param name="propertyPath">The path of the offending cell or member.</param>
    /// <param name="args">One argument per placeholder of <see cref="MessagePlaceholders"/>, by name.</param>
    /// <param name="rowLabel">The row label, or null.</param>
    /// <param name="columnLabel">The column label, or null.</param>
    /// <param name="equation">The equation with its numbers, or null.</param>
    /// <param name="left">The left side's value, or null.</param>
    /// <param name="right">The right side's value, or null.</param>
    internal RuleViolation CreateViolation(
        string propertyPath,
        ReadOnlySpan<MessageArgument> args,
        string? rowLabel = null,
        string? columnLabel = null,
        string? equation = null,
        long? left = null,
        long? right = null)
    {
        CheckArguments(args);
        return new()
        {
            Code = Code,
            Severity = Severity,
            PropertyPath = propertyPath,
            RowLabel = rowLabel,
            ColumnLabel = columnLabel,
            Equation = equation,
            Left = left,
            Right = right,
            ChineseMessage = MessageTemplate.Format(ChineseMessageTemplate, args),
            EnglishMessage = MessageTemplate.Format(EnglishMessageTemplate, args),
        };
    }

    /// <summary>Checks, in debug builds (the tests), that a call site supplies exactly the rule's placeholders.</summary>
    [Conditional("DEBUG")]
    private void CheckArguments(ReadOnlySpan<MessageArgument> args)
    {
        var supplied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var arg in args)
        {
            if (!supplied.Add(arg.Name))
            {
                throw new InvalidOperationException($"Rule {Code}: the argument '{arg.Name}' is given twice.");
            }
        }

        if (!supplied.SetEquals(placeholders.Select(p => p.Name)))
        {
            throw new InvalidOperationException(
                $"Rule {Code}: the arguments ({string.Join(", ", supplied.Order(StringComparer.Ordinal))}) are not the message's placeholders ({string.Join(", ", placeholders.Select(p => p.Name).Order(StringComparer.Ordinal))}).");
        }
    }

    /// <summary>Checks that the templates use exactly the declared placeholders between them, each declared once.</summary>
    private void CheckPlaceholders()
    {
        var declared = placeholders.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var chinese = MessageTemplate.GetPlaceholders(ChineseMessageTemplate, "rule." + Code);
        var english = MessageTemplate.GetPlaceholders(EnglishMessageTemplate, "rule." + Code);
        if (declared.Count != placeholders.Length || !declared.SetEquals(chinese.Union(english)))
        {
            throw new InvalidOperationException(
                $"Rule {Code}: the templates use the placeholders ({string.Join(", ", chinese.Union(english).Order(StringComparer.Ordinal))}) but the rule declares ({string.Join(", ", placeholders.Select(p => p.Name))}).");
        }
    }
}
