namespace DisclosureModel.Tests;

public class ReviewAndLitigationTableTests
{
    [Fact]
    public void FromPrintOrder_fills_the_three_blocks_in_print_order()
    {
        // Pingtan 2022 prints: 0 1 1 0 2 | 1 0 0 0 1 | 0 0 0 0 0
        int?[] cells = [0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0];
        var table = ReviewAndLitigationTable.FromPrintOrder(cells);
        Assert.Equal(new CaseResultCounts(0, 1, 1, 0, 2), table.AdministrativeReview);
        Assert.Equal(new CaseResultCounts(1, 0, 0, 0, 1), table.LitigationWithoutReview);
        Assert.Equal(CaseResultCounts.Zero, table.LitigationAfterReview);
        Assert.Equal(table.AdministrativeReview, table[CaseBlock.AdministrativeReview]);
        Assert.Equal(Samples.Pingtan2022.ReviewAndLitigation, table);
    }

    [Fact]
    public void FromPrintOrder_requires_fifteen_cells()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReviewAndLitigationTable.FromPrintOrder(new int?[14]));
        Assert.Contains("14", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_reject_negative_counts_and_sum_their_results()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CaseResultCounts(0, -1, 0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseResultCounts.Zero with { Pending = -1 });
        var block = CaseResultCounts.FromResults(1, 2, 3, 4);
        Assert.Equal(10, block.Total);
        Assert.Equal(10, block.ResultSum);
        Assert.Equal(new CaseResultCounts(2, 4, 6, 8, 20), block + block);
        Assert.Equal("1 2 3 4 10", block.ToString());
        Assert.Equal(5, block.With(CaseResultColumn.Pending, 5)[CaseResultColumn.Pending]);
    }

    [Fact]
    public void Labels_follow_the_template()
    {
        Assert.Equal(["行政复议", "未经复议直接起诉", "复议后起诉"], ReviewAndLitigationLayout.Blocks.Select(b => b.GetLabel().Chinese));
        Assert.Equal(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"], ReviewAndLitigationLayout.Columns.Select(c => c.GetLabel().Chinese));
        Assert.Equal("行政诉讼", ReviewAndLitigationLayout.LitigationGroupLabel.Chinese);
        Assert.Equal("ReviewAndLitigation.LitigationAfterReview", ReviewAndLitigationLayout.GetPropertyPath(CaseBlock.LitigationAfterReview));
    }
}
