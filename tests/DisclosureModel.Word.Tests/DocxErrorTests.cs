using System.IO.Compression;
using System.Text;
using DisclosureModel.Import;

namespace DisclosureModel.Word.Tests;

/// <summary>What is not a readable <c>.docx</c> gives no report and one located, typed error: never an exception.</summary>
public sealed class DocxErrorTests
{
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly Lazy<byte[]> Written = new(() => DocxReportWriter.ToBytes(Samples.Yeji2020));

    private static ImportDiagnostic AssertRefused(ImportResult result, ImportDiagnosticCode code, string messageId)
    {
        Assert.Null(result.Report);
        var error = Assert.Single(result.Log.Diagnostics);
        Assert.Equal(ImportSeverity.Error, error.Severity);
        Assert.Equal(code, error.Code);
        Assert.Equal(messageId, error.MessageId);
        Assert.False(string.IsNullOrEmpty(error.ChineseMessage));
        return error;
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return memory.ToArray();
    }

    private static byte[] WithMainPart(string xml) => DocxEditing.WithMainPartXml(xml);

    [Fact]
    public void A_legacy_doc_file_is_refused_with_advice_to_convert_it()
    {
        var doc = OleMagic.Concat(new byte[1024]).ToArray();

        var error = AssertRefused(DocxReportImporter.Import(doc), ImportDiagnosticCode.DocumentUnsupported, "import.docx.legacyWord");
        Assert.Contains(".docx", error.Message, StringComparison.Ordinal);
        Assert.Contains("另存为 .docx", error.ChineseMessage, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => DocxReportImporter.ExtractCells(doc));
    }

    [Fact]
    public void An_encrypted_docx_is_refused_as_encrypted()
    {
        // An encrypted OOXML document is an OLE compound file whose directory holds an EncryptedPackage stream (UTF-16 names).
        var encrypted = OleMagic.Concat(new byte[504]).Concat(Encoding.Unicode.GetBytes("EncryptionInfo")).Concat(new byte[50]).Concat(Encoding.Unicode.GetBytes("EncryptedPackage")).Concat(new byte[512]).ToArray();

        AssertRefused(DocxReportImporter.Import(encrypted), ImportDiagnosticCode.DocumentEncrypted, "import.docx.encrypted");
    }

    [Fact]
    public void A_zip_that_is_not_a_docx_is_unsupported()
    {
        AssertRefused(DocxReportImporter.Import(Zip(("readme.txt", "hello"))), ImportDiagnosticCode.DocumentUnsupported, "import.docx.notWord");

        // An Excel workbook: an Office package, but no Word main part.
        var workbook = Zip(
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"),
            ("xl/workbook.xml", "<workbook/>"));
        AssertRefused(DocxReportImporter.Import(workbook), ImportDiagnosticCode.DocumentUnsupported, "import.docx.notWord");
    }

    [Theory]
    [InlineData("")]
    [InlineData("%PDF-1.7")]
    [InlineData("<html><body>一、总体情况</body></html>")]
    public void Bytes_that_are_no_package_are_unsupported(string content) =>
        AssertRefused(DocxReportImporter.Import(Encoding.UTF8.GetBytes(content)), ImportDiagnosticCode.DocumentUnsupported, "import.docx.notWord");

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.5)]
    [InlineData(0.1)]
    public void A_truncated_docx_is_malformed(double keep)
    {
        var bytes = Written.Value;
        AssertRefused(DocxReportImporter.Import(bytes.AsSpan(0, (int)(bytes.Length * keep))), ImportDiagnosticCode.DocumentMalformed, "import.docx.malformed");
    }

    [Fact]
    public void Broken_xml_in_the_main_part_is_malformed_and_located()
    {
        var error = AssertRefused(DocxReportImporter.Import(WithMainPart("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\n<w:body><w:p>")), ImportDiagnosticCode.DocumentMalformed, "import.docx.malformed");

        Assert.Equal("word/document.xml", error.Location.Element);
        Assert.True(error.Location.Line >= 2);
    }

    [Fact]
    public void A_document_over_the_byte_limit_is_refused_before_it_is_read()
    {
        var options = new ImportOptions { MaxInputLength = 1000 }; // at most 4 004 bytes
        var bytes = Written.Value;
        Assert.True(bytes.Length > 4004);

        AssertRefused(DocxReportImporter.Import(bytes, options), ImportDiagnosticCode.DocumentLimitExceeded, "import.docx.tooLarge");
        var stream = new MemoryStream(bytes);
        AssertRefused(DocxReportImporter.Import(stream, options), ImportDiagnosticCode.DocumentLimitExceeded, "import.docx.tooLarge");
        Assert.True(stream.Position <= 4005 + 81920, stream.Position.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_zip_bomb_main_part_stops_at_the_limit()
    {
        // 17 MB of XML that compresses to a few kilobytes: over the default 16 000 004 bytes uncompressed.
        var xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + new string(' ', 17_000_000) + "</w:body></w:document>";
        var bomb = WithMainPart(xml);
        Assert.True(bomb.Length < 1_000_000);

        AssertRefused(DocxReportImporter.Import(bomb), ImportDiagnosticCode.DocumentLimitExceeded, "import.docx.partTooLarge");
    }

    [Fact]
    public void Xml_nested_too_deep_is_refused()
    {
        var depth = 300;
        var xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth)) + "</w:body></w:document>";

        AssertRefused(DocxReportImporter.Import(WithMainPart(xml)), ImportDiagnosticCode.DocumentLimitExceeded, "import.docx.tooDeep");
    }

    [Fact]
    public void Too_many_table_cells_are_refused()
    {
        var xml = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl>"
            + string.Concat(Enumerable.Repeat("<w:tr>" + string.Concat(Enumerable.Repeat("<w:tc><w:p/></w:tc>", 1000)) + "</w:tr>", 101)) + "</w:tbl></w:body></w:document>";

        AssertRefused(DocxReportImporter.Import(WithMainPart(xml)), ImportDiagnosticCode.DocumentLimitExceeded, "import.docx.tooManyCells");
    }

    [Fact]
    public void Too_many_parts_are_refused()
    {
        var entries = Enumerable.Range(0, 1001).Select(i => ($"part{i}.xml", "<x/>")).Prepend(("[Content_Types].xml", "<Types/>")).ToArray();

        AssertRefused(DocxReportImporter.Import(Zip(entries)), ImportDiagnosticCode.DocumentLimitExceeded, "import.docx.tooManyParts");
    }

    [Fact]
    public async Task The_reader_of_the_seam_imports_as_the_importer_does()
    {
        var reader = DocxReportImporter.Reader;
        Assert.Equal(ReportDocumentKind.Docx, reader.Kind);
        var options = new ImportOptions { AgencyKind = AgencyKind.Department, ReadBlanksAsZero = false };
        var expected = DocxReportImporter.Import(Written.Value, options);
        Assert.Equal(Samples.Yeji2020, expected.Report);

        Assert.Equal(expected, reader.Import(new MemoryStream(Written.Value), options));
        Assert.Equal(expected, await reader.ImportAsync(new MemoryStream(Written.Value), options));

        var doc = OleMagic.Concat(new byte[1024]).ToArray();
        AssertRefused(await reader.ImportAsync(new MemoryStream(doc)), ImportDiagnosticCode.DocumentUnsupported, "import.docx.legacyWord");
    }
}
