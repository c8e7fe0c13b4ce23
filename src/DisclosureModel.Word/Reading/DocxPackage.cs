using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DisclosureModel.Import;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace DisclosureModel.Word.Reading;

/// <summary>Why a document was not read: the diagnostic the import returns instead of a report.</summary>
internal sealed record DocxFailure(ImportDiagnosticCode Code, SourceLocation Location, ImportMessage Text)
{
    public string Message => Text.English;
}

/// <summary>What reading a package gave: the cells and the front end's notes, or why it could not be read.</summary>
internal sealed record DocxRead(List<SourceCell> Cells, List<ImportDiagnostic> Notes, DocxFailure? Failure);

/// <summary>
/// Opens a <c>.docx</c> package within the documented limits and hands its body to <see cref="BodyWalker"/>: sniffs the
/// bytes (OLE compound file: legacy <c>.doc</c> or an encrypted package; zip), checks the parts, the main part's
/// uncompressed size, XML depth and table cells with a streaming reader before the OpenXml DOM is built.
/// </summary>
internal static class DocxPackage
{
    /// <summary>The most parts (zip entries) a package may hold.</summary>
    internal const int MaxParts = 1000;

    /// <summary>The deepest XML nesting of the main part.</summary>
    internal const int MaxDepth = 128;

    /// <summary>The most table cells (<c>w:tc</c>) of the main part.</summary>
    internal const int MaxCells = 100_000;

    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly byte[] EncryptedPackageName = Encoding.Unicode.GetBytes("EncryptedPackage");

    private static readonly string[] WordMainContentTypes =
    [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ];

    /// <summary>Gets the most bytes a document, and its main part uncompressed, may have under the options.</summary>
    internal static long MaxBytes(ImportOptions options) => InputDecoder.MaxBytes(options);

    internal static ImportResult TooLarge(ImportOptions options) =>
        Failed(new DocxFailure(ImportDiagnosticCode.DocumentLimitExceeded, SourceLocation.None, ImportMessages.DocxTooLarge.With(("limit", MaxBytes(options)))));

    /// <summary>Reads a stream to its end, or returns null as soon as it exceeds the byte limit (nothing more is read).</summary>
    internal static byte[]? ReadBounded(Stream stream, ImportOptions options) => BoundedRead.ToEnd(stream, MaxBytes(options));

    /// <summary>Reads a stream asynchronously as <see cref="ReadBounded"/> does.</summary>
    internal static Task<byte[]?> ReadBoundedAsync(Stream stream, ImportOptions options, CancellationToken cancellationToken) =>
        BoundedRead.ToEndAsync(stream, MaxBytes(options), default, cancellationToken);

    internal static ImportResult Import(byte[] bytes, ImportOptions options)
    {
        if (bytes.Length > MaxBytes(options))
        {
            return TooLarge(options);
        }

        var read = Read(bytes, options);
        return read.Failure is { } failure ? Failed(failure) : ImportEngine.Run(read.Cells, options, emptyLinesMayBeBlank: false, read.Notes);
    }

    internal static DocxRead Read(byte[] bytes, ImportOptions options)
    {
        if (Sniff(bytes) is { } refused)
        {
            return new([], [], refused);
        }

        var limit = MaxBytes(options);
        try
        {
            using var memory = new MemoryStream(bytes, writable: false);
            if (CheckArchive(memory, limit) is { } failure)
            {
                return new([], [], failure);
            }

            memory.Position = 0;
            using var document = WordprocessingDocument.Open(memory, false, new OpenSettings { MaxCharactersInPart = limit, AutoSave = false });
            if (document.MainDocumentPart is not { } main)
            {
                return new([], [], Malformed("package", "the package has no main document part"));
            }

            var location = new SourceLocation(0, 0, main.Uri.OriginalString.TrimStart('/'));
            using (var stream = main.GetStream(FileMode.Open, FileAccess.Read))
            {
                if (CheckMainPart(stream, location, limit) is { } partFailure)
                {
                    return new([], [], partFailure);
                }
            }

            var body = main.Document?.Body;
            var notes = new List<ImportDiagnostic>();
            var cells = body is null ? [] : BodyWalker.Walk(body);
            return new(SpacerRows.Remove(cells, notes), notes, null);
        }
        catch (Exception e) when (IsDocumentError(e))
        {
            return new([], [], Malformed("package", e.Message));
        }
    }

    private static bool IsDocumentError(Exception e) =>
        e is InvalidDataException or IOException or XmlException or OpenXmlPackageException or InvalidOperationException
            or ArgumentException or FormatException or NotSupportedException or UriFormatException or KeyNotFoundException;

    private static ImportResult Failed(DocxFailure failure) => new()
    {
        Log = new ImportLog
        {
            EditionReason = "not read: " + failure.Message,
            Diagnostics = [ImportContext.Create(failure.Code, ImportSeverity.Error, failure.Location, failure.Text)],
        },
    };

    private static DocxFailure Malformed(string what, string detail) =>
        Malformed(what, detail, SourceLocation.None);

