using System.Globalization;
using System.Text;

namespace DisclosureModel.Validation;

/// <summary>One cell change of a <see cref="Correction"/>: the cell, its printed value and the value that would make the equations hold.</summary>
/// <remarks>Equality is by value.</remarks>
public sealed record CellChange
{
    /// <summary>Gets the path of the cell from the report root, e.g. <c>ReviewAndLitigation.AdministrativeReview.Total</c>.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required string PropertyPath { get; init => field = Preconditions.CheckNotNull(value, nameof(PropertyPath)); }

    /// <summary>Gets the Chinese statutory label of the cell's row (or block), or null.</summary>
    public string? RowLabel { get; init; }

    /// <summary>Gets the Chinese statutory label of the cell's column, or null.</summary>
    public string? ColumnLabel { get; init; }

    /// <summary>Gets the printed value, or null when the cell is blank.</summary>
    public long? From { get; init; }

    /// <summary>Gets the value the correction puts in the cell.</summary>
    public required long To { get; init; }
}

/// <summary>
/// A smallest set of cell changes that makes every equation of a table hold: suggested with a failed balancing rule
/// (<see cref="RuleViolation.Corrections"/>).
/// </summary>
/// <remarks>Equality is by value.</remarks>
public sealed record Correction
{
    /// <summary>Gets the cell changes, in the order of the table's cells.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required ValueList<CellChange> Changes { get; init => field = Preconditions.CheckNotNull(value, nameof(Changes)); }

    /// <summary>
    /// Describes the correction as the fix of a failed rule, e.g. <c>（七）总计 总计 0 → 11 使 R2 成立</c> or
    /// <c>行政复议 总计 0 → 11 makes R4 hold</c>: each change as its row and column labels, the printed value (or
    /// 空/blank) and the new value.
    /// </summary>
    /// <param name="ruleCode">The code of the failed rule, e.g. <c>R4</c>.</param>
    /// <param name="language">The language; <see cref="ValidationLanguage.CurrentUICulture"/> is resolved now.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleCode"/> is null.</exception>
    public string Describe(string ruleCode, ValidationLanguage language)
    {
        Preconditions.CheckNotNull(ruleCode);
        var chinese = language.Resolve() == ValidationLanguage.Chinese;
        var changes = new StringBuilder();
        foreach (var change in Changes)
        {
            if (changes.Length > 0)
            {
                changes.Append(chinese ? ChineseRuleMessages.CorrectionSeparator : EnglishRuleMessages.CorrectionSeparator);
            }

            var from = change.From?.ToString(CultureInfo.InvariantCulture) ?? (chinese ? ChineseRuleMessages.Blank : EnglishRuleMessages.Blank);
            changes.AppendJoin(' ', new[] { change.RowLabel, change.ColumnLabel }.OfType<string>())
                .Append(CultureInfo.InvariantCulture, $" {from} → {change.To}");
        }

        return (chinese ? ChineseRuleMessages.Correction : EnglishRuleMessages.Correction)
            .Replace("{changes}", changes.ToString(), StringComparison.Ordinal)
            .Replace("{rule}", ruleCode, StringComparison.Ordinal);
    }
}
