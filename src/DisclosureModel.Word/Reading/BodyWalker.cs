using System.Globalization;
using System.Text;
using DisclosureModel.Import;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DisclosureModel.Word.Reading;

/// <summary>
/// Walks a document body in document order: each paragraph outside tables is a piece (<c>p[N]</c>); each table is
/// laid out on Word's own grid (a row's cells start after its <c>gridBefore</c> and cover their <c>gridSpan</c>;
/// a <c>vMerge</c> continuation belongs to the cell above it) and each cell is a piece with its
/// <see cref="TablePosition"/> (<c>table[T]/rRcC</c>). Content controls and custom XML around blocks, rows and cells
/// are looked through. The nesting is bounded by the main part's checked depth.
/// </summary>
internal sealed class BodyWalker
{
    /// <summary>The last grid column a cell may start in; wider rows keep their text but have no position beyond it.</summary>
    private const int MaxColumns = 1000;

    private readonly List<SourceCell> cells = [];
    private int paragraphs;
    private int tables;

    internal static List<SourceCell> Walk(Body body)
    {
        var walker = new BodyWalker();
        walker.Blocks(body, null);
        return walker.cells;
    }

    /// <summary>Walks block content; <paramref name="cell"/> collects the text when the blocks are inside a table cell.</summary>
    private void Blocks(OpenXmlElement container, CellText? cell)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    var text = ParagraphText(paragraph);
                    if (cell is not null)
                    {
                        cell.Append(text);
                    }
                    else if (text.Trim().Length > 0)
                    {
                        cells.Add(new SourceCell(text, new SourceLocation(0, 1, Name("p", ++paragraphs))));
                    }
                    else
                    {
                        paragraphs++;
                    }

                    break;
                case Table table:
                    cell?.FlushBeforeNestedTable(cells);
                    Table(table);
                    break;
                case SdtBlock sdt:
                    if (sdt.SdtContentBlock is { } content)
                    {
                        Blocks(content, cell);
                    }

                    break;
                case CustomXmlBlock custom:
                    Blocks(custom, cell);
                    break;
            }
        }
    }

    private void Table(Table table)
    {
        var number = ++tables;
        var layout = new List<List<Placed>>();
        foreach (var row in Rows(table))
        {
            var placed = new List<Placed>();
            var column = 1 + Math.Clamp(row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0, 0, MaxColumns);
            foreach (var tc in Cells(row))
            {
                var properties = tc.TableCellProperties;
                var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, MaxColumns);
                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                placed.Add(new Placed(tc, column, span, continues));
                column = (int)Math.Min((long)column + span, int.MaxValue / 2);
            }

            layout.Add(placed);
        }

        // A continuation belongs to the nearest cell above it that starts in the same grid column.
        var rowSpans = new Dictionary<Placed, int>();
        var above = new Dictionary<int, Placed>();
        foreach (var row in layout)
        {
            foreach (var p in row)
            {
                if (p.Continues && above.TryGetValue(p.Column, out var top))
                {
                    rowSpans[top] = rowSpans.GetValueOrDefault(top, 1) + 1;
                    p.Covered = true;
                }
                else
                {
                    above[p.Column] = p;
                }
            }
        }

        for (var r = 0; r < layout.Count; r++)
        {
            foreach (var p in layout[r])
            {
                if (p.Covered)
                {
                    continue;
                }

                var element = string.Create(CultureInfo.InvariantCulture, $"table[{number}]/r{r + 1}c{p.Column}");
                TablePosition? position = p.Column <= MaxColumns ? new TablePosition(number, r + 1, p.Column, rowSpans.GetValueOrDefault(p, 1), p.Span) : null;
                var text = new CellText(new SourceLocation(0, 1, element), position);
                Blocks(p.Cell, text);
                text.Finish(cells);
            }
        }
    }

    private static IEnumerable<TableRow> Rows(OpenXmlElement table)
    {
        foreach (var child in table.ChildElements)
        {
            switch (child)
            {
                case TableRow row:
                    yield return row;
                    break;
                case SdtRow { SdtContentRow: { } content }:
                    foreach (var row in Rows(content))
                    {
                        yield return row;
                    }

                    break;
                case CustomXmlRow custom:
                    foreach (var row in Rows(custom))
                    {
                        yield return row;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<TableCell> Cells(OpenXmlElement row)
    {
        foreach (var child in row.ChildElements)
        {
            switch (child)
            {
                case TableCell cell:
                    yield return cell;
                    break;
                case SdtCell { SdtContentCell: { } content }:
                    foreach (var cell in Cells(content))
                    {
                        yield return cell;
                    }

                    break;
                case CustomXmlCell custom:
                    foreach (var cell in Cells(custom))
                    {
                        yield return cell;
                    }

                    break;
            }
        }
    }

    /// <summary>The text of a paragraph: its runs' text (deleted text left out), tabs as tabs, breaks as line breaks.</summary>
    private static string ParagraphText(Paragraph paragraph)
    {
        var b = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text:
                    b.Append(text.Text);
                    break;
                case TabChar:
                    b.Append('\t');
                    break;
                case Break or CarriageReturn:
                    b.Append('\n');
                    break;
                case NoBreakHyphen:
                    b.Append('-');
                    break;
            }
        }

        return b.ToString();
    }

    private static string Name(string kind, int index) => string.Create(CultureInfo.InvariantCulture, $"{kind}[{index}]");

    private sealed class Placed(TableCell cell, int column, int span, bool continues)
    {
        public TableCell Cell { get; } = cell;

        public int Column { get; } = column;

        public int Span { get; } = span;

        public bool Continues { get; } = continues;

        public bool Covered { get; set; }
    }

    /// <summary>The text of one table cell: its paragraphs joined by line breaks (商业 / 企业 is one cell).</summary>
    private sealed class CellText(SourceLocation location, TablePosition? position)
    {
        private readonly StringBuilder text = new();
        private bool hadNestedTable;

        public void Append(string paragraph)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(paragraph);
        }

        /// <summary>A table inside the cell (a layout table): what the cell held so far becomes a piece of its own.</summary>
        public void FlushBeforeNestedTable(List<SourceCell> cells)
        {
            hadNestedTable = true;
            if (text.ToString().Trim().Length > 0)
            {
                cells.Add(new SourceCell(text.ToString(), location) { Position = position });
            }

            text.Clear();
        }

        public void Finish(List<SourceCell> cells)
        {
            var value = text.ToString();
            if (!hadNestedTable || value.Trim().Length > 0)
            {
                cells.Add(new SourceCell(value, location, IsTableCell: !hadNestedTable) { Position = position });
            }
        }
    }
}
