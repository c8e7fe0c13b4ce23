using AngleSharp.Html.Parser;
using DisclosureModel.Import;

namespace DisclosureModel.Html.Tests.Docs;

/// <summary>The examples of src/DisclosureModel.Html/PACKAGE.md, compiled and run (compared by the core tests' SnippetTests).</summary>
public class HtmlSnippets
{
    private static readonly AsyncLocal<List<string>> Output = new();

    [Fact]
    public void PackageReadme()
    {
        var lines = new List<string>();
        Output.Value = lines;

        #region html-package-readme
        string html = File.ReadAllText("pingtan-2022.html");   // a saved report page
        ImportResult result = HtmlReportImporter.Import(html, new ImportOptions { AgencyKind = AgencyKind.Government });
        if (result.Report is { } report)
        {
            Console.WriteLine($"{report.Metadata.AgencyName} {report.Metadata.ReportYear}: {report.Applications.NewlyReceived.Total} new applications");
        }

        foreach (var diagnostic in result.Log.Diagnostics)
        {
            Console.WriteLine($"{diagnostic.Severity} {diagnostic.Code} at {diagnostic.Location}: {diagnostic.Message}");
        }
        #endregion

        Assert.Equal("平潭综合实验区 2022: 74 new applications", lines[0]);
    }

    [Fact]
    public void PackageReadmeCells()
    {
        var lines = new List<string>();
        Output.Value = lines;

        #region html-package-readme-cells
        string html = File.ReadAllText("pingtan-2022.html");
        using var document = new HtmlParser().ParseDocument(html);
        foreach (SourceCell cell in HtmlReportImporter.ExtractCells(document))
        {
            if (cell.Position is { } position && cell.Text.Trim() == "71")
            {
                // table[3]/tr[4]/td[2] -> table[3]/r4c4: the label cell td[1] spans grid columns 1-3
                Console.WriteLine($"{cell.Location.Path} -> {position}");
            }
        }
        #endregion

        Assert.Equal("table[3]/tr[4]/td[2] -> table[3]/r4c4", lines[0]);
    }

    /// <summary>Stands in for <see cref="System.IO.File"/> inside the snippets: the pages they read are test data.</summary>
    private static class File
    {
        public static string ReadAllText(string path) => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "html", path));
    }

    /// <summary>Stands in for <see cref="System.Console"/> inside the snippets, so their output can be checked.</summary>
    private static class Console
    {
        public static void WriteLine(string value) => Output.Value!.Add(value);
    }
}
