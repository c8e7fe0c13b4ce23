using System.Globalization;
using DisclosureModel.Utility;
using FluentValidation;

namespace DisclosureModel.Validation.Narrative;

/// <summary>
/// N1–N3: the narrative scan (<see cref="NarrativeScanner"/>, once per report) against the tables and the report year.
/// A statement about an unread cell gives one NA finding per rule, never N1 or N2.
/// </summary>
internal static class NarrativeChecks
{
    /// <summary>Checks a report's narrative scan.</summary>
    internal static void Check(DisclosureReport report, NarrativeScan scan, ValidationContext<DisclosureReport> context, RuleOutput output)
    {
        if (ReferenceEquals(scan, NarrativeScan.Empty))
        {
            return;
        }

        if (scan.OtherYears is { } years && output.Selects(DisclosureRules.NarrativeReportYear))
        {
            foreach (var named in years)
            {
                ReadOnlySpan<MessageArgument> args = [("where", named.Location.PropertyPath), ("sentence", named.Location.Sentence), ("statedYear", named.Year), ("year", report.Metadata.ReportYear)];
                var violation = DisclosureRules.NarrativeReportYear.CreateViolation(EquationRunner.PathOf(context, string.Empty, "Metadata.ReportYear"), args, left: named.Year, right: report.Metadata.ReportYear) with { Narrative = named.Location };
                EquationRunner.Add(context, violation, output, named.Year);
            }
        }

        if (CellCatalog.TryFor(report) is not { } catalog)
        {
            return;
        }

        var unread = NotAssessableFindings.UnreadSheet(report, catalog);
        if (scan.Statements is { } statements && output.Selects(DisclosureRules.NarrativeFigure))
        {
            CheckStatements(report, statements, catalog, unread, context, output);
        }

        if (scan.CaseClaims is { } claims && output.Selects(DisclosureRules.NarrativeCaseResults))
        {
            CheckCaseClaims(report, claims, catalog, unread, context, output);
        }
    }

    private static void CheckStatements(DisclosureReport report, List<NarrativeStatement> statements, CellCatalog catalog, bool[] unread, ValidationContext<DisclosureReport> context, RuleOutput output)
    {
        List<(int? Year, CellDefinition Cell)>? notAssessable = null;
        var notAssessableCount = 0;
        foreach (var statement in statements)
        {
            if (statement.Phrase.OnlyIn is { } edition && edition != catalog.Edition)
            {
                continue;
            }

            var cells = statement.Phrase.Cells(catalog);
            if (unread.Length > 0 && cells.Any(c => unread[c.Index]))
            {
                notAssessable ??= [];
                notAssessable.AddRange(cells.Where(c => unread[c.Index]).Select(c => ((int?)null, c)));
                notAssessableCount++;
                continue;
            }

            decimal sum = 0;
            var blank = false;
            foreach (var cell in cells)
            {
                if (cell.GetValue(report).Number is { } number)
                {
                    sum += number;
                }
                else
                {
                    blank = true;
                }
            }

            if (blank || sum == statement.Number)
            {
                continue;
            }

            var (chinese, english) = Describe(cells);
            var value = (long)sum;
            ReadOnlySpan<MessageArgument> args =
            [
                ("where", statement.Location.PropertyPath), ("sentence", statement.Location.Sentence), ("stated", statement.Number),
                ("cells", chinese), ("cellsEnglish", english), ("value", value),
            ];
            var first = cells[0];
            var violation = DisclosureRules.NarrativeFigure.CreateViolation(
                EquationRunner.PathOf(context, string.Empty, first.PropertyPath), args, rowLabel: first.Row.Chinese, columnLabel: first.Column.Chinese, left: statement.Number, right: value)
                with { Narrative = statement.Location };
            EquationRunner.Add(context, violation, output, value);
        }

        if (notAssessable is not null)
        {
            AddNotAssessable(context, output, DisclosureRules.NarrativeFigure, notAssessableCount, notAssessable);
        }
    }

