namespace DisclosureModel.Html;

/// <summary>
/// The nesting-depth limit of the HTML importer (issue 16, defect 8): the HTML parser's cost grows with the square of
/// the nesting depth (20 000 nested <c>&lt;div&gt;</c>s, 112 KB, take seconds; 177 000, 1.95 MB, minutes), so the
/// source is scanned before it is parsed and a page that nests deeper than <see cref="MaxDepth"/> is refused.
/// </summary>
/// <remarks>
/// The scan is linear and approximate on the safe side for real pages: it counts start and end tags of elements
/// that must be closed, and ignores void elements (<c>br</c>, <c>img</c> …), elements whose end tag may be left out
/// (<c>p</c>, <c>li</c>, <c>td</c>, <c>tr</c> …, which pages often leave open), comments, and the text of
/// <c>script</c>, <c>style</c>, <c>textarea</c> and <c>title</c>. Real report pages nest a few dozen levels.
/// </remarks>
internal static class HtmlNesting
{
    /// <summary>
    /// The deepest nesting of elements read: 500. The parser (AngleSharp), as browsers do, stops nesting at about 512
    /// levels (deeper elements become siblings, so a table down there loses its rows and its cells are left unread),
    /// so a deeper page could not be read well anyway.
    /// </summary>
    internal const int MaxDepth = 500;

    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements.
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",

        // End tag optional (HTML Living Standard, "optional tags"), or implied by the parser.
        "html", "head", "body", "p", "li", "dt", "dd", "rb", "rt", "rtc", "rp", "optgroup", "option", "colgroup", "caption", "thead", "tbody", "tfoot", "tr", "td", "th",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "plaintext"];

    /// <summary>Finds where the nesting first exceeds <paramref name="limit"/>.</summary>
    /// <param name="html">The HTML source.</param>
    /// <param name="limit">The deepest nesting allowed.</param>
    /// <returns>The offset of the start tag that exceeds the limit, or -1.</returns>
    internal static int FindTooDeep(string html, int limit = MaxDepth)
    {
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            var start = i;
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            i = nameEnd;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                continue;
            }

            var name = html[nameStart..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0)
            {
                return -1;
            }

            i = tagEnd + 1;
            if (closing)
            {
                depth = NotCounted.Contains(name) ? depth : Math.Max(0, depth - 1);
                continue;
            }

            if (RawText.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            // `<div/>` opens a div as `<div>` does: outside SVG and MathML the slash is ignored.
            if (NotCounted.Contains(name))
            {
                continue;
            }

            if (++depth > limit)
            {
                return start;
            }
        }

        return -1;
    }
}
