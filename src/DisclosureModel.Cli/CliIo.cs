namespace DisclosureModel.Cli;

/// <summary>The streams a command reads and writes, so that the tool runs the same in a terminal and in tests.</summary>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: messages, logs and progress.</param>
/// <param name="OpenStandardInput">Opens standard input, for the path <c>-</c>.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (progress is shown only then).</param>
public sealed record CliIo(TextWriter Out, TextWriter Error, Func<Stream> OpenStandardInput, bool ErrorIsTerminal)
{
    /// <summary>
    /// Gets the function that creates a new file for writing (it must not exist yet). Output files are written through
    /// it to a temporary file beside the target, then renamed over the target; tests inject a failing stream here.
    /// </summary>
    public Func<string, Stream> CreateNewFile { get; init; } = static path => new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);

    /// <summary>Gets the process's own console streams.</summary>
    public static CliIo Console { get; } = new(
        CreateWriter(System.Console.OpenStandardOutput()),
        CreateWriter(System.Console.OpenStandardError()),
        System.Console.OpenStandardInput,
        !System.Console.IsErrorRedirected);

    private static StreamWriter CreateWriter(Stream stream) =>
        new(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true, NewLine = "\n" };
}

/// <summary>The exit codes of every command.</summary>
public static class ExitCodes
{
    /// <summary>Success: nothing is an error.</summary>
    public const int Success = 0;

    /// <summary>A report has an error finding (or, with <c>--warnings-as-errors</c>, a warning); for <c>diff</c>, the reports differ.</summary>
    public const int Findings = 1;

    /// <summary>An input could not be read, parsed or recognised, or an output file could not be written.</summary>
    public const int InputError = 2;

    /// <summary>
    /// <c>import</c> only: a report was recognised and written, but some of its table cells could not be read; they are
    /// blank and listed in the report's <c>unreadCells</c> (docs/import.md, "Unread is not blank").
    /// </summary>
    public const int IncompleteImport = 3;

    /// <summary>
    /// The command line itself is wrong, for every command: an unknown command or option, a missing argument, or an option
    /// value that is not allowed (<c>--lang fr</c>, <c>--format xml</c>, <c>--year 2018</c>). 64 is <c>EX_USAGE</c> of
    /// sysexits.h; nothing was read or written.
    /// </summary>
    public const int UsageError = 64;
}
