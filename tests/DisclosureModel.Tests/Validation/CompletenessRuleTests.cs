using DisclosureModel.Import;
using DisclosureModel.Validation;
using FluentValidation;
using static DisclosureModel.Tests.Validation.Reports;

namespace DisclosureModel.Tests.Validation;

/// <summary>
/// The completeness rules beyond B1: "C1" (a 2021-format Section 六 without a statement on 信息处理费), "C2" (Section 五
/// empty or a bare 无) and "C3" (a Section 二 row left blank), on valid samples changed so that exactly one rule fires,
/// and on every corpus report and sample, which must give no false finding.
/// </summary>
public class CompletenessRuleTests
{
    private static DisclosureReport With2021Licensing(int? licensing) =>
        Balanced2021 with { ProactiveDisclosure = ((ProactiveDisclosure2021)Balanced2021.ProactiveDisclosure) with { Article20Item5 = new() { AdministrativeLicensing = licensing } } };

    private static string[] CompletenessFindings(DisclosureReport report) =>
        [.. new DisclosureReportValidator(English).Validate(report, o => o.IncludeRuleSets(DisclosureRuleSets.Completeness)).Errors.Select(f => $"{f.ErrorCode} {f.PropertyName}")];

    [Fact]
    public void C1_a_2021_report_whose_section_six_says_nothing_about_fees_gets_a_warning()
    {
        AssertFailures(
            Balanced2021 with { OtherMatters = "无其他需要报告的事项。" },
            ("C1", Severity.Warning, "OtherMatters",
                "六、其他需要报告的事项未报告收取信息处理费的情况：2021年版格式要求在此专门报告（未收取的也应说明）。",
                "Section 六 (other matters) says nothing about information-processing fees (信息处理费): the 2021 format asks for them to be reported there, or that none were charged."));
    }

    [Fact]
    public void C1_checks_the_hybrid_and_not_the_2019_format()
    {
        var hybrid = Balanced2021 with { Applications = ApplicationsTable.Zero(FormatEdition.Edition2019), OtherMatters = string.Empty };
        Assert.Equal(["E3 Applications.Outcomes.OtherHandling", "C1 OtherMatters"], CodesAndPaths(hybrid));

        // The 2019 format asks for no fee statement: the seed's "无其他需要报告事项。" and an empty Section 六 are fine.
        Assert.Empty(CodesAndPaths(Seed with { OtherMatters = string.Empty }));
    }

    public static TheoryData<string> FeeExamples() => [.. CompletenessPhrases.FeeStatements.SelectMany(p => p.Examples)];

