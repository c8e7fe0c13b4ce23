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
        ValidationLanguage language)
    {
        foreach (var equation in equations)
        {
            if (equation.IsViolated(values, present))
            {
                Report(equation, values, present, context, prefix, language);
            }
        }
    }

    /// <summary>
    /// Builds the name a failure reports: the context's path (empty at the root), then <paramref name="prefix"/> (e.g.
    /// <c>Applications.</c> when the report validator checks its table, empty in the table's own validator), then the
    /// relative path.
    /// </summary>
    public static string PathOf<T>(ValidationContext<T> context, string prefix, string relativePath) =>
        context.PropertyChain.BuildPropertyPath(prefix + relativePath);

    /// <summary>Adds a failure for a violation.</summary>
    public static void Add<T>(ValidationContext<T> context, RuleViolation violation, ValidationLanguage language, object? attemptedValue) =>
        context.AddFailure(violation.ToFailure(violation.PropertyPath, language, attemptedValue));

    private static void Report<T>(
        BalancingEquation equation,
        ReadOnlySpan<long> values,
        ReadOnlySpan<bool> present,
        ValidationContext<T> context,
        string prefix,
        ValidationLanguage language)
    {
        var text = equation.Describe(values, present, out var left, out var right);
        var subject = equation.Subject;
        var violation = equation.Rule.CreateViolation(PathOf(context, prefix, subject.RelativePath), Arguments(equation, text), rowLabel: subject.Row.Chinese, columnLabel: subject.Column.Chinese, equation: text, left: left, right: right);
        Add(context, violation, language, present[subject.Index] ? values[subject.Index] : null);
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
