using System.Text.Json;
using DisclosureModel.Analysis;
using DisclosureModel.Import;
using DisclosureModel.Json;

namespace DisclosureModel.Cli.Tests;

/// <summary>
/// <c>disclosure check-rollup</c> in-process: a real page (Pingtan 2022, read by content) and a report JSON as members,
/// an aggregate summed from them with one cell changed, a missing member, an unreadable member, and the usage errors.
/// The built (or shipped) tool runs the same files in <c>ProcessTests.Check_rollup_reads_members_by_content_and_reports_the_changed_cell_and_the_missing_member</c>.
/// </summary>
public sealed class CheckRollupTests : IDisposable
{
    internal const string ChangedPath = "Applications.NewlyReceived.NaturalPerson";

    private readonly string directory = Directory.CreateTempSubdirectory("disclosure-rollup-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    internal static string TestDataPath(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>The real page as the tool imports it (by content), and a second member: the sample under another name.</summary>
    internal static (DisclosureReport Page, DisclosureReport Other) Members()
    {
        var page = ReportImporter.ImportText(File.ReadAllText(TestDataPath("004_pingtan-zone_2022.txt"))).Report!;
        return (page, Samples.Pingtan2022 with { Metadata = Samples.Pingtan2022.Metadata with { AgencyName = "乙局" } });
    }

    /// <summary>Writes the members' sum with one cell raised by one; returns the paths and the printed and summed values.</summary>
    internal static (string Aggregate, string Other, long Printed, long Sum) WriteFiles(string directory)
    {
        var (page, other) = Members();
        var sum = ReportAggregator.Sum([page, other], "某县", AgencyKind.CountyAggregate).Report;
        var catalog = CellCatalog.For(sum);
        var values = catalog.Read(sum);
        var index = catalog.Find(ChangedPath)!.Index;
        var summed = (long)values[index].Number!.Value;
        values[index] = new(summed + 1);
        var aggregate = Path.Combine(directory, "aggregate.json");
        File.WriteAllText(aggregate, DisclosureJson.Serialize(catalog.Build(sum, values), indented: true));
        var otherPath = Path.Combine(directory, "other.json");
        File.WriteAllText(otherPath, DisclosureJson.Serialize(other));
        return (aggregate, otherPath, summed + 1, summed);
    }

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var io = new CliIo(output, error, () => Stream.Null, ErrorIsTerminal: false);
        var code = await CliApp.RunAsync(args, io);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Json_and_sarif_carry_the_same_findings()
    {
        var (aggregate, other, _, _) = WriteFiles(directory);
        var page = TestDataPath("004_pingtan-zone_2022.txt");

        var json = await RunAsync("check-rollup", aggregate, page, other, "--missing", "丙局", "--format", "json", "--lang", "zh");
        Assert.Equal(1, json.ExitCode);
        var findings = JsonDocument.Parse(json.Out).RootElement.EnumerateArray().Select(f => $"{f.GetProperty("code").GetString()} {f.GetProperty("severity").GetString()} {f.GetProperty("path").GetString()}").ToList();
        Assert.Equal(["A3 info Members[2]", $"A1 error {ChangedPath}"], findings);

        var sarif = await RunAsync("check-rollup", aggregate, page, other, "--format", "sarif");
        Assert.Equal(1, sarif.ExitCode);
        var results = JsonDocument.Parse(sarif.Out).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["A1"], results.Select(r => r.GetProperty("ruleId").GetString()));
    }

    [Fact]
    public async Task An_unreadable_member_is_exit_2_and_checked_as_missing_by_its_path()
    {
        var (aggregate, other, _, _) = WriteFiles(directory);
        var broken = Path.Combine(directory, "broken.json");
        await File.WriteAllTextAsync(broken, "{\"schemaVersion\": 1, ");

        var run = await RunAsync("check-rollup", aggregate, broken, other, "--lang", "en");

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.StartsWith($"disclosure: {broken}: line 1", run.Error, StringComparison.Ordinal);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"{broken}: error INPUT: line 1", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{aggregate}: info A3 Members[0]: The report of the member “{broken}” is missing", lines[1], StringComparison.Ordinal);
        Assert.All(lines.Skip(2).SkipLast(1), line => Assert.EndsWith($"members whose report is missing: {broken}.", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreadable_aggregate_or_one_of_another_shape_is_exit_2()
    {
        var (_, other, _, _) = WriteFiles(directory);
        var text = Path.Combine(directory, "nothing.txt");
        await File.WriteAllTextAsync(text, "这不是年度报告。");

        var none = await RunAsync("check-rollup", text, other);
        Assert.Equal(ExitCodes.InputError, none.ExitCode);
        Assert.Contains($"disclosure: {text}: no report could be recognised", none.Error, StringComparison.Ordinal);

        var mixed = Path.Combine(directory, "mixed.json");
        await File.WriteAllTextAsync(mixed, DisclosureJson.Serialize(Samples.Pingtan2022 with { ProactiveDisclosure = Samples.Yeji2020.ProactiveDisclosure }));
        var run = await RunAsync("check-rollup", mixed, other);
        Assert.Equal((ExitCodes.InputError, string.Empty), (run.ExitCode, run.Out));
        Assert.Contains($"disclosure: {mixed}: line 1, byte ", run.Error, StringComparison.Ordinal);
        Assert.Contains("at $.proactiveDisclosure.edition", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_of_another_year_is_an_error_finding_not_a_crash()
    {
        var (aggregate, other, _, _) = WriteFiles(directory);
        var run = await RunAsync("check-rollup", aggregate, other, TestDataPath("002_pingtan-zone_2020.txt"), "--lang", "en");

        Assert.Equal(ExitCodes.Findings, run.ExitCode);
        Assert.StartsWith($"{aggregate}: error A2 Members[1].Metadata.ReportYear: The member “平潭综合实验区” is a report on 2020 in the 2019 format, the aggregate one on 2022 in the 2021 format;", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check-rollup")]
    [InlineData("check-rollup", "aggregate.json")]
    [InlineData("check-rollup", "a.json", "b.json", "--missing", " ")]
    [InlineData("check-rollup", "a.json", "b.json", "--format", "xml")]
    [InlineData("check-rollup", "a.json", "--bogus")]
    public async Task Usage_errors_are_64(params string[] args)
    {
        Assert.Equal(ExitCodes.UsageError, (await RunAsync(args)).ExitCode);
    }
}
