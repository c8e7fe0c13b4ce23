using FluentValidation;

namespace DisclosureModel.Validation;

/// <summary>Validates Section 四 (<see cref="ReviewAndLitigationTable"/>): R4, the total of each block.</summary>
/// <remarks>Build once and share: the validator is immutable and thread-safe.</remarks>
public sealed class ReviewAndLitigationTableValidator : AbstractValidator<ReviewAndLitigationTable>
{
    private readonly RuleOutput output;

    /// <summary>Creates the validator with <see cref="DisclosureValidatorOptions.Default"/>.</summary>
    public ReviewAndLitigationTableValidator()
        : this(DisclosureValidatorOptions.Default)
    {
    }

    /// <summary>Creates the validator.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ReviewAndLitigationTableValidator(DisclosureValidatorOptions options)
    {
        output = RuleOutput.Of(Preconditions.CheckNotNull(options));
        var probes = RuleProbes<ReviewAndLitigationTable>.Create(table => table, DisclosureRuleSets.Balancing, DisclosureRuleSets.Structure, DisclosureRuleSets.Completeness);
        RuleSet(probes.Names, () => RuleFor(table => table).Custom((table, context) => Check(table, context, string.Empty, output.For(context, probes))));
    }

    /// <summary>Checks a table; also called by <see cref="DisclosureReportValidator"/> with the prefix <c>ReviewAndLitigation.</c>.</summary>
    /// <remarks>Section 四 is the same in both editions; a table checked on its own is placed in the 2021 catalogue.</remarks>
    internal static void Check<T>(ReviewAndLitigationTable table, ValidationContext<T> context, string prefix, RuleOutput output, FormatEdition edition = FormatEdition.Edition2021)
    {
        var catalog = CellCatalog.Get(edition);
        Span<long> values = stackalloc long[catalog.Count];
        Span<bool> present = stackalloc bool[catalog.Count];
        Check(table, context, prefix, output, catalog, values, present);
    }

    /// <summary>
    /// Checks a table on a value sheet that the caller shares between the tables of one report, with the report's unread
    /// cells (empty when none; <see cref="DisclosureReportValidator"/> passes them).
    /// </summary>
    internal static void Check<T>(ReviewAndLitigationTable table, ValidationContext<T> context, string prefix, RuleOutput output, CellCatalog catalog, Span<long> values, Span<bool> present, ReadOnlySpan<bool> unread = default)
    {
        catalog.Fill(table, values, present);
        EquationRunner.Run(BalancingRules.ReviewEquationArray(catalog), values, present, unread, catalog, context, prefix, output);
        BlankTables.Check(StatutoryTable.ReviewAndLitigation, ReviewAndLitigationLayout.Title, catalog, present, unread, context, prefix, output);
    }
}

/// <summary>
/// Validates Section 二 (<see cref="ProactiveDisclosure"/>) in the shape of its own edition: in the 2019 format R6
/// (上一年项目数量 + 本年增/减 ≥ 0) and R7 (对外公开总数量 ≥ 本年新公开数量); in both formats C3 (a row left blank).
/// </summary>
/// <remarks>Build once and share: the validator is immutable and thread-safe.</remarks>
public sealed class ProactiveDisclosureValidator : AbstractValidator<ProactiveDisclosure>
{
    private readonly RuleOutput output;

    /// <summary>Creates the validator with <see cref="DisclosureValidatorOptions.Default"/>.</summary>
    public ProactiveDisclosureValidator()
        : this(DisclosureValidatorOptions.Default)
    {
    }

    /// <summary>Creates the validator.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ProactiveDisclosureValidator(DisclosureValidatorOptions options)
    {
        output = RuleOutput.Of(Preconditions.CheckNotNull(options));
        var probes = RuleProbes<ProactiveDisclosure>.Create(disclosure => disclosure, DisclosureRuleSets.Balancing, DisclosureRuleSets.Completeness);
        RuleSet(probes.Names, () => RuleFor(disclosure => disclosure).Custom((disclosure, context) => Check(disclosure, context, string.Empty, output.For(context, probes))));
    }

    /// <summary>Checks Section 二; also called by <see cref="DisclosureReportValidator"/> with the prefix <c>ProactiveDisclosure.</c>.</summary>
    internal static void Check<T>(ProactiveDisclosure disclosure, ValidationContext<T> context, string prefix, RuleOutput output)
    {
        var catalog = CellCatalog.Get(disclosure.Edition);
        Span<long> values = stackalloc long[catalog.Count];
        Span<bool> present = stackalloc bool[catalog.Count];
        Check(disclosure, context, prefix, output, catalog, values, present);
    }

    /// <summary>
    /// Checks Section 二 on a value sheet of its edition's catalogue that the caller shares between the tables of one
    /// report, with the report's unread cells (empty when none).
    /// </summary>
    internal static void Check<T>(ProactiveDisclosure disclosure, ValidationContext<T> context, string prefix, RuleOutput output, CellCatalog catalog, Span<long> values, Span<bool> present, ReadOnlySpan<bool> unread = default)
    {
        catalog.Fill(disclosure, values, present);
        var equations = BalancingRules.ProactiveEquationArray(catalog);
        if (equations.Length > 0)
        {
            EquationRunner.Run(equations, values, present, unread, catalog, context, prefix, output);
        }

        CompletenessChecks.CheckProactiveRows(disclosure, present, unread, catalog, context, prefix, output);
    }
}

/// <summary>Rule B1: Section 三 or 四 left entirely blank (no value, no unread cell).</summary>
internal static class BlankTables
{
    /// <summary>Reports B1 when every cell of a table is blank on the sheet and none is unread.</summary>
    internal static void Check<T>(StatutoryTable table, StatutoryLabel title, CellCatalog catalog, ReadOnlySpan<bool> present, ReadOnlySpan<bool> unread, ValidationContext<T> context, string prefix, RuleOutput output)
    {
        var (start, count) = catalog.GetRange(table);
        if (present.Slice(start, count).Contains(true) || (!unread.IsEmpty && unread.Slice(start, count).Contains(true)))
        {
            return;
        }

        var rule = DisclosureRules.BlankTable;
        ReadOnlySpan<Utility.MessageArgument> args = [("table", title.Chinese), ("tableEnglish", title.English)];
        var path = prefix.Length > 0 ? prefix[..^1] : string.Empty;
        EquationRunner.Add(context, rule.CreateViolation(EquationRunner.PathOf(context, string.Empty, path), args), output, null);
    }
}
