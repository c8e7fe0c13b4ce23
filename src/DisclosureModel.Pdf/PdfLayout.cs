using System.Globalization;
using System.Text;
using DisclosureModel.Import;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DisclosureModel.Pdf;

/// <summary>
/// Rebuilds the pieces of one page by geometry: ruled tables from their ruling lines (each cell the rectangle the
/// nearest rulings around it bound, so merged cells come out whole and in the order HTML would place them), and the
/// rest of the text as lines by baseline. Reading order is top to bottom; words are never taken in the order the
/// content stream draws them.
/// </summary>
internal static class PdfLayout
{
    /// <summary>How far apart (points) two rulings may be and still be one grid line.</summary>
    private const double Snap = 2.0;

    /// <summary>The thickest a drawn shape may be to count as a ruling line.</summary>
    private const double MaxRuleThickness = 2.5;

    /// <summary>The shortest a drawn shape may be to count as a ruling line.</summary>
    private const double MinRuleLength = 3.0;

    /// <summary>The most grid slots (rows x columns) a table may have; a larger grid is read as lines.</summary>
    private const int MaxSlots = 5_000;

    /// <summary>The most ruling lines a page may have for its tables to be rebuilt (a statutory table has well under 200); beyond, the page is read as lines.</summary>
    private const int MaxRules = 1_000;

