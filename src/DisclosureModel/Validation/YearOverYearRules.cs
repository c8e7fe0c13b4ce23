using System.Globalization;
using System.Text;

namespace DisclosureModel.Validation;

/// <summary>
/// One year-to-year relation of the rule table (X1–X4 of <see cref="DisclosureRules"/>): a cell of this year's report
/// (the subject) equals the sum of cells of last year's report plus signed cells of this year's. Rows of
/// <see cref="YearOverYearRules"/>; the series validator checks them and the importer settles Section 二 digit runs with
/// them.
/// </summary>
internal sealed class ContinuityRelation
{
    private readonly string[] previousSymbols;
    private readonly string[] currentSymbols;

    private ContinuityRelation(
        RuleDefinition rule,
        FormatEdition? edition,
        StatutoryTable table,
        CellDefinition subject,
        string subjectSymbol,
        (CellDefinition Cell, string Symbol)[] previous,
        (CellDefinition Cell, int Sign, string Symbol)[] current,
        BlankCellPolicy blankCells)
    {
        Rule = rule;
        Edition = edition;
        Table = table;
        Subject = subject.PropertyPath;
        SubjectSymbol = subjectSymbol;
        Previous = [.. previous.Select(p => p.Cell.PropertyPath)];
        previousSymbols = [.. previous.Select(p => p.Symbol)];
        Current = [.. current.Select(c => (c.Cell.PropertyPath, c.Sign))];
        currentSymbols = [.. current.Select(c => c.Symbol)];
        BlankCells = blankCells;
    }

    /// <summary>Gets the rule (X1, X2, X3 or X4).</summary>
    public RuleDefinition Rule { get; }

    /// <summary>Gets the edition both reports' tables must be in, or null when the relation crosses the edition boundary (X1).</summary>
    public FormatEdition? Edition { get; }

    /// <summary>Gets the statutory table that holds every cell of the relation.</summary>
    public StatutoryTable Table { get; }

    /// <summary>Gets the path of this year's cell the relation gives (where a failure is reported).</summary>
    public string Subject { get; }

    /// <summary>Gets the symbol printed for the subject, e.g. <c>二</c> or <c>现行有效件数</c>.</summary>
    public string SubjectSymbol { get; }

    /// <summary>Gets the paths of last year's cells added.</summary>
    public IReadOnlyList<string> Previous { get; }

    /// <summary>Gets the paths of this year's cells added (sign +1) or subtracted (sign −1).</summary>
    public IReadOnlyList<(string Path, int Sign)> Current { get; }

    /// <summary>Gets how blank cells are treated: X1 counts them as 0, X2–X4 are skipped when any is blank.</summary>
    public BlankCellPolicy BlankCells { get; }

    /// <summary>
    /// Tells whether the relation compares a pair of reports: X1 always (across the edition boundary too), X2–X4 when
    /// both reports' Section 二 are in the relation's edition.
    /// </summary>
    public bool AppliesTo(DisclosureReport earlier, DisclosureReport later) =>
        Edition is not { } edition || (earlier.ProactiveDisclosure.Edition == edition && later.ProactiveDisclosure.Edition == edition);

    /// <summary>Gets the catalogue cell of one of the relation's paths in a report (of the edition of the report's table that holds it).</summary>
    public CellDefinition CellOf(DisclosureReport report, string path) =>
        CellCatalog.Get(Table == StatutoryTable.Applications ? report.Applications.Edition : report.ProactiveDisclosure.Edition).Find(path)
        ?? throw new InvalidOperationException($"Rule {Rule.Code}: the catalogue has no cell {path}.");

