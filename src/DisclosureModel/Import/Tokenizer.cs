namespace DisclosureModel.Import;

internal enum TokenKind
{
    Label,
    Values,
    Text,
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

/// <summary>Cuts a region of the stream into labels (longest match first), runs of values and other text.</summary>
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
