using DisclosureModel.Validation;

namespace DisclosureModel.Import;

/// <summary>What evaluating a balancing equation over the cells known so far found.</summary>
internal enum EquationCheck
{
    /// <summary>Every cell is known and the equation holds.</summary>
    Holds,

    /// <summary>Every cell is known and the equation does not hold.</summary>
    Fails,

    /// <summary>Every cell is known but the equation's <see cref="BlankCellPolicy"/> does not check it (a blank 总计, a blank cell of R6/R7).</summary>
    NotChecked,

    /// <summary>A cell the equation reads is not known (its row was not read, or is itself undecided).</summary>
    Unknown,
}

/// <summary>
/// Evaluates the equations of <see cref="BalancingRules"/> over a partial sheet: cells looked up by
/// <see cref="CellReference.PropertyPath"/> (never by sheet slot), a blank cell being a known cell with no number. It
/// applies each equation's <see cref="BlankCellPolicy"/> and <see cref="EquationRelation"/> as the validators do.
/// </summary>
internal static class EquationEvaluator
{
    /// <summary>Gets every cell an equation reads: its terms' cells and its subject.</summary>
    internal static IEnumerable<CellReference> CellsOf(BalancingEquation equation) =>
        equation.Left.Concat(equation.Right).SelectMany(t => t.Cells).Append(equation.Subject);

    /// <summary>Evaluates an equation; <paramref name="cell"/> gives a cell's value by path, or null when it is unknown.</summary>
    internal static EquationCheck Evaluate(BalancingEquation equation, Func<string, CellValue?> cell)
    {
        if (cell(equation.Subject.PropertyPath) is not { } subject)
        {
            return EquationCheck.Unknown;
        }

        var anyBlank = false;
        decimal Side(IReadOnlyList<EquationTerm> terms, ref bool unknown)
        {
            decimal sum = 0;
            foreach (var term in terms)
            {
                foreach (var reference in term.Cells)
                {
                    if (cell(reference.PropertyPath) is not { } value)
                    {
                        unknown = true;
                        return 0;
                    }

                    anyBlank |= value.Number is null;
                    sum += value.Number ?? 0;
                }
            }

            return sum;
        }

        var unknown = false;
        var left = Side(equation.Left, ref unknown);
        var right = unknown ? 0 : Side(equation.Right, ref unknown);
        if (unknown)
        {
            return EquationCheck.Unknown;
        }

        // The policy and the relation are the validators' own (BalancingEquation), stated once.
        return !equation.IsChecked(subjectBlank: subject.Number is null, anyBlank: anyBlank) ? EquationCheck.NotChecked
            : equation.Holds(left, right) ? EquationCheck.Holds
            : EquationCheck.Fails;
    }
}

/// <summary>
/// The constraint on one run of cells being split (a Section 三 row, the fifteen cells of Section 四, a Section 二 row):
/// the equations of the rule table all of whose cells lie inside the run, found by property path. A candidate
/// satisfies it when every such equation is checked and holds; a rule that its blank-cell policy skips confirms
/// nothing. A new rule or edition in <see cref="BalancingRules"/> changes the constraint without a change here.
/// </summary>
internal sealed class SplitConstraint
{
    private readonly Dictionary<string, int> positions;

    /// <summary>Builds the constraint of the run whose cells have <paramref name="paths"/>, in cell order.</summary>
    /// <param name="paths">The property paths of the run's cells.</param>
    /// <param name="tableEquations">Every equation of the run's table and edition.</param>
    internal SplitConstraint(IReadOnlyList<string> paths, IReadOnlyList<BalancingEquation> tableEquations)
    {
        Paths = paths;
        positions = new Dictionary<string, int>(paths.Count, StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            positions[paths[i]] = i;
        }

        Equations = [.. tableEquations.Where(e => EquationEvaluator.CellsOf(e).All(c => positions.ContainsKey(c.PropertyPath)))];
    }

