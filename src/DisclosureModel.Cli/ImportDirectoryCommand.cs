using System.Globalization;
using System.Text;
using DisclosureModel.Import;
using DisclosureModel.Json;

namespace DisclosureModel.Cli;

/// <summary>
/// <c>disclosure import DIR</c>: imports every file of a directory tree by its content and writes the reports as NDJSON
/// (one a line, in the walk's order: the ordinal order of the paths), with one log file per input.
/// </summary>
/// <remarks>
/// The walk is the one <c>validate</c> uses (<see cref="ReportFiles.Walk(IEnumerable{string}, TextWriter, Func{string, bool}, CancellationToken)"/>):
/// links to directories are not followed, FIFOs, sockets and devices are skipped with a note, a directory that cannot be
/// listed is an input that failed. Hidden files (a name starting with <c>.</c>) are left out, and so are the output file
/// and the log directory when they lie inside the tree. Every input's log goes to <c>LOGS/&lt;path relative to DIR&gt;.log</c>:
/// <c>--logs LOGS</c>, by default <c>OUTPUT.logs</c> beside <c>-o OUTPUT</c>; with neither (NDJSON on standard output) no
/// log file is written. Exit 0: every input gave a complete report; 3: every input gave a report, some with unread cells;
/// 2: some input gave no report (or a log could not be written), or there was no input at all.
/// </remarks>
internal static class ImportDirectoryCommand
{
    private const int BarWidth = 24;

    public static int Run(CliIo io, string directory, string? output, string? logs, ImportOptions options, CancellationToken cancellationToken)
    {
        var toFile = output is not null and not "-";
        if (toFile)
        {
            ReportCommands.CheckOutput(directory, output!);
        }

        var logDirectory = logs ?? (toFile ? output + ".logs" : null);
        if (logDirectory is not null && File.Exists(logDirectory))
        {
            throw new InputException($"{logDirectory}: is a file; give a directory for the logs (--logs)");
        }

        // The whole list first: the walk must not meet the logs and the output this run writes inside the tree.
        var excluded = new[] { toFile ? Path.GetFullPath(output!) : null, logDirectory is null ? null : Path.GetFullPath(logDirectory) };
        var inputs = ReportFiles.Walk([directory], io.Error, name => !name.StartsWith('.'), cancellationToken)
            .Where(input => !excluded.Any(x => x is not null && IsWithin(Path.GetFullPath(input.Path), x)))
            .ToList();
        if (inputs.Count == 0)
        {
            io.Error.WriteLine($"disclosure: {directory}: no file to import");
            return ExitCodes.InputError;
        }

        var counts = new Counts();
        if (toFile)
        {
            ReportCommands.WriteFileAtomically(io, output!, stream => ImportAll(io, directory, inputs, logDirectory, options, counts, line => stream.Write(Encoding.UTF8.GetBytes(line)), cancellationToken));
        }
        else
        {
            ImportAll(io, directory, inputs, logDirectory, options, counts, io.Out.Write, cancellationToken);
        }

        var where = logDirectory is null ? string.Empty : $"; logs in {logDirectory}";
        io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"disclosure: {inputs.Count} input(s): {counts.Reports} report(s) written ({counts.Incomplete} with unread cells), {counts.Failed} without a report{where}"));
        return counts.Failed > 0 || counts.LogsFailed > 0 ? ExitCodes.InputError
            : counts.Incomplete > 0 ? ExitCodes.IncompleteImport
            : ExitCodes.Success;
    }

    private static void ImportAll(CliIo io, string directory, List<InputFile> inputs, string? logDirectory, ImportOptions options, Counts counts, Action<string> writeLine, CancellationToken cancellationToken)
    {
        for (var i = 0; i < inputs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var input = inputs[i];
            ShowProgress(io, i, inputs.Count, input.Path);
            var (result, problem) = ImportOne(input, options);
            string log;
            if (result?.Report is { } report)
            {
                writeLine(DisclosureJson.Serialize(report) + "\n");
                counts.Reports++;
                if (report.UnreadCells.Count > 0)
                {
                    counts.Incomplete++;
                    Note(io, string.Create(CultureInfo.InvariantCulture, $"disclosure: {input.Path}: {report.UnreadCells.Count} cell(s) could not be read; they are blank and listed in unreadCells"));
                }

                log = result.Log.ToCanonicalText();
            }
            else
            {
                counts.Failed++;
                var why = problem ?? result!.Log.Diagnostics.FirstOrDefault(d => d.Severity == ImportSeverity.Error)?.Message ?? "no report could be recognised";
                Note(io, $"disclosure: {input.Path}: no report: {why}");
                log = result?.Log.ToCanonicalText() ?? $"error: {problem}\n";
            }

            if (logDirectory is not null)
            {
                WriteLog(io, directory, logDirectory, input.Path, log, counts);
            }
        }

        ShowProgress(io, inputs.Count, inputs.Count, null);
    }

    private static (ImportResult? Result, string? Problem) ImportOne(InputFile input, ImportOptions options)
    {
        if (input.Problem is { } problem)
        {
            return (null, problem);
        }

        try
        {
            return (DocumentReaders.Importer.Import(new FileInfo(input.Path), options), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
    }

    private static void WriteLog(CliIo io, string directory, string logDirectory, string input, string log, Counts counts)
    {
        var relative = Path.GetRelativePath(directory, input);
        var path = Path.Join(logDirectory, relative + ".log");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, log, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            counts.LogsFailed++;
            Note(io, $"disclosure: {path}: the log cannot be written: {e.Message}");
        }
    }

    private static bool IsWithin(string path, string excluded) =>
        path == excluded || path.StartsWith(excluded.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>A progress bar on standard error, only when it is a terminal; cleared at the end.</summary>
    private static void ShowProgress(CliIo io, int done, int total, string? current)
    {
        if (!io.ErrorIsTerminal)
        {
            return;
        }

        if (current is null)
        {
            io.Error.Write("\r\u001b[K");
            return;
        }

        var filled = total == 0 ? 0 : done * BarWidth / total;
        io.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r\u001b[K[{new string('#', filled)}{new string('.', BarWidth - filled)}] {done}/{total} {Path.GetFileName(current)}"));
    }

    /// <summary>Writes a line on standard error below the progress bar (which the next input redraws).</summary>
    private static void Note(CliIo io, string line)
    {
        if (io.ErrorIsTerminal)
        {
            io.Error.Write("\r\u001b[K");
        }

        io.Error.WriteLine(line);
    }

    private sealed class Counts
    {
        public int Reports { get; set; }

        public int Incomplete { get; set; }

        public int Failed { get; set; }

        public int LogsFailed { get; set; }
    }
}
