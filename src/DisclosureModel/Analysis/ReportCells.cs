namespace DisclosureModel.Analysis;

/// <summary>One cell position of an edition's statutory tables, with the labels from the layout catalogs.</summary>
internal sealed class CellDefinition(
    StatutoryLabel section,
    StatutoryLabel? table,
    StatutoryLabel row,
    StatutoryLabel column,
    string propertyPath,
    ProactiveValueKind kind,
    Func<DisclosureReport, (decimal? Value, MoneyUnit? Unit)> read,
    bool carriesUnit = false)
{
    public StatutoryLabel Section { get; } = section;

    public StatutoryLabel? Table { get; } = table;

    public StatutoryLabel Row { get; } = row;

    public StatutoryLabel Column { get; } = column;

    public string PropertyPath { get; } = propertyPath;

    public ProactiveValueKind Kind { get; } = kind;

    /// <summary>Gets a value indicating whether the cell prints its own unit (the 2019 采购总金额).</summary>
    public bool CarriesUnit { get; } = carriesUnit;

    public string RowIdentifier => Table is null ? Row.Identifier : Table.Identifier + "." + Row.Identifier;

    public string Key => Section.Identifier + "/" + RowIdentifier + "/" + Column.Identifier;

    public TableCell Read(DisclosureReport report)
    {
        var (value, unit) = read(report);
        return new(this, value, unit);
    }
}

/// <summary>
/// Lists the cells of a report's statutory tables (Sections 二, 三 and 四) in print order, and builds tables back
/// from cell values.
/// </summary>
/// <remarks>
/// The order is Section 二 sub-table by sub-table and row by row, Section 三 row by row (seven columns each),
/// then Section 四 block by block: 22 + 161 + 15 = 198 cells in the 2019 format, 10 + 175 + 15 = 200 in the 2021
/// format. Cells are read by the layout of the report's <see cref="DisclosureReport.Edition"/>.
/// </remarks>
public static class ReportCells
{
    private static readonly CellDefinition[] Definitions2019 = CreateDefinitions(FormatEdition.Edition2019);
    private static readonly CellDefinition[] Definitions2021 = CreateDefinitions(FormatEdition.Edition2021);
    private static readonly Dictionary<string, CellDefinition> ByKey2019 = Definitions2019.ToDictionary(d => d.Key, StringComparer.Ordinal);
    private static readonly Dictionary<string, CellDefinition> ByKey2021 = Definitions2021.ToDictionary(d => d.Key, StringComparer.Ordinal);

    /// <summary>Gets the number of cells of an edition: 198 in 2019, 200 in 2021.</summary>
    /// <param name="edition">A defined edition.</param>
    /// <returns>The number of cells.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static int GetCellCount(FormatEdition edition) => GetDefinitions(edition).Count;

    /// <summary>Gets every cell of a report's statutory tables in print order.</summary>
    /// <param name="report">The report; its tables must be of its stated edition.</param>
    /// <returns>The cells.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">Section 二 or Section 三 is not of the report's stated edition.</exception>
    public static IReadOnlyList<TableCell> GetCells(DisclosureReport report)
    {
        Preconditions.CheckNotNull(report);
        CheckEditions(report, nameof(report));
        var definitions = GetDefinitions(report.Edition);
        var cells = new TableCell[definitions.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = definitions[i].Read(report);
        }

        return cells;
    }

    internal static void CheckEditions(DisclosureReport report, string paramName)
    {
        if (report.ProactiveDisclosure.Edition != report.Edition || report.Applications.Edition != report.Edition)
        {
            throw new ArgumentException(
                $"The report states the {report.Edition.GetIdentifier()} format, but Section 二 is in the {report.ProactiveDisclosure.Edition.GetIdentifier()} format and Section 三 in the {report.Applications.Edition.GetIdentifier()} format.",
                paramName);
        }
    }

    internal static CellDefinition? FindDefinition(FormatEdition edition, string key) =>
        (edition == FormatEdition.Edition2019 ? ByKey2019 : ByKey2021).GetValueOrDefault(key);

    internal static IReadOnlyList<CellDefinition> GetDefinitions(FormatEdition edition) =>
        Preconditions.CheckDefined(edition) == FormatEdition.Edition2019 ? Definitions2019 : Definitions2021;

