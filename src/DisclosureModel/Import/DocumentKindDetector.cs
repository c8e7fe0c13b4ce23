using System.Buffers.Binary;
using System.Text;

namespace DisclosureModel.Import;

/// <summary>What the content of a document shows it to be, and the log message that says why.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Message">
/// For a kind that has a reader, why it was chosen (an info); for <see cref="ReportDocumentKind.Unknown"/>, what the
/// content looks like and what to do (the <see cref="ImportDiagnosticCode.DocumentUnsupported"/> error).
/// </param>
internal readonly record struct DocumentSniff(ReportDocumentKind Kind, ImportMessage Message);

/// <summary>
/// Tells the kind of a document from its bytes (docs/import.md, "Import by content"): the file name never decides. Every
/// check reads a bounded part of the bytes: the first <see cref="HeadLength"/> bytes, a ZIP file's central directory (at
/// most the whole input, which the caller bounds), an OLE file's directory entries.
/// </summary>
internal static class DocumentKindDetector
{
    /// <summary>How many bytes at the start decide every kind except ZIP and OLE packages (which need the whole document).</summary>
    internal const int HeadLength = 8192;

    /// <summary>How far into the document the <c>%PDF-</c> marker is looked for (as PDF readers tolerate leading junk).</summary>
    internal const int PdfMarkerWindow = 1024;

    /// <summary>The most ZIP entries read (central directory or local headers); a .docx has a few dozen.</summary>
    private const int MaxZipEntries = 100_000;

    private const double MaxControlShare = 0.01;

