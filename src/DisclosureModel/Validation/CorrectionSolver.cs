namespace DisclosureModel.Validation;

/// <summary>
/// Finds the smallest corrections of one table: the sets of cell changes that make every checked equation of the table
/// hold, with the fewest cells changed, then the smallest total change (sum of |change|). Counts stay whole and at
/// least 0; unread cells and printed-blank totals that R3/R4 skip are never changed.
/// </summary>
/// <remarks>
/// <para>
/// The equations are linear with coefficients +1 (left) and −1 (right), so for a chosen set of cells the changes are
/// the solution of a small linear system: the equations that read a chosen cell, each requiring the changes of its
/// chosen cells to cancel its residual (left − right). A set is worth solving only when every violated equation reads
/// a chosen cell and every holding equation that reads one reads at least two (a change that every other chosen cell
/// leaves alone would break it); the search branches on the cells of the first equation that falls short, so it is
/// complete up to <see cref="MaxCells"/> cells and visits a few thousand sets at most.
/// </para>
/// <para>
/// When the system leaves a chosen cell's change open (a free variable), the equations do not determine that
/// correction: it is not listed, and the result says that not every smallest correction is listed (the same as when
/// there are more than the bound). Inequalities (R6, R7 of Section 二) get no correction: a range of values fixes
/// them, no smallest set of changes is meaningful; a table that reads an unread cell gets none (its balancing rules are
/// not assessable).
/// </para>
/// </remarks>
internal static class CorrectionSolver
{
    /// <summary>The most cells a correction changes; a table that needs more gets no suggestion.</summary>
    internal const int MaxCells = 3;

    /// <summary>The most corrections listed; the result says when there are more.</summary>
    internal const int MaxCorrections = 5;

    // A guard against pathological tables: the search stops (no suggestion) after this many sets.
    private const int MaxSets = 200_000;

    /// <summary>Gets no correction.</summary>
    internal static CorrectionResult None { get; } = new(ValueList<Correction>.Empty, false);

    /// <summary>Finds the smallest corrections of a table's equations over its filled value sheet.</summary>
    /// <param name="equations">The equations of one table (from <see cref="BalancingRules"/>).</param>
    /// <param name="values">The value sheet.</param>
    /// <param name="present">Whether each slot holds a value.</param>
    /// <param name="unread">Whether each slot is unread; empty when no cell is.</param>
    /// <param name="maxCells">The most cells a correction changes.</param>
    /// <param name="maxCorrections">The most corrections listed.</param>
    /// <returns>The corrections, in a deterministic order (total change, then cells in catalogue order).</returns>
    internal static CorrectionResult Solve(
        IReadOnlyList<BalancingEquation> equations,
        ReadOnlySpan<long> values,
        ReadOnlySpan<bool> present,
        ReadOnlySpan<bool> unread,
        int maxCells = MaxCells,
        int maxCorrections = MaxCorrections)
    {
        var system = TableSystem.Create(equations, values, present, unread);
        if (system is null)
        {
            return None;
        }

        for (var size = 1; size <= maxCells; size++)
        {
            var search = new Search(system, size);
            if (!search.Run())
            {
                return None;
            }

            if (search.Solutions.Count == 0 && !search.Undetermined)
            {
                continue;
            }

            var best = search.Solutions.Count == 0 ? 0 : search.Solutions.Min(s => s.Cost);
            var minima = search.Solutions.Where(s => s.Cost == best).OrderBy(s => s, SolutionOrder.Instance).ToList();
            var listed = minima.Take(maxCorrections).Select(s => s.ToCorrection(system));
            return new(ValueList.CreateRange(listed), minima.Count > maxCorrections || search.Undetermined);
        }

        return None;
    }

    /// <summary>The checked equations of a table as a linear system over its changeable cells.</summary>
    private sealed class TableSystem
    {
        private TableSystem(CellReference[] cells, long[] cellValues, bool[] cellPresent, bool[] changeable, (int Cell, int Coefficient)[][] rows, long[] residuals, (int Row, int Coefficient)[][] cellRows)
        {
            Cells = cells;
            Values = cellValues;
            Present = cellPresent;
            Changeable = changeable;
            Rows = rows;
            Residuals = residuals;
            CellRows = cellRows;
        }

        /// <summary>Gets the cells, in catalogue order.</summary>
        public CellReference[] Cells { get; }

        /// <summary>Gets each cell's value (0 when blank).</summary>
        public long[] Values { get; }

        /// <summary>Gets whether each cell holds a value.</summary>
        public bool[] Present { get; }

        /// <summary>Gets whether each cell may change.</summary>
        public bool[] Changeable { get; }

        /// <summary>Gets each checked equation's cells with their coefficients.</summary>
        public (int Cell, int Coefficient)[][] Rows { get; }

        /// <summary>Gets each checked equation's residual, left − right.</summary>
        public long[] Residuals { get; }

        /// <summary>Gets the equations each cell is in, with its coefficient there.</summary>
        public (int Row, int Coefficient)[][] CellRows { get; }

