using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DisclosureModel.Import;

namespace DisclosureModel.Html;

/// <summary>
/// Imports a published annual report from the HTML of its page: the page is parsed with AngleSharp, turned into
/// paragraphs and table cells in reading order, and read by the same label matching and table recognition as
/// <see cref="ReportImporter"/> (see <c>docs/import.md</c>).
/// </summary>
/// <remarks>
/// <para>Table cells are read in document order, which is the order of the statutory tables whatever their
/// <c>rowspan</c> and <c>colspan</c>; a cell whose text is split over <c>&lt;p&gt;</c> or <c>&lt;br&gt;</c> is one
/// cell (商业 / 企业 is read as 商业企业); an empty cell (including <c>&amp;nbsp;</c>) is a blank cell. Navigation,
/// headers and footers around the report are left out by the same rules as for text. Scripts and styles are
/// ignored. Locations in the log name the element, e.g. <c>table[3]/tr[5]/td[2]</c>, and its source line.</para>
/// <para>Like <see cref="ReportImporter"/>, it never throws on the content of its input; the importer holds no
/// state and may be called from many threads at once.</para>
/// </remarks>
public static class HtmlReportImporter
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "tbody", "thead", "tfoot", "title", "tr", "ul",
    };

    /// <summary>The most grid columns a table is given positions for; cells beyond have no <see cref="SourceCell.Position"/>. Statutory tables have fewer than 30.</summary>
    private const int MaxColumns = 1000;

    /// <summary>HTML's own limits on <c>colspan</c> and <c>rowspan</c>.</summary>
    private const int MaxColumnSpan = 1000;

    private const int MaxRowSpan = 65534;

    private static readonly Func<string, ImportOptions, ImportResult> ImportFunction = (html, options) => Import(html, options);

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "script", "style", "noscript", "template", "iframe", "object", "svg", "select" };

    /// <summary>
    /// Gets the reader of HTML pages (<see cref="ReportDocumentKind.Html"/>), to pass to a
    /// <see cref="ReportDocumentImporter"/>: it imports as <see cref="Import(Stream, ImportOptions?)"/> and
    /// <see cref="ImportAsync"/> do.
    /// </summary>
    public static IReportDocumentReader Reader { get; } = new HtmlDocumentReader();

    /// <summary>Imports a report from the HTML source of a page.</summary>
    /// <param name="html">The HTML source.</param>
    /// <param name="options">What the page does not say, and the limits (<see cref="ImportOptions.MaxInputLength"/> applies to the HTML source); null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (or null) and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static ImportResult Import(string html, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        options ??= ImportOptions.Default;
        if (html.Length > options.MaxInputLength)
        {
            var limited = ReportImporter.ImportText(html[..(options.MaxInputLength + 1)], options);
            return limited;
        }

        // Issue 16, defect 8: the parser's cost is quadratic in the nesting depth, so the depth is checked first.
        if (HtmlNesting.FindTooDeep(html) is var tooDeep and >= 0)
        {
            return TooDeep(html, tooDeep);
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        return Import(document, options);
    }

    private static ImportResult TooDeep(string html, int offset)
    {
        var before = html.AsSpan(0, offset);
        var lineStart = before.LastIndexOf('\n') + 1;
        var location = new SourceLocation(before.Count('\n') + 1, offset - lineStart + 1);
        return new ImportResult
        {
            Log = new ImportLog
            {
                EditionReason = "not read: the page nests too deeply",
                Diagnostics =
                [
                    ImportContext.Create(ImportDiagnosticCode.DocumentLimitExceeded, ImportSeverity.Error, location, ImportMessages.HtmlTooDeep.With(("limit", HtmlNesting.MaxDepth))),
                ],
            },
        };
    }

    /// <summary>
    /// Imports a report from the bytes of a page, decoding them first: by their byte order mark (UTF-8, UTF-16 LE/BE,
    /// GB18030), else by <see cref="ImportOptions.Charset"/> (e.g. from the HTTP <c>Content-Type</c> header), else by a
    /// <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="Content-Type"&gt;</c> declaration in the first 1 024 bytes
    /// (unless the bytes contradict it: a page declared UTF-8 whose bytes are not, or declared GBK whose non-ASCII bytes
    /// are valid UTF-8), else as UTF-8 when the bytes are valid UTF-8 and as GB18030 (which includes GBK and GB2312)
    /// otherwise. The log says which encoding was used and why (<see cref="ImportDiagnosticCode.InputEncoding"/>).
    /// </summary>
    /// <remarks>
    /// Bytes that cannot decode within <see cref="ImportOptions.MaxInputLength"/> (more than four bytes per character)
    /// are refused before decoding (<see cref="ImportDiagnosticCode.InputTooLarge"/>); invalid bytes decode to U+FFFD
    /// with a warning. The core's decoder is used, so text and HTML decode alike; no process-wide encoding state is changed.
    /// </remarks>
    /// <param name="html">The bytes of the page.</param>
    /// <param name="options">What the page does not say, its character set if known, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (or null) and the log.</returns>
    public static ImportResult Import(ReadOnlySpan<byte> html, ImportOptions? options = null) =>
        InputDecoder.Import(html, options, html: true, ImportFunction);

    /// <summary>
    /// Imports a report from a stream of the page's bytes (a file, a response body), read to its end (or to the size
    /// limit, beyond which nothing more is read) and decoded as by <see cref="Import(ReadOnlySpan{byte}, ImportOptions?)"/>.
    /// The stream is not closed.
    /// </summary>
    /// <param name="stream">The stream, readable.</param>
    /// <param name="options">What the page does not say, its character set if known, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (or null) and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static ImportResult Import(Stream stream, ImportOptions? options = null) =>
        InputDecoder.Import(stream, options, html: true, ImportFunction);

    /// <summary>
    /// Imports a report from a stream of the page's bytes read asynchronously, as <see cref="Import(Stream, ImportOptions?)"/>
    /// does. The stream is not closed.
    /// </summary>
    /// <param name="stream">The stream, readable.</param>
    /// <param name="options">What the page does not say, its character set if known, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The report (or null) and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<ImportResult> ImportAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default) =>
        InputDecoder.ImportAsync(stream, options, html: true, ImportFunction, cancellationToken);

    /// <summary>Imports a report from a page already parsed by AngleSharp.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">What the page does not say, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (or null) and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static ImportResult Import(IDocument document, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var notes = new List<ImportDiagnostic>();
        var cells = Extract(document, notes);
        return ImportEngine.Run(cells, options ?? ImportOptions.Default, emptyLinesMayBeBlank: false, notes);
    }

    /// <summary>
    /// Turns a page into the paragraphs and table cells the core importer reads, in document order. Exposed for
    /// tools that want to inspect or adjust the cells before <see cref="ReportImporter.ImportCells"/>.
    /// </summary>
    /// <remarks>
    /// Every piece is located by its element (<see cref="SourceLocation.Element"/>, e.g. <c>table[3]/tr[5]/td[2]</c>:
    /// the third table of the page, its fifth row, the second cell element of that row) and the source line where
    /// the element starts. A piece inside a table also carries its <see cref="SourceCell.Position"/> in the table's
    /// grid: table, row and grid column with <c>rowspan</c> and <c>colspan</c> accounted for as HTML lays tables out
    /// (spans clamped to HTML's limits, 65 534 rows and 1 000 columns, and not reaching into the next <c>thead</c>,
    /// <c>tbody</c> or <c>tfoot</c>; <c>rowspan="0"</c> read as 1; no position past grid column 1 000). Empty rows at the
    /// end of a table below rows that hold numbers (the spacer rows Word exports) are left out; the import logs each
    /// (<see cref="ImportDiagnosticCode.PageChromeSkipped"/>).
    /// </remarks>
    /// <param name="document">The document.</param>
    /// <returns>The cells.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static IReadOnlyList<SourceCell> ExtractCells(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(document, []);
    }

    private static List<SourceCell> Extract(IDocument document, List<ImportDiagnostic> notes)
    {
        var walker = new Walker();
        walker.Walk(document.DocumentElement);
        return SpacerRows.Remove(walker.Cells, notes);
    }

    /// <summary>Walks the DOM without recursion (pages can nest deeply) and collects the cells.</summary>
    private sealed class Walker
    {
        private readonly Stack<CellContext> open = new();
        private readonly Dictionary<string, int> tagCounts = new(StringComparer.Ordinal);
        private readonly Stack<TableGrid> tables = new();
        private readonly StringBuilder paragraph = new();
        private SourceLocation paragraphLocation;
        private int tableCount;

        internal List<SourceCell> Cells { get; } = [];

        internal void Walk(IElement? root)
        {
            if (root is null)
            {
                return;
            }

            var stack = new Stack<(INode Node, bool Exit)>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (node, exit) = stack.Pop();
                if (node is IText text)
                {
                    AppendText(text.Data);
                    continue;
                }

                if (node is not IElement element)
                {
                    continue;
                }

                var tag = element.LocalName;
                if (exit)
                {
                    Leave(tag);
                    continue;
                }

                if (Skipped.Contains(tag))
                {
                    continue;
                }

                Enter(tag, element);
                stack.Push((element, true));
                for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
                {
                    stack.Push((element.ChildNodes[i], false));
                }
            }

            FlushParagraph();
        }

        private void Enter(string tag, IElement element)
        {
            switch (tag)
            {
                case "table":
                    FlushParagraph();
                    FlushOpenCell();
                    tables.Push(new TableGrid(++tableCount));
                    return;
                case "tr" when tables.Count > 0:
                    tables.Peek().StartRow();
                    return;
                case "td" or "th":
                    FlushParagraph();
                    if (tables.Count == 0)
                    {
                        open.Push(new CellContext(new SourceLocation(Line(element), 1, Name(tag)), null));
                        return;
                    }

                    var grid = tables.Peek();
                    var (cell, position) = grid.Place(Span(element, "rowspan", MaxRowSpan), Span(element, "colspan", MaxColumnSpan));
                    var name = $"table[{grid.Number.ToString(CultureInfo.InvariantCulture)}]/tr[{grid.Row.ToString(CultureInfo.InvariantCulture)}]/{tag}[{cell.ToString(CultureInfo.InvariantCulture)}]";
                    open.Push(new CellContext(new SourceLocation(Line(element), 1, name), position));
                    return;
                default:
                    if (tag is "thead" or "tbody" or "tfoot" && tables.Count > 0)
                    {
                        tables.Peek().StartRowGroup();
                    }

                    if (Blocks.Contains(tag))
                    {
                        Break(element, tag);
                    }

                    return;
            }
        }

        private void Leave(string tag)
        {
            switch (tag)
            {
                case "table":
                    if (tables.Count > 0)
                    {
                        tables.Pop();
                    }

                    FlushParagraph();
                    return;
                case "td" or "th":
                    if (open.Count > 0)
                    {
                        var context = open.Pop();
                        var text = context.Text.ToString();
                        if (!context.HadNestedTable || text.Trim().Length > 0)
                        {
                            Cells.Add(new SourceCell(text, context.Location, IsTableCell: !context.HadNestedTable) { Position = context.Position });
                        }
                    }

                    return;
                default:
                    if (Blocks.Contains(tag))
                    {
                        if (open.Count > 0)
                        {
                            open.Peek().Text.Append('\n');
                        }
                        else
                        {
                            FlushParagraph();
                        }
                    }

                    return;
            }
        }

        private void Break(IElement element, string tag)
        {
            if (open.Count > 0)
            {
                open.Peek().Text.Append('\n');
                return;
            }

            FlushParagraph();
            paragraphLocation = new SourceLocation(Line(element), 1, Name(tag));
        }

        private void AppendText(string data)
        {
            if (open.Count > 0)
            {
                open.Peek().Text.Append(data);
                return;
            }

            if (paragraph.Length == 0 && paragraphLocation.Element is null)
            {
                paragraphLocation = new SourceLocation(0, 1, Name("#text"));
            }

            paragraph.Append(data);
        }

        /// <summary>A table inside a cell (layout tables): what the outer cell held so far becomes a paragraph.</summary>
        private void FlushOpenCell()
        {
            if (open.Count == 0)
            {
                return;
            }

            var context = open.Peek();
            context.HadNestedTable = true;
            var text = context.Text.ToString();
            if (text.Trim().Length > 0)
            {
                Cells.Add(new SourceCell(text, context.Location) { Position = context.Position });
            }

            context.Text.Clear();
        }

        private void FlushParagraph()
        {
            var text = paragraph.ToString();
            if (text.Trim().Length > 0)
            {
                Cells.Add(new SourceCell(text, paragraphLocation));
            }

            paragraph.Clear();
            paragraphLocation = default;
        }

        private string Name(string tag)
        {
            var n = tagCounts.GetValueOrDefault(tag) + 1;
            tagCounts[tag] = n;
            return $"{tag}[{n.ToString(CultureInfo.InvariantCulture)}]";
        }

        private static int Line(IElement element) => element.SourceReference?.Position.Line ?? 0;

        /// <summary>
        /// Reads <c>rowspan</c> or <c>colspan</c> as HTML does: leading digits after white space and an optional <c>+</c>; absent, invalid or 0
        /// is 1 (a <c>rowspan="0"</c>, "to the end of the row group", is read as 1); at most <paramref name="max"/>.
        /// </summary>
        private static int Span(IElement element, string attribute, int max)
        {
            var text = element.GetAttribute(attribute).AsSpan().TrimStart();
            if (text.StartsWith("+"))
            {
                text = text[1..];
            }

            var value = 0;
            for (var i = 0; i < text.Length && text[i] is >= '0' and <= '9'; i++)
            {
                value = Math.Min(max, (value * 10) + (text[i] - '0'));
            }

            return value == 0 ? 1 : value;
        }
    }

    /// <summary>
    /// The grid of one table as the walk goes through it: the current row, the cell elements seen in it, and for each
    /// grid column the last row a cell above still covers (HTML's table model for <c>rowspan</c> and <c>colspan</c>).
    /// </summary>
    private sealed class TableGrid(int number)
    {
        private readonly List<int> coveredThrough = [];
        private int next = 1;
        private int cellsInRow;

        internal int Number { get; } = number;

        internal int Row { get; private set; }

        /// <summary>A <c>thead</c>, <c>tbody</c> or <c>tfoot</c>: in HTML a row span does not reach into the next row group.</summary>
        internal void StartRowGroup() => coveredThrough.Clear();

        internal void StartRow()
        {
            Row++;
            cellsInRow = 0;
            next = 1;
        }

        /// <summary>Places the next cell element of the row; returns its index in the row and its grid position (null beyond <see cref="MaxColumns"/> or outside a row).</summary>
        internal (int Cell, TablePosition? Position) Place(int rowSpan, int columnSpan)
        {
            cellsInRow++;
            if (Row == 0)
            {
                return (cellsInRow, null);
            }

            var column = next;
            while (column <= coveredThrough.Count && column <= MaxColumns && coveredThrough[column - 1] >= Row)
            {
                column++;
            }

            var last = column + columnSpan - 1;
            if (last > MaxColumns)
            {
                next = MaxColumns + 1;
                return (cellsInRow, null);
            }

            while (coveredThrough.Count < last)
            {
                coveredThrough.Add(0);
            }

            for (var c = column; c <= last; c++)
            {
                coveredThrough[c - 1] = Row + rowSpan - 1;
            }

            next = last + 1;
            return (cellsInRow, new TablePosition(Number, Row, column, rowSpan, columnSpan));
        }
    }

    private sealed class CellContext(SourceLocation location, TablePosition? position)
    {
        internal SourceLocation Location { get; } = location;

        internal TablePosition? Position { get; } = position;

        internal StringBuilder Text { get; } = new();

        internal bool HadNestedTable { get; set; }
    }
}

/// <summary>The reader of HTML pages (<see cref="HtmlReportImporter.Reader"/>).</summary>
internal sealed class HtmlDocumentReader : IReportDocumentReader
{
    public ReportDocumentKind Kind => ReportDocumentKind.Html;

    public ImportResult Import(Stream stream, ImportOptions? options = null) => HtmlReportImporter.Import(stream, options);

    public Task<ImportResult> ImportAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default) =>
        HtmlReportImporter.ImportAsync(stream, options, cancellationToken);
}
