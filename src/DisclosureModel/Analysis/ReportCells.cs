namespace DisclosureModel.Analysis;

/// <summary>
/// Lists the cells of a report's statutory tables (Sections 二, 三 and 四) in print order, with their values: the
/// report-side view of the edition's <see cref="CellCatalog"/>.
/// </summary>
/// <remarks>
/// The order and the cells are the catalogue's: 22 + 161 + 15 = 198 cells in the 2019 format, 10 + 175 + 15 = 200 in the
/// 2021 format, 186 in the hybrid (a 2021 report whose Section 三 has the 2019 shape). Cells are read by the report's
/// catalogue (<see cref="CellCatalog.For(DisclosureReport)"/>).
/// </remarks>
public static class ReportCells
{
    /// <summary>Gets the number of cells of an edition: 198 in 2019, 200 in 2021.</summary>
    /// <param name="edition">A defined edition.</param>
    /// <returns>The number of cells.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static int GetCellCount(FormatEdition edition) => CellCatalog.Get(edition).Count;

    /// <summary>Gets every cell of a report's statutory tables in print order.</summary>
    /// <param name="report">The report; its tables must be of its stated edition.</param>
    /// <returns>The cells.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">Section 二 is not of the report's stated edition, or Section 三 is of a shape no catalogue supports.</exception>
    public static IReadOnlyList<TableCell> GetCells(DisclosureReport report)
    {
        Preconditions.CheckNotNull(report);
        var catalog = CellCatalog.For(report);
        var cells = new TableCell[catalog.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var definition = catalog[i];
            cells[i] = new(definition, definition.GetValue(report));
        }

        return cells;
    }

    /// <summary>Throws when Section 二 or Section 三 of a report is not of the report's stated edition.</summary>
    internal static void CheckEditions(DisclosureReport report, string paramName) =>
        (CellCatalog.TryFor(Preconditions.CheckNotNull(report, paramName)) ?? CellCatalog.Get(report.Edition)).CheckEditions(report, paramName);
}
