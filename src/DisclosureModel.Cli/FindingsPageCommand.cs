using System.Globalization;
using DisclosureModel.Import;
using DisclosureModel.Json;
using DisclosureModel.Rendering;
using DisclosureModel.Validation;
using FluentValidation;

namespace DisclosureModel.Cli;

/// <summary>
/// <c>disclosure report FILE</c>: one report's findings page (<see cref="FindingsPage"/>). FILE is a report JSON file or
/// a published document (text, HTML, PDF, Word) told by its content, as <c>import</c> reads it; its import log is shown
/// on the page. Exit 0 when the page was written, whatever it finds (<c>validate</c> is the gate); 2 when the input
/// cannot be read or recognised or the page cannot be written; 64 usage.
/// </summary>
internal static class FindingsPageCommand
{
    /// <summary>How many bytes of standard input are read at most: the larger of the importer's and the JSON reader's limits.</summary>
    private const int MaxStandardInputBytes = 64 * 1024 * 1024;

    public static int Run(CliIo io, string path, string? output, ValidationLanguage language) => ReportCommands.Guard(io, () =>
    {
        if (path != "-" && !File.Exists(path))
        {
            throw new InputException($"{path}: no such file");
        }

        var toFile = output is not null and not "-";
        if (toFile)
        {
            ReportCommands.CheckOutput(path, output!);
        }

        if (path == "-")
        {
            // Standard input is read once, then told apart (JSON or a document) like a file.
            var bytes = ReadAll(io.OpenStandardInput());
            io = io with { OpenStandardInput = () => new MemoryStream(bytes, writable: false) };
        }

        var (report, diagnostics) = Read(path, io);
        var validator = new DisclosureReportValidator(new DisclosureValidatorOptions { Language = language, MinimumSeverity = Severity.Info });
        var findings = validator.Validate(report).GetViolations();
        var html = FindingsPage.ToHtml(report, findings, new FindingsPageOptions { Language = language, ImportDiagnostics = diagnostics });
        if (toFile)
        {
            var encoded = new System.Text.UTF8Encoding(false).GetBytes(html);
            ReportCommands.WriteFileAtomically(io, output!, stream => stream.Write(encoded));
            int Count(Severity s) => findings.Count(f => f.Severity == s);
            io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"disclosure: {output}: {Count(Severity.Error)} error(s), {Count(Severity.Warning)} warning(s), {Count(Severity.Info)} info; {report.UnreadCells.Count} unread cell(s)"));
        }
        else
        {
            io.Out.Write(html);
        }

        return ExitCodes.Success;
    });

    private static (DisclosureReport Report, IReadOnlyList<ImportDiagnostic>? Diagnostics) Read(string path, CliIo io)
    {
        if (IsJson(path, io))
        {
            return (ReportFiles.ReadReport(path, io, "report"), null);
        }

        var result = ReportFiles.Import(path, new ImportOptions(), io);
        if (result.Report is null && result.Tables is not null)
        {
            throw new InputException($"{path}: the tables were read but the page does not name the agency or the report year: import it with --agency NAME / --year YYYY, then make the page from the JSON");
        }

        if (result.Report is null)
        {
            io.Error.Write(result.Log.ToCanonicalText());
            throw new InputException($"{path}: no report could be recognised (see the log above)");
        }

        return (result.Report, result.Log.Diagnostics);
    }

    /// <summary>Tells a report JSON document by its first character other than a byte-order mark or white space: <c>{</c>.</summary>
    private static bool IsJson(string path, CliIo io)
    {
        try
        {
            using var stream = path == "-" ? io.OpenStandardInput() : File.OpenRead(path);
            var head = new byte[4096];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            var span = head.AsSpan(0, read);
            if (span.StartsWith("\uFEFF"u8))
            {
                span = span[3..];
            }

            var first = span.IndexOfAnyExcept(" \t\r\n"u8);
            return first >= 0 && span[first] == (byte)'{';
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: {e.Message}", e);
        }
    }

    private static byte[] ReadAll(Stream input)
    {
        using (input)
        {
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = input.Read(chunk)) > 0)
            {
                if (buffer.Length + n > MaxStandardInputBytes)
                {
                    throw new InputException(string.Create(CultureInfo.InvariantCulture, $"-: standard input is longer than {MaxStandardInputBytes} bytes"));
                }

                buffer.Write(chunk, 0, n);
            }

            return buffer.ToArray();
        }
    }
}
