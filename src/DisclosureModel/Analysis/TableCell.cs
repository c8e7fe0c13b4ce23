namespace DisclosureModel.Analysis;

/// <summary>
/// One cell of a report's statutory tables (Sections 二, 三 and 四) with its labels, its path and its value: the
/// unit that long-format CSV, roll-ups, year-over-year diffs and edition conversion work on.
/// </summary>
/// <remarks>
/// Labels come from the layout catalogs. For Section 二 the row is qualified by its sub-table
/// (<see cref="Table"/>), so that <see cref="RowIdentifier"/> is unique within the section, e.g.
/// <c>article20Item1.rules</c>. Equality is by value.
/// </remarks>
public sealed record TableCell
{
    internal TableCell(CellDefinition definition, CellValue value)
    {
        Definition = definition;
        Value = value.Number;
        Unit = value.Unit;
    }

    /// <summary>Gets the cell's definition in its edition's <see cref="CellCatalog"/> (index, labels, kind, getter).</summary>
    public CellDefinition Definition { get; }

    /// <summary>Gets the section's heading label, e.g. <c>三、收到和处理政府信息公开申请情况</c> (<c>applications</c>).</summary>
    public StatutoryLabel Section => Definition.Section;

    /// <summary>Gets the Section 二 sub-table title, e.g. <c>第二十条第（一）项</c>, or null in Sections 三 and 四.</summary>
    public StatutoryLabel? Table => Definition.SubTable;

    /// <summary>Gets the row label: a Section 二 row, a Section 三 data row or a Section 四 block.</summary>
    public StatutoryLabel Row => Definition.Row;

    /// <summary>Gets the column label.</summary>
    public StatutoryLabel Column => Definition.Column;

    /// <summary>Gets the row identifier, unique within the section: the row's identifier, prefixed with the
    /// sub-table's identifier and a dot in Section 二 (<c>article20Item5.administrativeLicensing</c>).</summary>
    public string RowIdentifier => Definition.RowIdentifier;

    /// <summary>Gets a key unique within one edition: section, row and column identifiers joined by <c>/</c>.</summary>
    public string Key => Definition.Key;

    /// <summary>Gets the path of the cell from the report root, as validators name it,
    /// e.g. <c>Applications.Outcomes.Withheld.StateSecret.NaturalPerson</c>.</summary>
    public string PropertyPath => Definition.PropertyPath;

    /// <summary>Gets what the cell holds: a count, a signed change (2019 本年增/减) or an amount of money.</summary>
    public CellKind Kind => Definition.Kind;

    /// <summary>Gets the number in the cell, or null when the cell is blank. Counts are whole numbers.</summary>
    public decimal? Value { get; }

    /// <summary>
    /// Gets the unit printed in the cell: only the 2019 采购总金额 carries one (the format fixes none); null
    /// everywhere else, including the 2021 fees whose unit (万元) the column label states.
    /// </summary>
    public MoneyUnit? Unit { get; }

    /// <summary>Gets a value indicating whether the cell is blank.</summary>
    public bool IsBlank => Value is null;

    /// <summary>
    /// Gets the value as printed: the invariant number followed by its unit when the cell carries one
    /// (<c>73802895.90元</c>), or the empty string when blank.
    /// </summary>
    /// <returns>The text.</returns>
    public string FormatValue() => new CellValue(Value, Unit).Format();

    /// <summary>Gets the key, the Chinese labels and the value, for logs and messages.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Key} {(Table is null ? string.Empty : Table.Chinese + " ")}{Row.Chinese}|{Column.Chinese}: {(IsBlank ? "_" : FormatValue())}";
}
