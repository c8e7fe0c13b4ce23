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
/// <param name="Diagnostic">The <see cref="ImportDiagnosticCode.AmbiguousSplit"/> error logged for the run, replaced when the run is settled.</param>
internal sealed record AmbiguousRun(IReadOnlyList<string> Paths, IReadOnlyList<CellValue[]> Candidates, int Atom, string Seen, string PropertyPath, string Label, ImportDiagnostic Diagnostic);

/// <summary>A run the <see cref="SpanningSolver"/> decided: its cells, the other ambiguous runs solved with it and the equations used.</summary>
/// <param name="Run">The run.</param>
/// <param name="Values">The chosen candidate.</param>
/// <param name="Others">The other ambiguous runs whose candidates were combined with this run's (none when it was decided alone).</param>
/// <param name="Equations">The equations that decided it.</param>
internal sealed record SpanningDecision(AmbiguousRun Run, CellValue[] Values, IReadOnlyList<AmbiguousRun> Others, IReadOnlyList<BalancingEquation> Equations);

/// <summary>What the <see cref="SpanningSolver"/> found: the runs decided, and the runs whose joint search ran out of budget.</summary>
internal sealed record SpanningResult(IReadOnlyList<SpanningDecision> Decisions, IReadOnlyList<AmbiguousRun> SearchLimited);

/// <summary>
/// Decides ambiguous runs by the equations that span several runs (in Section 三, R1 and R2 in each column), never by a
/// rule restated here. First each run alone, under the spanning equations all of whose other cells are known,
/// repeated while that decides runs (a decided run makes its cells known to the next). Then the whole table at once:
/// the runs still ambiguous, linked by the equations they share (every equation whose cells are known or belong to
/// such runs), are searched jointly by backtracking with bounds; a run is taken when every combination that makes all
/// those equations hold gives it the same candidate, so two ambiguous rows never block each other when the table has
/// one solution. Bounded by <see cref="NodeBudget"/> steps per table, deterministic, and never guesses.
/// </summary>
internal static class SpanningSolver
{
    /// <summary>The most search steps of the joint search of one table.</summary>
    internal const int NodeBudget = CellSplitter.NodeBudget;

    /// <summary>Decides what can be decided; decided runs are removed from <paramref name="pending"/> and recorded in <paramref name="sheet"/>.</summary>
    internal static SpanningResult Solve(IReadOnlyList<BalancingEquation> spanning, PartialSheet sheet, List<AmbiguousRun> pending) =>
        Solve(spanning, sheet, pending, NodeBudget);

