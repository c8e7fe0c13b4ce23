using System.Reflection;
using System.Text.RegularExpressions;
using DisclosureModel.Html;

namespace DisclosureModel.Tests.Docs;

/// <summary>
/// Keeps docs/architecture.md honest: every type, member, file and folder it names in code spans must exist, so that a
/// rename or a removal fails here instead of leaving the "how to add" lists pointing at nothing.
/// </summary>
public partial class ArchitectureDocTests
{
    private static readonly string Root = FindRoot();

    private static readonly Assembly[] Assemblies =
    [
        typeof(DisclosureReport).Assembly,
        typeof(HtmlReportImporter).Assembly,
        typeof(ArchitectureDocTests).Assembly,
        typeof(System.Runtime.CompilerServices.CallerArgumentExpressionAttribute).Assembly,
    ];

    [Fact]
    public void Every_name_in_the_architecture_page_exists()
    {
        var markdown = File.ReadAllText(Path.Combine(Root, "docs", "architecture.md"));
        var spans = CodeSpan().Matches(markdown).Select(m => m.Groups["code"].Value).Distinct(StringComparer.Ordinal).ToList();
        var checkedNames = 0;
        var missing = new List<string>();
        foreach (var span in spans)
        {
            if (IsRepositoryPath(span))
            {
                checkedNames++;
                var path = Path.Combine(Root, span.TrimEnd('/'));
                if (!File.Exists(path) && !Directory.Exists(path))
                {
                    missing.Add($"the path {span}");
                }
            }
            else if (span.EndsWith(".cs", StringComparison.Ordinal))
            {
                checkedNames++;
                if (!Directory.EnumerateFiles(Path.Combine(Root, "src"), span, SearchOption.AllDirectories).Any())
                {
                    missing.Add($"the source file {span}");
                }
            }
            else if (TypeOrMember().Match(span) is { Success: true } name)
            {
                checkedNames++;
                if (!Exists(name.Groups["type"].Value, name.Groups["member"].Success ? name.Groups["member"].Value : null))
                {
                    missing.Add($"the type or member {span}");
                }
            }
        }

        Assert.True(missing.Count == 0, "docs/architecture.md names what does not exist: " + string.Join("; ", missing));
        Assert.True(checkedNames >= 60, $"only {checkedNames} names were checked; the page or this test lost its lists");
    }

    [Fact]
    public void The_checker_notices_a_name_that_does_not_exist()
    {
        Assert.True(Exists("CellCatalog", "BuildApplications"));
        Assert.False(Exists("CellCatalog", "BuildSectionSeven"));
        Assert.False(Exists("CellRegistry", null));
        Assert.True(IsRepositoryPath("docs/schema/disclosure-report.schema.json"));
        Assert.False(IsRepositoryPath("table[2]/tr[4]/td[3]"));
    }

    private static bool IsRepositoryPath(string span) =>
        span.StartsWith("docs/", StringComparison.Ordinal) || span.StartsWith("src/", StringComparison.Ordinal)
        || span.StartsWith("tests/", StringComparison.Ordinal) || span.StartsWith(".ci/", StringComparison.Ordinal);

    private static bool Exists(string typeName, string? member)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        var types = Assemblies.SelectMany(a => a.GetTypes()).Where(t => t.Name == typeName || t.Name == typeName + "Attribute").ToList();
        return types.Count > 0 && (member is null || types.Any(t => t.GetMember(member, all).Length > 0));
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DisclosureModel.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    [GeneratedRegex(@"`(?<code>[^`\n]+)`")]
    private static partial Regex CodeSpan();

    // A type such as CellCatalog, or a type and member such as CellCatalog.Build or CellCatalog.Get(edition).
    [GeneratedRegex(@"^(?<type>[A-Z][A-Za-z0-9]*)(\.(?<member>[A-Z][A-Za-z0-9]*))?(\(\w*\))?$")]
    private static partial Regex TypeOrMember();
}
