using System.Globalization;
using DisclosureModel.Analysis;
using DisclosureModel.Csv;
using DisclosureModel.Import;
using DisclosureModel.Json;
using DisclosureModel.Rendering;
using DisclosureModel.Word;

namespace DisclosureModel.Cli;

/// <summary>What <c>disclosure render</c> produces.</summary>
public enum RenderFormat
{
    /// <summary>Markdown tables.</summary>
    Markdown,

    /// <summary>A self-contained HTML fragment.</summary>
    Html,

    /// <summary>Plain text, one cell per line, as scraped pages are.</summary>
    Text,

    /// <summary>Long-format CSV, one row per cell.</summary>
    Csv,

    /// <summary>A Word document (.docx) of the whole report in the official layout; binary, so written only to a file (-o).</summary>
    Docx,
}

/// <summary>The commands that read reports and write one result: import, render, sum, diff, convert, schema, sample.</summary>
internal static class ReportCommands
{
    public static int Import(CliIo io, string path, string? output, string? logs, ImportOptions options, CancellationToken cancellationToken = default)
    {
        if (path != "-" && Directory.Exists(path))
        {
            return Guard(io, () => ImportDirectoryCommand.Run(io, path, output, logs, options, cancellationToken));
        }

        return Guard(io, () =>
        {
            if (output is not null and not "-")
            {
                CheckOutput(path, output);
            }

            var result = ReportFiles.Import(path, options, io);
            io.Error.Write(result.Log.ToCanonicalText());
            if (result.Report is null && result.Tables is not null)
            {
                var missing = result.Log.Diagnostics.Where(d => d.Code == ImportDiagnosticCode.MetadataMissing).Select(d => d.PropertyPath).ToList();
                var (what, pass) = (missing.Contains("Metadata.AgencyName"), missing.Contains("Metadata.ReportYear")) switch
                {
                    (true, true) => ("the agency or the report year", "--agency NAME and --year YYYY"),
                    (true, false) => ("the agency", "--agency NAME"),
                    _ => ("a valid report year", "--year YYYY"),
                };
                io.Error.WriteLine($"disclosure: {path}: the tables were read but the page does not name {what}: pass {pass}");
                return ExitCodes.InputError;
            }

            if (result.Report is null)
            {
                io.Error.WriteLine($"disclosure: {path}: no report could be recognised (see the log above)");
                return ExitCodes.InputError;
            }

            WriteJson(io, result.Report, output);
            if (result.Report.UnreadCells.Count > 0)
            {
                // An incomplete import must not pass for a clean one: its own exit code, after the report is written.
                io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"disclosure: {path}: {result.Report.UnreadCells.Count} cell(s) could not be read; they are blank and listed in unreadCells (exit {ExitCodes.IncompleteImport})"));
                return ExitCodes.IncompleteImport;
            }

            return ExitCodes.Success;
        });
    }

    public static int Render(CliIo io, string path, RenderFormat format, string? output) => Guard(io, () =>
    {
        var toFile = output is not null and not "-";
        if (format == RenderFormat.Docx && !toFile)
        {
            // A .docx is binary: never to standard output (a terminal, or a pipe mistaken for one).
            io.Error.WriteLine("disclosure: render --as docx writes a binary Word document: give the file with -o, e.g. -o report.docx");
            return ExitCodes.UsageError;
        }

        if (toFile)
        {
            CheckOutput(path, output!);
        }

        var report = ReportFiles.ReadReport(path, io, "render");
        if (format == RenderFormat.Docx)
        {
            WriteFileAtomically(io, output!, stream => DocxReportWriter.Write(report, stream));
            return ExitCodes.Success;
        }

        var text = format switch
        {
            RenderFormat.Markdown => ReportRenderer.ToMarkdown(report),
            RenderFormat.Html => ReportRenderer.ToHtml(report),
            RenderFormat.Text => ReportRenderer.ToText(report),
            _ => ReportCsv.Format(report),
        };
        if (toFile)
        {
            WriteFileAtomically(io, output!, stream => stream.Write(new System.Text.UTF8Encoding(false).GetBytes(text)));
        }
        else
        {
            io.Out.Write(text);
        }

        return ExitCodes.Success;
    });

    public static int Sum(CliIo io, IReadOnlyList<string> paths, string? agencyName, AgencyKind agencyKind) => Guard(io, () =>
    {
        var reports = ReportFiles.Expand(paths).SelectMany(p => ReportFiles.Read(p, io)).Select(r => r.Report).ToList();
        if (reports.Count == 0)
        {
            io.Error.WriteLine("disclosure: no report to sum");
            return ExitCodes.InputError;
        }

        AggregatedReport sum;
        try
        {
            sum = ReportAggregator.Sum(reports, agencyName ?? reports[0].Metadata.AgencyName, agencyKind);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException)
        {
            // The library names the parameter ("(Parameter 'reports')"): a detail of the call, not of the user's files.
            io.Error.WriteLine("disclosure: " + WithoutParameterName(e));
            return ExitCodes.InputError;
        }

        foreach (var note in sum.Notes)
        {
            io.Error.WriteLine(note);
        }

        WriteJson(io, sum.Report, null);
        return ExitCodes.Success;
    });

    public static int Diff(CliIo io, string oldPath, string newPath) => Guard(io, () =>
    {
        var diff = ReportComparer.Compare(ReportFiles.ReadReport(oldPath, io, "diff"), ReportFiles.ReadReport(newPath, io, "diff"));
        foreach (var change in diff.Changes)
        {
            io.Out.WriteLine(change.ToString());
        }

        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{diff.Changes.Count} cell(s) changed"));
        return diff.HasChanges ? ExitCodes.Findings : ExitCodes.Success;
    });

    public static int Convert(CliIo io, string path, FormatEdition target) => Guard(io, () =>
    {
        var conversion = EditionConverter.Convert(ReportFiles.ReadReport(path, io, "convert"), target);
        foreach (var entry in conversion.Log)
        {
            io.Error.WriteLine(entry.ToString());
        }

        WriteJson(io, conversion.Report, null);
        return ExitCodes.Success;
    });

    public static int Schema(CliIo io)
    {
        io.Out.WriteLine(DisclosureJson.GetSchema().ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
        return ExitCodes.Success;
    }

    public static int Sample(CliIo io, FormatEdition edition, bool canonicalText)
    {
        var report = edition == FormatEdition.Edition2021 ? Samples.Pingtan2022 : Samples.Yeji2020;
        if (canonicalText)
        {
            io.Out.Write(CanonicalText.Format(report));
        }
        else
        {
            WriteJson(io, report, null);
        }

        return ExitCodes.Success;
    }

    private static void WriteJson(CliIo io, DisclosureReport report, string? output)
    {
        var json = DisclosureJson.Serialize(report, indented: true);
        if (output is null or "-")
        {
            io.Out.WriteLine(json);
        }
        else
        {
            var bytes = new System.Text.UTF8Encoding(false).GetBytes(json + "\n");
            WriteFileAtomically(io, output, stream => stream.Write(bytes));
        }
    }

    /// <summary>Refuses an output that is a directory or the input itself, before anything is read or written.</summary>
    internal static void CheckOutput(string input, string output)
    {
        if (Directory.Exists(output))
        {
            throw new InputException($"{output}: is a directory; give a file name for -o");
        }

        if (File.Exists(input) && File.Exists(output) && SameFile(input, output))
        {
            throw new InputException($"{output}: is the input file; refusing to overwrite it (give another -o)");
        }

        static bool SameFile(string a, string b) =>
            string.Equals(Resolve(a), Resolve(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

        static string Resolve(string path) =>
            File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
    }

    /// <summary>
    /// Writes a file so that it is either wholly written or left as it was: the bytes go to a new temporary file in the
    /// target's directory (the same file system, so the rename is atomic), which is flushed to disk and renamed over the
    /// target. On any failure (full disk, no permission) the temporary file is removed and the target is untouched.
    /// </summary>
    internal static void WriteFileAtomically(CliIo io, string output, Action<Stream> write)
    {
        var full = Path.GetFullPath(output);
        var directory = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = io.CreateNewFile(temporary))
            {
                write(stream);
                if (stream is FileStream file)
                {
                    file.Flush(flushToDisk: true);
                }
                else
                {
                    stream.Flush();
                }
            }

            if (!OperatingSystem.IsWindows() && File.Exists(full))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // The write already failed; that is the error to report.
            }

            throw new InputException($"{output}: cannot be written: {e.Message}{(File.Exists(full) ? " (the existing file is unchanged)" : string.Empty)}", e);
        }
    }

    private static string WithoutParameterName(Exception e)
    {
        if (e is not ArgumentException { ParamName: { } name })
        {
            return e.Message;
        }

        var suffix = $" (Parameter '{name}')";
        return e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }

    internal static int Guard(CliIo io, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (InputException e)
        {
            io.Error.WriteLine("disclosure: " + e.Message);
            return ExitCodes.InputError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine("disclosure: " + e.Message);
            return ExitCodes.InputError;
        }
    }
}
