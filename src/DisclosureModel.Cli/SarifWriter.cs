using System.Buffers;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DisclosureModel.Validation;
using FluentValidation;

namespace DisclosureModel.Cli;

/// <summary>
/// Writes the findings of <c>disclosure validate</c> as one SARIF 2.1.0 log (OASIS Static Analysis Results Interchange
/// Format), streamed as they come: one run; the tool's driver with the rule catalogue (<see cref="DisclosureRules"/>) as
/// its rules; one result per finding, located physically (the input file, and its line when known) and logically (the
/// cell path); unreadable inputs as tool execution notifications of the invocation.
/// </summary>
/// <remarks>
/// Messages are in the chosen language (<c>--lang</c>); each rule and result carries both languages in its property bag.
/// No URI of a host is written (no <c>$schema</c>, no <c>informationUri</c>): only file URIs of the inputs.
/// </remarks>
internal sealed class SarifWriter : IDisposable
{
    /// <summary>The notification descriptor of an input that could not be read.</summary>
    private const string InputNotification = "INPUT";

    /// <summary>The base of relative artifact URIs: the directory the tool ran in.</summary>
    private const string WorkingDirectoryBase = "WORKINGDIR";

    private static readonly Dictionary<RuleDefinition, string> RuleNames = typeof(DisclosureRules)
        .GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(p => p.PropertyType == typeof(RuleDefinition))
        .ToDictionary(p => (RuleDefinition)p.GetValue(null)!, p => p.Name);

    private readonly TextWriter output;
    private readonly bool chinese;
    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private readonly Utf8JsonWriter json;
    private readonly List<Finding> notifications = [];
    private readonly Dictionary<string, int> ruleIndex = new(StringComparer.Ordinal);
    private bool relativeUris;

    /// <summary>Starts the log: the run, the tool and its rules, and the results array.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="language">The language of the messages (resolved: Chinese or English).</param>
    public SarifWriter(TextWriter output, ValidationLanguage language)
    {
        this.output = output;
        chinese = language == ValidationLanguage.Chinese;
        json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        json.WriteStartObject();
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "disclosure");
        json.WriteString("fullName", "disclosure validate (DisclosureModel.Cli)");
        json.WriteString("version", ToolVersion);
        json.WriteString("semanticVersion", ToolVersion);
        json.WriteStartArray("rules");
        var index = 0;
        foreach (var rule in DisclosureRules.All)
        {
            ruleIndex[rule.Code] = index++;
            WriteRule(rule);
        }

