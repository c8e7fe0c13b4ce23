using System.Text.RegularExpressions;

namespace DisclosureModel.Import;

/// <summary>What a label found in a table means.</summary>
internal enum LabelKind
{
    TableTitle,
    InfoHeader,
    ProactiveColumn,
    ProactiveRow,
    ApplicationRow,
    ApplicationGroup,
    ApplicantColumn,
    ApplicantHeader,
    BalancingNote,
    CaseBlock,
    CaseColumn,
    LitigationGroup,
}

/// <summary>One meaning of a label: what it is, the edition it belongs to (null for both), and its statutory label.</summary>
internal sealed record LabelMeaning(LabelKind Kind, FormatEdition? Edition, StatutoryLabel Label, object? Key, bool IsVariant = false);

/// <summary>
/// A label the tokenizer can find: its normalised text and every meaning it has. A label read by the bounded fuzzy
/// match (<see cref="LabelCatalog.MatchFuzzy"/>) has the text seen on the page, the meanings of the statutory label it
/// was read as, and its edit <paramref name="Distance"/> from that label (0 for an exact match).
/// </summary>
internal sealed record LabelEntry(string Normalized, IReadOnlyList<LabelMeaning> Meanings, int Distance = 0);

/// <summary>
/// The outcome of a fuzzy match: the statutory label's entry, the length of the text read as it and the edit distance;
/// or, when two labels of different rows are equally close, both (<see cref="Tie"/>) and no match.
/// </summary>
internal readonly record struct FuzzyMatch(LabelEntry Entry, int Length, int Distance, LabelEntry? Tie);

/// <summary>
/// The labels of one section, taken from the layout catalogs and normalised, with the tolerated variants of
/// docs/import.md, "Tolerated variants" (合计 for 总计, 决定处理数量 for 处理决定数量, the label before its parenthetical).
/// </summary>
internal sealed partial class LabelCatalog
{
    private readonly Dictionary<char, LabelEntry[]> byFirst;

    /// <summary>The numbered labels (<c>2.其他法律行政法规禁止公开</c>) by their numbering prefix, for the fuzzy match.</summary>
    private readonly Dictionary<string, LabelEntry[]> numbered;

