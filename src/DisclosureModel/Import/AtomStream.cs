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

    private readonly IReadOnlyList<SourceCell> cells;
    private readonly int[] cellIndex;
    private readonly int[] offset;
    private readonly int[] length;
    private readonly bool[] boundary;

    private AtomStream(IReadOnlyList<SourceCell> cells, string chars, int[] cellIndex, int[] offset, int[] length, bool[] boundary)
    {
        this.cells = cells;
        Chars = chars;
        this.cellIndex = cellIndex;
        this.offset = offset;
        this.length = length;
        this.boundary = boundary;
    }

    internal string Chars { get; }

    internal int Length => Chars.Length;

    internal IReadOnlyList<SourceCell> Cells => cells;

    internal bool BoundaryBefore(int atom) => atom >= Chars.Length || boundary[atom];

    internal int CellOf(int atom) => cellIndex[atom];

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

    internal static AtomStream Create(IReadOnlyList<SourceCell> cells)
    {
        var chars = new StringBuilder();
        var cellIndex = new List<int>();
        var offsets = new List<int>();
        var lengths = new List<int>();
        var boundaries = new List<bool>();
        var pending = true;
        for (var c = 0; c < cells.Count; c++)
        {
            var text = cells[c].Text ?? string.Empty;
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
            }
        }

        return new(cells, chars.ToString(), [.. cellIndex], [.. offsets], [.. lengths], [.. boundaries]);
    }

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

        if (char.IsSurrogate(ch) || ch == BlankCell)
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
        normalized.Replace(BlankCell.ToString(), "(blank)", StringComparison.Ordinal);

    internal static string FormatInvariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
