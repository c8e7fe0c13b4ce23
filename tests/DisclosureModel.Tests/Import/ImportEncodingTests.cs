using System.Text;
using DisclosureModel.Import;

namespace DisclosureModel.Tests.Import;

/// <summary>
/// Importing bytes and streams (<see cref="ReportImporter.ImportText(ReadOnlySpan{byte}, ImportOptions?)"/> and its
/// stream overloads): the corpus texts re-encoded mechanically (GB18030 with and without its BOM, UTF-8 with and without
/// a BOM, UTF-16 LE/BE) import to exactly what the text imports to, cell by cell; random bytes give a clear result.
/// </summary>
public class ImportEncodingTests
{
    public static TheoryData<string, string> FilesAndEncodings()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Files)
        {
            foreach (var encoding in EncodingNames)
            {
                data.Add(file, encoding);
            }
        }

        return data;
    }

    private static readonly string[] Files = ["002_pingtan-zone_2020.txt", "004_pingtan-zone_2022.txt", "seed-yeji-2020.txt"];

    private static readonly string[] EncodingNames = ["GB18030", "GB18030+BOM", "UTF-8", "UTF-8+BOM", "UTF-16LE+BOM", "UTF-16BE+BOM"];

    private static Encoding Gb18030 => InputDecoder.Gb18030;

    /// <summary>Encodes text as the named encoding, with the named byte order mark.</summary>
    internal static byte[] Encode(string text, string name) => name switch
    {
        "GB18030" => Gb18030.GetBytes(text),
        "GB18030+BOM" => [0x84, 0x31, 0x95, 0x33, .. Gb18030.GetBytes(text)],
        "UTF-8" => Encoding.UTF8.GetBytes(text),
        "UTF-8+BOM" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "UTF-16LE+BOM" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "UTF-16BE+BOM" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>The message the decoder logs for the named encoding (no declaration given).</summary>
    internal static string ExpectedMessageId(string name) => name switch
    {
        "GB18030" => "import.encodingGb18030",
        "UTF-8" => "import.encodingValidUtf8",
        _ => "import.encodingFromBom",
    };

    /// <summary>Asserts that an import from bytes gives the report and log of the import from text, after its decoding diagnostics.</summary>
    internal static void AssertSameImport(ImportResult expected, ImportResult actual, params string[] decodingMessageIds)
    {
        Assert.NotNull(expected.Report);
        Assert.NotNull(actual.Report);
        var catalog = CellCatalog.For(expected.Report);
        Assert.Same(catalog, CellCatalog.For(actual.Report));
        var expectedCells = catalog.Read(expected.Report);
        var actualCells = catalog.Read(actual.Report);
        for (var i = 0; i < catalog.Count; i++)
        {
            Assert.True(expectedCells[i] == actualCells[i], $"{catalog[i].PropertyPath}: expected {expectedCells[i]}, got {actualCells[i]}");
        }

        Assert.Equal(expected.Report, actual.Report);
        var decoding = actual.Log.Diagnostics.TakeWhile(d => d.Code == ImportDiagnosticCode.InputEncoding).ToList();
        Assert.Equal(decodingMessageIds, decoding.Select(d => d.MessageId));
        Assert.Equal(expected.Log with { Diagnostics = ValueList<ImportDiagnostic>.Empty }, actual.Log with { Diagnostics = ValueList<ImportDiagnostic>.Empty });
        Assert.Equal(expected.Log.Diagnostics, actual.Log.Diagnostics.Skip(decoding.Count));
    }

    [Theory]
    [MemberData(nameof(FilesAndEncodings))]
    public void Corpus_text_re_encoded_imports_cell_for_cell_from_bytes(string file, string encoding)
    {
        var text = TestData.Read(file);
        var expected = ReportImporter.ImportText(text);

        var actual = ReportImporter.ImportText(Encode(text, encoding));

        AssertSameImport(expected, actual, ExpectedMessageId(encoding));
    }

    [Theory]
    [MemberData(nameof(FilesAndEncodings))]
    public async Task Corpus_text_re_encoded_imports_cell_for_cell_from_a_stream(string file, string encoding)
    {
        var text = TestData.Read(file);
        var expected = ReportImporter.ImportText(text);
        var bytes = Encode(text, encoding);

        using var stream = new MemoryStream(bytes);
        AssertSameImport(expected, ReportImporter.ImportText(stream), ExpectedMessageId(encoding));
        using var asyncStream = new TrickleStream(bytes);
        AssertSameImport(expected, await ReportImporter.ImportTextAsync(asyncStream), ExpectedMessageId(encoding));
    }

    [Fact]
    public void The_decoding_is_logged_in_both_languages_with_its_reason()
    {
        var result = ReportImporter.ImportText(Gb18030.GetBytes(TestData.Read("seed-yeji-2020.txt")));

        var decoding = result.Log.Diagnostics[0];
        Assert.Equal(ImportDiagnosticCode.InputEncoding, decoding.Code);
        Assert.Equal(ImportSeverity.Info, decoding.Severity);
        Assert.Equal(new SourceLocation(1, 1), decoding.Location);
        Assert.Equal(ImportMessages.EncodingGb18030.FormatEnglish(), decoding.Message);
        Assert.Equal(ImportMessages.EncodingGb18030.FormatChinese(), decoding.ChineseMessage);
    }

    [Fact]
    public void A_charset_given_in_the_options_is_used_and_a_BOM_still_wins()
    {
        var text = TestData.Read("004_pingtan-zone_2022.txt");
        var expected = ReportImporter.ImportText(text);

        AssertSameImport(expected, ReportImporter.ImportText(Gb18030.GetBytes(text), new ImportOptions { Charset = "gbk" }), "import.encodingFromOptions");
        AssertSameImport(expected, ReportImporter.ImportText(Encode(text, "UTF-8+BOM"), new ImportOptions { Charset = "gbk" }), "import.encodingFromBom");
        var given = ReportImporter.ImportText(Gb18030.GetBytes(text), new ImportOptions { Charset = "GB2312" });
        Assert.Equal(ImportMessages.EncodingFromOptions.FormatEnglish(("encoding", "GB18030"), ("charset", "GB2312")), given.Log.Diagnostics[0].Message);
    }

    [Fact]
    public void An_unknown_charset_in_the_options_is_logged_and_ignored()
    {
        var text = TestData.Read("004_pingtan-zone_2022.txt");
        var expected = ReportImporter.ImportText(text);

        var actual = ReportImporter.ImportText(Gb18030.GetBytes(text), new ImportOptions { Charset = "no-such-charset" });

        AssertSameImport(expected, actual, "import.encodingOptionUnknown", "import.encodingGb18030");
        Assert.Equal(ImportSeverity.Warning, actual.Log.Diagnostics[0].Severity);
        Assert.Equal("no-such-charset", actual.Log.Diagnostics[0].Seen);
    }

    [Fact]
    public void Bytes_invalid_in_the_encoding_become_replacement_characters_with_a_warning()
    {
        var text = TestData.Read("seed-yeji-2020.txt");
        var bytes = Gb18030.GetBytes(text);

        // 0xFF is never valid in GB18030; the bytes stay invalid UTF-8, so GB18030 is detected.
        byte[] damaged = [.. bytes, (byte)'\n', 0xFF, 0xFF, (byte)'\n'];
        var result = ReportImporter.ImportText(damaged);

        var warning = Assert.Single(result.Log.Diagnostics, d => d.MessageId == "import.encodingInvalidBytes");
        Assert.Equal(ImportSeverity.Warning, warning.Severity);
        Assert.Equal(ImportMessages.EncodingInvalidBytes.FormatEnglish(("count", 2), ("encoding", "GB18030")), warning.Message);
        Assert.Equal(text.Count(c => c == '\n') + 2, warning.Location.Line);
        Assert.Equal(ReportImporter.ImportText(text).Report, result.Report);
    }

    [Fact]
    public void Random_bytes_give_a_clear_result_never_an_exception()
    {
        var random = new Random(20240101);
        for (var n = 0; n < 200; n++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            if (n % 4 == 1)
            {
                new byte[] { 0x84, 0x31, 0x95, 0x33 }.AsSpan(0, Math.Min(4, bytes.Length)).CopyTo(bytes);
            }
            else if (n % 4 == 2 && bytes.Length >= 2)
            {
                bytes[0] = 0xFF;
                bytes[1] = 0xFE;
            }

            var result = ReportImporter.ImportText(bytes);

            Assert.Null(result.Report);
            Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.NotAReport && d.Severity == ImportSeverity.Error);
            Assert.Equal(ImportDiagnosticCode.InputEncoding, result.Log.Diagnostics[0].Code);
        }
    }

    [Fact]
    public void Bytes_that_cannot_fit_the_limit_are_refused_before_decoding()
    {
        var options = new ImportOptions { MaxInputLength = 100 };
        var bytes = new byte[(100 * InputDecoder.MaxBytesPerChar) + 5];

        var result = ReportImporter.ImportText(bytes, options);

        Assert.Null(result.Report);
        var diagnostic = Assert.Single(result.Log.Diagnostics);
        Assert.Equal(ImportDiagnosticCode.InputTooLarge, diagnostic.Code);
        Assert.Equal("import.inputTooLargeBytes", diagnostic.MessageId);
        Assert.Equal(ImportMessages.InputTooLargeBytes.FormatEnglish(("bytes", 404L), ("limit", 100)), diagnostic.Message);
    }

    [Fact]
    public void Bytes_within_the_byte_bound_that_decode_beyond_the_limit_are_refused_after_decoding()
    {
        var options = new ImportOptions { MaxInputLength = 100 };
        var bytes = Encoding.ASCII.GetBytes(new string('x', 200));

        var result = ReportImporter.ImportText(bytes, options);

        Assert.Null(result.Report);
        Assert.Equal([ImportDiagnosticCode.InputEncoding, ImportDiagnosticCode.InputTooLarge], result.Log.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public async Task An_endless_stream_is_read_only_to_the_byte_limit()
    {
        var options = new ImportOptions { MaxInputLength = 1000 };
        var stream = new EndlessStream();

        var result = ReportImporter.ImportText(stream, options);
        Assert.Equal(ImportDiagnosticCode.InputTooLarge, Assert.Single(result.Log.Diagnostics).Code);
        Assert.Equal(InputDecoder.MaxBytes(options) + 1, stream.Position);

        var asyncStream = new EndlessStream();
        var asyncResult = await ReportImporter.ImportTextAsync(asyncStream, options);
        Assert.Equal(ImportDiagnosticCode.InputTooLarge, Assert.Single(asyncResult.Log.Diagnostics).Code);
        Assert.Equal(InputDecoder.MaxBytes(options) + 1, asyncStream.Position);
    }

    [Fact]
    public async Task Null_streams_throw_and_cancellation_is_honoured()
    {
        Assert.Throws<ArgumentNullException>("stream", () => ReportImporter.ImportText((Stream)null!));
        Assert.Throws<ArgumentNullException>("stream", () => { _ = ReportImporter.ImportTextAsync(null!); });
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ReportImporter.ImportTextAsync(new EndlessStream(), null, cancelled.Token));
    }

    /// <summary>
    /// The library decodes GB18030 and GBK itself and never registers an encoding provider (process-wide state a user's
    /// application owns). Checked on the assemblies' metadata, not on the process: other code in a test process
    /// (Roslyn, AngleSharp on some pages, PdfPig) does register one.
    /// </summary>
    [Theory]
    [InlineData(typeof(ReportImporter))]
    [InlineData(typeof(DisclosureModel.Html.HtmlReportImporter))]
    [InlineData(typeof(DisclosureModel.Word.DocxReportImporter))]
    public void The_library_never_registers_an_encoding_provider(Type typeInAssembly)
    {
        using var file = File.OpenRead(typeInAssembly.Assembly.Location);
        using var pe = new System.Reflection.PortableExecutable.PEReader(file);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var called = metadata.MemberReferences
            .Select(metadata.GetMemberReference)
            .Select(m => metadata.GetString(m.Name))
            .ToList();

        Assert.Contains(".ctor", called); // the reader sees the assembly's calls
        Assert.DoesNotContain("RegisterProvider", called);
    }

    /// <summary>A stream that returns at most a few bytes per read, as network streams do.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, 7), cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 7)], cancellationToken);
    }

    /// <summary>A stream of spaces without end; counts what was read.</summary>
    private sealed class EndlessStream : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            position += count;
            return count;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            buffer.Span.Fill((byte)' ');
            position += buffer.Length;
            return buffer.Length;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
