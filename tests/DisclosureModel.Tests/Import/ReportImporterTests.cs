using DisclosureModel.Import;
using Snapshooter.Xunit;

namespace DisclosureModel.Tests.Import;

public class ReportImporterTests
{
    private static readonly ImportOptions Department = new() { AgencyKind = AgencyKind.Department };

    private static string Seed => TestData.Read("seed-yeji-2020.txt");

    private static int?[] TotalColumn(DisclosureReport report) =>
        [.. ApplicationsLayout.GetRows(report.Edition).Select(r => r.GetCounts(report.Applications)!.Value.Total)];

    private static int?[] CaseTotals(DisclosureReport report) =>
        [.. ReviewAndLitigationLayout.Blocks.Select(b => report.ReviewAndLitigation[b].Total)];

    [Fact]
    public void Seed_imports_to_the_seed_sample_cell_by_cell()
    {
        var result = ReportImporter.ImportText(Seed, Department);

        Assert.True(result.IsComplete, result.Log.ToCanonicalText());
        Assert.Equal(CanonicalText.Format(Samples.Yeji2020), CanonicalText.Format(result.Report!));
        Assert.Equal(Samples.Yeji2020, result.Report);
    }

    [Fact]
    public void Seed_log_names_the_edition_the_metadata_the_tables_and_the_variants()
    {
        var log = ReportImporter.ImportText(Seed, Department).Log;

        Assert.Equal(FormatEdition.Edition2019, log.Edition);
        Assert.Equal("六安市叶集区融媒体中心", log.AgencyName);
        Assert.Equal(2020, log.ReportYear);
        Assert.Equal(new LocalDateTime(2021, 1, 19, 8, 50), log.PublishedAt);
        Assert.Equal(7, log.Tables.Count);
        var variant = Assert.Single(log.Diagnostics, d => d.Code == ImportDiagnosticCode.LabelVariant && d.Seen == "第二十五条第(五)项");
        Assert.Equal(new SourceLocation(51, 1), variant.Location);
        Assert.Equal("第二十条第（五）项", variant.Expected);
        Assert.Equal(2, log.Diagnostics.Count(d => d.Code == ImportDiagnosticCode.LabelVariant && d.Seen == "决定处理数量"));
        Snapshot.Match(log.ToCanonicalText());
    }

    [Fact]
    public void Pingtan_2022_reads_every_table_as_printed()
    {
        var result = ReportImporter.ImportText(TestData.Read("004_pingtan-zone_2022.txt"), new ImportOptions { AgencyKind = AgencyKind.Government });
        var report = result.Report!;

        // Written by hand from the page: the 总计 column of Section 三, top to bottom, and the Section 四 totals.
        Assert.Equal([74, 1, 21, 9, 0, 0, 0, 0, 1, 2, 1, 0, 37, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, 75, 0], TotalColumn(report));
        Assert.Equal([2, 1, 0], CaseTotals(report));
        Assert.Equal(FormatEdition.Edition2021, report.Edition);
        Assert.Equal(Samples.Pingtan2022.ProactiveDisclosure, report.ProactiveDisclosure);
        Assert.Equal(Samples.Pingtan2022.Applications, report.Applications);
        Assert.Equal(Samples.Pingtan2022.ReviewAndLitigation, report.ReviewAndLitigation);
        Assert.Equal(Samples.Pingtan2022.Metadata, report.Metadata);
        Assert.Equal(Samples.Pingtan2022.Overview, report.Overview);
        Assert.Equal(Samples.Pingtan2022.Preamble, report.Preamble);
        Assert.Equal(Samples.Pingtan2022.ProblemsAndImprovements, report.ProblemsAndImprovements);
        Assert.Equal(Samples.Pingtan2022.OtherMatters, report.OtherMatters);
    }