    private static DocxFailure Malformed(string what, string detail, SourceLocation location) =>
        new(ImportDiagnosticCode.DocumentMalformed, location, ImportMessages.DocxMalformed.With(("what", what), ("detail", detail)));

    private static DocxFailure NotWord(string what) =>
        new(ImportDiagnosticCode.DocumentUnsupported, SourceLocation.None, ImportMessages.DocxNotWord.With(("what", what)));

    private static DocxFailure LimitExceeded(ImportMessage message, SourceLocation location) =>
        new(ImportDiagnosticCode.DocumentLimitExceeded, location, message);

    /// <summary>Refuses what is not a zip package by its first bytes: a legacy <c>.doc</c>, an encrypted package, anything else.</summary>
    private static DocxFailure? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(OleMagic))
        {
            // An encrypted .docx is an OLE compound file holding an EncryptedPackage stream (MS-OFFCRYPTO); the
            // directory entry names are UTF-16.
            return bytes.IndexOf(EncryptedPackageName) >= 0
                ? new DocxFailure(ImportDiagnosticCode.DocumentEncrypted, SourceLocation.None, ImportMessages.DocxEncrypted.With())
                : new DocxFailure(ImportDiagnosticCode.DocumentUnsupported, SourceLocation.None, ImportMessages.DocxLegacyWord.With());
        }

        if (bytes.Length == 0)
        {
            return NotWord("the input is empty");
        }

        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K' || !(bytes[2] is 3 or 5 && bytes[3] == bytes[2] + 1))
        {
            return NotWord("it is not a zip package (a .docx file starts with PK)");
        }

        return null;
    }

    /// <summary>Checks the archive: the number of parts, that it holds a Word main part, and the size of the parts OpenXml reads when it opens a package.</summary>
    private static DocxFailure? CheckArchive(Stream memory, long limit)
    {
        using var zip = new ZipArchive(memory, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > MaxParts)
        {
            return LimitExceeded(ImportMessages.DocxTooManyParts.With(("limit", MaxParts)), SourceLocation.None);
        }

        var contentTypes = zip.GetEntry("[Content_Types].xml");
        if (contentTypes is null)
        {
            return NotWord("a zip archive without [Content_Types].xml, so no Office document");
        }

        // The package's XML that OpenXml parses on opening: content types and relationships. Their uncompressed bytes
        // together stay within the limit (a zip bomb stops here, whatever sizes the archive declares).
        var budget = limit;
        string? types = null;
        foreach (var entry in zip.Entries)
        {
            var isTypes = entry == contentTypes;
            if (!isTypes && !entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using var stream = entry.Open();
            var text = ReadText(stream, budget, out var used);
            if (text is null)
            {
                return LimitExceeded(ImportMessages.DocxPartTooLarge.With(("part", entry.FullName), ("limit", limit)), new SourceLocation(0, 0, entry.FullName));
            }

            budget -= used;
            if (isTypes)
            {
                types = text;
            }
        }

        if (!WordMainContentTypes.Any(t => types!.Contains(t, StringComparison.OrdinalIgnoreCase)))
        {
            return NotWord("a zip package that holds no Word document part (an Excel workbook, a presentation or another archive?)");
        }

        return null;
    }

    /// <summary>Reads a text up to a number of bytes; null when there are more.</summary>
    private static string? ReadText(Stream stream, long limit, out long used)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                used = buffer.Length;
                return null;
            }
        }

        used = buffer.Length;
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Streams through the main part once: its uncompressed size, XML nesting and table cells within the limits, and well-formed.</summary>
    private static DocxFailure? CheckMainPart(Stream part, SourceLocation location, long limit)
    {
        var bounded = new BoundedStream(part, limit);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        var cells = 0;
        try
        {
            using var reader = XmlReader.Create(bounded, settings);
            var info = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth > MaxDepth)
                {
                    return LimitExceeded(ImportMessages.DocxTooDeep.With(("part", location.Element), ("limit", MaxDepth)), location with { Line = info.LineNumber, Column = info.LinePosition });
                }

                if (reader.LocalName == "tc" && ++cells > MaxCells)
                {
                    return LimitExceeded(ImportMessages.DocxTooManyCells.With(("limit", MaxCells)), location with { Line = info.LineNumber, Column = info.LinePosition });
                }
            }
        }
        catch (BoundedStream.LimitReachedException)
        {
            return LimitExceeded(ImportMessages.DocxPartTooLarge.With(("part", location.Element), ("limit", limit)), location);
        }
        catch (XmlException e)
        {
            return Malformed(location.Element!, e.Message, location with { Line = Math.Max(0, e.LineNumber), Column = Math.Max(0, e.LinePosition) });
        }

        return null;
    }

    /// <summary>A read-only view of a stream that throws once more than a number of bytes has been read.</summary>
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long total;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => total; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            total += read;
            return total > limit ? throw new LimitReachedException() : read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        internal sealed class LimitReachedException : Exception
        {
            public LimitReachedException()
                : base(string.Create(CultureInfo.InvariantCulture, $"more than the limit of bytes"))
            {
            }
        }
    }
}
