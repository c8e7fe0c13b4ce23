using CsCheck;
using DisclosureModel.Analysis;
using DisclosureModel.Validation;
using FluentValidation;

namespace DisclosureModel.Tests.Reliability;

/// <summary>The validator against random balanced reports, single-cell changes and roll-ups.</summary>
public class ValidatorPropertyTests
{
    private static readonly DisclosureReportValidator Validator = new(new DisclosureValidatorOptions { Language = ValidationLanguage.English, MinimumSeverity = FluentValidation.Severity.Info });

    public static TheoryData<FormatEdition> Editions => [FormatEdition.Edition2019, FormatEdition.Edition2021];

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_single_cell_change_to_a_balanced_report_is_caught_by_a_rule_naming_its_row_or_column(FormatEdition edition)
    {
        // The cells of Sections 三 and 四, which the balancing rules R1–R4 cover. (Section 二 has no balancing rule:
        // its cells are independent, so a change there is not an inconsistency.) A change is any new value that differs
        // as a number, a blank counting as 0 (rules.md): the cell plus or minus 1 to 1000, a blank made a number, or a
        // number made blank — except a printed 总计 of Section 四 made blank, for which R4 is skipped by design.
        var catalog = CellCatalog.Get(edition);
        var cells = catalog.Cells.Where(d => d.Table != StatutoryTable.ProactiveDisclosure).ToArray();
        var changes = Gen.Select(ReportGenerators.BalancedReport(edition), Gen.Int[0, cells.Length - 1], Gen.Int[-1000, 1000], Gen.Int[0, 9]);

        foreach (var (i, (report, c, delta, kind)) in changes.Fixed(seed: 2019 + (ulong)edition, count: 300))
        {
            var cell = cells[c];
            Assert.Empty(Errors(report));

            var old = (int?)cell.GetValue(report).Number;
            int? changed = kind == 0 && old is > 0 && !(cell.Table == StatutoryTable.ReviewAndLitigation && cell.Column.Identifier == "total")
                ? null
                : Math.Max(0, (old ?? 0) + (delta == 0 ? 1 : delta));
            if ((changed ?? 0) == (old ?? 0))
            {
                changed = (old ?? 0) + 1;
            }

            var mutated = catalog.Build(report, [.. catalog.Cells.Select(d => d == cell ? new CellValue(changed) : d.GetValue(report))]);
            var errors = Errors(mutated);

            Assert.True(
                errors.Any(v => v.PropertyPath == cell.PropertyPath || v.RowLabel == cell.Row.Chinese || v.ColumnLabel == cell.Column.Chinese),
                $"change {i}: {cell.PropertyPath} {Show(old)} -> {Show(changed)} not named by any error; errors: {string.Join("; ", errors)}");
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_sum_of_valid_reports_is_valid(FormatEdition edition)
    {
        var reports = ReportGenerators.BalancedReport(edition).Array[1, 6];
        foreach (var (i, inputs) in reports.Fixed(seed: 2021 + (ulong)edition, count: 60))
        {
            Assert.All(inputs, r => Assert.Empty(Errors(r)));

            var sum = ReportAggregator.Sum(inputs, "合计", AgencyKind.CountyAggregate).Report;

            var errors = Errors(sum);
            Assert.True(errors.Count == 0, $"sum {i}: {string.Join("; ", errors)}");
        }
    }

    private static string Show(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "blank";

    private static List<RuleViolation> Errors(DisclosureReport report) =>
        [.. Validator.Validate(report).Errors.Where(f => f.Severity == Severity.Error).Select(f => f.GetViolation()!)];
}
