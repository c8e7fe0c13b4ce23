using DisclosureModel.Utility;
using FluentValidation;

namespace DisclosureModel.Validation;

/// <summary>Evaluates balancing equations over a filled value sheet and reports the violated ones.</summary>
internal static class EquationRunner
{
    /// <summary>Reports every violated equation. Allocates nothing while every equation holds.</summary>
    public static void Run<T>(
        BalancingEquation[] equations,
        ReadOnlySpan<long> values,
        ReadOnlySpan<bool> present,
        ValidationContext<T> context,
        string prefix,
        RuleOutput output) =>
        Run(equations, values, present, [], null, context, prefix, output);

    /// <summary>
    /// Reports every violated equation that reads no unread cell, and, per rule, the equations that read one as not
    /// assessable (<c>NA</c>). Allocates nothing while every equation holds and no cell is unread.
    /// </summary>
    /// <remarks>
    /// <c>unread</c> tells whether each slot is unread (empty when no cell is); <c>catalog</c> names the unread cells and
    /// is needed when <c>unread</c> is not empty.
    /// </remarks>
    public static void Run<T>(
        BalancingEquation[] equations,
        ReadOnlySpan<long> values,
        ReadOnlySpan<bool> present,
        ReadOnlySpan<bool> unread,
        CellCatalog? catalog,
        ValidationContext<T> context,
        string prefix,
        RuleOutput output)
    {
        List<BalancingEquation>? notAssessable = null;
        CorrectionResult? corrections = null;
        foreach (var equation in equations)
        {
            if (equation.ReadsUnread(present, unread, out var na))
            {
                if (na)
                {
                    (notAssessable ??= []).Add(equation);
                }

                continue;
            }

            if (equation.IsViolated(values, present))
            {
                // One solve per table, only once it fails, shared by all its failures.
                if (output.Selects(equation.Rule) && equation.Rule.Severity <= output.MinimumSeverity)
                {
                    corrections ??= CorrectionSolver.Solve(equations, values, present, unread);
                }

                Report(equation, values, present, context, prefix, output, corrections ?? CorrectionSolver.None);
            }
        }

        if (notAssessable is null)
        {
            return;
        }

        foreach (var rule in notAssessable.Select(e => e.Rule).Distinct())
        {
            var ofRule = notAssessable.Where(e => e.Rule == rule).ToList();
            var cells = UnreadCellsOf(ofRule, unread, catalog!);
            AddNotAssessable(context, prefix, output, rule, ofRule.Count, cells);
        }
    }

    /// <summary>Gets the unread cells that equations read, in catalogue order.</summary>
    public static List<(int? Year, CellDefinition Cell)> UnreadCellsOf(IEnumerable<BalancingEquation> equations, ReadOnlySpan<bool> unread, CellCatalog catalog)
    {
        var slots = new SortedSet<int>();
        foreach (var equation in equations)
        {
            foreach (var slot in equation.Slots)
            {
                if (unread[slot])
                {
                    slots.Add(slot);
                }
            }
        }

        return [.. slots.Select(slot => ((int?)null, catalog[slot]))];
    }

    /// <summary>
    /// Adds the <c>NA</c> finding of a rule of one report, on its first unread cell, whose path is taken from its table
    /// (<paramref name="prefix"/> as for the table's own failures, e.g. <c>Applications.</c>).
    /// </summary>
    public static void AddNotAssessable<T>(ValidationContext<T> context, string prefix, RuleOutput output, RuleDefinition rule, int count, IReadOnlyList<(int? Year, CellDefinition Cell)> cells)
    {
        if (!output.Selects(rule))
        {
            return;
        }

        var path = cells[0].Cell.PropertyPath;
        var relative = path[(path.IndexOf('.', StringComparison.Ordinal) + 1)..];
        Add(context, NotAssessableFindings.Create(rule, count, cells, PathOf(context, prefix, relative)), output, null);
    }

    /// <summary>
    /// Builds the name a failure reports: the context's path (empty at the root), then <paramref name="prefix"/> (e.g.
    /// <c>Applications.</c> when the report validator checks its table, empty in the table's own validator), then the
    /// relative path.
    /// </summary>
    public static string PathOf<T>(ValidationContext<T> context, string prefix, string relativePath) =>
        context.PropertyChain.BuildPropertyPath(prefix + relativePath);

    /// <summary>Adds a failure for a violation, unless the output leaves it out (severity below the minimum, rule set not selected).</summary>
    public static void Add<T>(ValidationContext<T> context, RuleViolation violation, RuleOutput output, object? attemptedValue)
    {
        if (output.Accepts(violation))
        {
            context.AddFailure(violation.ToFailure(violation.PropertyPath, output.Language, attemptedValue));
        }
    }

    private static void Report<T>(
        BalancingEquation equation,
        ReadOnlySpan<long> values,
        ReadOnlySpan<bool> present,
        ValidationContext<T> context,
        string prefix,
        RuleOutput output,
        CorrectionResult corrections)
    {
        var text = equation.Describe(values, present, out var left, out var right);
        var subject = equation.Subject;
        var violation = equation.Rule.CreateViolation(PathOf(context, prefix, subject.RelativePath), Arguments(equation, text), rowLabel: subject.Row.Chinese, columnLabel: subject.Column.Chinese, equation: text, left: left, right: right) with
        {
            Corrections = corrections.Corrections,
            MoreCorrections = corrections.More,
        };
        Add(context, violation, output, present[subject.Index] ? values[subject.Index] : null);
    }

    /// <summary>
    /// Gets the message arguments of a violated equation: exactly the placeholders its rule declares, from the subject's
    /// row (<c>{row}</c>, <c>{block}</c>), the equation's context label (<c>{column}</c> in Section 三, <c>{table}</c> in
    /// Section 二) and the equation text (<c>{equation}</c>).
    /// </summary>
    private static MessageArgument[] Arguments(BalancingEquation equation, string text)
    {
        var placeholders = equation.Rule.MessagePlaceholders;
        var args = new MessageArgument[placeholders.Count];
        for (var i = 0; i < args.Length; i++)
        {
            var name = placeholders[i].Name;
            args[i] = new(name, name switch
            {
                "row" or "block" => equation.Subject.Row.Chinese,
                "rowEnglish" or "blockEnglish" => equation.Subject.Row.English,
                "column" or "table" => equation.Context.Chinese,
                "columnEnglish" or "tableEnglish" => equation.Context.English,
                "equation" => text,
                _ => throw new InvalidOperationException($"Rule {equation.Rule.Code}: the placeholder {{{name}}} has no value for a balancing equation."),
            });
        }

        return args;
    }
}
