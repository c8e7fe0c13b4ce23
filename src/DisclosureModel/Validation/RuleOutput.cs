using System.Collections.Frozen;
using System.Linq.Expressions;
using FluentValidation;
using FluentValidation.Internal;

namespace DisclosureModel.Validation;

/// <summary>
/// What one attached rule of a validation reports: the language of the messages, the least severe severity reported
/// (<see cref="DisclosureValidatorOptions.MinimumSeverity"/>) and the rule sets selected (a mask of
/// <see cref="DisclosureRuleSets"/> bits). Every failure goes through <see cref="Accepts(RuleViolation)"/>.
/// </summary>
internal readonly record struct RuleOutput(ValidationLanguage Language, Severity MinimumSeverity, int RuleSets)
{
    private static readonly FrozenDictionary<string, int> Bits = DisclosureRules.All.ToFrozenDictionary(r => r.Code, r => r.RuleSetBit, StringComparer.Ordinal);

    /// <summary>Gets the output of options with every rule set selected.</summary>
    public static RuleOutput Of(DisclosureValidatorOptions options) => new(options.Language, options.MinimumSeverity, DisclosureRuleSets.AllMask);

    /// <summary>Tells whether a failure of a rule (or an NA finding about it) may be reported: its rule set is selected.</summary>
    public bool Selects(RuleDefinition rule) => (RuleSets & rule.RuleSetBit) != 0;

    /// <summary>
    /// Tells whether a violation is reported: severe enough, and of a selected rule set (an <c>NA</c> finding is checked
    /// against the rule it concerns by its caller, see <see cref="EquationRunner.AddNotAssessable{T}"/>).
    /// </summary>
    public bool Accepts(RuleViolation violation) =>
        violation.Severity <= MinimumSeverity // FluentValidation: Error = 0, Warning = 1, Info = 2
        && (violation.Code == DisclosureRules.NotAssessable.Code || (Bits.TryGetValue(violation.Code, out var bit) && (RuleSets & bit) != 0));

    /// <summary>Gets this output with the rule sets that a validation context selects among <paramref name="probes"/>.</summary>
    /// <remarks>
    /// FluentValidation's default selector (no rule set, no property) selects everything, at no cost. Any other selector
    /// (<c>IncludeRuleSets</c>, <c>IncludeProperties</c>, both, or a custom one) is asked about one probe rule per rule
    /// set: a rule on the same member in the rule sets <c>default</c> and that one, so it answers exactly as for the rule
    /// that runs.
    /// </remarks>
    public RuleOutput For<T>(ValidationContext<T> context, RuleProbes<T> probes)
    {
        if (context.Selector is DefaultValidatorSelector)
        {
            return this;
        }

        var mask = 0;
        foreach (var (rule, bit) in probes.Rules)
        {
            var path = context.PropertyChain.BuildPropertyPath(rule.PropertyName ?? string.Empty);
            if (context.Selector.CanExecute(rule, path, context))
            {
                mask |= bit;
            }
        }

        return this with { RuleSets = RuleSets & mask };
    }
}

/// <summary>
/// One attached rule's probes: for each rule set the rule belongs to, a rule on the same member in the FluentValidation
/// rule sets <c>default</c> and that one, never run, only shown to the context's selector.
/// </summary>
/// <typeparam name="T">The validated type.</typeparam>
internal sealed class RuleProbes<T>
{
    private RuleProbes((IValidationRule Rule, int Bit)[] rules, string names)
    {
        Rules = rules;
        Names = names;
    }

    /// <summary>Gets the FluentValidation rule set names of the attached rule: <c>default</c> and its rule sets.</summary>
    public string Names { get; }

    /// <summary>Gets the probe rules and the bits of their rule sets.</summary>
    public (IValidationRule Rule, int Bit)[] Rules { get; }

    /// <summary>Creates the probes of a rule on a member, one per rule set.</summary>
    public static RuleProbes<T> Create<TProperty>(Expression<Func<T, TProperty>> member, params string[] ruleSets)
    {
        var validator = new ProbeValidator();
        foreach (var ruleSet in ruleSets)
        {
            validator.Add(member, ruleSet);
        }

        return new([.. validator.Zip(ruleSets, (rule, ruleSet) => (rule, DisclosureRuleSets.BitOf(ruleSet)))], DisclosureRuleSets.ForRule(ruleSets));
    }

    private sealed class ProbeValidator : AbstractValidator<T>
    {
        public void Add<TProperty>(Expression<Func<T, TProperty>> member, string ruleSet) =>
            RuleSet(DisclosureRuleSets.ForRule(ruleSet), () => RuleFor(member));
    }
}
