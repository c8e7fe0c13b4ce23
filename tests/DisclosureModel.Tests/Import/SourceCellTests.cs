using DisclosureModel.Import;

namespace DisclosureModel.Tests.Import;

/// <summary>The front-end seam: <see cref="SourceCell"/>, <see cref="SourceLocation"/>, <see cref="TablePosition"/>, <see cref="PageRegion"/>.</summary>
public class SourceCellTests
{
    [Theory]
    [InlineData(12, 3, null, "l12c3", "line 12, column 3")]
    [InlineData(12, 0, null, "l12", "line 12, column 0")]
    [InlineData(0, 0, null, "", "input")]
    [InlineData(40, 5, "table[2]/tr[4]/td[3]", "table[2]/tr[4]/td[3]", "table[2]/tr[4]/td[3] (line 40), column 5")]
    [InlineData(0, 1, "p[7]", "p[7]", "p[7], column 1")]
    [InlineData(0, 1, "page[3]/table[1]/r5c2", "page[3]/table[1]/r5c2", "page[3]/table[1]/r5c2, column 1")]
    public void A_location_has_the_path_of_its_front_end(int line, int column, string? element, string path, string text)
    {
        var location = new SourceLocation(line, column, element);

        Assert.Equal(path, location.Path);
        Assert.Equal(text, location.ToString());
    }

    [Fact]
    public void The_path_follows_the_column_a_diagnostic_points_at()
    {
        Assert.Equal("l10c2364", (new SourceLocation(10, 1) with { Column = 2364 }).Path);
        Assert.Equal(string.Empty, SourceLocation.None.Path);
    }

    [Fact]
    public void Text_import_diagnostics_are_located_by_line_and_column_paths()
    {
        var result = ReportImporter.ImportText(TestData.Read("004_pingtan-zone_2022.txt"));

        Assert.NotEmpty(result.Log.Diagnostics);
        Assert.All(result.Log.Diagnostics.Where(d => d.Location != SourceLocation.None), d =>
        {
            Assert.Null(d.Location.Element);
            Assert.Equal($"l{d.Location.Line}c{d.Location.Column}", d.Location.Path);
        });
        Assert.Contains(result.Log.Diagnostics, d => d.Location.Path == "l10c2364");
    }

    [Fact]
    public void A_table_position_is_one_based_and_checked()
    {
        var position = new TablePosition(2, 5, 3, rowSpan: 2, columnSpan: 4);

        Assert.Equal((2, 5, 3, 2, 4), (position.Table, position.Row, position.Column, position.RowSpan, position.ColumnSpan));
        Assert.Equal("table[2]/r5c3+2x4", position.ToString());
        Assert.Equal("table[1]/r1c1", new TablePosition(1, 1, 1).ToString());
        Assert.Equal(new TablePosition(2, 5, 3, 2, 4), position);
        Assert.Throws<ArgumentOutOfRangeException>("table", () => new TablePosition(0, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("row", () => new TablePosition(1, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>("column", () => new TablePosition(1, 1, -1));
        Assert.Throws<ArgumentOutOfRangeException>("rowSpan", () => new TablePosition(1, 1, 1, rowSpan: 0));
        Assert.Throws<ArgumentOutOfRangeException>("columnSpan", () => new TablePosition(1, 1, 1, columnSpan: 0));
    }

    [Fact]
    public void A_page_region_is_in_points_from_the_top_left_and_checked()
    {
        var region = new PageRegion(3, 72, 144.5, 200, 14);

        Assert.Equal((3, 72d, 144.5, 272d, 158.5), (region.Page, region.Left, region.Top, region.Right, region.Bottom));
        Assert.Equal("page[3] (72,144.5 200x14)", region.ToString());
        Assert.Equal(new PageRegion(3, 72, 144.5, 200, 14), region);
        Assert.Throws<ArgumentOutOfRangeException>("page", () => new PageRegion(0, 0, 0, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("left", () => new PageRegion(1, double.NaN, 0, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("top", () => new PageRegion(1, 0, double.PositiveInfinity, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("width", () => new PageRegion(1, 0, 0, -1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("height", () => new PageRegion(1, 0, 0, 1, double.NaN));
    }

    [Fact]
    public void A_cell_compares_by_value_with_its_position_and_region()
    {
        var cell = new SourceCell("71", new SourceLocation(5, 1, "page[1]/table[1]/r5c4"), IsTableCell: true)
        {
            Position = new TablePosition(1, 5, 4),
            Region = new PageRegion(1, 300, 420, 24, 12),
        };

        Assert.Equal(cell with { Position = new TablePosition(1, 5, 4) }, cell);
        Assert.NotEqual(cell with { Position = new TablePosition(1, 5, 5) }, cell);
        Assert.NotEqual(cell with { Region = null }, cell);
        Assert.Null(new SourceCell("71", new SourceLocation(5, 1)).Position);
    }

    [Fact]
    public void The_engine_reads_cells_with_positions_as_it_reads_cells_without()
    {
        // The positions are for tools and front ends to come; today's recognition reads the same report either way.
        var lines = TestData.Read("seed-yeji-2020.txt").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var plain = lines.Select((l, i) => new SourceCell(l, new SourceLocation(i + 1, 1))).ToList();
        var placed = plain.Select((c, i) => c with { Position = new TablePosition(1, i + 1, 1), Region = new PageRegion(1, 0, i * 12, 500, 12) }).ToList();

        Assert.Equal(ReportImporter.ImportCells(plain), ReportImporter.ImportCells(placed));
    }
}
