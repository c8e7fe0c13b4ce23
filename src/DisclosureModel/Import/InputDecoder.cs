using System.Text;
using System.Text.Unicode;

namespace DisclosureModel.Import;

/// <summary>
/// Turns the bytes of a page into text, the one place both importers decode (the HTML package calls it too): a byte
/// order mark first (UTF-8, UTF-16 LE/BE, GB18030), then the character set the caller gives
/// (<see cref="ImportOptions.Charset"/>), then, for HTML, a <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv="Content-Type"&gt;</c>
/// in the first <see cref="MetaScanLength"/> bytes, and failing those valid UTF-8 versus GB18030 (of which GBK and
/// GB2312 are subsets). Every decision is logged (<see cref="ImportDiagnosticCode.InputEncoding"/>).
/// </summary>
/// <remarks>
/// <para>GB18030 comes from <see cref="CodePagesEncodingProvider.Instance"/> without registering the provider, so the
/// process's <see cref="Encoding.GetEncoding(int)"/> is left as it was. Invalid bytes decode to U+FFFD (and a warning),
/// never an exception.</para>
/// <para>No encoding needs more than <see cref="MaxBytesPerChar"/> bytes for one UTF-16 code unit, so input longer than
/// that many times <see cref="ImportOptions.MaxInputLength"/> (plus a byte order mark) cannot decode within the limit: it
/// is refused before anything is decoded, and a stream is read no further.</para>
/// </remarks>
internal static class InputDecoder
{
    /// <summary>The most bytes any supported encoding uses for one UTF-16 code unit (GB18030's four-byte sequences).</summary>
    internal const int MaxBytesPerChar = 4;

    /// <summary>How many bytes at the start of an HTML page are searched for a <c>&lt;meta&gt;</c> declaration (as the HTML standard's prescan).</summary>
    internal const int MetaScanLength = 1024;

    private const int LongestBom = 4;
    private const int Gb18030CodePage = 54936;

