using System.Globalization;
using System.Text;
using DisclosureModel.Import;
using DisclosureModel.TestSupport;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace DisclosureModel.Pdf.Tests;

/// <summary>
/// Documents that cannot be read give no report and one error with the documented code, message and location, never
/// an exception: a scan (an image-only page written by PdfPig's builder), an encrypted PDF (a small hand-built file
/// with a standard security handler whose user password is not empty), a truncated file (corpus bytes cut), bytes
/// that are no PDF, and documents over the documented limits.
/// </summary>
public class PdfErrorTests
{
    /// <summary>A 1x1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public void A_scan_without_a_text_layer_says_OCR_is_needed()
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < 2; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddPng(Png, new UglyToad.PdfPig.Core.PdfRectangle(50, 50, 545, 792));
        }

        var result = PdfReportImporter.Import(builder.Build());

        var error = Single(result, ImportDiagnosticCode.NoTextLayer, "import.pdfNoTextLayer");
        Assert.Contains("OCR", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 page(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("文字识别（OCR）", error.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_pdf_is_refused_as_encrypted()
    {
        var result = PdfReportImporter.Import(EncryptedPdf());

        var error = Single(result, ImportDiagnosticCode.DocumentEncrypted, "import.pdfEncrypted");
        Assert.Equal("document", error.Location.Path);
    }

    [Theory]
    [InlineData("hongze-district-gov_2023.pdf", 2)]
    [InlineData("hongze-district-gov_2024.pdf", 3)]
    public void A_truncated_pdf_is_malformed_and_says_where_it_ends(string name, int divisor)
    {
        var bytes = TestData.Read(name);
        var cut = bytes.AsSpan(0, bytes.Length / divisor).ToArray();

        var result = PdfReportImporter.Import(cut);

        var error = Single(result, ImportDiagnosticCode.DocumentMalformed, "import.pdfTruncated");
        var offset = cut.Length.ToString(CultureInfo.InvariantCulture);
        Assert.Equal($"byte[{offset}]", error.Location.Path);
        Assert.Contains($"byte {offset}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_no_pdf_are_malformed()
    {
        var result = PdfReportImporter.Import("一、总体情况\n二、主动公开政府信息情况"u8);

        Single(result, ImportDiagnosticCode.DocumentMalformed, "import.pdfNotPdf");
    }

    [Fact]
    public void A_pdf_whose_objects_are_garbage_is_malformed_with_where()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R /Size 2 >>\nstartxref\n99999\n%%EOF\n");

        var result = PdfReportImporter.Import(bytes);

        Assert.Null(result.Report);
        var error = Assert.Single(result.Log.Diagnostics);
        Assert.Equal(ImportSeverity.Error, error.Severity);
        Assert.Contains(error.Code, new[] { ImportDiagnosticCode.DocumentMalformed, ImportDiagnosticCode.NoTextLayer });
    }

    [Fact]
    public void More_pages_than_the_limit_are_refused()
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i <= PdfReportImporter.MaxPages; i++)
        {
            builder.AddPage(PageSize.A4);
        }

        var result = PdfReportImporter.Import(builder.Build());

        var error = Single(result, ImportDiagnosticCode.DocumentLimitExceeded, "import.pdfTooManyPages");
        Assert.Contains($"{PdfReportImporter.MaxPages + 1} pages", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_more_characters_than_the_limit_is_refused()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var line = new string('1', 1_000);
        for (var i = 0; i <= PdfReportImporter.MaxItemsPerPage / line.Length; i++)
        {
            page.AddText(line, 1, new UglyToad.PdfPig.Core.PdfPoint(10, 800 - (i % 700)), font);
        }

        var result = PdfReportImporter.Import(builder.Build());

        var error = Single(result, ImportDiagnosticCode.DocumentLimitExceeded, "import.pdfPageTooLarge");
        Assert.Contains(PdfReportImporter.MaxItemsPerPage.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_longer_than_the_byte_limit_is_not_read_to_its_end()
    {
        using var endless = new EndlessStream();

        var result = PdfReportImporter.Import(endless);
        var asynchronous = await PdfReportImporter.ImportAsync(endless);

        Single(result, ImportDiagnosticCode.DocumentLimitExceeded, "import.pdfTooManyBytes");
        Single(asynchronous, ImportDiagnosticCode.DocumentLimitExceeded, "import.pdfTooManyBytes");
        Assert.True(endless.Position <= 2L * (PdfReportImporter.MaxBytes + 81920));
    }

    [Fact]
    public async Task The_reader_reads_pdf_streams_like_the_importer()
    {
        Assert.Equal(ReportDocumentKind.Pdf, PdfReportImporter.Reader.Kind);
        var bytes = TestData.Read("hongze-district-gov_2024.pdf");
        using var stream = new MemoryStream(bytes);
        using var again = new MemoryStream(bytes);

        var read = PdfReportImporter.Reader.Import(stream);
        var readAsync = await PdfReportImporter.Reader.ImportAsync(again);

        var direct = PdfReportImporter.Import(bytes);
        Assert.Equal(CellText.Of(direct.Report!), CellText.Of(read.Report!));
        Assert.Equal(CellText.Of(direct.Report!), CellText.Of(readAsync.Report!));
    }

    private static ImportDiagnostic Single(ImportResult result, ImportDiagnosticCode code, string messageId)
    {
        Assert.Null(result.Report);
        var error = Assert.Single(result.Log.Diagnostics);
        Assert.Equal((code, ImportSeverity.Error, messageId), (error.Code, error.Severity, error.MessageId));
        Assert.False(string.IsNullOrWhiteSpace(error.ChineseMessage));
        return error;
    }

    /// <summary>A one-page PDF with a standard security handler (RC4, revision 2) whose user password is not empty.</summary>
    private static byte[] EncryptedPdf()
    {
        var hex32 = string.Concat(Enumerable.Repeat("5A", 32));
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>",
            $"<< /Filter /Standard /V 1 /R 2 /O <{hex32}> /U <{hex32}> /P -4 >>",
            "<< /Length 8 >>\nstream\n12345678\nendstream",
        };
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        var id = string.Concat(Enumerable.Repeat("AB", 16));
        text.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>A stream of zeros that never ends.</summary>
    private sealed class EndlessStream : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
