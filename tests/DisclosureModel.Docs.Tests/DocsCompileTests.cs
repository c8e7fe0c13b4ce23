using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DisclosureModel.Docs.Tests;

/// <summary>
/// Compiles every fenced C# block (<c>```csharp</c>, <c>```cs</c>, <c>```c#</c>) of every Markdown file in the repository
/// (README, package READMEs, docs) on its own, as the <c>Program.cs</c> of a new console project that references the
/// library packages would be compiled: the SDK's implicit usings (System, System.IO, System.Linq, …), nullable on,
/// warnings as errors, the System.Text.Json source generator. So a block must carry its own <c>using</c> lines and define
/// what it uses. A block that is deliberately not compilable is preceded by
/// <c>&lt;!-- snippet-not-compiled: REASON --&gt;</c>, and a block that uses what the block before it declares (a class)
/// by <c>&lt;!-- snippet-continues: REASON --&gt;</c> (it is compiled with that block, as a second file); every such
/// marker is listed in <see cref="MarkersAllowed"/>.
/// The marked blocks (<c>&lt;!-- snippet: NAME --&gt;</c>) are also run, with their output checked, by
/// <see cref="Snippets"/>.
/// </summary>
public partial class DocsCompileTests
{
    /// <summary>The blocks that are not compiled on their own: "file: marker: reason". Keep it short.</summary>
    private static readonly string[] MarkersAllowed =
    [
        "docs/outputs.md: snippet-continues: uses FindingsFormatter, the class of the block above",
        "docs/json.md: snippet-not-compiled: its types are declared in the comments; compiled and run as SerializerIntegrationTests.Docs_embedding",
        "docs/json.md: snippet-not-compiled: part of an ASP.NET Core app; compiled and run in tests/Consumer.WebApi.Tests",
        "docs/json.md: snippet-not-compiled: part of an ASP.NET Core app; compiled and run in tests/Consumer.WebApi.Tests",
        "docs/validation.md: snippet-not-compiled: needs FluentValidation.DependencyInjectionExtensions; compiled and run in tests/Consumer.Tests",
    ];

    /// <summary>The usings a <c>Microsoft.NET.Sdk</c> console project has without writing them (ImplicitUsings).</summary>
    private const string ImplicitUsings =
        "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\n" +
        "global using System.Net.Http;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n";

    private static readonly string RepositoryRoot = FindRoot();

    private static readonly Lazy<(ImmutableArray<MetadataReference> References, ImmutableArray<ISourceGenerator> Generators)> Compiler = new(LoadCompiler);

    public static TheoryData<string> MarkdownFilesWithCSharp() => [.. FindBlocks().Select(b => b.File).Distinct().Order(StringComparer.Ordinal)];

    [Fact]
    public void The_docs_have_csharp_blocks_to_compile()
    {
        var files = FindBlocks().Select(b => b.File).ToHashSet();
        Assert.Contains("README.md", files);
        Assert.Contains(Path.Combine("docs", "json.md"), files);
        Assert.Contains(Path.Combine("src", "DisclosureModel", "PACKAGE.md"), files);
    }

    [Theory]
    [MemberData(nameof(MarkdownFilesWithCSharp))]
    public void Every_csharp_block_compiles_on_its_own(string markdownFile)
    {
        var failures = new StringBuilder();
        CodeBlock? previous = null;
        foreach (var block in FindBlocks().Where(b => b.File == markdownFile))
        {
            var before = previous;
            previous = block;
            if (block.Marker is "snippet-not-compiled")
            {
                continue;
            }

            var errors = Compile(block, block.Marker is "snippet-continues" ? before : null);
            if (errors.Count > 0)
            {
                failures.Append(CultureInfo.InvariantCulture, $"\n{block.File}, C# block {block.Number} (line {block.Line}) does not compile on its own:\n");
                foreach (var error in errors)
                {
                    failures.Append("  ").Append(error).Append('\n');
                }
            }
        }

        Assert.True(failures.Length == 0, failures.ToString() +
            "\nEvery C# block is compiled as a console program's Program.cs (implicit usings only): add its using lines and define what it uses." +
            "\nA namespace of a new package that is not found: add a ProjectReference to tests/DisclosureModel.Docs.Tests." +
            "\nA block that must not compile: precede it with <!-- snippet-not-compiled: REASON --> and list it in DocsCompileTests.NotCompiledAllowed.");
    }

