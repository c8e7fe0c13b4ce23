using System.Diagnostics;
using System.Text.RegularExpressions;
using DisclosureModel.Json;

namespace DisclosureModel.Cli.Tests;

/// <summary><c>disclosure report DIR|NDJSON</c> run as a separate process over real files.</summary>
public sealed partial class DashboardProcessTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("disclosure-dashboard-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static (string FileName, string[] Arguments) Tool =>
        Environment.GetEnvironmentVariable("DISCLOSURE_TOOL") is { Length: > 0 } tool
            ? (tool, [])
            : ("dotnet", [Path.Combine(AppContext.BaseDirectory, "disclosure.dll")]);

    private static async Task<(int ExitCode, string Error)> RunAsync(params string[] args)
    {
        var (tool, toolArgs) = Tool;
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in toolArgs.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        await output;
        return (process.ExitCode, await error);
    }

    private static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>A folder of every kind of input: scraped text, an HTML page, report JSON, NDJSON with a bad line, junk.</summary>
    private string MakeInputs()
    {
        var inputs = Path.Combine(directory, "in");
        Directory.CreateDirectory(Path.Combine(inputs, "sub"));
        File.Copy(TestData("002_pingtan-zone_2020.txt"), Path.Combine(inputs, "pingtan-2020.txt"));
        File.Copy(TestData(Path.Combine("html", "004_pingtan-zone_2022.html")), Path.Combine(inputs, "sub", "pingtan-2022.html"));
        File.WriteAllText(Path.Combine(inputs, "yeji.json"), DisclosureJson.Serialize(Samples.Yeji2020));
        var other = Samples.Yeji2020 with { Metadata = Samples.Yeji2020.Metadata with { AgencyName = "某县交通运输局" } };
        File.WriteAllText(Path.Combine(inputs, "more.ndjson"), DisclosureJson.Serialize(other) + "\n{\"not\": \"a report\"}\n");
        File.WriteAllBytes(Path.Combine(inputs, "junk.bin"), [0x00, 0x01, 0x02, 0xFF]);
        return inputs;
    }

    [Fact]
    public async Task A_directory_gives_a_dashboard_linking_to_one_page_per_report_and_lists_what_could_not_be_read()
    {
        var inputs = MakeInputs();
        var output = Path.Combine(directory, "out", "dashboard.html");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);

        var (code, error) = await RunAsync("report", inputs, "-o", output, "--lang", "en", "--today", "2026-11-30");

        Assert.True(code == 3, error);
        var html = File.ReadAllText(output);
        Assert.Contains("<tr><th scope=\"row\">junk.bin</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">more.ndjson:2</th>", html, StringComparison.Ordinal);
        Assert.Contains("4 report(s) of 3 agenc(ies); 2 input(s) unreadable", html, StringComparison.Ordinal);

        var links = FindingsLink().Matches(html).Select(m => m.Groups["href"].Value).ToList();
        Assert.Equal(4, links.Count);
        foreach (var link in links)
        {
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(output)!, Uri.UnescapeDataString(link))), link);
        }

        var pages = Directory.GetFiles(Path.Combine(directory, "out", "dashboard.files")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, pages.Count);
        Assert.Contains(pages, page => File.ReadAllText(page).Contains("<span class=\"code\">R2</span>", StringComparison.Ordinal));
        Assert.All(pages, page => Assert.Contains("<a href=\"../dashboard.html\">", File.ReadAllText(page), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_dashboard_and_its_pages_are_byte_identical_run_to_run()
    {
        var inputs = MakeInputs();
        var first = Path.Combine(directory, "a", "d.html");
        var second = Path.Combine(directory, "b", "d.html");
        Directory.CreateDirectory(Path.GetDirectoryName(first)!);
        Directory.CreateDirectory(Path.GetDirectoryName(second)!);

        await RunAsync("report", inputs, "-o", first, "--lang", "zh", "--today", "2026-11-30");
        await RunAsync("report", inputs, "-o", second, "--lang", "zh", "--today", "2026-11-30");

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        var pagesA = Directory.GetFiles(Path.Combine(directory, "a", "d.files")).Order(StringComparer.Ordinal).ToList();
        var pagesB = Directory.GetFiles(Path.Combine(directory, "b", "d.files")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(pagesA.Select(Path.GetFileName), pagesB.Select(Path.GetFileName));
        Assert.All(pagesA.Zip(pagesB), pair => Assert.Equal(File.ReadAllBytes(pair.First), File.ReadAllBytes(pair.Second)));
    }

    [Fact]
    public async Task An_ndjson_file_of_complete_reports_exits_0()
    {
        var ndjson = Path.Combine(directory, "reports.ndjson");
        File.WriteAllText(ndjson, DisclosureJson.Serialize(Samples.Yeji2020) + "\n" + DisclosureJson.Serialize(Samples.Pingtan2022) + "\n");
        var output = Path.Combine(directory, "d.html");

        var (code, error) = await RunAsync("report", ndjson, "-o", output, "--today", "2026-11-30");

        Assert.True(code == 0, error);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(directory, "d.files")).Length);
    }

    [Theory]
    [InlineData("report", "x.ndjson")]
    [InlineData("report", "x", "-o", "d.html", "--today", "2026-13-01")]
    [InlineData("report", "x", "-o", "d.html", "--lang", "fr")]
    public async Task A_wrong_command_line_is_a_usage_error(params string[] args)
    {
        var (code, _) = await RunAsync(args);

        Assert.Equal(64, code);
    }

    [GeneratedRegex("<a href=\"(?<href>[^\"#]+)\">")]
    private static partial Regex FindingsLink();
}
