using System.IO.Compression;
using System.Text;
using DisclosureModel.Html;
using DisclosureModel.Import;

namespace DisclosureModel.Tests.Import;

/// <summary>
/// Import by content (<see cref="ReportDocumentImporter"/>): the kind of real corpus bytes and of mechanically made
/// variants (other encodings, packages, image and PDF headers), the dispatch to the readers (every overload gives what the
/// reader gives, report for report), and what a document without a reader gets.
/// </summary>
public class ReportDocumentImporterTests
{
    private static readonly string[] TextFiles = ["002_pingtan-zone_2020.txt", "004_pingtan-zone_2022.txt", "seed-yeji-2020.txt"];

    private static readonly string[] HtmlFiles = ["html/002_pingtan-zone_2020.html", "html/004_pingtan-zone_2022.html", "html/pingtan-2022.html", "html/yeji-2020.html"];

    private static readonly string[] EncodingNames = ["GB18030", "GB18030+BOM", "UTF-8", "UTF-8+BOM", "UTF-16LE+BOM", "UTF-16BE+BOM"];

    private static readonly ImportOptions Options = new() { AgencyKind = AgencyKind.Department };

    private static readonly ReportDocumentImporter Importer = new(HtmlReportImporter.Reader);

    public static TheoryData<string, string> TextFilesAndEncodings() => Cross(TextFiles, EncodingNames);

    public static TheoryData<string, string> HtmlFilesAndEncodings() => Cross(HtmlFiles, EncodingNames);

    public static TheoryData<string> AllFiles() => [.. TextFiles, .. HtmlFiles];

