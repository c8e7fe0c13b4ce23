using System.Diagnostics;
using System.Text;
using DisclosureModel.Json;
using DisclosureModel.Word;

namespace DisclosureModel.Cli.Tests;

/// <summary><c>disclosure render FILE --as docx -o out.docx</c>: in process, and as a separate process over real files.</summary>
public sealed class RenderDocxTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("disclosure-docx-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var io = new CliIo(output, error, () => new MemoryStream(), ErrorIsTerminal: false);
        var code = await CliApp.RunAsync(args, io);
        return (code, output.ToString(), error.ToString());
    }

    private string Report(DisclosureReport report)
    {
        var path = Path.Combine(directory, "report.json");
        File.WriteAllText(path, DisclosureJson.Serialize(report));
        return path;
    }

    [Fact]
    public async Task Render_as_docx_writes_the_word_document_to_the_output_file()
    {
        var output = Path.Combine(directory, "out.docx");
        File.WriteAllText(output, "an older file");

        var run = await RunAsync("render", Report(Samples.Yeji2020), "--as", "docx", "-o", output);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Empty(run.Out);
        Assert.Equal(DocxReportWriter.ToBytes(Samples.Yeji2020), File.ReadAllBytes(output));
        Assert.Equal([output], Directory.GetFiles(directory, "*.docx*"));
    }

    [Theory]
    [InlineData]
    [InlineData("-o", "-")]
    public async Task Render_as_docx_without_a_file_is_a_usage_error_and_writes_nothing(params string[] output)
    {
        var run = await RunAsync(["render", Report(Samples.Yeji2020), "--as", "docx", .. output]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Equal("disclosure: render --as docx writes a binary Word document: give the file with -o, e.g. -o report.docx\n", run.Error);
    }

    [Fact]
    public async Task Render_to_a_file_writes_text_formats_too()
    {
        var output = Path.Combine(directory, "out.md");
        var run = await RunAsync("render", Report(Samples.Pingtan2022), "--as", "markdown", "-o", output);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Empty(run.Out);
        Assert.Equal(Rendering.ReportRenderer.ToMarkdown(Samples.Pingtan2022), File.ReadAllText(output, Encoding.UTF8));
    }

    [Fact]
    public async Task Render_refuses_to_write_over_its_input()
    {
        var input = Report(Samples.Yeji2020);
        var before = File.ReadAllBytes(input);

        var run = await RunAsync("render", input, "--as", "docx", "-o", input);

        Assert.Equal(ExitCodes.InputError, run.ExitCode);
        Assert.Contains("is the input file", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public async Task The_tool_renders_a_docx_that_imports_back_as_the_same_report()
    {
        var output = Path.Combine(directory, "p.docx");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "disclosure.dll"), "render", Report(Samples.Pingtan2022), "--as", "docx", "-o", output })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // a guard against a hang, not a measurement
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == ExitCodes.Success, await error);
        Assert.Empty(await stdout);
        var result = DocxReportImporter.Import(File.ReadAllBytes(output), new Import.ImportOptions { AgencyKind = AgencyKind.Government, ReadBlanksAsZero = false });
        Assert.True(result.IsComplete, result.Log.ToCanonicalText());
        Assert.Equal(Samples.Pingtan2022, result.Report);
    }
}
