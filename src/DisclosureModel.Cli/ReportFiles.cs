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
internal sealed class InputException(string message, Exception? inner = null) : Exception(message, inner);

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
    /// standard input as NDJSON when its first line is a whole JSON object, else as one report.
    /// </summary>
    public static IEnumerable<SourcedReport> Read(string path, CliIo io)
    {
        var (stream, ndjson) = OpenInput(path, io);
        using (stream)
        {
            if (!ndjson)
            {
                yield return new SourcedReport(path, null, ReadOne(path, stream));
                yield break;
            }

            using var reports = DisclosureNdjson.Read(stream).GetEnumerator();
            long count = 0;
            while (true)
            {
                try
                {
                    if (!reports.MoveNext())
                    {
                        yield break;
                    }
                }
                catch (DisclosureJsonException e)
                {
                    throw new InputException($"{path}: {Describe(e)}", e);
                }
                catch (IOException e)
                {
                    throw new InputException($"{path}: {e.Message}", e);
                }

                count++;
                yield return new SourcedReport(path, count, reports.Current);
            }
        }
    }

    /// <summary>Reads one report from a JSON file (or <c>-</c>).</summary>
    public static DisclosureReport ReadReport(string path, CliIo io)
    {
        using var stream = Open(path, io);
        return ReadOne(path, stream);
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
