using System.Globalization;
using DisclosureModel.Utility;
using FluentValidation;

namespace DisclosureModel.Validation;

/// <summary>
/// Validates the reports of one agency across years: X1 (四、结转下年度继续办理 of year N equals 二、上年结转 of year
/// N+1 in every column, across the edition boundary), X2 and X3 (2019 format: 上一年项目数量 and 对外公开总数量 continue
/// from the previous report) and X4 (2021 format: 现行有效件数 continues from the previous year): the rows of the
/// year-to-year rule table (<c>YearOverYearRules</c>, which the importer's Section 二 evidence reads too); X5 and X6 (one
/// report a year, one agency); and X7 (information: a count that changes by more than
/// <see cref="DisclosureValidatorOptions.OutlierFactor"/> from one year to the next). Each report on its own is the job of
/// <see cref="DisclosureReportValidator"/>.
/// </summary>
/// <remarks>
/// <para>The list may be in any order; every pair of reports whose years are consecutive is compared. Failures are
/// reported on the later report's cell as <c>[index].path</c>, index being the position in the list, e.g.
/// <c>[1].Applications.CarriedOverFromLastYear.NaturalPerson</c>; the messages name both years.</para>
/// <para>Build once and share: the validator is immutable and thread-safe.</para>
/// </remarks>
public sealed class DisclosureReportSeriesValidator : AbstractValidator<IReadOnlyList<DisclosureReport>>
{
    private readonly RuleOutput configured;
    private readonly OutlierThreshold outliers;

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
        configured = RuleOutput.Of(Preconditions.CheckNotNull(options));
        outliers = new(options.OutlierFactor, options.OutlierFloor);
        var probes = RuleProbes<IReadOnlyList<DisclosureReport>>.Create(reports => reports, DisclosureRuleSets.Series);
        RuleSet(probes.Names, () => RuleFor(reports => reports).Custom((reports, context) => Check(reports, context, configured.For(context, probes), outliers)));
    }

    /// <summary>
    /// Gets the relations checked for a pair of consecutive reports: the rows of <see cref="YearOverYearRules"/> for the
    /// later report's edition that apply to the pair (X1 always, X2–X4 when both Section 二 are of their edition).
    /// </summary>
    internal static IEnumerable<ContinuityRelation> RelationsFor(DisclosureReport earlier, DisclosureReport later) =>
        YearOverYearRules.Get(later.ProactiveDisclosure.Edition).Where(r => r.AppliesTo(earlier, later));

    private static long? Value(CellDefinition cell, DisclosureReport report) =>
        cell.GetValue(report).Number is { } number ? (long)number : null;

    private static void Check(IReadOnlyList<DisclosureReport> reports, ValidationContext<IReadOnlyList<DisclosureReport>> context, RuleOutput output, OutlierThreshold outliers)
    {
        CheckSeries(reports, context, output);
        var order = Enumerable.Range(0, reports.Count).OrderBy(i => reports[i].Metadata.ReportYear).ToArray();
        foreach (var i in order)
        {
            foreach (var j in order)
            {
                if (reports[j].Metadata.ReportYear == reports[i].Metadata.ReportYear + 1)
                {
                    CheckPair(reports[i], reports[j], j, context, output, outliers);
                }
            }
        }
    }

    /// <summary>X5 (one report per year) and X6 (one agency), on the series as given.</summary>
    private static void CheckSeries(IReadOnlyList<DisclosureReport> reports, ValidationContext<IReadOnlyList<DisclosureReport>> context, RuleOutput output)
    {
        var firstOfYear = new Dictionary<int, int>();
        var otherAgencies = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Count; i++)
        {
            var metadata = reports[i].Metadata;
            if (firstOfYear.TryGetValue(metadata.ReportYear, out var first))
            {
                Add(DisclosureRules.OneReportPerYear, i, "Metadata.ReportYear", [new("year", metadata.ReportYear), new("first", first), new("second", i)]);
            }
            else
            {
                firstOfYear[metadata.ReportYear] = i;
            }

            var agency = reports[0].Metadata.AgencyName;
            if (i > 0 && !string.Equals(metadata.AgencyName, agency, StringComparison.Ordinal) && otherAgencies.Add(metadata.AgencyName))
            {
                Add(DisclosureRules.OneAgencyPerSeries, i, "Metadata.AgencyName", [new("agency", agency), new("otherAgency", metadata.AgencyName), new("index", i)]);
            }
        }

        void Add(RuleDefinition rule, int index, string member, MessageArgument[] args)
        {
            var path = EquationRunner.PathOf(context, string.Empty, string.Create(CultureInfo.InvariantCulture, $"[{index}].{member}"));
            EquationRunner.Add(context, rule.CreateViolation(path, args), output, null);
        }
    }

    private static void CheckPair(DisclosureReport earlier, DisclosureReport later, int laterIndex, ValidationContext<IReadOnlyList<DisclosureReport>> context, RuleOutput output, OutlierThreshold outliers)
    {
        var unread = new UnreadPair(earlier, later);
        foreach (var relation in RelationsFor(earlier, later))
        {
            Check(relation, earlier, later, laterIndex, context, unread, output);
        }

        CheckOutliers(earlier, later, laterIndex, context, unread, output, outliers);

        unread.Report(context, laterIndex, output);
    }

    /// <summary>
    /// Checks one relation on a pair: not assessable when it reads an unread cell (and would be checked under its
    /// blank-cell policy were that cell read), skipped when its policy skips it, else compared.
    /// </summary>
    private static void Check(ContinuityRelation relation, DisclosureReport earlier, DisclosureReport later, int laterIndex, ValidationContext<IReadOnlyList<DisclosureReport>> context, UnreadPair unread, RuleOutput output)
    {
        var subjectCell = relation.CellOf(later, relation.Subject);
        var previousCells = relation.Previous.Select(p => relation.CellOf(earlier, p)).ToArray();
        var currentCells = relation.Current.Select(c => relation.CellOf(later, c.Path)).ToArray();
        var subject = Value(subjectCell, later);
        var previous = previousCells.Select(c => Value(c, earlier)).ToArray();
        var current = currentCells.Select(c => Value(c, later)).ToArray();
        (bool Earlier, long? Value, CellDefinition Cell)[] cells =
        [
            (false, subject, subjectCell),
            .. previousCells.Select((c, i) => (true, previous[i], c)),
            .. currentCells.Select((c, i) => (false, current[i], c)),
        ];
        var countAsZero = relation.BlankCells == BlankCellPolicy.CountAsZero;
        if (countAsZero ? unread.Any(relation.Rule, [.. cells.Select(c => (c.Earlier, c.Cell))]) : unread.Any(relation.Rule, cells))
        {
            return;
        }

        if (!countAsZero && cells.Any(c => c.Value is null))
        {
            return;
        }

        if ((subject ?? 0) == relation.Expected(previous, current))
        {
            return;
        }

        var (yearN, yearN1) = (earlier.Metadata.ReportYear, later.Metadata.ReportYear);
        var equation = relation.Describe(yearN, yearN1, subject, previous, current, out var left, out var right);
        var placeholders = relation.Rule.MessagePlaceholders;
        var args = new MessageArgument[placeholders.Count];
        for (var i = 0; i < args.Length; i++)
        {
            var name = placeholders[i].Name;
            args[i] = name switch
            {
                "earlierYear" => new(name, yearN),
                "laterYear" => new(name, yearN1),
                "row" => new(name, subjectCell.Row.Chinese),
                "rowEnglish" => new(name, subjectCell.Row.English),
                "column" => new(name, subjectCell.Column.Chinese),
                "columnEnglish" => new(name, subjectCell.Column.English),
                "equation" => new(name, equation),
                _ => throw new InvalidOperationException($"Rule {relation.Rule.Code}: the placeholder {{{name}}} has no value for a year-to-year relation."),
            };
        }

        var path = EquationRunner.PathOf(context, string.Empty, string.Create(CultureInfo.InvariantCulture, $"[{laterIndex}].{relation.Subject}"));
        var violation = relation.Rule.CreateViolation(path, args, rowLabel: subjectCell.Row.Chinese, columnLabel: subjectCell.Column.Chinese, equation: equation, left: left, right: right);
        EquationRunner.Add(context, violation, output, subject);
    }

    /// <summary>
    /// Gets the pairs of cells X7 compares for two reports: every cell <see cref="IsOutlierCount"/> selects in the later
    /// report's catalogue whose key is a cell of the earlier report's catalogue (Section 三 rows have the same keys in
    /// both editions; Section 二 cells only within one edition), in catalogue order.
    /// </summary>
    internal static IEnumerable<(CellDefinition Earlier, CellDefinition Later)> OutlierPairs(DisclosureReport earlier, DisclosureReport later)
    {
        foreach (var table in (StatutoryTable[])[StatutoryTable.ProactiveDisclosure, StatutoryTable.Applications, StatutoryTable.ReviewAndLitigation])
        {
            var (earlierCatalog, laterCatalog) = (CatalogOf(earlier, table), CatalogOf(later, table));
            foreach (var cell in laterCatalog.GetCells(table))
            {
                if (IsOutlierCount(cell) && earlierCatalog.FindKey(cell.Key) is { } match)
                {
                    yield return (match, cell);
                }
            }
        }
    }

    /// <summary>
    /// Tells whether X7 compares a cell: a count (not a signed change, not an amount) of Section 二, or a cell of the 总计
    /// column of Sections 三 and 四.
    /// </summary>
    internal static bool IsOutlierCount(CellDefinition cell) => cell.Kind == CellKind.Count && cell.Table switch
    {
        StatutoryTable.ProactiveDisclosure => true,
        StatutoryTable.Applications => cell.Column == ApplicantColumn.Total.GetLabel(),
        _ => cell.Column == CaseResultColumn.Total.GetLabel(),
    };

    /// <summary>Gets the catalogue of the edition of one of a report's tables (Section 三 of the hybrid is of the 2019 format).</summary>
    private static CellCatalog CatalogOf(DisclosureReport report, StatutoryTable table) => CellCatalog.Get(table switch
    {
        StatutoryTable.ProactiveDisclosure => report.ProactiveDisclosure.Edition,
        StatutoryTable.Applications => report.Applications.Edition,
        _ => report.Edition,
    });

    /// <summary>X7: every count of <see cref="OutlierPairs"/> whose change between the two years exceeds the threshold.</summary>
    private static void CheckOutliers(DisclosureReport earlier, DisclosureReport later, int laterIndex, ValidationContext<IReadOnlyList<DisclosureReport>> context, UnreadPair unread, RuleOutput output, OutlierThreshold outliers)
    {
        var rule = DisclosureRules.YearOverYearOutlier;
        if (!output.Selects(rule) || rule.Severity > output.MinimumSeverity)
        {
            return;
        }

        var (yearN, yearN1) = (earlier.Metadata.ReportYear, later.Metadata.ReportYear);
        foreach (var (earlierCell, laterCell) in OutlierPairs(earlier, later))
        {
            var (before, after) = (Value(earlierCell, earlier), Value(laterCell, later));
            if (unread.Any(rule, [(true, before, earlierCell), (false, after, laterCell)]) || before is not { } a || after is not { } b
                || outliers.FactorOf(a, b) is not { } factor)
            {
                continue;
            }

            var (chinese, english) = Describe(laterCell);
            var factorText = factor.ToString("0.#", CultureInfo.InvariantCulture);
            var threshold = outliers.Factor.ToString("0.##", CultureInfo.InvariantCulture);
            ReadOnlySpan<MessageArgument> args =
            [
                ("earlierYear", yearN), ("laterYear", yearN1), ("cell", chinese), ("cellEnglish", english),
                ("earlier", a), ("later", b), ("factor", factorText), ("threshold", threshold),
            ];
            var divisor = Math.Max(Math.Min(a, b), outliers.Floor);
            var equation = string.Create(CultureInfo.InvariantCulture, $"{yearN} = {a} → {yearN1} = {b}: {Math.Max(a, b)} ÷ {divisor} = {factorText} > {threshold}");
            var path = EquationRunner.PathOf(context, string.Empty, string.Create(CultureInfo.InvariantCulture, $"[{laterIndex}].{laterCell.PropertyPath}"));
            var violation = rule.CreateViolation(path, args, rowLabel: laterCell.Row.Chinese, columnLabel: laterCell.Column.Chinese, equation: equation, left: a, right: b);
            EquationRunner.Add(context, violation, output, b);
        }
    }

    /// <summary>Names a cell by sub-table, row and column, e.g. <c>三、本年新收政府信息公开申请数量 · 总计</c>.</summary>
    private static (string Chinese, string English) Describe(CellDefinition cell) =>
        ($"{(cell.SubTable is { } t ? t.Chinese + " " : string.Empty)}“{cell.Row.Chinese}” · {cell.Column.Chinese}",
         $"{cell.Section.English}, {(cell.SubTable is { } e ? e.English + ", " : string.Empty)}{cell.Row.English} · {cell.Column.English}");

    /// <summary>The threshold of X7: the factor above which a change is reported and the floor of the smaller value.</summary>
    private readonly record struct OutlierThreshold(decimal Factor, int Floor)
    {
        /// <summary>Gets the factor of a change when it exceeds <see cref="Factor"/>, else null.</summary>
        public decimal? FactorOf(long earlier, long later)
        {
            var factor = (decimal)Math.Max(earlier, later) / Math.Max(Math.Min(earlier, later), Floor);
            return factor > Factor ? decimal.Round(factor, 1) : null;
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

        public void Report(ValidationContext<IReadOnlyList<DisclosureReport>> context, int laterIndex, RuleOutput output)
        {
            foreach (var (rule, count, cells, path) in found.GroupBy(f => f.Rule).Select(g => (g.Key, g.Sum(f => f.Count), g.SelectMany(f => f.Cells).Distinct().OrderBy(c => c.Year).ThenBy(c => c.Cell.Index).ToList(), g.First().Path)))
            {
                var violation = NotAssessableFindings.Create(rule, count, cells, EquationRunner.PathOf(context, string.Empty, string.Create(CultureInfo.InvariantCulture, $"[{laterIndex}].{path}")));
                EquationRunner.Add(context, violation, output, null);
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
}
