using System.Globalization;

namespace DisclosureModel;

/// <summary>
/// The cells of one edition's statutory tables (Sections 二, 三 and 四) in print order: the one statement of the tables'
/// structure that validators, JSON, CSV, importers, renderers and converters read. Each cell has its index, property
/// path, Chinese and English labels, kind and getter (<see cref="CellDefinition"/>); every table is built back from cell
/// values by the same catalogue (<see cref="Build(DisclosureReport, ReadOnlySpan{CellValue})"/>).
/// </summary>
/// <remarks>
/// <para>Order: Section 二 sub-table by sub-table and row by row, Section 三 row by row (seven columns each), then Section
/// 四 block by block (five columns each): 22 + 161 + 15 = 198 cells in the 2019 format, 10 + 175 + 15 = 200 in the 2021
/// format. An index is stable for an edition; a cell's path and key are stable across editions where the cell exists in
/// both.</para>
/// <para>A third catalogue, <see cref="Edition2021Hybrid"/>, lists the supported hybrid: a 2021-format report whose
/// Section 三 prints （六）其他处理 as one row, as the 2019 format did (Section 二 of 2021, Section 三 of 2019, Section 四):
/// 10 + 161 + 15 = 186 cells. <see cref="For(DisclosureReport)"/> gets the catalogue of any report.</para>
/// <para>Labels come from the layout classes (<see cref="ProactiveDisclosureLayout"/>, <see cref="ApplicationsLayout"/>,
/// <see cref="ApplicantColumns"/>, <see cref="ReviewAndLitigationLayout"/>); each cell's path and getter come from one
/// expression there. The two catalogues are immutable and thread-safe.</para>
/// </remarks>
public sealed class CellCatalog
{
    private static readonly Lazy<CellCatalog> Catalog2019 = new(() => new(FormatEdition.Edition2019));
    private static readonly Lazy<CellCatalog> Catalog2021 = new(() => new(FormatEdition.Edition2021));
    private static readonly Lazy<CellCatalog> Catalog2021Hybrid = new(() => new(FormatEdition.Edition2021, FormatEdition.Edition2019));
    private static readonly int CaseColumns = ReviewAndLitigationLayout.Columns.Count;

    private readonly CellDefinition[] cells;
    private readonly Dictionary<string, CellDefinition> byPath;
    private readonly Dictionary<string, CellDefinition> byKey;
    private readonly int[] applicationRowStart;
    private readonly ApplicationRowDefinition[] applicationRows;
    private readonly ProactiveCellDefinition[] proactiveCells;
    private readonly int[] amountOrdinals;

    private CellCatalog(FormatEdition edition)
        : this(edition, edition)
    {
    }

