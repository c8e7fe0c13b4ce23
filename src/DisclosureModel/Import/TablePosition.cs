using System.Globalization;

namespace DisclosureModel.Import;

/// <summary>
/// Where a cell sits in the grid of a table of the input document: the table, the row and the column where the cell
/// starts, and how many rows and columns it covers. All numbers are 1-based.
/// </summary>
/// <remarks>
/// <para><see cref="Column"/> is the column of the table's grid, not the index of the cell element in its row: in a
/// row under a header cell with <c>rowspan="3"</c>, the first cell element of the row sits in grid column 2. Merged
/// cells are placed as HTML places them (a cell goes into the first grid column of its row not yet covered by a cell
/// above it), so every front end, HTML, PDF or Word, reports the same grid for the same table.</para>
/// <para>Equality is by value. Instances are immutable; the constructor checks every value.</para>
/// </remarks>
public sealed record TablePosition
{
    /// <summary>Initialises a position.</summary>
    /// <param name="table">The 1-based index of the table in the document, in document order (nested tables counted where they start).</param>
    /// <param name="row">The 1-based row of the table where the cell starts.</param>
    /// <param name="column">The 1-based grid column where the cell starts.</param>
    /// <param name="rowSpan">The number of rows the cell covers, at least 1.</param>
    /// <param name="columnSpan">The number of grid columns the cell covers, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is less than 1.</exception>
    public TablePosition(int table, int row, int column, int rowSpan = 1, int columnSpan = 1)
    {
        Table = CheckPositive(table, nameof(table));
        Row = CheckPositive(row, nameof(row));
        Column = CheckPositive(column, nameof(column));
        RowSpan = CheckPositive(rowSpan, nameof(rowSpan));
        ColumnSpan = CheckPositive(columnSpan, nameof(columnSpan));
    }

    /// <summary>Gets the 1-based index of the table in the document, in document order.</summary>
    public int Table { get; }

    /// <summary>Gets the 1-based row of the table where the cell starts (for HTML: the cell's <c>tr</c> among the table's rows, <c>thead</c>, <c>tbody</c> and <c>tfoot</c> counted together in document order).</summary>
    public int Row { get; }

    /// <summary>Gets the 1-based grid column where the cell starts.</summary>
    public int Column { get; }

    /// <summary>Gets the number of rows the cell covers (1 for an unmerged cell).</summary>
    public int RowSpan { get; }

    /// <summary>Gets the number of grid columns the cell covers (1 for an unmerged cell).</summary>
    public int ColumnSpan { get; }

    /// <summary>Gets the position as a short path: <c>table[2]/r5c3</c>, followed by <c>+2x1</c> (rows x columns) when the cell is merged.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"table[{Table}]/r{Row}c{Column}");
        return RowSpan == 1 && ColumnSpan == 1 ? text : string.Create(CultureInfo.InvariantCulture, $"{text}+{RowSpan}x{ColumnSpan}");
    }

    private static int CheckPositive(int value, string paramName) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(paramName, value, "A table position is 1-based: the value must be at least 1.");
}
