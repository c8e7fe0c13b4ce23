using DisclosureModel.Import;
using DisclosureModel.Word.Reading;

namespace DisclosureModel.Word;

/// <summary>
/// Imports an annual report from a Word document (<c>.docx</c>, Office Open XML): the body is walked in document
/// order, paragraphs as lines and tables from their real structure (rows, <c>gridSpan</c> and <c>vMerge</c> merged
/// cells, empty cells as blank cells, nested tables), and the located cells go to the same recognition engine as
/// <see cref="ReportImporter"/> (see <c>docs/import.md</c>, "Word").
/// </summary>
/// <remarks>
/// <para>What cannot be read gives a result with no report and an <see cref="ImportSeverity.Error"/> diagnostic,
/// never an exception: a legacy binary <c>.doc</c> (<see cref="ImportDiagnosticCode.DocumentUnsupported"/>, the
/// message says to save it as <c>.docx</c>); an encrypted, password-protected document
/// (<see cref="ImportDiagnosticCode.DocumentEncrypted"/>); a zip archive that holds no Word document, or bytes that
/// are no archive at all (<see cref="ImportDiagnosticCode.DocumentUnsupported"/>); a damaged package
/// (<see cref="ImportDiagnosticCode.DocumentMalformed"/>); a document beyond a limit
/// (<see cref="ImportDiagnosticCode.DocumentLimitExceeded"/>).</para>
/// <para>The limits: the document's bytes, and the uncompressed bytes of its main part (<c>word/document.xml</c>;
/// a zip bomb stops there), at most four bytes per character of <see cref="ImportOptions.MaxInputLength"/>
/// (16 000 004 by default); at most 1 000 parts in the package; XML nested at most 128 levels deep in the main part;
/// at most 100 000 table cells. The text read is then limited as any input is.</para>
/// <para>Locations name the paragraph or cell: <c>p[12]</c> (the twelfth paragraph outside tables),
/// <c>table[3]/r5c2</c> (the third table of the document, nested tables counted where they start; row 5, grid
/// column 2). A document has no pages until a word processor lays it out, so cells carry no
/// <see cref="SourceCell.Region"/>.</para>
/// <para>The importer holds no state and may be called from many threads at once.</para>
/// </remarks>
public static class DocxReportImporter
{
    /// <summary>
    /// Gets the reader of Word documents for the document-kind seam (<see cref="ReportDocumentKind.Docx"/>): it imports
    /// as <see cref="Import(Stream, ImportOptions?)"/> does.
    /// </summary>
    public static IReportDocumentReader Reader { get; } = new DocxDocumentReader();

    /// <summary>Imports a report from the bytes of a Word document.</summary>
    /// <param name="document">The bytes of the <c>.docx</c> file.</param>
    /// <param name="options">What the document does not say, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (or null) and the log.</returns>
    public static ImportResult Import(ReadOnlySpan<byte> document, ImportOptions? options = null)
    {
        options ??= ImportOptions.Default;
        return DocxPackage.Import(document.ToArray(), options);
    }

    /// <summary>
    /// Imports a report from a stream of a Word document's bytes, read to its end (or to the size limit, beyond which
    /// nothing more is read). The stream is not closed.
    /// </summary>
    /// <param name="stream">The stream, readable.</param>
    /// <param name="options">What the document does not say, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (or null) and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static ImportResult Import(Stream stream, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ImportOptions.Default;
        var bytes = DocxPackage.ReadBounded(stream, options);
        return bytes is null ? DocxPackage.TooLarge(options) : DocxPackage.Import(bytes, options);
    }

    /// <summary>
    /// Imports a report from a stream of a Word document's bytes read asynchronously, as
    /// <see cref="Import(Stream, ImportOptions?)"/> does. The stream is not closed.
    /// </summary>
    /// <param name="stream">The stream, readable.</param>
    /// <param name="options">What the document does not say, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
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
    /// Turns a Word document into the paragraphs and table cells the recognition engine reads, in document order, for
    /// tools that inspect them (or adjust them before <see cref="ReportImporter.ImportCells"/>). A table cell carries its
    /// <see cref="SourceCell.Position"/>: table, row, grid column (after <c>gridBefore</c>), the <c>gridSpan</c> as its
    /// column span and the rows its <c>vMerge</c> covers as its row span; a <c>vMerge</c> continuation is no cell of its
    /// own. Empty rows at the end of a table below rows that hold numbers (spacer rows) are left out, as the import does.
    /// </summary>
    /// <param name="document">The bytes of the <c>.docx</c> file.</param>
    /// <returns>The cells.</returns>
    /// <exception cref="InvalidDataException">The document cannot be read (the message says why: not a <c>.docx</c>, damaged, encrypted or beyond a limit).</exception>
    public static IReadOnlyList<SourceCell> ExtractCells(ReadOnlySpan<byte> document)
    {
        var read = DocxPackage.Read(document.ToArray(), ImportOptions.Default);
        return read.Failure is { } failure ? throw new InvalidDataException(failure.Message) : read.Cells;
    }

    private static async Task<ImportResult> ReadAndImportAsync(Stream stream, ImportOptions options, CancellationToken cancellationToken)
    {
        var bytes = await DocxPackage.ReadBoundedAsync(stream, options, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return bytes is null ? DocxPackage.TooLarge(options) : DocxPackage.Import(bytes, options);
    }

    private sealed class DocxDocumentReader : IReportDocumentReader
    {
        public ReportDocumentKind Kind => ReportDocumentKind.Docx;

        public ImportResult Import(Stream stream, ImportOptions? options = null) => DocxReportImporter.Import(stream, options);

        public Task<ImportResult> ImportAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default) =>
            DocxReportImporter.ImportAsync(stream, options, cancellationToken);
    }
}
