using DisclosureModel.Analysis;
using Snapshooter.Xunit;

namespace DisclosureModel.Tests.Analysis;

public class ReportComparerTests
{
    [Fact]
    public void A_report_compared_with_itself_has_no_changes()
    {
        var diff = ReportComparer.Compare(Samples.Pingtan2022, Samples.Pingtan2022);
        Assert.False(diff.HasChanges);
        Assert.Empty(diff.Changes);
        Assert.Equal(Samples.Pingtan2022.Metadata, diff.New);
    }

    [Fact]
    public void Two_years_of_Pingtan_compared_after_converting_2020_to_the_2021_format()
    {
        // Real corpus: the zone's 2020 report (2019 format) and its 2022 report (2021 format).
        var older = EditionConverter.Convert(CorpusReports.Pingtan2020, FormatEdition.Edition2021).Report;
        var diff = ReportComparer.Compare(older, Samples.Pingtan2022);
        Assert.All(diff.Changes, c => Assert.Equal(CellChangeKind.Changed, c.Kind));
        Snapshot.Match(string.Join('\n', diff.Changes) + "\n");

        var total = diff.Changes.Single(c => c.PropertyPath == "Applications.NewlyReceived.Total");
        Assert.Equal((21m, 74m, 53m), (total.OldValue!.Value, total.NewValue!.Value, total.Delta));
        Assert.Equal("一、本年新收政府信息公开申请数量", total.Cell.Row.Chinese);
        Assert.Equal("总计", total.Cell.Column.Chinese);
        Assert.Equal("applications/newlyReceived/total 一、本年新收政府信息公开申请数量|总计: 21 → 74", total.ToString());

        // Converted cells the 2019 format could not fill are blank, so they differ from 2022's numbers.
        var repealed = diff.Changes.Single(c => c.PropertyPath == "ProactiveDisclosure.Article20Item1.NormativeDocuments.RepealedThisYear");
        Assert.Null(repealed.OldValue);
        Assert.Equal(55m, repealed.NewValue);
        Assert.DoesNotContain(diff.Changes, c => c.PropertyPath == "ReviewAndLitigation.LitigationAfterReview.Total");
    }

    [Fact]
    public void Reports_of_different_editions_show_the_cells_only_one_has()
    {
        var diff = ReportComparer.Compare(CorpusReports.Pingtan2020, Samples.Pingtan2022);
        var removed = diff.Changes.Where(c => c.Kind == CellChangeKind.Removed).ToList();
        var added = diff.Changes.Where(c => c.Kind == CellChangeKind.Added).ToList();
        Assert.Equal(22 + 7, removed.Count);   // Section 二 of 2019 and the single （六） row
        Assert.Equal(10 + 21, added.Count);    // Section 二 of 2021 and the three （六） rows
        Assert.All(removed, c => Assert.Null(c.New));
        Assert.All(added, c => Assert.Null(c.Old));
        Assert.Equal(diff.Changes.Count, diff.Changes.Select(c => c.Key).Distinct().Count());
        Assert.Equal("proactiveDisclosure/article20Item9.centralizedProcurement/procurementTotalAmount 第二十条第（九）项 政府集中采购|采购总金额: 73802895.90元 → —",
            removed.Single(c => c.PropertyPath.EndsWith("TotalAmount", StringComparison.Ordinal)).ToString());
    }

    [Fact]
    public void A_blank_differs_from_zero_and_a_unit_change_is_a_change()
    {
        var blank = Samples.Yeji2020 with { ReviewAndLitigation = Samples.Yeji2020.ReviewAndLitigation with { AdministrativeReview = CaseResultCounts.Zero with { Total = null } } };
        var change = Assert.Single(ReportComparer.Compare(Samples.Yeji2020, blank).Changes);
        Assert.Equal("ReviewAndLitigation.AdministrativeReview.Total", change.PropertyPath);
        Assert.Equal((0m, (decimal?)null), (change.OldValue!.Value, change.NewValue));
        Assert.EndsWith(": 0 → _", change.ToString(), StringComparison.Ordinal);

        var yuan = CorpusReports.Pingtan2020;
        var tenThousand = yuan with { ProactiveDisclosure = ((ProactiveDisclosure2019)yuan.ProactiveDisclosure) with { Article20Item9 = new() { CentralizedProcurement = new(395, new MoneyAmount(73802895.90m, MoneyUnit.TenThousandYuan)) } } };
        Assert.Single(ReportComparer.Compare(yuan, tenThousand).Changes);
        var scaled = yuan with { ProactiveDisclosure = ((ProactiveDisclosure2019)yuan.ProactiveDisclosure) with { Article20Item9 = new() { CentralizedProcurement = new(395, new MoneyAmount(73802895.9m, MoneyUnit.Yuan)) } } };
        Assert.Empty(ReportComparer.Compare(yuan, scaled).Changes);
    }

    [Fact]
    public void Null_reports_are_rejected()
    {
        Assert.Throws<ArgumentNullException>("older", () => ReportComparer.Compare(null!, Samples.Yeji2020));
        Assert.Throws<ArgumentNullException>("newer", () => ReportComparer.Compare(Samples.Yeji2020, null!));
    }
}
