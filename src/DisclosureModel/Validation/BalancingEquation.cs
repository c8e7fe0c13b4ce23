using System.Globalization;
using System.Text;

namespace DisclosureModel.Validation;

/// <summary>How a <see cref="BalancingEquation"/> compares its two sides.</summary>
public enum EquationRelation
{
    /// <summary>The left side equals the right side.</summary>
    Equal,

    /// <summary>The left side is at least the right side.</summary>
    GreaterThanOrEqual,
}

/// <summary>How a <see cref="BalancingEquation"/> treats blank cells (real reports leave cells blank; docs/rules.md gives each rule's policy).</summary>
public enum BlankCellPolicy
{
    /// <summary>Blank cells count as 0 (R1, R2, X1).</summary>
    CountAsZero,

    /// <summary>Not checked when the subject cell (a printed 总计) is blank; other blank cells count as 0 (R3, R4).</summary>
    SkipWhenSubjectBlank,

    /// <summary>Not checked when any cell is blank (R6, R7).</summary>
    SkipWhenAnyBlank,
}

/// <summary>One cell a balancing equation reads: its path from the report root and its row and column labels.</summary>
public sealed class CellReference
{
    internal CellReference(int index, string propertyPath, StatutoryLabel row, StatutoryLabel column)
    {
        Index = index;
        PropertyPath = propertyPath;
        Row = row;
        Column = column;
        RelativePath = propertyPath[(propertyPath.IndexOf('.', StringComparison.Ordinal) + 1)..];
    }

    /// <summary>Gets the path from the report root, e.g. <c>Applications.Outcomes.Withheld.StateSecret.NaturalPerson</c>.</summary>
    public string PropertyPath { get; }

    /// <summary>Gets the label of the cell's row.</summary>
    public StatutoryLabel Row { get; }

    /// <summary>Gets the label of the cell's column.</summary>
    public StatutoryLabel Column { get; }

    /// <summary>Gets the path from the table (the path without its first segment), e.g. <c>Outcomes.Total.Total</c>.</summary>
    internal string RelativePath { get; }

    /// <summary>Gets the cell's slot in its table's value sheet.</summary>
    internal int Index { get; }

    /// <inheritdoc/>
    public override string ToString() => PropertyPath;
}

/// <summary>One term of an equation side: a symbol such as <c>一</c> or <c>(三)</c> and the cells whose sum it is.</summary>
public sealed class EquationTerm
{
    internal EquationTerm(string symbol, params CellReference[] cells)
    {
        Symbol = symbol;
        CellArray = cells;
    }

    /// <summary>Gets the symbol printed in equations, e.g. <c>三(七)</c>.</summary>
    public string Symbol { get; }

    /// <summary>Gets the cells the term adds up (one cell, or the rows of a group such as （三）不予公开).</summary>
    public IReadOnlyList<CellReference> Cells => CellArray;

    internal CellReference[] CellArray { get; }

    /// <inheritdoc/>
    public override string ToString() => Symbol;
}

/// <summary>
/// One checked equation of the rule table (like an XBRL calculation arc): the sum of the left terms equals (or is at
/// least) the sum of the right terms. <see cref="BalancingRules"/> lists them all.
/// </summary>
/// <remarks>Immutable; the validators evaluate the equations in a loop without allocating.</remarks>
public sealed class BalancingEquation
{
    // The terms flattened to sheet slots, so that the check is two tight loops over int arrays.
    private readonly int[] leftSlots;
    private readonly int[] rightSlots;

    internal BalancingEquation(
        RuleDefinition rule,
        CellReference subject,
        StatutoryLabel context,
        EquationTerm[] left,
        EquationTerm[] right,
        EquationRelation relation,
        BlankCellPolicy blankCells)
    {
        Rule = rule;
        Subject = subject;
        Context = context;
        LeftTerms = left;
        RightTerms = right;
        Relation = relation;
        BlankCells = blankCells;
        leftSlots = [.. left.SelectMany(t => t.CellArray).Select(c => c.Index)];
        rightSlots = [.. right.SelectMany(t => t.CellArray).Select(c => c.Index)];
    }

