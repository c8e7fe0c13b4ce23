namespace DisclosureModel.Validation;

/// <summary>
/// The rule table: every balancing equation of the statutory tables (R1–R4, R6, R7), built once over the cells of each
/// edition's <see cref="CellCatalog"/> (a cell's slot in the validators' value sheet is its catalogue index). The
/// validators evaluate these equations, the importer splits run-together digits with them, and the rule catalogue in
/// the documentation is generated from them.
/// </summary>
public static class BalancingRules
{
    private static readonly BalancingEquation[] Applications2019 = CreateApplicationEquations(CellCatalog.Edition2019);
    private static readonly BalancingEquation[] Applications2021 = CreateApplicationEquations(CellCatalog.Edition2021);
    private static readonly BalancingEquation[] Review2019 = CreateReviewEquations(CellCatalog.Edition2019);
    private static readonly BalancingEquation[] Review2021 = CreateReviewEquations(CellCatalog.Edition2021);

    // The hybrid (a 2021 report with a 2019-shaped Section 三): the 2019 Section 三 equations over its own slots.
    private static readonly Lazy<BalancingEquation[]> ApplicationsHybrid = new(() => CreateApplicationEquations(CellCatalog.Edition2021Hybrid));
    private static readonly Lazy<BalancingEquation[]> ReviewHybrid = new(() => CreateReviewEquations(CellCatalog.Edition2021Hybrid));
    private static readonly Lazy<BalancingEquation[]> AllHybrid = new(() => [.. ApplicationsHybrid.Value, .. ReviewHybrid.Value]);
    private static readonly BalancingEquation[] Proactive2019 = CreateProactiveEquations2019();
    private static readonly BalancingEquation[] All2019 = [.. Proactive2019, .. Applications2019, .. Review2019];
    private static readonly BalancingEquation[] All2021 = [.. Applications2021, .. Review2021];

    /// <summary>Gets the Section 三 equations of an edition: R1 and R2 for each of the seven columns, R3 for each data row.</summary>
    /// <param name="edition">A defined edition.</param>
    /// <returns>37 equations in the 2019 format, 39 in the 2021 format.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static IReadOnlyList<BalancingEquation> GetApplicationEquations(FormatEdition edition) =>
        Preconditions.CheckDefined(edition) == FormatEdition.Edition2019 ? Applications2019 : Applications2021;

    /// <summary>Gets the Section 四 equations: R4 for each of the three blocks (the same in both editions).</summary>
    public static IReadOnlyList<BalancingEquation> ReviewAndLitigationEquations => Review2021;

    /// <summary>Gets the Section 二 equations of an edition: R6 and R7 in the 2019 format, none in the 2021 format.</summary>
    /// <param name="edition">A defined edition.</param>
    /// <returns>The equations.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static IReadOnlyList<BalancingEquation> GetProactiveEquations(FormatEdition edition) =>
        Preconditions.CheckDefined(edition) == FormatEdition.Edition2019 ? Proactive2019 : [];

    /// <summary>
    /// Gets every equation over the cells of an edition's <see cref="CellCatalog"/> (Section 二, 三, then 四): the rule
    /// table that the validators evaluate and the importer solves split digit runs with.
    /// </summary>
    /// <param name="edition">A defined edition.</param>
    /// <returns>The equations.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static IReadOnlyList<BalancingEquation> GetEquations(FormatEdition edition) =>
        Preconditions.CheckDefined(edition) == FormatEdition.Edition2019 ? All2019 : All2021;

    /// <summary>
    /// Gets every equation over the cells of a catalogue (Section 二, 三, then 四): for an edition's catalogue the
    /// equations of <see cref="GetEquations(FormatEdition)"/>; for the hybrid (<see cref="CellCatalog.Edition2021Hybrid"/>)
    /// the 2019 Section 三 equations (R2 uses the one （六）其他处理 row) and Section 四's, over that catalogue's slots.
    /// </summary>
    /// <param name="catalog">A catalogue.</param>
    /// <returns>The equations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static IReadOnlyList<BalancingEquation> GetEquations(CellCatalog catalog) =>
        Preconditions.CheckNotNull(catalog).IsHybrid ? AllHybrid.Value : GetEquations(catalog.Edition);

    /// <summary>Gets every equation of both editions (Section 三 of 2019, of 2021, Section 四, Section 二 of 2019).</summary>
    public static IReadOnlyList<BalancingEquation> All { get; } = [.. Applications2019, .. Applications2021, .. Review2021, .. Proactive2019];

    internal static BalancingEquation[] ApplicationEquationArray(FormatEdition edition) =>
        edition == FormatEdition.Edition2019 ? Applications2019 : Applications2021;

    internal static BalancingEquation[] ReviewEquationArray(FormatEdition edition) =>
        edition == FormatEdition.Edition2019 ? Review2019 : Review2021;

    internal static BalancingEquation[] ProactiveEquationArray(FormatEdition edition) =>
        edition == FormatEdition.Edition2019 ? Proactive2019 : [];

    /// <summary>Gets the Section 三 equations over a catalogue's slots.</summary>
    internal static BalancingEquation[] ApplicationEquationArray(CellCatalog catalog) =>
        catalog.IsHybrid ? ApplicationsHybrid.Value : ApplicationEquationArray(catalog.Edition);

    /// <summary>Gets the Section 四 equations over a catalogue's slots.</summary>
    internal static BalancingEquation[] ReviewEquationArray(CellCatalog catalog) =>
        catalog.IsHybrid ? ReviewHybrid.Value : ReviewEquationArray(catalog.Edition);

