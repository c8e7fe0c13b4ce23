namespace DisclosureModel.Rendering;

/// <summary>
/// Writes the statutory tables of a report (<see cref="ReportTables"/>) in one output format. The library's formatters
/// are <see cref="MarkdownTableFormatter"/>, <see cref="HtmlTableFormatter"/> and <see cref="TextTableFormatter"/>;
/// implement this interface to add your own (a page highlighting failing cells, a spreadsheet, a word processor
/// document) by walking the same model.
/// </summary>
public interface ITableFormatter
{
    /// <summary>Formats the tables.</summary>
    /// <param name="tables">The tables of one report.</param>
    /// <returns>The formatted text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tables"/> is null.</exception>
    string Format(ReportTables tables);
}
