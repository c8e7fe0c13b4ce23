using System.Text;
using DisclosureModel.Import;
using DisclosureModel.Json;
using DisclosureModel.Rendering;
using DisclosureModel.Validation;

namespace DisclosureModel.Fuzz;

/// <summary>
/// The fuzz targets: each takes the raw bytes of one input and throws only when the library broke its contract.
/// The test suite replays the committed corpus through the same targets.
/// </summary>
public static partial class FuzzTargets
{
    // Created on first use, never in a static constructor: under AFL++, instrumented library code must not run before
    // Fuzzer.OutOfProcess.Run has set up the coverage map (it crashes with an access violation).
    private static DisclosureReportValidator? validator;

    private static DisclosureReportValidator Validator => validator ??= new DisclosureReportValidator();

    /// <summary>Gets the target names, as given on the command line.</summary>
    public static IReadOnlyList<string> Names { get; } = ["json", "text", "docx"];

    /// <summary>Runs the named target on one input.</summary>
    /// <param name="target">"json", "text" or "docx".</param>
    /// <param name="input">The input bytes.</param>
    /// <exception cref="ArgumentException">Unknown target.</exception>
    public static void Run(string target, ReadOnlySpan<byte> input)
    {
        switch (target)
        {
            case "json":
                Json(input);
                break;
            case "text":
                Text(input);
                break;
            case "docx":
                Docx(input);
                break;
            default:
                throw new ArgumentException($"Unknown target '{target}'; expected one of: {string.Join(", ", Names)}.", nameof(target));
        }
    }

    /// <summary>
    /// The JSON reader: the input either reads to a report, which then writes and reads back to an equal report and
    /// validates without throwing, or is rejected with <see cref="DisclosureJsonException"/>.
    /// </summary>
    /// <param name="input">The bytes, as UTF-8 JSON.</param>
    public static void Json(ReadOnlySpan<byte> input)
    {
        DisclosureReport report;
        try
        {
            report = DisclosureJson.Deserialize(input);
        }
        catch (DisclosureJsonException)
        {
            return;
        }

        var again = DisclosureJson.Deserialize(DisclosureJson.SerializeToUtf8Bytes(report));
        if (!again.Equals(report))
        {
            throw new InvalidOperationException("A report read from JSON does not read back equal after writing it.");
        }

        _ = Validator.Validate(report);
    }

    /// <summary>
    /// The text importer: never throws on content; a report it returns validates and renders without throwing, and
    /// its text form imports again.
    /// </summary>
    /// <param name="input">The bytes, decoded as UTF-8 (invalid sequences become U+FFFD).</param>
    public static void Text(ReadOnlySpan<byte> input)
    {
        var text = Encoding.UTF8.GetString(input);
        var result = ReportImporter.ImportText(text);
        if (result.Report is { } report)
        {
            _ = Validator.Validate(report);
            _ = ReportImporter.ImportText(ReportRenderer.ToText(report));
        }
    }
}
