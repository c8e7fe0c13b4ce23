using System.Diagnostics;
using DisclosureModel.Json;

namespace DisclosureModel.Cli.Tests;

/// <summary>Runs the built tool as a separate process over real files, as a user would.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("disclosure-process-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static async Task<(int ExitCode, string Out, string Error)> RunToolAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "disclosure.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Exit_codes_for_valid_invalid_and_unreadable_files()
    {
        var valid = Path.Combine(directory, "valid.json");
        await File.WriteAllTextAsync(valid, DisclosureJson.Serialize(Samples.Yeji2020, indented: true));
        var invalid = Path.Combine(directory, "invalid.json");
        await File.WriteAllTextAsync(invalid, DisclosureJson.Serialize(Samples.Yeji2020 with
        {
            Applications = Samples.Yeji2020.Applications with { NewlyReceived = ApplicantCounts.FromApplicants(1) },
        }));
        var unreadable = Path.Combine(directory, "unreadable.json");
        await File.WriteAllTextAsync(unreadable, "{\"schemaVersion\": 1, ");

        Assert.Equal(0, (await RunToolAsync("validate", valid)).ExitCode);
        var bad = await RunToolAsync("validate", "--lang", "en", invalid);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains($"{invalid}: error R1 Applications.CarriedForwardToNextYear.NaturalPerson:", bad.Out, StringComparison.Ordinal);
        var broken = await RunToolAsync("validate", unreadable);
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains($"disclosure: {unreadable}: line 1", broken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_directory_of_a_thousand_reports_is_validated_with_no_progress_when_stderr_is_not_a_terminal()
    {
        var bytes = DisclosureJson.SerializeToUtf8Bytes(Samples.Yeji2020);
        for (var i = 0; i < 1000; i++)
        {
            await File.WriteAllBytesAsync(Path.Combine(directory, $"report-{i:D4}.json"), bytes);
        }

        var run = await RunToolAsync("validate", directory);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1000 report(s) checked: 0 error(s), 0 warning(s), 0 info\n", run.Out);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task The_default_command_runs_the_main_job()
    {
        var run = await RunToolAsync();
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("六安市叶集区融媒体中心", run.Out, StringComparison.Ordinal);
    }
}