    [Fact]
    public void Blocks_that_are_not_compiled_on_their_own_are_few_and_justified()
    {
        var marked = FindBlocks().Where(b => b.Marker is not null).ToList();
        Assert.All(marked, b => Assert.True(b.MarkerReason!.Length > 0, $"{b.File}, C# block {b.Number} (line {b.Line}): the {b.Marker} marker gives no reason."));
        Assert.All(marked.Where(b => b.Marker == "snippet-continues"), b => Assert.True(b.Number > 1, $"{b.File}, C# block {b.Number} (line {b.Line}): no block before it to continue."));
        Assert.Equal(MarkersAllowed.Order(StringComparer.Ordinal), marked.Select(b => $"{b.File.Replace('\\', '/')}: {b.Marker}: {b.MarkerReason}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_library_package_is_referenced_so_its_snippets_compile()
    {
        var missing = new List<string>();
        foreach (var project in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "src"), "*.csproj", SearchOption.AllDirectories))
        {
            var xml = XDocument.Load(project);
            bool Property(string name) => xml.Descendants(name).Any(e => string.Equals(e.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase));
            if (!Property("IsPackable") || Property("PackAsTool"))
            {
                continue;
            }

            var assembly = xml.Descendants("AssemblyName").FirstOrDefault()?.Value ?? Path.GetFileNameWithoutExtension(project);
            if (!File.Exists(Path.Combine(AppContext.BaseDirectory, assembly + ".dll")))
            {
                missing.Add(Path.GetRelativePath(RepositoryRoot, project));
            }
        }

        Assert.True(missing.Count == 0, "Not referenced by tests/DisclosureModel.Docs.Tests, so the docs' snippets that use them cannot be compiled: " + string.Join(", ", missing));
    }

    [Fact]
    public void A_block_that_does_not_compile_is_reported_with_its_file_and_line()
    {
        var block = new CodeBlock("docs/example.md", 3, 40, "using DisclosureModel;\n\nDisclosureReport report = seedPage;\n", null, null);
        var error = Assert.Single(Compile(block, null));
        Assert.Equal("docs/example.md(43,27): error CS0103: The name 'seedPage' does not exist in the current context", error);
    }

    private static List<string> Compile(CodeBlock block, CodeBlock? continued)
    {
        var (references, generators) = Compiler.Value;
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var code = CSharpSyntaxTree.ParseText(block.Code, parse, path: block.File);
        List<SyntaxTree> trees = [code, CSharpSyntaxTree.ParseText(ImplicitUsings, parse, path: "GlobalUsings.g.cs")];
        if (continued is not null)
        {
            trees.Add(CSharpSyntaxTree.ParseText(continued.Code, parse, path: $"{continued.File} (block {continued.Number})"));
        }

        var isProgram = trees.Any(t => t.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any());
        var compilation = CSharpCompilation.Create(
            "Snippet",
            trees,
            references,
            new CSharpCompilationOptions(
                isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                // What the SDK suppresses by default (NoWarn 1701;1702): assembly unification notes.
                specificDiagnosticOptions: [new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));
        CSharpGeneratorDriver.Create(generators, parseOptions: parse).RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        return generatorDiagnostics.Concat(generated.GetDiagnostics())
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => Describe(block, d))
            .Distinct()
            .ToList();
    }

    // The position in the Markdown file: the block's code starts on the line after its opening fence.
    private static string Describe(CodeBlock block, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var where = diagnostic.Location.IsInSource && span.Path == block.File
            ? string.Create(CultureInfo.InvariantCulture, $"{block.File}({block.Line + 1 + span.StartLinePosition.Line},{span.StartLinePosition.Character + 1})")
            : block.File;
        return $"{where}: error {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// The .NET reference assemblies of the running runtime's version (and ASP.NET Core's, for web examples), the library
    /// packages and what they depend on, and the source generators of the reference pack.
    /// </summary>
    private static (ImmutableArray<MetadataReference>, ImmutableArray<ISourceGenerator>) LoadCompiler()
    {
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var version = new DirectoryInfo(runtimeDirectory).Name;
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var generators = new List<ISourceGenerator>();
        foreach (var pack in new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" })
        {
            var packDirectory = FindPack(Path.Combine(dotnetRoot, "packs", pack), version);
            if (packDirectory is null)
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(packDirectory, "*.dll", SearchOption.AllDirectories).Where(f => f.Contains($"{Path.DirectorySeparatorChar}ref{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                paths.TryAdd(Path.GetFileNameWithoutExtension(file), file);
            }

            if (pack == "Microsoft.NETCore.App.Ref")
            {
                var generator = Path.Combine(packDirectory, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
                if (File.Exists(generator))
                {
                    generators.AddRange(new AnalyzerFileReference(generator, AnalyzerLoader.Instance).GetGenerators(LanguageNames.CSharp));
                }
            }
        }

        if (!paths.ContainsKey("System.Runtime"))
        {
            // No reference pack beside the runtime: compile against the runtime's own assemblies.
            foreach (var file in Directory.EnumerateFiles(runtimeDirectory, "*.dll"))
            {
                paths.TryAdd(Path.GetFileNameWithoutExtension(file), file);
            }
        }

        // The library packages (every DisclosureModel*.dll but the tests), the test stack the docs show (xunit,
        // Snapshooter) and, transitively, their dependencies.
        var pending = new Queue<string>(new[] { "DisclosureModel*.dll", "xunit*.dll", "Snapshooter*.dll" }
            .SelectMany(pattern => Directory.EnumerateFiles(AppContext.BaseDirectory, pattern))
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Where(n => !n.EndsWith(".Tests", StringComparison.Ordinal) && !n.Contains("runner", StringComparison.Ordinal)));
        while (pending.TryDequeue(out var name))
        {
            var file = Path.Combine(AppContext.BaseDirectory, name + ".dll");
            if (paths.ContainsKey(name) || !File.Exists(file))
            {
                continue;
            }

            paths[name] = file;
            foreach (var dependency in Assembly.LoadFrom(file).GetReferencedAssemblies())
            {
                pending.Enqueue(dependency.Name!);
            }
        }

        return ([.. paths.Values.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))], [.. generators]);
    }

    private static string? FindPack(string packRoot, string runtimeVersion)
    {
        if (!Directory.Exists(packRoot))
        {
            return null;
        }

        var exact = Path.Combine(packRoot, runtimeVersion);
        if (Directory.Exists(exact))
        {
            return exact;
        }

        // The same major version, newest first.
        var major = runtimeVersion.Split('.')[0] + ".";
        return Directory.EnumerateDirectories(packRoot).Where(d => Path.GetFileName(d).StartsWith(major, StringComparison.Ordinal)).Order(StringComparer.Ordinal).LastOrDefault();
    }

    private static IEnumerable<CodeBlock> FindBlocks()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot, "*.md", SearchOption.AllDirectories)
                     .Where(f => !IsUnder(f, "bin") && !IsUnder(f, "obj") && !IsUnder(f, ".git") && !IsUnder(f, "node_modules"))
                     .Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepositoryRoot, file);
            var lines = File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n');
            var number = 0;
            for (var i = 0; i < lines.Length; i++)
            {
                var open = Fence().Match(lines[i]);
                if (!open.Success)
                {
                    continue;
                }

                var indent = open.Groups["indent"].Value;
                var end = i + 1;
                while (end < lines.Length && lines[end].Trim() != open.Groups["fence"].Value)
                {
                    end++;
                }

                if (open.Groups["lang"].Value.ToLowerInvariant() is "csharp" or "cs" or "c#")
                {
                    number++;
                    var code = string.Join('\n', lines[(i + 1)..end].Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l.TrimStart()));
                    var marker = FindMarker(lines, i);
                    yield return new CodeBlock(relative, number, i + 1, code + "\n", marker?.Name, marker?.Reason);
                }

                i = end;
            }
        }

        static bool IsUnder(string path, string folder) =>
            path.Contains($"{Path.DirectorySeparatorChar}{folder}{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
    }

    // The HTML comments right above the opening fence (blank lines between are allowed).
    private static (string Name, string Reason)? FindMarker(string[] lines, int fence)
    {
        for (var i = fence - 1; i >= 0; i--)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.StartsWith("<!--", StringComparison.Ordinal))
            {
                return null;
            }

            if (Marker().Match(line) is { Success: true } marker)
            {
                return (marker.Groups["name"].Value, marker.Groups["reason"].Value.Trim());
            }
        }

        return null;
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

    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<fence>```+)\s*(?<lang>[^\s`]*)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"<!--\s*(?<name>snippet-not-compiled|snippet-continues):(?<reason>.*?)-->")]
    private static partial Regex Marker();

    /// <summary>
    /// A fenced C# block: its file, its number among the file's C# blocks, the line of its opening fence (1-based), and
    /// the marker above it (<c>snippet-not-compiled</c> or <c>snippet-continues</c>) with its reason.
    /// </summary>
    private sealed record CodeBlock(string File, int Number, int Line, string Code, string? Marker, string? MarkerReason);

    private sealed class AnalyzerLoader : IAnalyzerAssemblyLoader
    {
        public static AnalyzerLoader Instance { get; } = new();

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
