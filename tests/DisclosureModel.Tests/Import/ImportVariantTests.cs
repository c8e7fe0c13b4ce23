using DisclosureModel.Import;
using DisclosureModel.Validation;

namespace DisclosureModel.Tests.Import;

/// <summary>The variants real pages show (docs/import.md, "Tolerated variants"), each applied to the seed page.</summary>
public class ImportVariantTests
{
    private static readonly ImportOptions Department = new() { AgencyKind = AgencyKind.Department };

    private static string Seed => TestData.Read("seed-yeji-2020.txt").Replace("\r\n", "\n", StringComparison.Ordinal);

    private static ImportResult Import(string text) => ReportImporter.ImportText(text, Department);

    /// <summary>Replaces the seven zeros after a Section 三 row label.</summary>
    private static string WithRow(string text, string label, params string[] cells)
    {
        var zeros = "\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n";
        var at = text.IndexOf(label + zeros, StringComparison.Ordinal);
        Assert.True(at >= 0, label);
        return string.Concat(text.AsSpan(0, at), label + "\n\n" + string.Join("\n\n", cells) + "\n", text.AsSpan(at + label.Length + zeros.Length));
    }

    [Theory]
    [InlineData("规章", "规 章")]
    [InlineData("3.危及“三安全一稳定”", "3.危及\"三安全一稳定\"")]
    [InlineData("1.属于国家秘密", "1、属于国家秘密")]
    [InlineData("2.重复申请", "2．重复申请")]
    [InlineData("(本列数据的勾稽关系为", "（本列数据的勾稽关系为")]
    [InlineData("第二十条第(一)项", "第二十条 第（一）项")]
    [InlineData("社会公益组织", "社会公益\n组织")]
    [InlineData("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "(二)部分公开\n(区分处理的,只计这一\n情形,不计其他情形)")]
    [InlineData("四、结转下年度继续办理", "四、结转下年度继续办理　")]
    public void Tolerated_spelling_gives_the_same_report(string printed, string variant)
    {
        Assert.Contains(printed, Seed, StringComparison.Ordinal);
        var result = Import(Seed.Replace(printed, variant, StringComparison.Ordinal));

        Assert.True(result.IsComplete, result.Log.ToCanonicalText());
        Assert.Equal(Samples.Yeji2020, result.Report);
    }

    [Fact]
    public void Full_width_digits_are_read()
    {
        var text = WithRow(Seed, "(一)予以公开", "３", "０", "０", "０", "０", "１", "４");

        var counts = Import(text).Report!.Applications.Outcomes.Disclosed;

        Assert.Equal(new ApplicantCounts(3, 0, 0, 0, 0, 1, 4), counts);
    }

    [Fact]
    public void Heji_is_read_as_zongji_and_logged()
    {
        var result = Import(Seed.Replace("(七)总计", "(七)合计", StringComparison.Ordinal));

        Assert.Equal(Samples.Yeji2020, result.Report);
        var variant = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.LabelVariant && d.Seen == "(七)合计");
        Assert.Equal("（七）总计", variant.Expected);
        Assert.Equal("Applications.Outcomes.Total", variant.PropertyPath);
    }

    [Fact]
    public void Thousands_separators_money_units_and_signed_changes_are_read()
    {
        var text = Seed
            .Replace("政府集中采购\n\n0\n\n0", "政府集中采购\n\n1,234\n\n73802895.90元", StringComparison.Ordinal)
            .Replace("行政处罚\n\n0\n\n0\n\n0", "行政处罚\n\n2648\n\n-18\n\n538", StringComparison.Ordinal)
            .Replace("行政事业性收费\n\n0\n\n0", "行政事业性收费\n\n35\n\n－15", StringComparison.Ordinal);

        var proactive = (ProactiveDisclosure2019)Import(text).Report!.ProactiveDisclosure;

        Assert.Equal(new ProcurementCounts2019(1234, new MoneyAmount(73802895.90m, MoneyUnit.Yuan)), proactive.Article20Item9.CentralizedProcurement);
        Assert.Equal(new MatterCounts2019(2648, -18, 538), proactive.Article20Item6.AdministrativePenalty);
        Assert.Equal(new FeeItemCounts2019(35, -15), proactive.Article20Item8.AdministrativeFees);
    }

    [Fact]
    public void Blank_cells_are_read_as_0_only_where_the_row_adds_up_without_them()
    {
        var text = WithRow(Seed, "(一)予以公开", "5", "—", "—", "/", "-", "-", "5");
        text = WithRow(text, "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "5", "-", "0", "0", "0", "0", "-");
        var result = Import(text);
        var outcomes = result.Report!.Applications.Outcomes;

        Assert.Equal(new ApplicantCounts(5, 0, 0, 0, 0, 0, 5), outcomes.Disclosed);
        Assert.Equal(new ApplicantCounts(5, null, 0, 0, 0, 0, null), outcomes.PartiallyDisclosed);
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.BlankReadAsZero && d.PropertyPath == "Applications.Outcomes.Disclosed");
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.BlankCell && d.PropertyPath == "Applications.Outcomes.PartiallyDisclosed");
    }

