using BenchmarkDotNet.Attributes;
using DisclosureModel.Import;
using DisclosureModel.Pdf;
using UglyToad.PdfPig;

namespace DisclosureModel.Benchmarks;

/// <summary>
/// Importing published PDFs: the whole import (<see cref="PdfReportImporter.Import(ReadOnlySpan{byte}, ImportOptions?)"/>:
/// words with positions, rulings, cells, recognition, the log) as a ratio to PdfPig's own text extraction of the same
/// file (open it and take every page's text: what any reader of the PDF pays before recognising anything). The
/// <c>Op/s</c> column is documents per second; both corpus files have 5 pages, so pages per second is five times it.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PagesPerSecondConfig))]
public class PdfImportBenchmarks
{
    private byte[] pdf = [];

    /// <summary>Gets or sets the document: the two real PDFs of the corpus (5 pages each, ruled tables).</summary>
    [Params("hongze-district-gov_2023.pdf", "hongze-district-gov_2024.pdf")]
    public string Document { get; set; } = "hongze-district-gov_2023.pdf";

    /// <summary>Reads the file once and checks that it imports to a report.</summary>
    [GlobalSetup]
    public void Setup()
    {
        pdf = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "pdf", Document));
        ImportFixtures.CheckReport(Import(), Document);
    }

    /// <summary>Opens the PDF with PdfPig and takes the text of every page: reading without layout or recognition.</summary>
    /// <returns>The number of characters read, so that nothing is optimised away.</returns>
    [Benchmark(Baseline = true)]
    public int PdfPigText()
    {
        using var document = PdfDocument.Open(pdf);
        var total = 0;
        foreach (var page in document.GetPages())
        {
            total += page.Text.Length;
        }

        return total;
    }

    /// <summary>Imports the PDF: geometry, cells, recognition, metadata, narrative and the log.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ImportResult Import() => PdfReportImporter.Import(pdf);
}
