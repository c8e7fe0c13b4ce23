using System.Globalization;
using System.Text;
using DisclosureModel.Import;
using DisclosureModel.Rendering;
using DisclosureModel.Validation;
using NodaTime;

namespace DisclosureModel.Cli;

/// <summary>
/// <c>disclosure report DIR|NDJSON -o dashboard.html</c>: reads every report of a directory tree (by content, as
/// <c>import DIR</c> does: report JSON, NDJSON, HTML, PDF, Word, text) or of an NDJSON file, validates each (and each
/// agency's reports as a series), writes one findings page per report into <c>NAME.files/</c> beside the output and the
/// dashboard (<see cref="FindingsDashboard"/>) that links to them.
/// </summary>
/// <remarks>
/// Exit 0: every input gave a complete report; 3: the dashboard was written, but some input gave no report or a report
/// with unread cells (each listed on the dashboard); 2: no report at all, or the output could not be written.
/// Findings do not change the exit code: the dashboard is the result (<c>validate</c> is the gate).
/// </remarks>
internal static class DashboardCommand
{
    private const string PagePrefix = "report-";

    /// <summary>Whether an input of <c>report</c> holds many reports (a directory or an NDJSON file): a dashboard, not one findings page.</summary>
    public static bool IsDashboardInput(string input) =>
        input != "-" && (Directory.Exists(input) || input.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase));

    public static int Run(CliIo io, string input, string output, ValidationLanguage language, LocalDate? today, CancellationToken cancellationToken) => ReportCommands.Guard(io, () =>
    {
        ReportCommands.CheckOutput(input, output);
        var day = today ?? SystemClock.Instance.GetCurrentInstant().InZone(ReportMetadata.TimeZone).Date;
        var pagesName = Path.GetFileNameWithoutExtension(output) + ".files";
        var pagesDirectory = Path.Join(Path.GetDirectoryName(Path.GetFullPath(output)), pagesName);
        var loaded = Load(io, input, [Path.GetFullPath(output), pagesDirectory], cancellationToken);
        if (loaded.Count == 0)
        {
            io.Error.WriteLine($"disclosure: {input}: no file to read");
            return ExitCodes.InputError;
        }

        var findings = Validate(loaded, language, day);
        Directory.CreateDirectory(pagesDirectory);
        foreach (var stale in Directory.EnumerateFiles(pagesDirectory, PagePrefix + "*.html"))
        {
            File.Delete(stale);
        }

        // Page numbers in input order, then the pages written in parallel (each its own file, so the bytes do not depend on the order).
        var pages = new string?[loaded.Count];
        var number = 0;
        for (var i = 0; i < loaded.Count; i++)
        {
            pages[i] = loaded[i].Report is null ? null : string.Create(CultureInfo.InvariantCulture, $"{PagePrefix}{++number:D5}.html");
        }

        // Each page links back to the dashboard, one folder up.
        var pageOptions = new FindingsPageOptions
        {
            Language = language,
            DashboardHref = "../" + Uri.EscapeDataString(Path.GetFileName(output)),
            DashboardText = language.Resolve() == ValidationLanguage.Chinese ? "返回总览" : "Back to the dashboard",
        };
        Exception? failed = null;
        Parallel.For(0, loaded.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            if (pages[i] is not { } page || Volatile.Read(ref failed) is not null)
            {
                return;
            }

            try
            {
                using var writer = new StreamWriter(Path.Join(pagesDirectory, page), append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
                FindingsPage.Write(writer, loaded[i].Report!, findings[i], pageOptions with { ImportDiagnostics = loaded[i].Diagnostics });
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Interlocked.CompareExchange(ref failed, e, null);
            }
        });
        if (failed is not null)
        {
            // The first page that could not be written: exit 2 through Guard, as any output that cannot be written.
            throw new InputException($"{pagesDirectory}: a findings page cannot be written: {failed.Message}", failed);
        }

        var entries = loaded.Select((item, i) => item.Report is { } report
            ? new DashboardEntry(report, findings[i]) { Source = item.Source, FindingsPageHref = Uri.EscapeDataString(pagesName) + "/" + pages[i] }
            : DashboardEntry.Unreadable(item.Source, item.Problem!));
        var options = new DashboardOptions { Language = language, Today = day };
        ReportCommands.WriteFileAtomically(io, output, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\n" };
            FindingsDashboard.Write(writer, entries, options);
        });

        var reports = number;
        var unreadable = loaded.Count - reports;
        var incomplete = loaded.Count(l => l.Report is { UnreadCells.Count: > 0 });
        io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"disclosure: {output}: {reports} report(s) ({incomplete} with unread cells), {unreadable} input(s) without a report; findings pages in {Path.Join(Path.GetDirectoryName(output), pagesName)}"));
        return reports == 0 ? ExitCodes.InputError
            : unreadable > 0 || incomplete > 0 ? ExitCodes.IncompleteImport
            : ExitCodes.Success;
    });

    /// <summary>Reads every input: one item per report, NDJSON line or input without a report, in the walk's order.</summary>
    private static List<Loaded> Load(CliIo io, string input, string[] excluded, CancellationToken cancellationToken)
    {
        var directory = Directory.Exists(input) ? input : null;
        var files = ReportFiles.Walk([input], io.Error, name => !name.StartsWith('.'), cancellationToken)
            .Where(f => !excluded.Any(x => IsWithin(Path.GetFullPath(f.Path), x)));
        var loaded = new List<Loaded>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = directory is null ? file.Path : Path.GetRelativePath(directory, file.Path);
            if (file.Problem is { } problem)
            {
                loaded.Add(new Loaded(source, null, [], problem));
                continue;
            }

            try
            {
                if (IsJson(file.Path))
                {
                    foreach (var line in ReportFiles.ReadEach(file, io))
                    {
                        var at = line.Report?.Line ?? line.Error?.Line;
                        var where = at is { } n ? string.Create(CultureInfo.InvariantCulture, $"{source}:{n}") : source;
                        loaded.Add(line.Report is { } r ? new Loaded(where, r.Report, [], null) : new Loaded(where, null, [], Detail(file.Path, line.Error!.Message)));
                    }

                    continue;
                }

                var result = DocumentReaders.Importer.Import(new FileInfo(file.Path));
                var why = result.Report is null
                    ? result.Log.Diagnostics.FirstOrDefault(d => d.Severity == ImportSeverity.Error)?.Message ?? "no report could be recognised"
                    : null;
                loaded.Add(new Loaded(source, result.Report, [.. result.Log.Diagnostics], why));
            }
            catch (InputException e)
            {
                loaded.Add(new Loaded(source, null, [], Detail(file.Path, e.Message)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                loaded.Add(new Loaded(source, null, [], e.Message));
            }
        }

        return loaded;
    }

    /// <summary>The findings of every report: its own, and those of its agency's series (X rules) on it.</summary>
    private static List<RuleViolation>[] Validate(List<Loaded> loaded, ValidationLanguage language, LocalDate today)
    {
        var options = new DisclosureValidatorOptions
        {
            Language = language,
            MinimumSeverity = FluentValidation.Severity.Info,
            Clock = new FixedClock(today.At(new LocalTime(12, 0)).InZoneLeniently(ReportMetadata.TimeZone).ToInstant()),
        };
        var validator = new DisclosureReportValidator(options);
        var series = new DisclosureReportSeriesValidator(options);
        var findings = new List<RuleViolation>[loaded.Count];
        var byAgency = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        Parallel.For(0, loaded.Count, i => findings[i] = loaded[i].Report is { } report ? [.. validator.Validate(report).GetViolations()] : []);
        for (var i = 0; i < loaded.Count; i++)
        {
            if (loaded[i].Report is not { } report)
            {
                continue;
            }

            if (!byAgency.TryGetValue(report.Metadata.AgencyName, out var list))
            {
                byAgency[report.Metadata.AgencyName] = list = [];
            }

            list.Add(i);
        }

        foreach (var indices in byAgency.Values.Where(l => l.Count > 1))
        {
            foreach (var violation in series.Validate([.. indices.Select(i => loaded[i].Report!)]).GetViolations())
            {
                // Series findings name the report as "[index].path".
                var close = violation.PropertyPath.IndexOf(']', StringComparison.Ordinal);
                if (violation.PropertyPath.StartsWith('[') && close > 1
                    && int.TryParse(violation.PropertyPath.AsSpan(1, close - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < indices.Count)
                {
                    findings[indices[index]].Add(violation);
                }
            }
        }

        return findings;
    }

    private static bool IsJson(string path)
    {
        if (path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || path == "-")
        {
            return true;
        }

        Span<byte> head = stackalloc byte[64];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        var bytes = head[..read];
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var first = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        return first >= 0 && bytes[first] == (byte)'{';
    }

    private static string Detail(string path, string message) =>
        message.StartsWith(path + ": ", StringComparison.Ordinal) ? message[(path.Length + 2)..] : message;

    private static bool IsWithin(string path, string excluded) =>
        path == excluded || path.StartsWith(excluded.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private sealed record Loaded(string Source, DisclosureReport? Report, IReadOnlyList<ImportDiagnostic> Diagnostics, string? Problem);

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
