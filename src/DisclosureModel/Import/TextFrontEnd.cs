using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DisclosureModel.Import;

/// <summary>
/// The plain-text front end of <see cref="ReportImporter.ImportText(string, ImportOptions?)"/>: turns lines into the <see cref="SourceCell"/>s
/// the recognition engine reads. What it knows of a layout it passes on rather than guessing:
/// <list type="bullet">
/// <item>a line is a piece of text; an <b>empty line</b> is passed on as an empty piece, which the engine reads as a
/// possible blank cell (<see cref="AtomStream.PossibleBlank"/>: a table that printed 0 as an empty cell, copied out
/// one cell per line) or as spacing, whichever fits the row (<see cref="CellSplitter"/>);</item>
/// <item>a <b>Markdown pipe table</b> (<c>| 规章 | 0 | 0 | 0 |</c>, as PDF-to-Markdown converters write them): each
/// pipe cell is a table cell with its <see cref="TablePosition"/> and a location naming line and cell
/// (<c>l12/cell[3]</c>); an empty pipe cell in a value column is a blank cell, like an empty HTML <c>td</c>. Separator
/// lines (<c>|---|</c>, <c>| :--- | ---: |</c>) are markup; header rows of placeholder names (<c>| 类别 | 数据1 | 数据2 |</c>),
/// also where one is repeated in the middle of a table, are left out (<see cref="ImportDiagnosticCode.PageChromeSkipped"/>);
/// a row whose values sit on the next row (<c>| 5.属于三类内部事务信息 | | |</c> then <c>| | 0 | 0 |</c>) and a label
/// broken over two rows (<c>5.属于三类内部事务信</c> / <c>息</c>) are passed on as one row: its label, then its values.</item>
/// </list>
/// Page footers (<c>-3-</c>, <c>第3页</c>) are passed on as lines: the engine leaves them out for every front end
/// (<see cref="PageFurniture"/>).
/// </summary>
internal static partial class TextFrontEnd
{
    /// <summary>Cuts the text into the pieces the engine reads, logging what it leaves out into <paramref name="diagnostics"/>.</summary>
    internal static List<SourceCell> Read(string text, List<ImportDiagnostic> diagnostics)
    {
        var lines = Lines(text);
        var cells = new List<SourceCell>(lines.Count);
        var table = 0;
        for (var i = 0; i < lines.Count;)
        {
            if (!IsPipeLine(lines[i].Text))
            {
                cells.Add(new SourceCell(lines[i].Text, new SourceLocation(lines[i].Number, 1)));
                i++;
                continue;
            }

            // A table: pipe lines, and the empty lines and page footers between them.
            var end = i + 1;
            var last = i;
            while (end < lines.Count && (IsPipeLine(lines[end].Text) || string.IsNullOrWhiteSpace(lines[end].Text) || PageFurniture.IsPageFooter(lines[end].Text)))
            {
                if (IsPipeLine(lines[end].Text))
                {
                    last = end;
                }

                end++;
            }

            new PipeTable(++table, lines.GetRange(i, last + 1 - i)).Emit(cells, diagnostics);
            i = last + 1;
        }

        return cells;
    }

    private static List<(int Number, string Text)> Lines(string text)
    {
        var lines = new List<(int, string)>();
        var number = 1;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n' || text[i] == '\r')
            {
                if (i > start || i < text.Length)
                {
                    lines.Add((number, text[start..i]));
                }

                if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                number++;
                start = i + 1;
            }
        }