    /// <summary>Gets the Section 二 equations over a catalogue's slots (none in a 2021 report, hybrid or not).</summary>
    internal static BalancingEquation[] ProactiveEquationArray(CellCatalog catalog) => ProactiveEquationArray(catalog.Edition);

    /// <summary>Gets the reference of a catalogue cell: its slot in the value sheet is its catalogue index.</summary>
    private static CellReference Reference(CellDefinition cell) => new(cell.Index, cell.PropertyPath, cell.Row, cell.Column);

    private static BalancingEquation[] CreateApplicationEquations(CellCatalog catalog)
    {
        var equations = new List<BalancingEquation>();
        var edition = catalog.ApplicationsEdition;
        var rows = ApplicationsLayout.GetRows(edition);
        foreach (var column in ApplicantColumns.All)
        {
            CellReference Cell(ApplicationRow row) => Reference(catalog.GetCell(row, column));
            EquationTerm Term(string symbol, ApplicationRow row) => new(symbol, Cell(row));
            EquationTerm Group(string symbol, ApplicationRowGroup group) =>
                new(symbol, [.. rows.Where(r => r.Group == group).Select(r => Cell(r.Row))]);

            equations.Add(new(
                DisclosureRules.CarryOverIdentity,
                Cell(ApplicationRow.CarriedForwardToNextYear),
                column.GetLabel(),
                [Term("一", ApplicationRow.NewlyReceived), Term("二", ApplicationRow.CarriedOverFromLastYear)],
                [Term("三(七)", ApplicationRow.OutcomesTotal), Term("四", ApplicationRow.CarriedForwardToNextYear)],
                EquationRelation.Equal,
                BlankCellPolicy.CountAsZero));

            var otherHandling = edition == FormatEdition.Edition2019
                ? Term("(六)", ApplicationRow.OtherHandling)
                : Group("(六)", ApplicationRowGroup.OtherHandling);
            equations.Add(new(
                DisclosureRules.OutcomeTotal,
                Cell(ApplicationRow.OutcomesTotal),
                column.GetLabel(),
                [Term("(七)", ApplicationRow.OutcomesTotal)],
                [
                    Term("(一)", ApplicationRow.Disclosed),
                    Term("(二)", ApplicationRow.PartiallyDisclosed),
                    Group("(三)", ApplicationRowGroup.Withheld),
                    Group("(四)", ApplicationRowGroup.UnableToProvide),
                    Group("(五)", ApplicationRowGroup.NotProcessed),
                    otherHandling,
                ],
                EquationRelation.Equal,
                BlankCellPolicy.CountAsZero));
        }

        foreach (var row in rows)
        {
            equations.Add(new(
                DisclosureRules.RowTotal,
                Reference(catalog.GetCell(row.Row, ApplicantColumn.Total)),
                ApplicantColumn.Total.GetLabel(),
                [new(ApplicantColumn.Total.GetLabel().Chinese, Reference(catalog.GetCell(row.Row, ApplicantColumn.Total)))],
                [.. ApplicantColumns.Applicants.Select(c => new EquationTerm(c.GetLabel().Chinese, Reference(catalog.GetCell(row.Row, c))))],
                EquationRelation.Equal,
                BlankCellPolicy.SkipWhenSubjectBlank));
        }

        return [.. equations];
    }

    private static BalancingEquation[] CreateReviewEquations(CellCatalog catalog)
    {
        CellReference Cell(CaseBlock block, CaseResultColumn column) => Reference(catalog.GetCell(block, column));

        return
        [
            .. ReviewAndLitigationLayout.Blocks.Select(block => new BalancingEquation(
                DisclosureRules.CaseBlockTotal,
                Cell(block, CaseResultColumn.Total),
                CaseResultColumn.Total.GetLabel(),
                [new(CaseResultColumn.Total.GetLabel().Chinese, Cell(block, CaseResultColumn.Total))],
                [.. ReviewAndLitigationLayout.Columns.Take(4).Select(c => new EquationTerm(c.GetLabel().Chinese, Cell(block, c)))],
                EquationRelation.Equal,
                BlankCellPolicy.SkipWhenSubjectBlank)),
        ];
    }

    private static BalancingEquation[] CreateProactiveEquations2019()
    {
        var catalog = CellCatalog.Edition2019;
        CellReference Cell(string path) =>
            Reference(catalog.Find(path) ?? throw new InvalidOperationException($"The 2019 catalogue has no cell {path}."));

        var equations = new List<BalancingEquation>();
        foreach (var table in ProactiveDisclosureLayout.GetTables(FormatEdition.Edition2019))
        {
            foreach (var row in table.Rows)
            {
                var rowPath = CellPaths.OfRow(table, row.Identifier);
                if (table.Item == Article20Item.Item1)
                {
                    var total = Cell(rowPath + ".TotalPublished");
                    var published = Cell(rowPath + ".PublishedThisYear");
                    equations.Add(new(
                        DisclosureRules.CumulativeAtLeastNew, total, table.Title,
                        [new(total.Column.Chinese, total)], [new(published.Column.Chinese, published)],
                        EquationRelation.GreaterThanOrEqual, BlankCellPolicy.SkipWhenAnyBlank));
                }
                else if (table.Item is Article20Item.Item5 or Article20Item.Item6 or Article20Item.Item8)
                {
                    var previous = Cell(rowPath + ".PreviousYearItems");
                    var change = Cell(rowPath + ".ChangeThisYear");
                    equations.Add(new(
                        DisclosureRules.ItemsNotNegative, change, table.Title,
                        [new(previous.Column.Chinese, previous), new(change.Column.Chinese, change)], [],
                        EquationRelation.GreaterThanOrEqual, BlankCellPolicy.SkipWhenAnyBlank));
                }
            }
        }

        return [.. equations];
    }
}
