namespace DisclosureModel.Import;

internal enum TokenKind
{
    Label,
    Values,
    Text,

    /// <summary>Text as close to the labels of two rows as to each other (<see cref="FuzzyMatch.Tie"/>): read as neither.</summary>
    AmbiguousLabel,
}

/// <summary>A run of value characters between boundaries, e.g. <c>7777166</c> or <c>73802895.90元</c>.</summary>
internal readonly record struct Fragment(string Text, int Start)
{
    /// <summary>Gets whether the fragment is an empty line of plain text, which may or may not be a blank cell.</summary>
    internal bool IsPossibleBlank => Text.Length == 1 && Text[0] == AtomStream.PossibleBlank;

    /// <summary>Gets whether the fragment is nothing but empty lines (or has no fragment at all).</summary>
    internal static bool AllPossibleBlanks(IReadOnlyList<Fragment> fragments) => fragments.All(f => f.IsPossibleBlank);
}

internal sealed record Token(TokenKind Kind, int Start, int End, LabelEntry? Label, IReadOnlyList<Fragment> Fragments)
{
    internal string Describe(AtomStream stream) => Kind switch
    {
        TokenKind.Values => string.Join(' ', Fragments.Where(f => !f.IsPossibleBlank).Select(f => AtomStream.Describe(f.Text))),
        _ => stream.Chars[Start..End],
    };
}

/// <summary>
/// Cuts a region of the stream into labels (longest match first; otherwise, at the start of a line, cell or row, a
/// numbered label by the catalogue's bounded fuzzy match), runs of values and other text.
/// </summary>
internal static class Tokenizer
{
    internal static List<Token> Tokenize(AtomStream stream, int start, int end, LabelCatalog catalog)
    {
        var tokens = new List<Token>();
        var chars = stream.Chars;
        var fragments = new List<Fragment>();
        var valuesStart = -1;
        var textStart = -1;
        var fragment = new System.Text.StringBuilder();
        var fragmentStart = -1;

        void FlushFragment()
        {
            if (fragment.Length > 0)
            {
                fragments.Add(new Fragment(fragment.ToString(), fragmentStart));
                fragment.Clear();
            }
        }

        void FlushValues(int at)
        {
            FlushFragment();
            if (fragments.Count > 0)
            {
                // Located at its first printed value: empty lines before it are spacing or blank cells, not where it starts.
                var printed = fragments.FindIndex(f => !f.IsPossibleBlank);
                tokens.Add(new Token(TokenKind.Values, printed > 0 ? fragments[printed].Start : valuesStart, at, null, [.. fragments]));
                fragments.Clear();
            }

            valuesStart = -1;
        }

        void FlushText(int at)
        {
            if (textStart >= 0)
            {
                tokens.Add(new Token(TokenKind.Text, textStart, at, null, []));
                textStart = -1;
            }
        }

        // Empty lines of plain text before an atom join the run of values there as possible blanks (one run per place).
        void PossibleBlanks(int at)
        {
            // Inside stray text they are spacing: the text stays one token.
            var count = stream.EmptyLinesBefore(at);
            if (count == 0 || (textStart >= 0 && (at >= end || !IsValueChar(chars, at))))
            {
                return;
            }

            FlushText(at);
            FlushFragment();
            valuesStart = valuesStart < 0 ? at : valuesStart;
            for (var n = 0; n < count; n++)
            {
                fragments.Add(new Fragment(AtomStream.PossibleBlank.ToString(), at));
            }
        }

        var i = start;
        while (i < end)
        {
            if (i > start)
            {
                PossibleBlanks(i);
            }

            if (catalog.Match(chars, i, end) is { } match)
            {
                FlushValues(i);
                FlushText(i);
                tokens.Add(new Token(TokenKind.Label, i, i + match.Length, match.Entry, []));
                i += match.Length;
                continue;
            }

            if (IsLabelStart(stream, start, i, tokens) && catalog.MatchFuzzy(chars, i, end, at => IsLabelEnd(chars, at, end, catalog)) is { } fuzzy)
            {
                FlushValues(i);
                FlushText(i);
                var seen = chars.Substring(i, fuzzy.Length);
                tokens.Add(fuzzy.Tie is { } tie
                    ? new Token(TokenKind.AmbiguousLabel, i, i + fuzzy.Length, new LabelEntry(seen, [.. fuzzy.Entry.Meanings, .. tie.Meanings], fuzzy.Distance), [])
                    : new Token(TokenKind.Label, i, i + fuzzy.Length, fuzzy.Entry with { Normalized = seen, Distance = fuzzy.Distance }, []));
                i += fuzzy.Length;
                continue;
            }

            var c = chars[i];
            if (IsValueChar(chars, i))
            {
                FlushText(i);
                if (valuesStart < 0)
                {
                    valuesStart = i;
                }

                if (stream.BoundaryBefore(i) || c == AtomStream.BlankCell || (fragment.Length > 0 && fragment[^1] == AtomStream.BlankCell))
                {
                    FlushFragment();
                }

                if (fragment.Length == 0)
                {
                    fragmentStart = i;
                }

                fragment.Append(c);
            }
            else
            {
                FlushValues(i);
                if (textStart < 0)
                {
                    textStart = i;
                }
            }

            i++;
        }

        if (end > start)
        {
            PossibleBlanks(end);
        }

        FlushValues(end);
        FlushText(end);
        return tokens;
    }

    /// <summary>Whether a label may start here: at the region's start, after white space or a cell border, after a value, or right after a label.</summary>
    private static bool IsLabelStart(AtomStream stream, int start, int i, List<Token> tokens) =>
        i == start || stream.BoundaryBefore(i) || IsValueChar(stream.Chars, i - 1) || (tokens.Count > 0 && tokens[^1].Kind == TokenKind.Label && tokens[^1].End == i);

    /// <summary>Whether a label may end here: at the region's end, before a value, or before another label.</summary>
    private static bool IsLabelEnd(string chars, int at, int end, LabelCatalog catalog) =>
        at >= end || chars[at] is (>= '0' and <= '9') or '-' or '/' or AtomStream.BlankCell || catalog.Match(chars, at, end) is not null;

    private static bool IsValueChar(string chars, int i)
    {
        var c = chars[i];
        if (c is (>= '0' and <= '9') or '.' or ',' or '-' or '+' or '/' or AtomStream.BlankCell)
        {
            return true;
        }

        var previous = i > 0 ? chars[i - 1] : '\0';
        return c switch
        {
            '元' => previous is (>= '0' and <= '9') or '万',
            '万' => previous is >= '0' and <= '9' && i + 1 < chars.Length && chars[i + 1] == '元',
            _ => false,
        };
    }
}
