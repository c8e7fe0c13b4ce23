using System.Globalization;
using DisclosureModel.Analysis;
using DisclosureModel.Csv;
using DisclosureModel.Import;
using DisclosureModel.Json;
using DisclosureModel.Rendering;

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
}

/// <summary>The commands that read reports and write one result: import, render, sum, diff, convert, schema, sample.</summary>
internal static class ReportCommands
{
    public static int Import(CliIo io, string path, string? output, ImportOptions options)
    {
        return Guard(io, () =>
        {
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

    public static int Render(CliIo io, string path, RenderFormat format) => Guard(io, () =>
    {
        var report = ReportFiles.ReadReport(path, io);
        io.Out.Write(format switch
        {
            RenderFormat.Markdown => ReportRenderer.ToMarkdown(report),
            RenderFormat.Html => ReportRenderer.ToHtml(report),
            RenderFormat.Text => ReportRenderer.ToText(report),
            _ => ReportCsv.Format(report),
        });
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
            io.Error.WriteLine("disclosure: " + e.Message);
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
        var diff = ReportComparer.Compare(ReportFiles.ReadReport(oldPath, io), ReportFiles.ReadReport(newPath, io));
        foreach (var change in diff.Changes)
        {
            io.Out.WriteLine(change.ToString());
        }

        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{diff.Changes.Count} cell(s) changed"));
        return diff.HasChanges ? ExitCodes.Findings : ExitCodes.Success;
    });

    public static int Convert(CliIo io, string path, FormatEdition target) => Guard(io, () =>
    {
        var conversion = EditionConverter.Convert(ReportFiles.ReadReport(path, io), target);
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
            File.WriteAllText(output, json + "\n", new System.Text.UTF8Encoding(false));
        }
    }

    private static int Guard(CliIo io, Func<int> command)
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
        catch (IOException e)
        {
            io.Error.WriteLine("disclosure: " + e.Message);
            return ExitCodes.InputError;
        }
    }
}
