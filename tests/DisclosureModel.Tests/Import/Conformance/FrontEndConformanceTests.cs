using System.Text;
using System.Text.RegularExpressions;
using DisclosureModel.Analysis;
using DisclosureModel.Import;

namespace DisclosureModel.Tests.Import.Conformance;

/// <summary>
/// The cases every import front end (plain text, HTML; PDF and Word when they land) must pass, in the manner of
/// System.Text.Json's <c>JsonSerializerWrapper</c>: a concrete class says how to render a report into its input
/// (from the model, by <see cref="DisclosureModel.Rendering.ReportRenderer"/>), how to import that input, and how to edit it in its
/// own terms (remove, swap or interleave a row, rewrite the cells); the cases are written once, here.
/// </summary>
/// <remarks>
/// <para>Every case compares every cell of the three statutory tables (<see cref="ReportCells.GetCells"/>, by
/// property path and value). Round trips and variants must give the report back exactly, with no error. Robustness
/// cases must give every cell exactly or leave it blank and name it in an error diagnostic (its path or a parent's):
/// never a wrong number.</para>
/// <para>A front end that legitimately cannot do a case says so in <see cref="Limitation"/> with the reason. The case
/// then checks that the limitation is still real (the exact expectation fails) and that the safe expectation holds:
/// nothing is skipped silently.</para>
/// <para>A bug of the shared recognition engine that a case reveals is listed in <see cref="KnownImporterBug"/> with
/// what goes wrong; the case checks that it still reproduces, so the fix fails the case until the entry goes.</para>
/// </remarks>
public abstract class FrontEndConformanceTests
{
    /// <summary>Gets the name of the front end, for messages.</summary>
    protected abstract string FrontEnd { get; }

    /// <summary>Renders a report into this front end's input (a whole page, with its metadata and narrative).</summary>
    protected abstract string Render(DisclosureReport report);

    /// <summary>Imports an input of this front end.</summary>
    protected abstract ImportResult Import(string input, ImportOptions options);

    /// <summary>Removes the table row whose label cell is <paramref name="rowLabel"/>, with its cells.</summary>
    protected abstract string RemoveRow(string input, string rowLabel);

    /// <summary>Swaps two table rows (label and cells), given by their labels.</summary>
    protected abstract string SwapRows(string input, string firstLabel, string secondLabel);

    /// <summary>Inserts text that belongs to no table (an advertisement, a stray note) just before a table row.</summary>
    protected abstract string InsertBeforeRow(string input, string rowLabel, string text);

    /// <summary>Removes the last cell of a table row (the 总计 of a Section 三 row), given by its label.</summary>
    protected abstract string RemoveLastCell(string input, string rowLabel);

    /// <summary>Rewrites the text of every cell of the statutory tables: <paramref name="map"/> gets the text and whether it is a value (not a label) cell.</summary>
    protected abstract string MapTableCells(string input, Func<string, bool, string> map);

    /// <summary>
    /// Gets the pieces this front end hands to the recognition engine for an input (<see cref="SourceCell"/>: text,
    /// location, grid position, page region), or null when the front end does not expose them.
    /// </summary>
    protected virtual IReadOnlyList<SourceCell>? ExtractCells(string input) => null;

    /// <summary>Gets the reason this front end cannot do a case, or null when it must pass it.</summary>
    /// <param name="caseName">The name of the case (the test method).</param>
    protected virtual string? Limitation(string caseName) => null;

    /// <summary>Gets the options a round trip imports with: what no page states (the agency kind), and a blank cell is a blank (the renderers print blanks as blanks).</summary>
    protected static ImportOptions OptionsFor(DisclosureReport report) =>
        new() { AgencyKind = report.Metadata.AgencyKind, ReadBlanksAsZero = false };

    // ---- Round trips ---------------------------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(ConformanceReports.Fixed), MemberType = typeof(ConformanceReports))]
    public void Fixed_reports_round_trip(string name) =>
        Check(nameof(Fixed_reports_round_trip), ConformanceReports.Get(name), Render(ConformanceReports.Get(name)), wholeReport: true);

