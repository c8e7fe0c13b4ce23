using AngleSharp.Html.Parser;
using DisclosureModel.Import;

namespace DisclosureModel.Html.Tests.Docs;

/// <summary>The examples of src/DisclosureModel.Html/PACKAGE.md, compiled and run (compared by the core tests' SnippetTests).</summary>
public class HtmlSnippets
{
    [Fact]
    public void PackageReadme()
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "html", "pingtan-2022.html"));
        var lines = new List<string>();

        #region html-package-readme
        ImportResult result = HtmlReportImporter.Import(html, new ImportOptions { AgencyKind = AgencyKind.Government });
        if (result.Report is { } report)
        {
            lines.Add($"{report.Metadata.AgencyName} {report.Metadata.ReportYear}: {report.Applications.NewlyReceived.Total} new applications");
        }

        foreach (var diagnostic in result.Log.Diagnostics)
        {
            lines.Add($"{diagnostic.Severity} {diagnostic.Code} at {diagnostic.Location}: {diagnostic.Message}");
        }
        #endregion

        Assert.Equal("平潭综合实验区 2022: 74 new applications", lines[0]);
    }

    [Fact]
    public void PackageReadmeCells()
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "html", "pingtan-2022.html"));
        var lines = new List<string>();

        #region html-package-readme-cells
        using var document = new HtmlParser().ParseDocument(html);
        foreach (SourceCell cell in HtmlReportImporter.ExtractCells(document))
        {
            if (cell.Position is { } position && cell.Text.Trim() == "71")
            {
                // table[3]/tr[4]/td[2] -> table[3]/r4c4: the label cell td[1] spans grid columns 1-3
                lines.Add($"{cell.Location.Path} -> {position}");
            }
        }
        #endregion

        Assert.Equal("table[3]/tr[4]/td[2] -> table[3]/r4c4", lines[0]);
    }
}
