using System.Text;
using AngleSharp.Html.Parser;
using DisclosureModel.Import;

namespace DisclosureModel.Html.Tests;

/// <summary>What the HTML walker passes on for each cell: its element path and its position in the table's grid.</summary>
public class HtmlCellPositionTests
{
    private static IReadOnlyList<SourceCell> Extract(string html) => HtmlReportImporter.ExtractCells(new HtmlParser().ParseDocument(html));

    [Fact]
    public void Merged_cells_are_placed_as_HTML_lays_out_a_table()
    {
        var cells = Extract("""
            <table>
            <tr><th rowspan="2" colspan="2">A</th><th colspan="2">B</th><th rowspan="3">C</th></tr>
            <tr><th>D</th><th>E</th></tr>
            <tr><td>F</td><td rowspan="2">G</td><td>H</td><td>I</td></tr>
            <tr><td>J</td><td>K</td><td>L</td><td>M</td></tr>
            </table>
            """);

        Assert.Equal(
            [
                "A table[1]/tr[1]/th[1] table[1]/r1c1+2x2",
                "B table[1]/tr[1]/th[2] table[1]/r1c3+1x2",
                "C table[1]/tr[1]/th[3] table[1]/r1c5+3x1",
                "D table[1]/tr[2]/th[1] table[1]/r2c3",
                "E table[1]/tr[2]/th[2] table[1]/r2c4",
                "F table[1]/tr[3]/td[1] table[1]/r3c1",
                "G table[1]/tr[3]/td[2] table[1]/r3c2+2x1",
                "H table[1]/tr[3]/td[3] table[1]/r3c3",
                "I table[1]/tr[3]/td[4] table[1]/r3c4",
                "J table[1]/tr[4]/td[1] table[1]/r4c1",
                "K table[1]/tr[4]/td[2] table[1]/r4c3",
                "L table[1]/tr[4]/td[3] table[1]/r4c4",
                "M table[1]/tr[4]/td[4] table[1]/r4c5",
            ],
            cells.Select(c => $"{c.Text.Trim()} {c.Location.Path} {c.Position}"));
        Assert.All(cells, c => Assert.True(c.IsTableCell));
    }

    [Fact]
    public void Paragraphs_have_no_position_and_nested_tables_count_in_document_order()
    {
        var cells = Extract("<p>前言</p><table><tr><td>外<table><tr><td>内</td></tr></table></td><td>右</td></tr></table><table><tr><td>二</td></tr></table>");

        Assert.Equal(
            ["前言 p[1] ", "外 table[1]/tr[1]/td[1] table[1]/r1c1", "内 table[2]/tr[1]/td[1] table[2]/r1c1", "右 table[1]/tr[1]/td[2] table[1]/r1c2", "二 table[3]/tr[1]/td[1] table[3]/r1c1"],
            cells.Select(c => $"{c.Text.Trim()} {c.Location.Path} {c.Position}"));
        Assert.False(cells[1].IsTableCell); // a layout cell holding a table: its text is a paragraph, still placed
    }

    [Theory]
    [InlineData("rowspan=\"0\" colspan=\"0\"", 1, 1)]
    [InlineData("rowspan=\"x\" colspan=\"-2\"", 1, 1)]
    [InlineData("rowspan=\" 3px\" colspan=\"2.5\"", 3, 2)]
    [InlineData("rowspan=\"+2\" colspan=\"\"", 2, 1)]
    [InlineData("rowspan=\"99999999999\" colspan=\"5000\"", 65534, 1000)]
    public void Spans_are_read_as_HTML_reads_them(string attributes, int rowSpan, int columnSpan)
    {
        var cell = Assert.Single(Extract($"<table><tr><td {attributes}>1</td></tr></table>"));

        Assert.Equal(new TablePosition(1, 1, 1, rowSpan, columnSpan), cell.Position);
    }

    [Fact]
    public void A_row_span_does_not_reach_into_the_next_row_group()
    {
        var cells = Extract("<table><thead><tr><th rowspan=\"3\">A</th><th>B</th></tr></thead><tbody><tr><td>C</td><td>D</td></tr></tbody></table>");

        Assert.Equal(["A table[1]/r1c1+3x1", "B table[1]/r1c2", "C table[1]/r2c1", "D table[1]/r2c2"], cells.Select(c => $"{c.Text} {c.Position}"));
    }

    [Fact]
    public void Cells_past_the_last_tracked_grid_column_have_no_position()
    {
        var html = new StringBuilder("<table><tr><td colspan=\"1000\">a</td><td>b</td></tr><tr>");
        for (var i = 0; i < 1001; i++)
        {
            html.Append("<td>x</td>");
        }

        var cells = Extract(html.Append("</tr></table>").ToString());

        Assert.Equal(new TablePosition(1, 1, 1, 1, 1000), cells[0].Position);
        Assert.Null(cells[1].Position);
        Assert.Equal("table[1]/tr[1]/td[2]", cells[1].Location.Path);
        Assert.Equal(new TablePosition(1, 2, 1000), cells[1001].Position);
        Assert.Null(cells[1002].Position);
    }

    [Fact]
    public void A_huge_rowspan_costs_nothing()
    {
        var html = new StringBuilder("<table><tr><td rowspan=\"65534\" colspan=\"1000\">a</td></tr>");
        for (var i = 0; i < 2000; i++)
        {
            html.Append("<tr><td>x</td></tr>");
        }

        var cells = Extract(html.Append("</table>").ToString());

        Assert.All(cells.Skip(1), c => Assert.Null(c.Position)); // every later row is covered up to the last tracked column
        Assert.Equal(2001, cells.Count);
    }

    [Fact]
    public void The_statutory_tables_of_a_page_are_placed_in_their_grid()
    {
        var cells = HtmlReportImporter.ExtractCells(new HtmlParser().ParseDocument(TestData.Read("html/pingtan-2022.html")));

        // The constructed page's Section 三 table: 一、本年新收 spans three label columns; its seven numbers follow.
        var label = cells.Single(c => c.Text.Contains("本年新收", StringComparison.Ordinal) && c.IsTableCell);
        var row = cells.Where(c => c.IsTableCell && c.Position?.Table == label.Position!.Table && c.Position.Row == label.Position.Row).ToList();
        Assert.Equal(label, row[0]);
        Assert.Equal([1, 4, 5, 6, 7, 8, 9, 10], row.Select(c => c.Position!.Column));
        Assert.Equal(["71", "3", "0", "0", "0", "0", "74"], row.Skip(1).Select(c => c.Text.Trim()));
    }

    [Fact]
    public void Html_import_diagnostics_are_located_by_element_paths()
    {
        var log = HtmlReportImporter.Import(TestData.Read("html/pingtan-2022.html")).Log;

        Assert.All(log.Diagnostics.Where(d => d.Location != SourceLocation.None), d => Assert.Equal(d.Location.Element, d.Location.Path));
        Assert.StartsWith("table[3]/tr[6]/td[", log.Diagnostics.First(d => d.Code == ImportDiagnosticCode.BlankReadAsZero).Location.Path, StringComparison.Ordinal);
    }
}
