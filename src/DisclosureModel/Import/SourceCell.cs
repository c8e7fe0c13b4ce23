namespace DisclosureModel.Import;

/// <summary>
/// One piece of text as a front end found it: a line of plain text, a paragraph of a page, or a table cell, with
/// where it is. The input of <see cref="ReportImporter.ImportCells"/>.
/// </summary>
/// <remarks>
/// <para>A front end passes on what it knows about the piece rather than flattening it to text:
/// <see cref="Location"/> always (a line, or a structural path such as <c>table[2]/tr[4]/td[3]</c>, see
/// <see cref="SourceLocation.Path"/>); <see cref="Position"/> when the piece sits in a table whose grid the front end
/// knows (HTML, and PDF or Word front ends); <see cref="Region"/> when the document has geometry (PDF, Word). Plain
/// text has neither. The importer reads the pieces in the order given; it does not yet use
/// <see cref="Position"/> or <see cref="Region"/>, which are there for tools that inspect the cells.</para>
/// <para>Equality is by value.</para>
/// </remarks>
/// <param name="Text">The text as printed (line breaks inside are allowed and read as white space).</param>
/// <param name="Location">Where the text starts in the input.</param>
/// <param name="IsTableCell">True for a table cell: an empty table cell is a blank cell of the table, while an empty line is nothing.</param>
public readonly record struct SourceCell(string Text, SourceLocation Location, bool IsTableCell = false)
{
    /// <summary>
    /// Gets the position of the piece in the grid of its table (table, row, column and spans, all 1-based), or null
    /// when the piece is not in a table or the front end does not know the grid (plain text).
    /// </summary>
    /// <remarks>
    /// Also set for the text of a layout cell that holds a nested table (<see cref="IsTableCell"/> false): the
    /// position says where the text sits, <see cref="IsTableCell"/> whether it is a cell of a data table.
    /// </remarks>
    public TablePosition? Position { get; init; }

    /// <summary>Gets the page and rectangle of the piece in a document with geometry (PDF, Word), or null.</summary>
    public PageRegion? Region { get; init; }
}