        public static TableSystem? Create(IReadOnlyList<BalancingEquation> equations, ReadOnlySpan<long> values, ReadOnlySpan<bool> present, ReadOnlySpan<bool> unread)
        {
            var checkedEquations = new List<BalancingEquation>();
            var fixedSlots = new HashSet<int>();
            foreach (var equation in equations)
            {
                if (equation.Relation != EquationRelation.Equal || equation.ReadsUnread(present, unread, out _))
                {
                    return null;
                }

                var subjectBlank = !present[equation.Subject.Index];
                var anyBlank = false;
                foreach (var slot in equation.Slots)
                {
                    anyBlank |= !present[slot];
                }

                if (equation.IsChecked(subjectBlank, anyBlank))
                {
                    checkedEquations.Add(equation);
                }
                else if (subjectBlank)
                {
                    // A printed-blank total that R3/R4 skip stays blank: filling it would bring its equation in.
                    fixedSlots.Add(equation.Subject.Index);
                }
            }

            var cells = checkedEquations.SelectMany(e => e.LeftTerms.Concat(e.RightTerms)).SelectMany(t => t.CellArray).DistinctBy(c => c.Index).OrderBy(c => c.Index).ToArray();
            var slots = cells.Select(c => c.Index).ToArray();
            var cellOf = new Dictionary<int, int>(slots.Length);
            for (var i = 0; i < slots.Length; i++)
            {
                cellOf[slots[i]] = i;
            }

            var rows = new (int Cell, int Coefficient)[checkedEquations.Count][];
            var residuals = new long[checkedEquations.Count];
            var cellRows = slots.Select(_ => new List<(int Row, int Coefficient)>()).ToArray();
            for (var r = 0; r < rows.Length; r++)
            {
                var equation = checkedEquations[r];
                var row = new List<(int Cell, int Coefficient)>();
                long residual = 0;
                foreach (var (terms, coefficient) in (ReadOnlySpan<(EquationTerm[], int)>)[(equation.LeftTerms, 1), (equation.RightTerms, -1)])
                {
                    foreach (var term in terms)
                    {
                        foreach (var cell in term.CellArray)
                        {
                            var index = cellOf[cell.Index];
                            row.Add((index, coefficient));
                            cellRows[index].Add((r, coefficient));
                            residual += coefficient * (present[cell.Index] ? values[cell.Index] : 0);
                        }
                    }
                }

                rows[r] = [.. row];
                residuals[r] = residual;
            }

            if (residuals.All(r => r == 0))
            {
                return null;
            }

            var cellValues = new long[slots.Length];
            var cellPresent = new bool[slots.Length];
            for (var i = 0; i < slots.Length; i++)
            {
                cellPresent[i] = present[slots[i]];
                cellValues[i] = cellPresent[i] ? values[slots[i]] : 0;
            }

            return new(
                cells,
                cellValues,
                cellPresent,
                [.. slots.Select(s => !fixedSlots.Contains(s))],
                rows,
                residuals,
                [.. cellRows.Select(l => l.ToArray())]);
        }
    }

    /// <summary>One correction: the changed cells (indices into the system, ascending) and their changes.</summary>
    private sealed record Solution(int[] Cells, long[] Deltas, long Cost)
    {
        public Correction ToCorrection(TableSystem system) => new()
        {
            Changes = ValueList.CreateRange(Cells.Select((cell, i) =>
            {
                var definition = system.Cells[cell];
                return new CellChange
                {
                    PropertyPath = definition.PropertyPath,
                    RowLabel = definition.Row.Chinese,
                    ColumnLabel = definition.Column.Chinese,
                    From = system.Present[cell] ? system.Values[cell] : null,
                    To = system.Values[cell] + Deltas[i],
                };
            })),
        };
    }

    /// <summary>Orders corrections by total change, then by their cells in catalogue order, then by their new values.</summary>
    private sealed class SolutionOrder : IComparer<Solution>
    {
        public static SolutionOrder Instance { get; } = new();

        public int Compare(Solution? x, Solution? y)
        {
            var c = x!.Cost.CompareTo(y!.Cost);
            for (var i = 0; c == 0 && i < x.Cells.Length; i++)
            {
                c = x.Cells[i].CompareTo(y.Cells[i]);
            }

            for (var i = 0; c == 0 && i < x.Deltas.Length; i++)
            {
                c = x.Deltas[i].CompareTo(y.Deltas[i]);
            }

            return c;
        }
    }

    /// <summary>The search for the sets of exactly one size that correct the table.</summary>
    private sealed class Search(TableSystem system, int size)
    {
        private readonly HashSet<long> visited = [];
        private readonly List<int> chosen = [];
        private readonly int[] counts = new int[system.Rows.Length];
        private int sets;

        /// <summary>Gets the corrections found.</summary>
        public List<Solution> Solutions { get; } = [];

        /// <summary>Gets whether a set was found whose changes the equations leave open.</summary>
        public bool Undetermined { get; private set; }

        /// <summary>Searches; false when the search gave up (too many sets).</summary>
        public bool Run() => Visit();

