using System.Text;
using System.Text.Json;
using DisclosureModel.Json;
using DisclosureModel.Validation;

namespace DisclosureModel.Cli.Tests;

/// <summary>
/// <c>disclosure validate --write-baseline / --baseline</c> in every format (issue 18, point 5); the round trip as a
/// process is <see cref="ProcessTests.A_baseline_round_trip_reports_exactly_the_new_finding_and_the_gone_entry"/>.
/// </summary>
public sealed class BaselineCliTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("disclosure-baseline-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private sealed record Run(int ExitCode, string Out, string Error);

    private static async Task<Run> RunAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var io = new CliIo(output, error, () => new MemoryStream(), ErrorIsTerminal: false);
        var code = await CliApp.RunAsync(args, io);
        return new Run(code, output.ToString(), error.ToString());
    }

    private string Write(string name, DisclosureReport report)
    {
        var path = Path.Combine(directory, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, DisclosureJson.Serialize(report));
        return path;
    }

    /// <summary>The seed with R4 broken in 行政复议 (结果维持 <paramref name="upheld"/>, 总计 0).</summary>
    private static DisclosureReport ReviewImbalance(int upheld) => Samples.Yeji2020 with
    {
        ReviewAndLitigation = ReviewAndLitigationTable.Zero with { AdministrativeReview = CaseResultCounts.Zero.With(CaseResultColumn.Upheld, upheld) },
    };

    /// <summary>Writes a baseline of <paramref name="report"/> as <c>accepted.json</c>, then writes <paramref name="changed"/> in its place.</summary>
    private async Task<(string Report, string Baseline)> BaselineThenChange(DisclosureReport report, DisclosureReport changed)
    {
        var file = Write("r.json", report);
        var baseline = Path.Combine(directory, "accepted.json");
        Assert.Equal(ExitCodes.Success, (await RunAsync("validate", file, "--write-baseline", baseline)).ExitCode);
        Write("r.json", changed);
        return (file, baseline);
    }

    [Fact]
    public async Task Json_output_marks_new_findings_and_lists_gone_entries_as_absent()
    {
        var (file, baseline) = await BaselineThenChange(ReviewImbalance(1), ReviewImbalance(2));
        var run = await RunAsync("validate", file, "--format", "json", "--lang", "en", "--baseline", baseline);

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var elements = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, elements.Count);
        var added = elements[0];
        Assert.Equal(("R4", "ReviewAndLitigation.AdministrativeReview.Total", "new"), (added.GetProperty("code").GetString(), added.GetProperty("path").GetString(), added.GetProperty("baselineState").GetString()));
        Assert.Equal(Fingerprint(ReviewImbalance(2)), added.GetProperty("fingerprint").GetString());
        var gone = elements[1];
        Assert.Equal(
            ["baselineState", "agency", "year", "fingerprint", "code", "path", "message"],
            gone.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("absent", "六安市叶集区融媒体中心", 2020, "R4"), (gone.GetProperty("baselineState").GetString(), gone.GetProperty("agency").GetString(), gone.GetProperty("year").GetInt32(), gone.GetProperty("code").GetString()));
        Assert.Equal(Fingerprint(ReviewImbalance(1)), gone.GetProperty("fingerprint").GetString());
    }

    [Fact]
    public async Task Without_a_baseline_json_findings_carry_their_fingerprint_and_no_state()
    {
        var run = await RunAsync("validate", Write("r.json", ReviewImbalance(1)), "--format", "json");
        using var document = JsonDocument.Parse(run.Out);
        var finding = Assert.Single(document.RootElement.EnumerateArray(), f => f.GetProperty("code").GetString() == "R4");
        Assert.Equal(Fingerprint(ReviewImbalance(1)), finding.GetProperty("fingerprint").GetString());
        Assert.False(finding.TryGetProperty("baselineState", out _));
    }

    [Fact]
    public async Task Sarif_results_have_fingerprints_and_baseline_states_new_and_absent()
    {
        var (file, baseline) = await BaselineThenChange(ReviewImbalance(1), ReviewImbalance(2));
        var run = await RunAsync("validate", file, "--format", "sarif", "--lang", "en", "--baseline", baseline);

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var sarifRun = document.RootElement.GetProperty("runs")[0];
        var results = sarifRun.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["new", "absent"], results.Select(r => r.GetProperty("baselineState").GetString()));
        Assert.Equal(
            [Fingerprint(ReviewImbalance(2)), Fingerprint(ReviewImbalance(1))],
            results.Select(r => r.GetProperty("fingerprints").GetProperty("disclosureFinding/v1").GetString()));
        var absent = results[1];
        Assert.Equal(("R4", "error"), (absent.GetProperty("ruleId").GetString(), absent.GetProperty("level").GetString()));
        var ruleIndex = absent.GetProperty("ruleIndex").GetInt32();
        Assert.Equal("R4", sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules")[ruleIndex].GetProperty("id").GetString());
        Assert.Equal("ReviewAndLitigation.AdministrativeReview.Total", absent.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        Assert.Equal(("六安市叶集区融媒体中心", 2020), (absent.GetProperty("properties").GetProperty("agency").GetString(), absent.GetProperty("properties").GetProperty("year").GetInt32()));
        Assert.EndsWith("= 1 + 0 + 0 + 0 = 1.", absent.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, sarifRun.GetProperty("invocations")[0].GetProperty("exitCode").GetInt32());
    }

    [Fact]
    public async Task Accepted_warnings_do_not_fail_with_warnings_as_errors_but_new_ones_do()
    {
        // A department's 2020 report published two days late (D1, a warning), then three days late.
        static DisclosureReport Late(int day) => Samples.Yeji2020 with { Metadata = Samples.Yeji2020.Metadata with { PublishedAt = new NodaTime.LocalDateTime(2021, 2, day, 9, 0) } };
        var (file, baseline) = await BaselineThenChange(Late(2), Late(2));

        var accepted = await RunAsync("validate", file, "--warnings-as-errors", "--lang", "en", "--baseline", baseline);
        Assert.Equal(ExitCodes.Success, accepted.ExitCode);
        Assert.StartsWith("1 report(s) checked: new: 0 error(s), 0 warning(s), 0 info; ", accepted.Out, StringComparison.Ordinal);

        Write("r.json", Late(3));
        var later = await RunAsync("validate", file, "--warnings-as-errors", "--lang", "en", "--baseline", baseline);
        Assert.Equal(ExitCodes.Findings, later.ExitCode);
        Assert.Contains($"{file}: warning D1 Metadata.PublishedAt: ", later.Out, StringComparison.Ordinal);
        Assert.Contains($"{baseline}: gone D1 Metadata.PublishedAt (六安市叶集区融媒体中心 2020): ", later.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sample_run_records_and_accepts_its_findings_in_chinese_too()
    {
        var baseline = Path.Combine(directory, "sample.json");
        var write = await RunAsync("validate", "--lang", "zh", "--write-baseline", baseline);
        Assert.Equal(ExitCodes.Success, write.ExitCode);
        var recorded = FindingBaseline.Parse(await File.ReadAllTextAsync(baseline));
        Assert.Contains(recorded.Entries, e => e is { Code: "W2", Path: "Overview", Agency: "平潭综合实验区", Year: 2022 });
        Assert.Equal($"disclosure: 已将 {recorded.Entries.Count} 项问题记入基线 {baseline}\n", write.Error);

        var run = await RunAsync("validate", "--lang", "zh", "--baseline", baseline);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("(sample): info W2", run.Out, StringComparison.Ordinal);
        Assert.EndsWith($"共校验 1 份报告：新错误 0 项，警告 0 项，提示 0 项；基线已接受 {recorded.Entries.Count} 项（未列出），基线中 0 项已不再出现\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_baseline_kept_in_the_validated_directory_is_not_read_as_a_report()
    {
        var reports = Path.Combine(directory, "reports");
        Write("reports/a.json", ReviewImbalance(1));
        Write("reports/b/c.json", ReviewImbalance(2) with { Metadata = Samples.Yeji2020.Metadata with { AgencyName = "另一机关" } });
        var baseline = Path.Combine(reports, "accepted.json");

        var write = await RunAsync("validate", reports, "--lang", "en", "--write-baseline", baseline);
        Assert.Equal(ExitCodes.Success, write.ExitCode);
        Assert.Equal(["六安市叶集区融媒体中心", "另一机关"], FindingBaseline.Parse(await File.ReadAllTextAsync(baseline)).Entries.Where(e => e.Code == "R4").Select(e => e.Agency));

        var run = await RunAsync("validate", reports, "--lang", "en", "--baseline", baseline);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("2 report(s) checked: new: 0 error(s)", run.Out, StringComparison.Ordinal);
        Assert.Equal($"disclosure: {baseline}: the baseline file, not validated\n", run.Error);
    }

    [Fact]
    public async Task A_malformed_or_missing_baseline_is_an_unreadable_input_and_nothing_is_validated()
    {
        var file = Write("r.json", ReviewImbalance(1));
        var report = await RunAsync("validate", file, "--baseline", file);
        Assert.Equal(ExitCodes.InputError, report.ExitCode);
        Assert.Empty(report.Out);
        Assert.StartsWith($"disclosure: {file}: not a finding baseline: The member 'schemaVersion' is not part of a finding baseline;", report.Error, StringComparison.Ordinal);
        Assert.EndsWith("(at $.schemaVersion, line 1)\n", report.Error, StringComparison.Ordinal);

        var missing = await RunAsync("validate", file, "--baseline", Path.Combine(directory, "none.json"));
        Assert.Equal(ExitCodes.InputError, missing.ExitCode);
        Assert.StartsWith($"disclosure: {Path.Combine(directory, "none.json")}: the baseline could not be read: ", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_baseline_options_at_once_are_a_usage_error()
    {
        var file = Write("r.json", ReviewImbalance(1));
        var run = await RunAsync("validate", file, "--baseline", "a.json", "--write-baseline", "b.json");
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--baseline and --write-baseline cannot be given together", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_baseline_that_cannot_be_written_fails_the_run_and_leaves_the_old_file()
    {
        var file = Write("r.json", ReviewImbalance(1));
        var baseline = Path.Combine(directory, "accepted.json");
        var old = FindingBaseline.Empty.ToJson();
        await File.WriteAllTextAsync(baseline, old);
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var io = new CliIo(output, error, () => new MemoryStream(), ErrorIsTerminal: false)
        {
            CreateNewFile = _ => throw new IOException("No space left on device"),
        };

        Assert.Equal(ExitCodes.InputError, await CliApp.RunAsync(["validate", file, "--write-baseline", baseline], io));
        Assert.Equal(old, await File.ReadAllTextAsync(baseline));
        Assert.Contains($"disclosure: {baseline}: cannot be written: No space left on device (the existing file is unchanged)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_no_baseline_is_never_overwritten()
    {
        var file = Write("r.json", ReviewImbalance(1));
        var before = await File.ReadAllTextAsync(file);

        var run = await RunAsync("validate", file, "--write-baseline", file);
        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Equal($"disclosure: {file}: exists and is not a finding baseline; refusing to overwrite it (give another file for --write-baseline)\n", run.Error);
        Assert.Empty(run.Out);
        Assert.Equal(before, await File.ReadAllTextAsync(file));
    }

    private static string Fingerprint(DisclosureReport report) =>
        new DisclosureReportValidator(new DisclosureValidatorOptions { MinimumSeverity = FluentValidation.Severity.Info })
            .Validate(report).GetViolations().Single(v => v.Code == "R4").Fingerprint;
}
