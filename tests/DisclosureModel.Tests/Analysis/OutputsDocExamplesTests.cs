using DisclosureModel.Analysis;
using DisclosureModel.Csv;
using DisclosureModel.Rendering;

namespace DisclosureModel.Tests.Analysis;

/// <summary>The examples of docs/outputs.md, compiled and checked.</summary>
public class OutputsDocExamplesTests
{
    [Fact]
    public void Cells_example()
    {
        var lines = ReportCells.GetCells(Samples.Pingtan2022).Where(c => c.Value > 100).Select(c => c.ToString()).ToList();
        Assert.Equal("proactiveDisclosure/article20Item1.normativeDocuments/inForce 第二十条第（一）项 行政规范性文件|现行有效件数: 698", lines[0]);
    }

    [Fact]
    public void Rendering_and_csv_examples()
    {
        var markdown = ReportRenderer.ToMarkdown(Samples.Pingtan2022);
        Assert.Contains("| 一、本年新收政府信息公开申请数量 | 71 | 3 | 0 | 0 | 0 | 0 | 74 |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| **三、本年度办理结果** |  |  |  |  |  |  |  |\n", markdown, StringComparison.Ordinal);
        Assert.StartsWith("<div class=\"disclosure-tables\">\n<style>\n", ReportRenderer.ToHtml(Samples.Pingtan2022), StringComparison.Ordinal);
        Assert.Contains("三、收到和处理政府信息公开申请情况\n\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n\n申请人情况\n\n自然人\n\n", ReportRenderer.ToText(Samples.Pingtan2022), StringComparison.Ordinal);

        var path = Path.Combine(Path.GetTempPath(), $"reports-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, ReportCsv.Format([Samples.Yeji2020, Samples.Pingtan2022]), ReportCsv.Encoding);
            Assert.NotEqual(0xEF, File.ReadAllBytes(path)[0]);
            var reports = ReportCsv.Parse(File.ReadAllText(path));
            Assert.Equal(2, reports.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Analysis_examples()
    {
        var district = ReportAggregator.Sum([Samples.Yeji2020, CorpusReports.Pingtan2020], "某某区", AgencyKind.CountyAggregate);
        Assert.Equal(2, district.Sources.Count);

        var older = EditionConverter.Convert(CorpusReports.Pingtan2020, FormatEdition.Edition2021).Report;
        var diff = ReportComparer.Compare(older, Samples.Pingtan2022);
        Assert.Contains("applications/newlyReceived/total 一、本年新收政府信息公开申请数量|总计: 21 → 74", diff.Changes.Select(c => c.ToString()));

        var conversion = EditionConverter.Convert(Samples.Pingtan2022, FormatEdition.Edition2019);
        Assert.True(conversion.IsLossy);
    }
}
