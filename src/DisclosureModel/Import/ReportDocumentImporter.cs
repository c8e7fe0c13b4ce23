namespace DisclosureModel.Import;

/// <summary>
/// Imports a report from a document of any kind the readers given to it read: it tells the kind by content
/// (<see cref="Detect"/>: PDF, Word, HTML or text; a file name is only a hint) and hands the bytes to that kind's
/// <see cref="IReportDocumentReader"/>. The result is the reader's <see cref="ImportResult"/>, whose log starts with the
/// kind chosen and why (<see cref="ImportDiagnosticCode.DocumentKindDetected"/>). See docs/import.md, "Import by content".
/// </summary>
/// <remarks>
/// <para>The text reader (<see cref="ReportImporter.Reader"/>) is always there; the others come from their packages:
/// <c>new ReportDocumentImporter(HtmlReportImporter.Reader, PdfReportImporter.Reader, DocxReportImporter.Reader)</c>.
/// A document of a kind without a reader gives no report and a <see cref="ImportDiagnosticCode.DocumentUnsupported"/>
/// error naming the package and reader to add; so does a legacy <c>.doc</c> (convert it to <c>.docx</c>), an image
/// (text recognition is needed first), an archive that is not a <c>.docx</c>, and other binary data. Like the readers,
/// it never throws for bad input.</para>
/// <para>Memory is bounded: the kind is told from the first 8 KiB, except for ZIP and OLE packages, which are read
/// whole (up to <see cref="MaxDocumentLength"/>) to find their entries. The readers enforce their own limits
/// (<see cref="ImportOptions.MaxInputLength"/> for text and HTML). An instance holds no mutable state and may be shared
/// between threads.</para>
/// </remarks>
public sealed class ReportDocumentImporter
{
    private readonly Dictionary<ReportDocumentKind, IReportDocumentReader> readers = new() { [ReportDocumentKind.Text] = ReportImporter.Reader };

    /// <summary>Creates an importer that dispatches to the text reader and the readers given.</summary>
    /// <param name="readers">The readers, at most one per kind; a reader of <see cref="ReportDocumentKind.Text"/> replaces the built-in one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="readers"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException">Two readers read the same kind, or a reader's kind is <see cref="ReportDocumentKind.Unknown"/>, <see cref="ReportDocumentKind.LegacyWord"/> or not a defined kind.</exception>
    public ReportDocumentImporter(params IReportDocumentReader[] readers)
    {
        Preconditions.CheckNotNull(readers);
        var seen = new HashSet<ReportDocumentKind>();
        foreach (var reader in readers)
        {
            Preconditions.CheckNotNull(reader, nameof(readers));
            if (reader.Kind is ReportDocumentKind.Unknown or ReportDocumentKind.LegacyWord || !Enum.IsDefined(reader.Kind))
            {
                throw new ArgumentException($"A reader of the kind {reader.Kind} cannot be registered: there is nothing such a reader could read.", nameof(readers));
            }

            if (!seen.Add(reader.Kind))
            {
                throw new ArgumentException($"Two readers of the kind {reader.Kind} were given; give one.", nameof(readers));
            }

            this.readers[reader.Kind] = reader;
        }
    }

    /// <summary>Gets the default of <see cref="MaxDocumentLength"/>: 64 MiB.</summary>
    public static long DefaultMaxDocumentLength => 64L * 1024 * 1024;

