using DisclosureModel.Rendering;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DisclosureModel.Word.Writing;

/// <summary>
/// Builds the main part and the styles of the report document: the paragraphs of <see cref="ReportRenderer.ToText"/>
/// around the tables, and each table of <see cref="ReportTables"/> on its grid (row labels and data columns) with the
/// header cells placed as HTML places them and written as <c>gridSpan</c> and <c>vMerge</c>.
/// </summary>
internal static class DocumentBuilder
{
    /// <summary>The style of the title.</summary>
    internal const string TitleStyle = "ReportTitle";

    /// <summary>The style of the six section headings.</summary>
    internal const string HeadingStyle = "ReportHeading";

    /// <summary>The style of a Section 二 sub-table caption.</summary>
    internal const string CaptionStyle = "ReportTableCaption";

    /// <summary>The paragraph style of a table's header cells (column and row labels, notes).</summary>
    internal const string TableHeaderStyle = "ReportTableHeader";

    /// <summary>The paragraph style of a table's data cells.</summary>
    internal const string TableValueStyle = "ReportTableValue";

    // A4 in twentieths of a point, and the margins of official documents (GB/T 9704: 37, 35, 28, 26 mm).
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int MarginTop = 2098;
    private const int MarginBottom = 1984;
    private const int MarginLeft = 1588;
    private const int MarginRight = 1474;
    private const int TextWidth = PageWidth - MarginLeft - MarginRight;

