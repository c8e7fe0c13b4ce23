using DisclosureModel.Html;
using DisclosureModel.Import;

namespace DisclosureModel.Tests.Docs;

/// <summary>The example of docs/import.md, "Import by content" (compared with the Markdown by <see cref="SnippetTests"/>).</summary>
public class ImportByContentSnippets
{
    private static readonly AsyncLocal<StringWriter> Output = new();

    [Fact]
    public async Task ImportByContent()
    {
        var output = new StringWriter { NewLine = "\n" };
        Output.Value = output;
        {
            #region import-by-content
            // One importer with the readers the application has; the text reader is always there.
            var importer = new ReportDocumentImporter(HtmlReportImporter.Reader);

            // A file, a stream (an HTTP response body, a blob) or bytes: the content decides the kind, the name is a hint.
            var file = new FileInfo(Path.Combine(AppContext.BaseDirectory, "TestData", "html", "yeji-2020.html"));
            ImportResult result = await importer.ImportAsync(file);
            Console.WriteLine(result.Log.Diagnostics[0].Message);  // Read as HTML: the content starts with the HTML markup <!DOCTYPE html.
            Console.WriteLine(result.Report?.Metadata.AgencyName); // 六安市叶集区融媒体中心

            // A kind without a reader gives no report and an error that says what to add.
            ImportResult pdf = importer.Import("%PDF-1.7\n"u8, fileName: "report.pdf");
            Console.WriteLine(pdf.Log.Diagnostics[^1].Code);       // DocumentUnsupported
            Console.WriteLine(ReportDocumentImporter.Detect("%PDF-1.7\n"u8)); // Pdf
            #endregion
        }

        Assert.Equal(
            "Read as HTML: the content starts with the HTML markup <!DOCTYPE html.\n六安市叶集区融媒体中心\nDocumentUnsupported\nPdf\n",
            output.ToString());
    }

    private static class Console
    {
        public static void WriteLine(object? value) => Output.Value!.WriteLine(value);
    }
}
