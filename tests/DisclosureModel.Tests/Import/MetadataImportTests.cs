using System.Globalization;
using System.Text.RegularExpressions;
using DisclosureModel.Import;

namespace DisclosureModel.Tests.Import;

/// <summary>
/// Titles in every variant real pages print, metadata inferred from the text, and tables returned without metadata
/// (docs/import.md, "Metadata: where each value comes from"). Each case transforms a corpus page mechanically and
/// compares every cell (and, where nothing else changed, the whole report) with the import of the page as published.
/// </summary>
public class MetadataImportTests
{
    public static TheoryData<string> Pages => ["seed-yeji-2020.txt", "002_pingtan-zone_2020.txt", "004_pingtan-zone_2022.txt"];

    private static ImportOptions OptionsFor(string page) =>
        new() { AgencyKind = page.StartsWith("seed", StringComparison.Ordinal) ? AgencyKind.Department : AgencyKind.Government };

    private static string Read(string page) => TestData.Read(page).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static ImportResult Baseline(string page) => ReportImporter.ImportText(Read(page), OptionsFor(page));

    private static ImportResult Import(string page, string text) => ReportImporter.ImportText(text, OptionsFor(page));

    /// <summary>Every title on the page (crawler header, page title, a title starting the body): agency, year, 年/年度, the report's name.</summary>
    private static Regex Title(string agency) => new(Regex.Escape(agency) + @"(?<year>[0-9]{4})(?<nian>年度?)政府信息公开工作年度报告", RegexOptions.Multiline);

    /// <summary>The title with its line when the line is only the title (after an optional 标题: label), or the title alone.</summary>
    private static string RemoveTitles(string text, string agency)
    {
        var line = new Regex(@"^(?:标题\s*[:：]\s*)?" + Title(agency) + @"[ \t]*\n", RegexOptions.Multiline);
        return Title(agency).Replace(line.Replace(text, string.Empty), string.Empty);
    }

    /// <summary>Replaces every year (four digits before 年) outside the tables by 本, so that no sentence states the year.</summary>
    private static string RemoveYears(string text) => Regex.Replace(text, @"(?<![0-9])20[0-9]{2}(?=\s*年)", "本");

    private static void AssertSameTables(ImportResult expected, ImportResult actual)
    {
        var tables = Assert.IsType<ImportedTables>(actual.Tables);
        Assert.Equal(expected.Tables, tables);
        var report = expected.Report!;
        var catalog = CellCatalog.Get(report.Edition);
        Assert.Equal(catalog.Read(report), catalog.Read(actual.ToReport(report.Metadata.AgencyName, report.Metadata.ReportYear)));
    }

    private static void AssertOrigin(ImportLog log, MetadataSource agency, MetadataSource year)
    {
        Assert.Equal(agency, log.AgencyNameOrigin?.Source);
        Assert.Equal(year, log.ReportYearOrigin?.Source);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_published_pages_take_agency_year_and_time_from_title_and_header(string page)
    {
        var result = Baseline(page);

        Assert.NotNull(result.Report);
        Assert.Equal(result.Report.Metadata.AgencyName, result.Log.AgencyName);
        Assert.Equal(result.Report.Metadata.ReportYear, result.Log.ReportYear);
        AssertOrigin(result.Log, MetadataSource.Title, MetadataSource.Title);
        Assert.Equal(MetadataSource.PageHeader, result.Log.PublishedAtOrigin?.Source);
        Assert.NotEqual(SourceLocation.None, result.Log.AgencyNameOrigin!.Value.Location);

        // Tables are returned beside the report and equal its tables.
        var tables = result.Tables!;
        Assert.Equal(result.Report.Edition, tables.Edition);
        Assert.Equal(result.Report.ProactiveDisclosure, tables.ProactiveDisclosure);
        Assert.Equal(result.Report.Applications, tables.Applications);
        Assert.Equal(result.Report.ReviewAndLitigation, tables.ReviewAndLitigation);
        Assert.Equal(result.Report, result.ToReport(result.Report.Metadata.AgencyName, result.Report.Metadata.ReportYear));
    }

    public static TheoryData<string, string> TitleVariants
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var page in Pages)
            {
                foreach (var variant in new[] { "yearFirst", "noWork", "nianDu", "fullWidth", "crawlerHeader" })
                {
                    data.Add(page, variant);
                }
            }

