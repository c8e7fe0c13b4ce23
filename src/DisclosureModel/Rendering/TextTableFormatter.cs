namespace DisclosureModel.Rendering;

/// <summary>
/// Formats the tables as plain text in the layout of scraped pages, one cell per paragraph, as
/// <see cref="ReportRenderer.ToTablesText"/> returns it and the importer reads it back.
/// </summary>
/// <remarks>
/// Each section heading, then per table its caption, its header cells row by row, and each body row's labels followed
/// by its cells: the order in which a flattened page prints them. Paragraphs are separated by one empty line; a blank
/// cell is <see cref="ReportRenderer.TextBlankCell"/>, because an empty line is no cell to a reader of text. Instances
/// are immutable and thread-safe.
/// </remarks>
public sealed class TextTableFormatter : ITableFormatter
{
    /// <inheritdoc/>
    public string Format(ReportTables tables) => string.Join("\n\n", Paragraphs(Preconditions.CheckNotNull(tables))) + "\n";

    /// <summary>Lists the paragraphs of the tables, for <see cref="ReportRenderer.ToText"/> to place among the narrative.</summary>
    internal static IEnumerable<string> Paragraphs(ReportTables tables)
    {
        foreach (var section in tables.Sections)
        {
            yield return section.Title.Chinese;
            foreach (var table in section.Tables)
            {
                if (table.Caption is { } caption)
                {
                    yield return caption;
                }

                foreach (var row in table.HeaderRows.Concat(table.BodyRows))
                {
                    foreach (var header in row.Headers)
                    {
                        yield return header.Text;
                    }

                    foreach (var cell in row.Cells)
                    {
                        yield return cell.IsBlank ? ReportRenderer.TextBlankCell : cell.Text;
                    }
                }
            }
        }
    }
}