        return lines;
    }

    private static bool IsPipeLine(string line)
    {
        var t = line.AsSpan().Trim();
        return t.Length >= 2 && t[0] == '|' && t[1..].Contains('|');
    }

    /// <summary>One Markdown pipe table: its rows, the columns that hold values, and how its rows are passed on.</summary>
    private sealed class PipeTable
    {
        private readonly int index;
        private readonly List<Item> items = [];
        private readonly HashSet<int> valueColumns = [];
        private readonly int firstValueColumn;

        internal PipeTable(int index, List<(int Number, string Text)> lines)
        {
            this.index = index;
            var row = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                var (number, text) = lines[i];
                if (!IsPipeLine(text))
                {
                    if (PageFurniture.IsPageFooter(text))
                    {
                        items.Add(new Item(number, text, null) { Kind = RowKind.Footer });
                    }

                    continue; // an empty line between rows is not a cell
                }

                var cells = ParseRow(text);
                if (cells.All(c => SeparatorCell().IsMatch(c.Text)))
                {
                    continue; // markup: the end of a header
                }

                row++;
                var beforeSeparator = NextPipeLine(lines, i) is { } next && ParseRow(next).All(c => SeparatorCell().IsMatch(c.Text));
                var generic = cells.Any(c => c.Text.Length > 0) && cells.All(c => c.Text.Length == 0 || GenericName().IsMatch(c.Text) || (beforeSeparator && Number().IsMatch(c.Text)));
                items.Add(new Item(number, text, cells) { Kind = generic ? RowKind.Generic : RowKind.Data, Row = row });
            }

            foreach (var item in items.Where(x => x.Kind == RowKind.Data))
            {
                for (var c = 0; c < item.Cells!.Count; c++)
                {
                    if (IsValue(item.Cells[c].Text))
                    {
                        valueColumns.Add(c);
                    }
                }
            }

            // A column no row prints a value in is still a value column when a header row labels it (a column of
            // blanks), right of every label of the rows with values (right of the first column when no row has one). A
            // header row: the first row of the table, or a row without values that labels a column of values.
            // (Rows of one label in the first cell, and nothing else, have their label in a label column too.)
            var lastLabel = items.Where(x => x.Kind == RowKind.Data && x.Cells!.Any(c => IsValue(c.Text)))
                .Select(x => x.Cells!.FindLastIndex(c => c.Text.Length > 0 && !IsValue(c.Text)))
                .Concat(items.Where(x => x.Kind == RowKind.Data && x.Cells!.Count > 1 && x.Cells[0].Text.Length > 0 && x.Cells.Skip(1).All(c => c.Text.Length == 0)).Select(_ => 0))
                .DefaultIfEmpty(-1).Max();
            var firstRow = items.FirstOrDefault(x => x.Kind == RowKind.Data);
            foreach (var item in items.Where(x => x.Kind == RowKind.Data && !x.Cells!.Any(c => IsValue(c.Text))).ToList())
            {
                if (item == firstRow || item.Cells!.Where((c, k) => c.Text.Length > 0 && valueColumns.Contains(k)).Any())
                {
                    for (var c = lastLabel + 1; c < item.Cells!.Count; c++)
                    {
                        if (item.Cells[c].Text.Length > 0)
                        {
                            valueColumns.Add(c);
                        }
                    }
                }
            }

            firstValueColumn = valueColumns.Count > 0 ? valueColumns.Min() : int.MaxValue;
            foreach (var item in items.Where(x => x.Kind == RowKind.Data))
            {
                item.Kind = Classify(item.Cells!);
            }
        }

        private enum RowKind
        {
            Data,
            Generic,
            Footer,
            Empty,
            Header,
            LabelOnly,
            ValuesOnly,
            Full,
        }

        internal void Emit(List<SourceCell> output, List<ImportDiagnostic> diagnostics)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                switch (item.Kind)
                {
                    case RowKind.Footer:
                        output.Add(Footer(item));
                        continue;
                    case RowKind.Generic:
                        diagnostics.Add(ImportContext.Create(ImportDiagnosticCode.PageChromeSkipped, ImportSeverity.Info, new SourceLocation(item.Line, 1), ImportMessages.GenericHeaderSkipped.With(), seen: ImportContext.Shorten(item.Text.Trim())));
                        continue;
                    case RowKind.Empty:
                        continue;
                    case RowKind.LabelOnly or RowKind.Full:
                        break;
                    default:
                        Cells(item, labels: true, values: true, blanks: item.Kind != RowKind.Header, output);
                        continue;
                }

                // A row with a label: gather the rows that continue it (the rest of its label, its values on the
                // next row), then pass its labels first and its values after them; footers in between follow it.
                var group = new List<Item> { item };
                var values = item.Kind == RowKind.Full ? item : null;
                var consumed = i;
                for (var j = i + 1; j < items.Count; j++)
                {
                    var next = items[j];
                    if (next.Kind == RowKind.Footer)
                    {
                        continue;
                    }

                    if (values is null && next.Kind == RowKind.ValuesOnly)
                    {
                        values = next;
                        consumed = j;
                        break;
                    }

                    if ((next.Kind == RowKind.LabelOnly || (next.Kind == RowKind.Full && values is null)) && Continues(group[^1], next))
                    {
                        group.Add(next);
                        values ??= next.Kind == RowKind.Full ? next : null;
                        consumed = j;
                        continue;
                    }

                    break;
                }

                foreach (var member in group)
                {
                    Cells(member, labels: true, values: false, blanks: false, output);
                }

                Cells(values ?? item, labels: false, values: true, blanks: true, output);
                for (var j = i + 1; j <= consumed; j++)
                {
                    if (items[j].Kind == RowKind.Footer)
                    {
                        output.Add(Footer(items[j]));
                    }
                }

                i = consumed;
            }
        }

        private static SourceCell Footer(Item item) => new(item.Text, new SourceLocation(item.Line, 1));

        private static string? NextPipeLine(List<(int Number, string Text)> lines, int i)
        {
            for (var k = i + 1; k < lines.Count; k++)
            {
                if (IsPipeLine(lines[k].Text))
                {
                    return lines[k].Text;
                }
            }

            return null;
        }

        /// <summary>Tests whether the label of <paramref name="next"/> is the rest of the label of <paramref name="row"/> (together they begin a label of the catalogues).</summary>
        private bool Continues(Item row, Item next)
        {
            var before = Labels(row).LastOrDefault();
            var after = string.Concat(Labels(next));
            return before is not null && after.Length > 0 && !LabelCatalog.StartsAnyLabel(AtomStream.Normalize(after))
                && LabelCatalog.StartsAnyLabel(AtomStream.Normalize(before + after));
        }

        private IEnumerable<string> Labels(Item row) =>
            row.Cells!.Where((c, k) => c.Text.Length > 0 && !IsValue(c.Text) && !valueColumns.Contains(k)).Select(c => c.Text);

        private RowKind Classify(List<PipeCell> cells)
        {
            var labelInLabelColumn = false;
            var labelInValueColumn = false;
            var anyValue = false;
            var valueCellsEmpty = true;
            for (var c = 0; c < cells.Count; c++)
            {
                var text = cells[c].Text;
                var isValueColumn = valueColumns.Contains(c);
                if (text.Length == 0)
                {
                    continue;
                }

                if (IsValue(text))
                {
                    anyValue = true;
                }
                else if (isValueColumn)
                {
                    labelInValueColumn = true;
                }
                else
                {
                    labelInLabelColumn = true;
                }

                valueCellsEmpty &= !isValueColumn;
            }

            return (labelInLabelColumn, labelInValueColumn, anyValue) switch
            {
                (false, false, false) => RowKind.Empty,
                (_, true, false) => RowKind.Header,
                (true, false, false) when valueCellsEmpty => RowKind.LabelOnly,
                (false, _, true) => RowKind.ValuesOnly,
                _ => RowKind.Full,
            };
        }

        /// <summary>
        /// Passes on the cells of a row: its labels (label cells, and header labels in value columns) when
        /// <paramref name="labels"/>; its values when <paramref name="values"/>, an empty cell of a value column being a
        /// blank cell when <paramref name="blanks"/> (in a row of values only, every column from the table's first
        /// value column: Section 四's fifteen values under a shorter header). An empty cell of a label column is
        /// nothing (a merged label cell).
        /// </summary>
        private void Cells(Item row, bool labels, bool values, bool blanks, List<SourceCell> output)
        {
            var cells = row.Cells!;
            for (var c = 0; c < cells.Count; c++)
            {
                var text = cells[c].Text;
                var pass = text.Length == 0
                    ? values && blanks && (valueColumns.Contains(c) || (row.Kind == RowKind.ValuesOnly && c >= firstValueColumn))
                    : IsValue(text) ? values : labels;
                if (pass)
                {
                    var element = string.Create(CultureInfo.InvariantCulture, $"l{row.Line}/cell[{c + 1}]");
                    output.Add(new SourceCell(text, new SourceLocation(row.Line, 1, element), IsTableCell: true) { Position = new TablePosition(index, row.Row, c + 1) });
                }
            }
        }

        private static List<PipeCell> ParseRow(string line)
        {
            var t = line.Trim();
            var cells = new List<PipeCell>();
            var b = new StringBuilder();
            for (var i = 1; i < t.Length; i++)
            {
                if (t[i] == '\\' && i + 1 < t.Length && t[i + 1] == '|')
                {
                    b.Append('|');
                    i++;
                }
                else if (t[i] == '|')
                {
                    cells.Add(new PipeCell(b.ToString().Trim()));
                    b.Clear();
                }
                else
                {
                    b.Append(t[i]);
                }
            }

            if (b.ToString().Trim() is { Length: > 0 } rest)
            {
                cells.Add(new PipeCell(rest)); // a row without its closing pipe
            }

            return cells;
        }

        private static bool IsValue(string text) => ValueCell().IsMatch(text);

        private sealed record PipeCell(string Text);

        private sealed record Item(int Line, string Text, List<PipeCell>? Cells)
        {
            internal RowKind Kind { get; set; }

            internal int Row { get; init; }
        }
    }

    [GeneratedRegex(@"^\s*:?-+:?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorCell();

    /// <summary>Placeholder column names converters write when a table has no header of its own.</summary>
    [GeneratedRegex(@"^(?:类别|项目|名称|内容|指标|序号|(?:数据|列|栏|字段|[Cc]ol(?:umn)?|COLUMN|Unnamed:?)\s*_?[0-9]{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex GenericName();

    [GeneratedRegex(@"^[0-9]{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    /// <summary>A value cell: a number (full or half width, signed, grouped, with a money unit) or a printed blank (<c>—</c>, <c>-</c>, <c>/</c>).</summary>
    [GeneratedRegex(@"^(?:[-+－＋]?\s*[0-9０-９][0-9０-９,，.．\s]*(?:元|万元)?|[-‐‑‒–—―−－/／]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ValueCell();
}