    [Theory]
    [MemberData(nameof(FeeExamples))]
    public void Every_fee_phrase_example_is_a_statement_also_with_line_breaks_inside_words(string example)
    {
        Assert.True(CompletenessPhrases.StatesFees(example));
        Assert.True(CompletenessPhrases.StatesFees(string.Join('\n', example.Chunk(3).Select(c => new string(c)))));
        Assert.Empty(CodesAndPaths(Balanced2021 with { OtherMatters = "一、其他事项。\n" + example }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("无")]
    [InlineData("无其他需要报告的事项。")]
    [InlineData("本年度行政事业性收费情况见第二部分。")]                          // Section 二's fees, not 信息处理费
    [InlineData("本机关依申请公开工作规范有序。全年收费标准未调整。")]           // 信息公开 and 收费 in different sentences
    public void Text_without_a_fee_statement_is_not_one(string text)
    {
        Assert.False(CompletenessPhrases.StatesFees(text));
        Assert.Equal(["C1 OtherMatters"], CodesAndPaths(Balanced2021 with { OtherMatters = text }));
    }

    [Theory]
    [InlineData("", "为空", "is empty")]
    [InlineData(" \n\u3000", "为空", "is empty")]
    [InlineData("——", "为空", "is empty")]
    [InlineData("无", "仅写“无”", "says only “无”")]
    [InlineData("无。", "仅写“无。”", "says only “无。”")]
    [InlineData(" 暂无。\n", "仅写“暂无。”", "says only “暂无。”")]
    [InlineData("没有", "仅写“没有”", "says only “没有”")]
    public void C2_an_empty_section_five_or_a_bare_no_gets_a_warning(string text, string chinese, string english)
    {
        AssertFailures(
            Balanced2021 with { ProblemsAndImprovements = text },
            ("C2", Severity.Warning, "ProblemsAndImprovements",
                $"五、存在的主要问题及改进情况{chinese}：格式要求实事求是、明确具体地报告存在的主要问题及改进情况。",
                $"Section 五 (main problems and improvements) {english}: the format asks for the main problems and the improvements, stated specifically."));
    }

    [Theory]
    [InlineData("无重大问题。")]
    [InlineData("暂无问题")]
    [InlineData("存在的问题：无。改进情况：加强培训。")]
    public void C2_a_short_section_that_says_something_is_not_empty(string text)
    {
        Assert.Empty(CodesAndPaths(Balanced2021 with { ProblemsAndImprovements = text }));
    }

    [Fact]
    public void Narratives_at_the_string_limit_are_checked_in_one_pass_without_a_false_statement()
    {
        // The longest string the JSON readers accept: one sentence of 信息公开 with no fee word (C1's context pattern
        // matches everywhere, its statement nowhere), line breaks inside words, and a Section 五 of punctuation only.
        var limit = DisclosureModel.Json.DisclosureJsonLimits.MaxStringLength;
        var otherMatters = string.Concat(Enumerable.Repeat("信息公开\n收", limit / 6));
        var problems = new string('。', limit);

        Assert.False(CompletenessPhrases.StatesFees(otherMatters));
        Assert.Equal(["C2 ProblemsAndImprovements", "C1 OtherMatters"], CodesAndPaths(Balanced2021 with { OtherMatters = otherMatters, ProblemsAndImprovements = problems }));
    }

    [Fact]
    public void C3_a_blank_section_two_row_gets_one_warning_naming_the_row()
    {
        AssertFailures(
            With2021Licensing(null),
            ("C3", Severity.Warning, "ProactiveDisclosure.Article20Item5.AdministrativeLicensing",
                "二、主动公开政府信息情况第二十条第（五）项“行政许可”行全部为空：格式要求该行填报数字。",
                "Section 二, 第二十条第（五）项, row 行政许可 (Administrative licensing) is entirely blank: the format asks for its numbers."));
        Assert.Equal("行政许可", ValidateBoth(With2021Licensing(null))[0].Chinese.GetViolation()!.RowLabel);
    }

    [Fact]
    public void C3_names_each_blank_row_of_the_2019_format_and_reads_the_amount_cell()
    {
        var blankRows = Seed.WithProactive2019(p => p with
        {
            Article20Item5 = p.Article20Item5 with { OtherExternalServices = new(null, null, null) },
            Article20Item9 = new() { CentralizedProcurement = new(null, null) },
        });
        Assert.Equal(["C3 ProactiveDisclosure.Article20Item5.OtherExternalServices", "C3 ProactiveDisclosure.Article20Item9.CentralizedProcurement"], CodesAndPaths(blankRows));

        // A row with any value, 0 or an amount alone, is not blank.
        var partly = Seed.WithProactive2019(p => p with
        {
            Article20Item5 = p.Article20Item5 with { OtherExternalServices = new(null, null, 0) },
            Article20Item9 = new() { CentralizedProcurement = new(null, new MoneyAmount(251000m, MoneyUnit.Yuan)) },
        });
        Assert.Empty(CodesAndPaths(partly));
    }

    [Fact]
    public void C3_a_blank_row_with_an_unread_cell_is_not_assessable()
    {
        var unread = With2021Licensing(null) with
        {
            UnreadCells = [new() { PropertyPath = "ProactiveDisclosure.Article20Item5.AdministrativeLicensing", Code = ImportDiagnosticCode.AmbiguousSplit, Message = "not read", ChineseMessage = "未读取" }],
        };
        AssertFailures(
            unread,
            ("NA", Severity.Warning, "ProactiveDisclosure.Article20Item5.AdministrativeLicensing",
                "C3（第二部分各行应填报数字）无法判断：有1处涉及未能读取的单元格（第二十条第（五）项“行政许可”行：本年处理决定数量），不作为不平衡报告。",
                "C3 (Each row of Section 二 holds its numbers) is not assessable: 1 of its equations or checks read cells that could not be read (Administrative licensing, Administrative licensing: Decisions this year); they are not reported as imbalances."));
    }

    [Fact]
    public void The_completeness_rules_run_in_their_rule_set_and_only_when_warnings_are_reported()
    {
        var broken = With2021Licensing(null) with { OtherMatters = string.Empty, ProblemsAndImprovements = "无" };
        Assert.Equal(["C3 ProactiveDisclosure.Article20Item5.AdministrativeLicensing", "C2 ProblemsAndImprovements", "C1 OtherMatters"], CompletenessFindings(broken));
        Assert.Empty(new DisclosureReportValidator(English).Validate(broken, o => o.IncludeRuleSets(DisclosureRuleSets.Balancing)).Errors);
        Assert.Empty(new DisclosureReportValidator().Validate(broken).Errors); // errors only, the default
    }

    /// <summary>
    /// Every corpus report and sample, as embedded or imported from its text page: the exact completeness findings. None
    /// is a false finding; the only ones are not-assessable rows of Pingtan 2020, where the importer could not split Section
    /// 二 runs (the completed report keeps those of 第二十条第（五）（六）项 unread).
    /// </summary>
    [Fact]
    public void The_corpus_reports_and_samples_give_no_false_completeness_finding()
    {
        var pingtan2022 = ReportImporter.ImportText(TestData.Read("004_pingtan-zone_2022.txt"), new ImportOptions { AgencyKind = AgencyKind.Government }).Report!;
        var seed = ReportImporter.ImportText(TestData.Read("seed-yeji-2020.txt")).Report!;

        Assert.Empty(CompletenessFindings(Samples.Yeji2020));
        Assert.Empty(CompletenessFindings(Samples.Pingtan2022));
        Assert.Empty(CompletenessFindings(seed));
        Assert.Empty(CompletenessFindings(pingtan2022));
        Assert.Equal(["NA ProactiveDisclosure.Article20Item5.AdministrativeLicensing.PreviousYearItems"], CompletenessFindings(CorpusReports.Pingtan2020));
        Assert.Equal(["NA ProactiveDisclosure.Article20Item1.NormativeDocuments.CreatedThisYear"], CompletenessFindings(CorpusReports.Pingtan2020Import.Report!));
    }
}
