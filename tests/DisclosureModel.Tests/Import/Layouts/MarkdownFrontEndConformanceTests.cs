using System.Text.RegularExpressions;
using DisclosureModel.Import;
using DisclosureModel.Tests.Import.Conformance;

namespace DisclosureModel.Tests.Import.Layouts;

/// <summary>
/// The plain-text front end (<see cref="ReportImporter.ImportText"/>) on Markdown pipe tables as PDF-to-Markdown
/// converters write them (<see cref="TextLayouts.Markdown"/>: the statutory grid, one header row above a separator
/// line, a blank cell as an empty pipe cell), through the whole conformance suite. Edits work on the pipe rows.
/// </summary>
public sealed partial class MarkdownFrontEndConformanceTests : FrontEndConformanceTests
{
    protected override string FrontEnd => "markdown";

    protected override string Render(DisclosureReport report) => TextLayouts.Markdown(report, new MarkdownLayout());

    protected override ImportResult Import(string input, ImportOptions options) => ReportImporter.ImportText(input, options);

    protected override IReadOnlyList<SourceCell>? ExtractCells(string input) => TextFrontEnd.Read(input, []);

    protected override string RemoveRow(string input, string rowLabel) => Edit(input, lines => lines.RemoveAt(Row(lines, rowLabel)));

    protected override string SwapRows(string input, string firstLabel, string secondLabel) => Edit(input, lines =>
    {
        var (a, b) = (Row(lines, firstLabel), Row(lines, secondLabel));
        (lines[a], lines[b]) = (lines[b], lines[a]);
    });

    protected override string InsertBeforeRow(string input, string rowLabel, string text) => Edit(input, lines => lines.Insert(Row(lines, rowLabel), "| " + text + " |"));

    protected override string RemoveLastCell(string input, string rowLabel) => Edit(input, lines =>
    {
        var i = Row(lines, rowLabel);
        var cells = Cells(lines[i]);
        lines[i] = "| " + string.Join(" | ", cells.Take(cells.Count - 1)) + " |";
    });

    protected override string MapTableCells(string input, Func<string, bool, string> map) => Edit(input, lines =>
    {
        // Per pipe table: the label columns are those left of the first value of any row; a row is a header row when it
        // has a label in a value column. An empty cell of a value column of a data row is a blank cell (a value).
        var (start, end) = TableRegion(lines);
        for (var i = start; i < end;)
        {
            if (!IsPipe(lines[i]))
            {
                i++;
                continue;
            }

            var j = i;
            while (j < end && IsPipe(lines[j]))
            {
                j++;
            }

            var rows = Enumerable.Range(i, j - i).Where(k => !Separator().IsMatch(lines[k])).ToList();
            var labelColumns = rows.Select(k => Cells(lines[k])).Where(c => c.Any(TextLayouts.IsValue)).Select(c => c.FindIndex(TextLayouts.IsValue)).DefaultIfEmpty(0).Min();
            foreach (var k in rows)
            {
                var cells = Cells(lines[k]);
                var header = cells.Skip(labelColumns).Any(c => c.Length > 0 && !TextLayouts.IsValue(c));
                lines[k] = "| " + string.Join(" | ", cells.Select((c, n) => c.Length > 0 ? map(c, TextLayouts.IsValue(c)) : !header && n >= labelColumns ? map(c, true) : c)) + " |";
            }

            i = j;
        }
    });

    protected override void AssertPath(SourceLocation location) =>
        Assert.Matches(@"^l[1-9][0-9]*(c[1-9][0-9]*|/cell\[[1-9][0-9]*\])$", location.Path);

    private static string Edit(string input, Action<List<string>> edit)
    {
        var lines = input.TrimEnd('\n').Split('\n').ToList();
        edit(lines);
        return string.Join("\n", lines) + "\n";
    }

    private static (int Start, int End) TableRegion(List<string> lines) =>
        (lines.IndexOf(ReportSectionsLayout.Titles[1].Chinese), lines.IndexOf(ReportSectionsLayout.ProblemsAndImprovementsTitle.Chinese));

    private static int Row(List<string> lines, string label)
    {
        var (start, end) = TableRegion(lines);
        var i = lines.FindIndex(start, end - start, l => IsPipe(l) && Cells(l).Contains(label));
        Assert.True(i >= 0, $"no row {label}");
        return i;
    }

    private static bool IsPipe(string line) => line.StartsWith('|');

    private static List<string> Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];

    [GeneratedRegex(@"^\|(\s*:?-+:?\s*\|)+$")]
    private static partial Regex Separator();
}
