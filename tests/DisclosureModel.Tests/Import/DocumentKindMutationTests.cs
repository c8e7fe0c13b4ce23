using System.IO.Compression;
using System.Text;
using DisclosureModel.Html;
using DisclosureModel.Import;

namespace DisclosureModel.Tests.Import;

/// <summary>
/// Byte mutations of the kinds of document the dispatcher tells apart (corpus text, a .docx-shaped and a plain ZIP, OLE
/// files, PDF and PNG headers): detection and import never throw, and every result without a report has an error.
/// </summary>
/// <remarks>
/// HTML is left out here: a mutated <c>&lt;meta charset&gt;</c> makes AngleSharp register the code-pages encoding
/// provider process-wide, which breaks <c>ImportEncodingTests.Decoding_does_not_register_an_encoding_provider</c> when
/// run in parallel (a defect of the HTML front end, reported; HtmlMutationTests cover HTML bytes).
/// </remarks>
public class DocumentKindMutationTests
{
    private static readonly ReportDocumentImporter Importer = new(HtmlReportImporter.Reader);

    public static TheoryData<string> Seeds() => ["text", "docx", "zip", "ole", "encrypted", "pdf", "png"];

    private static byte[] Seed(string name)
    {
        switch (name)
        {
            case "text":
                return File.ReadAllBytes(TestData.Path("seed-yeji-2020.txt"));
            case "docx" or "zip":
                var buffer = new MemoryStream();
                using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
                {
                    foreach (var entry in name == "docx" ? ["[Content_Types].xml", "word/document.xml"] : new[] { "a.txt", "b.txt" })
                    {
                        using var stream = zip.CreateEntry(entry).Open();
                        stream.Write("<w:document/>"u8);
                    }
                }

                return buffer.ToArray();
            case "ole" or "encrypted":
                var ole = new byte[1536];
                new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole, 0);
                var streamName = Encoding.Unicode.GetBytes((name == "ole" ? "WordDocument" : "EncryptedPackage") + "\0");
                streamName.CopyTo(ole, 512);
                ole[512 + 64] = (byte)streamName.Length;
                ole[512 + 66] = 2;
                return ole;
            case "pdf":
                return [.. "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8];
            default:
                return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_documents_never_throw_and_a_missing_report_has_an_error(string seed)
    {
        var original = Seed(seed);
        var random = new Random(seed.Length * 7919);
        for (var round = 0; round < 150; round++)
        {
            var bytes = (byte[])original.Clone();
            switch (round % 3)
            {
                case 0:
                    for (var i = 0; i < 1 + random.Next(8); i++)
                    {
                        bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    }

                    break;
                case 1:
                    bytes = bytes[..random.Next(bytes.Length + 1)];
                    break;
                default:
                    var at = random.Next(bytes.Length);
                    bytes = [.. bytes[..at], .. Enumerable.Range(0, random.Next(1, 64)).Select(_ => (byte)random.Next(256)), .. bytes[at..]];
                    break;
            }

            var kind = ReportDocumentImporter.Detect(bytes);
            Assert.True(Enum.IsDefined(kind));
            var result = Importer.Import(bytes, fileName: "mutated." + seed);
            if (result.Report is null)
            {
                Assert.True(result.Log.HasErrors, $"{seed} round {round}: {kind} without a report and without an error");
            }
        }
    }
}
