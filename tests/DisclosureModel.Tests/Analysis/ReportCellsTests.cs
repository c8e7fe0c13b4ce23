using DisclosureModel.Analysis;

namespace DisclosureModel.Tests.Analysis;

public class ReportCellsTests
{
    [Theory]
    [InlineData(FormatEdition.Edition2019, 198)]
    [InlineData(FormatEdition.Edition2021, 200)]
    public void Every_cell_is_listed_once_with_a_unique_key_and_path(FormatEdition edition, int count)
    {
        var cells = ReportCells.GetCells(Samples.All.Single(s => s.Edition == edition));
        Assert.Equal(count, cells.Count);
        Assert.Equal(count, ReportCells.GetCellCount(edition));
        Assert.Equal(count, cells.Select(c => c.Key).Distinct().Count());
        Assert.Equal(count, cells.Select(c => c.PropertyPath).Distinct().Count());
        Assert.Equal(ProactiveDisclosureLayout.GetCells(edition).Select(c => c.PropertyPath), cells.Take(ProactiveDisclosureLayout.GetCells(edition).Count).Select(c => c.PropertyPath));
    }

    [Fact]
    public void Cells_read_the_values_their_paths_name()
    {
        var cells = ReportCells.GetCells(Samples.Pingtan2022).ToDictionary(c => c.PropertyPath);
        Assert.Equal(74m, cells["Applications.NewlyReceived.Total"].Value);
        Assert.Equal(2m, cells["Applications.Outcomes.OtherHandling.CorrectionNotSubmitted.NaturalPerson"].Value);
        Assert.Equal(2m, cells["ReviewAndLitigation.AdministrativeReview.Total"].Value);
        Assert.Equal(9116.36m, cells["ProactiveDisclosure.Article20Item8.AdministrativeFees"].Value);
        Assert.Null(cells["ProactiveDisclosure.Article20Item8.AdministrativeFees"].Unit);
        var amount = ReportCells.GetCells(CorpusReports.Pingtan2020).Single(c => c.PropertyPath == "ProactiveDisclosure.Article20Item9.CentralizedProcurement.TotalAmount");
        Assert.Equal((73802895.90m, MoneyUnit.Yuan), (amount.Value!.Value, amount.Unit!.Value));
        Assert.Equal("73802895.90元", amount.FormatValue());
        Assert.Equal("proactiveDisclosure/article20Item9.centralizedProcurement/procurementTotalAmount", amount.Key);
    }

    [Fact]
    public void Building_from_the_cells_gives_the_tables_back()
    {
        foreach (var report in Samples.All.Append(CorpusReports.Pingtan2020))
        {
            var catalog = CellCatalog.Get(report.Edition);
            var cells = ReportCells.GetCells(report).ToDictionary(c => c.Key);
            var rebuilt = catalog.Build(report, [.. catalog.Cells.Select(d => new CellValue(cells[d.Key].Value, cells[d.Key].Unit))]);
            Assert.Equal(report, rebuilt);
        }
    }
}