    /// <summary>
    /// Writes the relation with its numbers, a blank as <c>_</c>: an identity of two cells (X1) as last year's cell ≠
    /// this year's, e.g. <c>2020 四 = 0 ≠ 2021 二 = 1</c>; a sum as this year's cell ≠ the sum, e.g. <c>2022 现行有效件数 =
    /// 698 ≠ 2021 现行有效件数 + 2022 本年制发件数 − 2022 本年废止件数 = 660 + 88 − 55 = 693</c>.
    /// </summary>
    /// <param name="earlierYear">Last year.</param>
    /// <param name="laterYear">This year.</param>
    /// <param name="subject">The subject's value.</param>
    /// <param name="previous">Last year's values, as <see cref="Previous"/>.</param>
    /// <param name="current">This year's values, as <see cref="Current"/>.</param>
    /// <param name="left">The left side's value (blanks as 0).</param>
    /// <param name="right">The right side's value (blanks as 0).</param>
    public string Describe(int earlierYear, int laterYear, long? subject, long?[] previous, long?[] current, out long left, out long right)
    {
        var expected = Expected(previous, current);
        var builder = new StringBuilder(96);
        if (IsIdentity)
        {
            (left, right) = (expected, subject ?? 0);
            builder.Append(CultureInfo.InvariantCulture, $"{earlierYear} {previousSymbols[0]} = {Show(previous[0])} ≠ {laterYear} {SubjectSymbol} = {Show(subject)}");
            return builder.ToString();
        }

        (left, right) = (subject ?? 0, expected);
        builder.Append(CultureInfo.InvariantCulture, $"{laterYear} {SubjectSymbol} = {Show(subject)} ≠ ");
        var terms = previousSymbols.Select((s, i) => (Year: earlierYear, Symbol: s, Sign: 1, Value: previous[i]))
            .Concat(currentSymbols.Select((s, i) => (Year: laterYear, Symbol: s, Current[i].Sign, Value: current[i])))
            .ToList();
        for (var i = 0; i < terms.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : terms[i].Sign < 0 ? " − " : " + ").Append(CultureInfo.InvariantCulture, $"{terms[i].Year} {terms[i].Symbol}");
        }