        json.WriteEndArray();
        json.WriteStartArray("notifications");
        json.WriteStartObject();
        json.WriteString("id", InputNotification);
        json.WriteString("name", "UnreadableInput");
        WriteMessage("shortDescription", chinese ? "无法读取的输入" : "An input that could not be read");
        WriteMessage("fullDescription", chinese
            ? "输入文件或 NDJSON 的一行无法读取、解析或识别为报告；其余输入照常校验。"
            : "An input file, or one NDJSON line, could not be read, parsed or recognised as a report; the other inputs are still checked.");
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", "error");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("language", chinese ? "zh-CN" : "en-US");
        json.WriteStartArray("results");
        Flush();
    }

    /// <summary>Gets the tool's version: the package version, without the source revision.</summary>
    public static string ToolVersion { get; } =
        (typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>The key of the finding's fingerprint in a result's <c>fingerprints</c> (SARIF §3.27.16: a name and a version).</summary>
    internal const string FingerprintKey = "disclosureFinding/v1";

    /// <summary>Writes a finding: a result, or (an unreadable input) a notification kept for the end.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="baselineState">The result's <c>baselineState</c> (<c>new</c> when compared with a baseline), or null.</param>
    public void Add(Finding finding, string? baselineState = null)
    {
        if (finding.Code == "INPUT")
        {
            notifications.Add(finding);
            return;
        }

        json.WriteStartObject();
        json.WriteString("ruleId", finding.Code);
        if (ruleIndex.TryGetValue(finding.Code, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(finding.Severity));
        WriteMessage("message", finding.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(finding);
        if (finding.Path.Length > 0)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("name", finding.Path[(finding.Path.LastIndexOf('.') + 1)..]);
            json.WriteString("fullyQualifiedName", finding.Path);
            json.WriteString("kind", "member");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        if (finding.Entry is { } entry)
        {
            json.WriteStartObject("fingerprints");
            json.WriteString(FingerprintKey, entry.Fingerprint);
            json.WriteEndObject();
        }

        if (baselineState is not null)
        {
            json.WriteString("baselineState", baselineState);
        }

        if (finding.Narrative is { } narrative)
        {
            // The narrative sentence a finding compares: a related location in the same file, by member, offset and length.
            json.WriteStartArray("relatedLocations");
            json.WriteStartObject();
            json.WriteNumber("id", 1);
            WriteMessage("message", narrative.Sentence);
            WritePhysicalLocation(finding);
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("name", narrative.PropertyPath[(narrative.PropertyPath.LastIndexOf('.') + 1)..]);
            json.WriteString("fullyQualifiedName", narrative.PropertyPath);
            json.WriteString("kind", "member");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("properties");
            json.WriteNumber("offset", narrative.Offset);
            json.WriteNumber("length", narrative.Length);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (finding.ChineseMessage is not null || finding.EnglishMessage is not null || finding.Corrections is not null)
        {
            json.WriteStartObject("properties");
            WriteIfNotNull("chineseMessage", finding.ChineseMessage);
            WriteIfNotNull("englishMessage", finding.EnglishMessage);
            ValidateCommand.WriteCorrections(json, finding, chinese ? ValidationLanguage.Chinese : ValidationLanguage.English);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        Flush();
    }

    /// <summary>
    /// Writes a baseline entry that no longer occurs: a result with <c>baselineState</c> <c>absent</c>, located by its
    /// cell path only (the baseline names the report by agency and year, in the result's properties, not by file); its
    /// message is the English one the baseline holds.
    /// </summary>
    /// <param name="entry">The gone entry.</param>
    public void AddAbsent(BaselineEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", entry.Code);
        if (ruleIndex.TryGetValue(entry.Code, out var index))
        {
            json.WriteNumber("ruleIndex", index);
            json.WriteString("level", Level(DisclosureRules.All[index].Severity));
        }

        WriteMessage("message", entry.Message);
        if (entry.Path.Length > 0)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("name", entry.Path[(entry.Path.LastIndexOf('.') + 1)..]);
            json.WriteString("fullyQualifiedName", entry.Path);
            json.WriteString("kind", "member");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("fingerprints");
        json.WriteString(FingerprintKey, entry.Fingerprint);
        json.WriteEndObject();
        json.WriteString("baselineState", "absent");
        json.WriteStartObject("properties");
        json.WriteString("agency", entry.Agency);
        json.WriteNumber("year", entry.Year);
        json.WriteEndObject();
        json.WriteEndObject();
        Flush();
    }

    /// <summary>Ends the log: the invocation with the unreadable inputs and the exit code.</summary>
    /// <param name="exitCode">The exit code of the command.</param>
    public void End(int exitCode)
    {
        json.WriteEndArray();
        json.WriteStartArray("invocations");
        json.WriteStartObject();

        // The tool ran to its end: unreadable inputs are notifications, not a failed execution.
        json.WriteBoolean("executionSuccessful", true);
        json.WriteNumber("exitCode", exitCode);
        if (notifications.Count > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var finding in notifications)
            {
                json.WriteStartObject();
                json.WriteStartObject("descriptor");
                json.WriteString("id", InputNotification);
                json.WriteNumber("index", 0);
                json.WriteEndObject();
                json.WriteString("level", "error");
                WriteMessage("message", finding.Message);
                json.WriteStartArray("locations");
                json.WriteStartObject();
                WritePhysicalLocation(finding);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        if (relativeUris)
        {
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(WorkingDirectoryBase);
            json.WriteString("uri", DirectoryUri(Environment.CurrentDirectory));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        Flush();
        output.WriteLine();
    }

    /// <inheritdoc/>
    public void Dispose() => json.Dispose();

    private void WriteRule(RuleDefinition rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Code);
        if (RuleNames.TryGetValue(rule, out var name))
        {
            json.WriteString("name", name);
        }

        WriteMessage("shortDescription", chinese ? rule.ChineseTitle : rule.EnglishTitle);
        var equation = rule.Equation.Length > 0 ? (chinese ? "：" : ": ") + rule.Equation : string.Empty;
        WriteMessage("fullDescription", (chinese ? rule.ChineseTitle : rule.EnglishTitle) + equation + (chinese ? "。" : "."));
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.Severity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("chineseTitle", rule.ChineseTitle);
        json.WriteString("englishTitle", rule.EnglishTitle);
        if (rule.Equation.Length > 0)
        {
            json.WriteString("equation", rule.Equation);
        }

        json.WriteString("scope", rule.Scope);
        json.WriteString("provenance", rule.Provenance.ToString());
        if (rule.OnlyIn is { } edition)
        {
            json.WriteString("edition", edition.GetIdentifier());
        }

        if (rule.Notes.Length > 0)
        {
            json.WriteString("notes", rule.Notes);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WritePhysicalLocation(Finding finding)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        switch (finding.File)
        {
            case "-":
                WriteMessage("description", chinese ? "标准输入" : "standard input");
                break;
            case ReportSummary.SampleSource:
                WriteMessage("description", chinese ? "内置样例报告 Samples.Pingtan2022" : "the embedded sample report Samples.Pingtan2022");
                break;
            default:
                if (Path.IsPathRooted(finding.File))
                {
                    json.WriteString("uri", new Uri(Path.GetFullPath(finding.File)).AbsoluteUri);
                }
                else
                {
                    relativeUris = true;
                    json.WriteString("uri", string.Join('/', finding.File.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString)));
                    json.WriteString("uriBaseId", WorkingDirectoryBase);
                }

                break;
        }

        json.WriteEndObject();
        if ((finding.Line ?? finding.ErrorLine) is { } line)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private void WriteMessage(string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private void WriteIfNotNull(string property, string? value)
    {
        if (value is not null)
        {
            json.WriteString(property, value);
        }
    }

    private void Flush()
    {
        json.Flush();
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string Level(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "note",
    };

    private static string DirectoryUri(string directory)
    {
        var uri = new Uri(Path.GetFullPath(directory)).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }
}
