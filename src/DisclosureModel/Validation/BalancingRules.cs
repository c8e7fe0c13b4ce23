namespace DisclosureModel.Validation;

/// <summary>
/// The rule table: every balancing equation of the statutory tables (R1–R4, R6, R7), built once from the layout
/// catalogues (<see cref="ApplicationsLayout"/>, <see cref="ReviewAndLitigationLayout"/>,
/// <see cref="ProactiveDisclosureLayout"/>). The validators evaluate these equations; aggregation code and documentation
/// can read them too.
/// </summary>
public static class BalancingRules
{
    /// <summary>The number of value slots of the Section 三 sheet: every row of both editions by seven columns.</summary>
    internal const int ApplicationsSheetSize = 26 * 7;

    /// <summary>The number of value slots of the Section 四 sheet.</summary>
    internal const int ReviewSheetSize = 15;

    /// <summary>The number of value slots of a Section 二 sheet (the 2019 format's 22 cells is the larger).</summary>
    internal const int ProactiveSheetSize = 22;

    private static readonly BalancingEquation[] Applications2019 = CreateApplicationEquations(FormatEdition.Edition2019);
    private static readonly BalancingEquation[] Applications2021 = CreateApplicationEquations(FormatEdition.Edition2021);
    private static readonly BalancingEquation[] Review = CreateReviewEquations();
    private static readonly BalancingEquation[] Proactive2019 = CreateProactiveEquations2019();

    /// <summary>Gets the Section 三 equations of an edition: R1 and R2 for each of the seven columns, R3 for each data row.</summary>
    /// <param name="edition">A defined edition.</param>
    /// <returns>37 equations in the 2019 format, 39 in the 2021 format.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static IReadOnlyList<BalancingEquation> GetApplicationEquations(FormatEdition edition) =>
        Preconditions.CheckDefined(edition) == FormatEdition.Edition2019 ? Applications2019 : Applications2021;

    /// <summary>Gets the Section 四 equations: R4 for each of the three blocks.</summary>
    public static IReadOnlyList<BalancingEquation> ReviewAndLitigationEquations => Review;

    /// <summary>Gets the Section 二 equations of an edition: R6 and R7 in the 2019 format, none in the 2021 format.</summary>
    /// <param name="edition">A defined edition.</param>
    /// <returns>The equations.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static IReadOnlyList<BalancingEquation> GetProactiveEquations(FormatEdition edition) =>
        Preconditions.CheckDefined(edition) == FormatEdition.Edition2019 ? Proactive2019 : [];

    /// <summary>Gets every equation of both editions (Section 三 of 2019, of 2021, Section 四, Section 二 of 2019).</summary>
    public static IReadOnlyList<BalancingEquation> All { get; } = [.. Applications2019, .. Applications2021, .. Review, .. Proactive2019];

    internal static BalancingEquation[] ApplicationEquationArray(FormatEdition edition) =>
        edition == FormatEdition.Edition2019 ? Applications2019 : Applications2021;

    internal static BalancingEquation[] ReviewEquationArray => Review;

    internal static BalancingEquation[] ProactiveEquationArray(FormatEdition edition) =>
        edition == FormatEdition.Edition2019 ? Proactive2019 : [];

    /// <summary>Gets the reference of a Section 三 cell.</summary>
    internal static CellReference ApplicationCell(ApplicationRow row, ApplicantColumn column)
    {
        var definition = ApplicationsLayout.GetRow(row);
        return new((((int)row) * 7) + (int)column, CellPaths.Of(definition, column), definition.Label, column.GetLabel());
    }

    /// <summary>Fills the Section 三 sheet: slot (row × 7 + column); blank and absent rows stay not present.</summary>
    internal static void Read(ApplicationsTable table, Span<long> values, Span<bool> present)
    {
        var rows = ApplicationsLayout.GetRows(table.Outcomes.Edition);
        for (var r = 0; r < rows.Count; r++)
        {
            var definition = rows[r];
            var counts = definition.GetCounts(table).GetValueOrDefault();
            var slot = (int)definition.Row * 7;
            Put(counts.NaturalPerson, slot, values, present);
            Put(counts.CommercialEnterprise, slot + 1, values, present);
            Put(counts.ResearchInstitution, slot + 2, values, present);
            Put(counts.PublicInterestOrganization, slot + 3, values, present);
            Put(counts.LegalServiceOrganization, slot + 4, values, present);
            Put(counts.Other, slot + 5, values, present);
            Put(counts.Total, slot + 6, values, present);
        }
    }

    /// <summary>Fills the Section 四 sheet: slot (block × 5 + column).</summary>
    internal static void Read(ReviewAndLitigationTable table, Span<long> values, Span<bool> present)
    {
        ReadBlock(table.AdministrativeReview, 0, values, present);
        ReadBlock(table.LitigationWithoutReview, 5, values, present);
        ReadBlock(table.LitigationAfterReview, 10, values, present);
    }

    /// <summary>Fills a Section 二 sheet: slot = the cell's index in <see cref="ProactiveDisclosureLayout.GetCells"/>; amounts are not read.</summary>
    internal static void Read(ProactiveDisclosure disclosure, Span<long> values, Span<bool> present)
    {
        var cells = ProactiveDisclosureLayout.GetCells(disclosure.Edition);
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.Column.Kind != ProactiveValueKind.Amount && cell.GetNumber(disclosure) is { } number)
            {
                values[i] = (long)number;
                present[i] = true;
            }
        }
    }

    private static void ReadBlock(CaseResultCounts block, int slot, Span<long> values, Span<bool> present)
    {
        Put(block.Upheld, slot, values, present);
        Put(block.Corrected, slot + 1, values, present);
        Put(block.OtherResult, slot + 2, values, present);
        Put(block.Pending, slot + 3, values, present);
        Put(block.Total, slot + 4, values, present);
    }

    private static void Put(int? value, int slot, Span<long> values, Span<bool> present)
    {
        if (value is { } v)
        {
            values[slot] = v;
            present[slot] = true;
        }
    }

    private static BalancingEquation[] CreateApplicationEquations(FormatEdition edition)
    {
        var equations = new List<BalancingEquation>();
        var rows = ApplicationsLayout.GetRows(edition);
        foreach (var column in ApplicantColumns.All)
        {
            CellReference Cell(ApplicationRow row) => ApplicationCell(row, column);
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
                ApplicationCell(row.Row, ApplicantColumn.Total),
                ApplicantColumn.Total.GetLabel(),
                [new(ApplicantColumn.Total.GetLabel().Chinese, ApplicationCell(row.Row, ApplicantColumn.Total))],
                [.. ApplicantColumns.Applicants.Select(c => new EquationTerm(c.GetLabel().Chinese, ApplicationCell(row.Row, c)))],
                EquationRelation.Equal,
                BlankCellPolicy.SkipWhenSubjectBlank));
        }

        return [.. equations];
    }

    private static BalancingEquation[] CreateReviewEquations()
    {
        CellReference Cell(CaseBlock block, CaseResultColumn column) =>
            new(((int)block * 5) + (int)column, CellPaths.Of(block, column), block.GetLabel(), column.GetLabel());

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
        var cells = ProactiveDisclosureLayout.GetCells(FormatEdition.Edition2019);
        CellReference Cell(string path)
        {
            for (var i = 0; i < cells.Count; i++)
            {
                if (cells[i].PropertyPath == path)
                {
                    return new(i, path, cells[i].Row, cells[i].Column.Label);
                }
            }

            throw new InvalidOperationException($"The 2019 layout has no cell {path}.");
        }

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
