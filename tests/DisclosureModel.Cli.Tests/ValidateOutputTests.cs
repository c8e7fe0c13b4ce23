using System.Text;
using System.Text.Json;
using DisclosureModel.Json;
using Snapshooter.Xunit;

namespace DisclosureModel.Cli.Tests;

/// <summary>
/// What <c>disclosure validate</c> tells a reader: the main job's summary (no file given) and the SARIF 2.1.0 log of
/// <c>--format sarif</c>, checked against the properties the SARIF 2.1.0 specification requires (OASIS, sections 3.13
/// sarifLog, 3.14 run, 3.18 tool, 3.19 toolComponent, 3.49 reportingDescriptor, 3.27 result, 3.28 location, 3.29
/// physicalLocation, 3.4 artifactLocation, 3.30 region, 3.33 logicalLocation, 3.20 invocation, 3.58 notification,
/// 3.11 message).
/// </summary>
public sealed class ValidateOutputTests : IDisposable
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    private readonly string directory = Directory.CreateTempSubdirectory("disclosure-sarif-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private sealed record Run(int ExitCode, string Out, string Error);

    private static async Task<Run> RunAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var io = new CliIo(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(DisclosureJson.Serialize(Unbalanced()))), ErrorIsTerminal: false);
        var code = await CliApp.RunAsync(args, io);
        return new Run(code, output.ToString(), error.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory, name);
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

    // An unbalanced report (R1, R3 and the sample's W2), an NDJSON file whose second line is no report, a JSON file
    // broken at its fifth line, and standard input (the unbalanced report again).
    private (string[] Args, string Unbalanced, string Batch, string Broken) Inputs()
    {
        var unbalanced = Write("a-unbalanced.json", DisclosureJson.Serialize(Unbalanced()));
        var batch = Write("b-batch.ndjson", DisclosureJson.Serialize(Samples.Yeji2020) + "\n{\"schemaVersion\": 1}\n");
        var broken = Write("c-broken.json", DisclosureJson.Serialize(Samples.Yeji2020, indented: true).Replace("\"reportYear\": 2020", "\"reportYear\": \"2020\"", StringComparison.Ordinal));
        return ([unbalanced, batch, broken, "-"], unbalanced, batch, broken);
    }

    /// <summary>Issue 18: a narrative finding shows its narrative location (member, offset, length, sentence) in text, JSON and SARIF.</summary>
    [Fact]
    public async Task A_narrative_finding_shows_the_sentence_member_and_offset_in_every_format()
    {
        var part = Samples.Pingtan2022.Overview.Parts[1];
        var text = part.Text.Replace("全区收到政府信息公开申请75件", "本机关收到政府信息公开申请75件", StringComparison.Ordinal);
        var offset = text.IndexOf("本机关收到", StringComparison.Ordinal);
        var report = Samples.Pingtan2022 with { Overview = Samples.Pingtan2022.Overview with { Parts = [Samples.Pingtan2022.Overview.Parts[0], part with { Text = text }] } };
        var file = Write("narrative.json", DisclosureJson.Serialize(report));

        var plain = await RunAsync("validate", file, "--lang", "en");
        var line = Assert.Single(plain.Out.Split('\n'), l => l.Contains(" N1 ", StringComparison.Ordinal));
        Assert.EndsWith($"[narrative Overview.Parts[1].Text@{offset}+16]", line, StringComparison.Ordinal);
        Assert.Contains("Applications.NewlyReceived.Total", line, StringComparison.Ordinal);

        var json = await RunAsync("validate", file, "--format", "json");
        using (var document = JsonDocument.Parse(json.Out))
        {
            var finding = Assert.Single(document.RootElement.EnumerateArray(), f => f.GetProperty("code").GetString() == "N1");
            var narrative = finding.GetProperty("narrative");
            Assert.Equal(("Overview.Parts[1].Text", offset, 16), (narrative.GetProperty("path").GetString(), narrative.GetProperty("offset").GetInt32(), narrative.GetProperty("length").GetInt32()));
            Assert.StartsWith("2022年，本机关收到政府信息公开申请75件", narrative.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        }

        var sarif = await RunAsync("validate", file, "--format", "sarif");
        using (var document = JsonDocument.Parse(sarif.Out))
        {
            var result = Assert.Single(document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "N1");
            var related = Assert.Single(result.GetProperty("relatedLocations").EnumerateArray());
            Assert.Equal(1, related.GetProperty("id").GetInt32());
            Assert.StartsWith("2022年，本机关收到政府信息公开申请75件", related.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Equal("Overview.Parts[1].Text", related.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
            Assert.Equal(offset, related.GetProperty("properties").GetProperty("offset").GetInt32());
            Assert.True(related.TryGetProperty("physicalLocation", out _));
        }
    }

    [Fact]
    public async Task The_main_job_summarises_the_2021_sample_under_the_statutory_labels()
    {
        var run = await RunAsync("validate", "--lang", "en");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("No file given: validating the embedded sample report (Samples.Pingtan2022, 2021 format).", run.Out, StringComparison.Ordinal);
        Assert.Contains("\n平潭综合实验区 2022年政府信息公开工作年度报告\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("    行政复议", run.Out, StringComparison.Ordinal);
        Assert.Contains("    行政诉讼 未经复议直接起诉", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("reviews / lawsuits", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("1 report(s) checked: 0 error(s), 0 warning(s), 1 info\n", run.Out, StringComparison.Ordinal);
        Snapshot.Match(run.Out);
    }

    [Fact]
    public async Task The_main_job_speaks_chinese_with_lang_zh()
    {
        var run = await RunAsync("validate", "--lang", "zh");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("未指定文件：校验内置样例报告（Samples.Pingtan2022，2021年版格式）。", run.Out, StringComparison.Ordinal);
        Assert.Contains("  四、政府信息公开行政复议、行政诉讼情况\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("总计 2 = 结果维持 0 + 结果纠正 1 + 其他结果 1 + 尚未审结 0", run.Out, StringComparison.Ordinal);
        Assert.Contains("(sample): info W2 Overview: 一、总体情况共2025字", run.Out, StringComparison.Ordinal);
        Assert.EndsWith("共校验 1 份报告：错误 0 项，警告 0 项，提示 1 项\n", run.Out, StringComparison.Ordinal);
        Snapshot.Match(run.Out);
    }

    [Fact]
    public async Task The_main_job_in_sarif_and_json_names_the_sample()
    {
        var json = await RunAsync("validate", "--format", "json", "--lang", "en");
        using var findings = JsonDocument.Parse(json.Out);
        var finding = Assert.Single(findings.RootElement.EnumerateArray());
        Assert.Equal("(sample)", finding.GetProperty("file").GetString());
        Assert.Equal("W2", finding.GetProperty("code").GetString());

        var sarif = await RunAsync("validate", "--format", "sarif", "--lang", "en");
        using var log = JsonDocument.Parse(sarif.Out);
        var result = Assert.Single(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal(
            "the embedded sample report Samples.Pingtan2022",
            result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("description").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Sarif_output_has_every_property_the_specification_requires()
    {
        var (args, unbalanced, batch, broken) = Inputs();
        var run = await RunAsync(["validate", "--format", "sarif", "--lang", "en", .. args]);
        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var log = document.RootElement;

        // sarifLog: version "2.1.0" and runs; no $schema (a URI of a host we do not own) and no other URI but file URIs.
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        Assert.False(log.TryGetProperty("$schema", out _));
        Assert.DoesNotContain("http", run.Out, StringComparison.OrdinalIgnoreCase);
        var sarifRun = Assert.Single(log.GetProperty("runs").EnumerateArray());

        // tool.driver: name required; the rules are the catalogue, each with an id, a name and both descriptions.
        var driver = sarifRun.GetProperty("tool").GetProperty("driver");
        Assert.Equal("disclosure", driver.GetProperty("name").GetString());
        Assert.False(driver.TryGetProperty("informationUri", out _));
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", driver.GetProperty("semanticVersion").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(DisclosureModel.Validation.DisclosureRules.All.Select(r => r.Code), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var (rule, definition) in rules.Zip(DisclosureModel.Validation.DisclosureRules.All))
        {
            Assert.Matches("^[A-Z][A-Za-z0-9]+$", rule.GetProperty("name").GetString());
            Assert.Equal(definition.EnglishTitle, rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.StartsWith(definition.EnglishTitle, rule.GetProperty("fullDescription").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Levels);
            Assert.Equal(definition.ChineseTitle, rule.GetProperty("properties").GetProperty("chineseTitle").GetString());
        }

        Assert.Equal("error", rules.Single(r => r.GetProperty("id").GetString() == "R1").GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("note", rules.Single(r => r.GetProperty("id").GetString() == "W2").GetProperty("defaultConfiguration").GetProperty("level").GetString());

        // results: message.text, a ruleId and ruleIndex that agree with the rules, a level, physical and logical locations.
        var results = sarifRun.GetProperty("results").EnumerateArray().ToList();
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), Levels);
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var location = Assert.Single(result.GetProperty("locations").EnumerateArray());
            Assert.True(location.GetProperty("physicalLocation").TryGetProperty("artifactLocation", out _));
            var logical = Assert.Single(location.GetProperty("logicalLocations").EnumerateArray());
            Assert.Equal("member", logical.GetProperty("kind").GetString());
            Assert.EndsWith(logical.GetProperty("name").GetString()!, logical.GetProperty("fullyQualifiedName").GetString(), StringComparison.Ordinal);
        }

        // The findings of --format json, in the same order, with the same codes and paths.
        var json = await RunAsync(["validate", "--format", "json", "--lang", "en", .. args]);
        using var jsonDocument = JsonDocument.Parse(json.Out);
        var jsonFindings = jsonDocument.RootElement.EnumerateArray().Where(f => f.GetProperty("code").GetString() != "INPUT").ToList();
        Assert.Equal(
            jsonFindings.Select(f => (f.GetProperty("code").GetString(), f.GetProperty("path").GetString(), f.GetProperty("message").GetString())),
            results.Select(r => (r.GetProperty("ruleId").GetString(), r.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString(), r.GetProperty("message").GetProperty("text").GetString())));

        var r1 = results[0];
        Assert.Equal("R1", r1.GetProperty("ruleId").GetString());
        Assert.Equal("error", r1.GetProperty("level").GetString());
        Assert.Equal(new Uri(unbalanced).AbsoluteUri, r1.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("Applications.CarriedForwardToNextYear.NaturalPerson", r1.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        Assert.Contains("一 + 二 = 70 + 1 = 71", r1.GetProperty("properties").GetProperty("chineseMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal(r1.GetProperty("message").GetProperty("text").GetString(), r1.GetProperty("properties").GetProperty("englishMessage").GetString());
        Assert.Equal(
            "standard input",
            results[^1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("description").GetProperty("text").GetString());

        // invocations: executionSuccessful (required) and the unreadable inputs as error notifications, located.
        var invocation = Assert.Single(sarifRun.GetProperty("invocations").EnumerateArray());
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(ExitCodes.InputError, invocation.GetProperty("exitCode").GetInt32());
        var notifications = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
        Assert.Equal(2, notifications.Count);
        Assert.All(notifications, n =>
        {
            Assert.Equal("error", n.GetProperty("level").GetString());
            Assert.Equal("INPUT", n.GetProperty("descriptor").GetProperty("id").GetString());
            Assert.Equal("INPUT", driver.GetProperty("notifications")[n.GetProperty("descriptor").GetProperty("index").GetInt32()].GetProperty("id").GetString());
            Assert.False(string.IsNullOrEmpty(n.GetProperty("message").GetProperty("text").GetString()));
        });
        Assert.Equal([(new Uri(batch).AbsoluteUri, 2), (new Uri(broken).AbsoluteUri, 5)], notifications.Select(n =>
        {
            var physical = n.GetProperty("locations")[0].GetProperty("physicalLocation");
            return (physical.GetProperty("artifactLocation").GetProperty("uri").GetString(), physical.GetProperty("region").GetProperty("startLine").GetInt32());
        }));
    }

    [Fact]
    public async Task Sarif_output_in_chinese_keeps_both_languages()
    {
        var file = Write("r.json", DisclosureJson.Serialize(Unbalanced()));
        var run = await RunAsync("validate", "--format", "sarif", "--lang", "zh", file);
        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var sarifRun = document.RootElement.GetProperty("runs")[0];
        Assert.Equal("zh-CN", sarifRun.GetProperty("language").GetString());
        var rule = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal("本列数据第一项加第二项之和，等于第三项加第四项之和", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("Newly received plus carried over equals the outcome total plus carried forward, in each column", rule.GetProperty("properties").GetProperty("englishTitle").GetString());
        var result = sarifRun.GetProperty("results")[0];
        Assert.Equal(result.GetProperty("message").GetProperty("text").GetString(), result.GetProperty("properties").GetProperty("chineseMessage").GetString());
        Assert.StartsWith("Section 三, column 自然人", result.GetProperty("properties").GetProperty("englishMessage").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_smallest_correction_follows_a_failed_balancing_rule_in_text_json_and_sarif()
    {
        // One natural person fewer in 一、本年新收 (70, printed total 74): R1 and R3 fail; putting the 71 back fixes both.
        var file = Write("r.json", DisclosureJson.Serialize(Unbalanced()));
        const string Path = "Applications.NewlyReceived.NaturalPerson";

        var text = await RunAsync("validate", "--lang", "en", file);
        Assert.Equal(ExitCodes.Findings, text.ExitCode);
        var lines = text.Out.Split('\n');
        Assert.EndsWith(" = 72 + 0 = 72. Suggested correction: 一、本年新收政府信息公开申请数量 自然人 70 → 71 makes R1 hold.", Assert.Single(lines, l => l.Contains(": error R1 ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith(" = 73. Suggested correction: 一、本年新收政府信息公开申请数量 自然人 70 → 71 makes R3 hold.", Assert.Single(lines, l => l.Contains(": error R3 ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("Suggested", Assert.Single(lines, l => l.Contains(": info W2 ", StringComparison.Ordinal)), StringComparison.Ordinal);
        var chinese = await RunAsync("validate", "--lang", "zh", file);
        Assert.Contains(" = 72 + 0 = 72。 建议更正：一、本年新收政府信息公开申请数量 自然人 70 → 71 使 R1 成立。\n", chinese.Out, StringComparison.Ordinal);

        var json = await RunAsync("validate", "--format", "json", "--lang", "en", file);
        using var findings = JsonDocument.Parse(json.Out);
        var balancing = findings.RootElement.EnumerateArray().Where(f => f.GetProperty("code").GetString() is "R1" or "R3").ToList();
        Assert.Equal(2, balancing.Count);
        foreach (var finding in balancing)
        {
            var correction = Assert.Single(finding.GetProperty("corrections").EnumerateArray());
            var change = Assert.Single(correction.GetProperty("changes").EnumerateArray());
            Assert.Equal((Path, "一、本年新收政府信息公开申请数量", "自然人", 70, 71), (change.GetProperty("path").GetString(), change.GetProperty("row").GetString(), change.GetProperty("column").GetString(), change.GetProperty("from").GetInt32(), change.GetProperty("to").GetInt32()));
            Assert.False(finding.TryGetProperty("moreCorrections", out _));
        }

        Assert.DoesNotContain(findings.RootElement.EnumerateArray(), f => f.GetProperty("code").GetString() == "W2" && f.TryGetProperty("corrections", out _));

        var sarif = await RunAsync("validate", "--format", "sarif", "--lang", "en", file);
        using var log = JsonDocument.Parse(sarif.Out);
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "R1");
        var fix = Assert.Single(result.GetProperty("properties").GetProperty("corrections").EnumerateArray());
        Assert.Equal("一、本年新收政府信息公开申请数量 自然人 70 → 71 makes R1 hold", fix.GetProperty("description").GetString());
        Assert.Equal(Path, fix.GetProperty("changes")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Relative_paths_are_relative_uris_on_the_working_directory()
    {
        // The working directory is process-wide: a relative path is made by walking up from it to the temporary file.
        var file = Write("relative.json", DisclosureJson.Serialize(Unbalanced()));
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);
        var run = await RunAsync("validate", "--format", "sarif", relative);
        using var document = JsonDocument.Parse(run.Out);
        var sarifRun = document.RootElement.GetProperty("runs")[0];
        var artifact = sarifRun.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("WORKINGDIR", artifact.GetProperty("uriBaseId").GetString());
        var baseUri = new Uri(sarifRun.GetProperty("originalUriBaseIds").GetProperty("WORKINGDIR").GetProperty("uri").GetString()!);
        Assert.Equal(new Uri(file), new Uri(baseUri, artifact.GetProperty("uri").GetString()));
    }

    [Fact]
    public async Task Sarif_output_is_stable()
    {
        var (args, _, _, _) = Inputs();
        var first = await RunAsync(["validate", "--format", "sarif", "--lang", "en", .. args]);
        var second = await RunAsync(["validate", "--format", "sarif", "--lang", "en", .. args]);
        Assert.Equal(first.Out, second.Out);

        // The tool's version and the temporary directory are the only parts that vary between builds and machines.
        using var document = JsonDocument.Parse(first.Out);
        var version = document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("version").GetString();
        var text = first.Out
            .Replace(new Uri(directory).AbsoluteUri, "file:///TEMP", StringComparison.Ordinal)
            .Replace($"\"{version}\"", "\"VERSION\"", StringComparison.Ordinal)
            .Replace(directory, "TEMP", StringComparison.Ordinal);
        Snapshot.Match(text);
    }
}
