using DisclosureModel.Analysis;

namespace DisclosureModel.Rendering;

/// <summary>
/// The statutory tables of one report (Sections 二, 三 and 四) laid out once for rendering: sections, tables,
/// merged headers with their spans, and data cells with their property paths and values. Formatters
/// (<see cref="ITableFormatter"/>: Markdown, HTML, plain text, or your own) walk this model; none of them knows the
/// template.
/// </summary>
/// <remarks>
/// <para>Build it with <see cref="Build"/>. All knowledge of the official template's merged headers lives in that one
/// builder, which reads labels and structure from the layout catalogs (<see cref="ProactiveDisclosureLayout"/>,
/// <see cref="ApplicationsLayout"/>, <see cref="ApplicantColumns"/>, <see cref="ReviewAndLitigationLayout"/>) and
/// values from <see cref="ReportCells.GetCells"/>.</para>
/// <para>The model is immutable and safe to share between threads. Equality is by reference.</para>
/// </remarks>
public sealed class ReportTables
{
    private readonly Dictionary<string, RenderedDataCell> byPath;

    private ReportTables(FormatEdition edition, RenderedSection[] sections)
    {
        Edition = edition;
        Sections = sections;
        Cells = [.. sections.SelectMany(s => s.Tables).SelectMany(t => t.Cells)];
        byPath = Cells.ToDictionary(c => c.PropertyPath, StringComparer.Ordinal);
    }

    /// <summary>Gets the edition of the report, which fixes the tables' rows and columns.</summary>
    public FormatEdition Edition { get; }

    /// <summary>Gets the three sections in print order: 二, 三 and 四.</summary>
    public IReadOnlyList<RenderedSection> Sections { get; }

    /// <summary>
    /// Gets every data cell in print order, the order of <see cref="ReportCells.GetCells"/>: 198 cells in the 2019
    /// format, 200 in the 2021 format.
    /// </summary>
    public IReadOnlyList<RenderedDataCell> Cells { get; }

    /// <summary>Lays out the statutory tables of a report.</summary>
    /// <param name="report">The report; its tables must be of its stated edition.</param>
    /// <returns>The tables.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">Section 二 or Section 三 is not of the report's stated edition.</exception>
    public static ReportTables Build(DisclosureReport report)
    {
        var cells = ReportCells.GetCells(Preconditions.CheckNotNull(report));
        return new(report.Edition, ReportTablesBuilder.Build(CellCatalog.For(report), cells));
    }

    /// <summary>Finds the data cell at a property path, such as a validation failure names.</summary>
    /// <param name="propertyPath">A path from the report root, e.g. <c>Applications.Outcomes.Total.NaturalPerson</c>.</param>
    /// <returns>The cell, or null when no cell of this edition has the path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="propertyPath"/> is null.</exception>
    public RenderedDataCell? FindCell(string propertyPath) => byPath.GetValueOrDefault(Preconditions.CheckNotNull(propertyPath));
}