    private static TheoryData<string, string> Cross(string[] files, string[] encodings)
    {
        var data = new TheoryData<string, string>();
        foreach (var file in files)
        {
            foreach (var encoding in encodings)
            {
                data.Add(file, encoding);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextFilesAndEncodings))]
    public void Corpus_text_in_every_encoding_is_text(string file, string encoding)
    {
        var bytes = ImportEncodingTests.Encode(TestData.Read(file), encoding);

        Assert.Equal(ReportDocumentKind.Text, ReportDocumentImporter.Detect(bytes));

        // The first 8 KiB decide, even cut in the middle of a character.
        Assert.Equal(ReportDocumentKind.Text, ReportDocumentImporter.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, DocumentKindDetector.HeadLength + 1))));
    }

    [Theory]
    [MemberData(nameof(HtmlFilesAndEncodings))]
    public void Corpus_html_in_every_encoding_is_html(string file, string encoding)
    {
        var html = TestData.Read(file);
        Assert.Equal(ReportDocumentKind.Html, ReportDocumentImporter.Detect(ImportEncodingTests.Encode(html, encoding)));

        // After white space, and starting with another tag than the doctype.
        Assert.Equal(ReportDocumentKind.Html, ReportDocumentImporter.Detect(ImportEncodingTests.Encode(" \r\n\t" + html, encoding)));
        var body = html[html.IndexOf("<body", StringComparison.OrdinalIgnoreCase)..];
        Assert.Equal(ReportDocumentKind.Html, ReportDocumentImporter.Detect(ImportEncodingTests.Encode(body, encoding)));
    }

    [Theory]
    [InlineData("<table><tr><td>1</td></tr></table>")]
    [InlineData("<META charset=\"gbk\"><p>x")]
    [InlineData("<!-- saved from url=(0050)http://www.example.gov.cn/ -->\n<p>x")]
    [InlineData("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body></body></html>")]
    public void A_page_starting_with_html_markup_is_html(string page) =>
        Assert.Equal(ReportDocumentKind.Html, ReportDocumentImporter.Detect(Encoding.UTF8.GetBytes(page)));

    [Theory]
    [InlineData("1.属于国家秘密\n<3 件")]
    [InlineData("<tablet> is not a tag")]
    [InlineData("# 政府信息公开工作年度报告\n\n| 信息内容 | 本年制发件数 |")]
    public void Text_that_merely_contains_angle_brackets_is_text(string text) =>
        Assert.Equal(ReportDocumentKind.Text, ReportDocumentImporter.Detect(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void A_zip_is_a_docx_only_when_it_holds_word_document_xml()
    {
        Assert.Equal(ReportDocumentKind.Docx, ReportDocumentImporter.Detect(Zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml")));
        Assert.Equal(ReportDocumentKind.Docx, ReportDocumentImporter.Detect(Zip("[Content_Types].xml", "WORD/Document.xml")));
        Assert.Equal(ReportDocumentKind.Unknown, ReportDocumentImporter.Detect(Zip("report.txt", "word/document.xml.bak", "xl/workbook.xml")));
        Assert.Equal(ReportDocumentKind.Unknown, ReportDocumentImporter.Detect(Zip()));

        // Cut off before its central directory: the local headers still name the entries.
        var docx = Zip("word/document.xml", "word/styles.xml");
        Assert.Equal(ReportDocumentKind.Docx, ReportDocumentImporter.Detect(docx.AsSpan(0, docx.Length - 30)));
        var other = Zip("a.txt", "b.txt");
        Assert.Equal(ReportDocumentKind.Unknown, ReportDocumentImporter.Detect(other.AsSpan(0, other.Length - 30)));
    }

    [Fact]
    public void An_ole_file_is_a_legacy_word_document_unless_it_holds_an_encrypted_package()
    {
        Assert.Equal(ReportDocumentKind.LegacyWord, ReportDocumentImporter.Detect(Ole("WordDocument", "1Table", "\u0005SummaryInformation")));
        Assert.Equal(ReportDocumentKind.Docx, ReportDocumentImporter.Detect(Ole("EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces")));

        // The name alone, not as a directory entry (unaligned, or a storage rather than a stream), does not count.
        var unaligned = Ole("WordDocument");
        Encoding.Unicode.GetBytes("EncryptedPackage\0").CopyTo(unaligned, 1024 + 3);
        Assert.Equal(ReportDocumentKind.LegacyWord, ReportDocumentImporter.Detect(unaligned));
        var storage = Ole("EncryptedPackage");
        storage[512 + 66] = 1;
        Assert.Equal(ReportDocumentKind.LegacyWord, ReportDocumentImporter.Detect(storage));
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52 }, "PNG")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0 }, "JPEG")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0 }, "GIF")]
    [InlineData(new byte[] { 0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0 }, "TIFF")]
    [InlineData(new byte[] { 0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8 }, "TIFF")]
    public void An_image_is_unknown_and_its_log_says_ocr_is_needed(byte[] header, string format)
    {
        Assert.Equal(ReportDocumentKind.Unknown, ReportDocumentImporter.Detect(header));

        var result = Importer.Import(header, Options);

        Assert.Null(result.Report);
        var error = Assert.Single(result.Log.Diagnostics);
        Assert.Equal((ImportDiagnosticCode.DocumentUnsupported, ImportSeverity.Error, "import.documentImage"), (error.Code, error.Severity, error.MessageId));
        Assert.Equal(ImportMessages.DocumentImage.FormatEnglish(("format", format)), error.Message);
        Assert.Equal(ImportMessages.DocumentImage.FormatChinese(("format", format)), error.ChineseMessage);
        Assert.Contains("(OCR)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_marker_within_the_first_kilobyte_is_a_pdf()
    {
        Assert.Equal(ReportDocumentKind.Pdf, ReportDocumentImporter.Detect("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"u8));
        Assert.Equal(ReportDocumentKind.Pdf, ReportDocumentImporter.Detect([.. new byte[1000], .. "%PDF-1.4"u8]));
        Assert.NotEqual(ReportDocumentKind.Pdf, ReportDocumentImporter.Detect([.. Enumerable.Repeat((byte)' ', 1100), .. "%PDF-1.4"u8]));
    }

    [Fact]
    public void Binary_data_rtf_and_nothing_are_unknown()
    {
        var random = new byte[4096];
        new Random(17).NextBytes(random);
        Assert.Equal(ReportDocumentKind.Unknown, ReportDocumentImporter.Detect(random));
        Assert.Equal(ReportDocumentKind.Unknown, ReportDocumentImporter.Detect([.. "标题: 报告\n"u8, 0, 1, 2, 3]));
        Assert.Equal(ReportDocumentKind.Unknown, ReportDocumentImporter.Detect(@"{\rtf1\ansi\ansicpg936 报告}"u8));
        Assert.Equal(ReportDocumentKind.Unknown, ReportDocumentImporter.Detect([]));

        Assert.Equal("import.documentBinary", Assert.Single(Importer.Import(random).Log.Diagnostics).MessageId);
        Assert.Equal("import.documentRtf", Assert.Single(Importer.Import(@"{\rtf1 x}"u8).Log.Diagnostics).MessageId);
        Assert.Equal("import.documentEmpty", Assert.Single(Importer.Import([]).Log.Diagnostics).MessageId);
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public async Task Every_overload_gives_what_the_reader_gives(string file)
    {
        var bytes = File.ReadAllBytes(TestData.Path(file));
        var reader = file.EndsWith(".html", StringComparison.Ordinal) ? HtmlReportImporter.Reader : ReportImporter.Reader;
        var direct = reader.Import(new MemoryStream(bytes), Options);
        Assert.NotNull(direct.Tables);

        var results = new List<ImportResult>
        {
            Importer.Import(bytes, Options),
            Importer.Import(new MemoryStream(bytes), Options),
            Importer.Import(new OneWayStream(bytes), Options),
            Importer.Import(new FileInfo(TestData.Path(file)), Options),
            await Importer.ImportAsync(new MemoryStream(bytes), Options),
            await Importer.ImportAsync(new OneWayStream(bytes), Options),
            await Importer.ImportAsync(new FileInfo(TestData.Path(file)), Options),
        };

        foreach (var result in results)
        {
            Assert.Equal(direct.Report, result.Report);
            Assert.Equal(direct.Tables, result.Tables);
            if (direct.Report is { } expected)
            {
                var catalog = CellCatalog.For(expected);
                Assert.Equal(catalog.Read(expected), catalog.Read(result.Report!));
            }

            var detected = result.Log.Diagnostics[0];
            Assert.Equal((ImportDiagnosticCode.DocumentKindDetected, ImportSeverity.Info), (detected.Code, detected.Severity));
            Assert.Equal(direct.Log with { Diagnostics = [] }, result.Log with { Diagnostics = [] });
            Assert.Equal(direct.Log.Diagnostics, result.Log.Diagnostics.Skip(1));
        }
    }

    [Fact]
    public void A_stream_is_read_from_its_position()
    {
        var page = File.ReadAllBytes(TestData.Path("html/yeji-2020.html"));
        var stream = new MemoryStream([.. "ignored prefix"u8, .. page]) { Position = "ignored prefix"u8.Length };

        Assert.Equal(HtmlReportImporter.Import(page, Options).Report, Importer.Import(stream, Options).Report);
    }

    [Fact]
    public void A_file_name_is_only_a_hint_and_a_disagreement_is_a_warning()
    {
        var page = File.ReadAllBytes(TestData.Path("html/yeji-2020.html"));

        var result = Importer.Import(page, Options, "2020年报.pdf");

        Assert.Equal(Samples.Yeji2020, result.Report);
        var hint = result.Log.Diagnostics[1];
        Assert.Equal((ImportDiagnosticCode.DocumentKindDetected, ImportSeverity.Warning, "import.documentKindHint"), (hint.Code, hint.Severity, hint.MessageId));
        Assert.Equal("The file name 2020年报.pdf says Pdf, but the content is Html: the content decides.", hint.Message);
        Assert.Equal("文件名 2020年报.pdf 表明是 Pdf，但内容是 Html：以内容为准。", hint.ChineseMessage);

        Assert.DoesNotContain(Importer.Import(page, Options, "page.htm").Log.Diagnostics, d => d.Severity == ImportSeverity.Warning && d.Code == ImportDiagnosticCode.DocumentKindDetected);
        Assert.DoesNotContain(Importer.Import(page, Options, "page.aspx").Log.Diagnostics, d => d.Severity == ImportSeverity.Warning && d.Code == ImportDiagnosticCode.DocumentKindDetected);
    }

    [Theory]
    [InlineData("pdf", "PDF", "DisclosureModel.Pdf", "PdfReportImporter.Reader")]
    [InlineData("docx", "Word (.docx)", "DisclosureModel.Word", "DocxReportImporter.Reader")]
    [InlineData("encrypted", "Word (.docx)", "DisclosureModel.Word", "DocxReportImporter.Reader")]
    [InlineData("html", "HTML", "DisclosureModel.Html", "HtmlReportImporter.Reader")]
    public void A_kind_without_a_reader_names_the_package_and_reader_to_add(string what, string kind, string package, string reader)
    {
        var bytes = what switch
        {
            "pdf" => [.. "%PDF-1.7\n"u8],
            "docx" => Zip("word/document.xml"),
            "encrypted" => Ole("EncryptedPackage"),
            _ => File.ReadAllBytes(TestData.Path("html/yeji-2020.html")),
        };

        var result = new ReportDocumentImporter().Import(bytes, Options);

        Assert.Null(result.Report);
        Assert.Null(result.Tables);
        Assert.Equal(ImportDiagnosticCode.DocumentKindDetected, result.Log.Diagnostics[0].Code);
        var error = result.Log.Diagnostics[^1];
        Assert.Equal((ImportDiagnosticCode.DocumentUnsupported, ImportSeverity.Error, "import.documentReaderMissing"), (error.Code, error.Severity, error.MessageId));
        var args = new Utility.MessageArgument[] { ("kind", kind), ("package", package), ("reader", reader) };
        Assert.Equal(ImportMessages.DocumentReaderMissing.FormatEnglish(args), error.Message);
        Assert.Equal(ImportMessages.DocumentReaderMissing.FormatChinese(args), error.ChineseMessage);
        Assert.Contains($"add the {package} package and pass {reader}", error.Message, StringComparison.Ordinal);
        Assert.True(result.Log.HasErrors);
    }

    [Fact]
    public void A_legacy_word_document_and_a_zip_that_is_no_docx_say_what_to_do()
    {
        var doc = Importer.Import(Ole("WordDocument"), Options, "报告.doc");
        Assert.Null(doc.Report);
        Assert.Equal(["import.documentKindLegacyWord", "import.documentLegacyWord"], doc.Log.Diagnostics.Select(d => d.MessageId));
        Assert.Contains("save it as .docx", doc.Log.Diagnostics[^1].Message, StringComparison.Ordinal);
        Assert.Equal(ImportDiagnosticCode.DocumentUnsupported, doc.Log.Diagnostics[^1].Code);

        var zip = Importer.Import(Zip("report.txt"), Options, "报告.docx");
        Assert.Null(zip.Report);
        Assert.Equal(["import.documentKindHint", "import.documentZipNotDocx"], zip.Log.Diagnostics.Select(d => d.MessageId));
        Assert.Equal(ImportDiagnosticCode.DocumentUnsupported, zip.Log.Diagnostics[^1].Code);
    }

    [Fact]
    public async Task A_registered_reader_gets_every_byte_of_its_kind_from_every_overload()
    {
        var pdf = new byte[100_000];
        new Random(3).NextBytes(pdf);
        "%PDF-1.7\n"u8.CopyTo(pdf);
        var reader = new RecordingReader(ReportDocumentKind.Pdf);
        var importer = new ReportDocumentImporter(HtmlReportImporter.Reader, reader);
        Assert.Equal([ReportDocumentKind.Text, ReportDocumentKind.Html, ReportDocumentKind.Pdf], importer.Kinds);

        var results = new[]
        {
            importer.Import(pdf),
            importer.Import(new OneWayStream(pdf)),
            await importer.ImportAsync(new OneWayStream(pdf)),
            await importer.ImportAsync(new MemoryStream(pdf)),
        };

        Assert.Equal(4, reader.Seen.Count);
        Assert.All(reader.Seen, seen => Assert.Equal(pdf, seen));
        Assert.All(results, r => Assert.Equal(["import.documentKindPdf", "fake"], r.Log.Diagnostics.Select(d => d.MessageId)));
    }

    [Fact]
    public void Readers_are_one_per_kind()
    {
        Assert.Throws<ArgumentException>(() => new ReportDocumentImporter(HtmlReportImporter.Reader, HtmlReportImporter.Reader));
        Assert.Throws<ArgumentException>(() => new ReportDocumentImporter(new RecordingReader(ReportDocumentKind.Unknown)));
        Assert.Throws<ArgumentException>(() => new ReportDocumentImporter(new RecordingReader(ReportDocumentKind.LegacyWord)));
        Assert.Throws<ArgumentNullException>(() => new ReportDocumentImporter(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportDocumentImporter { MaxDocumentLength = 0 });

        // A reader of text replaces the built-in one.
        var text = new RecordingReader(ReportDocumentKind.Text);
        new ReportDocumentImporter(text).Import("一、总体情况"u8);
        Assert.Single(text.Seen);
    }

    [Fact]
    public void A_document_over_the_limit_is_refused_without_reading_it_all()
    {
        var importer = new ReportDocumentImporter(HtmlReportImporter.Reader) { MaxDocumentLength = 50_000 };
        var page = File.ReadAllBytes(TestData.Path("002_pingtan-zone_2020.txt"));
        var big = new byte[200_000];
        Zip("word/document.xml").CopyTo(big, 0);

        var bySize = importer.Import(new MemoryStream(big));
        var oneWay = new OneWayStream(big);
        var byReading = importer.Import(oneWay);

        foreach (var result in new[] { bySize, byReading, importer.Import(big) })
        {
            Assert.Null(result.Report);
            var error = Assert.Single(result.Log.Diagnostics);
            Assert.Equal((ImportDiagnosticCode.DocumentLimitExceeded, "import.documentTooLarge"), (error.Code, error.MessageId));
        }

        Assert.True(oneWay.BytesRead <= 50_001 + 81_920, oneWay.BytesRead.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Below the limit, a text is the text reader's (whose own limit still applies).
        Assert.NotNull(importer.Import(page).Report);
    }

    /// <summary>A ZIP package with the named entries (each holding a few bytes).</summary>
    private static byte[] Zip(params string[] names)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in names)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write("<xml/>"u8);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// An OLE compound file's first sectors: the signature, a 512-byte header, then a directory sector whose 128-byte
    /// entries are streams with the given names (as Word and Office encryption write them).
    /// </summary>
    private static byte[] Ole(params string[] streams)
    {
        var bytes = new byte[1536];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        for (var i = 0; i < streams.Length; i++)
        {
            var at = 512 + (128 * i);
            var name = Encoding.Unicode.GetBytes(streams[i] + "\0");
            name.CopyTo(bytes, at);
            bytes[at + 64] = (byte)name.Length;
            bytes[at + 66] = 2;
        }

        return bytes;
    }

    /// <summary>A stream that cannot seek (as a network body), counting what was read.</summary>
    private sealed class OneWayStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream inner = new(bytes);

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, Math.Min(count, 1000));
            BytesRead += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A reader that keeps the bytes it was given and answers with one info.</summary>
    private sealed class RecordingReader(ReportDocumentKind kind) : IReportDocumentReader
    {
        public List<byte[]> Seen { get; } = [];

        public ReportDocumentKind Kind => kind;

        public ImportResult Import(Stream stream, ImportOptions? options = null)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            Seen.Add(copy.ToArray());
            return new ImportResult { Log = new ImportLog { Diagnostics = [new ImportDiagnostic { Code = ImportDiagnosticCode.DocumentMalformed, Severity = ImportSeverity.Info, Message = "fake", MessageId = "fake" }] } };
        }

        public async Task<ImportResult> ImportAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default)
        {
            var copy = new MemoryStream();
            await stream.CopyToAsync(copy, cancellationToken);
            Seen.Add(copy.ToArray());
            return new ImportResult { Log = new ImportLog { Diagnostics = [new ImportDiagnostic { Code = ImportDiagnosticCode.DocumentMalformed, Severity = ImportSeverity.Info, Message = "fake", MessageId = "fake" }] } };
        }
    }
}
