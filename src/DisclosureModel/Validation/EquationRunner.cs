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
        ReadOnlySpan<object?> args = [subject.Row.Chinese, subject.Row.English, equation.Context.Chinese, equation.Context.English, text];
        var violation = equation.Rule.CreateViolation(PathOf(context, prefix, subject.RelativePath), args, rowLabel: subject.Row.Chinese, columnLabel: subject.Column.Chinese, equation: text, left: left, right: right);
        Add(context, violation, language, present[subject.Index] ? values[subject.Index] : null);
    }
}
