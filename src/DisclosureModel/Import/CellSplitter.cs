using System.Globalization;
using System.Text.RegularExpressions;

namespace DisclosureModel.Import;

internal enum SplitStatus
{
    /// <summary>One cell per fragment: nothing was split.</summary>
    Exact,

    /// <summary>Exactly one split exists.</summary>
    Unique,

    /// <summary>Several splits exist; exactly one satisfies the constraint.</summary>
    DecidedByConstraint,

    /// <summary>Exactly one split exists and it does not satisfy the constraint.</summary>
    UniqueUnbalanced,

    /// <summary>
    /// The values were separated but fewer than the cells, and the only way to fill the cells splits a separated number
    /// without a rule to confirm it (a lost cell, not digits run together): never taken.
    /// </summary>
    SplitsSeparatedNumber,

    /// <summary>Several splits satisfy the constraint (or there is none and several splits exist).</summary>
    Ambiguous,

    /// <summary>No split at all.</summary>
    Impossible,

    /// <summary>The search budget ran out.</summary>
    SearchLimit,
}

internal sealed record SplitOutcome(SplitStatus Status, CellValue[]? Values, IReadOnlyList<CellValue[]> Candidates, int CandidateCount, bool CandidatesBalanced)
{
    /// <summary>Gets how many empty lines of the run were read as blank cells (0 when none or when the cells are not read).</summary>
    internal int EmptyLinesRead { get; init; }

    /// <summary>Gets whether the candidates are readings of the run's empty lines (as blank cells or as spacing) that all fit the row.</summary>
    internal bool EmptyLinesAmbiguous { get; init; }
}

/// <summary>
/// Splits runs of digits that lost their cell borders back into cells, using the table structure (how many cells,
/// which may be signed or money, no leading zeros) and a constraint: the rule table's equations inside the run
/// (<see cref="SplitConstraint"/>), which chooses between several splits. Bounded: at most
/// <see cref="NodeBudget"/> search steps and <see cref="MaxDigits"/> digits per count.
/// </summary>
internal static partial class CellSplitter
{
    internal const int NodeBudget = 100_000;
    internal const int MaxDigits = 9;
    internal const int MaxCandidatesKept = 2_000;

    /// <summary>
    /// Splits a run into cells. A run with empty lines of plain text (<see cref="AtomStream.PossibleBlank"/>) has up to
    /// three readings (<see cref="EmptyLineReadings"/>); each is split, and the one that fits the row is taken.
    /// </summary>
    /// <param name="fragments">The run's fragments.</param>
    /// <param name="kinds">The kinds of the cells to fill.</param>
    /// <param name="constraint">The rule table's equations inside the run, or null.</param>
    /// <param name="paragraphSpaced">Whether the page has an empty line between every two lines (<see cref="AtomStream.ParagraphSpaced"/>): then a single empty line is never a blank cell.</param>
    internal static SplitOutcome Split(IReadOnlyList<Fragment> fragments, IReadOnlyList<CellKind> kinds, Func<CellValue[], bool>? constraint, bool paragraphSpaced = false)
    {
        if (!fragments.Any(f => f.IsPossibleBlank))
        {
            return SplitTexts([.. fragments.Select(f => f.Text)], kinds, constraint);
        }

        var readings = EmptyLineReadings(fragments, paragraphSpaced)
            .Select(r => (r.Texts, r.Blanks, Outcome: SplitTexts(r.Texts, kinds, constraint)))
            .ToList();

        // An exact reading (every printed value one cell, every blank an empty line) fits the row's shape as printed;
        // readings of different blank counts cannot both be exact, and a printed number is not cut (as without empty
        // lines, SplitStatus.SplitsSeparatedNumber).
        if (readings.FirstOrDefault(r => r.Outcome.Status == SplitStatus.Exact) is { Outcome: not null } exact)
        {
            return exact.Outcome with { EmptyLinesRead = exact.Blanks };
        }

        // No exact reading: every reading that gives cells or candidates fits; one value set, or the rule, decides.
        var fitting = readings.Where(r => r.Outcome.Values is not null || r.Outcome.Status == SplitStatus.Ambiguous).ToList();
        if (fitting.Count == 0)
        {
            return readings.FirstOrDefault(r => r.Outcome.Status == SplitStatus.SearchLimit).Outcome ?? readings[0].Outcome;
        }

        if (fitting.Count == 1)
        {
            return fitting[0].Outcome with { EmptyLinesRead = fitting[0].Outcome.Values is null ? 0 : fitting[0].Blanks };
        }

        var all = Distinct([.. fitting.SelectMany(r => r.Outcome.Values is { } v ? [v] : r.Outcome.Candidates)]);
        var complete = fitting.All(r => r.Outcome.Values is not null || r.Outcome.Candidates.Count == r.Outcome.CandidateCount);
        if (all.Count == 1 && complete)
        {
            var first = fitting.First(r => r.Outcome.Values is not null);
            return first.Outcome with { EmptyLinesRead = first.Blanks };
        }

        if (constraint is not null && complete)
        {
            var balanced = all.Where(constraint).ToList();
            if (balanced.Count == 1)
            {
                var from = fitting.First(r => (r.Outcome.Values is { } v ? [v] : r.Outcome.Candidates).Any(c => c.SequenceEqual(balanced[0])));
                return new(SplitStatus.DecidedByConstraint, balanced[0], balanced, 1, true) { EmptyLinesRead = from.Blanks };
            }
        }

        return new(SplitStatus.Ambiguous, null, all, all.Count, constraint is not null && all.All(constraint)) { EmptyLinesAmbiguous = true };
    }

