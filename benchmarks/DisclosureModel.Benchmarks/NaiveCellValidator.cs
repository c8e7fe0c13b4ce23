using FluentValidation;

namespace DisclosureModel.Benchmarks;

/// <summary>
/// For comparison: the validator one would write first with FluentValidation, one rule per cell. Every count cell of
/// Sections 三 and 四 gets a rule (at least 0 when printed); every printed 总计 gets a rule that it equals the sum of
/// its row (R2 / R4); every column of Section 三 gets the outcome total (R3) and the balance (R1). The rows and columns
/// come from the layout catalogs. It reports less than <see cref="Validation.DisclosureReportValidator"/> (no metadata,
/// Section 二 or narrative rules, plain messages) and is measured on the same valid reports.
/// </summary>
public sealed class NaiveCellValidator : AbstractValidator<DisclosureReport>
{
    /// <summary>Creates the validator: about 190 rules.</summary>
    public NaiveCellValidator()
    {
        foreach (var row in ApplicationsLayout.AllRows)
        {
            var definition = row;
            foreach (var column in ApplicantColumns.All)
            {
                var cell = column;
                RuleFor(report => definition.GetCounts(report.Applications)!.Value[cell])
                    .GreaterThanOrEqualTo(0)
                    .When(report => definition.AppliesTo(report.Edition))
                    .OverridePropertyName(definition.PropertyPath + "." + cell);
            }

            RuleFor(report => definition.GetCounts(report.Applications)!.Value)
                .Must(counts => counts.Total is null || counts.Total == counts.ApplicantSum)
                .When(report => definition.AppliesTo(report.Edition))
                .WithMessage("总计 does not equal the sum of the row.")
                .OverridePropertyName(definition.PropertyPath + "." + ApplicantColumn.Total);
        }

        foreach (var column in ApplicantColumns.All)
        {
            var cell = column;
            RuleFor(report => report.Applications.Outcomes.Total[cell])
                .Must((report, total) => total is null || total == OutcomeSum(report.Applications, cell))
                .WithMessage("（七）总计 does not equal the sum of the outcomes.")
                .OverridePropertyName("Applications.Outcomes.Total." + cell);

            RuleFor(report => report.Applications)
                .Must(table => (table.NewlyReceived[cell] ?? 0) + (table.CarriedOverFromLastYear[cell] ?? 0)
                    == (table.Outcomes.Total[cell] ?? 0) + (table.CarriedForwardToNextYear[cell] ?? 0))
                .WithMessage("一 + 二 does not equal 三（七） + 四.")
                .OverridePropertyName("Applications.CarriedForwardToNextYear." + cell);
        }

        foreach (var block in ReviewAndLitigationLayout.Blocks)
        {
            var current = block;
            foreach (var column in ReviewAndLitigationLayout.Columns)
            {
                var cell = column;
                RuleFor(report => report.ReviewAndLitigation[current][cell])
                    .GreaterThanOrEqualTo(0)
                    .OverridePropertyName(ReviewAndLitigationLayout.GetPropertyPath(current) + "." + cell);
            }

            RuleFor(report => report.ReviewAndLitigation[current])
                .Must(counts => counts.Total is null || counts.Total == counts.ResultSum)
                .WithMessage("总计 does not equal the sum of the results.")
                .OverridePropertyName(ReviewAndLitigationLayout.GetPropertyPath(current) + "." + CaseResultColumn.Total);
        }
    }

    private static int OutcomeSum(ApplicationsTable table, ApplicantColumn column)
    {
        var sum = 0;
        foreach (var row in ApplicationsLayout.AllRows)
        {
            if (row.IsOutcome && row.AppliesTo(table.Edition) && row.GetCounts(table) is { } counts)
            {
                sum += counts[column] ?? 0;
            }
        }

        return sum;
    }
}