    private CellCatalog(FormatEdition edition, FormatEdition applicationsEdition)
    {
        Edition = edition;
        ApplicationsEdition = applicationsEdition;
        var list = new List<CellDefinition>();

        proactiveCells = [.. ProactiveDisclosureLayout.GetCells(edition)];
        foreach (var cell in proactiveCells)
        {
            var c = cell;
            Func<DisclosureReport, CellValue> read = c.Column.Kind == CellKind.Amount && c.Column.Unit is null
                ? r => ((ProactiveDisclosure2019)r.ProactiveDisclosure).Article20Item9.CentralizedProcurement.TotalAmount is { } m ? new(m.Amount, m.Unit) : default
                : r => new(c.GetNumber(r.ProactiveDisclosure));
            list.Add(new(list.Count, edition, StatutoryTable.ProactiveDisclosure, c.Table.Title, c.Row, c.Column.Label, c.PropertyPath, c.Column.Kind, c.Column.Unit, read));
        }

        ApplicationsStart = list.Count;
        applicationRows = [.. ApplicationsLayout.GetRows(applicationsEdition)];
        applicationRowStart = new int[Enum.GetValues<ApplicationRow>().Length];
        Array.Fill(applicationRowStart, -1);
        foreach (var row in applicationRows)
        {
            applicationRowStart[(int)row.Row] = list.Count;
            foreach (var column in ApplicantColumns.All)
            {
                var (r, col) = (row, column);
                list.Add(new(list.Count, applicationsEdition, StatutoryTable.Applications, null, row.Label, column.GetLabel(), CellPaths.Of(row, column), CellKind.Count, null,
                    report => new(r.GetCounts(report.Applications)!.Value[col])));
            }
        }

        ReviewAndLitigationStart = list.Count;
        foreach (var block in ReviewAndLitigationLayout.Blocks)
        {
            foreach (var column in ReviewAndLitigationLayout.Columns)
            {
                var (b, col) = (block, column);
                list.Add(new(list.Count, edition, StatutoryTable.ReviewAndLitigation, null, block.GetLabel(), column.GetLabel(), CellPaths.Of(block, column), CellKind.Count, null,
                    report => new(report.ReviewAndLitigation[b][col])));
            }
        }

        cells = [.. list];
        amountOrdinals = new int[cells.Length];
        foreach (var cell in cells)
        {
            amountOrdinals[cell.Index] = cell.Kind == CellKind.Amount ? AmountCount++ : -1;
        }

        byPath = cells.ToDictionary(c => c.PropertyPath, StringComparer.Ordinal);
        byKey = cells.ToDictionary(c => c.Key, StringComparer.Ordinal);
    }

    /// <summary>Gets the catalogue of the 2019 format (198 cells).</summary>
    public static CellCatalog Edition2019 => Catalog2019.Value;

    /// <summary>Gets the catalogue of the 2021 format (200 cells).</summary>
    public static CellCatalog Edition2021 => Catalog2021.Value;

    /// <summary>
    /// Gets the catalogue of the supported hybrid (186 cells): a 2021-format report whose Section 三 prints （六）其他处理 as
    /// one row, as the 2019 format did. Section 二 and the report are of the 2021 format, Section 三 of the 2019 format
    /// (<see cref="ApplicationOutcomes2019"/>), Section 四 is the same in both.
    /// </summary>
    public static CellCatalog Edition2021Hybrid => Catalog2021Hybrid.Value;

    /// <summary>Gets the edition whose tables the catalogue lists: the report's edition, and that of Section 二.</summary>
    public FormatEdition Edition { get; }

    /// <summary>Gets the edition of Section 三's shape: <see cref="Edition"/>, except in the hybrid (<see cref="Edition2021Hybrid"/>), where it is the 2019 format.</summary>
    public FormatEdition ApplicationsEdition { get; }

    /// <summary>Gets a value indicating whether this is the hybrid catalogue (<see cref="Edition2021Hybrid"/>): a 2021 report with a 2019-shaped Section 三.</summary>
    public bool IsHybrid => Edition != ApplicationsEdition;

    /// <summary>Gets every cell in print order; a cell's position is its <see cref="CellDefinition.Index"/>.</summary>
    public IReadOnlyList<CellDefinition> Cells => cells;

    /// <summary>Gets the number of cells: 198 in the 2019 format, 200 in the 2021 format, 186 in the hybrid.</summary>
    public int Count => cells.Length;

    /// <summary>Gets the number of amount cells (one in each edition), which readers keep apart from the counts.</summary>
    internal int AmountCount { get; }

    /// <summary>Gets the index of the first Section 三 cell (the number of Section 二 cells).</summary>
    internal int ApplicationsStart { get; }

    /// <summary>Gets the index of the first Section 四 cell.</summary>
    internal int ReviewAndLitigationStart { get; }

    /// <summary>Gets a cell by its index.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public CellDefinition this[int index] => cells[index];

    /// <summary>Gets the catalogue of an edition.</summary>
    /// <param name="edition">A defined edition.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static CellCatalog Get(FormatEdition edition) => edition switch
    {
        FormatEdition.Edition2019 => Edition2019,
        FormatEdition.Edition2021 => Edition2021,
        _ => throw new ArgumentOutOfRangeException(nameof(edition), edition, "Not a defined edition."),
    };