    internal static Document Build(DisclosureReport report)
    {
        var tables = ReportTables.Build(report);
        var text = ReportRenderer.ToText(report);
        var paragraphs = text[..^1].Split("\n\n");
        var tablesStart = Array.IndexOf(paragraphs, ProactiveDisclosureLayout.Title.Chinese);
        var tablesEnd = Array.IndexOf(paragraphs, ReportSectionsLayout.ProblemsAndImprovementsTitle.Chinese, Math.Max(tablesStart, 0));
        var headings = ReportSectionsLayout.Titles.Select(t => t.Chinese).ToHashSet(StringComparer.Ordinal);

        var body = new Body();
        body.Append(Paragraph(paragraphs[0], TitleStyle));
        foreach (var p in paragraphs[1..tablesStart])
        {
            body.Append(Paragraph(p, headings.Contains(p) ? HeadingStyle : null));
        }

        foreach (var section in tables.Sections)
        {
            body.Append(Paragraph(section.Title.Chinese, HeadingStyle));
            foreach (var table in section.Tables)
            {
                if (table.Caption is { } caption)
                {
                    body.Append(Paragraph(caption, CaptionStyle));
                }

                body.Append(Table(table));

                // Word joins adjacent tables into one; an empty paragraph keeps them apart.
                body.Append(Paragraph(string.Empty, null));
            }
        }

        foreach (var p in paragraphs[tablesEnd..])
        {
            body.Append(Paragraph(p, headings.Contains(p) ? HeadingStyle : null));
        }

        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 851U, Footer = 992U, Gutter = 0U }));
        return new Document(body);
    }

    internal static Styles Styles()
    {
        static RunFonts Fonts(string eastAsia) => new() { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = eastAsia };

        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts("仿宋"),
                new FontSize { Val = "32" },
                new FontSizeComplexScript { Val = "32" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact })));

        var normal = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(), new StyleParagraphProperties(new Indentation { FirstLine = "640" }, new Justification { Val = JustificationValues.Both }))
        {
            Type = StyleValues.Paragraph, StyleId = "Normal", Default = true,
        };

        Style Paragraph(string id, string name, string font, string size, JustificationValues justification, bool bold = false, int? outline = null, bool keepNext = false)
        {
            var paragraph = new StyleParagraphProperties();
            if (keepNext)
            {
                paragraph.Append(new KeepNext());
            }

            paragraph.Append(new SpacingBetweenLines { Line = size == "21" ? "300" : "560", LineRule = size == "21" ? LineSpacingRuleValues.Auto : LineSpacingRuleValues.Exact });
            paragraph.Append(new Indentation { FirstLine = "0" });
            paragraph.Append(new Justification { Val = justification });
            if (outline is { } level)
            {
                paragraph.Append(new OutlineLevel { Val = level });
            }

            var run = new StyleRunProperties(Fonts(font));
            if (bold)
            {
                run.Append(new Bold());
            }

            run.Append(new FontSize { Val = size });
            run.Append(new FontSizeComplexScript { Val = size });
            return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
            {
                Type = StyleValues.Paragraph, StyleId = id, CustomStyle = true,
            };
        }

        var tableNormal = new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new StyleTableProperties(new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table, StyleId = "TableNormal", Default = true,
        };

        return new Styles(
            defaults,
            normal,
            Paragraph(TitleStyle, "Report Title", "宋体", "44", JustificationValues.Center, bold: true),
            Paragraph(HeadingStyle, "Report Heading", "黑体", "32", JustificationValues.Left, outline: 0, keepNext: true),
            Paragraph(CaptionStyle, "Report Table Caption", "黑体", "21", JustificationValues.Left, keepNext: true),
            Paragraph(TableHeaderStyle, "Report Table Header", "宋体", "21", JustificationValues.Center),
            Paragraph(TableValueStyle, "Report Table Value", "宋体", "21", JustificationValues.Center),
            tableNormal);
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        if (text.Length > 0)
        {
            paragraph.Append(Run(text));
        }

        return paragraph;
    }

    private static Run Run(string text)
    {
        var run = new Run();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    private static Table Table(RenderedTable table)
    {
        var widths = ColumnWidths(table);
        var grid = widths.Length;
        var result = new Table(
            new TableProperties(
                new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        // HTML's table model: a cell goes into the first grid column of its row not covered by a cell above it.
        // coveredBy[c] is the cell above that still covers column c (its start column and span), with the rows left.
        var covering = new (int RowsLeft, int Start, int Span)[grid + 1];
        var headerRows = table.HeaderRows.Count;
        var rows = table.HeaderRows.Concat(table.BodyRows).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new TableRow();
            var properties = new TableRowProperties(new CantSplit());
            if (r < headerRows)
            {
                properties.Append(new TableHeader());
            }

            row.Append(properties);
            var items = new Queue<(string Text, int RowSpan, int ColSpan, bool IsValue)>(
                rows[r].Headers.Select(h => (h.Text, h.RowSpan, h.ColSpan, false))
                    .Concat(rows[r].Cells.Select(c => (c.Text, 1, 1, true))));
            var column = 1;
            while (column <= grid)
            {
                if (covering[column].RowsLeft > 0)
                {
                    var (_, start, span) = covering[column];
                    row.Append(Cell(string.Empty, Width(widths, start, span), span, MergedCellValues.Continue, isValue: false));
                    covering[column].RowsLeft--;
                    column += span;
                    continue;
                }

                if (items.Count == 0)
                {
                    throw new InvalidOperationException($"The rendered table {table.Label} leaves grid column {column} of row {r + 1} empty.");
                }

                var item = items.Dequeue();
                var merge = item.RowSpan > 1 ? MergedCellValues.Restart : (MergedCellValues?)null;
                row.Append(Cell(item.Text, Width(widths, column, item.ColSpan), item.ColSpan, merge, item.IsValue));
                if (item.RowSpan > 1)
                {
                    covering[column] = (item.RowSpan - 1, column, item.ColSpan);
                }

                column += item.ColSpan;
            }

            result.Append(row);
        }

        return result;
    }

    private static int Width(int[] widths, int start, int span) => widths.Skip(start - 1).Take(span).Sum();

    private static TableCell Cell(string text, int width, int span, MergedCellValues? merge, bool isValue)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            properties.Append(new VerticalMerge { Val = m });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        return new TableCell(properties, Paragraph(text, isValue ? TableValueStyle : TableHeaderStyle));
    }

    /// <summary>Widths of the grid columns in twentieths of a point: the row labels take a share of the text width, the data columns the rest equally.</summary>
    private static int[] ColumnWidths(RenderedTable table)
    {
        var labels = table.RowHeaderColumnCount switch
        {
            0 => [],
            1 => new[] { 1.0 },
            _ => Enumerable.Range(0, table.RowHeaderColumnCount).Select(i => i == table.RowHeaderColumnCount - 1 ? 3.0 : 1.0).ToArray(),
        };
        var labelShare = table.RowHeaderColumnCount switch { 0 => 0.0, 1 => 0.5, _ => 0.42 };
        var labelWidth = (int)(TextWidth * labelShare);
        var widths = new List<int>();
        foreach (var weight in labels)
        {
            widths.Add((int)(labelWidth * weight / labels.Sum()));
        }

        var data = (TextWidth - widths.Sum()) / table.DataColumnCount;
        widths.AddRange(Enumerable.Repeat(data, table.DataColumnCount));
        return [.. widths];
    }
}