    [Fact]
    public void A_2021_page_printing_gui_fan_xing_wen_jian_is_read_with_a_warning()
    {
        var text = TestData.Read("004_pingtan-zone_2022.txt").Replace("行政规范性文件8855698", "规范性文件88 55 698", StringComparison.Ordinal);

        var result = ReportImporter.ImportText(text);

        Assert.Equal(FormatEdition.Edition2021, result.Log.Edition);
        Assert.Equal(new DocumentCounts2021(88, 55, 698), ((ProactiveDisclosure2021)result.Report!.ProactiveDisclosure).Article20Item1.NormativeDocuments);
        var variant = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.LabelVariant && d.Seen == "规范性文件");
        Assert.Equal("行政规范性文件", variant.Expected);
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.EditionConflict);
    }

    [Fact]
    public void Spaces_in_a_flattened_row_are_cell_borders()
    {
        var text = TestData.Read("004_pingtan-zone_2022.txt").Replace("713000074", "71 3 0 0 0 0 74", StringComparison.Ordinal);

        var result = ReportImporter.ImportText(text);

        Assert.Equal(new ApplicantCounts(71, 3, 0, 0, 0, 0, 74), result.Report!.Applications.NewlyReceived);
        Assert.DoesNotContain(result.Log.Diagnostics, d => d.PropertyPath == "Applications.NewlyReceived");
    }

    [Fact]
    public void A_row_the_rules_cannot_decide_is_left_blank_with_its_candidates()
    {
        // 1 1 0 0 0 0 2 and 11 0 0 0 0 0 11 … : several splits of this run balance.
        var text = TestData.Read("004_pingtan-zone_2022.txt").Replace("1000001三、本年度办理结果", "110000011三、本年度办理结果", StringComparison.Ordinal);

        var result = ReportImporter.ImportText(text);

        Assert.True(result.Report!.Applications.CarriedOverFromLastYear.IsBlank);
        var diagnostic = Assert.Single(result.Log.Diagnostics, d => d.PropertyPath == "Applications.CarriedOverFromLastYear" && d.Code == ImportDiagnosticCode.AmbiguousSplit);
        Assert.Contains("11 0 0 0 0 0 11", diagnostic.Candidates);
        Assert.Contains("1 10 0 0 0 0 11", diagnostic.Candidates);
    }

    [Fact]
    public void An_ambiguous_row_is_decided_by_the_column_identities_when_only_one_candidate_fits()
    {
        // "110000011" balances as 11 0 0 0 0 0 11 and as 1 10 0 0 0 0 11; only the first makes （七）总计 the sum of
        // the outcomes (R2) in every column.
        var text = WithRow(Seed, "一、本年新收政府信息公开申请数量", "11", "0", "0", "0", "0", "0", "11");
        text = WithRow(text, "(一)予以公开", "110000011");
        text = WithRow(text, "(七)总计", "11", "0", "0", "0", "0", "0", "11");

        var result = Import(text);

        Assert.Equal(new ApplicantCounts(11, 0, 0, 0, 0, 0, 11), result.Report!.Applications.Outcomes.Disclosed);
        var decided = Assert.Single(result.Log.Diagnostics, d => d.PropertyPath == "Applications.Outcomes.Disclosed" && d.Code == ImportDiagnosticCode.DigitsSplit);
        Assert.Equal(ImportMessages.DecidedByColumnIdentities.Id, decided.MessageId);
        Assert.Equal(ImportMessages.DecidedByColumnIdentities.FormatEnglish(("rule", "R2")), decided.Message);
        Assert.Equal(ImportMessages.DecidedByColumnIdentities.FormatChinese(("rule", "R2")), decided.ChineseMessage);
        Assert.Equal(["11 0 0 0 0 0 11"], decided.Candidates);

        // Once decided, the row's AmbiguousSplit error is gone from the log: the import is complete.
        Assert.DoesNotContain(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.AmbiguousSplit);
        Assert.True(result.IsComplete);
    }
}

public class ImportSectionFourTests
{
    [Fact]
    public void Fifteen_numbers_run_together_are_split_by_the_block_totals()
    {
        // Pingtan 2025 prints Section 四 as "25380363300630003", which is 25 3 8 0 36 | 3 3 0 0 6 | 3 0 0 0 3.
        var text = TestData.Read("004_pingtan-zone_2022.txt").Replace("0 1 1 0 2 1 0 0 0 1 0 0 0 0 0", "25380363300630003", StringComparison.Ordinal);

        var result = ReportImporter.ImportText(text);
        var table = result.Report!.ReviewAndLitigation;

        Assert.Equal(new CaseResultCounts(25, 3, 8, 0, 36), table.AdministrativeReview);
        Assert.Equal(new CaseResultCounts(3, 3, 0, 0, 6), table.LitigationWithoutReview);
        Assert.Equal(new CaseResultCounts(3, 0, 0, 0, 3), table.LitigationAfterReview);
        var split = Assert.Single(result.Log.Diagnostics, d => d.PropertyPath == "ReviewAndLitigation");
        Assert.Equal(ImportDiagnosticCode.DigitsSplit, split.Code);
        Assert.Equal(ImportMessages.SplitByRule.Id, split.MessageId);
        var (chinese, english) = ImportMessages.DescribeRules(BalancingRules.ReviewAndLitigationEquations);
        Assert.Equal(ImportMessages.CaseBlockTotalRule.English, english);
        Assert.Equal(ImportMessages.SplitByRule.FormatEnglish(("what", ReviewAndLitigationLayout.Title.Chinese), ("cells", 15), ("rule", english)), split.Message);
        Assert.Equal(ImportMessages.SplitByRule.FormatChinese(("what", ReviewAndLitigationLayout.Title.Chinese), ("cells", 15), ("rule", chinese)), split.ChineseMessage);
    }
}