    /// <summary>
    /// Builds a report's three statutory tables from one value per cell definition of an edition.
    /// Counts must be whole numbers within <see cref="int"/> (callers check).
    /// </summary>
    internal static DisclosureReport WithTables(DisclosureReport template, FormatEdition edition, Func<CellDefinition, (decimal? Value, MoneyUnit? Unit)> valueOf)
    {
        var definitions = GetDefinitions(edition);
        var values = new (decimal? Value, MoneyUnit? Unit)[definitions.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = valueOf(definitions[i]);
        }

        var proactiveCount = ProactiveDisclosureLayout.GetCells(edition).Count;
        var rows = ApplicationsLayout.GetRows(edition);
        var rowIndex = new Dictionary<ApplicationRow, int>();
        for (var r = 0; r < rows.Count; r++)
        {
            rowIndex[rows[r].Row] = r;
        }

        int? Count(int i) => values[i].Value is { } v ? checked((int)v) : null;
        ApplicantCounts Row(ApplicationRow row)
        {
            var start = proactiveCount + (rowIndex[row] * 7);
            return new(Count(start), Count(start + 1), Count(start + 2), Count(start + 3), Count(start + 4), Count(start + 5), Count(start + 6));
        }

        var reviewStart = proactiveCount + (rows.Count * 7);
        var review = new int?[15];
        for (var i = 0; i < review.Length; i++)
        {
            review[i] = Count(reviewStart + i);
        }

        return template with
        {
            Metadata = template.Metadata with { Edition = edition },
            ProactiveDisclosure = BuildProactive(edition, values, Count),
            Applications = ApplicationsTable.Create(edition, Row),
            ReviewAndLitigation = ReviewAndLitigationTable.FromPrintOrder(review),
        };
    }

    internal static ProactiveDisclosure CreateBlankProactive(FormatEdition edition) =>
        BuildProactive(edition, new (decimal?, MoneyUnit?)[ProactiveDisclosureLayout.GetCells(edition).Count], _ => null);

    /// <summary>
    /// Builds Section 二 from one value per cell of <see cref="ProactiveDisclosureLayout.GetCells"/>, in that order (the
    /// importer's and <see cref="WithTables"/>'s common constructor). Counts must be whole numbers within <see cref="int"/>.
    /// </summary>
    internal static ProactiveDisclosure CreateProactive(FormatEdition edition, (decimal? Value, MoneyUnit? Unit)[] values) =>
        BuildProactive(edition, values, i => values[i].Value is { } v ? checked((int)v) : null);

    private static ProactiveDisclosure BuildProactive(FormatEdition edition, (decimal? Value, MoneyUnit? Unit)[] values, Func<int, int?> c)
    {
        // Indexes follow ProactiveDisclosureLayout.GetCells(edition): sub-table by sub-table, row by row.
        if (edition == FormatEdition.Edition2019)
        {
            return new ProactiveDisclosure2019
            {
                Article20Item1 = new() { Rules = new(c(0), c(1), c(2)), NormativeDocuments = new(c(3), c(4), c(5)) },
                Article20Item5 = new() { AdministrativeLicensing = new(c(6), c(7), c(8)), OtherExternalServices = new(c(9), c(10), c(11)) },
                Article20Item6 = new() { AdministrativePenalty = new(c(12), c(13), c(14)), AdministrativeCoercion = new(c(15), c(16), c(17)) },
                Article20Item8 = new() { AdministrativeFees = new(c(18), c(19)) },
                Article20Item9 = new()
                {
                    CentralizedProcurement = new(c(20), values[21].Value is { } amount ? new MoneyAmount(amount, values[21].Unit) : null),
                },
            };
        }

        return new ProactiveDisclosure2021
        {
            Article20Item1 = new() { Rules = new(c(0), c(1), c(2)), NormativeDocuments = new(c(3), c(4), c(5)) },
            Article20Item5 = new() { AdministrativeLicensing = c(6) },
            Article20Item6 = new() { AdministrativePenalty = c(7), AdministrativeCoercion = c(8) },
            Article20Item8 = new() { AdministrativeFees = values[9].Value },
        };
    }

    private static CellDefinition[] CreateDefinitions(FormatEdition edition)
    {
        var list = new List<CellDefinition>();
        foreach (var cell in ProactiveDisclosureLayout.GetCells(edition))
        {
            var c = cell;
            var carriesUnit = c.Column.Kind == ProactiveValueKind.Amount && c.Column.Unit is null;
            Func<DisclosureReport, (decimal?, MoneyUnit?)> read = carriesUnit
                ? r => ((ProactiveDisclosure2019)r.ProactiveDisclosure).Article20Item9.CentralizedProcurement.TotalAmount is { } m ? (m.Amount, m.Unit) : (null, null)
                : r => (c.GetNumber(r.ProactiveDisclosure), null);
            list.Add(new(ProactiveDisclosureLayout.Title, c.Table.Title, c.Row, c.Column.Label, c.PropertyPath, c.Column.Kind, read, carriesUnit));
        }

        foreach (var row in ApplicationsLayout.GetRows(edition))
        {
            foreach (var column in ApplicantColumns.All)
            {
                var (r, col) = (row, column);
                list.Add(new(ApplicationsLayout.Title, null, row.Label, column.GetLabel(), CellPaths.Of(row, column), ProactiveValueKind.Count,
                    report => (r.GetCounts(report.Applications)!.Value[col], null)));
            }
        }

        foreach (var block in ReviewAndLitigationLayout.Blocks)
        {
            foreach (var column in ReviewAndLitigationLayout.Columns)
            {
                var (b, col) = (block, column);
                list.Add(new(ReviewAndLitigationLayout.Title, null, block.GetLabel(), column.GetLabel(), CellPaths.Of(block, column), ProactiveValueKind.Count,
                    report => (report.ReviewAndLitigation[b][col], null)));
            }
        }

        return [.. list];
    }
}