        private bool Visit()
        {
            if (++sets > MaxSets)
            {
                return false;
            }

            if (!visited.Add(Key()))
            {
                return true;
            }

            var shortRow = FirstShortRow();
            if (shortRow >= 0)
            {
                return chosen.Count == size || Branch(system.Rows[shortRow].Select(c => c.Cell));
            }

            if (chosen.Count == size)
            {
                SolveChosen();
                return true;
            }

            // Every equation is served, but the set is too small (or its system has no good solution): any cell may join.
            return Branch(Enumerable.Range(0, system.Cells.Length));
        }

        private bool Branch(IEnumerable<int> cells)
        {
            foreach (var cell in cells)
            {
                if (!system.Changeable[cell] || chosen.Contains(cell))
                {
                    continue;
                }

                chosen.Add(cell);
                var ok = Visit();
                chosen.RemoveAt(chosen.Count - 1);
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Gets the first equation the chosen set cannot satisfy whatever the changes: a violated one that reads no
        /// chosen cell, or a holding one that reads exactly one (its change would break it); −1 when there is none.
        /// </summary>
        private int FirstShortRow()
        {
            Array.Clear(counts);
            foreach (var cell in chosen)
            {
                foreach (var (row, _) in system.CellRows[cell])
                {
                    counts[row]++;
                }
            }

            for (var r = 0; r < counts.Length; r++)
            {
                if (system.Residuals[r] != 0 ? counts[r] == 0 : counts[r] == 1)
                {
                    return r;
                }
            }

            return -1;
        }

        private long Key()
        {
            Span<int> cells = stackalloc int[chosen.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = chosen[i];
            }

            cells.Sort();
            long key = 0;
            foreach (var cell in cells)
            {
                key = (key << 20) | (uint)(cell + 1);
            }

            return key;
        }

        /// <summary>Solves the equations that read the chosen cells for their changes (Gauss–Jordan over whole numbers).</summary>
        private void SolveChosen()
        {
            var cells = chosen.Order().ToArray();
            var rows = new List<Int128[]>();
            for (var r = 0; r < counts.Length; r++)
            {
                if (counts[r] == 0)
                {
                    continue;
                }

                var line = new Int128[cells.Length + 1];
                foreach (var (cell, coefficient) in system.Rows[r])
                {
                    var column = Array.IndexOf(cells, cell);
                    if (column >= 0)
                    {
                        line[column] += coefficient;
                    }
                }

                line[cells.Length] = -system.Residuals[r];
                rows.Add(line);
            }

            var rank = 0;
            var pivots = new int[cells.Length];
            for (var column = 0; column < cells.Length; column++)
            {
                var pivot = rows.FindIndex(rank, l => l[column] != 0);
                if (pivot < 0)
                {
                    continue;
                }

                (rows[rank], rows[pivot]) = (rows[pivot], rows[rank]);
                var p = rows[rank];
                for (var i = 0; i < rows.Count; i++)
                {
                    if (i == rank || rows[i][column] == 0)
                    {
                        continue;
                    }

                    var factor = rows[i][column];
                    var line = rows[i];
                    for (var j = 0; j < line.Length; j++)
                    {
                        line[j] = (line[j] * p[column]) - (p[j] * factor);
                    }

                    Reduce(line);
                }

                pivots[rank++] = column;
            }

            for (var i = rank; i < rows.Count; i++)
            {
                if (rows[i][cells.Length] != 0)
                {
                    return;                                 // inconsistent: these cells cannot correct the table
                }
            }

            if (rank < cells.Length)
            {
                Undetermined = true;                        // the equations leave a change open
                return;
            }

            var deltas = new long[cells.Length];
            long cost = 0;
            for (var i = 0; i < rank; i++)
            {
                var column = pivots[i];
                var (quotient, remainder) = Int128.DivRem(rows[i][cells.Length], rows[i][column]);
                var to = system.Values[cells[column]] + quotient;
                if (remainder != 0 || quotient == 0 || to < 0 || to > int.MaxValue)
                {
                    return;                                 // not whole, not a change (a smaller set does it), or out of range
                }

                deltas[column] = (long)quotient;
                cost += (long)Int128.Abs(quotient);
            }

            Solutions.Add(new Solution(cells, deltas, cost));
        }

        private static void Reduce(Int128[] line)
        {
            Int128 gcd = 0;
            foreach (var value in line)
            {
                gcd = Gcd(gcd, Int128.Abs(value));
            }

            if (gcd > 1)
            {
                for (var j = 0; j < line.Length; j++)
                {
                    line[j] /= gcd;
                }
            }
        }

        private static Int128 Gcd(Int128 a, Int128 b)
        {
            while (b != 0)
            {
                (a, b) = (b, a % b);
            }

            return a;
        }
    }
}

/// <summary>The smallest corrections of a table, and whether there are more than those listed.</summary>
/// <param name="Corrections">The corrections listed (at most the bound).</param>
/// <param name="More">True when more smallest corrections exist than are listed, or the equations leave one open.</param>
internal sealed record CorrectionResult(ValueList<Correction> Corrections, bool More);
