using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using DisclosureModel.Html;
using DisclosureModel.Import;

namespace DisclosureModel.Benchmarks;

/// <summary>
/// Importing scraped text: the whole import (<see cref="ReportImporter.ImportText"/>) as a ratio to reading the same
/// text line by line into strings (what any reader of the text pays before recognising anything). The
/// <c>Op/s</c> column is pages per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PagesPerSecondConfig))]
public class TextImportBenchmarks
{
    private string text = string.Empty;

    /// <summary>
    /// Gets or sets the page: the seed (one cell per line, 2019 format), and the two crawler texts of the corpus (the
    /// body on one line with the table cells run together, 2019 and 2021 format).
    /// </summary>
    [Params("seed-yeji-2020.txt", "002_pingtan-zone_2020.txt", "004_pingtan-zone_2022.txt")]
    public string Page { get; set; } = "seed-yeji-2020.txt";

    /// <summary>Reads the page once and checks that it imports to a report.</summary>
    [GlobalSetup]
    public void Setup()
    {
        text = ImportFixtures.Read(Page);
        ImportFixtures.CheckReport(ImportText(), Page);
    }

    /// <summary>Splits the text into lines and makes each a string: reading without recognition.</summary>
    /// <returns>The number of characters read, so that nothing is optimised away.</returns>
    [Benchmark(Baseline = true)]
    public int ReadLines()
    {
        var total = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            total += line.ToString().Length;
        }

        return total;
    }

    /// <summary>Imports the page: recognition, cells, metadata, narrative and the log.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ImportResult ImportText() => ReportImporter.ImportText(text);
}

/// <summary>
/// Importing HTML pages: the whole import (<see cref="HtmlReportImporter.Import(string, ImportOptions?)"/>) as a ratio
/// to parsing the same page with AngleSharp and reading its body text (what any reader of the page pays before
/// recognising anything). The <c>Op/s</c> column is pages per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PagesPerSecondConfig))]
public class HtmlImportBenchmarks
{
    private string html = string.Empty;

    /// <summary>
    /// Gets or sets the page: the two samples rendered as HTML by the library (about 12 and 16 KB), and the two real
    /// pages of the corpus, whole, with site chrome and Word-exported markup (about 320 and 250 KB).
    /// </summary>
    [Params("yeji-2020.html", "pingtan-2022.html", "002_pingtan-zone_2020.html", "004_pingtan-zone_2022.html")]
    public string Page { get; set; } = "yeji-2020.html";

    /// <summary>Reads the page once and checks that it imports to a report.</summary>
    [GlobalSetup]
    public void Setup()
    {
        html = ImportFixtures.Read(Page);
        ImportFixtures.CheckReport(Import(), Page);
    }

    /// <summary>Parses the page and reads the text of its body: reading without recognition.</summary>
    /// <returns>The length of the body text, so that nothing is optimised away.</returns>
    [Benchmark(Baseline = true)]
    public int ParseAndReadText()
    {
        using var document = new HtmlParser().ParseDocument(html);
        return document.Body?.TextContent.Length ?? 0;
    }

    /// <summary>Imports the page: parsing, cell extraction, recognition, metadata, narrative and the log.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public ImportResult Import() => HtmlReportImporter.Import(html);
}

/// <summary>The pages the import benchmarks read, copied next to the benchmark assembly from <c>tests/TestData</c>.</summary>
public static class ImportFixtures
{
    /// <summary>Reads a page by file name.</summary>
    /// <param name="name">The file name.</param>
    /// <returns>The text.</returns>
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    /// <summary>Throws unless the import produced a report, so that a broken fixture fails instead of measuring nothing.</summary>
    /// <param name="result">The import.</param>
    /// <param name="name">The page's name, for the message.</param>
    public static void CheckReport(ImportResult result, string name)
    {
        if (result.Report is null)
        {
            throw new InvalidOperationException($"The page {name} did not import to a report:\n{result.Log.ToCanonicalText()}");
        }
    }
}

/// <summary>Adds the operations-per-second column: pages per second for the import benchmarks.</summary>
public sealed class PagesPerSecondConfig : ManualConfig
{
    /// <summary>Initializes the configuration.</summary>
    public PagesPerSecondConfig() => AddColumn(StatisticColumn.OperationsPerSecond);
}
