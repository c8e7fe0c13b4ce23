using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DisclosureModel.Tests;

public class SamplesTests
{
    private static readonly DisclosureReport Yeji = Samples.Yeji2020;

    [Fact]
    public void Yeji_metadata_is_as_printed()
    {
        var m = Yeji.Metadata;
        Assert.Equal("六安市叶集区融媒体中心", m.AgencyName);
        Assert.Equal(2020, m.ReportYear);
        Assert.Equal(FormatEdition.Edition2019, m.Edition);
        Assert.Equal(new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)), m.StatisticsPeriod);
        Assert.Equal(new LocalDateTime(2021, 1, 19, 8, 50), m.PublishedAt);
        Assert.Equal("0564-6499006", m.Contact?.Telephone);
        Assert.Equal(118, Yeji.Overview.ProactivelyDisclosedCount);

        // The seed's own words.
        var seed = TestData.Read("seed-yeji-2020.txt");
        Assert.Contains("2021-01-19 08:50", seed, StringComparison.Ordinal);
        Assert.Contains("主动公开信息118条", seed, StringComparison.Ordinal);
        Assert.Contains("数据统计期限为2020年1月1日至2020年12月31日", seed, StringComparison.Ordinal);
        Assert.Contains("地址:" + m.Contact!.Address, seed, StringComparison.Ordinal);
        Assert.Contains(m.DownloadLocation + "下载", seed, StringComparison.Ordinal);
    }

    [Fact]
    public void Yeji_narrative_is_exactly_the_seed_text()
    {
        var lines = TestData.SeedLines().Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Contains(Yeji.Preamble, lines);
        Assert.Contains(Yeji.Overview.Introduction, lines);
        Assert.Equal(5, Yeji.Overview.Parts.Count);
        foreach (var part in Yeji.Overview.Parts)
        {
            Assert.Contains(part.Heading + part.Text, lines);
        }

        foreach (var paragraph in Yeji.ProblemsAndImprovements.Split('\n'))
        {
            Assert.Contains(paragraph, lines);
        }

        Assert.Contains(Yeji.OtherMatters, lines);
    }

    [Fact]
    public void Yeji_section_three_matches_the_seed_cell_by_cell()
    {
        var cells = SeedCells(out var lines);
        var start = Array.IndexOf(lines, "三、收到和处理政府信息公开申请情况");
        Assert.True(start > 0);
        var position = start;
        var compared = 0;
        foreach (var row in ApplicationsLayout.GetRows(FormatEdition.Edition2019))
        {
            position = IndexOfLabel(lines, row.Label.Chinese, position);
            var printed = cells(position, 7);
            var counts = row.GetCounts(Yeji.Applications)!.Value;
            Assert.Equal(printed, ApplicantColumns.All.Select(c => counts[c]));
            compared += 7;
        }

        Assert.Equal(161, compared);
        Assert.All(ApplicationsLayout.GetRows(FormatEdition.Edition2019), r => Assert.Equal(ApplicantCounts.Zero, r.GetCounts(Yeji.Applications)));
    }

    [Fact]
    public void Yeji_section_four_matches_the_seed_cell_by_cell()
    {
        var cells = SeedCells(out var lines);
        var start = Array.IndexOf(lines, "四、政府信息公开行政复议、行政诉讼情况");
        var firstNumber = Array.FindIndex(lines, start, l => Regex.IsMatch(l, "^[0-9]+$"));
        var printed = cells(firstNumber - 1, 15);
        var model = ReviewAndLitigationLayout.Blocks.SelectMany(b => ReviewAndLitigationLayout.Columns.Select(c => Yeji.ReviewAndLitigation[b][c]));
        Assert.Equal(printed, model);
        Assert.Equal(ReviewAndLitigationTable.Zero, Yeji.ReviewAndLitigation);
    }

    [Fact]
    public void Yeji_section_two_matches_the_seed_cell_by_cell()
    {
        var cells = SeedCells(out var lines);
        var position = Array.IndexOf(lines, "二、主动公开政府信息情况");
        var compared = 0;
        foreach (var table in ProactiveDisclosureLayout.GetTables(FormatEdition.Edition2019))
        {
            foreach (var row in table.Rows)
            {
                position = IndexOfLabel(lines, row.Chinese, position);
                var printed = cells(position, table.Columns.Count);
                var model = table.Cells.Where(c => c.Row == row).Select(c => (int?)c.GetNumber(Yeji.ProactiveDisclosure));
                Assert.Equal(printed, model);
                compared += printed.Count;
            }
        }

        Assert.Equal(22, compared);
        Assert.Equal(new MoneyAmount(0m, null), ((ProactiveDisclosure2019)Yeji.ProactiveDisclosure).Article20Item9.CentralizedProcurement.TotalAmount);
    }

    [Fact]
    public void Pingtan_2022_matches_the_published_page()
    {
        var page = TestData.Read("004_pingtan-zone_2022.txt");
        var report = Samples.Pingtan2022;
        Assert.Contains("发布时间: 2023-02-20 15:07", page, StringComparison.Ordinal);
        Assert.Contains("原文链接: " + report.Metadata.SourceUrl!.OriginalString, page, StringComparison.Ordinal);
        Assert.Contains("共主动公开政府信息14571条", page, StringComparison.Ordinal);
        Assert.Contains(report.Preamble, page, StringComparison.Ordinal);
        Assert.Contains(report.OtherMatters, page, StringComparison.Ordinal);
        foreach (var part in report.Overview.Parts)
        {
            Assert.Contains(part.Heading + " " + part.Text, page, StringComparison.Ordinal);
        }

        // Section 二 runs its cells together: 行政规范性文件8855698 is 88, 55, 698.
        Assert.Contains("规章000行政规范性文件8855698第二十条第（五）项信息内容本年处理决定数量行政许可10690", page, StringComparison.Ordinal);
        Assert.Contains("行政处罚2113行政强制0第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费9116.36 ", page, StringComparison.Ordinal);

        // Section 三: each row label is followed by its seven cells run together (and perhaps the next row's number).
        var position = page.IndexOf("三、收到和处理政府信息公开申请情况", StringComparison.Ordinal);
        foreach (var row in ApplicationsLayout.GetRows(FormatEdition.Edition2021))
        {
            position = page.IndexOf(row.Label.Chinese, position, StringComparison.Ordinal);
            Assert.True(position > 0, row.Label.Chinese);
            position += row.Label.Chinese.Length;
            var digits = new StringBuilder();
            while (position < page.Length && (char.IsAsciiDigit(page[position]) || page[position] == ' '))
            {
                if (page[position] != ' ')
                {
                    digits.Append(page[position]);
                }

                position++;
            }

            var counts = row.GetCounts(report.Applications)!.Value;
            var expected = string.Concat(ApplicantColumns.All.Select(c => counts[c]!.Value.ToString(CultureInfo.InvariantCulture)));
            Assert.StartsWith(expected, digits.ToString(), StringComparison.Ordinal);
            Assert.InRange(digits.Length - expected.Length, 0, 1);
            position -= digits.Length - expected.Length;
        }

        // Section 四 prints its fifteen numbers separated by spaces.
        var printed = string.Join(' ', ReviewAndLitigationLayout.Blocks.Select(b => report.ReviewAndLitigation[b].ToString()));
        Assert.Equal("0 1 1 0 2 1 0 0 0 1 0 0 0 0 0", printed);
        Assert.Contains("尚未审结总计 " + printed + " 五、", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Pingtan_2022_tables_balance()
    {
        var a = Samples.Pingtan2022.Applications;
        foreach (var column in ApplicantColumns.All)
        {
            Assert.Equal(a.NewlyReceived[column] + a.CarriedOverFromLastYear[column], a.Outcomes.Total[column] + a.CarriedForwardToNextYear[column]);
        }

        Assert.Equal(a.Outcomes.Total, a.Outcomes.SumOfOutcomes());
        Assert.All(ApplicationsLayout.GetRows(FormatEdition.Edition2021), r => Assert.Equal((long?)r.GetCounts(a)!.Value.Total, r.GetCounts(a)!.Value.ApplicantSum));
        Assert.All(ReviewAndLitigationLayout.Blocks, b => Assert.Equal((long?)Samples.Pingtan2022.ReviewAndLitigation[b].Total, Samples.Pingtan2022.ReviewAndLitigation[b].ResultSum));
    }

    [Fact]
    public void Samples_are_listed_and_stable()
    {
        Assert.Equal([Samples.Yeji2020, Samples.Pingtan2022], Samples.All);
        Assert.Same(Samples.Yeji2020, Samples.Yeji2020);
        Assert.Equal([FormatEdition.Edition2019, FormatEdition.Edition2021], Samples.All.Select(s => s.Edition));
        Assert.All(Samples.All, s => Assert.Equal(s.Edition, s.ProactiveDisclosure.Edition));
        Assert.All(Samples.All, s => Assert.Equal(s.Edition, s.Applications.Edition));
    }

    // The seed prints one cell per line; labels may use half-width punctuation where the template uses full width.
    private static Func<int, int, List<int?>> SeedCells(out string[] lines)
    {
        var normalized = TestData.SeedLines().Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        lines = normalized;
        return (labelIndex, count) => [.. normalized.Skip(labelIndex + 1).Take(count).Select(v => (int?)int.Parse(v, CultureInfo.InvariantCulture))];
    }

    private static int IndexOfLabel(string[] lines, string label, int from)
    {
        var wanted = label.Normalize(NormalizationForm.FormKC);
        var index = Array.FindIndex(lines, from, l => l.Normalize(NormalizationForm.FormKC) == wanted);
        Assert.True(index >= 0, $"label {label} not found after line {from}");
        return index;
    }
}
