using System.Text;
using System.Text.Json;
using DisclosureModel.Json;
using DisclosureModel.Rendering;

namespace DisclosureModel.Cli.Tests;

public sealed class CliTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("disclosure-cli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private sealed record Run(int ExitCode, string Out, string Error);

    private static Task<Run> RunWithInputAsync(string? stdin, params string[] args) => RunWithAsync(stdin, errorIsTerminal: false, args);

    private static async Task<Run> RunWithAsync(string? stdin, bool errorIsTerminal, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var io = new CliIo(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty)), errorIsTerminal);
        var code = await CliApp.RunAsync(args, io);
        return new Run(code, output.ToString(), error.ToString());
    }

    private static Task<Run> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static DisclosureReport Unbalanced() => Samples.Pingtan2022 with
    {
        Applications = Samples.Pingtan2022.Applications with
        {
            NewlyReceived = Samples.Pingtan2022.Applications.NewlyReceived.With(ApplicantColumn.NaturalPerson, 70),
        },
    };

    private static string Ndjson(params DisclosureReport[] reports) =>
        string.Concat(reports.Select(r => DisclosureJson.Serialize(r) + "\n"));

    [Fact]
    public async Task Without_a_command_the_embedded_sample_is_validated_and_summarised()
    {
        var run = await RunAsync();
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        // The 2021-format sample, whose numbers are not all zero (the summary itself: ValidateOutputTests).
        Assert.Contains("\n平潭综合实验区 2022年政府信息公开工作年度报告\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("14571", run.Out, StringComparison.Ordinal);
        Assert.Contains("(sample): info W2 Overview: ", run.Out, StringComparison.Ordinal);
        Assert.Equal(run, await RunAsync("validate"));
    }

    [Fact]
    public async Task An_unbalanced_report_in_an_ndjson_batch_exits_1_and_names_the_line_and_cell()
    {
        var file = Write("batch.ndjson", Ndjson(Samples.Yeji2020, Unbalanced(), Samples.Yeji2020));
        var run = await RunAsync("validate", file, "--lang", "en");
        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            $"{file}:2: error R1 Applications.CarriedForwardToNextYear.NaturalPerson: Section 三, column 自然人 (Natural persons): newly received plus carried over must equal the outcome total plus carried forward: 一 + 二 = 70 + 1 = 71 ≠ 三(七) + 四 = 72 + 0 = 72. Suggested correction: 一、本年新收政府信息公开申请数量 自然人 70 → 71 makes R1 hold.",
            lines[0]);
        Assert.StartsWith($"{file}:2: error R3 Applications.NewlyReceived.Total:", lines[1], StringComparison.Ordinal);
        Assert.Equal("3 report(s) checked: 2 error(s), 0 warning(s), 1 info", lines[^1]);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Json_output_is_one_array_of_findings_in_the_chosen_language()
    {
        var file = Write("r.json", DisclosureJson.Serialize(Unbalanced()));
        var run = await RunAsync("validate", "--format", "json", "--lang", "zh", file);
        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var findings = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(["R1", "R3", "W2"], findings.Select(f => f.GetProperty("code").GetString()));
        var first = findings[0];
        Assert.Equal(file, first.GetProperty("file").GetString());
        Assert.False(first.TryGetProperty("line", out _));
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("Applications.CarriedForwardToNextYear.NaturalPerson", first.GetProperty("path").GetString());
        Assert.Contains("一 + 二 = 70 + 1 = 71 ≠ 三(七) + 四 = 72 + 0 = 72", first.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("自然人", first.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("info", findings[2].GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Json_output_of_a_clean_report_is_an_empty_array()
    {
        var run = await RunAsync("validate", "--format", "json", Write("y.json", DisclosureJson.Serialize(Samples.Yeji2020)));
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("[]\n", run.Out);
    }

    [Fact]
    public async Task Warnings_fail_only_with_warnings_as_errors()
    {
        // A department's 2020 report published on 2021-02-02 is two days past 31 January: a D1 warning.
        var late = Samples.Yeji2020 with { Metadata = Samples.Yeji2020.Metadata with { PublishedAt = new NodaTime.LocalDateTime(2021, 2, 2, 9, 0) } };
        var file = Write("late.json", DisclosureJson.Serialize(late));
        var lenient = await RunAsync("validate", "--lang", "en", file);
        Assert.Equal(ExitCodes.Success, lenient.ExitCode);
        Assert.Contains($"{file}: warning D1 Metadata.PublishedAt:", lenient.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Findings, (await RunAsync("validate", "--warnings-as-errors", file)).ExitCode);
    }

    [Fact]
    public async Task An_unreadable_input_exits_2_naming_file_and_position_and_the_others_are_still_checked()
    {
        var bad = Write("a-bad.json", DisclosureJson.Serialize(Samples.Yeji2020, indented: true).Replace("\"reportYear\": 2020", "\"reportYear\": \"2020\"", StringComparison.Ordinal));
        var good = Write("b-good.json", DisclosureJson.Serialize(Unbalanced()));
        var run = await RunAsync("validate", "--lang", "en", bad, good);
        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Contains($"{bad}: error INPUT: line 5, byte ", run.Out, StringComparison.Ordinal);
        Assert.Contains("at $.metadata.reportYear", run.Out, StringComparison.Ordinal);
        Assert.Contains($"disclosure: {bad}: line 5", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{good}: error R1", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_ndjson_line_is_named()
    {
        var file = Write("b.ndjson", Ndjson(Samples.Yeji2020) + "{\"schemaVersion\": 1}\n");
        var run = await RunAsync("validate", file);
        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Contains($"disclosure: {file}: line 2", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_path_exits_2()
    {
        var run = await RunAsync("validate", Path.Combine(directory, "nope.json"));
        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Contains("no such file or directory", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directories_are_searched_recursively_in_order_and_output_follows_input_order()
    {
        Write("d/1.json", DisclosureJson.Serialize(Unbalanced()));
        Write("d/sub/2.ndjson", Ndjson([.. Enumerable.Repeat(Samples.Yeji2020, 50), Unbalanced(), .. Enumerable.Repeat(Samples.Yeji2020, 50)]));
        Write("d/ignored.txt", "not a report");
        var run = await RunAsync("validate", "--lang", "en", Path.Combine(directory, "d"));
        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        var sources = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1).Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)]).ToList();
        Assert.Equal(
            [.. Enumerable.Repeat(Path.Combine(directory, "d", "1.json"), 3), .. Enumerable.Repeat(Path.Combine(directory, "d", "sub", "2.ndjson") + ":51", 3)],
            sources);
        Assert.EndsWith("102 report(s) checked: 4 error(s), 0 warning(s), 2 info\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_progress_bar_goes_to_a_terminal_and_is_cleared_at_the_end()
    {
        Write("p/1.json", DisclosureJson.Serialize(Samples.Yeji2020));
        Write("p/2.json", DisclosureJson.Serialize(Samples.Yeji2020));
        var run = await RunWithAsync(null, errorIsTerminal: true, "validate", Path.Combine(directory, "p"));
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"^\r[12] input\(s\) started, [0-2] report\(s\) checked\u001b\[K", run.Error);
        Assert.EndsWith("\r\u001b[K", run.Error, StringComparison.Ordinal);
        Assert.Equal("2 report(s) checked: 0 error(s), 0 warning(s), 0 info\n", run.Out);
    }

    [Fact]
    public async Task Standard_input_takes_ndjson_or_one_indented_report()
    {
        var ndjson = await RunWithInputAsync(Ndjson(Samples.Yeji2020, Unbalanced()), "validate", "-", "--lang", "en");
        Assert.Equal(ExitCodes.Findings, ndjson.ExitCode);
        Assert.StartsWith("-:2: error R1", ndjson.Out, StringComparison.Ordinal);

        var single = await RunWithInputAsync(DisclosureJson.Serialize(Samples.Yeji2020, indented: true), "validate", "-");
        Assert.Equal(ExitCodes.Success, single.ExitCode);
        Assert.EndsWith("1 report(s) checked: 0 error(s), 0 warning(s), 0 info\n", single.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_the_seed_page_writes_the_sample_as_json_and_the_log_to_stderr()
    {
        var run = await RunAsync("import", Path.Combine(AppContext.BaseDirectory, "TestData", "seed-yeji-2020.txt"), "--agency-kind", "Department");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(Samples.Yeji2020, DisclosureJson.Deserialize(run.Out));
        Assert.StartsWith("DisclosureModel import log", run.Error, StringComparison.Ordinal);

        var output = Path.Combine(directory, "seed.json");
        Assert.Equal(ExitCodes.Success, (await RunAsync("import", Path.Combine(AppContext.BaseDirectory, "TestData", "seed-yeji-2020.txt"), "-o", output)).ExitCode);
        Assert.Equal("六安市叶集区融媒体中心", DisclosureJson.Deserialize(File.ReadAllText(output)).Metadata.AgencyName);
    }

    [Theory]
    [InlineData("seed-yeji-2020.txt", "seed-gbk.txt")]
    [InlineData("html/yeji-2020.html", "seed-gbk.html")]
    public async Task Import_reads_a_GBK_file_as_the_same_report(string page, string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", page)).Replace("<meta charset=\"utf-8\">", "<meta charset=\"gbk\">", StringComparison.Ordinal);
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, System.Text.CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(text));

        var run = await RunAsync("import", path, "--agency-kind", "Department");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(Samples.Yeji2020, DisclosureJson.Deserialize(run.Out));
        Assert.Contains("info InputEncoding at line ", run.Error, StringComparison.Ordinal);
        Assert.Contains("Decoded as GB18030", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_a_page_with_unread_cells_writes_the_report_and_exits_3()
    {
        // The real Pingtan 2022 page runs 行政规范性文件 together (8855698); without the two numbers its Section 一 states
        // about them, nothing settles the run: three cells cannot be read.
        var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "004_pingtan-zone_2022.txt"))
            .Replace("集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件", "集中公开现行有效行政规范性文件，动态更新本年度制发的规范性文件", StringComparison.Ordinal);
        var path = Write("p2022.txt", page);
        var run = await RunAsync("import", path);
        Assert.Equal(ExitCodes.IncompleteImport, run.ExitCode);
        Assert.Equal(3, ExitCodes.IncompleteImport);
        var report = DisclosureJson.Deserialize(run.Out);
        Assert.Equal(
            ["ProactiveDisclosure.Article20Item1.NormativeDocuments.IssuedThisYear", "ProactiveDisclosure.Article20Item1.NormativeDocuments.RepealedThisYear", "ProactiveDisclosure.Article20Item1.NormativeDocuments.InForce"],
            report.UnreadCells.Select(u => u.PropertyPath));
        Assert.Contains("cells: 197 read, 3 unread", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("disclosure: " + path + ": 3 cell(s) could not be read; they are blank and listed in unreadCells (exit 3)\n", run.Error, StringComparison.Ordinal);

        // validate shows the rules those cells make not assessable, as warnings (no error: exit 0).
        var validate = await RunAsync("validate", Write("p.json", run.Out), "--lang", "en");
        Assert.Equal(ExitCodes.Success, validate.ExitCode);
        // Section 二's only rule in the 2021 format is C3 (a row left blank): the unread row is not assessable.
        Assert.Contains(": warning NA ProactiveDisclosure.Article20Item1.NormativeDocuments.IssuedThisYear: C3 (", validate.Out, StringComparison.Ordinal);
        Assert.Contains("; 1 rule(s) not assessable (NA: unread cells)", validate.Out, StringComparison.Ordinal);
        var unbalanced = report with
        {
            UnreadCells = [.. report.UnreadCells, new UnreadCell { PropertyPath = "Applications.NewlyReceived.NaturalPerson", Code = Import.ImportDiagnosticCode.UnreadableCells, Message = "m", ChineseMessage = "m" }],
            Applications = report.Applications with { NewlyReceived = report.Applications.NewlyReceived with { NaturalPerson = null } },
        };
        validate = await RunAsync("validate", Write("q.json", DisclosureJson.Serialize(unbalanced)), "--lang", "en");
        Assert.Equal(ExitCodes.Success, validate.ExitCode);
        Assert.Contains(": warning NA Applications.NewlyReceived.NaturalPerson: R1 (", validate.Out, StringComparison.Ordinal);
        Assert.Contains("; 3 rule(s) not assessable (NA: unread cells)", validate.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_a_page_that_is_no_report_exits_2()
    {
        var run = await RunAsync("import", Write("x.html", "<html><body><p>今日天气晴。</p></body></html>"));
        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("no report could be recognised", run.Error, StringComparison.Ordinal);
    }

    private static string SeedPage => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "seed-yeji-2020.txt")).ReplaceLineEndings("\n");

    /// <summary>The seed page with its title removed and every year replaced by 本: the page names neither agency nor year.</summary>
    private static string SeedWithoutMetadata => System.Text.RegularExpressions.Regex.Replace(
        SeedPage.Replace("六安市叶集区融媒体中心2020年政府信息公开工作年度报告\n", string.Empty, StringComparison.Ordinal), @"(?<![0-9])20[0-9]{2}(?=\s*年)", "本");

    [Fact]
    public async Task Import_of_tables_without_metadata_exits_2_and_names_the_options_to_pass()
    {
        var file = Write("untitled.txt", SeedWithoutMetadata);

        var run = await RunAsync("import", file);
        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("MetadataMissing", run.Error, StringComparison.Ordinal);
        Assert.EndsWith($"disclosure: {file}: the tables were read but the page does not name the agency or the report year: pass --agency NAME and --year YYYY\n", run.Error, StringComparison.Ordinal);

        var yearOnly = await RunAsync("import", file, "--agency", "六安市叶集区融媒体中心");
        Assert.Equal(ExitCodes.InputError, yearOnly.ExitCode);
        Assert.EndsWith("the page does not name a valid report year: pass --year YYYY\n", yearOnly.Error, StringComparison.Ordinal);

        var given = await RunAsync("import", file, "--agency", "六安市叶集区融媒体中心", "--year", "2020", "--edition", "2019", "--agency-kind", "Department");
        Assert.True(given.ExitCode == ExitCodes.Success, given.Error);
        var report = DisclosureJson.Deserialize(given.Out);
        Assert.Equal("六安市叶集区融媒体中心", report.Metadata.AgencyName);
        Assert.Equal(2020, report.Metadata.ReportYear);
        Assert.Equal(FormatEdition.Edition2019, report.Edition);
        Assert.Equal(Samples.Yeji2020.ProactiveDisclosure, report.ProactiveDisclosure);
        Assert.Equal(Samples.Yeji2020.Applications, report.Applications);
        Assert.Equal(Samples.Yeji2020.ReviewAndLitigation, report.ReviewAndLitigation);
        Assert.Contains("agencyName: 六安市叶集区融媒体中心 (from options)", given.Error, StringComparison.Ordinal);
        Assert.Contains("reportYear: 2020 (from options)", given.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_options_override_the_page()
    {
        var page = Path.Combine(AppContext.BaseDirectory, "TestData", "seed-yeji-2020.txt");

        var run = await RunAsync("import", page, "--agency", "叶集区融媒体中心", "--year", "2021", "--edition", "2019");

        Assert.True(run.ExitCode is ExitCodes.Success, run.Error);
        var report = DisclosureJson.Deserialize(run.Out);
        Assert.Equal("叶集区融媒体中心", report.Metadata.AgencyName);
        Assert.Equal(2021, report.Metadata.ReportYear);
        Assert.Equal(FormatEdition.Edition2019, report.Edition);
        Assert.Equal(Samples.Yeji2020.Applications, report.Applications);
        Assert.Contains("editionReason: given in the options", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--year", "2018", "--year: '2018' is not a report year; give a year from 2019 to 9998.")]
    [InlineData("--year", "9999", "--year: '9999' is not a report year; give a year from 2019 to 9998.")]
    [InlineData("--year", "twenty", "--year: 'twenty' is not a report year; give a year from 2019 to 9998.")]
    [InlineData("--agency", " ", "--agency: the agency name must not be blank.")]
    [InlineData("--agency", "", "--agency: the agency name must not be blank.")]
    [InlineData("--edition", "2020", "--edition: '2020' is not an edition; give 2019 or 2021.")]
    public async Task Invalid_import_options_are_usage_errors_about_the_option(string option, string value, string message)
    {
        var usage = await RunAsync("render", "x.json", "--as", "pdf");
        var file = Write("untitled.txt", SeedWithoutMetadata);

        var run = await RunAsync("import", file, option, value);

        Assert.Equal(usage.ExitCode, run.ExitCode);
        Assert.NotEqual(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("agencyName", run.Out, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("import log", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("title", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_help_lists_the_metadata_options()
    {
        var run = await RunAsync("import", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--year", run.Out, StringComparison.Ordinal);
        Assert.Contains("--agency", run.Out, StringComparison.Ordinal);
        Assert.Contains("--edition", run.Out, StringComparison.Ordinal);
        Assert.Contains("2019 or 2021", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("html")]
    [InlineData("text")]
    [InlineData("csv")]
    public async Task Render_writes_the_library_output(string format)
    {
        var run = await RunAsync("render", Write("p.json", DisclosureJson.Serialize(Samples.Pingtan2022)), "--as", format);
        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        var expected = format switch
        {
            "markdown" => ReportRenderer.ToMarkdown(Samples.Pingtan2022),
            "html" => ReportRenderer.ToHtml(Samples.Pingtan2022),
            "text" => ReportRenderer.ToText(Samples.Pingtan2022),
            _ => Csv.ReportCsv.Format(Samples.Pingtan2022),
        };
        Assert.Equal(expected, run.Out);
    }

    [Fact]
    public async Task Sum_diff_and_convert_work_on_files()
    {
        var p = Write("p.json", DisclosureJson.Serialize(Samples.Pingtan2022));
        var sum = await RunAsync("sum", p, p, "--agency", "平潭合计", "--agency-kind", "CountyAggregate");
        Assert.Equal(ExitCodes.Success, sum.ExitCode);
        var rollUp = DisclosureJson.Deserialize(sum.Out);
        Assert.Equal("平潭合计", rollUp.Metadata.AgencyName);
        Assert.Equal(148, rollUp.Applications.NewlyReceived.Total);

        var u = Write("u.json", DisclosureJson.Serialize(Unbalanced()));
        var diff = await RunAsync("diff", p, u);
        Assert.Equal(ExitCodes.Findings, diff.ExitCode);
        Assert.EndsWith("1 cell(s) changed\n", diff.Out, StringComparison.Ordinal);
        Assert.Contains("71 → 70", diff.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, (await RunAsync("diff", p, p)).ExitCode);

        var convert = await RunAsync("convert", p, "--to", "2019");
        Assert.Equal(ExitCodes.Success, convert.ExitCode);
        Assert.Equal(FormatEdition.Edition2019, DisclosureJson.Deserialize(convert.Out).Edition);
        Assert.NotEmpty(convert.Error);
    }

    [Fact]
    public async Task Schema_and_samples_are_printed()
    {
        var schema = await RunAsync("schema");
        Assert.Equal(JsonDocument.Parse(DisclosureJson.GetSchema().ToJsonString()).RootElement.GetProperty("$id").GetString(), JsonDocument.Parse(schema.Out).RootElement.GetProperty("$id").GetString());
        Assert.Equal(Samples.Yeji2020, DisclosureJson.Deserialize((await RunAsync("sample")).Out));
        Assert.Equal(Samples.Pingtan2022, DisclosureJson.Deserialize((await RunAsync("sample", "--edition", "2021")).Out));
        Assert.Equal(CanonicalText.Format(Samples.Pingtan2022), (await RunAsync("sample", "--edition", "2021", "--canonical-text")).Out);
    }

    [Theory]
    [InlineData]
    [InlineData("validate")]
    [InlineData("import")]
    [InlineData("render")]
    [InlineData("report")]
    [InlineData("sum")]
    [InlineData("diff")]
    [InlineData("convert")]
    [InlineData("schema")]
    [InlineData("sample")]
    public async Task Every_command_has_help(params string[] command)
    {
        var run = await RunAsync([.. command, "--help"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
    }

    // Issue 19: the findings page of one report from standard input (JSON, or a scraped page told by its content).
    [Fact]
    public async Task Report_writes_the_findings_page_of_json_or_a_scraped_page_from_standard_input()
    {
        var fromJson = await RunWithInputAsync(DisclosureJson.Serialize(Unbalanced(), indented: true), "report", "-", "--lang", "en");
        Assert.Equal((ExitCodes.Success, string.Empty), (fromJson.ExitCode, fromJson.Error));
        var findings = new Validation.DisclosureReportValidator(new Validation.DisclosureValidatorOptions { MinimumSeverity = FluentValidation.Severity.Info }).Validate(Unbalanced());
        Assert.Equal(FindingsPage.ToHtml(Unbalanced(), Validation.RuleViolations.GetViolations(findings), new FindingsPageOptions { Language = Validation.ValidationLanguage.English }), fromJson.Out);

        var fromText = await RunWithInputAsync(SeedPage, "report", "-", "--lang", "zh");
        Assert.Equal(ExitCodes.Success, fromText.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", fromText.Out, StringComparison.Ordinal);
        Assert.Contains("<h3>导入日志 (", fromText.Out, StringComparison.Ordinal);

        var notAReport = await RunWithInputAsync("nothing to see here\n", "report", "-");
        Assert.Equal(ExitCodes.InputError, notAReport.ExitCode);
        Assert.Contains("disclosure: -: no report could be recognised", notAReport.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, notAReport.Out);

        var ndjson = await RunAsync("report", Write("many.ndjson", "{}\n"));
        Assert.Equal(ExitCodes.UsageError, ndjson.ExitCode);
        Assert.Contains("makes a dashboard and its findings pages, which need a file: give -o FILE", ndjson.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_arguments_are_usage_errors()
    {
        var run = await RunAsync("render", "x.json", "--as", "pdf");
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    // Issue 16, defect 10: usage errors exited 1 (like an error finding) or 2 (like unreadable input).
    [Theory]
    [InlineData("--bogus")]
    [InlineData("frobnicate")]
    [InlineData("validate", "--lang", "fr")]
    [InlineData("validate", "--format", "xml")]
    [InlineData("validate", "--bogus")]
    [InlineData("validate", "-x")]
    [InlineData("import", "--bogus")]
    [InlineData("render", "--bogus", "--as", "html")]
    [InlineData("sum", "--bogus")]
    [InlineData("import", "page.txt", "--agency-kind", "Ministry")]
    [InlineData("import", "page.txt", "--year", "2018")]
    [InlineData("import")]
    [InlineData("render", "r.json", "--as", "pdf")]
    [InlineData("render", "r.json")]
    [InlineData("sum")]
    [InlineData("sum", "r.json", "--agency-kind", "x")]
    [InlineData("diff", "r.json")]
    [InlineData("convert", "r.json", "--to", "2020")]
    [InlineData("schema", "--bogus")]
    [InlineData("sample", "--edition", "2020")]
    [InlineData("report")]
    [InlineData("report", "--bogus")]
    [InlineData("report", "r.json", "--lang", "fr")]
    public async Task Usage_errors_have_their_own_exit_code_for_every_command(params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal(64, ExitCodes.UsageError);
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.NotEmpty(run.Error);
        Assert.DoesNotContain("agencyName", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_every_exit_code()
    {
        var run = await RunAsync("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var help = string.Join(' ', run.Out.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Exit codes (every command): 0 success; 1 an error finding", help, StringComparison.Ordinal);
        Assert.Contains("2 an input could not be read or an output file could not be written", help, StringComparison.Ordinal);
        Assert.Contains("3 import read a report with unread cells", help, StringComparison.Ordinal);
        Assert.Contains("64 usage error", help, StringComparison.Ordinal);
    }

    private static string SeedPath => Path.Combine(AppContext.BaseDirectory, "TestData", "seed-yeji-2020.txt");

    // Issue 16, defect 5: these crashed with an unhandled exception (exit 1), or overwrote the input.
    [Fact]
    public async Task Import_into_a_directory_is_an_output_error_and_writes_nothing()
    {
        var target = Directory.CreateDirectory(Path.Combine(directory, "out")).FullName;

        var run = await RunAsync("import", SeedPath, "-o", target);

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Equal($"disclosure: {target}: is a directory; give a file name for -o\n", run.Error);
        Assert.Empty(Directory.GetFileSystemEntries(target));
    }

    [Fact]
    public async Task Import_into_a_path_that_cannot_be_written_is_an_output_error()
    {
        var target = Path.Combine(directory, "no-such-directory", "out.json");

        var run = await RunAsync("import", SeedPath, "-o", target);

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Contains($"disclosure: {target}: cannot be written: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Import_refuses_to_overwrite_its_own_input()
    {
        var page = Write("page.txt", SeedPage);
        var link = Path.Combine(directory, "link.txt");
        File.CreateSymbolicLink(link, page);

        var same = await RunAsync("import", page, "-o", page);
        var relative = await RunAsync("import", page, "-o", Path.Combine(directory, ".", "page.txt"));
        var throughLink = await RunAsync("import", page, "-o", link);

        foreach (var run in new[] { same, relative, throughLink })
        {
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains(": is the input file; refusing to overwrite it (give another -o)\n", run.Error, StringComparison.Ordinal);
        }

        Assert.Equal(SeedPage, File.ReadAllText(page));
    }

    [Fact]
    public async Task Import_of_an_empty_directory_says_there_is_no_file_to_import()
    {
        var run = await RunAsync("import", directory);

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal($"disclosure: {directory}: no file to import\n", run.Error);
    }

    private static byte[] TestFile(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The report the dispatcher gives for a test file, as the CLI is asked for it (agency kind Department).</summary>
    private static DisclosureReport? Expected(string name) =>
        new Import.ReportDocumentImporter(Html.HtmlReportImporter.Reader).Import(TestFile(name), new Import.ImportOptions { AgencyKind = AgencyKind.Department }).Report;

    [Fact]
    public async Task Import_of_a_file_goes_by_content_and_the_extension_is_only_a_hint()
    {
        var html = WriteBytes("page.txt", TestFile("html/yeji-2020.html"));
        var run = await RunAsync("import", html, "--agency-kind", "Department");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(Samples.Yeji2020, DisclosureJson.Deserialize(run.Out));
        Assert.Contains("info DocumentKindDetected at input: Read as HTML: the content starts with the HTML markup <!DOCTYPE html.\n", run.Error, StringComparison.Ordinal);
        Assert.Contains("warning DocumentKindDetected at input: The file name page.txt says Text, but the content is Html: the content decides.", run.Error, StringComparison.Ordinal);

        var image = WriteBytes("scan.html", PngHeader);
        run = await RunAsync("import", image);
        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("error DocumentUnsupported at input: This is a PNG image, not a document with text: text recognition (OCR) is needed first; there is no report.", run.Error, StringComparison.Ordinal);
        Assert.EndsWith($"disclosure: {image}: no report could be recognised (see the log above)\n", run.Error, StringComparison.Ordinal);

        // The tool has the PDF reader: a file that only starts like a PDF reaches it and is refused as malformed.
        var pdf = WriteBytes("report.pdf", [.. "%PDF-1.7\n"u8]);
        run = await RunAsync("import", pdf);
        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Contains("info DocumentKindDetected at input: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("error DocumentMalformed at ", run.Error, StringComparison.Ordinal);
    }

    /// <summary>A tree of inputs: two reports, one page with unread cells, an image, a zip that is no .docx, a hidden file.</summary>
    private string ImportTree(bool withFailures)
    {
        var tree = Path.Combine(directory, "tree");
        WriteBytes("tree/a-seed.txt", TestFile("seed-yeji-2020.txt"));
        WriteBytes("tree/b/yeji.html", TestFile("html/yeji-2020.html"));
        WriteBytes("tree/b/c/pingtan.txt", TestFile("004_pingtan-zone_2022.txt"));
        WriteBytes("tree/.hidden.txt", TestFile("seed-yeji-2020.txt"));
        if (withFailures)
        {
            WriteBytes("tree/b/scan.png", PngHeader);
            var zip = new MemoryStream();
            using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            {
                using var entry = archive.CreateEntry("report.txt").Open();
                entry.Write("1"u8);
            }

            WriteBytes("tree/d.docx", zip.ToArray());
        }

        return tree;
    }

    [Fact]
    public async Task Import_of_a_directory_writes_ndjson_in_path_order_and_one_log_per_input()
    {
        var tree = ImportTree(withFailures: true);
        var output = Path.Combine(directory, "out.ndjson");

        var run = await RunAsync("import", tree, "-o", output, "--agency-kind", "Department");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        var lines = File.ReadAllLines(output);
        Assert.Equal([Expected("seed-yeji-2020.txt"), Expected("004_pingtan-zone_2022.txt"), Expected("html/yeji-2020.html")], lines.Select(DisclosureJson.Deserialize));
        Assert.Equal(Samples.Yeji2020, DisclosureJson.Deserialize(lines[0]));
        Assert.Equal(Samples.Yeji2020, DisclosureJson.Deserialize(lines[2]));

        var logs = output + ".logs";
        Assert.Equal(
            ["a-seed.txt.log", "b/c/pingtan.txt.log", "b/scan.png.log", "b/yeji.html.log", "d.docx.log"],
            Directory.EnumerateFiles(logs, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(logs, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.StartsWith("DisclosureModel import log 1\n", File.ReadAllText(Path.Combine(logs, "a-seed.txt.log")), StringComparison.Ordinal);
        Assert.Contains("error DocumentUnsupported at input: This is a PNG image", File.ReadAllText(Path.Combine(logs, "b", "scan.png.log")), StringComparison.Ordinal);
        Assert.Contains("warning DocumentKindDetected at input: The file name d.docx says Docx, but the content is Unknown", File.ReadAllText(Path.Combine(logs, "d.docx.log")), StringComparison.Ordinal);

        Assert.Equal(
            $"disclosure: {Path.Join(tree, "b", "scan.png")}: no report: This is a PNG image, not a document with text: text recognition (OCR) is needed first; there is no report.\n" +
            $"disclosure: {Path.Join(tree, "d.docx")}: no report: This is a ZIP archive without word/document.xml, not a Word document (.docx): extract it and import the report file inside.\n" +
            $"disclosure: 5 input(s): 3 report(s) written (0 with unread cells), 2 without a report; logs in {logs}\n",
            run.Error);

        // Run again: the output and its logs, now inside the tree when written there, are not inputs.
        var inside = Path.Combine(tree, "all.ndjson");
        var again = await RunAsync("import", tree, "-o", inside, "--agency-kind", "Department");
        Assert.Equal(ExitCodes.InputError, again.ExitCode);
        again = await RunAsync("import", tree, "-o", inside, "--agency-kind", "Department");
        Assert.Equal(lines, File.ReadAllLines(inside));
        Assert.Contains("disclosure: 5 input(s): 3 report(s) written", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_a_directory_of_reports_exits_0_with_ndjson_on_stdout_and_no_progress_when_stderr_is_redirected()
    {
        var tree = ImportTree(withFailures: false);
        var logs = Path.Combine(directory, "logs");

        var run = await RunAsync("import", tree, "--agency-kind", "Department", "--logs", logs);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(
            [Expected("seed-yeji-2020.txt"), Expected("004_pingtan-zone_2022.txt"), Expected("html/yeji-2020.html")],
            run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(DisclosureJson.Deserialize));
        Assert.Equal($"disclosure: 3 input(s): 3 report(s) written (0 with unread cells), 0 without a report; logs in {logs}\n", run.Error);
        Assert.Equal(3, Directory.EnumerateFiles(logs, "*.log", SearchOption.AllDirectories).Count());

        // Without -o or --logs, no log file is written anywhere.
        var bare = await RunAsync("import", tree, "--agency-kind", "Department");
        Assert.Equal(run.Out, bare.Out);
        Assert.Equal("disclosure: 3 input(s): 3 report(s) written (0 with unread cells), 0 without a report\n", bare.Error);

        // On a terminal, a progress bar is drawn and cleared.
        var terminal = await RunWithAsync(null, errorIsTerminal: true, "import", tree, "--agency-kind", "Department");
        Assert.Equal(run.Out, terminal.Out);
        Assert.Contains("\r\u001b[K[................] 0/3 a-seed.txt".Replace("................", new string('.', 24), StringComparison.Ordinal), terminal.Error, StringComparison.Ordinal);
        Assert.Contains("] 1/3 pingtan.txt", terminal.Error, StringComparison.Ordinal);
        Assert.Contains("] 2/3 yeji.html", terminal.Error, StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[Kdisclosure: 3 input(s): 3 report(s) written (0 with unread cells), 0 without a report\n", terminal.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_a_directory_with_unread_cells_exits_3()
    {
        var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "004_pingtan-zone_2022.txt"))
            .Replace("集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件", "集中公开现行有效行政规范性文件，动态更新本年度制发的规范性文件", StringComparison.Ordinal);
        Write("unread/p2022.txt", page);
        WriteBytes("unread/seed.txt", TestFile("seed-yeji-2020.txt"));

        var run = await RunAsync("import", Path.Combine(directory, "unread"));

        Assert.Equal(ExitCodes.IncompleteImport, run.ExitCode);
        var reports = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(DisclosureJson.Deserialize).ToList();
        Assert.Equal([3, 0], reports.Select(r => r.UnreadCells.Count));
        Assert.StartsWith($"disclosure: {Path.Join(directory, "unread", "p2022.txt")}: 3 cell(s) could not be read", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("disclosure: 2 input(s): 2 report(s) written (1 with unread cells), 0 without a report\n", run.Error, StringComparison.Ordinal);
    }

    /// <summary>A file that takes some bytes, then fails as a full disk does.</summary>
    private sealed class FullDiskStream(string path, int capacity) : Stream
    {
        private readonly FileStream file = new(path, FileMode.CreateNew, FileAccess.Write);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => file.Length;

        public override long Position { get => file.Position; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            var room = (int)Math.Min(count, capacity - file.Position);
            file.Write(buffer, offset, room);
            if (room < count)
            {
                throw new IOException("No space left on device");
            }
        }

        public override void Flush() => file.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                file.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    // Issue 16, defect 6: the output was truncated in place, so a full disk lost the existing file. The failure is injected
    // through CliIo.CreateNewFile (a stream that fails after 100 bytes, as a full disk does; root ignores read-only modes).
    [Fact]
    public async Task A_failed_output_write_leaves_the_existing_file_as_it_was()
    {
        var target = Write("out/out.json", "previous content\n");
        var io = new CliIo(new StringWriter(), new StringWriter { NewLine = "\n" }, () => Stream.Null, ErrorIsTerminal: false)
        {
            CreateNewFile = path => new FullDiskStream(path, capacity: 100),
        };

        var code = await CliApp.RunAsync(["import", SeedPath, "-o", target], io);

        Assert.Equal(ExitCodes.InputError, code);
        Assert.EndsWith($"disclosure: {target}: cannot be written: No space left on device (the existing file is unchanged)\n", io.Error.ToString(), StringComparison.Ordinal);
        Assert.Equal("previous content\n", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    [Fact]
    public async Task Output_replaces_the_existing_file_by_a_rename_in_its_directory()
    {
        var target = Write("out/out.json", "previous content\n");
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(target, mode);
        }

        var created = new List<string>();
        var io = new CliIo(new StringWriter(), new StringWriter(), () => Stream.Null, ErrorIsTerminal: false)
        {
            CreateNewFile = path =>
            {
                created.Add(path);
                return new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            },
        };

        Assert.Equal(ExitCodes.Success, await CliApp.RunAsync(["import", SeedPath, "-o", target, "--agency-kind", "Department"], io));

        var temporary = Assert.Single(created);
        Assert.Equal(Path.GetDirectoryName(target), Path.GetDirectoryName(temporary));
        Assert.NotEqual(target, temporary);
        Assert.Equal(Samples.Yeji2020, DisclosureJson.Deserialize(File.ReadAllText(target)));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(mode, File.GetUnixFileMode(target));
        }

        Assert.Equal([target], Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    // Issue 16, defects 7 and 11: a bad line stopped the reading (later reports never checked), and the summary did not
    // count the INPUT error lines it printed.
    [Fact]
    public async Task A_bad_ndjson_line_is_reported_and_the_following_lines_are_still_validated_and_counted()
    {
        var good = DisclosureJson.Serialize(Samples.Yeji2020);
        var lines = Enumerable.Repeat(good, 1000).ToArray();
        lines[499] = "{\"schemaVersion\": 1, ";
        lines[599] = "not json";
        lines[799] = DisclosureJson.Serialize(Unbalanced());
        var file = Write("batch.ndjson", string.Join('\n', lines) + "\n");

        var run = await RunAsync("validate", "--lang", "en", file);

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        var output = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"{file}:500: error INPUT: line 500, byte ", output[0], StringComparison.Ordinal);
        Assert.StartsWith($"{file}:600: error INPUT: line 600, byte 2 at $: 'not json' is an invalid JSON literal", output[1], StringComparison.Ordinal);
        Assert.StartsWith($"{file}:800: error R1 ", output[2], StringComparison.Ordinal);
        Assert.StartsWith($"{file}:800: error R3 ", output[3], StringComparison.Ordinal);
        Assert.StartsWith($"{file}:800: info W2 ", output[4], StringComparison.Ordinal);
        var printedErrors = output.Count(l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.Equal(4, printedErrors);
        Assert.Equal("998 report(s) checked: 4 error(s), 0 warning(s), 1 info; 2 input(s) or line(s) unreadable (counted in the errors)", output[^1]);
        Assert.StartsWith($"disclosure: {file}: line 500, byte ", run.Error, StringComparison.Ordinal);
        Assert.Contains($"disclosure: {file}: line 600, byte 2", run.Error, StringComparison.Ordinal);

        var json = await RunAsync("validate", "--format", "json", file);
        using var document = JsonDocument.Parse(json.Out);
        var findings = document.RootElement.EnumerateArray().ToList();
        Assert.Equal([500L, 600L, 800L, 800L, 800L], findings.Select(f => f.GetProperty("line").GetInt64()));
        Assert.Equal(["INPUT", "INPUT", "R1", "R3", "W2"], findings.Select(f => f.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task An_unreadable_file_is_counted_in_the_summary()
    {
        var bad = Write("a.json", "{");
        var good = Write("b.json", DisclosureJson.Serialize(Samples.Yeji2020));

        var run = await RunAsync("validate", bad, good);

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.EndsWith("1 report(s) checked: 1 error(s), 0 warning(s), 0 info; 1 input(s) or line(s) unreadable (counted in the errors)\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ndjson_line_over_the_size_limit_is_skipped_and_the_next_line_read()
    {
        var huge = "{\"preamble\": \"" + new string('x', DisclosureJsonLimits.MaxDocumentBytes) + "\"}";
        var file = Write("huge.ndjson", huge + "\n" + DisclosureJson.Serialize(Unbalanced()) + "\n");

        var run = await RunAsync("validate", "--lang", "en", file);

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.StartsWith($"{file}:1: error INPUT: line 1: the line is longer than 4194304 bytes\n{file}:2: error R1 ", run.Out, StringComparison.Ordinal);
    }

    // Issue 16, defect 14: render said the document was larger than 4 194 304 bytes; sum leaked "(Parameter 'reports')".
    [Fact]
    public async Task Render_of_an_ndjson_file_says_it_is_ndjson_and_what_to_do()
    {
        var file = Write("batch.ndjson", Ndjson(Samples.Yeji2020, Samples.Pingtan2022));

        var run = await RunAsync("render", file, "--as", "markdown");
        var fromStdin = await RunWithInputAsync(Ndjson(Samples.Yeji2020, Samples.Pingtan2022), "render", "-", "--as", "html");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Equal($"disclosure: {file}: this is NDJSON (one report a line), and render reads one report: pass one line of it (for example: sed -n 1p {file} | disclosure render - …), or use validate or sum, which read NDJSON\n", run.Error);
        Assert.Equal(ExitCodes.InputError, fromStdin.ExitCode);
        Assert.StartsWith("disclosure: -: this is NDJSON (one report a line)", fromStdin.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sum_errors_do_not_name_the_library_parameter()
    {
        var run = await RunAsync("sum", Write("y.json", DisclosureJson.Serialize(Samples.Yeji2020)), Write("p.json", DisclosureJson.Serialize(Samples.Pingtan2022)));

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.StartsWith("disclosure: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sum_that_overflows_a_cell_names_the_cell_and_exits_2()
    {
        // Issue 16, defect 4: two reports holding int.MaxValue in one cell crashed `sum` with an unhandled OverflowException.
        var big = Samples.Yeji2020 with { ReviewAndLitigation = ReviewAndLitigationTable.FromPrintOrder([int.MaxValue, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) };
        var json = DisclosureJson.Serialize(big);

        var run = await RunAsync("sum", Write("a.json", json), Write("b.json", json));

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.StartsWith("disclosure: The sum of ReviewAndLitigation.AdministrativeReview.", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }
}
