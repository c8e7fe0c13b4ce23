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

internal sealed record SplitOutcome(SplitStatus Status, CellValue[]? Values, IReadOnlyList<CellValue[]> Candidates, int CandidateCount, bool CandidatesBalanced);

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

    internal static SplitOutcome Split(IReadOnlyList<Fragment> fragments, IReadOnlyList<CellKind> kinds, Func<CellValue[], bool>? constraint)
    {
        var k = kinds.Count;
        var texts = fragments.Select(f => f.Text).ToArray();
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
