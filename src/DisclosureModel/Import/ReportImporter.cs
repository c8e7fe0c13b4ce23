namespace DisclosureModel.Import;

/// <summary>
/// Imports published annual reports from scraped text into the typed model, with a log of everything found,
/// tolerated, guessed or missing. See <c>docs/import.md</c>.
/// </summary>
/// <remarks>
/// <para>The importer reads both editions and detects which one a page follows from its table labels
/// (docs/import.md, "How it reads a page"). It never throws on the content of its input: a page that is not a report, is cut off, or is too
/// large gives an <see cref="ImportResult"/> with an error in its log (and no report, or a report whose unreadable
/// cells are blank). Only a null argument throws.</para>
/// <para>The importer holds no state: it may be called from many threads at once.</para>
/// </remarks>
public static class ReportImporter
{
    /// <summary>
    /// Gets the reader of plain text (<see cref="ReportDocumentKind.Text"/>), for <see cref="ReportDocumentImporter"/>
    /// (which always has it) and other callers that choose a reader by kind: it imports as
    /// <see cref="ImportText(Stream, ImportOptions?)"/> and <see cref="ImportTextAsync"/> do.
    /// </summary>
    public static IReportDocumentReader Reader { get; } = new TextDocumentReader();

    /// <summary>
    /// Imports a report from plain text: one table cell per line (as pages are usually copied out, an empty line
    /// standing for a blank cell where that is the reading that fits the table), a whole page body on one line with the
    /// cells run together (as some crawlers store it), or Markdown pipe tables (as PDF-to-Markdown converters write
    /// them). See docs/import.md, "Layouts of plain text".
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="options">What the page does not say, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (or null) and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ImportResult ImportText(string text, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(text);
        options ??= ImportOptions.Default;
        if (text.Length > options.MaxInputLength)
        {
            return ImportEngine.TooLarge(LocateOffset(text, options.MaxInputLength), options.MaxInputLength);
        }

        var notes = new List<ImportDiagnostic>();
        var cells = TextFrontEnd.Read(text, notes);
        return ImportEngine.Run(cells, options, emptyLinesMayBeBlank: true, notes);
    }

    /// <summary>
    /// Imports a report from the bytes of a text file or page, decoding them first: by their byte order mark (UTF-8,
    /// UTF-16 LE/BE, GB18030), else by <see cref="ImportOptions.Charset"/>, else as UTF-8 when they are valid UTF-8 and
    /// as GB18030 (which includes GBK and GB2312) otherwise. The log says which encoding was used and why
    /// (<see cref="ImportDiagnosticCode.InputEncoding"/>); the text is then read as by <see cref="ImportText(string, ImportOptions?)"/>.
    /// </summary>
    /// <remarks>
    /// Bytes that cannot decode within <see cref="ImportOptions.MaxInputLength"/> (more than four bytes per character)
    /// are refused before decoding (<see cref="ImportDiagnosticCode.InputTooLarge"/>); invalid bytes decode to U+FFFD
    /// with a warning. No process-wide encoding state is changed.
    /// </remarks>
    /// <param name="bytes">The bytes.</param>
    /// <param name="options">What the page does not say, its character set if known, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (or null) and the log.</returns>
    public static ImportResult ImportText(ReadOnlySpan<byte> bytes, ImportOptions? options = null) =>
        InputDecoder.Import(bytes, options, html: false, ImportTextFunction);

    /// <summary>
    /// Imports a report from a stream of bytes (a file, a response body), read to its end (or to the size limit, beyond
    /// which nothing more is read) and decoded as by <see cref="ImportText(ReadOnlySpan{byte}, ImportOptions?)"/>. The
    /// stream is not closed.
    /// </summary>
    /// <param name="stream">The stream, readable.</param>
    /// <param name="options">What the page does not say, its character set if known, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (or null) and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static ImportResult ImportText(Stream stream, ImportOptions? options = null) =>
        InputDecoder.Import(stream, options, html: false, ImportTextFunction);

    /// <summary>
    /// Imports a report from a stream of bytes read asynchronously, as <see cref="ImportText(Stream, ImportOptions?)"/>
    /// does. The stream is not closed.
    /// </summary>
    /// <param name="stream">The stream, readable.</param>
    /// <param name="options">What the page does not say, its character set if known, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The report (or null) and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<ImportResult> ImportTextAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default) =>
        InputDecoder.ImportAsync(stream, options, html: false, ImportTextFunction, cancellationToken);

    /// <summary>
    /// Imports a report from pieces of text an extractor found in reading order: lines, paragraphs and table cells
    /// (an empty table cell is a blank cell). This is what <c>DisclosureModel.Html</c> calls after walking a page.
    /// </summary>
    /// <param name="cells">The pieces in reading order.</param>
    /// <param name="options">What the page does not say, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (or null) and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cells"/> is null.</exception>
    public static ImportResult ImportCells(IReadOnlyList<SourceCell> cells, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(cells);
        return ImportEngine.Run(cells, options ?? ImportOptions.Default);
    }

    private static readonly Func<string, ImportOptions, ImportResult> ImportTextFunction = (text, options) => ImportText(text, options);

    private static SourceLocation LocateOffset(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(line, offset - lineStart + 1);
    }
}