        builder.Append(" = ");
        for (var i = 0; i < terms.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : terms[i].Sign < 0 ? " − " : " + ").Append(Show(terms[i].Value));
        }

        builder.Append(" = ").Append(expected.ToString(CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    /// <summary>Gets what the subject should be: last year's cells plus this year's signed cells, blanks as 0.</summary>
    /// <param name="previous">Last year's values, as <see cref="Previous"/>.</param>
    /// <param name="current">This year's values, as <see cref="Current"/>.</param>
    public long Expected(long?[] previous, long?[] current)
    {
        long expected = 0;
        foreach (var value in previous)
        {
            expected += value ?? 0;
        }

        for (var i = 0; i < current.Length; i++)
        {
            expected += Current[i].Sign * (current[i] ?? 0);
        }

        return expected;
    }

    /// <summary>
    /// Gets the Section 二 relations of an edition (X2 and X3 in the 2019 format, X4 in the 2021 format): the rows of
    /// <see cref="YearOverYearRules.Get(FormatEdition)"/> whose cells are in Section 二, the same objects.
    /// </summary>
    /// <param name="edition">A defined edition.</param>
    /// <returns>The relations, in catalogue order.</returns>
    internal static IReadOnlyList<ContinuityRelation> Of(FormatEdition edition) => YearOverYearRules.GetProactive(edition);

    /// <summary>Creates X1 for one Section 三 column: 二 of this year = 四 of last year (the paths are the same in both editions).</summary>
    internal static ContinuityRelation CarriedForward(CellDefinition carriedOver, CellDefinition carriedForward) =>
        new(DisclosureRules.CarriedForwardContinuity, null, StatutoryTable.Applications, carriedOver, "二", [(carriedForward, "四")], [], BlankCellPolicy.CountAsZero);

    /// <summary>Creates a Section 二 relation over catalogue cells; each cell prints as its column's label.</summary>
    internal static ContinuityRelation Proactive(RuleDefinition rule, CellDefinition subject, CellDefinition[] previous, (CellDefinition Cell, int Sign)[] current) =>
        new(rule, subject.Edition, StatutoryTable.ProactiveDisclosure, subject, subject.Column.Chinese,
            [.. previous.Select(c => (c, c.Column.Chinese))], [.. current.Select(c => (c.Cell, c.Sign, c.Cell.Column.Chinese))], BlankCellPolicy.SkipWhenAnyBlank);

    /// <summary>Gets a value indicating whether the relation is an identity of two cells (X1): one cell of last year, none of this year's.</summary>
    private bool IsIdentity => Previous.Count == 1 && Current.Count == 0;

    private static string Show(long? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "_";
}

/// <summary>
/// The year-to-year rule table: every relation between a report and the same agency's report of the year before (X1 per
/// Section 三 column, X2 and X3 per 2019 Section 二 row, X4 per 2021 Section 二 row), built once over the cells of the
/// editions' <see cref="CellCatalog"/>, next to the within-report equations of <see cref="BalancingRules"/>. The series
/// validator (<see cref="DisclosureReportSeriesValidator"/>) checks these rows and the importer settles Section 二 digit
/// runs with them (<c>ImportOptions.PreviousReport</c>).
/// </summary>
internal static class YearOverYearRules
{
    // X1 rows are the same objects in both editions' lists: the Section 三 rows 二 and 四 have the same paths in both.
    private static readonly ContinuityRelation[] CarriedForward = CreateCarriedForward();
    private static readonly ContinuityRelation[] Proactive2019 = CreateProactive(FormatEdition.Edition2019);
    private static readonly ContinuityRelation[] Proactive2021 = CreateProactive(FormatEdition.Edition2021);
    private static readonly ContinuityRelation[] All2019 = [.. CarriedForward, .. Proactive2019];
    private static readonly ContinuityRelation[] All2021 = [.. CarriedForward, .. Proactive2021];

    /// <summary>Gets every relation of a report of an edition with its previous year's report: X1 (each column), then the Section 二 rows.</summary>
    /// <param name="edition">The later report's edition (X1 applies whatever the earlier's is; see <see cref="ContinuityRelation.AppliesTo"/>).</param>
    /// <returns>The relations.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static IReadOnlyList<ContinuityRelation> Get(FormatEdition edition) =>
        Preconditions.CheckDefined(edition) == FormatEdition.Edition2019 ? All2019 : All2021;

    /// <summary>Gets the Section 二 relations of an edition: X2 and X3 in the 2019 format, X4 in the 2021 format.</summary>
    /// <param name="edition">A defined edition.</param>
    /// <returns>The relations, in catalogue order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static IReadOnlyList<ContinuityRelation> GetProactive(FormatEdition edition) =>
        Preconditions.CheckDefined(edition) == FormatEdition.Edition2019 ? Proactive2019 : Proactive2021;

    /// <summary>Gets every relation of both editions, each once (X1, then X2 and X3, then X4).</summary>
    public static IReadOnlyList<ContinuityRelation> All { get; } = [.. CarriedForward, .. Proactive2019, .. Proactive2021];

    private static ContinuityRelation[] CreateCarriedForward()
    {
        var catalog = CellCatalog.Edition2019;
        var relations = new ContinuityRelation[ApplicantColumns.All.Count];
        for (var i = 0; i < relations.Length; i++)
        {
            var column = ApplicantColumns.All[i];
            var over = catalog.GetCell(ApplicationRow.CarriedOverFromLastYear, column);
            var forward = catalog.GetCell(ApplicationRow.CarriedForwardToNextYear, column);
            foreach (var other in (CellCatalog[])[CellCatalog.Edition2021, CellCatalog.Edition2021Hybrid])
            {
                if (other.Find(over.PropertyPath) is null || other.Find(forward.PropertyPath) is null)
                {
                    throw new InvalidOperationException($"X1 reads {over.PropertyPath} and {forward.PropertyPath}, which every catalogue must hold.");
                }
            }

            relations[i] = ContinuityRelation.CarriedForward(over, forward);
        }

        return relations;
    }

    /// <summary>
    /// Builds the Section 二 relations by column, one per row that has them: X2 (2019 上一年项目数量 = last year's
    /// 上一年项目数量 + 本年增/减), X3 (2019 对外公开总数量 = last year's + 本年新公开数量), X4 (2021 现行有效件数 = last year's +
    /// 本年制发件数 − 本年废止件数).
    /// </summary>
    private static ContinuityRelation[] CreateProactive(FormatEdition edition)
    {
        var cells = CellCatalog.Get(edition).GetCells(StatutoryTable.ProactiveDisclosure);
        CellDefinition Sibling(CellDefinition cell, string column) =>
            cells.First(c => c.RowIdentifier == cell.RowIdentifier && c.Column.Identifier == column);
        var relations = new List<ContinuityRelation>();
        foreach (var cell in cells)
        {
            switch (cell.Column.Identifier)
            {
                case "previousYearItems":
                    relations.Add(ContinuityRelation.Proactive(DisclosureRules.ItemsContinuity, cell, [cell, Sibling(cell, "changeThisYear")], []));
                    break;
                case "totalPublished":
                    relations.Add(ContinuityRelation.Proactive(DisclosureRules.CumulativeContinuity, cell, [cell], [(Sibling(cell, "publishedThisYear"), 1)]));
                    break;
                case "inForce":
                    relations.Add(ContinuityRelation.Proactive(DisclosureRules.InForceContinuity, cell, [cell], [(Sibling(cell, "issuedThisYear"), 1), (Sibling(cell, "repealedThisYear"), -1)]));
                    break;
                default:
                    break;
            }
        }

        return [.. relations];
    }
}
