using System.Globalization;

namespace DisclosureModel.Import;

/// <summary>
/// Where something is in the imported input: a 1-based line and column of plain text, or a structural path that a
/// front end gives (an element of an HTML page, a cell of a page of a PDF or Word document) with a 1-based column
/// inside that element's text.
/// </summary>
/// <remarks>
/// <para><see cref="Path"/> is the location as one short, stable path in the terms of the front end that read the
/// input (the table below); <see cref="ToString()"/> is the longer form the import log prints.</para>
/// <list type="table">
/// <listheader><term>front end</term><description><see cref="Path"/> (and <see cref="Element"/>)</description></listheader>
/// <item><term>plain text (<see cref="ReportImporter.ImportText(string, ImportOptions?)"/>)</term><description><c>l12c3</c>: line 12, column 3
/// (<see cref="Element"/> is null)</description></item>
/// <item><term>HTML (<c>DisclosureModel.Html</c>)</term><description>the element: <c>table[2]/tr[4]/td[3]</c> (the
/// second table of the page, its fourth <c>tr</c>, the third cell element of that row), <c>p[12]</c> for a
/// paragraph</description></item>
/// <item><term>PDF, Word (to come)</term><description><c>page[3]/table[1]/r5c2</c>: page 3, its first table, row 5,
/// column 2</description></item>
/// </list>
/// <para>Indices in paths are 1-based, like the line and column. Equality is by value.</para>
/// </remarks>
/// <param name="Line">The 1-based line (of the text, or of the HTML source where the element starts), or 0 when unknown.</param>
/// <param name="Column">The 1-based column (in UTF-16 code units) in the line or in the element's text, or 0 when unknown.</param>
/// <param name="Element">
/// The structural path a front end gives, e.g. <c>table[2]/tr[5]/td[3]</c> for HTML or <c>page[3]/table[1]/r5c2</c>
/// for a paged document; null for plain text.
/// </param>
public readonly record struct SourceLocation(int Line, int Column, string? Element = null)
{
    /// <summary>Gets the location of something that is nowhere in particular (the whole input).</summary>
    public static SourceLocation None => default;

    /// <summary>
    /// Gets the location as a path in the terms of its front end: <see cref="Element"/> when a front end gave one
    /// (<c>table[2]/tr[4]/td[3]</c>, <c>page[3]/table[1]/r5c2</c>); otherwise the line and column of plain text as
    /// <c>l12c3</c> (<c>l12</c> when the column is unknown); the empty string for <see cref="None"/>.
    /// </summary>
    public string Path
    {
        get
        {
            if (Element is not null)
            {
                return Element;
            }

            if (Line <= 0)
            {
                return string.Empty;
            }

            var line = "l" + Line.ToString(CultureInfo.InvariantCulture);
            return Column > 0 ? line + "c" + Column.ToString(CultureInfo.InvariantCulture) : line;
        }
    }

    /// <summary>Gets the location as text, e.g. <c>line 12, column 3</c> or <c>table[2]/tr[5]/td[3], column 1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var column = Column.ToString(CultureInfo.InvariantCulture);
        if (Element is not null)
        {
            return Line > 0
                ? $"{Element} (line {Line.ToString(CultureInfo.InvariantCulture)}), column {column}"
                : $"{Element}, column {column}";
        }

        return Line > 0 ? $"line {Line.ToString(CultureInfo.InvariantCulture)}, column {column}" : "input";
    }
}