    private static readonly Lazy<Encoding> Gb18030Encoding = new(() =>
        CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"))
        ?? throw new InvalidOperationException("The runtime's code-page provider has no GB18030."));

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);

    /// <summary>The byte order marks, longest first where one is a prefix of another.</summary>
    private static readonly (byte[] Bom, Func<Encoding> Encoding, string Name)[] Boms =
    [
        ([0x84, 0x31, 0x95, 0x33], () => Gb18030Encoding.Value, "GB18030"),
        ([0xEF, 0xBB, 0xBF], () => Utf8NoBom, "UTF-8"),
        ([0xFF, 0xFE], () => Utf16Le, "UTF-16LE"),
        ([0xFE, 0xFF], () => Utf16Be, "UTF-16BE"),
    ];

    /// <summary>The labels of the encodings that matter here (the WHATWG Encoding Standard's labels for them).</summary>
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gb18030"] = "GB18030", ["gbk"] = "GB18030", ["gb2312"] = "GB18030", ["gb_2312"] = "GB18030", ["gb_2312-80"] = "GB18030",
        ["chinese"] = "GB18030", ["csgb2312"] = "GB18030", ["csiso58gb231280"] = "GB18030", ["iso-ir-58"] = "GB18030", ["x-gbk"] = "GB18030",
        ["utf-8"] = "UTF-8", ["utf8"] = "UTF-8", ["unicode-1-1-utf-8"] = "UTF-8", ["unicode11utf8"] = "UTF-8", ["unicode20utf8"] = "UTF-8", ["x-unicode20utf8"] = "UTF-8",
        ["utf-16"] = "UTF-16LE", ["utf-16le"] = "UTF-16LE", ["unicode"] = "UTF-16LE", ["ucs-2"] = "UTF-16LE", ["csunicode"] = "UTF-16LE",
        ["iso-10646-ucs-2"] = "UTF-16LE", ["unicodefeff"] = "UTF-16LE", ["utf-16be"] = "UTF-16BE", ["unicodefffe"] = "UTF-16BE",
    };

    /// <summary>Gets GB18030 (code page 54936), decoding invalid bytes to U+FFFD.</summary>
    internal static Encoding Gb18030 => Gb18030Encoding.Value;

    /// <summary>Gets the most bytes an input may have under the options' limit (a byte order mark included).</summary>
    internal static long MaxBytes(ImportOptions options) => ((long)options.MaxInputLength * MaxBytesPerChar) + LongestBom;

    /// <summary>Decodes a page and imports the text; the decoding diagnostics come first in the log.</summary>
    /// <param name="bytes">The page.</param>
    /// <param name="options">The options (limits, <see cref="ImportOptions.Charset"/>); null for the defaults.</param>
    /// <param name="html">Whether the page is HTML (its <c>&lt;meta&gt;</c> declaration is read).</param>
    /// <param name="import">The text importer.</param>
    internal static ImportResult Import(ReadOnlySpan<byte> bytes, ImportOptions? options, bool html, Func<string, ImportOptions, ImportResult> import)
    {
        options ??= ImportOptions.Default;
        if (bytes.Length > MaxBytes(options))
        {
            return TooLarge(options);
        }

        var diagnostics = new List<ImportDiagnostic>();
        var text = Decode(bytes, options, html, diagnostics);
        var result = import(text, options);
        return diagnostics.Count == 0 ? result : result with { Log = result.Log with { Diagnostics = [.. diagnostics, .. result.Log.Diagnostics] } };
    }

    /// <summary>Reads a stream up to the byte limit (and no further), then decodes and imports it.</summary>
    internal static ImportResult Import(Stream stream, ImportOptions? options, bool html, Func<string, ImportOptions, ImportResult> import)
    {
        Preconditions.CheckNotNull(stream);
        options ??= ImportOptions.Default;
        return BoundedRead.ToEnd(stream, MaxBytes(options)) is { } bytes ? Import(bytes, options, html, import) : TooLarge(options);
    }

    /// <summary>Reads a stream asynchronously up to the byte limit (and no further), then decodes and imports it.</summary>
    internal static Task<ImportResult> ImportAsync(Stream stream, ImportOptions? options, bool html, Func<string, ImportOptions, ImportResult> import, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(stream);
        return ReadAndImportAsync(stream, options ?? ImportOptions.Default, html, import, cancellationToken);
    }

    private static async Task<ImportResult> ReadAndImportAsync(Stream stream, ImportOptions options, bool html, Func<string, ImportOptions, ImportResult> import, CancellationToken cancellationToken)
    {
        return await BoundedRead.ToEndAsync(stream, MaxBytes(options), default, cancellationToken).ConfigureAwait(false) is { } bytes ? Import(bytes, options, html, import) : TooLarge(options);
    }

    /// <summary>Decodes bytes, logging the encoding chosen and why, and anything doubtful.</summary>
    internal static string Decode(ReadOnlySpan<byte> bytes, ImportOptions options, bool html, List<ImportDiagnostic> diagnostics)
    {
        var start = new SourceLocation(1, 1);
        foreach (var (bom, bomEncoding, bomName) in Boms)
        {
            if (bytes.StartsWith(bom))
            {
                var encoding = bomEncoding();
                Info(diagnostics, start, ImportMessages.EncodingFromBom.With(("encoding", bomName)), bomName);
                if (html && FindMetaCharset(bytes) is { } declaredMeta && Resolve(declaredMeta.Label, fromMeta: false)?.Name != bomName)
                {
                    Warn(diagnostics, declaredMeta.Location, ImportMessages.EncodingMetaOverriddenByBom.With(("charset", declaredMeta.Label), ("encoding", bomName)), declaredMeta.Label);
                }

                return Finish(encoding, bomName, bytes[bom.Length..], diagnostics);
            }
        }

        if (options.Charset is { } charset)
        {
            if (Resolve(charset, fromMeta: false) is { } given)
            {
                Info(diagnostics, start, ImportMessages.EncodingFromOptions.With(("encoding", given.Name), ("charset", charset)), charset);
                return Finish(given.Encoding, given.Name, bytes, diagnostics);
            }

            Warn(diagnostics, start, ImportMessages.EncodingOptionUnknown.With(("charset", charset)), charset);
        }

        var validUtf8 = Utf8.IsValid(bytes);
        if (html && FindMetaCharset(bytes) is { } meta)
        {
            var (label, location) = meta;
            if (Resolve(label, fromMeta: true) is not { } declared)
            {
                Warn(diagnostics, location, ImportMessages.EncodingMetaUnknown.With(("charset", label)), label);
            }
            else if (declared.Name == "UTF-8" && !validUtf8)
            {
                Warn(diagnostics, location, ImportMessages.EncodingMetaContradicted.With(("charset", label), ("encoding", "GB18030")), label);
                return Finish(Gb18030, "GB18030", bytes, diagnostics);
            }
            else if (declared.Name == "GB18030" && validUtf8 && !Ascii.IsValid(bytes))
            {
                Warn(diagnostics, location, ImportMessages.EncodingMetaContradicted.With(("charset", label), ("encoding", "UTF-8")), label);
                return Finish(Utf8NoBom, "UTF-8", bytes, diagnostics);
            }
            else
            {
                Info(diagnostics, location, ImportMessages.EncodingFromMeta.With(("encoding", declared.Name), ("charset", label)), label);
                return Finish(declared.Encoding, declared.Name, bytes, diagnostics);
            }
        }

        if (validUtf8)
        {
            Info(diagnostics, start, ImportMessages.EncodingValidUtf8.With());
            return Utf8NoBom.GetString(bytes);
        }

        Info(diagnostics, start, ImportMessages.EncodingGb18030.With());
        return Finish(Gb18030, "GB18030", bytes, diagnostics);
    }

    /// <summary>
    /// Finds the character set an HTML page declares in a <c>&lt;meta&gt;</c> element starting in its first
    /// <see cref="MetaScanLength"/> bytes (comments skipped), with the line and column of the element, or null.
    /// </summary>
    internal static (string Label, SourceLocation Location)? FindMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var end = Math.Min(bytes.Length, MetaScanLength);
        var limit = Math.Min(bytes.Length, MetaScanLength * 2);
        var i = 0;
        while (i < end)
        {
            if (bytes[i] != (byte)'<')
            {
                i++;
                continue;
            }

            var rest = bytes[i..limit];
            if (rest.StartsWith("<!--"u8))
            {
                var close = rest[4..].IndexOf("-->"u8);
                i = close < 0 ? limit : i + 4 + close + 3;
                continue;
            }

            if (rest.Length > 5 && Ascii.EqualsIgnoreCase(rest[..5], "<meta"u8) && IsAttributeBreak(rest[5]))
            {
                var tagStart = i;
                var (charset, next) = ReadMeta(bytes[..limit], i + 5);
                if (charset is { Length: > 0 })
                {
                    return (charset, Locate(bytes, tagStart));
                }

                i = next;
                continue;
            }

            var gt = rest.IndexOf((byte)'>');
            i = gt < 0 ? limit : i + gt + 1;
        }

        return null;
    }

    private static ImportResult TooLarge(ImportOptions options)
    {
        var limit = MaxBytes(options);
        var diagnostic = ImportContext.Create(
            ImportDiagnosticCode.InputTooLarge,
            ImportSeverity.Error,
            SourceLocation.None,
            ImportMessages.InputTooLargeBytes.With(("bytes", limit), ("limit", options.MaxInputLength)));
        var result = ImportEngine.TooLarge(SourceLocation.None, options.MaxInputLength);
        return result with { Log = result.Log with { Diagnostics = [diagnostic] } };
    }

    private static string Finish(Encoding encoding, string name, ReadOnlySpan<byte> bytes, List<ImportDiagnostic> diagnostics)
    {
        var text = encoding.GetString(bytes);
        var first = text.IndexOf('\uFFFD', StringComparison.Ordinal);
        if (first >= 0)
        {
            var count = text.AsSpan().Count('\uFFFD');
            Warn(diagnostics, Locate(text, first), ImportMessages.EncodingInvalidBytes.With(("count", count), ("encoding", name)), null);
        }

        return text;
    }

    /// <summary>Resolves a charset label to an encoding; a meta declaration of UTF-16 means UTF-8 (its bytes were read as ASCII).</summary>
    private static (Encoding Encoding, string Name)? Resolve(string label, bool fromMeta)
    {
        var trimmed = label.Trim().Trim('"', '\'').Trim();
        if (Labels.TryGetValue(trimmed, out var name))
        {
            return name switch
            {
                "GB18030" => (Gb18030, name),
                "UTF-16LE" when !fromMeta => (Utf16Le, name),
                "UTF-16BE" when !fromMeta => (Utf16Be, name),
                _ => (Utf8NoBom, "UTF-8"),
            };
        }

        if (trimmed.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("us-ascii", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("ascii", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("latin1", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = "windows-1252";
        }

        return trimmed.Length > 0 && CodePagesEncodingProvider.Instance.GetEncoding(trimmed, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD")) is { } encoding
            ? (encoding, encoding.WebName)
            : null;
    }

    /// <summary>Reads the attributes of a <c>&lt;meta</c> element from just after its name; returns its charset, if any, and where the tag ends.</summary>
    private static (string? Charset, int Next) ReadMeta(ReadOnlySpan<byte> bytes, int i)
    {
        string? charset = null;
        string? content = null;
        var httpEquivContentType = false;
        while (i < bytes.Length)
        {
            while (i < bytes.Length && (IsSpace(bytes[i]) || bytes[i] == (byte)'/'))
            {
                i++;
            }

            if (i >= bytes.Length || bytes[i] == (byte)'>')
            {
                i++;
                break;
            }

            var nameStart = i;
            while (i < bytes.Length && !IsSpace(bytes[i]) && bytes[i] is not ((byte)'=' or (byte)'>' or (byte)'/'))
            {
                i++;
            }

            var name = Encoding.ASCII.GetString(bytes[nameStart..i]).ToLowerInvariant();
            while (i < bytes.Length && IsSpace(bytes[i]))
            {
                i++;
            }

            var value = string.Empty;
            if (i < bytes.Length && bytes[i] == (byte)'=')
            {
                i++;
                while (i < bytes.Length && IsSpace(bytes[i]))
                {
                    i++;
                }

                if (i < bytes.Length && bytes[i] is (byte)'"' or (byte)'\'')
                {
                    var quote = bytes[i++];
                    var valueStart = i;
                    while (i < bytes.Length && bytes[i] != quote)
                    {
                        i++;
                    }

                    value = Encoding.ASCII.GetString(bytes[valueStart..i]);
                    i++;
                }
                else
                {
                    var valueStart = i;
                    while (i < bytes.Length && !IsSpace(bytes[i]) && bytes[i] != (byte)'>')
                    {
                        i++;
                    }

                    value = Encoding.ASCII.GetString(bytes[valueStart..i]);
                }
            }

            switch (name)
            {
                case "charset":
                    charset ??= value;
                    break;
                case "http-equiv":
                    httpEquivContentType |= value.Trim().Equals("content-type", StringComparison.OrdinalIgnoreCase);
                    break;
                case "content":
                    content ??= value;
                    break;
            }
        }

        if (charset is null && httpEquivContentType && content is not null)
        {
            charset = CharsetOfContentType(content);
        }

        return (charset?.Trim(), i);
    }

    /// <summary>Reads the <c>charset=</c> parameter of a Content-Type value, e.g. <c>text/html; charset=gb2312</c>.</summary>
    private static string? CharsetOfContentType(string content)
    {
        var at = content.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = content.AsSpan(at + "charset".Length).TrimStart();
        if (rest.IsEmpty || rest[0] != '=')
        {
            return null;
        }

        rest = rest[1..].TrimStart().Trim("\"'");
        var stop = rest.IndexOfAny(";\"' \t");
        return (stop < 0 ? rest : rest[..stop]).ToString();
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';

    private static bool IsAttributeBreak(byte b) => IsSpace(b) || b == (byte)'/';

    /// <summary>Gets the line and column of a byte offset in an ASCII-compatible page (columns in bytes, which equal characters before any non-ASCII text).</summary>
    private static SourceLocation Locate(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new SourceLocation(line, offset - lineStart + 1);
    }

    private static SourceLocation Locate(string text, int offset)
    {
        var before = text.AsSpan(0, offset);
        var line = before.Count('\n') + 1;
        var lineStart = before.LastIndexOf('\n') + 1;
        return new SourceLocation(line, offset - lineStart + 1);
    }

    private static void Info(List<ImportDiagnostic> diagnostics, SourceLocation location, ImportMessage message, string? seen = null) =>
        diagnostics.Add(ImportContext.Create(ImportDiagnosticCode.InputEncoding, ImportSeverity.Info, location, message, seen: seen));

    private static void Warn(List<ImportDiagnostic> diagnostics, SourceLocation location, ImportMessage message, string? seen) =>
        diagnostics.Add(ImportContext.Create(ImportDiagnosticCode.InputEncoding, ImportSeverity.Warning, location, message, seen: seen));
}
