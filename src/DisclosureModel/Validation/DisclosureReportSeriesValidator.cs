using System.Globalization;
using DisclosureModel.Utility;
using FluentValidation;

namespace DisclosureModel.Validation;

/// <summary>
/// Validates the reports of one agency across years: X1 (四、结转下年度继续办理 of year N equals 二、上年结转 of year
/// N+1 in every column, across the edition boundary), X2 and X3 (2019 format: 上一年项目数量 and 对外公开总数量 continue
/// from the previous report) and X4 (2021 format: 现行有效件数 continues from the previous year). Each report on its own is the job of <see cref="DisclosureReportValidator"/>.
/// </summary>
/// <remarks>
/// <para>The list may be in any order; every pair of reports whose years are consecutive is compared. Failures are
/// reported on the later report's cell as <c>[index].path</c>, index being the position in the list, e.g.
/// <c>[1].Applications.CarriedOverFromLastYear.NaturalPerson</c>; the messages name both years.</para>
/// <para>Build once and share: the validator is immutable and thread-safe.</para>
/// </remarks>
public sealed class DisclosureReportSeriesValidator : AbstractValidator<IReadOnlyList<DisclosureReport>>
{
    private readonly ValidationLanguage language;

    /// <summary>Creates the validator with <see cref="DisclosureValidatorOptions.Default"/>.</summary>
    public DisclosureReportSeriesValidator()
        : this(DisclosureValidatorOptions.Default)
    {
    }