    [Theory]
    [MemberData(nameof(ConformanceReports.GeneratedIndices), MemberType = typeof(ConformanceReports))]
    public void Generated_reports_round_trip(int index) =>
        Check(nameof(Generated_reports_round_trip), ConformanceReports.Generated(index), Render(ConformanceReports.Generated(index)), wholeReport: true);

    [Theory]
    [MemberData(nameof(ConformanceReports.GeneratedIndices), MemberType = typeof(ConformanceReports))]
    public void Generated_reports_with_random_narratives_round_trip_their_tables(int index) =>
        Check(nameof(Generated_reports_with_random_narratives_round_trip_their_tables), ConformanceReports.GeneratedWithNarrative(index), Render(ConformanceReports.GeneratedWithNarrative(index)));

    // ---- Variants every front end reads --------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(ConformanceReports.VariantReports), MemberType = typeof(ConformanceReports))]
    public void Blank_cells_in_every_table(string name)
    {
        var sample = ConformanceReports.Get(name);
        var report = BlankEveryThirdCell(sample);
        Assert.Contains(ReportCells.GetCells(report), c => c.IsBlank && c.PropertyPath.StartsWith("ProactiveDisclosure.", StringComparison.Ordinal));
        Assert.Contains(ReportCells.GetCells(report), c => c.IsBlank && c.PropertyPath.StartsWith("ReviewAndLitigation.", StringComparison.Ordinal));
        Check(nameof(Blank_cells_in_every_table), report, Render(report));
    }

    [Theory]
    [MemberData(nameof(ConformanceReports.VariantReports), MemberType = typeof(ConformanceReports))]
    public void Blank_cells_printed_as_slash_or_dash(string name)
    {
        var report = BlankEveryThirdCell(ConformanceReports.Get(name));
        var spellings = new[] { "/", "-", "－", "——" };
        var n = 0;
        var input = MapTableCells(Render(report), (text, isValue) =>
            isValue && (text.Length == 0 || text == DisclosureModel.Rendering.ReportRenderer.TextBlankCell) ? spellings[n++ % spellings.Length] : text);
        Assert.True(n > 4);
        Check(nameof(Blank_cells_printed_as_slash_or_dash), report, input);
    }

    [Theory]
    [MemberData(nameof(ConformanceReports.VariantReports), MemberType = typeof(ConformanceReports))]
    public void Extra_white_space_in_labels_and_around_values(string name)
    {
        var report = ConformanceReports.Get(name);
        var input = MapTableCells(Render(report), (text, isValue) => isValue
            ? "\u00A0 " + text + " \u3000"
            : text.Length < 2 ? text : " " + text[..(text.Length / 2)] + " \u3000 " + text[(text.Length / 2)..] + "\t");
        Check(nameof(Extra_white_space_in_labels_and_around_values), report, input);
    }

