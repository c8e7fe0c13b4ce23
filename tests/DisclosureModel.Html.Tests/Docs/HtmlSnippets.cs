using DisclosureModel.Import;

namespace DisclosureModel.Html.Tests.Docs;

/// <summary>The example of src/DisclosureModel.Html/PACKAGE.md, compiled and run (compared by the core tests' SnippetTests).</summary>
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
}
