using System.Text.RegularExpressions;
using DisclosureModel.Import;
using DisclosureModel.Rendering;

namespace DisclosureModel.Tests.Import.Conformance;

/// <summary>
/// The plain-text front end (<see cref="ReportImporter.ImportText(string, ImportOptions?)"/>) on the text <see cref="ReportRenderer.ToText"/>
/// writes: one paragraph per line, paragraphs separated by an empty line, each table label and cell a paragraph.
/// </summary>
public sealed partial class TextFrontEndConformanceTests : FrontEndConformanceTests
{
    private static readonly HashSet<string> Headings = new(
        new[] { ProactiveDisclosureLayout.Title.Chinese, ApplicationsLayout.Title.Chinese, ReviewAndLitigationLayout.Title.Chinese }
            .Concat(FormatEditions.All.SelectMany(e => ProactiveDisclosureLayout.GetTables(e)).Select(t => t.Title.Chinese)),
        StringComparer.Ordinal);

    protected override string FrontEnd => "text";

    protected override string? Limitation(string caseName) => caseName switch
    {
        nameof(Table_cells_carry_their_position_in_the_statutory_grid) =>
            "plain text has no table grid: its pieces are lines, located by line and column only (SourceLocation.Path l12c3)",
        _ => null,
    };

    protected override string Render(DisclosureReport report) => ReportRenderer.ToText(report);

    protected override ImportResult Import(string input, ImportOptions options) => ReportImporter.ImportText(input, options);

    protected override string RemoveRow(string input, string rowLabel) => Edit(input, p =>
    {
        var (start, end) = Row(p, rowLabel);
        p.RemoveRange(start, end - start);
    });

    protected override string SwapRows(string input, string firstLabel, string secondLabel) => Edit(input, p =>
    {
        var first = Row(p, firstLabel);
        var second = Row(p, secondLabel);
        if (first.Start > second.Start)
        {
            (first, second) = (second, first);
        }

        var a = p.GetRange(first.Start, first.End - first.Start);
        var b = p.GetRange(second.Start, second.End - second.Start);
        p.RemoveRange(second.Start, b.Count);
        p.InsertRange(second.Start, a);
        p.RemoveRange(first.Start, a.Count);
        p.InsertRange(first.Start, b);
    });

    protected override string RemoveLastCell(string input, string rowLabel) => Edit(input, p => p.RemoveAt(Row(p, rowLabel).End - 1));

    protected override string InsertBeforeRow(string input, string rowLabel, string text) => Edit(input, p => p.Insert(Row(p, rowLabel).Start, text));

    protected override string MapTableCells(string input, Func<string, bool, string> map) => Edit(input, p =>
    {
        var (start, end) = TableRegion(p);
        for (var i = start; i < end; i++)
        {
            if (!Headings.Contains(p[i]))
            {
                p[i] = map(p[i], IsValue(p[i]));
            }
        }
    });

    protected override void AssertPath(SourceLocation location)
    {
        Assert.Null(location.Element);
        Assert.Matches(@"^l[1-9][0-9]*c[1-9][0-9]*$", location.Path);
        Assert.Equal($"l{location.Line}c{location.Column}", location.Path);
    }

    private static string Edit(string input, Action<List<string>> edit)
    {
        Assert.EndsWith("\n", input, StringComparison.Ordinal);
        var paragraphs = input[..^1].Split("\n\n").ToList();
        edit(paragraphs);
        return string.Join("\n\n", paragraphs) + "\n";
    }

    private static (int Start, int End) TableRegion(List<string> p)
    {
        var start = p.IndexOf(ProactiveDisclosureLayout.Title.Chinese);
        var end = p.IndexOf(ReportSectionsLayout.ProblemsAndImprovementsTitle.Chinese);
        Assert.True(start >= 0 && end > start, "the text has its tables between Section 二 and Section 五");
        return (start, end);
    }

    /// <summary>The paragraphs of a row: its label, then its value paragraphs.</summary>
    private static (int Start, int End) Row(List<string> p, string label)
    {
        var (regionStart, regionEnd) = TableRegion(p);
        var start = p.IndexOf(label, regionStart);
        Assert.True(start >= 0 && start < regionEnd, $"no row {label}");
        var end = start + 1;
        while (end < regionEnd && IsValue(p[end]))
        {
            end++;
        }

        return (start, end);
    }

    private static bool IsValue(string paragraph) => ValuePattern().IsMatch(paragraph);

    [GeneratedRegex(@"^(—|-?[0-9][0-9.]*(元|万元)?)$")]
    private static partial Regex ValuePattern();
}
