using BenchmarkDotNet.Attributes;
using DisclosureModel.Import;
using DisclosureModel.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DisclosureModel.Benchmarks;

/// <summary>
/// Importing a Word document: the whole import (<see cref="DocxReportImporter.Import(ReadOnlySpan{byte}, ImportOptions?)"/>)
/// as a ratio to OpenXml's own load of the same file (open the package, build the main part's DOM, read all its
/// text), which any reader of the document pays before recognising anything. The <c>Op/s</c> column is documents
/// per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PagesPerSecondConfig))]
public class DocxImportBenchmarks
{
    private static readonly ImportOptions Options = new() { ReadBlanksAsZero = false };

    private byte[] docx = [];

    /// <summary>Gets or sets the report written as the document: the 2019-format or the 2021-format sample.</summary>
    [Params("Yeji2020", "Pingtan2022")]
    public string Report { get; set; } = "Yeji2020";

    /// <summary>Writes the document once and checks that it imports to a report.</summary>
    [GlobalSetup]
    public void Setup()
    {
        docx = DocxReportWriter.ToBytes(Report == "Yeji2020" ? Samples.Yeji2020 : Samples.Pingtan2022);
        ImportFixtures.CheckReport(Import(), Report);
    }

    /// <summary>OpenXml alone: open the package, load the main part and read every text node.</summary>
    /// <returns>The number of characters read, so that nothing is optimised away.</returns>
    [Benchmark(Baseline = true)]
    public int OpenXmlLoad()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false);
        var total = 0;
        foreach (var text in document.MainDocumentPart!.Document!.Body!.Descendants<Text>())
        {
            total += text.Text.Length;
        }

        return total;
    }

    /// <summary>Imports the document: the package checks, the body walk with the table grid, and recognition.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ImportResult Import() => DocxReportImporter.Import(docx, Options);
}

/// <summary>Writing a report as a Word document, as a ratio to rendering its tables as HTML (the other merged-header output).</summary>
[MemoryDiagnoser]
[Config(typeof(PagesPerSecondConfig))]
public class DocxWriteBenchmarks
{
    private DisclosureReport report = Samples.Yeji2020;

    /// <summary>Gets or sets the report: the 2019-format or the 2021-format sample.</summary>
    [Params("Yeji2020", "Pingtan2022")]
    public string Report { get; set; } = "Yeji2020";

    /// <summary>Picks the report.</summary>
    [GlobalSetup]
    public void Setup() => report = Report == "Yeji2020" ? Samples.Yeji2020 : Samples.Pingtan2022;

    /// <summary>The HTML tables of the same report.</summary>
    /// <returns>The HTML.</returns>
    [Benchmark(Baseline = true)]
    public string Html() => Rendering.ReportRenderer.ToHtml(report);

    /// <summary>The whole <c>.docx</c>: paragraphs, tables with merged headers, styles, the deterministic package.</summary>
    /// <returns>The bytes.</returns>
    [Benchmark]
    public byte[] Docx() => DocxReportWriter.ToBytes(report);
}