    /// <summary>Gets the property paths of the run's cells, in cell order.</summary>
    internal IReadOnlyList<string> Paths { get; }

    /// <summary>Gets the equations that lie wholly inside the run, in rule-table order.</summary>
    internal IReadOnlyList<BalancingEquation> Equations { get; }

    /// <summary>Gets the splitter's predicate, or null when no equation lies inside the run.</summary>
    internal Func<CellValue[], bool>? Predicate => Equations.Count == 0 ? null : IsSatisfiedBy;

    /// <summary>Tests whether every equation of the run is checked and holds for a candidate split.</summary>
    internal bool IsSatisfiedBy(CellValue[] candidate)
    {
        CellValue? Cell(string path) => positions.TryGetValue(path, out var i) ? candidate[i] : null;
        foreach (var equation in Equations)
        {
            if (EquationEvaluator.Evaluate(equation, Cell) != EquationCheck.Holds)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The cells of a table read so far, by property path. A path that is absent is unknown.</summary>
internal sealed class PartialSheet
{
    private readonly Dictionary<string, CellValue> cells = new(StringComparer.Ordinal);

    /// <summary>Records the cells of a run.</summary>
    internal void Set(IReadOnlyList<string> paths, IReadOnlyList<CellValue> values)
    {
        for (var i = 0; i < paths.Count; i++)
        {
            cells[paths[i]] = values[i];
        }
    }

    /// <summary>Tests whether a cell is known.</summary>
    internal bool IsKnown(string path) => cells.ContainsKey(path);

    /// <summary>Gets a known cell's value, or null when it is unknown.</summary>
    internal CellValue? Get(string path) => cells.TryGetValue(path, out var value) ? value : null;
}

/// <summary>A run whose split stayed ambiguous under its own constraint: its cells' paths and its candidates.</summary>
/// <param name="Paths">The property paths of the run's cells, in cell order.</param>
/// <param name="Candidates">Every candidate split (all of them, not a sample).</param>
/// <param name="Atom">Where the run starts in the stream.</param>
/// <param name="Seen">The run as printed.</param>
/// <param name="PropertyPath">The path of the run's row, e.g. <c>Applications.Outcomes.Disclosed</c>.</param>
/// <param name="Label">The row's Chinese label.</param>
internal sealed record AmbiguousRun(IReadOnlyList<string> Paths, IReadOnlyList<CellValue[]> Candidates, int Atom, string Seen, string PropertyPath, string Label);

/// <summary>A decision of the <see cref="SpanningSolver"/>: the runs decided together (one for a single run) and their cells.</summary>
/// <param name="Runs">The runs, in page order.</param>
/// <param name="Values">The chosen candidate of each run.</param>
/// <param name="Equations">The equations that decided them (every equation the runs take part in).</param>
internal sealed record SpanningDecision(IReadOnlyList<AmbiguousRun> Runs, IReadOnlyList<CellValue[]> Values, IReadOnlyList<BalancingEquation> Equations);

/// <summary>
/// Decides ambiguous runs by the equations that span several runs (in Section 三, R1 and R2 in each column) once every
/// other cell those equations read is known. First each run alone, in page order, under every spanning equation it
/// takes part in; then each group of ambiguous runs linked by shared equations, jointly: a combination of candidates
/// is taken only if it is the only one that makes every equation of the group hold. Never guesses.
/// </summary>
internal static class SpanningSolver
{
    /// <summary>The most combinations of candidates tried for one group.</summary>
    internal const int CombinationLimit = 100_000;

    /// <summary>Decides what can be decided; decided runs are removed from <paramref name="pending"/> and recorded in <paramref name="sheet"/>.</summary>
    internal static List<SpanningDecision> Solve(IReadOnlyList<BalancingEquation> spanning, PartialSheet sheet, List<AmbiguousRun> pending)
    {
        var decisions = new List<SpanningDecision>();
        var cellsOf = spanning.ToDictionary(e => e, e => EquationEvaluator.CellsOf(e).Select(c => c.PropertyPath).ToArray());
        IReadOnlyList<BalancingEquation> Involving(IEnumerable<AmbiguousRun> runs)
        {
            var paths = runs.SelectMany(r => r.Paths).ToHashSet(StringComparer.Ordinal);
            return [.. spanning.Where(e => cellsOf[e].Any(paths.Contains))];
        }

        // Each run alone: every equation it takes part in must have all its other cells known.
        foreach (var run in pending.ToList())
        {
            if (Decide([run], Involving([run])) is { } decision)
            {
                decisions.Add(decision);
                pending.Remove(run);
            }
        }

        // Groups of runs linked by equations, jointly.
        foreach (var group in Groups(pending, Involving))
        {
            if (group.Count > 1 && Decide(group, Involving(group)) is { } decision)
            {
                decisions.Add(decision);
                foreach (var run in group)
                {
                    pending.Remove(run);
                }
            }
        }

        return decisions;

        SpanningDecision? Decide(IReadOnlyList<AmbiguousRun> runs, IReadOnlyList<BalancingEquation> equations)
        {
            var own = new Dictionary<string, (int Run, int Cell)>(StringComparer.Ordinal);
            for (var r = 0; r < runs.Count; r++)
            {
                for (var c = 0; c < runs[r].Paths.Count; c++)
                {
                    own[runs[r].Paths[c]] = (r, c);
                }
            }

            if (equations.Count == 0 || equations.Any(e => cellsOf[e].Any(p => !own.ContainsKey(p) && !sheet.IsKnown(p))))
            {
                return null;
            }

            long combinations = 1;
            foreach (var run in runs)
            {
                combinations *= run.Candidates.Count;
                if (combinations > CombinationLimit)
                {
                    return null;
                }
            }

            var choice = new int[runs.Count];
            CellValue? Cell(string path) => own.TryGetValue(path, out var at) ? runs[at.Run].Candidates[choice[at.Run]][at.Cell] : sheet.Get(path);
            int[]? found = null;
            while (true)
            {
                if (equations.All(e => EquationEvaluator.Evaluate(e, Cell) == EquationCheck.Holds))
                {
                    if (found is not null)
                    {
                        return null;
                    }

                    found = (int[])choice.Clone();
                }

                // Next combination (odometer).
                var i = 0;
                while (i < runs.Count && ++choice[i] == runs[i].Candidates.Count)
                {
                    choice[i++] = 0;
                }

                if (i == runs.Count)
                {
                    break;
                }
            }

            if (found is null)
            {
                return null;
            }

            var values = runs.Select((run, r) => run.Candidates[found[r]]).ToArray();
            for (var r = 0; r < runs.Count; r++)
            {
                sheet.Set(runs[r].Paths, values[r]);
            }

            return new SpanningDecision(runs, values, equations);
        }
    }

    /// <summary>Splits the runs into groups linked (directly or through others) by an equation they both take part in; page order is kept.</summary>
    private static List<List<AmbiguousRun>> Groups(List<AmbiguousRun> runs, Func<IEnumerable<AmbiguousRun>, IReadOnlyList<BalancingEquation>> involving)
    {
        var equationsOf = runs.ToDictionary(r => r, r => involving([r]).ToHashSet());
        var groups = new List<List<AmbiguousRun>>();
        var assigned = new HashSet<AmbiguousRun>();
        foreach (var start in runs)
        {
            if (!assigned.Add(start))
            {
                continue;
            }

            var group = new List<AmbiguousRun> { start };
            for (var i = 0; i < group.Count; i++)
            {
                foreach (var other in runs)
                {
                    if (!assigned.Contains(other) && equationsOf[group[i]].Overlaps(equationsOf[other]))
                    {
                        assigned.Add(other);
                        group.Add(other);
                    }
                }
            }

            group.Sort((a, b) => runs.IndexOf(a).CompareTo(runs.IndexOf(b)));
            groups.Add(group);
        }

        return groups;
    }
}
