using DisclosureModel.Validation;
using DisclosureModel.Validation.Narrative;
using FluentValidation;
using static DisclosureModel.Tests.Validation.Reports;

namespace DisclosureModel.Tests.Validation;

/// <summary>
/// N1–N3 and the phrase catalogue: every example of the catalogue, sentences written for the test (scope words,
/// qualifiers, numerals), each rule broken alone on a transformed sample, and the development corpus, whose narrative
/// findings are asserted exactly (precision first).
/// </summary>
public class NarrativeRuleTests
{
    public static TheoryData<string> PhraseIds => [.. NarrativePhrases.All.Select(p => p.Id)];

    [Theory]
    [MemberData(nameof(PhraseIds))]
    public void Every_example_of_the_phrase_catalogue_yields_its_number(string id)
    {
        var phrase = NarrativePhrases.All.Single(p => p.Id == id);
        Assert.NotEmpty(phrase.Examples);
        foreach (var (sentence, number) in phrase.Examples)
        {
            if (phrase.Kind == NarrativeStatementKind.NoApplications)
            {
                Assert.Equal(0, number);
                Assert.NotNull(DisclosureReportValidator.FindNoApplicationsSentence(sentence));
                continue;
            }

            // The last statement of the example is the phrase's (行政复议3件，其中维持2件 states the cases first).
            var statement = NarrativeScanner.Statements(sentence, 2024)[^1];
            Assert.Equal((id, number), (statement.Phrase.Id, statement.Number));
        }
    }

    [Fact]
    public void Every_phrase_speaks_of_cells_of_the_catalogue()
    {
        foreach (var phrase in NarrativePhrases.All)
        {
            foreach (var catalog in new[] { CellCatalog.Edition2019, CellCatalog.Edition2021, CellCatalog.Edition2021Hybrid })
            {
                if (phrase.OnlyIn is { } edition && edition != catalog.Edition)
                {
                    continue;
                }

                var cells = phrase.Cells(catalog);
                Assert.NotEmpty(cells);
                Assert.All(cells, c => Assert.Same(c, catalog[c.Index]));
            }
        }
    }

