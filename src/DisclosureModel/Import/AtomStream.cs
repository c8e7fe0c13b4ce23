using System.Globalization;
using System.Text;

namespace DisclosureModel.Import;

/// <summary>
/// The input as a stream of normalised characters ("atoms") without white space, each remembering whether white
/// space or a cell break preceded it and where it came from. Labels are matched on <see cref="Chars"/> (so stray
/// spaces and labels broken over cells do not matter); numbers are split at the boundaries.
/// </summary>
internal sealed class AtomStream
{
    /// <summary>Stands for an empty table cell.</summary>
    internal const char BlankCell = '\uE000';

    /// <summary>
    /// Stands for an empty line of plain text in a run of values (<see cref="Fragment.IsPossibleBlank"/>): possibly a
    /// blank cell (a table printed 0 as an empty cell, copied out one cell per line), possibly only spacing. The
    /// splitter chooses (<see cref="CellSplitter"/>). Empty lines are not atoms (labels broken over lines still match):
    /// each atom counts the empty lines before it (<see cref="EmptyLinesBefore"/>).
    /// </summary>
    internal const char PossibleBlank = '\uE001';

    private readonly IReadOnlyList<SourceCell> cells;
    private readonly int[] cellIndex;
    private readonly int[] offset;
    private readonly int[] length;
    private readonly bool[] boundary;
    private readonly int[] emptyBefore;
    private readonly int emptyAtEnd;

    private AtomStream(IReadOnlyList<SourceCell> cells, string chars, int[] cellIndex, int[] offset, int[] length, bool[] boundary, IReadOnlyList<int> furniture, bool paragraphSpaced, int[] emptyBefore, int emptyAtEnd)
    {
        this.emptyBefore = emptyBefore;
        this.emptyAtEnd = emptyAtEnd;
        this.cells = cells;
        Furniture = furniture;
        ParagraphSpaced = paragraphSpaced;
        Chars = chars;
        this.cellIndex = cellIndex;
        this.offset = offset;
        this.length = length;
        this.boundary = boundary;
    }

    internal string Chars { get; }

    internal int Length => Chars.Length;

    internal IReadOnlyList<SourceCell> Cells => cells;

    /// <summary>Gets the indices of the cells left out as page furniture (<see cref="PageFurniture"/>), in input order.</summary>
    internal IReadOnlyList<int> Furniture { get; }

    /// <summary>
    /// Gets whether the input is plain text with an empty line between every two lines (paragraph spacing): then a run
    /// of 2n + 1 empty lines is at most n blank cells, and one empty line is spacing, never a blank cell.
    /// </summary>
    internal bool ParagraphSpaced { get; }

    internal bool BoundaryBefore(int atom) => atom >= Chars.Length || boundary[atom];

    internal int CellOf(int atom) => cellIndex[atom];

    /// <summary>Gets how many empty lines of plain text come just before an atom (or the end of the stream), page footers left out.</summary>
    internal int EmptyLinesBefore(int atom) => atom < Chars.Length ? emptyBefore[atom] : emptyAtEnd;

    internal int OffsetOf(int atom) => offset[atom];

    internal int SourceLengthOf(int atom) => length[atom];

    internal SourceLocation Locate(int atom)
    {
        if (Chars.Length == 0)
        {
            return SourceLocation.None;
        }

        atom = Math.Clamp(atom, 0, Chars.Length - 1);
        var cell = cells[cellIndex[atom]];
        var start = cell.Location;
        return start with { Column = start.Column + offset[atom] };
    }