    /// <summary>Gets the catalogue of a report's edition and the shape of its Section 三.</summary>
    /// <param name="edition">A defined edition: the report's, and Section 二's.</param>
    /// <param name="applicationsEdition">The edition of Section 三's shape: <paramref name="edition"/>, or the 2019 format in a 2021 report (the hybrid).</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An edition is not defined, or the combination is not supported (a 2019 report with a 2021-shaped Section 三).</exception>
    public static CellCatalog Get(FormatEdition edition, FormatEdition applicationsEdition) =>
        Find(Preconditions.CheckDefined(edition), Preconditions.CheckDefined(applicationsEdition))
        ?? throw new ArgumentOutOfRangeException(nameof(applicationsEdition), applicationsEdition, $"A {edition.GetIdentifier()}-format report cannot have Section 三 in the {applicationsEdition.GetIdentifier()} format.");

    /// <summary>
    /// Gets the catalogue of a report: that of its edition (<see cref="DisclosureReport.Edition"/>), or the hybrid
    /// (<see cref="Edition2021Hybrid"/>) for a 2021 report whose Section 三 has the 2019 shape. Everything that walks a
    /// report's cells (validators, CSV, canonical text, rendering, JSON, roll-ups) gets its catalogue here.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">Section 二 is not of the report's edition, or Section 三 has a shape no catalogue supports (2021 in a 2019 report).</exception>
    public static CellCatalog For(DisclosureReport report)
    {
        Preconditions.CheckNotNull(report);
        var catalog = TryFor(report) ?? Get(report.Edition);
        catalog.CheckEditions(report, nameof(report));
        return catalog;
    }

    /// <summary>Gets the catalogue of a report whose Section 二 is of its edition and whose Section 三 is of a supported shape, or null.</summary>
    internal static CellCatalog? TryFor(DisclosureReport report) =>
        report.ProactiveDisclosure.Edition == report.Edition ? Find(report.Edition, report.Applications.Edition) : null;

    private static CellCatalog? Find(FormatEdition edition, FormatEdition applicationsEdition) => (edition, applicationsEdition) switch
    {
        (FormatEdition.Edition2019, FormatEdition.Edition2019) => Edition2019,
        (FormatEdition.Edition2021, FormatEdition.Edition2021) => Edition2021,
        (FormatEdition.Edition2021, FormatEdition.Edition2019) => Edition2021Hybrid,
        _ => null,
    };

    /// <summary>Gets the cells of one statutory table, in print order.</summary>
    /// <param name="table">A defined table.</param>
    /// <returns>The cells: a contiguous run of <see cref="Cells"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="table"/> is not defined.</exception>
    public IReadOnlyList<CellDefinition> GetCells(StatutoryTable table)
    {
        var (start, count) = GetRange(table);
        return new ArraySegment<CellDefinition>(cells, start, count);
    }

