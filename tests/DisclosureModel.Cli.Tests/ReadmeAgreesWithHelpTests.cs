using System.Text;
using System.Text.RegularExpressions;

namespace DisclosureModel.Cli.Tests;

/// <summary>
/// The README's command table and <c>disclosure COMMAND --help</c> spell the same options with the same values: every
/// option of a command is in its README entry and every option the README names exists, and a value list the README
/// gives (<c>--format text|json|sarif</c>) is the one the help shows.
/// </summary>
public partial class ReadmeAgreesWithHelpTests
{
    public static TheoryData<string> Commands() => [.. ReadmeEntries().Select(e => e.Command).Distinct()];

    [Fact]
    public void The_readme_lists_every_command()
    {
        Assert.Equal(["convert", "diff", "import", "render", "report", "sample", "schema", "sum", "validate"], ReadmeEntries().Select(e => e.Command).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Options_and_their_values_agree(string command)
    {
        var entry = string.Join(' ', ReadmeEntries().Where(e => e.Command == command).Select(e => e.Usage));
        var help = await HelpAsync(command);
        var helpMatches = HelpOption().Matches(help);
        var longNames = helpMatches.SelectMany(m => m.Groups["names"].Value.Split(", ").Select(alias => (Alias: alias, Name: m.Groups["names"].Value.Split(", ")[^1]))).ToDictionary(a => a.Alias, a => a.Name);
        var helpOptions = helpMatches.ToDictionary(m => m.Groups["names"].Value.Split(", ")[^1], m => m.Groups["values"].Value);
        helpOptions.Remove("--help");
        // A command may have several README rows (import FILE, import DIR): an option named in more than one counts once.
        var readmeOptions = ReadmeOption().Matches(entry)
            .DistinctBy(m => longNames.GetValueOrDefault(m.Groups["name"].Value, m.Groups["name"].Value))
            .ToDictionary(
                m => longNames.GetValueOrDefault(m.Groups["name"].Value, m.Groups["name"].Value),
                m => m.Groups["values"].Value.Replace("\\|", "|", StringComparison.Ordinal));

        Assert.True(
            helpOptions.Keys.Order(StringComparer.Ordinal).SequenceEqual(readmeOptions.Keys.Order(StringComparer.Ordinal)),
            $"README.md's `disclosure {command}` entry names {string.Join(", ", readmeOptions.Keys.Order(StringComparer.Ordinal))}; `disclosure {command} --help` has {string.Join(", ", helpOptions.Keys.Order(StringComparer.Ordinal))}.");
        foreach (var (name, values) in readmeOptions.Where(o => o.Value.Contains('|', StringComparison.Ordinal)))
        {
            Assert.True(
                helpOptions[name].Split('|').Order(StringComparer.Ordinal).SequenceEqual(values.Split('|').Order(StringComparer.Ordinal)),
                $"README.md's `disclosure {command}` entry gives {name} {values}; `--help` shows <{helpOptions[name]}>.");
        }
    }

    private static async Task<string> HelpAsync(string command)
    {
        var output = new StringWriter { NewLine = "\n" };
        var io = new CliIo(output, new StringWriter(), () => Stream.Null, ErrorIsTerminal: false);
        Assert.Equal(0, await CliApp.RunAsync([command, "--help"], io));
        return output.ToString();
    }

    // Each `disclosure COMMAND …` code span of the README's command table (a row may hold several).
    private static IEnumerable<(string Command, string Usage)> ReadmeEntries()
    {
        var readme = File.ReadAllText(Path.Combine(FindRoot(), "README.md"), Encoding.UTF8);
        foreach (var line in readme.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("| `disclosure ", StringComparison.Ordinal)))
        {
            var cell = line.Split(" | ")[0];
            foreach (Match span in CodeSpan().Matches(cell))
            {
                yield return (span.Groups["command"].Value, span.Groups["usage"].Value);
            }
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DisclosureModel.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DisclosureModel.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"`disclosure (?<command>[a-z]+)(?<usage>[^`]*)`")]
    private static partial Regex CodeSpan();

    // An option of the README: -o or --name, then (optionally) its value: text\|json, 2019\|2021, or a placeholder.
    [GeneratedRegex(@"(?<=[\s\[])(?<name>--?[a-z][a-z-]*)(?: (?<values>[a-z0-9]+(?:\\\|[a-z0-9]+)+))?")]
    private static partial Regex ReadmeOption();

    // An option line of the help: "  -o, --output <output>  …" or "  --format <text|json|sarif>  …" (the last, long name counts).
    [GeneratedRegex(@"^  (?<names>(?:-[^\s,]+, )*--[a-z][a-z-]*)(?: <(?<values>[^>]*)>)?", RegexOptions.Multiline)]
    private static partial Regex HelpOption();
}