    /// <summary>Gets the rule the equation belongs to.</summary>
    public RuleDefinition Rule { get; }

    /// <summary>Gets the cell a failure is reported on (its <c>PropertyName</c>).</summary>
    public CellReference Subject { get; }

    /// <summary>
    /// Gets the label that names where the equation applies in messages besides the subject's row: the column for
    /// Section 三 column rules, the sub-table title for Section 二 rules.
    /// </summary>
    public StatutoryLabel Context { get; }

    /// <summary>Gets the left side.</summary>
    public IReadOnlyList<EquationTerm> Left => LeftTerms;

    /// <summary>Gets the right side (empty means 0).</summary>
    public IReadOnlyList<EquationTerm> Right => RightTerms;

    /// <summary>Gets how the sides compare.</summary>
    public EquationRelation Relation { get; }

    /// <summary>Gets how blank cells are treated.</summary>
    public BlankCellPolicy BlankCells { get; }

    internal EquationTerm[] LeftTerms { get; }

    internal EquationTerm[] RightTerms { get; }

    /// <summary>Gets the equation in symbols, e.g. <c>一 + 二 = 三(七) + 四</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        AppendSymbols(builder, LeftTerms);
        builder.Append(Relation == EquationRelation.Equal ? " = " : " ≥ ");
        AppendSymbols(builder, RightTerms);
        return builder.ToString();
    }

    /// <summary>Checks the equation against a table's values. Allocation-free.</summary>
    /// <returns>True when the equation is violated.</returns>
    internal bool IsViolated(ReadOnlySpan<long> values, ReadOnlySpan<bool> present)
    {
        // Blank cells are looked at only as far as the policy needs (the validators' hot path).
        var checkedByPolicy = BlankCells switch
        {
            BlankCellPolicy.SkipWhenSubjectBlank => IsChecked(subjectBlank: !present[Subject.Index], anyBlank: false),
            BlankCellPolicy.SkipWhenAnyBlank => IsChecked(subjectBlank: false, anyBlank: AnyBlank(leftSlots, present) || AnyBlank(rightSlots, present)),
            _ => true,
        };
        return checkedByPolicy && !Holds(Sum(leftSlots, values), Sum(rightSlots, values));
    }

    /// <summary>
    /// Tells what unread cells do to the equation: nothing (it reads none), make it not assessable (it reads one and
    /// its policy would check it were the unread cells read), or nothing visible (its policy skips it anyway, because a
    /// cell printed blank skips it).
    /// </summary>
    /// <param name="present">Whether each slot holds a value.</param>
    /// <param name="unread">Whether each slot is unread; empty when no cell is.</param>
    /// <param name="notAssessable">Set to true when the equation reads an unread cell and would be checked were it read.</param>
    /// <returns>True when the equation reads an unread cell.</returns>
    internal bool ReadsUnread(ReadOnlySpan<bool> present, ReadOnlySpan<bool> unread, out bool notAssessable)
    {
        notAssessable = false;
        if (unread.IsEmpty || (!AnyOf(leftSlots, unread) && !AnyOf(rightSlots, unread)))
        {
            return false;
        }

        var subjectBlank = !present[Subject.Index] && !unread[Subject.Index];
        var anyBlank = AnyPrintedBlank(leftSlots, present, unread) || AnyPrintedBlank(rightSlots, present, unread);
        notAssessable = IsChecked(subjectBlank, anyBlank);
        return true;
    }

    /// <summary>Gets the slots of every cell the equation reads, left side first.</summary>
    internal IEnumerable<int> Slots => leftSlots.Concat(rightSlots);

    /// <summary>
    /// Tells whether the equation's <see cref="BlankCells"/> policy checks it, given whether its subject and whether any
    /// of its cells are blank: the one statement of the policies, for the validators and the importer's splitter.
    /// </summary>
    internal bool IsChecked(bool subjectBlank, bool anyBlank) => BlankCells switch
    {
        BlankCellPolicy.CountAsZero => true,
        BlankCellPolicy.SkipWhenSubjectBlank => !subjectBlank,
        BlankCellPolicy.SkipWhenAnyBlank => !anyBlank && !subjectBlank,
        _ => throw new InvalidOperationException($"The blank-cell policy {BlankCells} is not known."),
    };

    /// <summary>Tells whether the two sides' sums satisfy the equation's <see cref="Relation"/>.</summary>
    internal bool Holds(long left, long right) => Relation == EquationRelation.Equal ? left == right : left >= right;

    /// <summary>Tells whether the two sides' sums satisfy the equation's <see cref="Relation"/> (the importer's decimal cells).</summary>
    internal bool Holds(decimal left, decimal right) => Relation == EquationRelation.Equal ? left == right : left >= right;

    /// <summary>Writes the equation with its numbers, e.g. <c>一 + 二 = 3 + 1 = 4 ≠ 三(七) + 四 = 5 + 0 = 5</c>.</summary>
    internal string Describe(ReadOnlySpan<long> values, ReadOnlySpan<bool> present, out long left, out long right)
    {
        left = Sum(LeftTerms, values);
        right = Sum(RightTerms, values);
        var builder = new StringBuilder(96);
        AppendSide(builder, LeftTerms, values, present, left);
        builder.Append(Relation == EquationRelation.Equal ? " ≠ " : " < ");
        AppendSide(builder, RightTerms, values, present, right);
        return builder.ToString();
    }

    internal static long Sum(EquationTerm[] terms, ReadOnlySpan<long> values)
    {
        long sum = 0;
        foreach (var term in terms)
        {
            foreach (var cell in term.CellArray)
            {
                sum += values[cell.Index];
            }
        }

        return sum;
    }

    internal static void AppendSide(StringBuilder builder, EquationTerm[] terms, ReadOnlySpan<long> values, ReadOnlySpan<bool> present, long sum)
    {
        if (terms.Length == 0)
        {
            builder.Append('0');
            return;
        }

        AppendSymbols(builder, terms);
        builder.Append(" = ");
        for (var i = 0; i < terms.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(" + ");
            }

            long value = 0;
            var anyPresent = false;
            foreach (var cell in terms[i].CellArray)
            {
                value += values[cell.Index];
                anyPresent |= present[cell.Index];
            }

            builder.Append(anyPresent ? value.ToString(CultureInfo.InvariantCulture) : "_");
        }

        if (terms.Length > 1)
        {
            builder.Append(" = ").Append(sum.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void AppendSymbols(StringBuilder builder, EquationTerm[] terms)
    {
        if (terms.Length == 0)
        {
            builder.Append('0');
            return;
        }

        for (var i = 0; i < terms.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(" + ");
            }

            builder.Append(terms[i].Symbol);
        }
    }

    private static long Sum(int[] slots, ReadOnlySpan<long> values)
    {
        long sum = 0;
        foreach (var slot in slots)
        {
            sum += values[slot];
        }

        return sum;
    }

    private static bool AnyOf(int[] slots, ReadOnlySpan<bool> flags)
    {
        foreach (var slot in slots)
        {
            if (flags[slot])
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyPrintedBlank(int[] slots, ReadOnlySpan<bool> present, ReadOnlySpan<bool> unread)
    {
        foreach (var slot in slots)
        {
            if (!present[slot] && !unread[slot])
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyBlank(int[] slots, ReadOnlySpan<bool> present)
    {
        foreach (var slot in slots)
        {
            if (!present[slot])
            {
                return true;
            }
        }

        return false;
    }
}