    private LabelCatalog(IEnumerable<(string Text, LabelMeaning Meaning)> labels, bool matchTitles)
    {
        MatchTitles = matchTitles;
        byFirst = labels
            .Select(l => (Text: AtomStream.Normalize(l.Text), l.Meaning))
            .Where(l => l.Text.Length > 0)
            .GroupBy(l => l.Text, StringComparer.Ordinal)
            .Select(g => new LabelEntry(g.Key, [.. g.Select(x => x.Meaning).Distinct()]))
            .GroupBy(e => e.Normalized[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Normalized.Length).ToArray());
        numbered = byFirst.Values
            .SelectMany(e => e)
            .Where(e => e.Meanings.All(m => !m.IsVariant) && NumberingPrefix(e.Normalized, 0, e.Normalized.Length) is > 0)
            .GroupBy(e => e.Normalized[..NumberingPrefix(e.Normalized, 0, e.Normalized.Length)!.Value], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    internal bool MatchTitles { get; }

    internal static LabelCatalog Proactive { get; } = new(ProactiveLabels(), matchTitles: true);

    internal static LabelCatalog Applications { get; } = new(ApplicationLabels(), matchTitles: false);

    internal static LabelCatalog ReviewAndLitigation { get; } = new(CaseLabels(), matchTitles: false);

    /// <summary>
    /// Gets the labels of all three tables in one catalogue: the whole page is tokenized with it, so that each table is
    /// found by its own labels wherever it stands, and a label of two tables (总计) is matched once with both meanings.
    /// </summary>
    internal static LabelCatalog All { get; } = new(ProactiveLabels().Concat(ApplicationLabels()).Concat(CaseLabels()), matchTitles: true);

    /// <summary>Creates a catalogue of the given labels (tests build small catalogues to show the fuzzy match's rules).</summary>
    internal static LabelCatalog Create(IEnumerable<(string Text, LabelMeaning Meaning)> labels) => new(labels, matchTitles: false);

    /// <summary>Gets the statutory table a label of this kind belongs to.</summary>
    internal static StatutoryTable TableOf(LabelKind kind) => kind switch
    {
        LabelKind.TableTitle or LabelKind.InfoHeader or LabelKind.ProactiveColumn or LabelKind.ProactiveRow => StatutoryTable.ProactiveDisclosure,
        LabelKind.ApplicationRow or LabelKind.ApplicationGroup or LabelKind.ApplicantColumn or LabelKind.ApplicantHeader or LabelKind.BalancingNote => StatutoryTable.Applications,
        _ => StatutoryTable.ReviewAndLitigation,
    };

    /// <summary>
    /// Tests whether normalised text (<see cref="AtomStream.Normalize"/>) is a label of any table section, or the
    /// beginning of one: how a front end tells the rest of a label broken over two table rows from a row of its own.
    /// </summary>
    internal static bool StartsAnyLabel(string normalized) =>
        normalized.Length > 0 && (Proactive.StartsLabel(normalized) || Applications.StartsLabel(normalized) || ReviewAndLitigation.StartsLabel(normalized));

    private bool StartsLabel(string normalized) =>
        byFirst.TryGetValue(normalized[0], out var entries) && entries.Any(e => e.Normalized.StartsWith(normalized, StringComparison.Ordinal));

    /// <summary>Finds the longest label starting at <paramref name="at"/> and ending by <paramref name="end"/>.</summary>
    internal (LabelEntry Entry, int Length)? Match(string chars, int at, int end)
    {
        if (MatchTitles && chars[at] == '第' && MatchTitle(chars, at, end) is { } title)
        {
            return title;
        }

        if (!byFirst.TryGetValue(chars[at], out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            var length = entry.Normalized.Length;
            if (at + length <= end && string.CompareOrdinal(chars, at, entry.Normalized, 0, length) == 0)
            {
                return (entry, length);
            }
        }

        return null;
    }

    /// <summary>
    /// The bounded fuzzy match of a numbered label (<c>2.</c>, <c>（三）</c>, <c>一、</c>) with a missing, extra or wrong
    /// character: at <paramref name="at"/> the stream has a numbering prefix that statutory labels share; the text after
    /// it, ending where <paramref name="isEnd"/> says a label may end (before a value or another label), is within
    /// <see cref="FuzzyBound"/> edits of one label's words. The closest label wins; two labels of different rows equally
    /// close give a <see cref="FuzzyMatch.Tie"/> and no match. Labels of fewer than four characters after the prefix
    /// (<c>3.其他</c>, <c>（七）总计</c>) are never matched fuzzily.
    /// </summary>
    internal FuzzyMatch? MatchFuzzy(string chars, int at, int end, Func<int, bool> isEnd)
    {
        if (NumberingPrefix(chars, at, end) is not { } prefix || !numbered.TryGetValue(chars.Substring(at, prefix), out var entries))
        {
            return null;
        }

        var bodyStart = at + prefix;
        (LabelEntry Entry, int Length, int Distance)? best = null;
        LabelEntry? tie = null;
        foreach (var entry in entries)
        {
            if (Closest(chars, bodyStart, end, entry.Normalized.AsSpan(prefix), isEnd) is not { } found)
            {
                continue;
            }

            if (best is null || found.Distance < best.Value.Distance)
            {
                best = (entry, prefix + found.Length, found.Distance);
                tie = null;
            }
            else if (found.Distance == best.Value.Distance && !SameRow(entry, best.Value.Entry))
            {
                tie = entry;
            }
        }

        return best is { } b ? new FuzzyMatch(b.Entry, b.Length, b.Distance, tie) : null;
    }

    /// <summary>Gets the most edits a label's words (after the numbering prefix) may differ by: a quarter of their length.</summary>
    internal static int FuzzyBound(int wordsLength) => wordsLength < 4 ? -1 : wordsLength / 4;

    /// <summary>Gets the length of the numbering prefix at <paramref name="at"/>: <c>12.</c>, <c>(三)</c> or <c>四、</c>.</summary>
    internal static int? NumberingPrefix(string chars, int at, int end)
    {
        const string numerals = "一二三四五六七八九十";
        var i = at;
        if (i < end && chars[i] is >= '0' and <= '9')
        {
            while (i < end && i - at < 2 && chars[i] is >= '0' and <= '9')
            {
                i++;
            }

            return i < end && chars[i] == '.' ? i + 1 - at : null;
        }

        if (i < end && chars[i] == '(')
        {
            i++;
            var n = i;
            while (i < end && i - n < 2 && numerals.Contains(chars[i], StringComparison.Ordinal))
            {
                i++;
            }

            return i > n && i < end && chars[i] == ')' ? i + 1 - at : null;
        }

        while (i < end && i - at < 2 && numerals.Contains(chars[i], StringComparison.Ordinal))
        {
            i++;
        }

        return i > at && i < end && chars[i] == '、' ? i + 1 - at : null;
    }

    private static bool SameRow(LabelEntry a, LabelEntry b) =>
        a.Meanings.Select(m => m.Label).Intersect(b.Meanings.Select(m => m.Label)).Any();

    /// <summary>
    /// Gets the shortest edit distance between <paramref name="words"/> and a text starting at <paramref name="start"/>
    /// that ends where a label may end, within the bound, with the length of that text (the one closest to the
    /// words' length on a tie); null when none is within the bound.
    /// </summary>
    private static (int Length, int Distance)? Closest(string chars, int start, int end, ReadOnlySpan<char> words, Func<int, bool> isEnd)
    {
        var n = words.Length;
        var bound = FuzzyBound(n);
        if (bound < 1)
        {
            return null;
        }

        var available = Math.Min(end - start, n + bound);
        Span<int> previous = stackalloc int[n + 1];
        Span<int> row = stackalloc int[n + 1];
        for (var j = 0; j <= n; j++)
        {
            previous[j] = j;
        }

        (int Length, int Distance)? best = null;
        for (var k = 1; k <= available; k++)
        {
            row[0] = k;
            var c = chars[start + k - 1];
            var least = row[0];
            for (var j = 1; j <= n; j++)
            {
                row[j] = Math.Min(Math.Min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + (c == words[j - 1] ? 0 : 1));
                least = Math.Min(least, row[j]);
            }

            if (row[n] <= bound && k >= n - bound && isEnd(start + k)
                && (best is null || row[n] < best.Value.Distance || (row[n] == best.Value.Distance && Math.Abs(k - n) < Math.Abs(best.Value.Length - n))))
            {
                best = (k, row[n]);
            }

            if (least > bound)
            {
                break;
            }

            var swap = previous;
            previous = row;
            row = swap;
        }

        return best;
    }

    private static (LabelEntry, int)? MatchTitle(string chars, int at, int end)
    {
        var match = TitlePattern().Match(chars, at, Math.Min(end - at, 24));
        if (!match.Success)
        {
            return null;
        }

        var item = match.Groups["item"].Value switch
        {
            "一" => Article20Item.Item1,
            "五" => Article20Item.Item5,
            "六" => Article20Item.Item6,
            "八" => Article20Item.Item8,
            _ => Article20Item.Item9,
        };
        var variant = match.Groups["article"].Value != "二十";
        var meanings = FormatEditions.All
            .SelectMany(e => ProactiveDisclosureLayout.GetTables(e))
            .Where(t => t.Item == item)
            .Select(t => new LabelMeaning(LabelKind.TableTitle, item == Article20Item.Item9 ? FormatEdition.Edition2019 : null, t.Title, item, variant))
            .Take(1)
            .ToArray();
        return (new LabelEntry(match.Value, meanings), match.Length);
    }

    [GeneratedRegex(@"\G第(?<article>[一二三四五六七八九十]{1,4})条第\((?<item>[一五六八九])\)项", RegexOptions.CultureInvariant)]
    private static partial Regex TitlePattern();

    private static IEnumerable<(string, LabelMeaning)> WithVariants(StatutoryLabel label, LabelKind kind, FormatEdition? edition, object? key)
    {
        yield return (label.Chinese, new LabelMeaning(kind, edition, label, key));
        if (label.Chinese.Contains("总计", StringComparison.Ordinal))
        {
            yield return (label.Chinese.Replace("总计", "合计", StringComparison.Ordinal), new LabelMeaning(kind, edition, label, key, IsVariant: true));
        }

        // Prefer the label before its parenthetical when the page prints only that or splits the parenthetical off.
        var paren = label.Chinese.Length > 3 ? label.Chinese.IndexOf('（', 3) : -1;
        if (paren > 0)
        {
            yield return (label.Chinese[..paren], new LabelMeaning(kind, edition, label, key));
        }
    }

    private static IEnumerable<(string, LabelMeaning)> ProactiveLabels()
    {
        yield return (ProactiveTableDefinition.RowHeader.Chinese, new LabelMeaning(LabelKind.InfoHeader, null, ProactiveTableDefinition.RowHeader, null));
        foreach (var edition in FormatEditions.All)
        {
            var tables = ProactiveDisclosureLayout.GetTables(edition);
            var sharedColumns = FormatEditions.All.Where(e => e != edition).SelectMany(e => ProactiveDisclosureLayout.GetTables(e)).SelectMany(t => t.Columns).Select(c => c.Label.Chinese).ToHashSet(StringComparer.Ordinal);
            var sharedRows = FormatEditions.All.Where(e => e != edition).SelectMany(e => ProactiveDisclosureLayout.GetTables(e)).SelectMany(t => t.Rows).Select(r => r.Chinese).ToHashSet(StringComparer.Ordinal);
            foreach (var table in tables)
            {
                foreach (var column in table.Columns)
                {
                    var only = sharedColumns.Contains(column.Label.Chinese) ? (FormatEdition?)null : edition;
                    foreach (var l in WithVariants(column.Label, LabelKind.ProactiveColumn, only, column))
                    {
                        yield return l;
                    }
                }

                foreach (var row in table.Rows)
                {
                    var only = sharedRows.Contains(row.Chinese) ? (FormatEdition?)null : edition;
                    yield return (row.Chinese, new LabelMeaning(LabelKind.ProactiveRow, only, row, row.Identifier));
                }
            }
        }

        // A tolerated variant: 决定处理 printed for 处理决定 in the decisions column of either edition (the seed's
        // 决定处理数量 for 处理决定数量; 本年决定处理数量 for the 2021 本年处理决定数量), one label per edition.
        foreach (var edition in new[] { FormatEdition.Edition2019, FormatEdition.Edition2021 })
        {
            var column = ProactiveDisclosureLayout.GetTables(edition).SelectMany(t => t.Columns).First(c => c.Label.Chinese.Contains("处理决定", StringComparison.Ordinal));
            yield return (column.Label.Chinese.Replace("处理决定", "决定处理", StringComparison.Ordinal), new LabelMeaning(LabelKind.ProactiveColumn, edition, column.Label, column, IsVariant: true));
        }
    }

    private static IEnumerable<(string, LabelMeaning)> ApplicationLabels()
    {
        foreach (var row in ApplicationsLayout.AllRows)
        {
            foreach (var l in WithVariants(row.Label, LabelKind.ApplicationRow, row.OnlyIn, row))
            {
                yield return l;
            }
        }

        foreach (var group in ApplicationsLayout.AllGroups)
        {
            yield return (group.Label.Chinese, new LabelMeaning(LabelKind.ApplicationGroup, group.OnlyIn, group.Label, group));
        }

        foreach (var column in ApplicantColumns.All)
        {
            foreach (var l in WithVariants(column.GetLabel(), LabelKind.ApplicantColumn, null, column))
            {
                yield return l;
            }
        }

        yield return (ApplicantColumns.HeaderLabel.Chinese, new LabelMeaning(LabelKind.ApplicantHeader, null, ApplicantColumns.HeaderLabel, null));
        yield return (ApplicantColumns.OrganizationGroupLabel.Chinese, new LabelMeaning(LabelKind.ApplicantHeader, null, ApplicantColumns.OrganizationGroupLabel, null));
        var note = new StatutoryLabel("balancingNote", ApplicationsLayout.BalancingNote, "Balancing note");
        yield return (note.Chinese, new LabelMeaning(LabelKind.BalancingNote, null, note, null));
    }

    private static IEnumerable<(string, LabelMeaning)> CaseLabels()
    {
        foreach (var block in ReviewAndLitigationLayout.Blocks)
        {
            yield return (block.GetLabel().Chinese, new LabelMeaning(LabelKind.CaseBlock, null, block.GetLabel(), block));
        }

        foreach (var column in ReviewAndLitigationLayout.Columns)
        {
            foreach (var l in WithVariants(column.GetLabel(), LabelKind.CaseColumn, null, column))
            {
                yield return l;
            }
        }

        yield return (ReviewAndLitigationLayout.LitigationGroupLabel.Chinese, new LabelMeaning(LabelKind.LitigationGroup, null, ReviewAndLitigationLayout.LitigationGroupLabel, null));
    }
}
