using System.Text.RegularExpressions;

namespace DisclosureModel.Tests.Docs;

/// <summary>Checks that every marked code block in the Markdown docs is the same code as a compiled region in the tests.</summary>
public partial class SnippetTests
{
    private static readonly string RepositoryRoot = FindRoot();

    public static TheoryData<string> MarkdownFiles() => [.. FindMarkdownFiles()];

    private static IEnumerable<string> FindMarkdownFiles()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot, "*.md", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Where(f => File.ReadAllText(f).Contains("<!-- snippet:", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            yield return Path.GetRelativePath(RepositoryRoot, file);
        }
    }

    [Fact]
    public void The_readme_has_compiled_snippets()
    {
        Assert.Contains("README.md", FindMarkdownFiles());
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Marked_code_blocks_match_compiled_regions(string markdownFile)
    {
        var regions = LoadRegions();
        var markdown = File.ReadAllText(Path.Combine(RepositoryRoot, markdownFile)).ReplaceLineEndings("\n");
        var matches = SnippetBlock().Matches(markdown);
        Assert.NotEmpty(matches);
        foreach (Match match in matches)
        {
            var name = match.Groups["name"].Value;
            Assert.True(regions.TryGetValue(name, out var code), $"{markdownFile}: no '#region {name}' in the test sources.");

            // The block's using lines cannot stand in a method body: the region holds the code after them (the block as a
            // whole is compiled on its own by DocsCompileTests).
            var shown = Normalize(string.Join('\n', match.Groups["code"].Value.Split('\n').SkipWhile(l => l.Length == 0 || UsingDirective().IsMatch(l))));
            var run = Normalize(code);
            Assert.True(
                shown == run,
                $"{markdownFile}, snippet '{name}': the block differs from '#region {name}' in the tests.\n--- in the Markdown:\n{shown}\n--- in the region:\n{run}");
        }
    }

    private static Dictionary<string, string> LoadRegions()
    {
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "tests"), "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match match in Region().Matches(File.ReadAllText(file).ReplaceLineEndings("\n")))
            {
                regions[match.Groups["name"].Value] = match.Groups["code"].Value;
            }
        }

        return regions;
    }

    // Indentation differs between a method body and a Markdown block; compare the lines' content.
    private static string Normalize(string code)
    {
        var lines = code.Split('\n').Select(l => l.TrimEnd()).SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse().ToList();
        var indent = lines.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l));
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

    [GeneratedRegex(@"<!-- snippet: (?<name>[\w-]+) -->\n```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex SnippetBlock();

    [GeneratedRegex(@"^using( static)? [\w.]+( = [\w.<>, ]+)?;\s*$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"#region (?<name>[\w-]+)\n(?<code>.*?)\n[ \t]*#endregion", RegexOptions.Singleline)]
    private static partial Regex Region();
}
