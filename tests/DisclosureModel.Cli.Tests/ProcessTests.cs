using System.Diagnostics;
using DisclosureModel.Json;
using DisclosureModel.Validation;

namespace DisclosureModel.Cli.Tests;

/// <summary>Runs the built tool as a separate process over real files, as a user would.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("disclosure-process-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>
    /// The tool to run: the build's <c>disclosure.dll</c> through <c>dotnet</c>, or, when <c>DISCLOSURE_TOOL</c> names
    /// an executable, that one (<c>.ci/run</c> sets it to the tool installed from the packed packages, the Native AOT
    /// executable on linux-x64, so these tests also check what ships).
    /// </summary>
    private static (string FileName, string[] Arguments) Tool =>
        Environment.GetEnvironmentVariable("DISCLOSURE_TOOL") is { Length: > 0 } tool
            ? (tool, [])
            : ("dotnet", [Path.Combine(AppContext.BaseDirectory, "disclosure.dll")]);

    private static async Task<(int ExitCode, string Out, string Error)> RunToolAsync(params string[] args)
    {
        var run = await RunToolAsync(asUnprivilegedUser: false, args);
        return (run.ExitCode, run.Out, run.Error);
    }

    /// <summary>
    /// Runs the tool with a timeout (killed, and the test failed, when it is reached) and samples its peak resident set
    /// (VmHWM of /proc/PID/status) while it runs. Run as root (as here), an unreadable directory is still readable, so
    /// <paramref name="asUnprivilegedUser"/> runs it as <c>nobody</c> through <c>setpriv</c>.
    /// </summary>
    private static async Task<(int ExitCode, string Out, string Error, long PeakKilobytes)> RunToolAsync(bool asUnprivilegedUser, params string[] args)
    {
        var unprivileged = asUnprivilegedUser && Environment.IsPrivilegedProcess;
        var (tool, toolArgs) = Tool;
        var start = new ProcessStartInfo(unprivileged ? "setpriv" : tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (unprivileged)
        {
            foreach (var arg in (string[])["--reuid=65534", "--regid=65534", "--clear-groups", tool])
            {
                start.ArgumentList.Add(arg);
            }
        }

        foreach (var arg in toolArgs.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakKilobytes(process.Id));
            if (deadline.Elapsed > TimeSpan.FromSeconds(60) || peak > MaxPeakKilobytes)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"disclosure {string.Join(' ', args)} was stopped after {deadline.Elapsed.TotalSeconds:F0} s at a peak of {peak} kB");
            }

            await Task.Delay(20);
        }

        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error, peak);
    }

    /// <summary>The bound on the tool's peak resident set: the runtime and a few reports in flight need about 100 MB.</summary>
    private const long MaxPeakKilobytes = 400_000;

    private static long PeakKilobytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0; // exited between the check and the read
        }
    }

    /// <summary>Issue 16, defects 1–3: a symlink loop, a self-link, a FIFO and an unreadable subdirectory in one walk.</summary>
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_directory_with_a_link_loop_a_fifo_and_an_unreadable_subdirectory_is_walked_once_in_bounded_memory()
    {
        // mkdir -p L/sub; disclosure sample > L/a.json; ln -s .. L/sub/up; ln -s ../L L/self; ln -s . L/here;
        // mkfifo L/p.json; L/deny (chmod 000) holding a report; L/z.json after it, so the walk must go on.
        File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
        var root = Directory.CreateDirectory(Path.Combine(directory, "L")).FullName;
        Directory.CreateDirectory(Path.Combine(root, "sub"));
        var json = DisclosureJson.Serialize(Samples.Yeji2020, indented: true);
        await File.WriteAllTextAsync(Path.Combine(root, "a.json"), json);
        await File.WriteAllTextAsync(Path.Combine(root, "sub", "b.json"), json);
        await File.WriteAllTextAsync(Path.Combine(root, "z.json"), json);
        File.CreateSymbolicLink(Path.Combine(root, "sub", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(root, "self"), "../L");
        File.CreateSymbolicLink(Path.Combine(root, "here"), ".");
        var deny = Directory.CreateDirectory(Path.Combine(root, "deny")).FullName;
        await File.WriteAllTextAsync(Path.Combine(deny, "c.json"), json);
        File.SetUnixFileMode(deny, UnixFileMode.None);
        var fifo = Path.Combine(root, "p.json");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        try
        {
            var run = await RunToolAsync(asUnprivilegedUser: true, "validate", "--lang", "en", root);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal(
                $"{deny}: error INPUT: directory could not be read: Access to the path '{deny}' is denied.\n" +
                "3 report(s) checked: 1 error(s), 0 warning(s), 0 info; 1 input(s) or line(s) unreadable (counted in the errors)\n",
                run.Out);
            Assert.Contains($"disclosure: {Path.Combine(root, "here")}: a link to a directory, not followed\n", run.Error, StringComparison.Ordinal);
            Assert.Contains($"disclosure: {Path.Combine(root, "self")}: a link to a directory, not followed\n", run.Error, StringComparison.Ordinal);
            Assert.Contains($"disclosure: {Path.Combine(root, "sub", "up")}: a link to a directory, not followed\n", run.Error, StringComparison.Ordinal);
            Assert.Contains($"disclosure: {fifo}: not a regular file (a FIFO, socket or device), skipped\n", run.Error, StringComparison.Ordinal);
            Assert.InRange(run.PeakKilobytes, 1, MaxPeakKilobytes);
        }
        finally
        {
            File.SetUnixFileMode(deny, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>The seed with R4 broken in two blocks: 行政复议 (结果维持 1, 总计 0) and 未经复议直接起诉 (结果维持 <paramref name="upheld"/>, 总计 0).</summary>
    private static DisclosureReport TwoReviewImbalances(int upheld) => Samples.Yeji2020 with
    {
        ReviewAndLitigation = ReviewAndLitigationTable.Zero with
        {
            AdministrativeReview = CaseResultCounts.Zero.With(CaseResultColumn.Upheld, 1),
            LitigationWithoutReview = CaseResultCounts.Zero.With(CaseResultColumn.Upheld, upheld),
        },
    };

    /// <summary>
    /// Issue 18, point 5: the baseline round trip through the tool — write the baseline, re-run clean (exit 0), change a
    /// number in the report and see exactly the new finding, and the entry it replaces listed as gone (exit 1).
    /// </summary>
    [Fact]
    public async Task A_baseline_round_trip_reports_exactly_the_new_finding_and_the_gone_entry()
    {
        var report = Path.Combine(directory, "report.json");
        var baseline = Path.Combine(directory, "accepted.json");
        await File.WriteAllTextAsync(report, DisclosureJson.Serialize(TwoReviewImbalances(upheld: 2)));

        // Write: the findings are printed as always, every one is recorded, and the run succeeds.
        var write = await RunToolAsync("validate", "--lang", "en", report, "--write-baseline", baseline);
        Assert.Equal(0, write.ExitCode);
        Assert.Contains($"{report}: error R4 ReviewAndLitigation.AdministrativeReview.Total: ", write.Out, StringComparison.Ordinal);
        Assert.Contains($"{report}: error R4 ReviewAndLitigation.LitigationWithoutReview.Total: ", write.Out, StringComparison.Ordinal);
        FindingBaseline recorded;
        using (var stream = File.OpenRead(baseline))
        {
            recorded = FindingBaseline.Read(stream);
        }

        Assert.Equal($"disclosure: {recorded.Entries.Count} finding(s) recorded in the baseline {baseline}\n", write.Error);
        Assert.Equal(write.Out.Split('\n').Count(l => l.StartsWith(report + ": ", StringComparison.Ordinal)), recorded.Entries.Count);
        Assert.All(recorded.Entries, e => Assert.Equal(("六安市叶集区融媒体中心", 2020), (e.Agency, e.Year)));
        var r4 = recorded.Entries.Where(e => e.Code == "R4").ToList();
        Assert.Equal(["ReviewAndLitigation.AdministrativeReview.Total", "ReviewAndLitigation.LitigationWithoutReview.Total"], r4.Select(e => e.Path));

        // Re-run: everything is accepted.
        var clean = await RunToolAsync("validate", "--lang", "en", report, "--baseline", baseline);
        Assert.Equal(0, clean.ExitCode);
        Assert.Equal(
            $"1 report(s) checked: new: 0 error(s), 0 warning(s), 0 info; {recorded.Entries.Count} accepted by the baseline (not shown), 0 baseline entries gone\n",
            clean.Out);
        Assert.Empty(clean.Error);

        // Change one number: 未经复议直接起诉 结果维持 2 → 3. Its R4 finding is new; the entry of 2 is gone; the other is still accepted.
        await File.WriteAllTextAsync(report, DisclosureJson.Serialize(TwoReviewImbalances(upheld: 3)));
        var changed = await RunToolAsync("validate", "--lang", "en", report, "--baseline", baseline);
        Assert.Equal(1, changed.ExitCode);
        var lines = changed.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{report}: error R4 ReviewAndLitigation.LitigationWithoutReview.Total: ", lines[0], StringComparison.Ordinal);
        Assert.Contains("总计 = 0 ≠ 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 3 + 0 + 0 + 0 = 3. Suggested correction: ", lines[0], StringComparison.Ordinal);
        Assert.Equal($"{baseline}: gone R4 ReviewAndLitigation.LitigationWithoutReview.Total (六安市叶集区融媒体中心 2020): {r4[1].Message}", lines[1]);
        Assert.EndsWith("= 2 + 0 + 0 + 0 = 2.", lines[1], StringComparison.Ordinal);
        Assert.Equal(
            $"1 report(s) checked: new: 1 error(s), 0 warning(s), 0 info; {recorded.Entries.Count - 1} accepted by the baseline (not shown), 1 baseline entry gone",
            lines[2]);
    }

    /// <summary>Issue 16, defect 1: a link loop made the walk endless, in growing memory.</summary>
    [Fact]
    public async Task A_link_loop_is_not_followed()
    {
        var root = Directory.CreateDirectory(Path.Combine(directory, "L")).FullName;
        Directory.CreateDirectory(Path.Combine(root, "sub"));
        await File.WriteAllTextAsync(Path.Combine(root, "a.json"), DisclosureJson.Serialize(Samples.Yeji2020));
        File.CreateSymbolicLink(Path.Combine(root, "sub", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(root, "self"), "../L");

        var run = await RunToolAsync(asUnprivilegedUser: false, "validate", root);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 report(s) checked: 0 error(s), 0 warning(s), 0 info\n", run.Out);
        Assert.InRange(run.PeakKilobytes, 1, MaxPeakKilobytes);
    }

    /// <summary>Issue 16, defect 1: <c>ln -s . S/self</c> counted the one file 41 times.</summary>
    [Fact]
    public async Task A_link_to_its_own_directory_does_not_count_a_file_twice()
    {
        await File.WriteAllTextAsync(Path.Combine(directory, "a.json"), DisclosureJson.Serialize(Samples.Yeji2020));
        File.CreateSymbolicLink(Path.Combine(directory, "self"), ".");

        var run = await RunToolAsync(asUnprivilegedUser: false, "validate", directory);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 report(s) checked: 0 error(s), 0 warning(s), 0 info\n", run.Out);
        Assert.Equal($"disclosure: {Path.Combine(directory, "self")}: a link to a directory, not followed\n", run.Error);
    }

    /// <summary>
    /// <c>disclosure import DIR</c> as a process: pages by content, an image refused, a FIFO and a link to a directory
    /// skipped with notes (the walk of <c>validate</c>), NDJSON on standard output, one log per input, exit 2.
    /// </summary>
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Import_of_a_directory_reads_each_file_by_content_and_writes_ndjson_and_logs()
    {
        var root = Directory.CreateDirectory(Path.Combine(directory, "pages")).FullName;
        var testData = Path.Combine(AppContext.BaseDirectory, "TestData");
        File.Copy(Path.Combine(testData, "seed-yeji-2020.txt"), Path.Combine(root, "a"));
        File.Copy(Path.Combine(testData, "html", "yeji-2020.html"), Path.Combine(root, "b.txt"));
        await File.WriteAllBytesAsync(Path.Combine(root, "c.pdf"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        File.CreateSymbolicLink(Path.Combine(root, "here"), ".");
        var fifo = Path.Combine(root, "p.txt");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var logs = Path.Combine(directory, "logs");
        var run = await RunToolAsync(asUnprivilegedUser: false, "import", root, "--logs", logs, "--agency-kind", "Department");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([Samples.Yeji2020, Samples.Yeji2020], run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(DisclosureJson.Deserialize));
        Assert.Equal(
            $"disclosure: {Path.Combine(root, "here")}: a link to a directory, not followed\n" +
            $"disclosure: {fifo}: not a regular file (a FIFO, socket or device), skipped\n" +
            $"disclosure: {Path.Combine(root, "c.pdf")}: no report: This is a PNG image, not a document with text: text recognition (OCR) is needed first; there is no report.\n" +
            $"disclosure: 3 input(s): 2 report(s) written (0 with unread cells), 1 without a report; logs in {logs}\n",
            run.Error);
        Assert.Equal(["a.log", "b.txt.log", "c.pdf.log"], Directory.EnumerateFiles(logs).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("info DocumentKindDetected at input: Read as HTML", await File.ReadAllTextAsync(Path.Combine(logs, "b.txt.log")), StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 15: the shipped tool (the Native AOT executable in CI) reads a real PDF and a Word document it wrote itself
    /// by content, with the same result as the libraries in this process: PdfPig and OpenXml work in the trimmed tool.
    /// </summary>
    [Fact]
    public async Task Import_reads_a_real_pdf_and_a_docx_the_tool_wrote_as_the_libraries_do()
    {
        var pdf = Path.Combine(AppContext.BaseDirectory, "TestData", "pdf", "hongze-district-gov_2023.pdf");
        var options = new Import.ImportOptions { AgencyKind = AgencyKind.Government };
        var fromPdf = await RunToolAsync("import", pdf, "--agency-kind", "Government");
        Assert.Equal(0, fromPdf.ExitCode);
        var expectedPdf = Pdf.PdfReportImporter.Import(await File.ReadAllBytesAsync(pdf), options).Report;
        Assert.NotNull(expectedPdf);
        Assert.Equal(expectedPdf, DisclosureJson.Deserialize(fromPdf.Out));

        var sample = Path.Combine(directory, "sample.json");
        await File.WriteAllTextAsync(sample, DisclosureJson.Serialize(Samples.Pingtan2022));
        var docx = Path.Combine(directory, "report.docx");
        var render = await RunToolAsync("render", sample, "--as", "docx", "-o", docx);
        Assert.Equal((0, ""), (render.ExitCode, render.Error));
        Assert.Equal(Word.DocxReportWriter.ToBytes(Samples.Pingtan2022), await File.ReadAllBytesAsync(docx));

        var fromDocx = await RunToolAsync("import", docx, "--agency-kind", Samples.Pingtan2022.Metadata.AgencyKind.ToString());
        var expectedDocx = Word.DocxReportImporter.Import(await File.ReadAllBytesAsync(docx), options with { AgencyKind = Samples.Pingtan2022.Metadata.AgencyKind }).Report;
        Assert.NotNull(expectedDocx);
        Assert.Equal(0, fromDocx.ExitCode);
        Assert.Equal(expectedDocx, DisclosureJson.Deserialize(fromDocx.Out));
        Assert.Equal(Samples.Pingtan2022.Applications, expectedDocx.Applications);
        Assert.Equal(Samples.Pingtan2022.ReviewAndLitigation, expectedDocx.ReviewAndLitigation);
        Assert.Equal(Samples.Pingtan2022.ProactiveDisclosure, expectedDocx.ProactiveDisclosure);
    }

    /// <summary>Issue 16, defect 2: a FIFO named <c>*.json</c> was opened, and the walk blocked on it forever.</summary>
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_fifo_named_json_is_skipped_with_a_note()
    {
        await File.WriteAllTextAsync(Path.Combine(directory, "a.json"), DisclosureJson.Serialize(Samples.Yeji2020));
        var fifo = Path.Combine(directory, "p.json");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var run = await RunToolAsync(asUnprivilegedUser: false, "validate", directory);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 report(s) checked: 0 error(s), 0 warning(s), 0 info\n", run.Out);
        Assert.Equal($"disclosure: {fifo}: not a regular file (a FIFO, socket or device), skipped\n", run.Error);
    }

    /// <summary>
    /// A 1 000-line NDJSON file with a bad line 500: the bad line is reported as unreadable input (exit 2), what comes
    /// before it is validated, in bounded memory. (Whether the lines after it are validated is issue 16 defect 7.)
    /// </summary>
    [Fact]
    public async Task A_thousand_line_ndjson_with_a_bad_line_reports_it_as_unreadable_in_bounded_memory()
    {
        var good = DisclosureJson.Serialize(Samples.Yeji2020);
        var invalid = DisclosureJson.Serialize(Samples.Yeji2020 with
        {
            Applications = Samples.Yeji2020.Applications with { NewlyReceived = ApplicantCounts.FromApplicants(1) },
        });
        var lines = Enumerable.Range(1, 1000).Select(i => i switch
        {
            200 => invalid,
            500 => "{\"schemaVersion\": 1, ",
            _ => good,
        });
        var file = Path.Combine(directory, "reports.ndjson");
        await File.WriteAllLinesAsync(file, lines);

        var run = await RunToolAsync(asUnprivilegedUser: false, "validate", "--lang", "en", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{file}:200: error R1 Applications.CarriedForwardToNextYear.NaturalPerson:", run.Out, StringComparison.Ordinal);
        Assert.Contains($"{file}:500: error INPUT: line 500", run.Out, StringComparison.Ordinal);

        // The bad line is counted and every other line is still checked (NDJSON lines are independent).
        // Line 200 breaks R1 in two columns and draws W3; line 500 is unreadable and counted with the errors.
        Assert.EndsWith("\n999 report(s) checked: 3 error(s), 1 warning(s), 0 info; 1 input(s) or line(s) unreadable (counted in the errors)\n", run.Out, StringComparison.Ordinal);
        Assert.InRange(run.PeakKilobytes, 1, MaxPeakKilobytes);
    }

    /// <summary>Issue 16, defect 1: Ctrl-C (SIGINT) stops <c>validate</c> while it waits for input.</summary>
    [Fact]
    public async Task Ctrl_c_stops_validate()
    {
        var (tool, toolArgs) = Tool;
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in toolArgs)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("validate");
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteLineAsync(DisclosureJson.Serialize(Samples.Yeji2020));
        await process.StandardInput.FlushAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.False(process.HasExited);

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("validate did not stop within 30 s of SIGINT");
        }

        Assert.NotEqual(0, process.ExitCode);
        _ = await output;
        _ = await error;
    }

    /// <summary>Issue 18 point 3: the tool reads the members by content (a real page, a report JSON) and names the changed cell and the missing member.</summary>
    [Fact]
    public async Task Check_rollup_reads_members_by_content_and_reports_the_changed_cell_and_the_missing_member()
    {
        var (aggregate, other, printed, sum) = CheckRollupTests.WriteFiles(directory);
        var page = CheckRollupTests.TestDataPath("004_pingtan-zone_2022.txt");
        var (pageMember, _) = CheckRollupTests.Members();
        var share = CellCatalog.For(pageMember).Find(CheckRollupTests.ChangedPath)!.GetValue(pageMember).Number;

        var run = await RunToolAsync("check-rollup", aggregate, page, other, "--missing", "丙局", "--lang", "en");

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        Assert.Equal(
            $"{aggregate}: info A3 Members[2]: The report of the member “丙局” is missing; a difference between the aggregate and the other members' sum may be its share.\n" +
            $"{aggregate}: error A1 {CheckRollupTests.ChangedPath}: The aggregate's cell {CheckRollupTests.ChangedPath} (Newly received this year · Natural persons) is {printed}, but its members' reports sum to {sum} ({printed} ≠ {pageMember.Metadata.AgencyName} {share} + 乙局 {share} = {sum}); members whose report is missing: 丙局.\n" +
            "Roll-up checked against 3 member(s) (1 without a report): 1 error(s), 0 warning(s), 1 info\n",
            run.Out.ReplaceLineEndings("\n"));

        // Without the changed cell and the missing member: clean.
        var clean = await RunToolAsync("check-rollup", other, other, "--lang", "zh");
        Assert.Equal((0, "汇总与1个成员核对（0个无报告）：错误 0 项，警告 0 项，提示 0 项\n"), (clean.ExitCode, clean.Out.ReplaceLineEndings("\n")));
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
        Assert.Contains("平潭综合实验区", run.Out, StringComparison.Ordinal);
        Assert.Contains("行政复议", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_writes_sarif_for_code_scanning_tools()
    {
        var file = Path.Combine(directory, "r.json");
        await File.WriteAllTextAsync(file, DisclosureJson.Serialize(Samples.Pingtan2022 with
        {
            Applications = Samples.Pingtan2022.Applications with { NewlyReceived = Samples.Pingtan2022.Applications.NewlyReceived.With(ApplicantColumn.NaturalPerson, 70) },
        }));
        var run = await RunToolAsync("validate", "--format", "sarif", "--lang", "en", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        using var log = System.Text.Json.JsonDocument.Parse(run.Out);
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal(["R1", "R3", "W2"], results.EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()));
        Assert.Equal(new Uri(file).AbsoluteUri, results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    /// <summary>
    /// Issue 19: <c>report FILE -o page.html</c> writes the findings page the library writes, for report JSON and for a
    /// published document read by content (the real Hongze 2023 PDF, whose Section 四 does not add up, with its import
    /// log); exit 0 with findings, 2 for an unreadable input, 64 for a bad option.
    /// </summary>
    [Fact]
    public async Task Report_writes_the_findings_page_of_a_json_report_and_of_a_published_pdf()
    {
        var broken = Samples.Pingtan2022 with
        {
            Applications = Samples.Pingtan2022.Applications with { NewlyReceived = Samples.Pingtan2022.Applications.NewlyReceived.With(ApplicantColumn.NaturalPerson, 70) },
        };
        var json = Path.Combine(directory, "r.json");
        await File.WriteAllTextAsync(json, DisclosureJson.Serialize(broken, indented: true));
        var page = Path.Combine(directory, "findings.html");
        var run = await RunToolAsync("report", json, "-o", page, "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        var findings = new Validation.DisclosureReportValidator(new Validation.DisclosureValidatorOptions { MinimumSeverity = FluentValidation.Severity.Info }).Validate(broken).GetViolations();
        var expected = Rendering.FindingsPage.ToHtml(broken, findings, new Rendering.FindingsPageOptions { Language = Validation.ValidationLanguage.English });
        Assert.Equal(expected, await File.ReadAllTextAsync(page));
        Assert.Equal($"disclosure: {page}: 2 error(s), 0 warning(s), 1 info; 0 unread cell(s)\n", run.Error.ReplaceLineEndings("\n"));

        var pdf = Path.Combine(AppContext.BaseDirectory, "TestData", "pdf", "hongze-district-gov_2023.pdf");
        var fromPdf = await RunToolAsync("report", pdf, "--lang", "zh");
        Assert.Equal(0, fromPdf.ExitCode);
        var imported = new Import.ReportDocumentImporter(Html.HtmlReportImporter.Reader, Pdf.PdfReportImporter.Reader, Word.DocxReportImporter.Reader).Import(await File.ReadAllBytesAsync(pdf), fileName: pdf);
        var report = imported.Report!;
        var pdfFindings = new Validation.DisclosureReportValidator(new Validation.DisclosureValidatorOptions { MinimumSeverity = FluentValidation.Severity.Info }).Validate(report).GetViolations();
        Assert.Equal(2, pdfFindings.Count(f => f.Code == "R4"));
        Assert.Equal(
            Rendering.FindingsPage.ToHtml(report, pdfFindings, new Rendering.FindingsPageOptions { Language = Validation.ValidationLanguage.Chinese, ImportDiagnostics = imported.Log.Diagnostics }),
            fromPdf.Out);
        Assert.Contains("<h3>导入日志 (", fromPdf.Out, StringComparison.Ordinal);

        var unreadable = Path.Combine(directory, "unreadable.json");
        await File.WriteAllTextAsync(unreadable, "{\"schemaVersion\": 1, ");
        Assert.Equal(2, (await RunToolAsync("report", unreadable, "-o", page)).ExitCode);
        Assert.Equal(expected, await File.ReadAllTextAsync(page));
        // A directory makes a dashboard, which needs -o (its findings pages go beside it).
        Assert.Equal(64, (await RunToolAsync("report", directory)).ExitCode);
        Assert.Equal(64, (await RunToolAsync("report", json, "--lang", "fr")).ExitCode);
    }
}