            return data;
        }
    }

    private static string ApplyTitleVariant(string text, string agency, string variant) => variant switch
    {
        "yearFirst" => Title(agency).Replace(text, m => $"{m.Groups["year"].Value}{m.Groups["nian"].Value}{agency}政府信息公开工作年度报告"),
        "noWork" => Title(agency).Replace(text, m => $"{agency}{m.Groups["year"].Value}{m.Groups["nian"].Value}政府信息公开年度报告"),
        "nianDu" => Title(agency).Replace(text, m => $"{agency}{m.Groups["year"].Value}年度政府信息公开工作年度报告"),
        "fullWidth" => Title(agency).Replace(text, m => agency + string.Concat(m.Groups["year"].Value.Select(c => (char)(c - '0' + '０'))) + m.Groups["nian"].Value + "政府信息公开工作年度报告"),
        _ => "栏目: 政府信息公开年报\n发布机构: 信息公开办\n本地目录: zwgk/" + Title(agency).Match(text).Value + "\n" + text,
    };

    [Theory]
    [MemberData(nameof(TitleVariants))]
    public void Title_variants_give_the_same_report(string page, string variant)
    {
        var baseline = Baseline(page);
        var agency = baseline.Report!.Metadata.AgencyName;

        var result = Import(page, ApplyTitleVariant(Read(page), agency, variant));

        Assert.Equal(baseline.Report, result.Report);
        AssertSameTables(baseline, result);
        AssertOrigin(result.Log, MetadataSource.Title, MetadataSource.Title);
        Assert.Equal(baseline.Log.Diagnostics.Where(d => d.Severity == ImportSeverity.Error).Select(d => d.PropertyPath), result.Log.Diagnostics.Where(d => d.Severity == ImportSeverity.Error).Select(d => d.PropertyPath));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_title_broken_over_two_lines_gives_the_same_report(string page)
    {
        var baseline = Baseline(page);
        var agency = baseline.Report!.Metadata.AgencyName;
        var firstTitleLine = new Regex(@"^(?:标题\s*[:：]\s*)?" + Title(agency) + "$", RegexOptions.Multiline);

        var text = firstTitleLine.Replace(Read(page), m => $"{agency}\n{m.Groups["year"].Value} {m.Groups["nian"].Value}政府信息公开工作年度报告", 1);
        var result = Import(page, text);

        Assert.Equal(baseline.Report, result.Report);
        AssertSameTables(baseline, result);
        AssertOrigin(result.Log, MetadataSource.TitleOverLines, MetadataSource.TitleOverLines);
        var line = text[..text.IndexOf(agency + "\n", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Equal(new SourceLocation(line, 1), result.Log.AgencyNameOrigin!.Value.Location);
        Assert.Equal(new SourceLocation(line + 1, 1), result.Log.ReportYearOrigin!.Value.Location);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_one_line_title_wrapped_by_the_page_gives_the_same_report(string page)
    {
        // A centred title too long for its line, as LibreOffice wraps it: 平潭综合实验区2022年政府信息公开工作 / 年度报告.
        var baseline = Baseline(page);
        var agency = baseline.Report!.Metadata.AgencyName;
        var firstTitleLine = new Regex(@"^(?:标题\s*[:：]\s*)?" + Title(agency) + "$", RegexOptions.Multiline);

        var text = firstTitleLine.Replace(Read(page), m => $"{agency}{m.Groups["year"].Value}{m.Groups["nian"].Value}政府信息公开工作\n  年度报告", 1);
        var result = Import(page, text);

        Assert.Equal(baseline.Report, result.Report);
        AssertSameTables(baseline, result);
        AssertOrigin(result.Log, MetadataSource.TitleOverLines, MetadataSource.TitleOverLines);
        var line = text[..text.IndexOf(agency + baseline.Report.Metadata.ReportYear.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Equal(new SourceLocation(line, 1), result.Log.AgencyNameOrigin!.Value.Location);
        Assert.Equal(new SourceLocation(line, agency.Length + 1), result.Log.ReportYearOrigin!.Value.Location);
    }

    [Fact]
    public void A_report_name_split_from_a_title_line_that_is_more_than_the_title_is_not_a_title()
    {
        // The second line must hold nothing but the title's rest: 年度报告 followed by a sentence is not read as one.
        const string page = "seed-yeji-2020.txt";
        var baseline = Baseline(page);
        var text = RemoveTitles(Read(page), baseline.Report!.Metadata.AgencyName);
        text = "某某区人民政府2020年政府信息公开工作\n年度报告 公布如下。\n" + text;

        var result = Import(page, text);

        Assert.NotEqual(MetadataSource.TitleOverLines, result.Log.AgencyNameOrigin?.Source);
        Assert.NotEqual("某某区人民政府", result.Report?.Metadata.AgencyName);
    }

    [Fact]
    public void A_line_before_a_whole_title_is_not_joined_to_it()
    {
        // 信息公开 (a breadcrumb without spaces) on the line before the title: the title is the title's line alone.
        const string page = "004_pingtan-zone_2022.txt";
        var baseline = Baseline(page);
        var agency = baseline.Report!.Metadata.AgencyName;
        var firstTitleLine = new Regex(@"^(?:标题\s*[:：]\s*)?" + Title(agency) + "$", RegexOptions.Multiline);
        var text = firstTitleLine.Replace(Read(page), m => "信息公开\n" + m.Value, 1);

        var result = Import(page, text);

        Assert.Equal(agency, result.Report!.Metadata.AgencyName);
        Assert.Equal(MetadataSource.Title, result.Log.AgencyNameOrigin!.Value.Source);
    }

    [Fact]
    public void Without_a_title_the_seed_takes_its_year_from_the_statistics_period_and_its_agency_from_a_sentence()
    {
        const string page = "seed-yeji-2020.txt";
        var baseline = Baseline(page);

        var result = Import(page, RemoveTitles(Read(page), "六安市叶集区融媒体中心"));

        Assert.Equal(Samples.Yeji2020, result.Report);
        Assert.Equal(baseline.Report, result.Report);
        AssertOrigin(result.Log, MetadataSource.BodySentence, MetadataSource.StatisticsPeriod);
        Assert.Equal("六安市叶集区融媒体中心", result.Log.AgencyName);
        Assert.Equal(2020, result.Log.ReportYear);
        Assert.Contains("agencyName: 六安市叶集区融媒体中心 (from body sentence at line ", result.Log.ToCanonicalText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("002_pingtan-zone_2020.txt")]
    [InlineData("004_pingtan-zone_2022.txt")]
    public void Without_a_title_and_an_agency_in_the_text_the_tables_are_returned_without_a_report(string page)
    {
        var baseline = Baseline(page);
        var metadata = baseline.Report!.Metadata;

        var result = Import(page, RemoveTitles(Read(page), metadata.AgencyName));

        Assert.Null(result.Report);
        Assert.False(result.IsComplete);
        AssertSameTables(baseline, result);
        Assert.Null(result.Log.AgencyName);
        Assert.Equal(metadata.ReportYear, result.Log.ReportYear);
        Assert.Equal(MetadataSource.StatisticsPeriod, result.Log.ReportYearOrigin?.Source);
        var missing = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.MetadataMissing);
        Assert.Equal(ImportSeverity.Error, missing.Severity);
        Assert.Equal("Metadata.AgencyName", missing.PropertyPath);
        Assert.Equal("import.agencyNameMissing", missing.MessageId);
        Assert.Contains("ImportOptions.AgencyName", missing.Message, StringComparison.Ordinal);
        Assert.Contains("--agency", missing.ChineseMessage, StringComparison.Ordinal);

        // The caller supplies the agency: the same report as the page with its title.
        Assert.Equal(baseline.Report, result.ToReport(metadata.AgencyName, metadata.ReportYear));
        var given = ReportImporter.ImportText(RemoveTitles(Read(page), metadata.AgencyName), OptionsFor(page) with { AgencyName = metadata.AgencyName });
        Assert.Equal(baseline.Report, given.Report);
        Assert.Equal(MetadataSource.Options, given.Log.AgencyNameOrigin?.Source);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Without_a_title_a_compiled_by_sentence_gives_the_agency(string page)
    {
        var baseline = Baseline(page);
        var metadata = baseline.Report!.Metadata;
        var sentence = $"本报告由{metadata.AgencyName}编制。";

        var result = Import(page, sentence + "\n" + RemoveTitles(Read(page), metadata.AgencyName));

        var expected = baseline.Report with { Preamble = sentence + "\n" + baseline.Report.Preamble };
        Assert.Equal(expected, result.Report);
        AssertSameTables(baseline, result);
        AssertOrigin(result.Log, MetadataSource.BodySentence, MetadataSource.StatisticsPeriod);
        Assert.Equal(new SourceLocation(1, 5), result.Log.AgencyNameOrigin!.Value.Location);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Without_a_title_or_any_year_the_tables_are_returned_and_both_values_are_named(string page)
    {
        var baseline = Baseline(page);
        var metadata = baseline.Report!.Metadata;

        var result = Import(page, RemoveYears(RemoveTitles(Read(page), metadata.AgencyName)));

        Assert.Null(result.Report);
        AssertSameTables(baseline, result);
        Assert.Null(result.Log.AgencyName);
        Assert.Null(result.Log.ReportYear);
        Assert.Equal(
            ["Metadata.AgencyName", "Metadata.ReportYear"],
            result.Log.Diagnostics.Where(d => d.Code == ImportDiagnosticCode.MetadataMissing).Select(d => d.PropertyPath));
        Assert.Contains(result.Log.Diagnostics, d => d.MessageId == "import.reportYearMissing" && d.Severity == ImportSeverity.Error);
        Assert.Equal(metadata.StatisticsPeriod, result.ToReport(metadata.AgencyName, metadata.ReportYear).Metadata.StatisticsPeriod);

        var given = ReportImporter.ImportText(RemoveYears(RemoveTitles(Read(page), metadata.AgencyName)), OptionsFor(page) with { AgencyName = "某机关", ReportYear = metadata.ReportYear });
        Assert.Equal(result.ToReport("某机关", metadata.ReportYear), given.Report);
        AssertOrigin(given.Log, MetadataSource.Options, MetadataSource.Options);
    }

    [Fact]
    public void A_sentence_naming_the_report_is_never_taken_for_the_title()
    {
        const string page = "004_pingtan-zone_2022.txt";
        var baseline = Baseline(page);
        const string sentence = "现将平潭综合实验区2022年政府信息公开工作年度报告公布如下。";

        var result = Import(page, sentence + "\n" + RemoveTitles(Read(page), "平潭综合实验区"));

        Assert.Equal("平潭综合实验区", result.Log.AgencyName);
        AssertOrigin(result.Log, MetadataSource.BodySentence, MetadataSource.StatisticsPeriod);
        Assert.Equal(baseline.Report! with { Preamble = sentence + "\n" + baseline.Report.Preamble }, result.Report);
    }

    [Fact]
    public void Sentences_that_disagree_give_no_agency_and_a_warning()
    {
        const string page = "seed-yeji-2020.txt";
        var baseline = Baseline(page);

        var result = Import(page, "本报告由XX县人民政府办公室编制。\n" + RemoveTitles(Read(page), "六安市叶集区融媒体中心"));

        Assert.Null(result.Report);
        Assert.Null(result.Log.AgencyName);
        AssertSameTables(baseline, result);
        var conflict = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.MetadataConflict);
        Assert.Equal(ImportSeverity.Warning, conflict.Severity);
        Assert.Equal("Metadata.AgencyName", conflict.PropertyPath);
        Assert.Equal(["XX县人民政府办公室", "六安市叶集区融媒体中心"], conflict.Candidates);
    }

    [Fact]
    public void A_title_year_out_of_range_gives_the_tables_and_names_the_year()
    {
        const string page = "seed-yeji-2020.txt";
        var baseline = Baseline(page);

        var result = Import(page, Read(page).Replace("六安市叶集区融媒体中心2020年", "六安市叶集区融媒体中心2018年", StringComparison.Ordinal));

        Assert.Null(result.Report);
        AssertSameTables(baseline, result);
        Assert.Equal(2018, result.Log.ReportYear);
        var missing = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.MetadataMissing);
        Assert.Equal("import.reportYearOutOfRange", missing.MessageId);
        Assert.Equal("Metadata.ReportYear", missing.PropertyPath);
        Assert.Equal("2018", missing.Seen);
        Assert.Equal(new SourceLocation(3, 12), missing.Location);
    }

    [Theory]
    [InlineData("本溪市人民政府", "本溪市人民政府")]
    [InlineData("现将六安市叶集区融媒体中心", "六安市叶集区融媒体中心")]
    public void A_title_is_read_whole_unless_it_starts_like_a_sentence(string titleAgency, string expected)
    {
        const string page = "seed-yeji-2020.txt";
        var text = Read(page).Replace("六安市叶集区融媒体中心2020年政府信息公开工作年度报告", titleAgency + "2020年政府信息公开工作年度报告", StringComparison.Ordinal);

        var result = Import(page, text);

        // 本溪市…: a title may start with 本; 现将…: not a title, and the agency comes from the text instead.
        Assert.Equal(expected, result.Log.AgencyName);
        Assert.Equal(expected == titleAgency ? MetadataSource.Title : MetadataSource.BodySentence, result.Log.AgencyNameOrigin?.Source);
        AssertSameTables(Baseline(page), result);
    }

    [Theory]
    [InlineData("现将XX县人民政府2023年政府信息公开工作年度报告公布如下。", "XX县人民政府", 2023)]
    [InlineData("按照要求，现将XX县人民政府2023年度政府信息公开工作年度报告公布如下：", "XX县人民政府", 2023)]
    [InlineData("本报告由XX市人民政府办公室编制。", "XX市人民政府办公室", null)]
    [InlineData("根据《中华人民共和国政府信息公开条例》要求，XX市生态环境局编制了本报告。", "XX市生态环境局", null)]
    [InlineData("XX区人民政府（以下简称区政府）认真贯彻落实《条例》。", "XX区人民政府", null)]
    [InlineData("现将2023年度政府信息公开工作情况报告如下。", null, 2023)]
    [InlineData("2024年，XX区坚持以习近平新时代中国特色社会主义思想为指导。", null, 2024)]
    [InlineData("结合上级有关文件精神等要求,编制2020年度六安市叶集区融媒体中心政府信息公开年度报告。", "六安市叶集区融媒体中心", 2020)]
    [InlineData("现将XX县人民政府（以下简称县政府）工作情况报告如下。", null, null)]
    [InlineData("为进一步做好公开工作，区政府办公室编制了本报告。", null, null)]
    [InlineData("根据《国务院办公厅关于印发2020年政务公开工作要点的通知》要求，我区编制完成了本报告。", null, null)]
    [InlineData("本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。", null, null)]
    public void Sentence_rules_read_whole_agency_names_only(string sentence, string? agency, int? year)
    {
        var found = MetadataRules.SentenceRules.SelectMany(r => MetadataRules.Read(r, sentence)).ToList();

        Assert.Equal(agency is null ? [] : [agency], found.Where(f => f.Agency is not null).Select(f => f.Agency!.Value).Distinct());
        Assert.Equal(year is null ? [] : [year.Value], found.Where(f => f.Year is not null).Select(f => PageTextReader.ParseInt(f.Year!.Value)!.Value).Distinct());
    }

    [Fact]
    public void Every_rule_reads_its_example_and_the_documentation_shows_it()
    {
        var docs = File.ReadAllText(Path.Combine(DocsPath(), "import.md"));
        foreach (var rule in MetadataRules.All)
        {
            var m = rule.Pattern.Match(rule.Example);
            Assert.True(m.Success, rule.Id);
            Assert.Equal(rule.Agency, m.Groups["agency"].Success ? m.Groups["agency"].Value : null);
            var year = m.Groups["year"].Success ? m.Groups["year"] : m.Groups["y1"];
            Assert.Equal(rule.Year, year.Success ? PageTextReader.ParseInt(year.Value) : null);
            Assert.Contains($"`{rule.Id}`", docs, StringComparison.Ordinal);
            Assert.Contains(rule.Example, docs, StringComparison.Ordinal);
        }

        foreach (var suffix in MetadataRules.AgencySuffixes.Concat(MetadataRules.ForbiddenStarts))
        {
            Assert.Contains(suffix, docs, StringComparison.Ordinal);
        }
    }

    private static string DocsPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "docs")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "docs");
    }

    [Fact]
    public void ToReport_checks_its_arguments_and_needs_tables()
    {
        var result = Baseline("seed-yeji-2020.txt");
        var none = ReportImporter.ImportText("今日天气晴。");

        Assert.Null(none.Tables);
        Assert.Throws<InvalidOperationException>(() => none.ToReport("某机关", 2020));
        Assert.Equal("agencyName", Assert.ThrowsAny<ArgumentException>(() => result.ToReport(" ", 2020)).ParamName);
        Assert.Equal("reportYear", Assert.Throws<ArgumentOutOfRangeException>(() => result.ToReport("某机关", 2018)).ParamName);
        Assert.Equal("某机关", result.ToReport("某机关", 2021).Metadata.AgencyName);
    }

    [Theory]
    [InlineData(2018)]
    [InlineData(0)]
    [InlineData(9999)]
    public void Options_reject_a_year_out_of_range(int year)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ImportOptions { ReportYear = year });
        Assert.Equal(nameof(ImportOptions.ReportYear), e.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    public void Options_reject_a_blank_agency(string agency)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => new ImportOptions { AgencyName = agency });
        Assert.Equal(nameof(ImportOptions.AgencyName), e.ParamName);
    }

    [Fact]
    public void Options_reject_undefined_enums_and_accept_null_and_the_range_ends()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImportOptions { Edition = (FormatEdition)7 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ImportOptions { AgencyKind = (AgencyKind)99 });
        var options = new ImportOptions { ReportYear = ReportYears.Minimum, AgencyName = "某机关" } with { ReportYear = null, AgencyName = null };
        Assert.Equal(ImportOptions.Default, options);
        Assert.Equal(ReportYears.Maximum, new ImportOptions { ReportYear = ReportYears.Maximum }.ReportYear);
    }
}
