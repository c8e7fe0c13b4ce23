using System.Text.RegularExpressions;

namespace DisclosureModel.Tests.Docs;

/// <summary>
/// docs/reliability.md promises nothing that no test checks: every test its promise table names exists (a class of
/// that name under <c>tests/</c> declaring a method of that name).
/// </summary>
public partial class ReliabilityDocTests
{
    [Fact]
    public void Every_test_the_promise_table_names_exists()
    {
        var root = FindRoot();
        var markdown = File.ReadAllText(Path.Combine(root, "docs", "reliability.md")).ReplaceLineEndings("\n");
        var table = markdown[markdown.IndexOf("## Every promise and the test that checks it", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n## ", 4, StringComparison.Ordinal)];

        var sources = Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        var named = new List<(string Class, string Method)>();
        foreach (var row in table.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)))
        {
            var cells = row.Split(" | ");
            string? current = null;
            foreach (Match reference in TestReference().Matches(cells[^1]))
            {
                var text = reference.Groups["name"].Value;
                if (text.StartsWith('…'))
                {
                    Assert.True(current is not null, $"'{text}' continues no class in the row: {row}");
                    named.Add((current!, text[1..]));
                }
                else if (text.Split('.') is [var type, var method])
                {
                    current = type;
                    named.Add((type, method));
                }
            }
        }

        Assert.True(named.Count > 50, $"only {named.Count} tests found in the promise table");
        var missing = named.Where(n => !sources.Any(s => s.Contains($"class {n.Class}", StringComparison.Ordinal) && Regex.IsMatch(s, $@"\b{Regex.Escape(n.Method)}\s*\("))).ToList();
        Assert.True(missing.Count == 0, "docs/reliability.md names tests that do not exist: " + string.Join(", ", missing.Select(m => $"{m.Class}.{m.Method}")));
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

    // `Class.Method` or `…Method` (the class of the reference before it in the row).
    [GeneratedRegex(@"`(?<name>(?:…|[A-Z]\w*\.)[A-Za-z_]\w*)`")]
    private static partial Regex TestReference();
}
