using System.Globalization;
using System.Text;

namespace DisclosureModel.Validation;

/// <summary>Writes the generated part of <c>docs/rules.md</c> from <see cref="DisclosureRules"/> and <see cref="BalancingRules"/>.</summary>
internal static class RuleCatalogueMarkdown
{
    /// <summary>The line before the generated part of docs/rules.md.</summary>
    public const string Begin = "<!-- BEGIN GENERATED: RuleCatalogueMarkdown; edit DisclosureRules.cs, not this section -->";

    /// <summary>The line after the generated part of docs/rules.md.</summary>
    public const string End = "<!-- END GENERATED -->";

    public static string Create()
    {
        var builder = new StringBuilder();
        builder.Append("| code | severity | rule set | provenance | edition | scope | rule |\n");
        builder.Append("| --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var rule in DisclosureRules.All)
        {
            builder.Append(CultureInfo.InvariantCulture, $"| [{rule.Code}](#{rule.Code.ToLowerInvariant()}) | {rule.Severity} | {rule.RuleSet} | {rule.Provenance} | {Edition(rule)} | {rule.Scope} | {rule.ChineseTitle} — {rule.EnglishTitle} |\n");
        }

        foreach (var rule in DisclosureRules.All)
        {
            builder.Append('\n');
            builder.Append(CultureInfo.InvariantCulture, $"### {rule.Code}\n\n");
            builder.Append(CultureInfo.InvariantCulture, $"**{rule.ChineseTitle}** — {rule.EnglishTitle}.\n\n");
            builder.Append(CultureInfo.InvariantCulture, $"- Severity: {rule.Severity}. Rule set: {rule.RuleSet}. Provenance: {rule.Provenance}. Edition: {Edition(rule)}. Scope: {rule.Scope}.\n");
            if (rule.Equation.Length > 0)
            {
                builder.Append(CultureInfo.InvariantCulture, $"- Rule: `{rule.Equation}`\n");
            }

            var equations = BalancingRules.All.Where(e => e.Rule == rule).ToList();
            if (equations.Count > 0)
            {
                var perEdition = FormatEditions.All
                    .Select(edition => (edition, count: CountFor(rule, edition)))
                    .Where(x => x.count > 0)
                    .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.count} in the {x.edition.GetIdentifier()} format"));
                builder.Append(CultureInfo.InvariantCulture, $"- Equations in the rule table: {string.Join(", ", perEdition)}; failures are reported on `{equations[0].Subject.PropertyPath}` and its like.\n");
            }

            if (rule.Notes.Length > 0)
            {
                builder.Append(CultureInfo.InvariantCulture, $"- Notes: {rule.Notes}\n");
            }

            builder.Append(CultureInfo.InvariantCulture, $"- Message (zh-CN): `{rule.ChineseMessageTemplate}`\n");
            builder.Append(CultureInfo.InvariantCulture, $"- Message (en): `{rule.EnglishMessageTemplate}`\n");
            builder.Append("- Placeholders: ")
                .AppendJoin("; ", rule.MessagePlaceholders.Select(p => string.Create(CultureInfo.InvariantCulture, $"`{p}` {p.Description}")))
                .Append(rule.MessagePlaceholders.Count == 0 ? "none.\n" : ".\n");
        }

        return builder.ToString();
    }

    private static int CountFor(RuleDefinition rule, FormatEdition edition) =>
        BalancingRules.GetApplicationEquations(edition).Count(e => e.Rule == rule)
        + BalancingRules.ReviewAndLitigationEquations.Count(e => e.Rule == rule)
        + BalancingRules.GetProactiveEquations(edition).Count(e => e.Rule == rule);

    private static string Edition(RuleDefinition rule) => rule.OnlyIn is { } edition ? edition.GetIdentifier() : "both";
}