    /// <summary>Gets the Section 三 cell of a row and column.</summary>
    /// <param name="row">A row of this edition.</param>
    /// <param name="column">A defined column.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The row is not defined or not part of this edition, or the column is not defined.</exception>
    public CellDefinition GetCell(ApplicationRow row, ApplicantColumn column)
    {
        var start = applicationRowStart[(int)Preconditions.CheckDefined(row)];
        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, $"The {Describe()} has no row {row}.");
        }

        return cells[start + (int)Preconditions.CheckDefined(column)];
    }

    /// <summary>Gets the Section 四 cell of a block and column.</summary>
    /// <param name="block">A defined block.</param>
    /// <param name="column">A defined column.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="block"/> or <paramref name="column"/> is not defined.</exception>
    public CellDefinition GetCell(CaseBlock block, CaseResultColumn column) =>
        cells[ReviewAndLitigationStart + ((int)Preconditions.CheckDefined(block) * ReviewAndLitigationLayout.Columns.Count) + (int)Preconditions.CheckDefined(column)];

    /// <summary>Finds a cell by its property path.</summary>
    /// <param name="propertyPath">A path such as <c>ReviewAndLitigation.AdministrativeReview.Total</c> (ordinal comparison).</param>
    /// <returns>The cell, or null when this edition has no cell at that path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="propertyPath"/> is null.</exception>
    public CellDefinition? Find(string propertyPath) => byPath.GetValueOrDefault(Preconditions.CheckNotNull(propertyPath));

    /// <summary>Finds a cell by its <see cref="CellDefinition.Key"/> (<c>section/row/column</c>), as the long-format CSV names it.</summary>
    internal CellDefinition? FindKey(string key) => byKey.GetValueOrDefault(key);

    /// <summary>Reads every cell of a report, in catalogue order.</summary>
    /// <param name="report">A report whose tables are of this catalogue's edition.</param>
    /// <returns>One value per cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">A table of the report is of the other edition.</exception>
    public CellValue[] Read(DisclosureReport report)
    {
        CheckEditions(report, nameof(report));
        var values = new CellValue[cells.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = cells[i].GetValue(report);
        }

        return values;
    }

    /// <summary>
    /// Builds a report's three statutory tables from one value per cell, in catalogue order; everything else (metadata,
    /// narrative) comes from <paramref name="template"/>, whose edition becomes this catalogue's.
    /// </summary>
    /// <param name="template">The report that supplies everything but the tables.</param>
    /// <param name="values">Exactly <see cref="Count"/> values.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="values"/> does not hold <see cref="Count"/> values, or a value does not fit its cell (a count that
    /// is fractional, negative or beyond <see cref="int"/>, a negative amount, a unit on a cell that prints none); the
    /// message names the cell.
    /// </exception>
    public DisclosureReport Build(DisclosureReport template, ReadOnlySpan<CellValue> values)
    {
        Preconditions.CheckNotNull(template);
        return template with
        {
            Metadata = template.Metadata with { Edition = Edition },
            ProactiveDisclosure = BuildProactiveDisclosure(values),
            Applications = BuildApplications(values),
            ReviewAndLitigation = BuildReviewAndLitigation(values),
        };
    }

    /// <summary>Builds Section 二 from the Section 二 values of a full catalogue-ordered span.</summary>
    /// <param name="values">Exactly <see cref="Count"/> values in catalogue order (only the Section 二 ones are read).</param>
    /// <returns>Section 二 in this catalogue's edition.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Build(DisclosureReport, ReadOnlySpan{CellValue})"/>.</exception>
    public ProactiveDisclosure BuildProactiveDisclosure(ReadOnlySpan<CellValue> values)
    {
        CheckLength(values);
        return BuildProactiveDisclosure(new CellValueSheet(values));
    }

    /// <summary>Builds Section 三 from the Section 三 values of a full catalogue-ordered span.</summary>
    /// <param name="values">Exactly <see cref="Count"/> values in catalogue order (only the Section 三 ones are read).</param>
    /// <returns>Section 三 in this catalogue's edition.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Build(DisclosureReport, ReadOnlySpan{CellValue})"/>.</exception>
    public ApplicationsTable BuildApplications(ReadOnlySpan<CellValue> values)
    {
        CheckLength(values);
        return BuildApplications(new CellValueSheet(values));
    }

    /// <summary>Builds Section 四 from the Section 四 values of a full catalogue-ordered span.</summary>
    /// <param name="values">Exactly <see cref="Count"/> values in catalogue order (only the Section 四 ones are read).</param>
    /// <returns>Section 四.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Build(DisclosureReport, ReadOnlySpan{CellValue})"/>.</exception>
    public ReviewAndLitigationTable BuildReviewAndLitigation(ReadOnlySpan<CellValue> values)
    {
        CheckLength(values);
        return BuildReviewAndLitigation(new CellValueSheet(values));
    }

    /// <summary>Builds Section 二 from a sheet of this catalogue's cells: the one construction of Section 二.</summary>
    internal ProactiveDisclosure BuildProactiveDisclosure<TSheet>(TSheet sheet)
        where TSheet : ICellSheet, allows ref struct
    {
        var c = new Cursor<TSheet>(this, sheet, 0);
        ProactiveDisclosure result = Edition == FormatEdition.Edition2019
            ? new ProactiveDisclosure2019
            {
                Article20Item1 = new() { Rules = new(c.Int(), c.Int(), c.Int()), NormativeDocuments = new(c.Int(), c.Int(), c.Int()) },
                Article20Item5 = new() { AdministrativeLicensing = new(c.Int(), c.Int(), c.Int()), OtherExternalServices = new(c.Int(), c.Int(), c.Int()) },
                Article20Item6 = new() { AdministrativePenalty = new(c.Int(), c.Int(), c.Int()), AdministrativeCoercion = new(c.Int(), c.Int(), c.Int()) },
                Article20Item8 = new() { AdministrativeFees = new(c.Int(), c.Int()) },
                Article20Item9 = new() { CentralizedProcurement = new(c.Int(), c.Money()) },
            }
            : new ProactiveDisclosure2021
            {
                Article20Item1 = new() { Rules = new(c.Int(), c.Int(), c.Int()), NormativeDocuments = new(c.Int(), c.Int(), c.Int()) },
                Article20Item5 = new() { AdministrativeLicensing = c.Int() },
                Article20Item6 = new() { AdministrativePenalty = c.Int(), AdministrativeCoercion = c.Int() },
                Article20Item8 = new() { AdministrativeFees = c.Amount() },
            };
        c.End(ApplicationsStart);
        return result;
    }

    /// <summary>Builds Section 三 from a sheet of this catalogue's cells, through the table's one construction.</summary>
    internal ApplicationsTable BuildApplications<TSheet>(TSheet sheet)
        where TSheet : ICellSheet, allows ref struct
    {
        var c = new Cursor<TSheet>(this, sheet, ApplicationsStart);
        var table = ApplicationsTable.Create(ApplicationsEdition, ref c);
        c.End(ReviewAndLitigationStart);
        return table;
    }

    /// <summary>Builds Section 四 from a sheet of this catalogue's cells: the one construction of Section 四.</summary>
    internal ReviewAndLitigationTable BuildReviewAndLitigation<TSheet>(TSheet sheet)
        where TSheet : ICellSheet, allows ref struct
    {
        var c = new Cursor<TSheet>(this, sheet, ReviewAndLitigationStart);
        var table = new ReviewAndLitigationTable
        {
            AdministrativeReview = new(c.Int(), c.Int(), c.Int(), c.Int(), c.Int()),
            LitigationWithoutReview = new(c.Int(), c.Int(), c.Int(), c.Int(), c.Int()),
            LitigationAfterReview = new(c.Int(), c.Int(), c.Int(), c.Int(), c.Int()),
        };
        c.End(cells.Length);
        return table;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Describe()}: {Count.ToString(CultureInfo.InvariantCulture)} cells";

    /// <summary>Names the catalogue in messages: <c>2021 format</c>, or <c>2021 format with a 2019-format Section 三</c>.</summary>
    internal string Describe() => IsHybrid
        ? $"{Edition.GetIdentifier()} format with a {ApplicationsEdition.GetIdentifier()}-format Section 三"
        : $"{Edition.GetIdentifier()} format";

    /// <summary>Gets the start and length of a table's run of cells.</summary>
    internal (int Start, int Count) GetRange(StatutoryTable table) => Preconditions.CheckDefined(table) switch
    {
        StatutoryTable.ProactiveDisclosure => (0, ApplicationsStart),
        StatutoryTable.Applications => (ApplicationsStart, ReviewAndLitigationStart - ApplicationsStart),
        StatutoryTable.ReviewAndLitigation => (ReviewAndLitigationStart, cells.Length - ReviewAndLitigationStart),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a statutory table."),
    };

    /// <summary>Gets an amount cell's position among the amount cells, or −1 for a count.</summary>
    internal int AmountOrdinal(CellDefinition cell) => amountOrdinals[cell.Index];

    /// <summary>Gets the value-sheet slot of a Section 三 row's 总计, without argument checks (the validators' hot path).</summary>
    internal int TotalSlot(ApplicationRow row) => applicationRowStart[(int)row] + (int)ApplicantColumn.Total;

    /// <summary>Throws when Section 二 or Section 三 of a report is not of this catalogue's edition.</summary>
    internal void CheckEditions(DisclosureReport report, string paramName)
    {
        Preconditions.CheckNotNull(report, paramName);
        if (report.ProactiveDisclosure.Edition != Edition || report.Applications.Edition != ApplicationsEdition)
        {
            throw new ArgumentException(
                $"The catalogue lists the {Describe()}, but Section 二 is in the {report.ProactiveDisclosure.Edition.GetIdentifier()} format and Section 三 in the {report.Applications.Edition.GetIdentifier()} format.",
                paramName);
        }
    }

    /// <summary>Fills a value sheet (slot = catalogue index) with the Section 二 counts; amounts and blanks stay not present.</summary>
    internal void Fill(ProactiveDisclosure disclosure, Span<long> values, Span<bool> present)
    {
        for (var i = 0; i < proactiveCells.Length; i++)
        {
            var cell = proactiveCells[i];
            if (cell.Column.Kind != CellKind.Amount && cell.GetNumber(disclosure) is { } number)
            {
                values[i] = (long)number;
                present[i] = true;
            }
        }
    }

    /// <summary>Fills a value sheet (slot = catalogue index) with the Section 三 counts; blanks stay not present.</summary>
    internal void Fill(ApplicationsTable table, Span<long> values, Span<bool> present)
    {
        foreach (var row in applicationRows)
        {
            var counts = row.GetCounts(table).GetValueOrDefault();
            var slot = applicationRowStart[(int)row.Row];
            Put(counts.NaturalPerson, slot, values, present);
            Put(counts.CommercialEnterprise, slot + 1, values, present);
            Put(counts.ResearchInstitution, slot + 2, values, present);
            Put(counts.PublicInterestOrganization, slot + 3, values, present);
            Put(counts.LegalServiceOrganization, slot + 4, values, present);
            Put(counts.Other, slot + 5, values, present);
            Put(counts.Total, slot + 6, values, present);
        }
    }

    /// <summary>Fills a value sheet (slot = catalogue index) with the Section 四 counts; blanks stay not present.</summary>
    internal void Fill(ReviewAndLitigationTable table, Span<long> values, Span<bool> present)
    {
        var slot = ReviewAndLitigationStart;
        var blocks = ReviewAndLitigationLayout.Blocks;
        for (var b = 0; b < blocks.Count; b++)
        {
            var counts = table[blocks[b]];
            Put(counts.Upheld, slot, values, present);
            Put(counts.Corrected, slot + 1, values, present);
            Put(counts.OtherResult, slot + 2, values, present);
            Put(counts.Pending, slot + 3, values, present);
            Put(counts.Total, slot + 4, values, present);
            slot += CaseColumns;
        }
    }

    private static void Put(int? value, int slot, Span<long> values, Span<bool> present)
    {
        if (value is { } v)
        {
            values[slot] = v;
            present[slot] = true;
        }
    }

    private void CheckLength(ReadOnlySpan<CellValue> values)
    {
        if (values.Length != cells.Length)
        {
            throw new ArgumentException($"The {Describe()} has {cells.Length.ToString(CultureInfo.InvariantCulture)} cells; {values.Length.ToString(CultureInfo.InvariantCulture)} values were given.", nameof(values));
        }
    }

    /// <summary>
    /// Reads cells in catalogue order while a table's record is built. The build code lists constructor arguments in print
    /// order; the catalogue's round-trip test proves that each argument lands where the cell's getter reads it back.
    /// </summary>
    private ref struct Cursor<TSheet>(CellCatalog catalog, TSheet sheet, int start) : IApplicantRowSource
        where TSheet : ICellSheet, allows ref struct
    {
        private readonly TSheet sheet = sheet;
        private int next = start;

        public int? Int() => sheet.Count(catalog.cells[next++]);

        public decimal? Amount() => sheet.Amount(catalog.cells[next++]);

        public MoneyAmount? Money() => sheet.Money(catalog.cells[next++]);

        /// <summary>Reads the seven cells of a Section 三 row, checking that the row asked for is the next in the catalogue.</summary>
        public ApplicantCounts Next(ApplicationRow row)
        {
            if (catalog.applicationRowStart[(int)row] != next)
            {
                throw new InvalidOperationException($"Section 三 asked for the row {row} where the {catalog.Edition.GetIdentifier()} catalogue has cell {next.ToString(CultureInfo.InvariantCulture)}.");
            }

            return new(Int(), Int(), Int(), Int(), Int(), Int(), Int());
        }

        public readonly void End(int expected)
        {
            if (next != expected)
            {
                throw new InvalidOperationException($"The {catalog.Edition.GetIdentifier()} builder read up to cell {next.ToString(CultureInfo.InvariantCulture)}, but the table ends at {expected.ToString(CultureInfo.InvariantCulture)}.");
            }
        }
    }

    /// <summary>A sheet of <see cref="CellValue"/>s from a caller: every value is checked against its cell's kind.</summary>
    private readonly ref struct CellValueSheet(ReadOnlySpan<CellValue> values) : ICellSheet
    {
        private readonly ReadOnlySpan<CellValue> values = values;

        public int? Count(CellDefinition cell)
        {
            var value = Checked(cell);
            if (value.Number is not { } number)
            {
                return null;
            }

            if (decimal.Truncate(number) != number || number < int.MinValue || number > int.MaxValue || (number < 0 && cell.Kind != CellKind.SignedCount))
            {
                throw Misfit(cell, value, cell.Kind == CellKind.SignedCount ? "a whole number within ±2147483647" : "a whole number from 0 to 2147483647");
            }

            return (int)number;
        }

        public decimal? Amount(CellDefinition cell)
        {
            var value = Checked(cell);
            if (value.Unit is { } unit && unit != cell.Unit)
            {
                throw Misfit(cell, value, $"an amount in the column's unit ({cell.Unit?.ToString() ?? "none"})");
            }

            return value.Number is { } number && number < 0 ? throw Misfit(cell, value, "an amount of at least 0") : value.Number;
        }

        public MoneyAmount? Money(CellDefinition cell)
        {
            var value = Checked(cell);
            return value.Number is not { } number ? null
                : number < 0 ? throw Misfit(cell, value, "an amount of at least 0")
                : new MoneyAmount(number, value.Unit);
        }

        private static ArgumentException Misfit(CellDefinition cell, CellValue value, string expected) =>
            new($"The value {value} does not fit the cell {cell.PropertyPath} ({cell.Row.Chinese} · {cell.Column.Chinese}), which holds {expected}.");

        private CellValue Checked(CellDefinition cell)
        {
            var value = values[cell.Index];
            if (value.Unit is not null && cell.Kind != CellKind.Amount)
            {
                throw Misfit(cell, value, "a number without a unit");
            }

            return value;
        }
    }
}

/// <summary>
/// The values of a catalogue's cells as the catalogue's builders read them, one cell at a time in catalogue order: a
/// caller's <see cref="CellValue"/>s (checked), or a reader's own sheet of counts (already checked as it read them).
/// </summary>
internal interface ICellSheet
{
    /// <summary>Gets a count or signed count.</summary>
    int? Count(CellDefinition cell);

    /// <summary>Gets an amount in the unit the format fixes.</summary>
    decimal? Amount(CellDefinition cell);

    /// <summary>Gets an amount with the unit the cell printed.</summary>
    MoneyAmount? Money(CellDefinition cell);
}
