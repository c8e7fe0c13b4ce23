using FluentValidation;

namespace DisclosureModel.Validation;

/// <summary>
/// The FluentValidation rule sets of the disclosure validators: each rule of <see cref="DisclosureRules"/> belongs to one
/// family (<see cref="RuleDefinition.RuleSet"/>), and a rule set runs the rules of its family, e.g.
/// <c>validator.Validate(report, o =&gt; o.IncludeRuleSets(DisclosureRuleSets.Balancing))</c>.
/// </summary>
/// <remarks>
/// Without a rule set (FluentValidation's <c>default</c>) every rule runs, as does <c>IncludeAllRuleSets()</c>. Whether a
/// rule set is selected is FluentValidation's own answer: each rule asks the validation's selector.
/// </remarks>
public static class DisclosureRuleSets
{
    /// <summary>The balancing rules (勾稽关系) of Sections 二, 三 and 四: R1–R4, R6, R7.</summary>
    public const string Balancing = "Balancing";

    /// <summary>The shape of the tables against the edition and unread cells: E1, E3, U1, U2.</summary>
    public const string Structure = "Structure";

    /// <summary>The metadata: edition for the year (E2) and statistics period (P1).</summary>
    public const string Metadata = "Metadata";

    /// <summary>The publication deadline: D1, D2.</summary>
    public const string Deadlines = "Deadlines";

    /// <summary>The plausibility of the figures: W1 (share of （六）其他处理).</summary>
    public const string Plausibility = "Plausibility";

    /// <summary>The narrative: W2 (length of Section 一), W3 (says no application against the table), N1–N3 (states figures, case results or a report year the report contradicts).</summary>
    public const string Narrative = "Narrative";

    /// <summary>The rules between the reports of a series (<see cref="DisclosureReportSeriesValidator"/>): X1–X7.</summary>
    public const string Series = "Series";

    /// <summary>
    /// Whether the report says everything the format asks for: B1 (a table left entirely blank), C1 (a 2021-format
    /// Section 六 without a statement on 信息处理费), C2 (Section 五 empty or a bare 无), C3 (a Section 二 row left blank).
    /// </summary>
    public const string Completeness = "Completeness";

    /// <summary>An aggregate report against the reports of its members (<see cref="RollupCheck"/>): A1–A3.</summary>
    public const string Rollup = "Rollup";

    /// <summary>Gets every rule set, in the order of the rule table.</summary>
    public static IReadOnlyList<string> All { get; } = [Balancing, Structure, Metadata, Deadlines, Plausibility, Narrative, Series, Completeness, Rollup];

    /// <summary>Gets the bit of a rule set in a mask of rule sets (its position in <see cref="All"/>).</summary>
    internal static int BitOf(string ruleSet)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], ruleSet, StringComparison.OrdinalIgnoreCase))
            {
                return 1 << i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(ruleSet), ruleSet, "Not a rule set of the disclosure validators.");
    }

    /// <summary>The mask of every rule set.</summary>
    internal const int AllMask = (1 << 9) - 1;

    /// <summary>Gets the FluentValidation rule set name list for a rule attached to the given families: <c>default</c> first.</summary>
    internal static string ForRule(params string[] ruleSets) => "default," + string.Join(',', ruleSets);
}