    private static readonly byte[] ZipLocal = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] ZipEmpty = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] TiffLittle = [0x49, 0x49, 0x2A, 0x00];
    private static readonly byte[] TiffBig = [0x4D, 0x4D, 0x00, 0x2A];
    private static readonly byte[] Utf32Le = [0xFF, 0xFE, 0x00, 0x00];
    private static readonly byte[] Utf16Le = [0xFF, 0xFE];
    private static readonly byte[] Utf16Be = [0xFE, 0xFF];
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Gb18030Bom = [0x84, 0x31, 0x95, 0x33];
    private static readonly byte[] ZipCentral = [0x50, 0x4B, 0x01, 0x02];
    private static readonly byte[] EncryptedPackageName = Encoding.Unicode.GetBytes("EncryptedPackage\0");

    private static readonly Lazy<Encoding> Gb18030 = new(() =>
        CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"))
        ?? throw new InvalidOperationException("The runtime's code-page provider has no GB18030."));

    /// <summary>The tags that make a page HTML when its content starts with one (after a BOM and white space), as browsers sniff.</summary>
    private static readonly string[] HtmlTags =
    [
        "!doctype html", "html", "head", "body", "table", "meta", "title", "script", "style", "link", "iframe", "div", "p", "span",
        "font", "center", "br", "b", "a", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "form", "base",
    ];

    /// <summary>Gets whether the bytes start as a package (ZIP or OLE) whose kind needs the whole document to tell.</summary>
    internal static bool NeedsWholeDocument(ReadOnlySpan<byte> head) =>
        head.StartsWith(ZipLocal) || head.StartsWith(ZipEmpty) || head.StartsWith(Ole);

    /// <summary>
    /// Tells the kind of a document. <paramref name="bytes"/> is the whole document, or (when
    /// <see cref="NeedsWholeDocument"/> is false) at least its first <see cref="HeadLength"/> bytes.
    /// </summary>
    internal static DocumentSniff Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return new(ReportDocumentKind.Unknown, ImportMessages.DocumentEmpty.With());
        }

        if (bytes[..Math.Min(bytes.Length, PdfMarkerWindow)].IndexOf("%PDF-"u8) >= 0)
        {
            return new(ReportDocumentKind.Pdf, ImportMessages.DocumentKindPdf.With());
        }

        if (bytes.StartsWith(ZipLocal) || bytes.StartsWith(ZipEmpty))
        {
            return ZipHolds(bytes, "word/document.xml")
                ? new(ReportDocumentKind.Docx, ImportMessages.DocumentKindDocx.With())
                : new(ReportDocumentKind.Unknown, ImportMessages.DocumentZipNotDocx.With());
        }

        if (bytes.StartsWith(Ole))
        {
            return OleHoldsEncryptedPackage(bytes)
                ? new(ReportDocumentKind.Docx, ImportMessages.DocumentKindEncryptedDocx.With())
                : new(ReportDocumentKind.LegacyWord, ImportMessages.DocumentKindLegacyWord.With());
        }

        if (ImageFormat(bytes) is { } image)
        {
            return new(ReportDocumentKind.Unknown, ImportMessages.DocumentImage.With(("format", image)));
        }

        var head = bytes[..Math.Min(bytes.Length, HeadLength)];
        // Bytes of the head's length may be a head cut from a longer document (even in the middle of a character).
        var complete = bytes.Length < HeadLength;
        var (text, encoding, badAt) = DecodeHead(head, complete);
        if (badAt >= 0)
        {
            return new(ReportDocumentKind.Unknown, ImportMessages.DocumentBinary.With(("offset", badAt)));
        }

        var start = text.AsSpan().TrimStart();
        if (start.StartsWith(@"{\rtf", StringComparison.Ordinal))
        {
            return new(ReportDocumentKind.Unknown, ImportMessages.DocumentRtf.With());
        }

        if (HtmlStart(start) is { } tag)
        {
            return new(ReportDocumentKind.Html, ImportMessages.DocumentKindHtml.With(("seen", tag)));
        }

        return new(ReportDocumentKind.Text, ImportMessages.DocumentKindText.With(("encoding", encoding)));
    }

    /// <summary>Names the image format of a known signature, or null.</summary>
    private static string? ImageFormat(ReadOnlySpan<byte> b) =>
        b.StartsWith(Png) ? "PNG"
        : b.StartsWith(Jpeg) ? "JPEG"
        : b.StartsWith("GIF87a"u8) || b.StartsWith("GIF89a"u8) ? "GIF"
        : b.StartsWith(TiffLittle) || b.StartsWith(TiffBig) ? "TIFF"
        : b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8) ? "WebP"
        : null;

    /// <summary>
    /// Decodes the head of a document as the text importers would (BOM, else UTF-8 when valid, else GB18030) and finds
    /// the first sign of binary content: a NUL or other control byte beyond a small share, or bytes that decode to U+FFFD
    /// beyond that share. Returns the text, the encoding's name, and the offset of the first bad byte or -1.
    /// </summary>
    private static (string Text, string Encoding, int BadAt) DecodeHead(ReadOnlySpan<byte> head, bool complete)
    {
        Encoding encoding;
        string name;
        int bom;
        if (head.StartsWith(Utf16Le) && !head.StartsWith(Utf32Le))
        {
            (encoding, name, bom) = (new UnicodeEncoding(false, false), "UTF-16LE", 2);
        }
        else if (head.StartsWith(Utf16Be))
        {
            (encoding, name, bom) = (new UnicodeEncoding(true, false), "UTF-16BE", 2);
        }
        else if (head.StartsWith(Utf8Bom))
        {
            (encoding, name, bom) = (new UTF8Encoding(false), "UTF-8", 3);
        }
        else if (head.StartsWith(Gb18030Bom))
        {
            (encoding, name, bom) = (Gb18030.Value, "GB18030", 4);
        }
        else
        {
            // A head cut in the middle of a character is still valid UTF-8 up to the cut.
            var status = System.Text.Unicode.Utf8.ToUtf16(head, new char[head.Length], out _, out _, replaceInvalidSequences: false, isFinalBlock: complete);
            (encoding, name, bom) = status == System.Buffers.OperationStatus.Done || (status == System.Buffers.OperationStatus.NeedMoreData && !complete)
                ? (new UTF8Encoding(false), "UTF-8", 0)
                : (Gb18030.Value, "GB18030", 0);
        }

        var body = head[bom..];
        var text = encoding.GetString(body);
        if (!complete && text.Length > 2)
        {
            text = text[..^2];
        }

        var allowed = Math.Max(1, (int)(text.Length * MaxControlShare));
        var bad = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isBad = c == '\0' || c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v' or '\u001A') && c < '\u0080');
            if (isBad && (c == '\0' || ++bad > allowed))
            {
                return (text, name, ByteOffset(encoding, body, text, i) + (head.Length - body.Length));
            }
        }

        return (text, name, -1);
    }

    private static int ByteOffset(Encoding encoding, ReadOnlySpan<byte> body, string text, int charIndex) =>
        Math.Min(body.Length, encoding.GetByteCount(text.AsSpan(0, charIndex)));

    /// <summary>Gets the HTML markup a text starts with (a known tag, or a comment), or null.</summary>
    private static string? HtmlStart(ReadOnlySpan<char> start)
    {
        if (start.StartsWith("<!--", StringComparison.Ordinal))
        {
            return "<!--";
        }

        if (start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            // XHTML: an XML declaration, then the html element.
            var html = start.IndexOf("<html", StringComparison.OrdinalIgnoreCase);
            return html >= 0 && html + 5 < start.Length && IsTagEnd(start[html + 5]) ? "<?xml … <html" : null;
        }

        if (start.Length < 2 || start[0] != '<')
        {
            return null;
        }

        foreach (var tag in HtmlTags)
        {
            var end = 1 + tag.Length;
            if (start.Length > end && start[1..end].Equals(tag, StringComparison.OrdinalIgnoreCase) && IsTagEnd(start[end]))
            {
                return "<" + start[1..end].ToString();
            }
        }

        return null;
    }

    private static bool IsTagEnd(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '>' or '/';

    /// <summary>
    /// Finds whether a ZIP package holds an entry: by its central directory (found from the end-of-central-directory
    /// record, at most 64 KiB from the end), or, when there is none (a cut-off file), by walking the local file headers.
    /// Entry names are compared ignoring case, as package part names are.
    /// </summary>
    private static bool ZipHolds(ReadOnlySpan<byte> zip, string name)
    {
        var wanted = Encoding.UTF8.GetBytes(name);
        var lowest = Math.Max(0, zip.Length - 22 - ushort.MaxValue);
        for (var at = zip.Length - 22; at >= lowest; at--)
        {
            if (!zip[at..].StartsWith(ZipEmpty))
            {
                continue;
            }

            var size = BinaryPrimitives.ReadUInt32LittleEndian(zip[(at + 12)..]);
            var offset = BinaryPrimitives.ReadUInt32LittleEndian(zip[(at + 16)..]);
            var start = size <= at ? at - (long)size : offset;
            if (size != uint.MaxValue && start >= 0 && start <= at)
            {
                return CentralDirectoryHolds(zip[(int)start..at], wanted);
            }

            break;
        }

        return LocalHeadersHold(zip, wanted);
    }

    private static bool CentralDirectoryHolds(ReadOnlySpan<byte> directory, byte[] wanted)
    {
        var at = 0;
        for (var entries = 0; entries < MaxZipEntries && at + 46 <= directory.Length; entries++)
        {
            var entry = directory[at..];
            if (!entry.StartsWith(ZipCentral))
            {
                return false;
            }

            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(entry[28..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(entry[30..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(entry[32..]);
            if (46 + nameLength > entry.Length)
            {
                return false;
            }

            if (Ascii.EqualsIgnoreCase(entry.Slice(46, nameLength), wanted))
            {
                return true;
            }

            at += 46 + nameLength + extraLength + commentLength;
        }

        return false;
    }

    private static bool LocalHeadersHold(ReadOnlySpan<byte> zip, byte[] wanted)
    {
        long at = 0;
        for (var entries = 0; entries < MaxZipEntries && at + 30 <= zip.Length; entries++)
        {
            var entry = zip[(int)at..];
            if (!entry.StartsWith(ZipLocal))
            {
                return false;
            }

            var flags = BinaryPrimitives.ReadUInt16LittleEndian(entry[6..]);
            var compressed = BinaryPrimitives.ReadUInt32LittleEndian(entry[18..]);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(entry[26..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(entry[28..]);
            if (30 + nameLength > entry.Length)
            {
                return false;
            }

            if (Ascii.EqualsIgnoreCase(entry.Slice(30, nameLength), wanted))
            {
                return true;
            }

            if ((flags & 0x08) != 0 && compressed == 0)
            {
                // The size follows the data (a data descriptor): the next header cannot be found without inflating.
                return false;
            }

            at += 30L + nameLength + extraLength + compressed;
        }

        return false;
    }

    /// <summary>
    /// Finds whether an OLE compound file has a stream named <c>EncryptedPackage</c> (an encrypted Office Open XML
    /// document): directory entries are 128 bytes, aligned on 128 bytes after the 512-byte header, each starting with its
    /// UTF-16 name, then the name's length in bytes (with the terminating NUL) at offset 64 and the entry type (2, a
    /// stream) at offset 66.
    /// </summary>
    private static bool OleHoldsEncryptedPackage(ReadOnlySpan<byte> ole)
    {
        for (var at = 512; at + 128 <= ole.Length; at += 128)
        {
            var entry = ole.Slice(at, 128);
            if (entry.StartsWith(EncryptedPackageName)
                && BinaryPrimitives.ReadUInt16LittleEndian(entry[64..]) == EncryptedPackageName.Length
                && entry[66] == 2)
            {
                return true;
            }
        }

        return false;
    }
}
