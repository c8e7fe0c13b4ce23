using System.Text.RegularExpressions;

namespace DisclosureModel.Import;

/// <summary>
/// Page furniture that text extracted from paged documents (PDF text layers, PDF-to-Markdown converters, pages copied
/// out of a viewer) carries between the lines of a report: page footers such as <c>— 4 —</c>, <c>-3-</c>,
/// <c>- 3 -</c>, <c>第3页</c>, <c>第 3 页 共 5 页</c>. The engine leaves such a piece out before reading (logged as
/// <see cref="ImportDiagnosticCode.PageChromeSkipped"/>), for every front end, so that its number never becomes a cell
/// nor the signed change −3 of a Section 二 row.
/// </summary>
/// <remarks>
/// Only a whole piece that is not a table cell is furniture: a bare number on a line of its own is never taken for a
/// page number (it is indistinguishable from a value printed one cell per line).
/// </remarks>
internal static partial class PageFurniture
{
    /// <summary>Tests whether a piece of text is, as a whole, a page footer.</summary>
    internal static bool IsPageFooter(string? text) =>
        text is { Length: > 0 and <= 40 } && FooterPattern().IsMatch(text);

    [GeneratedRegex(
        @"^\s*(?:"
        + @"[-‐‑‒–—―−－~～]+\s*[0-9０-９]{1,4}\s*[-‐‑‒–—―−－~～]+"
        + @"|第\s*[0-9０-９]{1,4}\s*页(?:\s*[,，、/／]?\s*共\s*[0-9０-９]{1,4}\s*页)?"
        + @"|共\s*[0-9０-９]{1,4}\s*页\s*[,，、/／]?\s*第\s*[0-9０-９]{1,4}\s*页"
        + @"|[Pp]age\s*[0-9]{1,4}(?:\s*(?:of|/)\s*[0-9]{1,4})?"
        + @")\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex FooterPattern();
}