    /// <summary>
    /// Gets the most bytes of a document this importer reads: a longer file or seekable stream, and a ZIP or OLE package
    /// whose bytes run past it, give a <see cref="ImportDiagnosticCode.DocumentLimitExceeded"/> error and no report.
    /// Defaults to <see cref="DefaultMaxDocumentLength"/>; must be positive.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is not positive.</exception>
    public long MaxDocumentLength
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDocumentLength), value, "The maximum document length must be positive.");
    } = DefaultMaxDocumentLength;

    /// <summary>Gets the kinds this importer has a reader for, in the order of <see cref="ReportDocumentKind"/>.</summary>
    public IReadOnlyList<ReportDocumentKind> Kinds => [.. readers.Keys.Order()];

    /// <summary>
    /// Tells the kind of a document from its bytes: <c>%PDF-</c> in the first 1 024 bytes is PDF; a ZIP package holding
    /// <c>word/document.xml</c> is <see cref="ReportDocumentKind.Docx"/> (another ZIP is unknown); an OLE compound file is
    /// <see cref="ReportDocumentKind.LegacyWord"/>, unless it holds an <c>EncryptedPackage</c> stream (an encrypted
    /// <c>.docx</c>, whose reader then says so); content that starts (after a byte order mark and white space) with HTML
    /// markup is <see cref="ReportDocumentKind.Html"/>; other content that decodes as text (UTF-8, UTF-16 with its byte
    /// order mark, GB18030) with few control characters is <see cref="ReportDocumentKind.Text"/>; images, RTF and other
    /// binary data are <see cref="ReportDocumentKind.Unknown"/>.
    /// </summary>
    /// <param name="bytes">The document, or its first 8 KiB (a ZIP or OLE package needs all of it).</param>
    /// <returns>The kind.</returns>
    public static ReportDocumentKind Detect(ReadOnlySpan<byte> bytes) => DocumentKindDetector.Detect(bytes).Kind;

    /// <summary>Imports a report from the bytes of a document, by their kind.</summary>
    /// <param name="bytes">The document.</param>
    /// <param name="options">What the document does not say, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <param name="fileName">The document's file name, or null: its extension is only a hint, logged when the content disagrees.</param>
    /// <returns>The report (or null) and the log.</returns>
    public ImportResult Import(ReadOnlySpan<byte> bytes, ImportOptions? options = null, string? fileName = null)
    {
        if (bytes.Length > MaxDocumentLength)
        {
            return TooLarge(fileName);
        }

        var sniff = DocumentKindDetector.Detect(bytes);
        var copy = bytes.ToArray();
        return Dispatch(sniff, fileName, reader => reader.Import(new MemoryStream(copy, writable: false), options));
    }

    /// <summary>
    /// Imports a report from a stream of a document's bytes, by their kind. The stream is read from its position to its
    /// end (not closed); a stream that cannot seek is read only once, its first bytes handed on with the rest.
    /// </summary>
    /// <param name="stream">The stream, readable.</param>
    /// <param name="options">What the document does not say, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <param name="fileName">The document's file name, or null: its extension is only a hint, logged when the content disagrees.</param>
    /// <returns>The report (or null) and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public ImportResult Import(Stream stream, ImportOptions? options = null, string? fileName = null)
    {
        Preconditions.CheckNotNull(stream);
        if (RemainingLength(stream) > MaxDocumentLength)
        {
            return TooLarge(fileName);
        }

        var start = stream.CanSeek ? stream.Position : 0;
        var head = new byte[DocumentKindDetector.HeadLength];
        var count = ReadAtMost(stream, head);
        if (DocumentKindDetector.NeedsWholeDocument(head.AsSpan(0, count)))
        {
            return BoundedRead.ToEnd(stream, MaxDocumentLength, head.AsSpan(0, count)) is { } whole ? Import(whole, options, fileName) : TooLarge(fileName);
        }

        var sniff = DocumentKindDetector.Detect(head.AsSpan(0, count));
        return Dispatch(sniff, fileName, reader => reader.Import(Rewound(stream, start, head, count), options));
    }

    /// <summary>Imports a report from a file, by its content; the file name is a hint, as for <see cref="Import(Stream, ImportOptions?, string?)"/>.</summary>
    /// <param name="file">The file.</param>
    /// <param name="options">What the document does not say, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (or null) and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public ImportResult Import(FileInfo file, ImportOptions? options = null)
    {
        Preconditions.CheckNotNull(file);
        using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        return Import(stream, options, file.Name);
    }

    /// <summary>Imports a report from a stream read asynchronously, as <see cref="Import(Stream, ImportOptions?, string?)"/> does.</summary>
    /// <param name="stream">The stream, readable.</param>
    /// <param name="options">What the document does not say, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <param name="fileName">The document's file name, or null: its extension is only a hint, logged when the content disagrees.</param>
    /// <param name="cancellationToken">Cancels reading and recognising.</param>
    /// <returns>The report (or null) and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<ImportResult> ImportAsync(Stream stream, ImportOptions? options = null, string? fileName = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(stream);
        return ImportStreamAsync(stream, options, fileName, cancellationToken);
    }

    /// <summary>Imports a report from a file read asynchronously, as <see cref="Import(FileInfo, ImportOptions?)"/> does.</summary>
    /// <param name="file">The file.</param>
    /// <param name="options">What the document does not say, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading and recognising.</param>
    /// <returns>The report (or null) and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<ImportResult> ImportAsync(FileInfo file, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(file);
        return ImportFileAsync(file, options, cancellationToken);
    }

    private async Task<ImportResult> ImportFileAsync(FileInfo file, ImportOptions? options, CancellationToken cancellationToken)
    {
        var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan | FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            return await ImportStreamAsync(stream, options, file.Name, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ImportResult> ImportStreamAsync(Stream stream, ImportOptions? options, string? fileName, CancellationToken cancellationToken)
    {
        if (RemainingLength(stream) > MaxDocumentLength)
        {
            return TooLarge(fileName);
        }

        var start = stream.CanSeek ? stream.Position : 0;
        var head = new byte[DocumentKindDetector.HeadLength];
        var count = 0;
        int read;
        while (count < head.Length && (read = await stream.ReadAsync(head.AsMemory(count), cancellationToken).ConfigureAwait(false)) > 0)
        {
            count += read;
        }

        if (DocumentKindDetector.NeedsWholeDocument(head.AsSpan(0, count)))
        {
            if (await BoundedRead.ToEndAsync(stream, MaxDocumentLength, head.AsMemory(0, count), cancellationToken).ConfigureAwait(false) is not { } bytes)
            {
                return TooLarge(fileName);
            }

            var wholeSniff = DocumentKindDetector.Detect(bytes);
            return await DispatchAsync(wholeSniff, fileName, reader => reader.ImportAsync(new MemoryStream(bytes, writable: false), options, cancellationToken)).ConfigureAwait(false);
        }

        var sniff = DocumentKindDetector.Detect(head.AsSpan(0, count));
        return await DispatchAsync(sniff, fileName, reader => reader.ImportAsync(Rewound(stream, start, head, count), options, cancellationToken)).ConfigureAwait(false);
    }

    private ImportResult Dispatch(DocumentSniff sniff, string? fileName, Func<IReportDocumentReader, ImportResult> import)
    {
        var (reader, notes, refusal) = Choose(sniff, fileName);
        return refusal ?? Prepend(notes, import(reader!));
    }

    private async Task<ImportResult> DispatchAsync(DocumentSniff sniff, string? fileName, Func<IReportDocumentReader, Task<ImportResult>> import)
    {
        var (reader, notes, refusal) = Choose(sniff, fileName);
        return refusal ?? Prepend(notes, await import(reader!).ConfigureAwait(false));
    }

    /// <summary>Chooses the reader of a kind; or, when there is none, the result that says why and what to do.</summary>
    private (IReportDocumentReader? Reader, List<ImportDiagnostic> Notes, ImportResult? Refusal) Choose(DocumentSniff sniff, string? fileName)
    {
        var notes = new List<ImportDiagnostic>();
        if (sniff.Kind != ReportDocumentKind.Unknown)
        {
            notes.Add(ImportContext.Create(ImportDiagnosticCode.DocumentKindDetected, ImportSeverity.Info, SourceLocation.None, sniff.Message));
        }

        if (HintedKind(fileName) is { } hinted && hinted != sniff.Kind)
        {
            notes.Add(ImportContext.Create(
                ImportDiagnosticCode.DocumentKindDetected,
                ImportSeverity.Warning,
                SourceLocation.None,
                ImportMessages.DocumentKindHint.With(("name", Path.GetFileName(fileName)), ("hinted", hinted), ("kind", sniff.Kind)),
                seen: Path.GetFileName(fileName)));
        }

        var error = sniff.Kind switch
        {
            ReportDocumentKind.Unknown => sniff.Message,
            ReportDocumentKind.LegacyWord => ImportMessages.DocumentLegacyWord.With(),
            _ when !readers.ContainsKey(sniff.Kind) => MissingReader(sniff.Kind),
            _ => (ImportMessage?)null,
        };

        return error is { } message
            ? (null, notes, Refuse(notes, ImportDiagnosticCode.DocumentUnsupported, message))
            : (readers[sniff.Kind], notes, null);
    }

    private static ImportMessage MissingReader(ReportDocumentKind kind)
    {
        var (name, package, reader) = kind switch
        {
            ReportDocumentKind.Pdf => ("PDF", "DisclosureModel.Pdf", "PdfReportImporter.Reader"),
            ReportDocumentKind.Docx => ("Word (.docx)", "DisclosureModel.Word", "DocxReportImporter.Reader"),
            _ => ("HTML", "DisclosureModel.Html", "HtmlReportImporter.Reader"),
        };
        return ImportMessages.DocumentReaderMissing.With(("kind", name), ("package", package), ("reader", reader));
    }

    /// <summary>The kind a file name's extension suggests, or null when it suggests none.</summary>
    private static ReportDocumentKind? HintedKind(string? fileName) =>
        Path.GetExtension(fileName)?.ToLowerInvariant() switch
        {
            ".pdf" => ReportDocumentKind.Pdf,
            ".docx" => ReportDocumentKind.Docx,
            ".doc" => ReportDocumentKind.LegacyWord,
            ".html" or ".htm" or ".xhtml" or ".shtml" => ReportDocumentKind.Html,
            ".txt" or ".text" or ".md" => ReportDocumentKind.Text,
            _ => null,
        };

    private ImportResult TooLarge(string? fileName) =>
        Refuse([], ImportDiagnosticCode.DocumentLimitExceeded, ImportMessages.DocumentTooLarge.With(("limit", MaxDocumentLength)), fileName);

    private static ImportResult Refuse(List<ImportDiagnostic> notes, ImportDiagnosticCode code, ImportMessage message, string? fileName = null)
    {
        var error = ImportContext.Create(code, ImportSeverity.Error, SourceLocation.None, message, seen: fileName is null ? null : Path.GetFileName(fileName));
        return new ImportResult
        {
            Log = new ImportLog { EditionReason = "not read: " + error.Message, Diagnostics = [.. notes, error] },
        };
    }

    private static ImportResult Prepend(List<ImportDiagnostic> notes, ImportResult result) =>
        result with { Log = result.Log with { Diagnostics = [.. notes, .. result.Log.Diagnostics] } };

    /// <summary>The bytes left in a seekable stream, or 0 for a stream that cannot tell.</summary>
    private static long RemainingLength(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return 0;
        }

        try
        {
            return stream.Length - stream.Position;
        }
        catch (NotSupportedException)
        {
            return 0;
        }
    }

    /// <summary>The stream from where its head was read: sought back when it can seek, else the head followed by the rest.</summary>
    private static Stream Rewound(Stream stream, long start, byte[] head, int count)
    {
        if (stream.CanSeek)
        {
            stream.Position = start;
            return stream;
        }

        return new PrefixedReadStream(head.AsMemory(0, count), stream);
    }

    private static int ReadAtMost(Stream stream, byte[] buffer)
    {
        var count = 0;
        int read;
        while (count < buffer.Length && (read = stream.Read(buffer, count, buffer.Length - count)) > 0)
        {
            count += read;
        }

        return count;
    }
}
