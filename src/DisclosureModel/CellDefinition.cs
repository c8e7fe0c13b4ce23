using System.Diagnostics;

namespace DisclosureModel;

/// <summary>
/// One cell of an edition's statutory tables, as listed by its <see cref="CellCatalog"/>: where it sits (index, table,
/// sub-table, row, column), its property path, its labels in Chinese and English, what it holds, and how to read it.
/// </summary>
/// <remarks>
/// Definitions are created once per edition by <see cref="CellCatalog"/> and shared; compare them by reference or by
/// <see cref="Index"/> within one catalogue. Every component that walks the tables (validators, JSON, CSV, importers,
/// renderers, converters) reads the same definitions.
/// </remarks>
public sealed class CellDefinition
{
    private readonly Func<DisclosureReport, CellValue> read;

    internal CellDefinition(
        int index,
        FormatEdition edition,
        StatutoryTable table,
        StatutoryLabel? subTable,
        StatutoryLabel row,
        StatutoryLabel column,
        string propertyPath,
        CellKind kind,
        MoneyUnit? unit,
        Func<DisclosureReport, CellValue> read)
    {
        Index = index;
        Edition = edition;
        Table = table;
        Section = table switch
        {
            StatutoryTable.ProactiveDisclosure => ProactiveDisclosureLayout.Title,
            StatutoryTable.Applications => ApplicationsLayout.Title,
            StatutoryTable.ReviewAndLitigation => ReviewAndLitigationLayout.Title,
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a statutory table."),
        };
        SubTable = subTable;
        Row = row;
        Column = column;
        PropertyPath = propertyPath;
        Kind = kind;
        Unit = unit;
        RowIdentifier = subTable is null ? row.Identifier : subTable.Identifier + "." + row.Identifier;
        Key = Section.Identifier + "/" + RowIdentifier + "/" + column.Identifier;
        this.read = read;
    }

    /// <summary>Gets the cell's position in its catalogue (print order, from 0): Section 二, then 三 row by row, then 四.</summary>
    public int Index { get; }

    /// <summary>Gets the edition whose tables hold the cell.</summary>
    public FormatEdition Edition { get; }

    /// <summary>Gets the statutory table that holds the cell.</summary>
    public StatutoryTable Table { get; }

    /// <summary>Gets the heading of the cell's section, e.g. <c>三、收到和处理政府信息公开申请情况</c>.</summary>
    public StatutoryLabel Section { get; }

    /// <summary>Gets the Section 二 sub-table (e.g. <c>第二十条第（一）项</c>), or null for Sections 三 and 四.</summary>
    public StatutoryLabel? SubTable { get; }

    /// <summary>Gets the label of the cell's row (Section 四: its block, e.g. <c>行政复议</c>).</summary>
    public StatutoryLabel Row { get; }

    /// <summary>Gets the label of the cell's column.</summary>
    public StatutoryLabel Column { get; }

    /// <summary>
    /// Gets the path of the cell's property from the report root, as validators name it, e.g.
    /// <c>Applications.Outcomes.Withheld.StateSecret.NaturalPerson</c>.
    /// </summary>
    public string PropertyPath { get; }

    /// <summary>Gets the row's identifier, prefixed with the sub-table's in Section 二, e.g. <c>article20Item1.rules</c>.</summary>
    public string RowIdentifier { get; }

    /// <summary>
    /// Gets the stable key <c>section/row/column</c> of identifiers, e.g. <c>applications/stateSecret/naturalPerson</c>
    /// (the keys of the long-format CSV).
    /// </summary>
    public string Key { get; }

    /// <summary>Gets what the cell holds: a count (at least 0), a signed change, or an amount of money.</summary>
    public CellKind Kind { get; }

    /// <summary>
    /// Gets the unit the format fixes for an amount (万元 for the 2021 fees), or null for counts and for the one amount
    /// whose unit is whatever the cell printed (see <see cref="CarriesUnit"/>).
    /// </summary>
    public MoneyUnit? Unit { get; }

    /// <summary>Gets a value indicating whether the cell prints its own unit: the 2019 采购总金额.</summary>
    public bool CarriesUnit => Kind == CellKind.Amount && Unit is null;

    /// <summary>Reads the cell from a report.</summary>
    /// <param name="report">A report whose tables are of this cell's edition.</param>
    /// <returns>The value, blank when the cell is blank.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The table that holds the cell is of the other edition.</exception>
    public CellValue GetValue(DisclosureReport report)
    {
        Preconditions.CheckNotNull(report);
        var edition = Table switch
        {
            StatutoryTable.ProactiveDisclosure => report.ProactiveDisclosure.Edition,
            StatutoryTable.Applications => report.Applications.Edition,
            StatutoryTable.ReviewAndLitigation => Edition,
            _ => throw new UnreachableException(),
        };
        if (edition != Edition)
        {
            throw new ArgumentException($"The cell {PropertyPath} belongs to the {Edition.GetIdentifier()} format; the report's {Section.Chinese} is in the {edition.GetIdentifier()} format.", nameof(report));
        }

        return read(report);
    }

    /// <summary>Gets the index, key and labels, e.g. <c>#30 applications/stateSecret/naturalPerson 1.属于国家秘密|自然人</c>.</summary>
    /// <returns>A text for logs and test output.</returns>
    public override string ToString() =>
        $"#{Index} {Key} {(SubTable is null ? string.Empty : SubTable.Chinese + " ")}{Row.Chinese}|{Column.Chinese}";
}