    [Theory]
    [InlineData("本机关受理政府信息公开申请17件。", "received", 17)]
    [InlineData("本单位共收到政府信息公开申请十七件。", "received", 17)]
    [InlineData("我局收到依申请公开申请一百零五件。", "received", 105)]
    [InlineData("我办新收政府信息公开申请２３件。", "received", 23)]
    [InlineData("本部门办结政府信息公开申请两千零三件。", "handled", 2003)]
    [InlineData("本年度受理政府信息公开申请 95 件，办结政府信息公开申请 95 件。", "received", 95)]
    [InlineData("上年结转政府信息公开申请2件。", "carriedOver", 2)]
    [InlineData("结转下年度继续办理3件。", "carriedForward", 3)]
    [InlineData("收到申请10件，其中予以公开6件。", "received", 10)]
    [InlineData("行政复议案件2起。", "reviewCases", 2)]
    [InlineData("收到政府信息公开申请95件，同比增长17件。", "received", 95)] // the change is not a count: only 95
    [InlineData("本年度制发规范性文件十件。", "2021.normativeDocuments.issuedThisYear", 10)]
    public void A_statement_is_read_with_its_phrase_and_number(string text, string id, long number)
    {
        var statement = NarrativeScanner.Statements(text, 2024)[0];
        Assert.Equal((id, number), (statement.Phrase.Id, statement.Number));
        Assert.DoesNotContain(NarrativeScanner.Statements(text, 2024), s => s.Number == 17 && text.Contains("增长", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("全县受理政府信息公开申请17件。")] // wider scope
    [InlineData("全区各部门共收到政府信息公开申请17件。")]
    [InlineData("全市收到政府信息公开申请17件。")]
    [InlineData("全省共受理政府信息公开申请17件。")]
    [InlineData("各乡镇收到政府信息公开申请17件。")]
    [InlineData("全系统受理政府信息公开申请17件。")]
    [InlineData("全区，本机关受理政府信息公开申请17件。")] // both: unclear
    [InlineData("其中，本机关受理政府信息公开申请17件。")] // a part of a total
    [InlineData("累计受理政府信息公开申请17件。")]
    [InlineData("同比受理政府信息公开申请17件。")]
    [InlineData("较上年受理政府信息公开申请17件。")]
    [InlineData("上年受理政府信息公开申请17件。")]
    [InlineData("去年受理政府信息公开申请17件。")]
    [InlineData("2023年受理政府信息公开申请17件。")] // another year
    [InlineData("受理政府信息公开申请同比增长17件。")]
    [InlineData("受理政府信息公开申请1.7万件。")] // in 万: not a count
    [InlineData("受理政府信息公开申请1万件。")]
    [InlineData("受理政府信息公开申请十万零五件。")]
    [InlineData("受理政府信息公开申请10-20件。")] // a range
    [InlineData("受理政府信息公开申请10至20件。")]
    [InlineData("受理政府信息公开申请约20件。")] // approximate
    [InlineData("受理政府信息公开申请20余件。")]
    [InlineData("受理政府信息公开申请二三十件。")]
    [InlineData("受理群众诉求348件。")] // not an application
    [InlineData("发生行政复议、行政诉讼案件3件。")] // joint subject
    [InlineData("行政复议和行政诉讼案件3件。")]
    [InlineData("与复议机关一起研究。")]
    public void A_statement_of_another_scope_period_or_kind_is_not_compared(string text) =>
        Assert.Empty(NarrativeScanner.Statements(text, 2024));

    [Theory]
    [InlineData("十七", 17L)]
    [InlineData("一百零五", 105L)]
    [InlineData("两千零三", 2003L)]
    [InlineData("十", 10L)]
    [InlineData("九千九百九十九", 9999L)]
    [InlineData("零", null)]
    [InlineData("二三十", null)]
    [InlineData("二〇二三", null)]
    [InlineData("百十", null)]
    public void Chinese_numerals_are_read_within_bounds(string numeral, long? expected) =>
        Assert.Equal(expected, NarrativeScanner.ParseChinese(numeral));

    [Fact]
    public void N1_a_stated_figure_the_table_contradicts_warns_naming_both_places()
    {
        // The 2022 sample's own sentence with its scope made the body's own: 75 stated, 74 newly received.
        var report = WithPart1(Balanced2021, t => t.Replace("全区收到政府信息公开申请75件", "本机关收到政府信息公开申请75件", StringComparison.Ordinal));

        AssertFailures(
            report,
            ("N1", Severity.Warning, "Applications.NewlyReceived.Total",
                "Overview.Parts[0].Text称“2022年，本机关收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。”（75件），但三、收到和处理政府信息公开申请情况“一、本年新收政府信息公开申请数量”行“总计”列为74。",
                "Overview.Parts[0].Text says “2022年，本机关收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。” (75), but Disclosure applications received and handled, Newly received this year · Total (Applications.NewlyReceived.Total) is 74."));
        var violation = Validate(report, English).Errors.Single().GetViolation()!;
        Assert.Equal((75L, 74L), (violation.Left, violation.Right));
        var location = violation.Narrative!;
        var text = report.Overview.Parts[0].Text;
        Assert.Equal("本机关收到政府信息公开申请75件", text.Substring(location.Offset, location.Length));
    }

    [Fact]
    public void N1_compares_documents_in_force_with_section_二()
    {
        var sample = Samples.Pingtan2022 with { Overview = Samples.Pingtan2022.Overview with { Parts = [Samples.Pingtan2022.Overview.Parts[0]] } };
        Assert.Empty(CodesAndPaths(sample)); // 现行有效行政规范性文件698件 and 制发的规范性文件88件 agree with the table

        var proactive = (ProactiveDisclosure2021)sample.ProactiveDisclosure;
        var report = sample with
        {
            ProactiveDisclosure = proactive with { Article20Item1 = proactive.Article20Item1 with { NormativeDocuments = proactive.Article20Item1.NormativeDocuments with { InForce = 699 } } },
        };

        Assert.Equal(["N1 ProactiveDisclosure.Article20Item1.NormativeDocuments.InForce"], CodesAndPaths(report));
    }

    [Fact]
    public void N1_a_statement_about_an_unread_cell_is_not_assessable()
    {
        var report = WithPart1(Balanced2021, t => t.Replace("全区收到", "本机关收到", StringComparison.Ordinal)) with
        {
            UnreadCells = [new() { PropertyPath = "Applications.NewlyReceived.Total", Code = DisclosureModel.Import.ImportDiagnosticCode.RowMissing, Message = "not read", ChineseMessage = "未读取" }],
        };
        report = report.WithApplications(a => a with { NewlyReceived = a.NewlyReceived with { Total = null } });

        var codes = CodesAndPaths(report);
        Assert.DoesNotContain(codes, c => c.StartsWith("N1", StringComparison.Ordinal));
        Assert.Contains("NA Applications.NewlyReceived.Total", codes);
        Assert.Contains(Validate(report, English).Errors, f => f.ErrorCode == "NA" && f.ErrorMessage.StartsWith("N1 ", StringComparison.Ordinal));
    }

    [Fact]
    public void N2_all_cases_upheld_beside_a_corrected_case_warns()
    {
        var report = WithPart1(Balanced2021, t => t.Replace("全区政府信息公开工作方面", "本机关政府信息公开工作方面", StringComparison.Ordinal).Replace("均已结案", "均获维持", StringComparison.Ordinal));

        AssertFailures(
            report,
            ("N2", Severity.Warning, "ReviewAndLitigation.AdministrativeReview.Corrected",
                "Overview.Parts[0].Text称“2022年，本机关政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件，均获维持。”，但四、政府信息公开行政复议、行政诉讼情况“行政复议”栏的“结果纠正”为1。",
                "Overview.Parts[0].Text says “2022年，本机关政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件，均获维持。”, but Section 四, Administrative review (行政复议), Corrected (结果纠正) is 1."));
    }

    [Fact]
    public void N2_all_cases_concluded_agrees_with_a_table_with_none_pending()
    {
        var report = WithPart1(Balanced2021, t => t.Replace("全区政府信息公开工作方面", "本机关政府信息公开工作方面", StringComparison.Ordinal));

        Assert.Empty(CodesAndPaths(report)); // 诉讼1件、复议2件 agree, and none is 尚未审结
        var pending = report with { ReviewAndLitigation = Pending(report.ReviewAndLitigation) };
        Assert.Contains("N2 ReviewAndLitigation.AdministrativeReview.Pending", CodesAndPaths(pending));
    }

    [Fact]
    public void N3_section_一_opening_with_another_year_warns()
    {
        var report = Balanced2021 with { Overview = Balanced2021.Overview with { Introduction = "2021年，" + Balanced2021.Overview.Introduction[5..] } };

        var failure = Assert.Single(Validate(report, English).Errors);
        Assert.Equal(("N3", "Metadata.ReportYear"), (failure.ErrorCode, failure.PropertyName));
        Assert.Equal((2021L, 2022L), (failure.GetViolation()!.Left, failure.GetViolation()!.Right));
        Assert.Equal("2021年", report.Overview.Introduction[..failure.GetViolation()!.Narrative!.Length]);
    }

    [Fact]
    public void N3_the_title_year_is_checked_and_comparisons_with_last_year_are_not()
    {
        DisclosureReport Titled(int year) => CorpusReports.Pingtan2020 with { Preamble = $"平潭综合实验区{year}年政府信息公开工作年度报告 " + CorpusReports.Pingtan2020.Preamble };
        var report = Titled(2019);
        Assert.Empty(NarrativeCodes(Titled(2020)));

        Assert.Equal(["N3 Metadata.ReportYear"], NarrativeCodes(report));
        Assert.Empty(CodesAndPaths(Balanced2021 with { OtherMatters = "2021年，本机关受理政府信息公开申请12件；2023年将继续改进。本年度未收取信息处理费。" }));
    }

    [Fact]
    public void Random_narrative_text_never_throws()
    {
        // Texts made of the scanner's own pieces (numbers, counters, phrases, scope words, qualifiers, delimiters, years),
        // from a fixed seed, in every narrative member: the scan and the rules never throw.
        string[] pieces =
        [
            "0", "1", "17", "９", "１７", "十", "十七", "一百零五", "两千", "零", "〇", "万", "件", "起", "宗", "余", "约", "-", "至", ".", "第",
            "受理", "收到", "办结", "答复", "申请", "政府信息公开", "予以公开", "不予公开", "部分公开", "无法提供", "不予处理", "其他处理",
            "上年结转", "结转下年度", "行政复议", "行政诉讼", "维持", "纠正", "尚未审结", "均获维持", "均已审结", "全部胜诉", "规范性文件", "制发", "现行有效",
            "本机关", "全区", "我区", "其中", "累计", "同比", "增长", "2021年", "2022年", "2023 年", "政府信息公开工作年度报告",
            "，", "。", "、", "；", "（", "）", " ", "\n", "\u3000", "\uD83D", "a",
        ];
        var random = new Random(18);
        var validator = new DisclosureReportValidator(Everything);
        for (var i = 0; i < 400; i++)
        {
            string Text() => string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            var report = Balanced2021 with
            {
                Preamble = Text(),
                Overview = new OverviewSection { Introduction = Text(), Parts = [new OverviewPart(Text(), Text()), new OverviewPart(Text(), Text())] },
                ProblemsAndImprovements = Text(),
                OtherMatters = Text(),
            };

            var result = validator.Validate(report);
            Assert.All(result.Errors.Select(e => e.GetViolation()!).Where(v => v.Narrative is not null), v =>
            {
                var member = MemberText(report, v.Narrative!.PropertyPath);
                Assert.InRange(v.Narrative.Offset, 0, member.Length);
                Assert.InRange(v.Narrative.Offset + v.Narrative.Length, v.Narrative.Offset, member.Length);
            });
        }
    }

    private static string MemberText(DisclosureReport report, string path) => path switch
    {
        "Preamble" => report.Preamble,
        "Overview.Introduction" => report.Overview.Introduction,
        "ProblemsAndImprovements" => report.ProblemsAndImprovements,
        "OtherMatters" => report.OtherMatters,
        _ when path.EndsWith(".Heading", StringComparison.Ordinal) => report.Overview.Parts[path[15] - '0'].Heading,
        _ => report.Overview.Parts[path[15] - '0'].Text,
    };

    public static TheoryData<string> DevelopmentCorpus => ["Samples.Pingtan2022", "Samples.Yeji2020", "CorpusReports.Pingtan2020", "Pingtan2022 text import", "Pingtan2020 text import"];

    [Theory]
    [MemberData(nameof(DevelopmentCorpus))]
    public void The_development_corpus_gives_no_narrative_finding(string name)
    {
        var report = name switch
        {
            "Samples.Pingtan2022" => Samples.Pingtan2022,
            "Samples.Yeji2020" => Samples.Yeji2020,
            "CorpusReports.Pingtan2020" => CorpusReports.Pingtan2020,
            "Pingtan2022 text import" => DisclosureModel.Import.ReportImporter.ImportText(TestData.Read("004_pingtan-zone_2022.txt")).Report!,
            _ => CorpusReports.Pingtan2020Import.Report!,
        };

        Assert.Empty(NarrativeCodes(report));
    }

    [Fact]
    public void The_development_corpus_states_figures_that_are_compared()
    {
        // Precision is not bought by comparing nothing: the 2022 sample's document figures are read and agree.
        var statements = NarrativeScanner.Scan(Samples.Pingtan2022).Statements!;
        Assert.Equal(["2021.normativeDocuments.inForce 698", "2021.normativeDocuments.issuedThisYear 88"], statements.Select(s => $"{s.Phrase.Id} {s.Number}"));
    }

    private static string[] NarrativeCodes(DisclosureReport report) =>
        [.. Validate(report, English).Errors.Where(f => f.ErrorCode is "N1" or "N2" or "N3" or "W3" || (f.ErrorCode == "NA" && f.ErrorMessage[0] is 'N' or 'W')).Select(f => $"{f.ErrorCode} {f.PropertyName}")];

    private static DisclosureReport WithPart1(DisclosureReport report, Func<string, string> change)
    {
        var part = report.Overview.Parts[0];
        var changed = change(part.Text);
        Assert.NotEqual(part.Text, changed);
        return report with { Overview = report.Overview with { Parts = [part with { Text = changed }] } };
    }

    private static ReviewAndLitigationTable Pending(ReviewAndLitigationTable table) =>
        table with { AdministrativeReview = table.AdministrativeReview with { OtherResult = 0, Pending = 1 } };
}
