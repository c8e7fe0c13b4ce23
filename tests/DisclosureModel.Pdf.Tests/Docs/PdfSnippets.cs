using DisclosureModel.Import;

namespace DisclosureModel.Pdf.Tests.Docs;

/// <summary>The examples of src/DisclosureModel.Pdf/PACKAGE.md and docs/import.md, compiled and run (compared by the core tests' SnippetTests).</summary>
public class PdfSnippets
{
    [Fact]
    public void PackageReadme()
    {
        #region pdf-package-readme
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "pdf", "hongze-district-gov_2024.pdf");
        var lines = new List<string>();
        ImportResult result = PdfReportImporter.Import(File.ReadAllBytes(path), new ImportOptions { AgencyKind = AgencyKind.Government });
        if (result.Report is { } report)
        {
            lines.Add($"{report.Metadata.AgencyName} {report.Metadata.ReportYear}: {report.Applications.NewlyReceived.Total} new applications");
        }

        foreach (var diagnostic in result.Log.Diagnostics.Where(d => d.Severity == ImportSeverity.Error))
        {
            // NoTextLayer (a scan: OCR first), DocumentEncrypted, DocumentMalformed, DocumentLimitExceeded, or a table problem
            lines.Add($"{diagnostic.Code} at {diagnostic.Location.Path}: {diagnostic.Message}");
        }
        #endregion

        Assert.Equal(["淮安市洪泽区人民政府 2024: 95 new applications"], lines);
    }

    [Fact]
    public void PackageReadmeCells()
    {
        #region pdf-package-readme-cells
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "pdf", "hongze-district-gov_2023.pdf");
        var lines = new List<string>();
        foreach (SourceCell cell in PdfReportImporter.ExtractCells(File.ReadAllBytes(path)))
        {
            if (cell.Text.StartsWith("（二）部分公开", StringComparison.Ordinal))
            {
                // page[3]/table[2]/r7c2 table[3]/r7c2+1x2 page[3]: a wrapped label, one cell, with its grid position and page
                lines.Add($"{cell.Location.Path} {cell.Position} page[{cell.Region!.Page}]");
            }
        }
        #endregion

        Assert.Equal(["page[3]/table[2]/r7c2 table[3]/r7c2+1x2 page[3]"], lines);
    }
}
