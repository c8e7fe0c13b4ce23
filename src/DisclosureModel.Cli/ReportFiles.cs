using System.Globalization;
using DisclosureModel.Html;
using DisclosureModel.Import;
using DisclosureModel.Json;

namespace DisclosureModel.Cli;

/// <summary>One report read from an input, with where it came from.</summary>
/// <param name="Source">The file name, or <c>-</c> for standard input.</param>
/// <param name="Line">The one-based NDJSON line, or null for a whole-file report.</param>
/// <param name="Report">The report.</param>
internal sealed record SourcedReport(string Source, long? Line, DisclosureReport Report);

/// <summary>An input that could not be read: where, and why.</summary>
internal sealed class InputException(string message, Exception? inner = null, long? line = null) : Exception(message, inner)
{
    public InputException(string message, long line)
        : this(message, null, line)
    {
    }

    /// <summary>Gets the one-based NDJSON line that could not be read, or null when the whole input could not be.</summary>
    public long? Line { get; } = line;
}

/// <summary>One item of an input: a report, or an NDJSON line that could not be read.</summary>
/// <param name="Report">The report, or null.</param>
/// <param name="Error">Why the line could not be read, or null.</param>
internal sealed record SourcedLine(SourcedReport? Report, InputException? Error);

/// <summary>Finds and reads report files: JSON, NDJSON, and (for import) scraped text and HTML.</summary>
internal static class ReportFiles
{
    /// <summary>Expands paths into files: a directory gives its <c>*.json</c> and <c>*.ndjson</c> files, recursively, in ordinal order.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == "-" || File.Exists(path))
            {
                yield return path;
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return file;
                }
            }
            else
            {
                throw new InputException($"{path}: no such file or directory");
            }
        }
    }

    /// <summary>
    /// Reads the reports of one input lazily: a <c>.ndjson</c> file line by line, a <c>.json</c> file as one report, and
    /// standard input as NDJSON when its first line is a whole JSON object, else as one report. The first unreadable
    /// NDJSON line throws (use <see cref="ReadEach"/> to go on past it).
    /// </summary>
    public static IEnumerable<SourcedReport> Read(string path, CliIo io) =>
        ReadEach(path, io).Select(r => r.Error is { } error ? throw error : r.Report!);

    /// <summary>
    /// Reads the reports of one input lazily as <see cref="Read"/> does, but an unreadable NDJSON line is returned as an
    /// error with its line number and the following lines are still read (NDJSON lines are independent). An input that
    /// cannot be opened, or a whole JSON file that cannot be read, still throws <see cref="InputException"/>.
    /// </summary>
    public static IEnumerable<SourcedLine> ReadEach(string path, CliIo io)
    {
        var (stream, ndjson) = OpenInput(path, io);
        using (stream)
        {
            if (!ndjson)
            {
                yield return new SourcedLine(new SourcedReport(path, null, ReadOne(path, stream)), null);
                yield break;
            }

            using var lines = NdjsonLines.Split(stream, DisclosureJsonLimits.MaxDocumentBytes).GetEnumerator();
            long count = 0;
            while (true)
            {
                try
                {
                    if (!lines.MoveNext())
                    {
                        yield break;
                    }
                }
                catch (IOException e)
                {
                    throw new InputException($"{path}: {e.Message}", e);
                }

                var line = lines.Current;
                if (!line.TooLong && line.Content.Span.IndexOfAnyExcept(" \t"u8) < 0)
                {
                    continue;
                }

                if (count == DisclosureJsonLimits.MaxReportsPerStream)
                {
                    throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{path}: line {line.Number}: more than {DisclosureJsonLimits.MaxReportsPerStream} reports in one input; split it"));
                }

                count++;
                if (line.TooLong)
                {
                    yield return new SourcedLine(null, new InputException(string.Create(CultureInfo.InvariantCulture, $"{path}: line {line.Number}: the line is longer than {DisclosureJsonLimits.MaxDocumentBytes} bytes"), line.Number));
                    continue;
                }

                SourcedLine result;
                try
                {
                    result = new SourcedLine(new SourcedReport(path, line.Number, DisclosureJson.Deserialize(line.Content.Span)), null);
                }
                catch (DisclosureJsonException e)
                {
                    var where = e.BytePositionInLine is { } position ? string.Create(CultureInfo.InvariantCulture, $", byte {position + 1}") : string.Empty;
                    var at = e.Path is { Length: > 0 } p ? $" at {p}" : string.Empty;
                    result = new SourcedLine(null, new InputException(string.Create(CultureInfo.InvariantCulture, $"{path}: line {line.Number}{where}{at}: {e.Message}"), e, line.Number));
                }

                yield return result;
            }
        }
    }

    /// <summary>Reads one report from a JSON file (or <c>-</c>); NDJSON is refused with what to do instead.</summary>
    public static DisclosureReport ReadReport(string path, CliIo io, string command)
    {
        var (stream, ndjson) = OpenInput(path, io);
        using (stream)
        {
            if (ndjson)
            {
                throw new InputException($"{path}: this is NDJSON (one report a line), and {command} reads one report: pass one line of it (for example: sed -n 1p {path} | disclosure {command} - …), or use validate or sum, which read NDJSON");
            }

            return ReadOne(path, stream);
        }
    }

    /// <summary>
    /// Imports a scraped page: <c>.html</c>/<c>.htm</c> with the HTML importer, anything else as text. The file's bytes go
    /// to the importers, which decode them (BOM, <c>&lt;meta charset&gt;</c>, UTF-8 or GB18030), so GBK pages work.
    /// </summary>
    public static ImportResult Import(string path, ImportOptions options, CliIo io)
    {
        try
        {
            using var stream = Open(path, io);
            return path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
                ? HtmlReportImporter.Import(stream, options)
                : ReportImporter.ImportText(stream, options);
        }
        catch (IOException e)
        {
            throw new InputException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Describes a JSON error with one-based line and column, as editors count.</summary>
    public static string Describe(DisclosureJsonException e)
    {
        var where = e.NdjsonLineNumber is { } ndjsonLine
            ? $"line {ndjsonLine}"
            : e.LineNumber is { } line ? $"line {line + 1}, byte {e.BytePositionInLine + 1}" : "position unknown";
        var path = e.Path is { Length: > 0 } p ? $" at {p}" : string.Empty;
        return $"{where}{path}: {e.Message}";
    }

    private static DisclosureReport ReadOne(string path, Stream stream)
    {
        try
        {
            return DisclosureJson.Deserialize(stream);
        }
        catch (DisclosureJsonException e)
        {
            throw new InputException($"{path}: {Describe(e)}", e);
        }
        catch (IOException e)
        {
            throw new InputException($"{path}: {e.Message}", e);
        }
    }

    private static Stream Open(string path, CliIo io) => OpenInput(path, io).Stream;

    private static (Stream Stream, bool Ndjson) OpenInput(string path, CliIo io)
    {
        try
        {
            if (path != "-")
            {
                if (Directory.Exists(path))
                {
                    throw new InputException($"{path}: is a directory; give a file");
                }

                return (File.OpenRead(path), path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase));
            }

            // Standard input cannot seek: read its first line, decide, and put the line back in front of the rest.
            // A single indented report starts with a line holding only "{"; an NDJSON line holds a whole object.
            var input = io.OpenStandardInput();
            var firstLine = new MemoryStream();
            int b;
            while ((b = input.ReadByte()) >= 0 && firstLine.Length <= DisclosureJsonLimits.MaxDocumentBytes)
            {
                firstLine.WriteByte((byte)b);
                if (b == '\n')
                {
                    break;
                }
            }

            var text = System.Text.Encoding.UTF8.GetString(firstLine.GetBuffer(), 0, (int)firstLine.Length).Trim().TrimStart('\uFEFF');
            var ndjson = text.Length > 1 && text[0] == '{' && text[^1] == '}';
            return (new PrefixedStream(firstLine.ToArray(), input), ndjson);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: {e.Message}", e);
        }
    }
}
