using System.Globalization;
using System.Text;
using DisclosureModel.Utility;

namespace DisclosureModel.Validation;

/// <summary>
/// Writes the findings of rule <c>NA</c> (<see cref="DisclosureRules.NotAssessable"/>): a rule that reads unread cells is
/// reported once per report (or pair of reports), naming the rule and the unread cells by row and column.
/// </summary>
internal static class NotAssessableFindings
{
    /// <summary>How many rows a finding names before it says how many more there are.</summary>
    internal const int MaxRowsShown = 6;

    /// <summary>Gets a sheet of the unread cells of a report (slot = catalogue index), or empty when it has none.</summary>
    /// <returns>The sheet; its slots of paths that are not of the catalogue stay false (U2 reports them).</returns>
    internal static bool[] UnreadSheet(DisclosureReport report, CellCatalog catalog)
    {
        if (report.UnreadCells.Count == 0)
        {
            return [];
        }

        var sheet = new bool[catalog.Count];
        foreach (var cell in report.UnreadCells)
        {
            if (catalog.Find(cell.PropertyPath) is { } definition)
            {
                sheet[definition.Index] = true;
            }
        }

        return sheet;
    }

    /// <summary>Creates the finding for a rule of one report.</summary>
    /// <param name="rule">The rule not assessed.</param>
    /// <param name="count">How many of its equations or checks read unread cells.</param>
    /// <param name="cells">The unread cells they read (with the report year when the rule compares reports), in order.</param>
    /// <param name="propertyPath">The path to report: the first unread cell's, prefixed as the context requires.</param>
    internal static RuleViolation Create(RuleDefinition rule, int count, IReadOnlyList<(int? Year, CellDefinition Cell)> cells, string propertyPath)
    {
        var (chinese, english) = Describe(cells);
        ReadOnlySpan<MessageArgument> args =
        [
            ("rule", rule.Code), ("ruleTitle", rule.ChineseTitle), ("ruleTitleEnglish", rule.EnglishTitle),
            ("count", count), ("cells", chinese), ("cellsEnglish", english),
        ];
        var first = cells[0].Cell;
        return DisclosureRules.NotAssessable.CreateViolation(
            propertyPath,
            args,
            rowLabel: first.Row.Chinese,
            columnLabel: first.Column.Chinese,
            equation: rule.Equation.Length > 0 ? rule.Equation : null);
    }

    /// <summary>
    /// Describes unread cells row by row, e.g. <c>“（二）部分公开”行：自然人、商业企业</c> or, for a whole row,
    /// <c>“（二）部分公开”行：全部7列</c>; rows beyond <see cref="MaxRowsShown"/> are counted.
    /// </summary>
    internal static (string Chinese, string English) Describe(IReadOnlyList<(int? Year, CellDefinition Cell)> cells)
    {
        var rows = cells
            .Distinct()
            .GroupBy(c => (c.Year, c.Cell.Edition, c.Cell.RowIdentifier))
            .ToList();
        var chinese = new StringBuilder();
        var english = new StringBuilder();
        foreach (var row in rows.Take(MaxRowsShown))
        {
            var members = row.Select(c => c.Cell).OrderBy(c => c.Index).ToList();
            var first = members[0];
            var rowCells = CellCatalog.Get(first.Edition).Cells.Count(c => c.RowIdentifier == first.RowIdentifier);
            var whole = members.Count == rowCells && rowCells > 1;
            if (chinese.Length > 0)
            {
                chinese.Append('；');
                english.Append("; ");
            }

            if (row.Key.Year is { } year)
            {
                chinese.Append(year.ToString(CultureInfo.InvariantCulture)).Append("年度");
                english.Append(year.ToString(CultureInfo.InvariantCulture)).Append(' ');
            }

            chinese.Append(first.SubTable is { } subTable ? subTable.Chinese + "“" + first.Row.Chinese + "”" : "“" + first.Row.Chinese + "”");
            english.Append(first.SubTable is { } sub ? sub.English + ", " + first.Row.English : first.Row.English);
            if (whole)
            {
                chinese.Append("行：全部").Append(rowCells.ToString(CultureInfo.InvariantCulture)).Append('列');
                english.Append(": all ").Append(rowCells.ToString(CultureInfo.InvariantCulture)).Append(" columns");
            }
            else
            {
                chinese.Append("行：").Append(string.Join('、', members.Select(c => c.Column.Chinese)));
                english.Append(": ").Append(string.Join(", ", members.Select(c => c.Column.English)));
            }
        }

        if (rows.Count > MaxRowsShown)
        {
            var more = (rows.Count - MaxRowsShown).ToString(CultureInfo.InvariantCulture);
            chinese.Append("；另有").Append(more).Append('行');
            english.Append("; and ").Append(more).Append(" more rows");
        }

        return (chinese.ToString(), english.ToString());
    }
}