    [Fact]
    public void Pingtan_2022_settles_its_ambiguous_digit_run_by_the_numbers_its_own_text_states()
    {
        var result = ReportImporter.ImportText(TestData.Read("004_pingtan-zone_2022.txt"), new ImportOptions { AgencyKind = AgencyKind.Government });

        // 行政规范性文件8855698 splits 15 ways and no rule of the 2021 Section 二 decides; Section 一 states
        // "集中公开现行有效行政规范性文件698件" and "动态更新本年度制发的规范性文件88件": only 88 55 698 agrees with both.
        Assert.Equal(Samples.Pingtan2022.ProactiveDisclosure, result.Report!.ProactiveDisclosure);
        Assert.DoesNotContain(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.AmbiguousSplit);
        var settled = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.SplitDecidedByEvidence);
        Assert.Equal(ImportSeverity.Info, settled.Severity);
        Assert.Equal(ImportMessages.DecidedByEvidence.Id, settled.MessageId);
        Assert.Equal("ProactiveDisclosure.Article20Item1.NormativeDocuments", settled.PropertyPath);
        Assert.Equal("8855698", settled.Seen);
        Assert.Equal(["88 55 698"], settled.Candidates);
        Assert.Equal(new SourceLocation(10, 2364), settled.Location);
        Assert.Contains("“集中公开现行有效行政规范性文件698件”", settled.Message, StringComparison.Ordinal);
        Assert.Contains("“动态更新本年度制发的规范性文件88件”", settled.Message, StringComparison.Ordinal);
        Assert.Contains("“集中公开现行有效行政规范性文件698件”", settled.ChineseMessage, StringComparison.Ordinal);
        Assert.True(result.IsComplete);
    }

    [Fact]
    public void Pingtan_2022_without_the_narrative_sentences_leaves_the_run_blank_and_lists_the_candidates()
    {
        var text = TestData.Read("004_pingtan-zone_2022.txt")
            .Replace("集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件", "集中公开现行有效行政规范性文件，动态更新本年度制发的规范性文件", StringComparison.Ordinal);

        var result = ReportImporter.ImportText(text);
        var proactive = (ProactiveDisclosure2021)result.Report!.ProactiveDisclosure;

        Assert.Equal(new DocumentCounts2021(null, null, null), proactive.Article20Item1.NormativeDocuments);
        Assert.Equal(new DocumentCounts2021(0, 0, 0), proactive.Article20Item1.Rules);
        Assert.Equal(10690, proactive.Article20Item5.AdministrativeLicensing);
        Assert.Equal(2113, proactive.Article20Item6.AdministrativePenalty);
        Assert.Equal(0, proactive.Article20Item6.AdministrativeCoercion);
        Assert.Equal(9116.36m, proactive.Article20Item8.AdministrativeFees);
        var ambiguous = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.AmbiguousSplit);
        Assert.Equal(ImportSeverity.Error, ambiguous.Severity);
        Assert.Equal(ImportMessages.AmbiguousNoRule.Id, ambiguous.MessageId);
        Assert.Equal("ProactiveDisclosure.Article20Item1.NormativeDocuments", ambiguous.PropertyPath);
        Assert.Equal("8855698", ambiguous.Seen);
        Assert.Equal(15, ambiguous.Candidates.Count);
        Assert.Contains("88 55 698", ambiguous.Candidates);
        Assert.Equal(10, ambiguous.Location.Line);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void Pingtan_2022_log()
    {
        Snapshot.Match(ReportImporter.ImportText(TestData.Read("004_pingtan-zone_2022.txt")).Log.ToCanonicalText());
    }

    [Fact]
    public void Pingtan_2020_reads_its_unbalanced_tables_as_printed()
    {
        var result = ReportImporter.ImportText(TestData.Read("002_pingtan-zone_2020.txt"));
        var report = result.Report!;

        // Written by hand from the page.
        Assert.Equal([21, 0, 7, 6, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 3, 0, 3, 0, 0, 0, 4, 21, 0], TotalColumn(report));
        Assert.Equal([0, 0, 0], CaseTotals(report));
        Assert.Equal(new ApplicantCounts(20, 0, 0, 0, 0, 1, 21), report.Applications.NewlyReceived);
        Assert.Equal(new ApplicantCounts(6, 0, 0, 0, 0, 1, 7), report.Applications.Outcomes.Disclosed);

        // The page does not add up: its outcome rows sum to 27, its （七）总计 prints 21. Both are kept as printed.
        Assert.Equal(27, report.Applications.Outcomes.SumOfOutcomes().Total);
        Assert.Equal(21, report.Applications.Outcomes.Total.Total);
        Assert.Equal(FormatEdition.Edition2019, report.Edition);
        Assert.Equal("平潭综合实验区", report.Metadata.AgencyName);
        Assert.Equal(2020, report.Metadata.ReportYear);
        Assert.Equal("pzxxgkb@163.com", report.Metadata.Contact!.Email);
        Assert.Null(report.Overview.ProactivelyDisclosedCount);
    }

    [Fact]
    public void Pingtan_2020_section_two_keeps_what_is_decided_and_lists_candidates_for_the_rest()
    {
        var result = ReportImporter.ImportText(TestData.Read("002_pingtan-zone_2020.txt"));
        var proactive = (ProactiveDisclosure2019)result.Report!.ProactiveDisclosure;

        Assert.Equal(new DocumentCounts2019(0, 0, 7), proactive.Article20Item1.Rules);
        Assert.Equal(new FeeItemCounts2019(35, -15), proactive.Article20Item8.AdministrativeFees);
        Assert.Null(proactive.Article20Item9.CentralizedProcurement.TotalAmount);
        ImportDiagnostic For(string path) => Assert.Single(result.Log.Diagnostics, d => d.PropertyPath == path && d.Code == ImportDiagnosticCode.AmbiguousSplit);
        Assert.Contains("77 77 166", For("ProactiveDisclosure.Article20Item1.NormativeDocuments").Candidates);
        Assert.Contains("2648 -18 538", For("ProactiveDisclosure.Article20Item6.AdministrativePenalty").Candidates);
        Assert.Contains("395 73802895.90元", For("ProactiveDisclosure.Article20Item9.CentralizedProcurement").Candidates);
    }

    [Fact]
    public void Pingtan_2020_log()
    {
        Snapshot.Match(ReportImporter.ImportText(TestData.Read("002_pingtan-zone_2020.txt")).Log.ToCanonicalText());
    }

    [Fact]
    public void Importing_twice_gives_equal_results()
    {
        var text = TestData.Read("002_pingtan-zone_2020.txt");
        Assert.Equal(ReportImporter.ImportText(text), ReportImporter.ImportText(text));
    }

    [Fact]
    public void Options_supply_what_the_page_does_not_say()
    {
        var url = new Uri("https://www.yeji.gov.cn/report/2020.html");
        var result = ReportImporter.ImportText(Seed, new ImportOptions { AgencyName = "叶集区融媒体中心", ReportYear = 2020, SourceUrl = url, Edition = FormatEdition.Edition2019 });

        Assert.Equal("叶集区融媒体中心", result.Report!.Metadata.AgencyName);
        Assert.Equal(url, result.Report.Metadata.SourceUrl);
        Assert.StartsWith("given in the options", result.Log.EditionReason, StringComparison.Ordinal);
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.MetadataAssumed && d.PropertyPath == "Metadata.AgencyName" && d.Seen == "六安市叶集区融媒体中心");
    }

    [Fact]
    public void A_page_that_names_neither_agency_nor_year_needs_them_from_the_options()
    {
        var text = System.Text.RegularExpressions.Regex.Replace(
            Seed.Replace("六安市叶集区融媒体中心2020年政府信息公开工作年度报告", "年度报告", StringComparison.Ordinal), @"(?<![0-9])20[0-9]{2}(?=\s*年)", "本");

        var without = ReportImporter.ImportText(text);
        var with = ReportImporter.ImportText(text, new ImportOptions { AgencyName = "六安市叶集区融媒体中心", ReportYear = 2020 });

        Assert.Null(without.Report);
        Assert.Equal(Samples.Yeji2020.Applications, without.Tables!.Applications);
        Assert.Contains(without.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.MetadataMissing && d.Severity == ImportSeverity.Error);
        Assert.NotNull(with.Report);
        Assert.Equal(Samples.Yeji2020.Applications, with.Report.Applications);
    }
}

public class ReportImporterConcurrencyTests
{
    [Fact]
    public void Imports_on_many_threads_give_the_same_results_as_sequential_imports()
    {
        var pages = new[] { "seed-yeji-2020.txt", "002_pingtan-zone_2020.txt", "004_pingtan-zone_2022.txt" }.Select(TestData.Read).ToArray();
        var sequential = pages.Select(p => ReportImporter.ImportText(p)).ToArray();
        var parallel = new ImportResult[pages.Length * 8];

        Parallel.For(0, parallel.Length, i => parallel[i] = ReportImporter.ImportText(pages[i % pages.Length]));

        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % pages.Length], parallel[i]);
        }
    }
}
