using DisclosureModel.Analysis;

namespace DisclosureModel.Rendering;

/// <summary>
/// A data cell of a <see cref="RenderedTable"/>: one cell of the report's statutory tables, with its property path,
/// its value and the text formatters print.
/// </summary>
/// <remarks>
/// A blank cell has a null <see cref="Value"/> and an empty <see cref="Text"/>, never 0; formatters decide how to
/// show it (an empty table cell, or <see cref="ReportRenderer.TextBlankCell"/> in plain text). Equality is by
/// reference.
/// </remarks>
public sealed class RenderedDataCell
{
    internal RenderedDataCell(int index, TableCell cell, RenderedColumn column)
    {
        Index = index;
        Cell = cell;
        Column = column;
        Text = cell.FormatValue();
    }

    /// <summary>
    /// Gets the position of the cell among all cells of the report in print order, from 0: its index in
    /// <see cref="ReportCells.GetCells"/> and in <see cref="ReportTables.Cells"/>.
    /// </summary>
    public int Index { get; }

    /// <summary>Gets the cell with its section, row and column labels and its key.</summary>
    public TableCell Cell { get; }

    /// <summary>Gets the data column the cell is in.</summary>
    public RenderedColumn Column { get; }

    /// <summary>Gets the cell's path from the report root, as validators name it,
    /// e.g. <c>Applications.Outcomes.Withheld.StateSecret.NaturalPerson</c>.</summary>
    public string PropertyPath => Cell.PropertyPath;

    /// <summary>Gets what the cell holds: a count, a signed change (2019 本年增/减) or an amount of money.</summary>
    public CellKind Kind => Cell.Kind;

    /// <summary>Gets the number in the cell, or null when the cell is blank.</summary>
    public decimal? Value => Cell.Value;

    /// <summary>Gets the unit printed in the cell: only the 2019 采购总金额 carries one; null everywhere else.</summary>
    public MoneyUnit? Unit => Cell.Unit;

    /// <summary>Gets a value indicating whether the cell is blank.</summary>
    public bool IsBlank => Cell.IsBlank;

    /// <summary>
    /// Gets the value as printed (<see cref="TableCell.FormatValue"/>): the invariant number, followed by its unit when
    /// the cell carries one (<c>73802895.90元</c>); the empty string when blank.
    /// </summary>
    public string Text { get; }

    /// <summary>Gets the path and the text, e.g. <c>Applications.NewlyReceived.Total: 74</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{PropertyPath}: {Text}";
}
