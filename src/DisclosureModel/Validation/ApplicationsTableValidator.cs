using System.Globalization;
using DisclosureModel.Utility;
using FluentValidation;

namespace DisclosureModel.Validation;

/// <summary>
/// Validates Section 三 (<see cref="ApplicationsTable"/>) in the shape of its own edition: R1 (carry-over identity per
/// column), R2 (outcome total per column), R3 (row totals) and W1 (share of （六）其他处理).
/// </summary>
/// <remarks>
/// Build once and share: the validator is immutable and thread-safe. Failures name cells relative to the table
/// (<c>Outcomes.Total.NaturalPerson</c>), prefixed with the parent path when used as a child validator
/// (<c>Applications.Outcomes.Total.NaturalPerson</c>). A balanced table validates without allocating beyond
/// FluentValidation's own bookkeeping.
/// </remarks>
public sealed class ApplicationsTableValidator : AbstractValidator<ApplicationsTable>
{
    /// <summary>The share of （六）其他处理 above which W1 warns, in percent.</summary>
    internal const int OtherHandlingThresholdPercent = 20;

    /// <summary>The smallest number of applications otherwise handled for which W1 warns.</summary>
    internal const int OtherHandlingMinimum = 3;

    private readonly RuleOutput output;

    /// <summary>Creates the validator with <see cref="DisclosureValidatorOptions.Default"/>.</summary>
    public ApplicationsTableValidator()
        : this(DisclosureValidatorOptions.Default)
    {
    }

    /// <summary>Creates the validator.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ApplicationsTableValidator(DisclosureValidatorOptions options)
    {
        output = RuleOutput.Of(Preconditions.CheckNotNull(options));
        var probes = RuleProbes<ApplicationsTable>.Create(table => table, DisclosureRuleSets.Balancing, DisclosureRuleSets.Plausibility, DisclosureRuleSets.Structure, DisclosureRuleSets.Completeness);
        RuleSet(probes.Names, () => RuleFor(table => table).Custom((table, context) => Check(table, context, string.Empty, output.For(context, probes))));
    }

    /// <summary>Checks a table; also called by <see cref="DisclosureReportValidator"/> with the prefix <c>Applications.</c>.</summary>
    internal static void Check<T>(ApplicationsTable table, ValidationContext<T> context, string prefix, RuleOutput output)
    {
        // The value sheet has one slot per cell of the edition's catalogue; only this table's slots are filled.
        var catalog = CellCatalog.Get(table.Outcomes.Edition);
        Span<long> values = stackalloc long[catalog.Count];
        Span<bool> present = stackalloc bool[catalog.Count];
        Check(table, context, prefix, output, catalog, values, present);
    }

    /// <summary>Checks a table on a value sheet of its edition's catalogue that the caller shares between the tables of one report.</summary>
    /// <remarks>With the report's unread cells (empty when none), the equations and W1 that read one are not assessable (NA).</remarks>
    internal static void Check<T>(ApplicationsTable table, ValidationContext<T> context, string prefix, RuleOutput output, CellCatalog catalog, Span<long> values, Span<bool> present, ReadOnlySpan<bool> unread = default)
    {
        catalog.Fill(table, values, present);
        EquationRunner.Run(BalancingRules.ApplicationEquationArray(catalog), values, present, unread, catalog, context, prefix, output);
        CheckOtherHandlingShare(table, catalog, values, present, unread, context, prefix, output);
        BlankTables.Check(StatutoryTable.Applications, ApplicationsLayout.Title, catalog, present, unread, context, prefix, output);
    }

    private static void CheckOtherHandlingShare<T>(ApplicationsTable table, CellCatalog catalog, ReadOnlySpan<long> values, ReadOnlySpan<bool> present, ReadOnlySpan<bool> unread, ValidationContext<T> context, string prefix, RuleOutput output)
    {
        long other = 0;
        long outcomes = 0;
        var rows = ApplicationsLayout.GetRows(table.Outcomes.Edition);
        List<(int? Year, CellDefinition Cell)>? unreadRead = null;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (!row.IsOutcome)
            {
                continue;
            }

            if (!unread.IsEmpty)
            {
                // W1 reads the row's 总计, or its six applicant columns when the 总计 is printed blank.
                var totalSlot = catalog.TotalSlot(row.Row);
                var first = present[totalSlot] || unread[totalSlot] ? totalSlot : totalSlot - ApplicantColumns.Applicants.Count;
                for (var slot = first; slot <= totalSlot; slot++)
                {
                    if (unread[slot])
                    {
                        (unreadRead ??= []).Add((null, catalog[slot]));
                    }
                }
            }

            var value = RowTotal(catalog.TotalSlot(row.Row), values, present);
            outcomes += value;
            if (row.Row is ApplicationRow.OtherHandling or ApplicationRow.CorrectionNotSubmitted or ApplicationRow.FeeNotPaid or ApplicationRow.OtherHandlingOther)
            {
                other += value;
            }
        }

        if (unreadRead is not null)
        {
            EquationRunner.AddNotAssessable(context, prefix, output, DisclosureRules.OtherHandlingShare, 1, unreadRead);
            return;
        }

        if (other < OtherHandlingMinimum || other * 100 <= outcomes * OtherHandlingThresholdPercent)
        {
            return;
        }

        var share = Math.Round(other * 100m / outcomes, 1).ToString("0.0", CultureInfo.InvariantCulture);
        var rule = DisclosureRules.OtherHandlingShare;
        ReadOnlySpan<MessageArgument> args = [("otherHandling", other), ("outcomes", outcomes), ("share", share), ("threshold", OtherHandlingThresholdPercent)];
        var relative = table.Outcomes.Edition == FormatEdition.Edition2019 ? "Outcomes.OtherHandling.Total" : "Outcomes.OtherHandling";
        EquationRunner.Add(
            context,
            rule.CreateViolation(EquationRunner.PathOf(context, prefix, relative), args, rowLabel: ApplicationsLayout.GetGroup(ApplicationRowGroup.OtherHandling).Label.Chinese, columnLabel: ApplicantColumn.Total.GetLabel().Chinese, left: other, right: outcomes),
            output,
            other);
    }

    /// <summary>Gets a row's 总计, or the sum of its six applicant columns (the slots before it) when the total is blank.</summary>
    private static long RowTotal(int totalSlot, ReadOnlySpan<long> values, ReadOnlySpan<bool> present)
    {
        if (present[totalSlot])
        {
            return values[totalSlot];
        }

        long sum = 0;
        for (var c = totalSlot - ApplicantColumns.Applicants.Count; c < totalSlot; c++)
        {
            sum += values[c];
        }

        return sum;
    }
}