    private static void CheckCaseClaims(DisclosureReport report, List<NarrativeCaseClaim> claims, CellCatalog catalog, bool[] unread, ValidationContext<DisclosureReport> context, RuleOutput output)
    {
        List<(int? Year, CellDefinition Cell)>? notAssessable = null;
        var notAssessableCount = 0;
        foreach (var claim in claims)
        {
            CaseResultColumn[] columns = claim.Upheld ? [CaseResultColumn.Corrected, CaseResultColumn.OtherResult, CaseResultColumn.Pending] : [CaseResultColumn.Pending];
            var blocks = ReviewAndLitigationLayout.Blocks.Where(b => b == CaseBlock.AdministrativeReview ? claim.Review : claim.Litigation);
            var cells = blocks.SelectMany(b => columns.Select(c => catalog.GetCell(b, c))).ToList();
            if (unread.Length > 0 && cells.Any(c => unread[c.Index]))
            {
                notAssessable ??= [];
                notAssessable.AddRange(cells.Where(c => unread[c.Index]).Select(c => ((int?)null, c)));
                notAssessableCount++;
                continue;
            }

            if (cells.FirstOrDefault(c => c.GetValue(report).Number > 0) is not { } contradicting)
            {
                continue;
            }

            var value = (long)contradicting.GetValue(report).Number!.Value;
            ReadOnlySpan<MessageArgument> args =
            [
                ("where", claim.Location.PropertyPath), ("sentence", claim.Location.Sentence),
                ("block", contradicting.Row.Chinese), ("blockEnglish", contradicting.Row.English),
                ("column", contradicting.Column.Chinese), ("columnEnglish", contradicting.Column.English), ("value", value),
            ];
            var violation = DisclosureRules.NarrativeCaseResults.CreateViolation(
                EquationRunner.PathOf(context, string.Empty, contradicting.PropertyPath), args, rowLabel: contradicting.Row.Chinese, columnLabel: contradicting.Column.Chinese, left: 0, right: value)
                with { Narrative = claim.Location };
            EquationRunner.Add(context, violation, output, value);
        }

        if (notAssessable is not null)
        {
            AddNotAssessable(context, output, DisclosureRules.NarrativeCaseResults, notAssessableCount, notAssessable);
        }
    }

    private static void AddNotAssessable(ValidationContext<DisclosureReport> context, RuleOutput output, RuleDefinition rule, int count, List<(int? Year, CellDefinition Cell)> cells)
    {
        List<(int? Year, CellDefinition Cell)> ordered = [.. cells.Distinct().OrderBy(c => c.Cell.Index)];
        var path = ordered[0].Cell.PropertyPath;
        EquationRunner.AddNotAssessable(context, path[..(path.IndexOf('.', StringComparison.Ordinal) + 1)], output, rule, count, ordered);
    }

    /// <summary>Describes the cells a statement speaks of: one cell by section, row and column; several by their rows and their common column.</summary>
    private static (string Chinese, string English) Describe(CellDefinition[] cells)
    {
        var first = cells[0];
        var rows = string.Join("、", cells.Select(c => "“" + c.Row.Chinese + "”"));
        var rowsEnglish = string.Join(", ", cells.Select(c => c.Row.English));
        var sub = first.SubTable is { } s ? s.Chinese : string.Empty;
        var subEnglish = first.SubTable is { } e ? e.English + ", " : string.Empty;
        return cells.Length == 1
            ? ($"{first.Section.Chinese}{sub}{rows}行“{first.Column.Chinese}”列", $"{first.Section.English}, {subEnglish}{rowsEnglish} · {first.Column.English} ({first.PropertyPath})")
            : ($"{first.Section.Chinese}{sub}{rows}行“{first.Column.Chinese}”列之和", string.Create(CultureInfo.InvariantCulture, $"{first.Section.English}, {subEnglish}the sum of {cells.Length} rows ({rowsEnglish}) · {first.Column.English}"));
    }
}