    /// <summary>As <see cref="Solve(IReadOnlyList{BalancingEquation}, PartialSheet, List{AmbiguousRun})"/>, with a given budget (tests).</summary>
    internal static SpanningResult Solve(IReadOnlyList<BalancingEquation> spanning, PartialSheet sheet, List<AmbiguousRun> pending, int budget)
    {
        var decisions = new List<SpanningDecision>();
        var limited = new List<AmbiguousRun>();
        var cellsOf = spanning.ToDictionary(e => e, e => EquationEvaluator.CellsOf(e).Select(c => c.PropertyPath).Distinct(StringComparer.Ordinal).ToArray());

        // Each run alone, until nothing more is decided.
        for (var progress = true; progress;)
        {
            progress = false;
            foreach (var run in pending.ToList())
            {
                var own = run.Paths.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
                var equations = spanning.Where(e => cellsOf[e].Any(own.ContainsKey) && cellsOf[e].All(p => own.ContainsKey(p) || sheet.IsKnown(p))).ToList();
                if (equations.Count == 0)
                {
                    continue;
                }

                var fits = run.Candidates.Where(candidate => equations.All(e =>
                    EquationEvaluator.Evaluate(e, p => own.TryGetValue(p, out var i) ? candidate[i] : sheet.Get(p)) == EquationCheck.Holds)).Take(2).ToList();
                if (fits.Count == 1)
                {
                    sheet.Set(run.Paths, fits[0]);
                    pending.Remove(run);
                    decisions.Add(new SpanningDecision(run, fits[0], [], equations));
                    progress = true;
                }
            }
        }

        // The whole table: every equation whose cells are known or belong to an ambiguous run, runs linked by them.
        var owner = new Dictionary<string, (int Run, int Cell)>(StringComparer.Ordinal);
        for (var r = 0; r < pending.Count; r++)
        {
            for (var c = 0; c < pending[r].Paths.Count; c++)
            {
                owner[pending[r].Paths[c]] = (r, c);
            }
        }

        var usable = spanning.Where(e => cellsOf[e].Any(owner.ContainsKey) && cellsOf[e].All(p => owner.ContainsKey(p) || sheet.IsKnown(p))).ToList();
        var component = Enumerable.Range(0, pending.Count).ToArray();
        int Find(int r) => component[r] == r ? r : component[r] = Find(component[r]);
        foreach (var equation in usable)
        {
            var runs = cellsOf[equation].Where(owner.ContainsKey).Select(p => Find(owner[p].Run)).Distinct().ToList();
            foreach (var r in runs.Skip(1))
            {
                component[Find(r)] = Find(runs[0]);
            }
        }

        var remaining = budget;
        var decided = new List<AmbiguousRun>();
        foreach (var group in Enumerable.Range(0, pending.Count).GroupBy(Find).Select(g => g.ToList()))
        {
            var runs = group.Select(r => pending[r]).ToList();
            var paths = runs.SelectMany(r => r.Paths).ToHashSet(StringComparer.Ordinal);
            var equations = usable.Where(e => cellsOf[e].Any(paths.Contains)).ToList();
            if (runs.Count < 2 || equations.Count == 0)
            {
                continue;
            }

            var search = new JointSearch(runs, equations, sheet);
            var chosen = search.Run(ref remaining);
            if (chosen is null)
            {
                limited.AddRange(runs);
                continue;
            }

            for (var r = 0; r < runs.Count; r++)
            {
                if (chosen[r] >= 0)
                {
                    var values = runs[r].Candidates[chosen[r]];
                    sheet.Set(runs[r].Paths, values);
                    decided.Add(runs[r]);
                    decisions.Add(new SpanningDecision(runs[r], values, [.. runs.Where(o => o != runs[r])], equations));
                }
            }
        }

        foreach (var run in decided.Concat(limited))
        {
            pending.Remove(run);
        }

        return new SpanningResult(decisions, limited);
    }

    /// <summary>
    /// The joint search of one group of runs: backtracking over their candidates (fewest first), each equation checked
    /// as soon as all its runs are chosen and, for the equations that count blanks as 0, bounded before (the sums of
    /// the chosen and known cells and the least and greatest values the other runs' candidates can still add).
    /// </summary>
    private sealed class JointSearch
    {
        private readonly IReadOnlyList<AmbiguousRun> runs;
        private readonly IReadOnlyList<BalancingEquation> equations;
        private readonly PartialSheet sheet;
        private readonly Dictionary<string, (int Run, int Cell)> owner = new(StringComparer.Ordinal);
        private readonly int[][] runsOf;
        private readonly decimal[][] least;
        private readonly decimal[][] greatest;
        private readonly int[] order;
        private readonly int[] choice;
        private readonly int[] found;