    /// <summary>
    /// The readings of a run's empty lines, distinct: without them (the reading that fits a page with an empty line
    /// between every line when it has no blank cell); every empty line a blank cell (a table that printed 0 as an empty
    /// cell, copied out one cell per line; not on a paragraph-spaced page); and, when every run of empty lines is odd,
    /// paragraph spacing with blank cells (2n + 1 empty lines are n blank cells). Empty lines are in one run when
    /// nothing, not even a label, comes between them (they stand before the same atom).
    /// </summary>
    private static List<(string[] Texts, int Blanks)> EmptyLineReadings(IReadOnlyList<Fragment> fragments, bool paragraphSpaced)
    {
        var values = new List<string>();
        var every = new List<string>();
        var spaced = new List<string>();
        var spacedValid = true;
        var blanks = 0;
        var spacedBlanks = 0;
        var blank = AtomStream.BlankCell.ToString();
        for (var i = 0; i < fragments.Count;)
        {
            if (!fragments[i].IsPossibleBlank)
            {
                values.Add(fragments[i].Text);
                every.Add(fragments[i].Text);
                spaced.Add(fragments[i].Text);
                i++;
                continue;
            }

            var run = 1;
            while (i + run < fragments.Count && fragments[i + run].IsPossibleBlank && fragments[i + run].Start == fragments[i].Start)
            {
                run++;
            }

            every.AddRange(Enumerable.Repeat(blank, run));
            blanks += run;
            if (run % 2 == 1)
            {
                spaced.AddRange(Enumerable.Repeat(blank, run / 2));
                spacedBlanks += run / 2;
            }
            else
            {
                spacedValid = false;
            }

            i += run;
        }

        var readings = new List<(string[], int)> { ([.. values], 0) };
        if (!paragraphSpaced)
        {
            readings.Add(([.. every], blanks));
        }

        if (spacedValid && spacedBlanks > 0 && spacedBlanks < blanks)
        {
            readings.Add(([.. spaced], spacedBlanks));
        }

        return readings;
    }

    private static List<CellValue[]> Distinct(IEnumerable<CellValue[]> candidates)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<CellValue[]>();
        foreach (var candidate in candidates)
        {
            if (seen.Add(string.Join('\u0001', candidate.Select(v => v.ToString()))))
            {
                result.Add(candidate);
            }
        }

