using DisclosureModel.Import;

namespace DisclosureModel.Word.Tests.Docs;

/// <summary>The examples of src/DisclosureModel.Word/PACKAGE.md and docs/outputs.md, compiled and run (compared by the core tests' SnippetTests).</summary>
public sealed class WordSnippets
{
    [Fact]
    public async Task WriteAndRead()
    {
        await Write();
        Assert.Equal(["平潭综合实验区 2022: 74 new applications"], await Read());
    }

    private static async Task Write()
    {
        #region word-package-readme-write
        string path = Path.Combine(Path.GetTempPath(), "pingtan-2022.docx");
        await using (var file = File.Create(path))
        {
            await DocxReportWriter.WriteAsync(Samples.Pingtan2022, file);
        }
        #endregion
    }

    private static async Task<List<string>> Read()
    {
        #region word-package-readme-read
        string path = Path.Combine(Path.GetTempPath(), "pingtan-2022.docx");
        var lines = new List<string>();
        await using var stream = File.OpenRead(path);
        ImportResult result = await DocxReportImporter.ImportAsync(stream, new ImportOptions { AgencyKind = AgencyKind.Government });
        if (result.Report is { } report)
        {
            lines.Add($"{report.Metadata.AgencyName} {report.Metadata.ReportYear}: {report.Applications.NewlyReceived.Total} new applications");
        }

        foreach (var diagnostic in result.Log.Diagnostics.Where(d => d.Severity == ImportSeverity.Error))
        {
            lines.Add($"{diagnostic.Code} at {diagnostic.Location.Path}: {diagnostic.Message}");
        }
        #endregion

        return lines;
    }

    [Fact]
    public void Cells()
    {
        #region word-package-readme-cells
        byte[] bytes = DocxReportWriter.ToBytes(Samples.Pingtan2022);
        var lines = new List<string>();
        foreach (SourceCell cell in DocxReportImporter.ExtractCells(bytes))
        {
            if (cell.Position is { RowSpan: > 1 } or { ColumnSpan: > 1 })
            {
                lines.Add($"{cell.Location.Path} {cell.Position}: {cell.Text}");   // table[5]/r1c4 table[5]/r1c4+1x7: 申请人情况
            }
        }
        #endregion

        Assert.Contains("table[5]/r1c4 table[5]/r1c4+1x7: 申请人情况", lines);
    }
}
