using System.Globalization;
using DisclosureModel.Import;
using DisclosureModel.Json;

namespace DisclosureModel.Cli;

/// <summary>One report read from an input, with where it came from.</summary>
/// <param name="Source">The file name, or <c>-</c> for standard input.</param>
/// <param name="Line">The one-based NDJSON line, or null for a whole-file report.</param>
/// <param name="Report">The report.</param>
internal sealed record SourcedReport(string Source, long? Line, DisclosureReport Report);

/// <summary>One input found by a directory walk: a file to read, or a directory that could not be listed.</summary>
/// <param name="Path">The path.</param>
/// <param name="Problem">Why the input cannot be read, or null.</param>
internal sealed record InputFile(string Path, string? Problem);

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
    /// <summary>
    /// Expands paths into files (see <see cref="Walk"/>), for commands that stop at the first unreadable input: an
    /// unreadable directory throws <see cref="InputException"/> when the walk reaches it.
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths, TextWriter? notes = null, CancellationToken cancellationToken = default) =>
        Walk(paths, notes ?? TextWriter.Null, cancellationToken).Select(input => input.Problem is { } problem ? throw new InputException($"{input.Path}: {problem}") : input.Path);

    /// <summary>
    /// Expands paths into inputs, lazily: a file or <c>-</c> as given; a directory gives its <c>*.json</c> and
    /// <c>*.ndjson</c> files, recursively, each directory's entries in ordinal order (the order of the full paths). Links
    /// to directories are not followed (so a link loop cannot make the walk endless, nor a link to <c>.</c> count a file
    /// twice), and files that are not regular files (FIFOs, sockets, devices) are not opened: each gets a note on
    /// <paramref name="notes"/>. A directory that cannot be listed is an input with a <see cref="InputFile.Problem"/>,
    /// and the walk goes on. Every path given must exist: that is checked before the first input is returned.
    /// </summary>
    public static IEnumerable<InputFile> Walk(IEnumerable<string> paths, TextWriter notes, CancellationToken cancellationToken) =>
        Walk(paths, notes, IsReportFile, cancellationToken);

    /// <summary>
    /// Expands paths into inputs as <see cref="Walk(IEnumerable{string}, TextWriter, CancellationToken)"/> does, but a
    /// directory gives the files whose names <paramref name="include"/> accepts (files given by name are always inputs).
    /// </summary>
    public static IEnumerable<InputFile> Walk(IEnumerable<string> paths, TextWriter notes, Func<string, bool> include, CancellationToken cancellationToken)
    {
        var given = paths.ToList();
        foreach (var path in given)
        {
            if (path != "-" && !File.Exists(path) && !Directory.Exists(path))
            {
                throw new InputException($"{path}: no such file or directory");
            }
        }

        return WalkExisting(given, notes, include, cancellationToken);
    }

    private static bool IsReportFile(string name) =>
        name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads the reports of one input found by <see cref="Walk"/> as <see cref="ReadEach(string, CliIo)"/> does; an input
    /// the walk found unreadable throws <see cref="InputException"/> on the first <c>MoveNext</c>.
    /// </summary>
    public static IEnumerable<SourcedLine> ReadEach(InputFile input, CliIo io) =>
        input.Problem is { } problem ? Fail<SourcedLine>(input.Path, problem) : ReadEach(input.Path, io);

    private static IEnumerable<T> Fail<T>(string path, string problem)
    {
        throw new InputException($"{path}: {problem}");
#pragma warning disable CS0162 // Unreachable code: makes this an iterator, so that it throws on MoveNext.
        yield break;
#pragma warning restore CS0162
    }

    private static IEnumerable<InputFile> WalkExisting(List<string> paths, TextWriter notes, Func<string, bool> include, CancellationToken cancellationToken)
    {
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (path == "-" || File.Exists(path))
            {
                yield return new InputFile(path, null);
                continue;
            }

            // Depth first with an explicit stack of listings; each directory is listed (and sorted) only when it is
            // reached, so memory is bounded by the depth times the widest directory, not by the whole tree. A directory
            // sorts as its name and "/", which gives the order of sorting every full path.
            var stack = new Stack<(List<(string Path, FileSystemInfo Info)> Entries, int Next)>();
            var (root, rootProblem) = List(path);
            if (rootProblem is not null)
            {
                yield return new InputFile(path, rootProblem);
                continue;
            }

            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (entries, next) = stack.Pop();
                if (next >= entries.Count)
                {
                    continue;
                }

                stack.Push((entries, next + 1));
                var (entryPath, entry) = entries[next];
                if (entry is DirectoryInfo)
                {
                    if (entry.LinkTarget is not null)
                    {
                        notes.WriteLine($"disclosure: {entryPath}: a link to a directory, not followed");
                        continue;
                    }

                    var (listing, problem) = List(entryPath);
                    if (problem is not null)
                    {
                        yield return new InputFile(entryPath, problem);
                    }
                    else
                    {
                        stack.Push((listing, 0));
                    }

                    continue;
                }

                if (!include(entry.Name))
                {
                    continue;
                }

                switch (FileKinds.Of(entryPath))
                {
                    case FileKind.Regular:
                        yield return new InputFile(entryPath, null);
                        break;
                    case FileKind.Missing:
                        yield return new InputFile(entryPath, "no such file (a link to nothing?)");
                        break;
                    default:
                        notes.WriteLine($"disclosure: {entryPath}: not a regular file (a FIFO, socket or device), skipped");
                        break;
                }
            }
        }
    }

    private static (List<(string Path, FileSystemInfo Info)> Entries, string? Problem) List(string directory)
    {
        try
        {
            var entries = new DirectoryInfo(directory).EnumerateFileSystemInfos("*", ListOptions).Select(e => (Path.Join(directory, e.Name), e)).ToList();
            entries.Sort((x, y) => string.CompareOrdinal(SortKey(x.Item2), SortKey(y.Item2)));
            return (entries, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return ([], $"directory could not be read: {e.Message}");
        }

        static string SortKey(FileSystemInfo entry) => entry is DirectoryInfo ? entry.Name + "/" : entry.Name;
    }

    private static readonly EnumerationOptions ListOptions = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

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
    /// Imports a document (or <c>-</c>, standard input) by its content: text, HTML, and whatever other kinds
    /// <see cref="DocumentReaders"/> has readers for; the file name is only a hint. The bytes go to the reader, which
    /// decodes them (BOM, <c>&lt;meta charset&gt;</c>, UTF-8 or GB18030), so GBK pages work.
    /// </summary>
    public static ImportResult Import(string path, ImportOptions options, CliIo io)
    {
        try
        {
            using var stream = Open(path, io);
            return DocumentReaders.Importer.Import(stream, options, path == "-" ? null : path);
        }
        catch (IOException e)
        {
            throw new InputException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Reads the reports of one input by its content: a <c>.ndjson</c> file report by report; an input (a file, or
    /// <c>-</c> for standard input) whose first character (after a byte order mark and white space) is <c>{</c> as one report JSON;
    /// anything else as a published document imported as <see cref="Import"/> does (text, HTML, PDF, Word), its unread
    /// cells kept in <see cref="DisclosureReport.UnreadCells"/>.
    /// </summary>
    /// <exception cref="InputException">The input cannot be read, is not a report, or the page names no agency or year.</exception>
    public static IReadOnlyList<DisclosureReport> ReadByContent(string path, CliIo io)
    {
        var (stream, ndjson) = OpenInput(path, io);
        if (ndjson && path != "-")
        {
            stream.Dispose();
            return [.. Read(path, io).Select(r => r.Report)];
        }

        byte[]? bytes;
        try
        {
            using (stream)
            {
                bytes = BoundedRead.ToEnd(stream, DocumentReaders.Importer.MaxDocumentLength);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: {e.Message}", e);
        }

        if (bytes is null)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{path}: larger than {DocumentReaders.Importer.MaxDocumentLength} bytes"));
        }

        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var first = bytes.AsSpan(start).IndexOfAnyExcept(" \t\r\n"u8);
        if (first >= 0 && bytes[start + first] == (byte)'{')
        {
            try
            {
                return [DisclosureJson.Deserialize(bytes.AsSpan(start))];
            }
            catch (DisclosureJsonException e)
            {
                throw new InputException($"{path}: {Describe(e)}", e);
            }
        }

        var result = DocumentReaders.Importer.Import(bytes, null, path == "-" ? null : path);
        return result.Report is { } report
            ? [report]
            : throw new InputException(result.Tables is null
                ? $"{path}: no report could be recognised (disclosure import {path} shows why)"
                : $"{path}: the tables were read but the page names no agency or year: import it with disclosure import --agency NAME --year YYYY and pass the JSON");
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
            return (new PrefixedReadStream(firstLine.ToArray(), input, ownsRest: true), ndjson);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: {e.Message}", e);
        }
    }
}
