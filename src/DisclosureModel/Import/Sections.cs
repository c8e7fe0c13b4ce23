namespace DisclosureModel.Import;

/// <summary>A section heading found in the stream: which section (0 for 一 … 5 for 六), where it starts and ends.</summary>
internal readonly record struct SectionHeading(int Index, int Start, int End);

/// <summary>Finds the six section headings, tolerating variant wording (such as 四、政府信息公开行政法复议、行政诉讼情况) by a bounded similarity test.</summary>
internal static class Sections
{
    private static readonly string[] Titles = [.. ReportSectionsLayout.Titles.Select(t => AtomStream.Normalize(t.Chinese))];

    /// <summary>Finds each heading's first plausible occurrence; the result is ordered by position.</summary>
    internal static List<SectionHeading> Find(AtomStream stream)
    {
        var chars = stream.Chars;
        var found = new List<SectionHeading>();
        for (var s = 0; s < Titles.Length; s++)
        {
            var title = Titles[s];
            var numeral = title[..2];
            var from = 0;
            while (from < chars.Length)
            {
                var at = chars.IndexOf(numeral, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                if (Score(chars, at, title) is { } end)
                {
                    // The heading itself when it starts again inside the hit (a row label 四、结转… whose blank cells
                    // were empty lines, just before 四、政府信息公开…): the later start.
                    for (var later = chars.IndexOf(numeral, at + 1, StringComparison.Ordinal); later >= 0 && later < end; later = chars.IndexOf(numeral, at + 1, StringComparison.Ordinal))
                    {
                        if (Score(chars, later, title) is not { } laterEnd)
                        {
                            break;
                        }

                        (at, end) = (later, laterEnd);
                    }

                    found.Add(new SectionHeading(s, at, end));
                    break;
                }

                from = at + 1;
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// Tests whether the text at <paramref name="at"/> is the heading: the longest common subsequence of the title
    /// and a window of twice its length must cover 80% of the title, densely. Returns the end of the shortest prefix that
    /// reaches the best score.
    /// </summary>
    private static int? Score(string chars, int at, string title)
    {
        var window = Math.Min(title.Length * 2, chars.Length - at);
        var m = title.Length;
        var previous = new int[m + 1];
        var row = new int[m + 1];
        var best = 0;
        var bestEnd = at;
        for (var i = 1; i <= window; i++)
        {
            var c = chars[at + i - 1];
            for (var j = 1; j <= m; j++)
            {
                row[j] = c == title[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], row[j - 1]);
            }

            if (row[m] > best)
            {
                best = row[m];
                bestEnd = at + i;
            }

            (previous, row) = (row, previous);
        }

        // The heading must be dense: 80% of the title, in a span at most 1.6 times the matched length.
        return best * 5 >= m * 4 && (bestEnd - at) * 5 <= best * 8 ? bestEnd : null;
    }
}
