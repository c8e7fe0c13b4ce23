using System.Globalization;
using System.Text;
using DisclosureModel.Import;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace DisclosureModel.Pdf;

/// <summary>
/// Imports a published annual report from a PDF file: the text layer is read with word positions (PdfPig), lines and
/// table rows are rebuilt by geometry, and the pieces are read by the same label matching and table recognition as
/// <see cref="ReportImporter"/> (see <c>docs/import.md</c>).
/// </summary>
/// <remarks>
/// <para>A ruled table is rebuilt from its ruling lines: each cell is the rectangle the nearest rulings around it
/// bound, so a wrapped label, a header cell broken over lines, a merged three-level header and a vertical heading whose
/// characters stand one per line each come out as one cell, in the order HTML would place the table's cells (by the
/// row where a cell starts, then by column), with empty cells as blank cells. Text outside ruled tables is read as
/// lines by baseline, top to bottom. Page footers such as <c>-3-</c> between the rows of a table that crosses a page
/// are left out by the engine.</para>
/// <para>The file's creation date (PDF metadata) is not the publication date and is never taken for it; the log
/// mentions it (info). A document that cannot be read gives a result without a report and one error:
/// <see cref="ImportDiagnosticCode.NoTextLayer"/> (a scan: OCR is needed), <see cref="ImportDiagnosticCode.DocumentEncrypted"/>
/// (a password is needed to open it), <see cref="ImportDiagnosticCode.DocumentMalformed"/> (not a PDF, truncated, or
/// broken, with the byte offset or page), <see cref="ImportDiagnosticCode.DocumentLimitExceeded"/> (more than
/// <see cref="MaxBytes"/> bytes, <see cref="MaxPages"/> pages, or <see cref="MaxItemsPerPage"/> characters or drawn
/// shapes on a page). It never throws on the content of its input; it holds no state and may be called from many
/// threads at once.</para>
/// </remarks>
public static class PdfReportImporter
{
    /// <summary>Gets the largest PDF read, in bytes (64 MiB); a larger one is refused (<see cref="ImportDiagnosticCode.DocumentLimitExceeded"/>).</summary>
    public static int MaxBytes => 64 * 1024 * 1024;

    /// <summary>Gets the most pages read (500); a longer document is refused (<see cref="ImportDiagnosticCode.DocumentLimitExceeded"/>).</summary>
    public static int MaxPages => 500;

    /// <summary>Gets the most characters, and separately the most drawn shapes, a page may hold (50 000); a page with more is refused (<see cref="ImportDiagnosticCode.DocumentLimitExceeded"/>).</summary>
    public static int MaxItemsPerPage => 50_000;

    /// <summary>Gets a reader of PDF documents (<see cref="ReportDocumentKind.Pdf"/>) for callers that choose a reader by the content of a file.</summary>
    public static IReportDocumentReader Reader { get; } = new PdfReader();

    /// <summary>Imports a report from the bytes of a PDF file.</summary>
    /// <param name="pdf">The bytes of the file.</param>
    /// <param name="options">What the document does not say (agency, year, publication date), and the limits of the recognition engine; null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (or null) and the log.</returns>
    public static ImportResult Import(ReadOnlySpan<byte> pdf, ImportOptions? options = null) =>
        Run(pdf.ToArray(), options ?? ImportOptions.Default, CancellationToken.None);

