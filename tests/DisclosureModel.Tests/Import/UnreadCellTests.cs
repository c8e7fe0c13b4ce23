using DisclosureModel.Import;

namespace DisclosureModel.Tests.Import;

/// <summary>
/// "Unread is not blank": the importer lists every cell it could not read in <see cref="DisclosureReport.UnreadCells"/>,
/// derived in one place from the blank cells under the path of an error diagnostic.
/// </summary>
public class UnreadCellTests
{
    /// <summary>
    /// The real Pingtan 2022 page with the digits of （二）部分公开 removed (the row's label is followed by no number) and
    /// without the two numbers its Section 一 states about 行政规范性文件 (which would settle the run-together
    /// <c>8855698</c>): unread cells of two reasons.
    /// </summary>
    internal static ImportResult Pingtan2022WithoutPartiallyDisclosed()
    {
        var text = WithoutStatements(TestData.Read("004_pingtan-zone_2022.txt"));
        const string row = "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 8100009";
        Assert.Equal(1, CountOf(text, row));
        return ReportImporter.ImportText(text.Replace(row, row[..^" 8100009".Length], StringComparison.Ordinal), new ImportOptions { AgencyKind = AgencyKind.Government });
    }

    /// <summary>Removes the numbers Section 一 of the Pingtan 2022 page states about 行政规范性文件.</summary>
    internal static string WithoutStatements(string text)
    {
        const string statements = "集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件";
        Assert.Equal(1, CountOf(text, statements));
        return text.Replace(statements, "集中公开现行有效行政规范性文件，动态更新本年度制发的规范性文件", StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_without_numbers_is_unread_cell_by_cell_and_every_other_cell_is_read_exactly()
    {
        var result = Pingtan2022WithoutPartiallyDisclosed();
        var report = result.Report!;
        var original = ReportImporter.ImportText(WithoutStatements(TestData.Read("004_pingtan-zone_2022.txt")), new ImportOptions { AgencyKind = AgencyKind.Government }).Report!;
        var catalog = CellCatalog.Edition2021;
        var row = catalog.Cells.Where(c => c.PropertyPath.StartsWith("Applications.Outcomes.PartiallyDisclosed.", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, row.Count);

        var error = Assert.Single(result.Log.Diagnostics, d => d.Severity == ImportSeverity.Error && d.PropertyPath == "Applications.Outcomes.PartiallyDisclosed");
        Assert.Equal(ImportDiagnosticCode.UnreadableCells, error.Code);
        var expected = original.UnreadCells.Concat(row.Select(c => new UnreadCell
        {
            PropertyPath = c.PropertyPath,
            Code = ImportDiagnosticCode.UnreadableCells,
            Message = error.Message,
            ChineseMessage = error.ChineseMessage,
            Seen = error.Seen,
            Candidates = error.Candidates,
        })).OrderBy(u => catalog.Find(u.PropertyPath)!.Index);
        Assert.Equal(expected, report.UnreadCells);
        Assert.Equal(report.UnreadCells, result.Log.UnreadCells);
        Assert.Equal(200 - report.UnreadCells.Count, result.Log.CellsRead);

        // Every cell: unread and blank, or read exactly as on the untouched page.
        var unread = report.UnreadCells.Select(u => u.PropertyPath).ToHashSet();
        Assert.All(catalog.Cells, cell =>
        {
            if (unread.Contains(cell.PropertyPath))
            {
                Assert.True(cell.GetValue(report).IsBlank, cell.ToString());
            }
            else
            {
                Assert.Equal(cell.GetValue(original), cell.GetValue(report));
            }
        });
    }

    [Fact]
    public void The_real_2020_page_lists_exactly_the_cells_of_its_ambiguous_runs()
    {
        var result = CorpusReports.Pingtan2020Import;
        var report = result.Report!;
        var errors = result.Log.Diagnostics.Where(d => d.Severity == ImportSeverity.Error).ToList();
        Assert.All(errors, e => Assert.Equal(ImportDiagnosticCode.AmbiguousSplit, e.Code));
        Assert.Equal(6, errors.Count);

        // Unread: the cells of those rows, with their diagnostic's reason and candidates; read: every other cell, as the
        // completed report has it (which differs only in the cells completed by hand).
        var catalog = CellCatalog.Edition2019;
        var completed = CorpusReports.Pingtan2020;
        Assert.Equal(17, report.UnreadCells.Count);
        Assert.All(catalog.Cells, cell =>
        {
            var error = errors.SingleOrDefault(e => cell.PropertyPath.StartsWith(e.PropertyPath + ".", StringComparison.Ordinal));
            var unread = report.UnreadCells.SingleOrDefault(u => u.PropertyPath == cell.PropertyPath);
            if (error is null)
            {
                Assert.Null(unread);
                Assert.Equal(cell.GetValue(completed), cell.GetValue(report));
            }
            else
            {
                Assert.NotNull(unread);
                Assert.True(cell.GetValue(report).IsBlank);
                Assert.Equal((error.Code, error.Message, error.ChineseMessage, error.Seen, error.Candidates), (unread.Code, unread.Message, unread.ChineseMessage, unread.Seen, unread.Candidates));
            }
        });
        Assert.Contains(report.UnreadCells, u => u.Candidates.Contains("77 77 166"));
    }

    [Fact]
    public void A_missing_table_makes_all_its_cells_unread_and_a_clean_page_none()
    {
        var text = TestData.Read("004_pingtan-zone_2022.txt");
        var start = text.IndexOf("四、政府信息公开行政法复议", StringComparison.Ordinal);
        var end = text.IndexOf("五、存在的主要问题", StringComparison.Ordinal);
        var result = ReportImporter.ImportText(text[..start] + text[end..], new ImportOptions { AgencyKind = AgencyKind.Government });
        var section4 = CellCatalog.Edition2021.GetCells(StatutoryTable.ReviewAndLitigation);
        Assert.Equal(
            section4.Select(c => (c.PropertyPath, ImportDiagnosticCode.TableMissing)),
            result.Report!.UnreadCells.Where(u => u.PropertyPath.StartsWith("ReviewAndLitigation.", StringComparison.Ordinal)).Select(u => (u.PropertyPath, u.Code)));

        var seed = ReportImporter.ImportText(string.Join('\n', TestData.SeedLines()), new ImportOptions { AgencyKind = AgencyKind.Department });
        Assert.Empty(seed.Report!.UnreadCells);
        Assert.Equal(198, seed.Log.CellsRead);
        Assert.Contains("cells: 198 read, 0 unread\n", seed.Log.ToCanonicalText(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_log_summarises_the_unread_cells_by_reason()
    {
        var log = Pingtan2022WithoutPartiallyDisclosed().Log.ToCanonicalText();
        Assert.Contains(
            "cells: 190 read, 10 unread\n  unread 3 AmbiguousSplit: ProactiveDisclosure.Article20Item1.NormativeDocuments\n  unread 7 UnreadableCells: Applications.Outcomes.PartiallyDisclosed\n",
            log,
            StringComparison.Ordinal);
        Assert.Null(ReportImporter.ImportText("今日天气晴。").Log.CellsRead);
        Assert.DoesNotContain("cells:", ReportImporter.ImportText("今日天气晴。").Log.ToCanonicalText(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_checks_the_unread_cells_it_can_check_alone()
    {
        UnreadCell Cell(string path) => new() { PropertyPath = path, Code = ImportDiagnosticCode.RowMissing, Message = "m", ChineseMessage = "中" };
        Assert.Throws<ArgumentException>("value", () => Cell("Applications.NewlyReceived"));
        Assert.Throws<ArgumentException>("value", () => Cell("applications.newlyReceived.total"));
        Assert.Throws<ArgumentOutOfRangeException>("Code", () => Cell("Applications.NewlyReceived.Total") with { Code = (ImportDiagnosticCode)999 });
        Assert.Throws<ArgumentException>("value", () => Samples.Yeji2020 with { UnreadCells = [Cell("Applications.NewlyReceived.Total"), Cell("Applications.NewlyReceived.Total")] });
        Assert.Throws<ArgumentException>("value", () => Samples.Yeji2020 with { UnreadCells = [null!] });
        Assert.Empty((Samples.Yeji2020 with { UnreadCells = null! }).UnreadCells);

        // Both editions' paths are cells; whether one is of the report's edition is the validators' (U2).
        Assert.Equal("ProactiveDisclosure.Article20Item9.CentralizedProcurement.TotalAmount", Cell("ProactiveDisclosure.Article20Item9.CentralizedProcurement.TotalAmount").PropertyPath);
        Assert.Equal("中", Cell("ReviewAndLitigation.AdministrativeReview.Total").GetMessage(DisclosureModel.Validation.ValidationLanguage.Chinese));
        Assert.Equal("ReviewAndLitigation.AdministrativeReview.Total: RowMissing: m", Cell("ReviewAndLitigation.AdministrativeReview.Total").ToString());
        Assert.Equal(Cell("Applications.NewlyReceived.Total"), Cell("Applications.NewlyReceived.Total"));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