    /// <summary>Creates the validator.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public DisclosureReportSeriesValidator(DisclosureValidatorOptions options)
    {
        language = Preconditions.CheckNotNull(options).Language;
        RuleFor(reports => reports).Custom(Check);
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Cell(int? value) => value is { } v ? N(v) : "_";

    private void Check(IReadOnlyList<DisclosureReport> reports, ValidationContext<IReadOnlyList<DisclosureReport>> context)
    {
        var order = Enumerable.Range(0, reports.Count).OrderBy(i => reports[i].Metadata.ReportYear).ToArray();
        foreach (var i in order)
        {
            foreach (var j in order)
            {
                if (reports[j].Metadata.ReportYear == reports[i].Metadata.ReportYear + 1)
                {
                    CheckPair(reports[i], reports[j], j, context);
                }
            }
        }
    }

    private void CheckPair(DisclosureReport earlier, DisclosureReport later, int laterIndex, ValidationContext<IReadOnlyList<DisclosureReport>> context)
    {
        var yearN = earlier.Metadata.ReportYear;
        var yearN1 = later.Metadata.ReportYear;
        var forward = earlier.Applications.CarriedForwardToNextYear;
        var over = later.Applications.CarriedOverFromLastYear;
        var unread = new UnreadPair(earlier, later);
        foreach (var column in ApplicantColumns.All)
        {
            // Blank counts as 0 in X1, so an unread cell on either side makes the column not assessable.
            var forwardCell = CellCatalog.Get(earlier.Applications.Edition).GetCell(ApplicationRow.CarriedForwardToNextYear, column);
            var overCell = CellCatalog.Get(later.Applications.Edition).GetCell(ApplicationRow.CarriedOverFromLastYear, column);
            if (unread.Any(DisclosureRules.CarriedForwardContinuity, (true, forwardCell), (false, overCell)))
            {
                continue;
            }

            long f = forward[column] ?? 0;
            long o = over[column] ?? 0;
            if (f == o)
            {
                continue;
            }

            var equation = string.Create(CultureInfo.InvariantCulture, $"{yearN} 四 = {Cell(forward[column])} ≠ {yearN1} 二 = {Cell(over[column])}");
            var label = column.GetLabel();
            ReadOnlySpan<MessageArgument> args = [("earlierYear", yearN), ("laterYear", yearN1), ("column", label.Chinese), ("columnEnglish", label.English), ("equation", equation)];
            Add(context, DisclosureRules.CarriedForwardContinuity, laterIndex, $"Applications.CarriedOverFromLastYear.{column}",
                ApplicationRow.CarriedOverFromLastYear.GetLabel().Chinese, label.Chinese, equation, f, o, args, over[column]);
        }

        if (earlier.ProactiveDisclosure is ProactiveDisclosure2019 before2019 && later.ProactiveDisclosure is ProactiveDisclosure2019 after2019)
        {
            CheckContinuity2019(before2019, after2019, yearN, yearN1, laterIndex, context, unread);
        }

        if (earlier.ProactiveDisclosure is ProactiveDisclosure2021 before && later.ProactiveDisclosure is ProactiveDisclosure2021 after)
        {
            CheckInForce(before.Article20Item1.Rules, after.Article20Item1.Rules, "Rules", 0);
            CheckInForce(before.Article20Item1.NormativeDocuments, after.Article20Item1.NormativeDocuments, "NormativeDocuments", 1);
        }

        unread.Report(context, laterIndex, language);

        void CheckInForce(DocumentCounts2021 previous, DocumentCounts2021 current, string row, int rowIndex)
        {
            var rowPath = $"ProactiveDisclosure.Article20Item1.{row}.";
            var catalog = CellCatalog.Edition2021;
            if (unread.Any(
                DisclosureRules.InForceContinuity,
                [(true, previous.InForce, catalog.Find(rowPath + "InForce")!), (false, current.InForce, catalog.Find(rowPath + "InForce")!),
                 (false, current.IssuedThisYear, catalog.Find(rowPath + "IssuedThisYear")!), (false, current.RepealedThisYear, catalog.Find(rowPath + "RepealedThisYear")!)]))
            {
                return;
            }

            if (previous.InForce is not { } p || current.InForce is not { } n || current.IssuedThisYear is not { } issued || current.RepealedThisYear is not { } repealed)
            {
                return;
            }

            long expected = (long)p + issued - repealed;
            if (expected == n)
            {
                return;
            }

            var label = ProactiveDisclosureLayout.GetTables(FormatEdition.Edition2021)[0].Rows[rowIndex];
            var equation = string.Create(CultureInfo.InvariantCulture, $"{yearN1} 现行有效件数 = {n} ≠ {yearN} 现行有效件数 + {yearN1} 本年制发件数 − {yearN1} 本年废止件数 = {p} + {issued} − {repealed} = {expected}");
            ReadOnlySpan<MessageArgument> args = [("earlierYear", yearN), ("laterYear", yearN1), ("row", label.Chinese), ("rowEnglish", label.English), ("equation", equation)];
            Add(context, DisclosureRules.InForceContinuity, laterIndex, $"ProactiveDisclosure.Article20Item1.{row}.InForce",
                label.Chinese, "现行有效件数", equation, n, expected, args, n);
        }
    }

    private void CheckContinuity2019(ProactiveDisclosure2019 earlier, ProactiveDisclosure2019 later, int yearN, int yearN1, int laterIndex, ValidationContext<IReadOnlyList<DisclosureReport>> context, UnreadPair unread)
    {
        var catalog = CellCatalog.Edition2019;
        var cells = ProactiveDisclosureLayout.GetCells(FormatEdition.Edition2019);
        long? Value(ProactiveDisclosure2019 disclosure, string path)
        {
            for (var i = 0; i < cells.Count; i++)
            {
                if (cells[i].PropertyPath == path)
                {
                    return cells[i].GetNumber(disclosure) is { } number ? (long)number : null;
                }
            }

            return null;
        }

        foreach (var cell in cells)
        {
            var rowPath = cell.PropertyPath[..cell.PropertyPath.LastIndexOf('.')];
            RuleDefinition rule;
            long? actual;
            long? first;
            long? second;
            bool isItems;
            if (cell.Column.Label.Identifier == "previousYearItems")
            {
                rule = DisclosureRules.ItemsContinuity;
                actual = Value(later, cell.PropertyPath);
                first = Value(earlier, cell.PropertyPath);
                second = Value(earlier, rowPath + ".ChangeThisYear");
                isItems = true;
            }
            else if (cell.Column.Label.Identifier == "totalPublished")
            {
                rule = DisclosureRules.CumulativeContinuity;
                actual = Value(later, cell.PropertyPath);
                first = Value(earlier, cell.PropertyPath);
                second = Value(later, rowPath + ".PublishedThisYear");
                isItems = false;
            }
            else
            {
                continue;
            }

            var secondPath = rowPath + (isItems ? ".ChangeThisYear" : ".PublishedThisYear");
            if (unread.Any(
                rule,
                [(false, actual, catalog.Find(cell.PropertyPath)!), (true, first, catalog.Find(cell.PropertyPath)!), (isItems, second, catalog.Find(secondPath)!)]))
            {
                continue;
            }

            if (actual is not { } a || first is not { } f || second is not { } s || a == f + s)
            {
                continue;
            }

            var text = isItems
                ? string.Create(CultureInfo.InvariantCulture, $"{yearN1} 上一年项目数量 = {a} ≠ {yearN} 上一年项目数量 + {yearN} 本年增/减 = {f} + {s} = {f + s}")
                : string.Create(CultureInfo.InvariantCulture, $"{yearN1} 对外公开总数量 = {a} ≠ {yearN} 对外公开总数量 + {yearN1} 本年新公开数量 = {f} + {s} = {f + s}");
            ReadOnlySpan<MessageArgument> args = [("earlierYear", yearN), ("laterYear", yearN1), ("row", cell.Row.Chinese), ("rowEnglish", cell.Row.English), ("equation", text)];
            Add(context, rule, laterIndex, cell.PropertyPath, cell.Row.Chinese, cell.Column.Label.Chinese, text, a, f + s, args, a);
        }
    }

    /// <summary>
    /// The unread cells of a pair of reports, and the X rules they make not assessable (<c>NA</c>): one finding per rule
    /// and pair, on the later report's first cell concerned.
    /// </summary>
    private sealed class UnreadPair(DisclosureReport earlier, DisclosureReport later)
    {
        private readonly HashSet<string> earlierUnread = [.. earlier.UnreadCells.Select(u => u.PropertyPath)];
        private readonly HashSet<string> laterUnread = [.. later.UnreadCells.Select(u => u.PropertyPath)];
        private readonly List<(RuleDefinition Rule, int Count, List<(int? Year, CellDefinition Cell)> Cells, string Path)> found = [];

        /// <summary>Tells whether a check that counts blanks as 0 reads an unread cell; if so, records it.</summary>
        public bool Any(RuleDefinition rule, params (bool Earlier, CellDefinition Cell)[] cells) =>
            Any(rule, [.. cells.Select(c => (c.Earlier, (long?)0, c.Cell))], skipWhenBlank: false);

        /// <summary>
        /// Tells whether a check that is skipped when a cell is blank reads an unread cell; records it when the check
        /// would be made were the unread cells read (no other cell printed blank).
        /// </summary>
        public bool Any(RuleDefinition rule, (bool Earlier, long? Value, CellDefinition Cell)[] cells) => Any(rule, cells, skipWhenBlank: true);

        public void Report(ValidationContext<IReadOnlyList<DisclosureReport>> context, int laterIndex, ValidationLanguage language)
        {
            foreach (var (rule, count, cells, path) in found.GroupBy(f => f.Rule).Select(g => (g.Key, g.Sum(f => f.Count), g.SelectMany(f => f.Cells).Distinct().OrderBy(c => c.Year).ThenBy(c => c.Cell.Index).ToList(), g.First().Path)))
            {
                var violation = NotAssessableFindings.Create(rule, count, cells, EquationRunner.PathOf(context, string.Empty, string.Create(CultureInfo.InvariantCulture, $"[{laterIndex}].{path}")));
                EquationRunner.Add(context, violation, language, null);
            }
        }

        private bool Any(RuleDefinition rule, (bool Earlier, long? Value, CellDefinition Cell)[] cells, bool skipWhenBlank)
        {
            if (earlierUnread.Count == 0 && laterUnread.Count == 0)
            {
                return false;
            }

            var unread = cells.Where(c => (c.Earlier ? earlierUnread : laterUnread).Contains(c.Cell.PropertyPath)).ToList();
            if (unread.Count == 0)
            {
                return false;
            }

            if (!skipWhenBlank || cells.All(c => c.Value is not null || (c.Earlier ? earlierUnread : laterUnread).Contains(c.Cell.PropertyPath)))
            {
                var laterCell = cells.FirstOrDefault(c => !c.Earlier).Cell ?? cells[0].Cell;
                found.Add((rule, 1, [.. unread.Select(c => ((int?)(c.Earlier ? earlier.Metadata.ReportYear : later.Metadata.ReportYear), c.Cell))], laterCell.PropertyPath));
            }

            return true;
        }
    }

    private void Add(
        ValidationContext<IReadOnlyList<DisclosureReport>> context,
        RuleDefinition rule,
        int index,
        string path,
        string rowLabel,
        string columnLabel,
        string equation,
        long left,
        long right,
        ReadOnlySpan<MessageArgument> args,
        object? attempted) =>
        EquationRunner.Add(
            context,
            rule.CreateViolation(EquationRunner.PathOf(context, string.Empty, string.Create(CultureInfo.InvariantCulture, $"[{index}].{path}")), args, rowLabel: rowLabel, columnLabel: columnLabel, equation: equation, left: left, right: right),
            language,
            attempted);
}