    /// <summary>
    /// Imports a report from a stream of a PDF file's bytes (read to its end, or to <see cref="MaxBytes"/>, beyond which
    /// nothing more is read). The stream is not closed.
    /// </summary>
    /// <param name="stream">The stream, readable.</param>
    /// <param name="options">What the document does not say, and the limits of the recognition engine; null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (or null) and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static ImportResult Import(Stream stream, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = ReadBounded(stream);
        return bytes is null ? TooManyBytes() : Run(bytes, options ?? ImportOptions.Default, CancellationToken.None);
    }

    /// <summary>
    /// Imports a report from a stream of a PDF file's bytes read asynchronously, as <see cref="Import(Stream, ImportOptions?)"/>
    /// does. The stream is not closed.
    /// </summary>
    /// <param name="stream">The stream, readable.</param>
    /// <param name="options">What the document does not say, and the limits of the recognition engine; null for <see cref="ImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream and the pages.</param>
    /// <returns>The report (or null) and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<ImportResult> ImportAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadAndImportAsync(stream, options ?? ImportOptions.Default, cancellationToken);
    }

    /// <summary>
    /// Turns a PDF file into the lines and table cells the core importer reads, in reading order, each located by page
    /// and rectangle (<see cref="SourceCell.Region"/>), table cells also by their grid position
    /// (<see cref="SourceCell.Position"/>; tables numbered through the document, a table that crosses a page counted
    /// once per page) and path (<c>page[3]/table[1]/r5c2</c>, lines <c>page[1]/line[4]</c>). Exposed for tools that
    /// want to inspect or adjust the cells before <see cref="ReportImporter.ImportCells"/>.
    /// </summary>
    /// <param name="pdf">The bytes of the file.</param>
    /// <returns>The cells; empty when the document cannot be read (<see cref="Import(ReadOnlySpan{byte}, ImportOptions?)"/> says why).</returns>
    public static IReadOnlyList<SourceCell> ExtractCells(ReadOnlySpan<byte> pdf)
    {
        var read = Read(pdf.ToArray(), CancellationToken.None);
        return read.Cells ?? [];
    }

    private static async Task<ImportResult> ReadAndImportAsync(Stream stream, ImportOptions options, CancellationToken cancellationToken)
    {
        return await BoundedRead.ToEndAsync(stream, MaxBytes, default, cancellationToken).ConfigureAwait(false) is { } bytes
            ? Run(bytes, options, cancellationToken)
            : TooManyBytes();
    }

    private static byte[]? ReadBounded(Stream stream) => BoundedRead.ToEnd(stream, MaxBytes);

    private static ImportResult Run(byte[] bytes, ImportOptions options, CancellationToken cancellationToken)
    {
        var read = Read(bytes, cancellationToken);
        if (read.Failure is { } failure)
        {
            return failure;
        }

        return ImportEngine.Run(read.Cells!, options, emptyLinesMayBeBlank: false, read.Notes);
    }

    private static ReadResult Read(byte[] bytes, CancellationToken cancellationToken)
    {
        if (bytes.Length > MaxBytes)
        {
            return new(TooManyBytes());
        }

        var header = bytes.AsSpan(0, Math.Min(1024, bytes.Length));
        if (header.IndexOf("%PDF-"u8) < 0)
        {
            return new(Fail(ImportDiagnosticCode.DocumentMalformed, Location("byte[0]"), ImportMessages.PdfNotPdf.With(), "not read: not a PDF"));
        }

        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 1024));
        if (tail.IndexOf("%%EOF"u8) < 0)
        {
            return new(Fail(ImportDiagnosticCode.DocumentMalformed, Location($"byte[{N(bytes.Length)}]"), ImportMessages.PdfTruncated.With(("offset", bytes.Length)), "not read: the PDF is truncated"));
        }

        var where = "document";
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var pages = document.NumberOfPages;
            if (pages > MaxPages)
            {
                return new(Fail(ImportDiagnosticCode.DocumentLimitExceeded, Location("document"), ImportMessages.PdfTooManyPages.With(("pages", pages), ("limit", MaxPages)), "not read: too many pages"));
            }

            var notes = new List<ImportDiagnostic>();
            if (CreationDate(document) is { } created)
            {
                notes.Add(ImportContext.Create(ImportDiagnosticCode.MetadataMissing, ImportSeverity.Info, Location("document/info"), ImportMessages.PdfCreationDate.With(("date", created)), "Metadata.PublishedAt", seen: created));
            }

            var cells = new List<SourceCell>();
            var tableCount = 0;
            var letters = 0;
            for (var number = 1; number <= pages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                where = $"page[{N(number)}]";
                var page = document.GetPage(number);
                var items = Math.Max(page.Letters.Count, page.Paths.Count);
                if (items > MaxItemsPerPage)
                {
                    return new(Fail(ImportDiagnosticCode.DocumentLimitExceeded, Location(where), ImportMessages.PdfPageTooLarge.With(("count", items), ("limit", MaxItemsPerPage)), "not read: a page is too large"));
                }

                letters += page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
                cells.AddRange(PdfLayout.ReadPage(page, number, ref tableCount));
            }

            if (letters == 0)
            {
                return new(Fail(ImportDiagnosticCode.NoTextLayer, Location("document"), ImportMessages.PdfNoTextLayer.With(("pages", pages)), "not read: the PDF has no text layer"));
            }

            return new(cells, notes);
        }
        catch (PdfDocumentEncryptedException)
        {
            return new(Fail(ImportDiagnosticCode.DocumentEncrypted, Location("document"), ImportMessages.PdfEncrypted.With(), "not read: the PDF is encrypted"));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // PdfPig reports broken structure with several exception types (format, parse, index, cast, arithmetic);
            // whichever it is, the document cannot be read: a typed, located error, not a crash.
            return new(Fail(ImportDiagnosticCode.DocumentMalformed, Location(where), ImportMessages.PdfMalformed.With(("where", where), ("reason", Reason(exception))), "not read: the PDF is malformed"));
        }
    }

    private static string Reason(Exception exception)
    {
        var message = exception.Message;
        var text = new StringBuilder(Math.Min(message.Length, 200));
        foreach (var c in message.AsSpan(0, Math.Min(message.Length, 200)))
        {
            text.Append(char.IsControl(c) ? ' ' : c);
        }

        return $"{exception.GetType().Name}: {text}";
    }

    private static string? CreationDate(PdfDocument document)
    {
        var info = document.Information;
        if (info.GetCreatedDateTimeOffset() is { } created)
        {
            return created.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        }

        return string.IsNullOrWhiteSpace(info.CreationDate) ? null : info.CreationDate.Trim();
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static SourceLocation Location(string element) => new(0, 0, element);

    private static ImportResult TooManyBytes() =>
        Fail(ImportDiagnosticCode.DocumentLimitExceeded, Location("document"), ImportMessages.PdfTooManyBytes.With(("limit", MaxBytes)), "not read: the PDF is too large");

    private static ImportResult Fail(ImportDiagnosticCode code, SourceLocation location, ImportMessage message, string reason) => new()
    {
        Log = new ImportLog
        {
            EditionReason = reason,
            Diagnostics = [ImportContext.Create(code, ImportSeverity.Error, location, message)],
        },
    };

    private sealed record ReadResult(List<SourceCell>? Cells, List<ImportDiagnostic> Notes, ImportResult? Failure)
    {
        internal ReadResult(ImportResult failure)
            : this(null, [], failure)
        {
        }

        internal ReadResult(List<SourceCell> cells, List<ImportDiagnostic> notes)
            : this(cells, notes, null)
        {
        }
    }

    private sealed class PdfReader : IReportDocumentReader
    {
        public ReportDocumentKind Kind => ReportDocumentKind.Pdf;

        public ImportResult Import(Stream stream, ImportOptions? options = null) => PdfReportImporter.Import(stream, options);

        public Task<ImportResult> ImportAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default) =>
            PdfReportImporter.ImportAsync(stream, options, cancellationToken);
    }
}
