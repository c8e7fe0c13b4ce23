using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DisclosureModel.Word.Tests;

/// <summary>
/// An independent reader opens the written documents: LibreOffice headless converts each to PDF (with a fresh
/// profile), and poppler's <c>pdfinfo</c> counts the PDF's pages. <c>.ci/run</c> installs both from the distribution's
/// packages when they are missing, so these tests never skip.
/// </summary>
public sealed partial class DocxLibreOfficeTests
{
    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [Theory]
    [InlineData("Yeji2020")]
    [InlineData("Pingtan2022")]
    public void LibreOffice_converts_the_document_to_a_pdf_with_pages(string name)
    {
        var directory = Directory.CreateTempSubdirectory("disclosure-docx-");
        try
        {
            var docx = Path.Combine(directory.FullName, name + ".docx");
            File.WriteAllBytes(docx, DocxReportWriter.ToBytes(DocxReportWriterTests.Get(name)));
            var profile = new Uri(Path.Combine(directory.FullName, "profile")).AbsoluteUri;

            var (convertExit, convertOutput) = Run("soffice", $"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", directory.FullName, docx);
            var pdf = Path.ChangeExtension(docx, ".pdf");
            Assert.True(convertExit == 0 && File.Exists(pdf), $"soffice exited {convertExit}: {convertOutput}");
            Assert.Equal("%PDF-"u8.ToArray(), File.ReadAllBytes(pdf).AsSpan(0, 5).ToArray());

            var (infoExit, info) = Run("pdfinfo", pdf);
            Assert.Equal(0, infoExit);
            var pages = int.Parse(PagesLine().Match(info).Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.InRange(pages, 2, 40);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        // A guard against a hung converter, not a measurement.
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
