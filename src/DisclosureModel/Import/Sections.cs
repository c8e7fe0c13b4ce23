namespace DisclosureModel.Import;

/// <summary>A section heading found in the stream: which section (0 for 一 … 5 for 六), where it starts and ends.</summary>
internal readonly record struct SectionHeading(int Index, int Start, int End);

/// <summary>
/// Finds the six section headings: a numbered heading (<c>一、</c> … <c>十、</c>, whatever its numeral) whose words are
/// close to one of the six titles of <see cref="ReportSectionsLayout.Titles"/>, so that variants such as
/// <c>五、存在的主要问题及整改措施</c> or <c>四、政府信息公开行政法复议、行政诉讼情况</c> and renumbered sections are found,
/// and ordinary sentences are not.
/// </summary>
/// <remarks>
/// The test: at a numeral followed by <c>、</c>, standing at the start of a line, cell or sentence, the longest common
/// subsequence L of the title's words (without its numeral) and a prefix of the text of length n must give a Dice
/// similarity 2L / (n + m) of at least 0.75 (m the length of the title's words) and cover at least 60% of the title;
/// the heading ends where that similarity is highest. The best-scoring section wins; of a section's headings the most
/// similar is kept (the first on a tie), so that a numbered sentence near a title (二、政府信息管理情况) does not take the
/// place of the section's real heading. Section headings bound the narrative sections and the tables (a table never runs over a heading), but the
/// tables themselves are found by their labels (<see cref="TableExtents"/>).
/// </remarks>
internal static class Sections
{
    private const string Numerals = "一二三四五六七八九十";

    /// <summary>The least Dice similarity of a heading's words and a title's.</summary>
    private const double Threshold = 0.75 - 1e-9;

    /// <summary>The titles' words without their numeral and <c>、</c>, normalised.</summary>
    private static readonly string[] Words = [.. ReportSectionsLayout.Titles.Select(t => AtomStream.Normalize(t.Chinese)[2..])];

    /// <summary>Finds each section's first heading; the result is ordered by position.</summary>
    internal static List<SectionHeading> Find(AtomStream stream)
    {
        var chars = stream.Chars;
        var found = new (SectionHeading Heading, double Score)?[Words.Length];
        var from = 0;
        while (from < chars.Length)
        {
            var at = chars.IndexOf('、', from);
            if (at < 0)
            {
                break;
            }

            from = at + 1;
            if (NumeralStart(stream, at) is not { } start || Best(stream, at + 1) is not { } best)
            {
                continue;
            }

            // Every numbered start is tried, also inside a hit: a row label 四、结转下年度继续办理 whose blank cells were empty
            // lines stands just before the heading 四、政府信息公开…, and the heading scores higher than the hit through it.
            if (found[best.Index] is not { } kept || best.Score > kept.Score)
            {
                found[best.Index] = (new SectionHeading(best.Index, start, best.End), best.Score);
            }
        }

        var list = found.OfType<(SectionHeading Heading, double Score)>().Select(f => f.Heading).ToList();
        list.Sort((a, b) => a.Start.CompareTo(b.Start));
        return list;
    }

    /// <summary>
    /// Gets the start of the numeral before the <c>、</c> at <paramref name="comma"/> (one to three of 一 … 十) when it
    /// stands at the start of a line, cell or sentence (after white space, a value, or punctuation), otherwise null.
    /// </summary>
    private static int? NumeralStart(AtomStream stream, int comma)
    {
        var chars = stream.Chars;
        var start = comma;
        while (start > 0 && comma - start < 3 && Numerals.Contains(chars[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        if (start == comma)
        {
            return null;
        }

        if (start == 0 || stream.BoundaryBefore(start))
        {
            return start;
        }

        // Inside a line: only after something that ends a sentence or a cell's value, never inside a phrase (统一、规范).
        var previous = chars[start - 1];
        return previous is (>= '0' and <= '9') or '.' or '元' or '。' or ';' or ':' or ')' or '!' or '?' or AtomStream.BlankCell ? start : null;
    }

    /// <summary>Gets the section whose title the text at <paramref name="at"/> resembles most, and where its heading ends.</summary>
    private static (int Index, int End, double Score)? Best(AtomStream stream, int at)
    {
        (int Index, int End, double Score)? best = null;
        for (var s = 0; s < Words.Length; s++)
        {
            if (Score(stream, at, Words[s]) is { } scored && (best is null || scored.Score > best.Value.Score))
            {
                best = (s, scored.End, scored.Score);
            }
        }

        return best;
    }

    /// <summary>Whether a heading may end before this atom: the end, white space or a border, a value or punctuation, or a table's label.</summary>
    private static bool EndsHeading(AtomStream stream, int atom) =>
        atom >= stream.Length || stream.BoundaryBefore(atom) || !char.IsLetter(stream.Chars[atom]) || LabelCatalog.All.Match(stream.Chars, atom, stream.Length) is not null;

    /// <summary>
    /// Scores the text at <paramref name="at"/> against a title's words: the best Dice similarity over the prefixes of
    /// a window of twice the title's length, and the end of the shortest prefix reaching it; null below the threshold.
    /// </summary>
    private static (int End, double Score)? Score(AtomStream stream, int at, string title)
    {
        var chars = stream.Chars;
        var window = Math.Min(title.Length * 2, chars.Length - at);
        var m = title.Length;
        var previous = new int[m + 1];
        var row = new int[m + 1];
        var bestScore = 0.0;
        var bestEnd = at;
        var bestCommon = 0;
        for (var i = 1; i <= window; i++)
        {
            var c = chars[at + i - 1];
            row[0] = 0;
            for (var j = 1; j <= m; j++)
            {
                row[j] = c == title[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], row[j - 1]);
            }

            var score = 2.0 * row[m] / (i + m);
            if (score > bestScore)
            {
                bestScore = score;
                bestEnd = at + i;
                bestCommon = row[m];
            }

            (previous, row) = (row, previous);
        }

        if (bestScore < Threshold || bestCommon * 5 < m * 3)
        {
            return null;
        }

        // The heading's last words may differ (整改措施 for 改进情况): take up to four more letters when they end the
        // heading (white space, a number or punctuation follows, not a table's label) and the similarity holds.
        var end = bestEnd;
        while (end < chars.Length && end - bestEnd < 4 && !EndsHeading(stream, end))
        {
            end++;
        }

        var ends = EndsHeading(stream, end);
        return end > bestEnd && ends && 2.0 * bestCommon / (end - at + m) >= Threshold ? (end, bestScore) : (bestEnd, bestScore);
    }
}
