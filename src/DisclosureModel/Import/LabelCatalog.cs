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

/// <summary>A label the tokenizer can find: its normalised text and every meaning it has.</summary>
internal sealed record LabelEntry(string Normalized, IReadOnlyList<LabelMeaning> Meanings);

/// <summary>
/// The labels of one section, taken from the layout catalogs and normalised, with the tolerated variants of
/// docs/import.md, "Tolerated variants" (合计 for 总计, 决定处理数量 for 处理决定数量, the label before its parenthetical).
/// </summary>
internal sealed partial class LabelCatalog
{
    private readonly Dictionary<char, LabelEntry[]> byFirst;

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
    }

    internal bool MatchTitles { get; }

    internal static LabelCatalog Proactive { get; } = new(ProactiveLabels(), matchTitles: true);

    internal static LabelCatalog Applications { get; } = new(ApplicationLabels(), matchTitles: false);

    internal static LabelCatalog ReviewAndLitigation { get; } = new(CaseLabels(), matchTitles: false);

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

        // A tolerated variant: 决定处理数量 printed for 处理决定数量 (seed, 第（五）and 第（六）项).
        foreach (var column in ProactiveDisclosureLayout.GetTables(FormatEdition.Edition2019).SelectMany(t => t.Columns).Where(c => c.Label.Identifier == "decisions").Take(1))
        {
            var chinese = column.Label.Chinese;
            if (chinese.Length == 6)
            {
                yield return (string.Concat(chinese.AsSpan(2, 2), chinese.AsSpan(0, 2), chinese.AsSpan(4)), new LabelMeaning(LabelKind.ProactiveColumn, FormatEdition.Edition2019, column.Label, column, IsVariant: true));
            }
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