    [Theory]
    [MemberData(nameof(ConformanceReports.VariantReports), MemberType = typeof(ConformanceReports))]
    public void Tolerated_label_variants(string name)
    {
        var report = ConformanceReports.Get(name);
        var input = MapTableCells(Render(report), (text, isValue) => isValue
            ? text
            : text.Replace("总计", "合计", StringComparison.Ordinal).Replace("处理决定数量", "决定处理数量", StringComparison.Ordinal));
        Assert.NotEqual(Render(report), input);
        var result = Check(nameof(Tolerated_label_variants), report, input);
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.LabelVariant && d.Seen!.Contains("合计", StringComparison.Ordinal));
        if (report.Edition == FormatEdition.Edition2021 && KnownImporterBug(nameof(Tolerated_label_variants) + "2021") is { } bug)
        {
            Assert.True(result.Log.Diagnostics.Any(d => d.Code == ImportDiagnosticCode.EditionConflict), $"the importer bug ({bug}) is fixed: remove it from KnownImporterBug");
            return;
        }

        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.LabelVariant && d.Seen!.Contains("决定处理数量", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ConformanceReports.VariantReports), MemberType = typeof(ConformanceReports))]
    public void Full_width_digits_and_thousands_separators(string name)
    {
        var report = ConformanceReports.WithLargeCounts(ConformanceReports.Get(name));
        var input = MapTableCells(Render(report), (text, isValue) => isValue ? ToFullWidth(GroupThousands(text)) : text);
        Assert.Contains('，', input); // full-width comma: a grouped number is in the input
        Check(nameof(Full_width_digits_and_thousands_separators), report, input);
    }

    [Theory]
    [MemberData(nameof(ConformanceReports.VariantReports), MemberType = typeof(ConformanceReports))]
    public void Rows_in_another_order(string name)
    {
        var report = ConformanceReports.Get(name);
        var input = SwapRows(Render(report), ApplicationRow.NewlyReceived.GetLabel().Chinese, ApplicationRow.CarriedOverFromLastYear.GetLabel().Chinese);
        input = SwapRows(input, ApplicationRow.PartiallyDisclosed.GetLabel().Chinese, ApplicationRow.CarriedForwardToNextYear.GetLabel().Chinese);
        Check(nameof(Rows_in_another_order), report, input);
    }

    [Fact]
    public void A_negative_change_with_thousands_separators()
    {
        var sample = Samples.Yeji2020;
        var change = ReportCells.GetCells(sample).First(c => c.Kind == CellKind.SignedCount);
        var report = ConformanceReports.WithCells(sample, c => c.PropertyPath == change.PropertyPath ? "-1234" : c.FormatValue() is { Length: > 0 } v ? v : null);
        var input = MapTableCells(Render(report), (text, isValue) => isValue && text == "-1234" ? "-1,234" : text);
        Assert.Contains("-1,234", input, StringComparison.Ordinal);

        if (KnownImporterBug(nameof(A_negative_change_with_thousands_separators)) is { } bug)
        {
            var result = Import(input, OptionsFor(report));
            var row = change.PropertyPath[..change.PropertyPath.LastIndexOf('.')];
            Assert.True(result.Log.Diagnostics.Any(d => d.Code == ImportDiagnosticCode.UnreadableCells && d.PropertyPath == row), $"the importer bug ({bug}) is fixed: remove it from KnownImporterBug");
            AssertExactOrReported(report, result, "-1,234");
            return;
        }

        Check(nameof(A_negative_change_with_thousands_separators), report, input);
    }

    // ---- Robustness: exact, or blank and named in an error; never a wrong number ---------------------------------

    [Theory]
    [MemberData(nameof(ConformanceReports.VariantReports), MemberType = typeof(ConformanceReports))]
    public void A_missing_row_is_blank_and_reported(string name)
    {
        var report = ConformanceReports.Get(name);
        var label = ApplicationRow.PartiallyDisclosed.GetLabel().Chinese;
        var result = Import(RemoveRow(Render(report), label), OptionsFor(report));

        AssertExactOrReported(report, result, "row removed");
        var diagnostic = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.RowMissing);
        Assert.Equal("Applications.Outcomes.PartiallyDisclosed", diagnostic.PropertyPath);
        Assert.True(result.Report!.Applications.Outcomes.PartiallyDisclosed.IsBlank);
    }

    [Theory]
    [MemberData(nameof(ConformanceReports.VariantReports), MemberType = typeof(ConformanceReports))]
    public void Missing_rows_in_every_section(string name)
    {
        var report = ConformanceReports.Get(name);
        var input = Render(report);
        var proactiveRow = ProactiveDisclosureLayout.GetTables(report.Edition)[0].Rows[^1].Chinese;
        foreach (var label in new[] { ApplicationRow.NewlyReceived.GetLabel().Chinese, ApplicationRow.CarriedForwardToNextYear.GetLabel().Chinese, proactiveRow })
        {
            input = RemoveRow(input, label);
        }

        var result = Import(input, OptionsFor(report));
        AssertExactOrReported(report, result, "rows removed");
        Assert.True(result.Report!.Applications.NewlyReceived.IsBlank);
        Assert.Equal(3, result.Log.Diagnostics.Count(d => d.Code == ImportDiagnosticCode.RowMissing));
    }

    [Theory]
    [MemberData(nameof(ConformanceReports.VariantReports), MemberType = typeof(ConformanceReports))]
    public void Text_inserted_between_rows(string name)
    {
        var report = ConformanceReports.Get(name);
        var input = Render(report);
        input = InsertBeforeRow(input, ApplicationRow.CarriedOverFromLastYear.GetLabel().Chinese, "扫一扫在手机打开当前页");
        input = InsertBeforeRow(input, ApplicationRow.PartiallyDisclosed.GetLabel().Chinese, "【打印】【关闭】");
        Check(nameof(Text_inserted_between_rows), report, input);
    }

    [Theory]
    [MemberData(nameof(ConformanceReports.VariantReports), MemberType = typeof(ConformanceReports))]
    public void Numbers_inserted_between_rows_are_never_read_into_a_cell(string name)
    {
        var report = ConformanceReports.Get(name);
        var input = Render(report);
        input = InsertBeforeRow(input, ApplicationRow.CarriedOverFromLastYear.GetLabel().Chinese, "访问量：12345 次");
        input = InsertBeforeRow(input, ApplicationRow.PartiallyDisclosed.GetLabel().Chinese, "2023 7");
        AssertExactOrReported(report, Import(input, OptionsFor(report)), "numbers inserted");
    }

    [Theory]
    [MemberData(nameof(ConformanceReports.VariantReports), MemberType = typeof(ConformanceReports))]
    public void Truncated_before_any_row(string name)
    {
        // Cut at the start of the line that holds a row label (a text paragraph, an HTML table row): every row of
        // Sections 二 and 三 in turn, and the heading of Section 四.
        var report = ConformanceReports.Get(name);
        var input = Render(report);
        var tables = input.IndexOf(ProactiveDisclosureLayout.Title.Chinese, StringComparison.Ordinal);
        Assert.True(tables >= 0);
        foreach (var label in RowLabels(report.Edition).Append(ReviewAndLitigationLayout.Title.Chinese))
        {
            var at = input.IndexOf(label, tables, StringComparison.Ordinal);
            Assert.True(at > 0, label);
            var cut = input[..(input.LastIndexOf('\n', at) + 1)];
            AssertExactOrReported(report, Import(cut, OptionsFor(report)), $"cut before {label}");
        }
    }

    [Theory]
    [MemberData(nameof(ConformanceReports.VariantReports), MemberType = typeof(ConformanceReports))]
    public void Random_rows_removed(string name)
    {
        var report = ConformanceReports.Get(name);
        var labels = RowLabels(report.Edition).ToArray();
        var random = new Random(name.Length * 7919);
        for (var n = 0; n < 30; n++)
        {
            var input = Render(report);
            var removed = labels.OrderBy(_ => random.Next()).Take(random.Next(1, 5)).ToArray();
            foreach (var label in removed)
            {
                input = RemoveRow(input, label);
            }

            AssertExactOrReported(report, Import(input, OptionsFor(report)), "removed " + string.Join(", ", removed));
        }
    }

    [Theory]
    [MemberData(nameof(ConformanceReports.VariantReports), MemberType = typeof(ConformanceReports))]
    public void A_row_that_lost_a_cell_is_blank_and_reported(string name)
    {
        // 一、本年新收 with its 总计 cell gone: six numbers for seven cells.
        var report = ConformanceReports.WithLargeCounts(ConformanceReports.Get(name));
        var result = Import(RemoveLastCell(Render(report), ApplicationRow.NewlyReceived.GetLabel().Chinese), OptionsFor(report));

        AssertExactOrReported(report, result, "a cell removed");
        Assert.True(result.Report!.Applications.NewlyReceived.IsBlank);
    }

    [Fact]
    public void A_row_that_lost_a_cell_is_never_re_split_inside_a_number()
    {
        // Pingtan 2022's 一、本年新收 is 71 3 0 0 0 0 74; without its 总计 the six numbers have exactly one split into
        // seven cells, 7 1 3 0 0 0 0, which invents a border inside 71. It must not be taken.
        var report = Samples.Pingtan2022;
        var result = Import(RemoveLastCell(Render(report), ApplicationRow.NewlyReceived.GetLabel().Chinese), OptionsFor(report));

        if (KnownImporterBug(nameof(A_row_that_lost_a_cell_is_never_re_split_inside_a_number)) is { } bug)
        {
            Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.SplitDoesNotBalance && d.PropertyPath == "Applications.NewlyReceived");
            Assert.True(new ApplicantCounts(7, 1, 3, 0, 0, 0, 0) == result.Report!.Applications.NewlyReceived, $"the importer bug ({bug}) is fixed: remove it from KnownImporterBug");
            return;
        }

        AssertExactOrReported(report, result, "a cell removed");
        Assert.True(result.Report!.Applications.NewlyReceived.IsBlank);
    }

    [Fact]
    public void Empty_input_is_not_a_report()
    {
        var result = Import(string.Empty, ImportOptions.Default);

        Assert.Null(result.Report);
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.NotAReport && d.Severity == ImportSeverity.Error);
    }

    [Fact]
    public void A_page_without_tables_is_not_a_report()
    {
        var report = Samples.Pingtan2022;
        var input = MapTableCells(Render(report), (_, _) => string.Empty);
        var result = Import(input, OptionsFor(report));

        Assert.Null(result.Report);
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.NotAReport);
    }

    [Fact]
    public void Every_diagnostic_is_located_by_a_path_of_this_front_end()
    {
        var report = Samples.Yeji2020;
        var result = Import(RemoveRow(Render(report), ApplicationRow.PartiallyDisclosed.GetLabel().Chinese), OptionsFor(report));

        var missing = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.RowMissing);
        AssertPath(missing.Location);
        Assert.All(result.Log.Tables, t => AssertPath(t.Location));
    }

    [Theory]
    [MemberData(nameof(ConformanceReports.VariantReports), MemberType = typeof(ConformanceReports))]
    public void Table_cells_carry_their_position_in_the_statutory_grid(string name)
    {
        // The official template's grid: a Section 二 sub-table has one header row and its row label in column 1; Section
        // 三 has three header rows and its labels over columns 1-3; Section 四 has three header rows, then its fifteen
        // numbers. The value cells, in document order, are the report's cells in print order (ReportCells).
        var report = ConformanceReports.Get(name);
        var input = Render(report);
        if (Limitation(nameof(Table_cells_carry_their_position_in_the_statutory_grid)) is { } reason)
        {
            Assert.False(string.IsNullOrWhiteSpace(reason));
            Assert.DoesNotContain(ExtractCells(input) ?? [], c => c.Position is not null);
            return;
        }

        var extracted = ExtractCells(input);
        Assert.NotNull(extracted);
        var tables = ProactiveDisclosureLayout.GetTables(report.Edition);
        var expected = new List<(string Path, string Text, TablePosition Position)>();
        var cells = ReportCells.GetCells(report);
        var i = 0;
        for (var t = 0; t < tables.Count; t++)
        {
            for (var r = 0; r < tables[t].Rows.Count; r++)
            {
                for (var c = 0; c < tables[t].Columns.Count; c++, i++)
                {
                    expected.Add((cells[i].PropertyPath, cells[i].FormatValue(), new TablePosition(t + 1, r + 2, c + 2)));
                }
            }
        }

        var rows = ApplicationsLayout.GetRows(report.Edition);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < ApplicantColumns.All.Count; c++, i++)
            {
                expected.Add((cells[i].PropertyPath, cells[i].FormatValue(), new TablePosition(tables.Count + 1, r + 4, c + 4)));
            }
        }

        for (var c = 0; c < 15; c++, i++)
        {
            expected.Add((cells[i].PropertyPath, cells[i].FormatValue(), new TablePosition(tables.Count + 2, 4, c + 1)));
        }

        Assert.Equal(cells.Count, expected.Count);
        var values = extracted.Where(c => c.IsTableCell && c.Position is { } p && (p.Table > tables.Count + 1 ? p.Row >= 4 : p.Table > tables.Count ? p.Row >= 4 && p.Column >= 4 : p.Row >= 2 && p.Column >= 2)).ToList();
        Assert.Equal(expected.Count, values.Count);
        for (var k = 0; k < expected.Count; k++)
        {
            var text = string.Concat(values[k].Text.Where(ch => !char.IsWhiteSpace(ch)));
            Assert.True(expected[k].Position == values[k].Position && (expected[k].Text == text || (expected[k].Text.Length == 0 && text == DisclosureModel.Rendering.ReportRenderer.TextBlankCell)),
                $"{FrontEnd}: {expected[k].Path} is expected at {expected[k].Position} as '{expected[k].Text}'; cell {k} is '{text}' at {values[k].Position} ({values[k].Location.Path})");
        }
    }

    /// <summary>Checks that a location has this front end's kind of path (<see cref="SourceLocation.Path"/>).</summary>
    protected abstract void AssertPath(SourceLocation location);

    // ---- Oracles -------------------------------------------------------------------------------------------------

    /// <summary>
    /// The exact expectation (a report, no error, every cell equal; with <paramref name="wholeReport"/> the whole
    /// report equal), or, when the front end declares a limitation for the case, that the limitation is real and
    /// nothing read is wrong.
    /// </summary>
    private ImportResult Check(string caseName, DisclosureReport expected, string input, bool wholeReport = false)
    {
        var result = Import(input, OptionsFor(expected));
        var failure = ExactFailure(expected, result, wholeReport);
        if (Limitation(caseName) is { } reason)
        {
            Assert.False(string.IsNullOrWhiteSpace(reason));
            Assert.True(failure is not null, $"{FrontEnd}: the limitation declared for {caseName} ({reason}) no longer holds; remove it.");
            AssertExactOrReported(expected, result, caseName);
            return result;
        }

        Assert.True(failure is null, $"{FrontEnd}, {caseName}: {failure}");
        return result;
    }

    private static string? ExactFailure(DisclosureReport expected, ImportResult result, bool wholeReport)
    {
        if (result.Report is not { } actual)
        {
            return "no report:\n" + result.Log.ToCanonicalText();
        }

        var errors = result.Log.Diagnostics.Where(d => d.Severity == ImportSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            return "errors:\n" + string.Join("\n", errors);
        }

        if (actual.Edition != expected.Edition)
        {
            return $"edition {actual.Edition}, expected {expected.Edition}";
        }

        var diff = CellDifferences(expected, actual).ToList();
        if (diff.Count > 0)
        {
            return "cells differ:\n" + string.Join("\n", diff) + "\nlog:\n" + result.Log.ToCanonicalText();
        }

        if (wholeReport && !expected.Equals(actual))
        {
            return "the tables are equal but not the whole report:\n" + CanonicalText.Format(expected) + "\n---\n" + CanonicalText.Format(actual);
        }

        return null;
    }

    private static IEnumerable<string> CellDifferences(DisclosureReport expected, DisclosureReport actual)
    {
        var read = ReportCells.GetCells(actual).ToDictionary(c => c.PropertyPath, StringComparer.Ordinal);
        foreach (var cell in ReportCells.GetCells(expected))
        {
            var other = read[cell.PropertyPath];
            if (other.Value != cell.Value || other.Unit != cell.Unit || other.FormatValue() != cell.FormatValue())
            {
                yield return $"{cell.PropertyPath}: expected {Show(cell)}, read {Show(other)}";
            }
        }
    }

    /// <summary>
    /// The safe expectation: no report and an error; or a report of the expected edition in which every cell is
    /// either exactly the expected value or blank and covered by an error diagnostic naming it or a parent.
    /// </summary>
    protected void AssertExactOrReported(DisclosureReport expected, ImportResult result, string what)
    {
        if (result.Report is not { } actual)
        {
            Assert.True(result.Log.HasErrors, $"{FrontEnd}, {what}: no report and no error");
            return;
        }

        Assert.True(actual.Edition == expected.Edition, $"{FrontEnd}, {what}: read as the {actual.Edition} edition, expected {expected.Edition}\n{result.Log.ToCanonicalText()}");
        var errors = result.Log.Diagnostics.Where(d => d.Severity == ImportSeverity.Error).ToList();
        var sectionErrors = errors.Any(d => d.PropertyPath is null && d.Code is ImportDiagnosticCode.SectionMissing);
        var read = ReportCells.GetCells(actual).ToDictionary(c => c.PropertyPath, StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (var cell in ReportCells.GetCells(expected))
        {
            var other = read[cell.PropertyPath];
            if (other.Value == cell.Value && other.Unit == cell.Unit)
            {
                continue;
            }

            if (other.IsBlank && (sectionErrors || errors.Any(d => Covers(d.PropertyPath, cell.PropertyPath))))
            {
                continue;
            }

            wrong.Add($"{cell.PropertyPath}: expected {Show(cell)}, read {Show(other)}{(other.IsBlank ? " with no error naming it" : " (a wrong number)")}");
        }

        Assert.True(wrong.Count == 0, $"{FrontEnd}, {what}:\n{string.Join("\n", wrong)}\nlog:\n{result.Log.ToCanonicalText()}");
    }

    private static bool Covers(string? path, string cellPath) =>
        path is not null && (path == cellPath || cellPath.StartsWith(path + ".", StringComparison.Ordinal));

    private static string Show(TableCell cell) => cell.IsBlank ? "(blank)" : cell.FormatValue();

    /// <summary>
    /// Gets the description of a known bug of the shared recognition engine (not of a front end) that a case shows,
    /// or null. A case with a known bug checks that the bug still reproduces, so that fixing it fails the case until
    /// the entry is removed.
    /// </summary>
    private static string? KnownImporterBug(string caseName) => caseName switch
    {
        _ => null,
    };

    private static IEnumerable<string> RowLabels(FormatEdition edition) =>
        ProactiveDisclosureLayout.GetTables(edition).SelectMany(t => t.Rows).Select(r => r.Chinese)
            .Concat(ApplicationsLayout.GetRows(edition).Select(r => r.Label.Chinese));

    // ---- Helpers for the cases -----------------------------------------------------------------------------------

    private static DisclosureReport BlankEveryThirdCell(DisclosureReport report)
    {
        var cells = ReportCells.GetCells(report);
        var blank = new HashSet<string>(cells.Where((_, i) => i % 3 == 1).Select(c => c.PropertyPath), StringComparer.Ordinal);
        return ConformanceReports.WithCells(report, cell => blank.Contains(cell.PropertyPath) ? null : cell.FormatValue());
    }

    private static string GroupThousands(string value) =>
        Regex.Replace(value, @"(?<![\d.-])\d{4,}", m =>
        {
            var digits = m.Value;
            var b = new StringBuilder();
            for (var i = 0; i < digits.Length; i++)
            {
                if (i > 0 && (digits.Length - i) % 3 == 0)
                {
                    b.Append(',');
                }

                b.Append(digits[i]);
            }

            return b.ToString();
        });

    private static string ToFullWidth(string value) =>
        string.Concat(value.Select(ch => ch switch
        {
            >= '0' and <= '9' => (char)(ch - '0' + '０'),
            ',' => '，',
            '.' => '．',
            '-' => '－',
            _ => ch,
        }));
}
