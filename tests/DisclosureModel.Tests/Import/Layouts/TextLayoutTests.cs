using DisclosureModel.Analysis;
using DisclosureModel.Import;
using DisclosureModel.Tests.Import.Conformance;

namespace DisclosureModel.Tests.Import.Layouts;

/// <summary>
/// The plain-text layouts of issue 14 (points 2 and 3), rendered mechanically from the embedded samples, the corpus
/// reports and the conformance suite's generated reports (<see cref="TextLayouts"/>), imported and compared cell by
/// cell with the report (every table cell: exact, no error).
/// </summary>
public sealed class TextLayoutTests
{
    public static TheoryData<string> Reports
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in new[] { "Yeji2020", "Pingtan2022", "Pingtan2020", "Pingtan2020Imported", "Pingtan2022Imported" })
            {
                data.Add(name);
            }

            for (var i = 0; i < ConformanceReports.GeneratedCount; i++)
            {
                data.Add("Generated" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void One_cell_per_line_with_zeros_as_empty_lines(string name)
    {
        var report = Get(name);
        var result = Import(TextLayouts.OneCellPerLine(report, paragraphSpacing: false), report);
        AssertExact(TextLayouts.ZerosAsBlank(report), result, name);
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.EmptyLinesReadAsBlankCells);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void One_cell_per_line_with_zeros_as_empty_lines_and_paragraph_spacing(string name)
    {
        var report = Get(name);
        AssertExact(TextLayouts.ZerosAsBlank(report), Import(TextLayouts.OneCellPerLine(report, paragraphSpacing: true), report), name);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void One_cell_per_line_with_page_footers_and_labels_split_over_two_lines(string name)
    {
        var report = Get(name);
        foreach (var spacing in new[] { false, true })
        {
            var text = TextLayouts.OneCellPerLine(report, spacing, footerEvery: 7, splitLabels: true);
            var result = Import(text, report);
            AssertExact(TextLayouts.ZerosAsBlank(report), result, name);
            Assert.Equal(text.Split('\n').Count(PageFurniture.IsPageFooter), result.Log.Diagnostics.Count(d => d.MessageId == ImportMessages.PageFooterSkipped.Id));
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Markdown_pipe_tables_as_converters_write_them(string name)
    {
        // Generic headers and separator lines, a header repeated in the middle of Section 三, page footers every five
        // lines, labels split over two rows, values on the row after their label, Section 四 in one row of fifteen.
        var report = Get(name);
        var text = TextLayouts.Markdown(report, MarkdownLayout.Everything);
        Assert.Contains("| 类别 | 数据1 |", text, StringComparison.Ordinal);
        var result = Import(text, report);
        AssertExact(report, result, name);
        Assert.Equal(text.Split('\n').Count(PageFurniture.IsPageFooter), result.Log.Diagnostics.Count(d => d.MessageId == ImportMessages.PageFooterSkipped.Id));
        Assert.Contains(result.Log.Diagnostics, d => d.MessageId == ImportMessages.GenericHeaderSkipped.Id);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Markdown_pipe_tables_each_variant_alone(string name)
    {
        var report = Get(name);
        foreach (var layout in new MarkdownLayout[] { new(GenericHeaders: true), new(RepeatHeader: true), new(FooterEvery: 3), new(SplitLabels: true), new(ValuesOnNextRow: true) })
        {
            AssertExact(report, Import(TextLayouts.Markdown(report, layout), report), $"{name} {layout}");
        }
    }

    [Fact]
    public void Empty_lines_are_the_blank_cells_that_fit_the_row()
    {
        // 3 blank blank 5 blank blank 8: the row has seven cells, the empty lines are the four blank ones (the rest of
        // the page is one cell per line with its zeros as empty lines too).
        var report = Samples.Pingtan2022;
        var text = RowText(report, "（一）予以公开", ["3", "", "", "5", "", "", "8"]);
        var result = Import(text, report);

        var row = result.Report!.Applications.Outcomes.Disclosed;
        Assert.Equal(new ApplicantCounts(3, null, null, 5, null, null, 8), row);
        var read = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.EmptyLinesReadAsBlankCells && d.PropertyPath == "Applications.Outcomes.Disclosed");
        Assert.Equal(["3 _ _ 5 _ _ 8"], read.Candidates);
    }

    [Fact]
    public void Empty_lines_that_fit_two_readings_leave_the_cells_unread_with_the_candidates()
    {
        // A 2021 Section 二 row of three cells (no rule): 123 and one empty line. Without the empty line the run splits
        // only as 1 2 3; with it as a blank cell, as 1 23 _ or 12 3 _. Both readings fit and no rule decides: unread.
        var report = Samples.Pingtan2022;
        var result = Import(RowText(report, "规章", ["123", ""]), report);

        var cells = ReportCells.GetCells(result.Report!).Where(c => c.PropertyPath.StartsWith("ProactiveDisclosure.Article20Item1.Rules.", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, cells.Count);
        Assert.All(cells, c => Assert.True(c.IsBlank));
        var error = Assert.Single(result.Log.Diagnostics, d => d.Severity == ImportSeverity.Error);
        Assert.Equal(ImportDiagnosticCode.AmbiguousSplit, error.Code);
        Assert.Equal(ImportMessages.EmptyLinesAmbiguous.Id, error.MessageId);
        Assert.Equal("ProactiveDisclosure.Article20Item1.Rules", error.PropertyPath);
        Assert.Equal(["1 2 3", "1 23 _", "12 3 _"], error.Candidates.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Page_footers_are_never_read_as_a_number()
    {
        // -3- between a 2019 第（五）项 row's label and values would be the signed change −3 if it were read.
        var report = Samples.Yeji2020;
        var text = TextLayouts.OneCellPerLine(report, paragraphSpacing: false);
        var lines = text.Split('\n').ToList();
        var label = lines.IndexOf("行政许可");
        lines.Insert(label + 1, "-3-");
        lines.Insert(label + 3, "- 3 -");
        lines.Insert(label + 5, "第 3 页 共 5 页");
        var result = Import(string.Join('\n', lines), report);

        AssertExact(TextLayouts.ZerosAsBlank(report), result, "footers inside a row");
        Assert.Equal(3, result.Log.Diagnostics.Count(d => d.Code == ImportDiagnosticCode.PageChromeSkipped && d.MessageId == ImportMessages.PageFooterSkipped.Id));
    }

    [Theory]
    [InlineData("— 4 —", true)]
    [InlineData("-3-", true)]
    [InlineData("- 3 -", true)]
    [InlineData("第3页", true)]
    [InlineData("第 3 页 共 5 页", true)]
    [InlineData("共5页 第3页", true)]
    [InlineData("Page 3 of 5", true)]
    [InlineData("3", false)]
    [InlineData("-3", false)]
    [InlineData("—", false)]
    [InlineData("第3页的内容", false)]
    public void Page_footer_patterns(string text, bool footer) => Assert.Equal(footer, PageFurniture.IsPageFooter(text));

    [Fact]
    public void Pipe_cells_are_table_cells_located_by_line_and_cell()
    {
        var cells = TextFrontEnd.Read("标题\n| 规章 | 0 |  | 3 |\n|---|---|---|---|\n| 行政规范性文件 | 1 | 2 | 3 |\n", []);
        var rule = cells.Single(c => c.Text == "规章");
        Assert.True(rule.IsTableCell);
        Assert.Equal(new TablePosition(1, 1, 1), rule.Position);
        Assert.Equal("l2/cell[1]", rule.Location.Path);
        var blank = cells.Single(c => c.IsTableCell && c.Text.Length == 0);
        Assert.Equal(new TablePosition(1, 1, 3), blank.Position);
        Assert.Equal("l2/cell[3]", blank.Location.Path);
        Assert.Equal(new TablePosition(1, 2, 4), cells[^1].Position);
        Assert.False(cells[0].IsTableCell);
    }

    private static DisclosureReport Get(string name) => name.StartsWith("Generated", StringComparison.Ordinal)
        ? ConformanceReports.Generated(int.Parse(name["Generated".Length..], System.Globalization.CultureInfo.InvariantCulture))
        : ConformanceReports.Get(name);

    private static ImportResult Import(string text, DisclosureReport report) =>
        ReportImporter.ImportText(text, new ImportOptions { AgencyKind = report.Metadata.AgencyKind, ReadBlanksAsZero = false });

    /// <summary>The report one cell per line (no spacing, zeros as they are) with one row's values replaced.</summary>
    private static string RowText(DisclosureReport report, string label, string[] values)
    {
        var lines = TextLayouts.OneCellPerLine(report, paragraphSpacing: false).Split('\n').ToList();
        var at = lines.IndexOf(label);
        Assert.True(at > 0);
        var end = at + 1;
        while (end < lines.Count && (lines[end].Length == 0 || TextLayouts.IsValue(lines[end])))
        {
            end++;
        }

        lines.RemoveRange(at + 1, end - at - 1);
        lines.InsertRange(at + 1, values);
        return string.Join('\n', lines);
    }

    private static void AssertExact(DisclosureReport expected, ImportResult result, string what)
    {
        Assert.True(result.Report is not null, $"{what}: no report\n{result.Log.ToCanonicalText()}");
        var errors = result.Log.Diagnostics.Where(d => d.Severity == ImportSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{what}: errors\n{string.Join("\n", errors)}");
        var read = ReportCells.GetCells(result.Report!).ToDictionary(c => c.PropertyPath, StringComparer.Ordinal);
        var wrong = ReportCells.GetCells(expected)
            .Where(c => read[c.PropertyPath].Value != c.Value || read[c.PropertyPath].Unit != c.Unit)
            .Select(c => $"{c.PropertyPath}: expected {c.FormatValue()}, read {read[c.PropertyPath].FormatValue()}")
            .ToList();
        Assert.True(wrong.Count == 0, $"{what}:\n{string.Join("\n", wrong)}\n{result.Log.ToCanonicalText()}");
    }
}