    /// <summary>Builds the stream of some cells.</summary>
    /// <param name="cells">The cells in reading order.</param>
    /// <param name="emptyLinesMayBeBlank">
    /// True when an empty piece that is not a table cell is an empty line of plain text, which may stand for a blank
    /// cell (<see cref="PossibleBlank"/>); false when it is nothing.
    /// </param>
    internal static AtomStream Create(IReadOnlyList<SourceCell> cells, bool emptyLinesMayBeBlank = false)
    {
        var chars = new StringBuilder();
        var cellIndex = new List<int>();
        var offsets = new List<int>();
        var lengths = new List<int>();
        var boundaries = new List<bool>();
        var furniture = new List<int>();
        var empties = new List<int>();
        var pendingEmpty = 0;
        var pending = true;
        var paragraphSpaced = emptyLinesMayBeBlank && IsParagraphSpaced(cells);
        for (var c = 0; c < cells.Count; c++)
        {
            var text = cells[c].Text ?? string.Empty;
            if (!cells[c].IsTableCell && PageFurniture.IsPageFooter(text))
            {
                furniture.Add(c);

                // A footer set as a paragraph of its own (an empty line before and after it) takes one of them along,
                // so that the spacing around it is the spacing of one paragraph break.
                if (paragraphSpaced && c + 1 < cells.Count && IsEmptyLine(cells[c + 1]) && c > 0 && IsEmptyLine(cells[c - 1]))
                {
                    c++;
                }

                continue;
            }

            if (emptyLinesMayBeBlank && IsEmptyLine(cells[c]))
            {
                pendingEmpty++;
                continue;
            }
            pending = true;
            var any = false;
            for (var i = 0; i < text.Length; i++)
            {
                var ch = text[i];
                var width = char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                var source = width == 2 ? text.Substring(i, 2) : null;
                if (width == 1 && IsSpace(ch))
                {
                    pending = true;
                    continue;
                }

                if (width == 1 && IsIgnorable(ch))
                {
                    continue;
                }

                var previous = chars.Length > 0 ? chars[^1] : '\0';
                foreach (var n in NormalizeOne(ch, source, previous))
                {
                    if (IsSpace(n))
                    {
                        pending = true;
                        continue;
                    }

                    chars.Append(n);
                    cellIndex.Add(c);
                    offsets.Add(i);
                    lengths.Add(width);
                    boundaries.Add(pending);
                    empties.Add(pendingEmpty);
                    pendingEmpty = 0;
                    pending = false;
                    any = true;
                }

                i += width - 1;
            }

            if (!any && cells[c].IsTableCell)
            {
                chars.Append(BlankCell);
                cellIndex.Add(c);
                offsets.Add(0);
                lengths.Add(0);
                boundaries.Add(true);
                empties.Add(pendingEmpty);
                pendingEmpty = 0;
            }
        }

        return new(cells, chars.ToString(), [.. cellIndex], [.. offsets], [.. lengths], [.. boundaries], furniture, paragraphSpaced, [.. empties], pendingEmpty);
    }

    /// <summary>Tests whether no two lines of text (page footers left out) follow each other without an empty line between them.</summary>
    private static bool IsParagraphSpaced(IReadOnlyList<SourceCell> cells)
    {
        var emptyLines = 0;
        var previousWasLine = false;
        foreach (var cell in cells)
        {
            if (!cell.IsTableCell && PageFurniture.IsPageFooter(cell.Text))
            {
                continue;
            }

            var isLine = !cell.IsTableCell && !IsEmptyLine(cell);
            if (isLine && previousWasLine)
            {
                return false;
            }

            emptyLines += IsEmptyLine(cell) ? 1 : 0;
            previousWasLine = isLine;
        }

        return emptyLines > 0;
    }

    private static bool IsEmptyLine(SourceCell cell) => !cell.IsTableCell && string.IsNullOrWhiteSpace(cell.Text);

    /// <summary>Normalises a label or any text the way the stream is normalised, dropping white space.</summary>
    internal static string Normalize(string text)
    {
        var b = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var width = char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            if (width == 1 && (IsSpace(ch) || IsIgnorable(ch)))
            {
                continue;
            }

            foreach (var n in NormalizeOne(ch, width == 2 ? text.Substring(i, 2) : null, b.Length > 0 ? b[^1] : '\0'))
            {
                if (!IsSpace(n))
                {
                    b.Append(n);
                }
            }

            i += width - 1;
        }

        return b.ToString();
    }

    private static bool IsSpace(char ch) => char.IsWhiteSpace(ch) || char.IsControl(ch);

    private static bool IsIgnorable(char ch) => ch is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    private static string NormalizeOne(char ch, string? pair, char previous)
    {
        if (pair is not null)
        {
            return pair;
        }

        if (char.IsSurrogate(ch) || ch is BlankCell or PossibleBlank)
        {
            return "\uFFFD";
        }

        string n;
        if (ch < 0x80 || (ch >= 0x4E00 && ch <= 0x9FFF))
        {
            n = ch.ToString();
        }
        else
        {
            n = ch.ToString().Normalize(NormalizationForm.FormKC);
        }

        if (n.Length == 1)
        {
            return Map(n[0], previous).ToString();
        }

        var b = new StringBuilder(n.Length);
        foreach (var x in n)
        {
            b.Append(Map(x, b.Length > 0 ? b[^1] : previous));
        }

        return b.ToString();
    }

    private static char Map(char ch, char previous) => ch switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u300C' or '\u300D' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u2014' or '\u2013' or '\u2015' or '\u2212' or '\u2012' or '\u2010' or '\u2011' or '\uFE58' => '-',
        '\u3001' when previous is >= '0' and <= '9' => '.',
        _ => ch,
    };

    internal static string Describe(string normalized) =>
        normalized.Replace(BlankCell.ToString(), "(blank)", StringComparison.Ordinal).Replace(PossibleBlank.ToString(), "(empty line)", StringComparison.Ordinal);

    internal static string FormatInvariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