    /// <summary>Reads the pieces of a page, numbering its tables from <paramref name="tableCount"/> on (document-wide).</summary>
    internal static List<SourceCell> ReadPage(Page page, int pageNumber, ref int tableCount)
    {
        var height = page.Height;
        var words = page.GetWords()
            .Where(w => !string.IsNullOrWhiteSpace(w.Text) && IsFinite(w.BoundingBox))
            .Select(ToBox)
            .ToList();
        var rules = Rulings(page);
        var tables = rules.Count <= MaxRules ? FindTables(rules) : [];

        var placed = new Dictionary<Table, Dictionary<CellKey, List<Box>>>();
        var loose = new List<Box>();
        foreach (var word in words)
        {
            var (cx, cy) = word.Center;
            var found = false;
            foreach (var table in tables)
            {
                if (table.Contains(cx, cy) && table.CellAt(cx, cy) is { } key)
                {
                    if (!placed.TryGetValue(table, out var cells))
                    {
                        placed[table] = cells = [];
                    }

                    if (!cells.TryGetValue(key, out var list))
                    {
                        cells[key] = list = [];
                    }

                    list.Add(word);
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                loose.Add(word);
            }
        }

        // Pieces in reading order: each line and each table by its top edge (PDF y grows upwards).
        var items = new List<(double Top, double Left, object Item)>();
        foreach (var paragraph in Paragraphs(Lines(loose), tables))
        {
            items.Add((paragraph[0].Max(w => w.Top), paragraph[0].Min(w => w.Left), paragraph));
        }

        foreach (var table in tables.Where(placed.ContainsKey))
        {
            items.Add((table.Top, table.Left, table));
        }

        var pieces = new List<SourceCell>();
        var lineNumber = 0;
        var pageTable = 0;
        foreach (var (_, _, item) in items.OrderByDescending(i => i.Top).ThenBy(i => i.Left))
        {
            if (item is List<List<Box>> paragraph)
            {
                lineNumber++;
                var all = paragraph.SelectMany(l => l).ToList();
                var location = new SourceLocation(0, 1, Path(pageNumber, $"line[{N(lineNumber)}]"));
                pieces.Add(new SourceCell(ParagraphText(paragraph), location)
                {
                    Region = Region(pageNumber, height, all.Min(w => w.Left), all.Max(w => w.Top), all.Max(w => w.Right), all.Min(w => w.Bottom)),
                });
                lineNumber += paragraph.Count - 1;
                continue;
            }

            var table = (Table)item;
            pageTable++;
            tableCount++;
            var texts = table.AllCells().Union(placed[table].Keys).Order()
                .Select(key => (Key: key, Text: placed[table].TryGetValue(key, out var inCell) ? CellText(inCell) : string.Empty))
                .ToList();
            foreach (var (key, text) in WithoutLayoutBlanks(texts))
            {
                var position = new TablePosition(tableCount, key.Row + 1, key.Column + 1, key.RowEnd - key.Row, key.ColumnEnd - key.Column);
                var location = new SourceLocation(0, 1, Path(pageNumber, $"table[{N(pageTable)}]/r{N(key.Row + 1)}c{N(key.Column + 1)}"));
                pieces.Add(new SourceCell(text, location, IsTableCell: true)
                {
                    Position = position,
                    Region = Region(pageNumber, height, table.Xs[key.Column], table.Ys[key.Row], table.Xs[key.ColumnEnd], table.Ys[key.RowEnd]),
                });
            }
        }

        return pieces;
    }

    private static Box ToBox(Word word)
    {
        var box = word.BoundingBox;
        var first = word.Letters.Count > 0 ? word.Letters[0] : null;
        var baseline = first is not null && double.IsFinite(first.StartBaseLine.Y) ? first.StartBaseLine.Y : box.Bottom;
        var size = word.Letters.Count > 0 ? word.Letters.Max(l => double.IsFinite(l.PointSize) ? l.PointSize : 0) : 0;
        if (size < 1 || size > 1000)
        {
            size = Math.Max(1, Math.Min(1000, box.Top - box.Bottom));
        }

        return new Box(word.Text, box.Left, box.Bottom, box.Right, box.Top, baseline, size);
    }

    /// <summary>
    /// Leaves out the empty cells that are layout, not blank values: those in a grid column where no cell of the table
    /// holds a number (the label columns: an empty label cell beside （六）其他处理, the part of a merged label cell that
    /// a page break carries over), and those in the header rows above the table's first row with a number. An empty
    /// cell among the numbers stays: it is a blank cell of the table.
    /// </summary>
    private static IEnumerable<(CellKey Key, string Text)> WithoutLayoutBlanks(List<(CellKey Key, string Text)> cells)
    {
        var numbers = cells.Where(c => IsNumber(c.Text)).Select(c => c.Key).ToList();
        if (numbers.Count == 0)
        {
            return cells;
        }

        var firstRow = numbers.Min(k => k.Row);
        var columns = numbers.Select(k => k.Column).ToHashSet();
        return cells.Where(c => c.Text.Length > 0 || (c.Key.Row >= firstRow && columns.Contains(c.Key.Column)));
    }

    private static bool IsNumber(string text)
    {
        var span = text.AsSpan().Trim();
        var digits = 0;
        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c) || c is >= '０' and <= '９')
            {
                digits++;
            }
            else if (c is not ('.' or ',' or '-' or '−' or '%' or ' ' or '．' or '，'))
            {
                return false;
            }
        }

        return digits > 0;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Path(int page, string rest) => $"page[{N(page)}]/{rest}";

    private static PageRegion Region(int page, double pageHeight, double left, double top, double right, double bottom)
    {
        var y = pageHeight - top;
        return new PageRegion(page, Finite(left), Finite(y), Math.Max(0, Finite(right - left)), Math.Max(0, Finite(top - bottom)));
    }

    private static double Finite(double value) => double.IsFinite(value) ? value : 0;

    private static bool IsFinite(PdfRectangle box) =>
        double.IsFinite(box.Left) && double.IsFinite(box.Right) && double.IsFinite(box.Top) && double.IsFinite(box.Bottom);

    /// <summary>Groups words into lines by baseline: a word joins a line when its baseline is within a third of the type size of the line's first word.</summary>
    private static List<List<Box>> Lines(List<Box> words)
    {
        var lines = new List<List<Box>>();
        List<Box>? current = null;
        Box first = default;
        foreach (var word in words.OrderByDescending(w => w.Baseline).ThenBy(w => w.Left))
        {
            var tolerance = Math.Max(first.Size, word.Size) / 3;
            if (current is not null && Math.Abs(word.Baseline - first.Baseline) <= tolerance)
            {
                current.Add(word);
                continue;
            }

            current = [word];
            first = word;
            lines.Add(current);
        }

        foreach (var line in lines)
        {
            line.Sort((a, b) => a.Left.CompareTo(b.Left));
        }

        return lines;
    }

    /// <summary>
    /// Joins the lines of a paragraph that the page wraps: a line that reaches the right margin of the page's text runs
    /// on in the next line when that line follows closely below and is not indented (a paragraph's first line and the
    /// section headings are indented, so they start a new piece). Lines with a table between them are never joined.
    /// </summary>
    private static List<List<List<Box>>> Paragraphs(List<List<Box>> lines, List<Table> tables)
    {
        var paragraphs = new List<List<List<Box>>>();
        if (lines.Count == 0)
        {
            return paragraphs;
        }

        var margin = lines.Max(l => l[^1].Right);
        List<Box>? previous = null;
        foreach (var line in lines)
        {
            if (previous is not null && RunsOn(previous, line, margin, tables))
            {
                paragraphs[^1].Add(line);
            }
            else
            {
                paragraphs.Add([line]);
            }

            previous = line;
        }

        return paragraphs;
    }

    private static bool RunsOn(List<Box> previous, List<Box> next, double margin, List<Table> tables)
    {
        var size = previous.Max(w => w.Size);
        var previousBottom = previous.Min(w => w.Baseline);
        var nextBaseline = next.Max(w => w.Baseline);
        var gap = previousBottom - nextBaseline;
        return previous[^1].Right >= margin - size
            && gap > 0 && gap <= 2.5 * size
            && next[0].Left <= previous[0].Left + (size / 2)
            && Math.Abs(next.Max(w => w.Size) - size) <= size / 4
            && !tables.Any(t => t.Top < previousBottom && t.Top > nextBaseline);
    }

    private static string ParagraphText(List<List<Box>> paragraph)
    {
        var text = new StringBuilder(LineText(paragraph[0]));
        foreach (var line in paragraph.Skip(1))
        {
            var next = LineText(line);
            if (text.Length > 0 && next.Length > 0 && char.IsAsciiLetterOrDigit(text[^1]) && char.IsAsciiLetterOrDigit(next[0]))
            {
                text.Append(' ');
            }

            text.Append(next);
        }

        return text.ToString();
    }

    /// <summary>The words of one line, a space where the gap between two words is wider than a quarter of the type size.</summary>
    private static string LineText(List<Box> line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < line.Count; i++)
        {
            if (i > 0 && line[i].Left - line[i - 1].Right > Math.Max(line[i].Size, line[i - 1].Size) / 4)
            {
                text.Append(' ');
            }

            text.Append(line[i].Text);
        }

        return text.ToString();
    }

    /// <summary>The text of a cell: its lines top to bottom, one line break between lines (a label wrapped in its cell).</summary>
    private static string CellText(List<Box> words) => string.Join('\n', Lines(words).Select(LineText));

    /// <summary>The ruling lines of a page: thin stroked or filled shapes, and the edges of stroked rectangles.</summary>
    private static List<Rule> Rulings(Page page)
    {
        var rules = new List<Rule>();
        foreach (var path in page.Paths)
        {
            if (!path.IsStroked && !path.IsFilled)
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box || !IsFinite(box))
                {
                    continue;
                }

                var width = box.Right - box.Left;
                var height = box.Top - box.Bottom;
                if (height <= MaxRuleThickness && width >= MinRuleLength)
                {
                    rules.Add(new Rule(true, (box.Top + box.Bottom) / 2, box.Left, box.Right));
                }
                else if (width <= MaxRuleThickness && height >= MinRuleLength)
                {
                    rules.Add(new Rule(false, (box.Left + box.Right) / 2, box.Bottom, box.Top));
                }
                else if (path.IsStroked && subpath.IsDrawnAsRectangle && width >= MinRuleLength && height >= MinRuleLength)
                {
                    rules.Add(new Rule(true, box.Top, box.Left, box.Right));
                    rules.Add(new Rule(true, box.Bottom, box.Left, box.Right));
                    rules.Add(new Rule(false, box.Left, box.Bottom, box.Top));
                    rules.Add(new Rule(false, box.Right, box.Bottom, box.Top));
                }
            }
        }

        return rules;
    }

    /// <summary>Groups rulings that cross or touch into tables: a group with at least two rulings each way is a table.</summary>
    private static List<Table> FindTables(List<Rule> rules)
    {
        var parent = Enumerable.Range(0, rules.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        var horizontal = Enumerable.Range(0, rules.Count).Where(i => rules[i].Horizontal).ToList();
        var vertical = Enumerable.Range(0, rules.Count).Where(i => !rules[i].Horizontal).ToList();
        foreach (var h in horizontal)
        {
            foreach (var v in vertical)
            {
                if (rules[h].Crosses(rules[v]))
                {
                    parent[Find(h)] = Find(v);
                }
            }
        }

        var tables = new List<Table>();
        foreach (var group in Enumerable.Range(0, rules.Count).GroupBy(Find))
        {
            var members = group.Select(i => rules[i]).ToList();
            var table = Table.Create(members);
            if (table is not null)
            {
                tables.Add(table);
            }
        }

        return tables;
    }

    /// <summary>A word and its box in PDF user space (y upwards).</summary>
    private readonly record struct Box(string Text, double Left, double Bottom, double Right, double Top, double Baseline, double Size)
    {
        internal (double X, double Y) Center => ((Left + Right) / 2, (Top + Bottom) / 2);
    }

    /// <summary>A ruling line: horizontal at <see cref="At"/> = y from <see cref="From"/> to <see cref="To"/> in x, or vertical at x.</summary>
    private readonly record struct Rule(bool Horizontal, double At, double From, double To)
    {
        internal bool Covers(double value) => value >= From - Snap && value <= To + Snap;

        internal bool Crosses(Rule other) => Horizontal != other.Horizontal && Covers(other.At) && other.Covers(At);
    }

    /// <summary>A cell as grid indices: rows counted from the top, columns from the left; ends exclusive.</summary>
    private readonly record struct CellKey(int Row, int Column, int RowEnd, int ColumnEnd) : IComparable<CellKey>
    {
        public int CompareTo(CellKey other)
        {
            var byRow = Row.CompareTo(other.Row);
            return byRow != 0 ? byRow : Column.CompareTo(other.Column);
        }
    }

    /// <summary>A ruled table: its rulings, and its grid lines (y from the top down, x from the left).</summary>
    private sealed class Table
    {
        private readonly List<Rule> horizontal;
        private readonly List<Rule> vertical;

        private Table(List<Rule> horizontal, List<Rule> vertical, double[] ys, double[] xs)
        {
            this.horizontal = horizontal;
            this.vertical = vertical;
            Ys = ys;
            Xs = xs;
        }

        /// <summary>Gets the grid lines' y, from the top of the table down (PDF space, decreasing).</summary>
        internal double[] Ys { get; }

        /// <summary>Gets the grid lines' x, from the left.</summary>
        internal double[] Xs { get; }

        internal double Top => Ys[0];

        internal double Left => Xs[0];

        internal static Table? Create(List<Rule> rules)
        {
            var horizontal = rules.Where(r => r.Horizontal).ToList();
            var vertical = rules.Where(r => !r.Horizontal).ToList();
            if (horizontal.Count == 0 || vertical.Count == 0)
            {
                return null;
            }

            // The table's outer edges count as grid lines even where no ruling is drawn: a table that crosses a page
            // is open at the page's foot (and at the next page's head), its last cells bounded by the ends of the
            // vertical rulings.
            var top = Math.Max(horizontal.Max(r => r.At), vertical.Max(r => r.To));
            var bottom = Math.Min(horizontal.Min(r => r.At), vertical.Min(r => r.From));
            var left = Math.Min(vertical.Min(r => r.At), horizontal.Min(r => r.From));
            var right = Math.Max(vertical.Max(r => r.At), horizontal.Max(r => r.To));
            var ys = Cluster(horizontal.Select(r => r.At).Append(top).Append(bottom)).OrderDescending().ToArray();
            var xs = Cluster(vertical.Select(r => r.At).Append(left).Append(right)).Order().ToArray();
            if (ys.Length < 2 || xs.Length < 2 || (long)(ys.Length - 1) * (xs.Length - 1) > MaxSlots)
            {
                return null;
            }

            return new Table(horizontal, vertical, ys, xs);
        }

        internal bool Contains(double x, double y) => x > Xs[0] && x < Xs[^1] && y < Ys[0] && y > Ys[^1];

        /// <summary>The cell around a point: bounded by the nearest rulings above, below, left and right of it that pass by the point.</summary>
        internal CellKey? CellAt(double x, double y, bool[]? open = null)
        {
            double? top = null, bottom = null, left = null, right = null;
            foreach (var rule in horizontal)
            {
                if (!rule.Covers(x))
                {
                    continue;
                }

                if (rule.At > y && (top is null || rule.At < top))
                {
                    top = rule.At;
                }
                else if (rule.At < y && (bottom is null || rule.At > bottom))
                {
                    bottom = rule.At;
                }
            }

            foreach (var rule in vertical)
            {
                if (!rule.Covers(y))
                {
                    continue;
                }

                if (rule.At < x && (left is null || rule.At > left))
                {
                    left = rule.At;
                }
                else if (rule.At > x && (right is null || rule.At < right))
                {
                    right = rule.At;
                }
            }

            if (open is not null)
            {
                open[0] = top is null || bottom is null;
            }

            top ??= Ys[0];
            bottom ??= Ys[^1];
            left ??= Xs[0];
            right ??= Xs[^1];

            var key = new CellKey(Nearest(Ys, top.Value), Nearest(Xs, left.Value), Nearest(Ys, bottom.Value), Nearest(Xs, right.Value));
            return key.RowEnd > key.Row && key.ColumnEnd > key.Column ? key : null;
        }

        /// <summary>
        /// Every cell of the grid, empty ones included: the cell around the centre of each grid slot. An empty cell that
        /// is open at the top or the bottom (no ruling drawn: the part of a merged cell that a page break cut off) is
        /// left out, as it continues a cell of the page before or after.
        /// </summary>
        internal IEnumerable<CellKey> AllCells()
        {
            var seen = new HashSet<CellKey>();
            var open = new bool[1];
            for (var row = 0; row < Ys.Length - 1; row++)
            {
                for (var column = 0; column < Xs.Length - 1; column++)
                {
                    if (CellAt((Xs[column] + Xs[column + 1]) / 2, (Ys[row] + Ys[row + 1]) / 2, open) is { } key && !open[0] && seen.Add(key))
                    {
                        yield return key;
                    }
                }
            }
        }

        private static int Nearest(double[] lines, double value)
        {
            var best = 0;
            for (var i = 1; i < lines.Length; i++)
            {
                if (Math.Abs(lines[i] - value) < Math.Abs(lines[best] - value))
                {
                    best = i;
                }
            }

            return best;
        }

        private static List<double> Cluster(IEnumerable<double> values)
        {
            var result = new List<double>();
            foreach (var value in values.Order())
            {
                if (result.Count == 0 || value - result[^1] > Snap)
                {
                    result.Add(value);
                }
            }

            return result;
        }
    }
}