        return result;
    }

    private static SplitOutcome SplitTexts(string[] texts, IReadOnlyList<CellKind> kinds, Func<CellValue[], bool>? constraint)
    {
        var k = kinds.Count;
        var all = new List<CellValue[]>();
        var count = 0;

        // The splits that satisfy the constraint, collected as they are found: filtering the kept splits afterwards
        // would miss those beyond MaxCandidatesKept and present a partial list as complete.
        var balanced = new List<CellValue[]>();
        var balancedCount = 0;
        var nodes = 0;
        var limit = false;
        var current = new CellValue[k];

        // Cheap bound: no fragment can hold more cells than it has characters.
        if (texts.Length > k || texts.Sum(t => t.Count(c => c != ',')) > kinds.Sum(MaxLength))
        {
            return new(SplitStatus.Impossible, null, [], 0, false);
        }

        void Search(int cell, int frag, int pos)
        {
            if (limit)
            {
                return;
            }

            if (++nodes > NodeBudget)
            {
                limit = true;
                return;
            }

            if (frag == texts.Length)
            {
                if (cell == k)
                {
                    count++;
                    if (all.Count < MaxCandidatesKept)
                    {
                        all.Add((CellValue[])current.Clone());
                    }

                    if (constraint is not null && constraint(current) && ++balancedCount <= MaxCandidatesKept)
                    {
                        balanced.Add((CellValue[])current.Clone());
                    }
                }

                return;
            }

            var remainingCells = k - cell;
            if (remainingCells < texts.Length - frag)
            {
                return;
            }

            var text = texts[frag];
            if (pos == 0 && WholeFragment(text, kinds[cell]) is { } whole)
            {
                current[cell] = whole;
                Search(cell + 1, frag + 1, 0);
                return;
            }

            var longest = Math.Min(text.Length, pos + MaxLength(kinds[cell]));
            for (var e = pos + 1; e <= longest; e++)
            {
                if (ParsePiece(text.AsSpan(pos, e - pos), kinds[cell]) is not { } value)
                {
                    continue;
                }

                current[cell] = value;
                if (e == text.Length)
                {
                    Search(cell + 1, frag + 1, 0);
                }
                else if (cell + 1 < k)
                {
                    Search(cell + 1, frag, e);
                }
            }
        }

        Search(0, 0, 0);
        if (limit)
        {
            return new(SplitStatus.SearchLimit, null, [], count, false);
        }

        if (count == 0)
        {
            return new(SplitStatus.Impossible, null, [], 0, false);
        }

        if (count == 1)
        {
            var only = all[0];
            var exact = texts.Length == k;
            var confirmed = constraint is not null && constraint(only);
            if (exact || confirmed || (constraint is null && texts.Length == 1))
            {
                return new(exact ? SplitStatus.Exact : SplitStatus.Unique, only, all, 1, true);
            }

            // Separated values one short (71 3 0 0 0 0 for seven cells) have a unique split only by cutting a number
            // that was printed whole (7 1 3 0 0 0 0): a lost cell, not a run of digits. Without a rule that confirms
            // the split, it would be a wrong number.
            if (texts.Length > 1)
            {
                return new(SplitStatus.SplitsSeparatedNumber, null, all, 1, false);
            }

            return new(SplitStatus.UniqueUnbalanced, only, all, 1, false);
        }

        if (constraint is not null)
        {
            if (balancedCount == 1)
            {
                return new(SplitStatus.DecidedByConstraint, balanced[0], balanced, 1, true);
            }

            if (balancedCount > 1)
            {
                return new(SplitStatus.Ambiguous, null, balanced, balancedCount, true);
            }
        }

        return new(SplitStatus.Ambiguous, null, all, count, false);
    }

    private static int MaxLength(CellKind kind) => kind switch
    {
        CellKind.Count => MaxDigits,
        CellKind.SignedCount => MaxDigits + 1,
        _ => 18 + 1 + 6 + 2,
    };

    /// <summary>A fragment read as one cell whatever its length: a blank, a placeholder or a number with thousands separators.</summary>
    private static CellValue? WholeFragment(string text, CellKind kind)
    {
        if (text.Length == 1 && text[0] == AtomStream.BlankCell)
        {
            return CellValue.Blank;
        }

        if (text.All(c => c is '-' or '/'))
        {
            return CellValue.Blank;
        }

        if (text.Contains(',', StringComparison.Ordinal) && ThousandsPattern().IsMatch(text))
        {
            return ParsePiece(text.Replace(",", string.Empty, StringComparison.Ordinal), kind);
        }

        return null;
    }

    internal static CellValue? ParsePiece(ReadOnlySpan<char> piece, CellKind kind)
    {
        if (piece.IsEmpty)
        {
            return null;
        }

        MoneyUnit? unit = null;
        if (piece.EndsWith("万元", StringComparison.Ordinal))
        {
            unit = MoneyUnit.TenThousandYuan;
            piece = piece[..^2];
        }
        else if (piece.EndsWith("元", StringComparison.Ordinal))
        {
            unit = MoneyUnit.Yuan;
            piece = piece[..^1];
        }

        if (unit is not null && kind != CellKind.Amount)
        {
            return null;
        }

        var negative = false;
        if (kind == CellKind.SignedCount && piece.Length > 1 && piece[0] is '-' or '+')
        {
            negative = piece[0] == '-';
            piece = piece[1..];
        }

        var dot = piece.IndexOf('.');
        var integer = dot < 0 ? piece : piece[..dot];
        var fraction = dot < 0 ? [] : piece[(dot + 1)..];
        if (integer.IsEmpty || !IsDigits(integer) || (integer.Length > 1 && integer[0] == '0'))
        {
            return null;
        }

        if (kind == CellKind.Amount)
        {
            if (integer.Length > 18 || (dot >= 0 && (fraction.IsEmpty || fraction.Length > 6 || !IsDigits(fraction))))
            {
                return null;
            }

            return decimal.TryParse(piece, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
                ? new CellValue(amount, unit)
                : null;
        }

        if (dot >= 0 || integer.Length > MaxDigits)
        {
            return null;
        }

        var value = int.Parse(integer, NumberStyles.None, CultureInfo.InvariantCulture);
        return new CellValue(negative ? -value : value);
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^[-+]?\d{1,3}(,\d{3})+(\.\d+)?(元|万元)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsPattern();
}