        internal JointSearch(IReadOnlyList<AmbiguousRun> runs, IReadOnlyList<BalancingEquation> equations, PartialSheet sheet)
        {
            this.runs = runs;
            this.equations = equations;
            this.sheet = sheet;
            for (var r = 0; r < runs.Count; r++)
            {
                for (var c = 0; c < runs[r].Paths.Count; c++)
                {
                    owner[runs[r].Paths[c]] = (r, c);
                }
            }

            runsOf = [.. equations.Select(e => EquationEvaluator.CellsOf(e).Where(c => owner.ContainsKey(c.PropertyPath)).Select(c => owner[c.PropertyPath].Run).Distinct().ToArray())];
            least = [.. runs.Select(r => Enumerable.Range(0, r.Paths.Count).Select(c => r.Candidates.Min(v => v[c].Number ?? 0)).ToArray())];
            greatest = [.. runs.Select(r => Enumerable.Range(0, r.Paths.Count).Select(c => r.Candidates.Max(v => v[c].Number ?? 0)).ToArray())];
            order = [.. Enumerable.Range(0, runs.Count).OrderBy(r => runs[r].Candidates.Count).ThenBy(r => r)];
            choice = [.. runs.Select(_ => -1)];
            found = [.. runs.Select(_ => -1)];
        }

        /// <summary>Gets, per run, the candidate every solution gives it (-1: none, or several), or null when the budget ran out.</summary>
        internal int[]? Run(ref int budget)
        {
            var nodes = budget;
            var complete = Search(0, ref nodes);
            budget = Math.Max(nodes, 0);
            if (!complete)
            {
                return null;
            }

            return [.. found.Select(f => f >= 0 ? f : -1)];
        }

        /// <summary>Searches from a depth; false when the budget ran out. Stops early once no run can be decided any more.</summary>
        private bool Search(int depth, ref int nodes)
        {
            if (depth == runs.Count)
            {
                for (var r = 0; r < runs.Count; r++)
                {
                    found[r] = found[r] == -1 ? choice[r] : found[r] == choice[r] ? found[r] : -2;
                }

                return true;
            }

            var run = order[depth];
            for (var i = 0; i < runs[run].Candidates.Count; i++)
            {
                if (--nodes < 0)
                {
                    return false;
                }

                choice[run] = i;
                if (Consistent(run) && !Search(depth + 1, ref nodes))
                {
                    return false;
                }

                if (found.All(f => f == -2))
                {
                    break;
                }
            }

            choice[run] = -1;
            return true;
        }

        private CellValue? Cell(string path) =>
            owner.TryGetValue(path, out var at) ? (choice[at.Run] < 0 ? null : runs[at.Run].Candidates[choice[at.Run]][at.Cell]) : sheet.Get(path);

        /// <summary>Tests the equations the run just chosen takes part in: exactly when all their runs are chosen, else by bounds.</summary>
        private bool Consistent(int run)
        {
            for (var e = 0; e < equations.Count; e++)
            {
                if (!runsOf[e].Contains(run))
                {
                    continue;
                }

                var equation = equations[e];
                if (runsOf[e].All(r => choice[r] >= 0))
                {
                    if (EquationEvaluator.Evaluate(equation, Cell) != EquationCheck.Holds)
                    {
                        return false;
                    }
                }
                else if (equation.BlankCells == BlankCellPolicy.CountAsZero && !MayHold(equation))
                {
                    return false;
                }
            }

            return true;
        }

        private bool MayHold(BalancingEquation equation)
        {
            (decimal Low, decimal High) Side(IReadOnlyList<EquationTerm> terms)
            {
                decimal low = 0, high = 0;
                foreach (var reference in terms.SelectMany(t => t.Cells))
                {
                    if (owner.TryGetValue(reference.PropertyPath, out var at) && choice[at.Run] < 0)
                    {
                        low += least[at.Run][at.Cell];
                        high += greatest[at.Run][at.Cell];
                    }
                    else
                    {
                        var value = Cell(reference.PropertyPath)?.Number ?? 0;
                        low += value;
                        high += value;
                    }
                }

                return (low, high);
            }

            var left = Side(equation.Left);
            var right = Side(equation.Right);
            return equation.Relation == EquationRelation.Equal
                ? left.High >= right.Low && right.High >= left.Low
                : left.High >= right.Low;
        }
    }
}
