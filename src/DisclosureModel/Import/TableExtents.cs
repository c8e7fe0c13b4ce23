namespace DisclosureModel.Import;

/// <summary>Where a statutory table stands in the stream, found by its labels, and its tokens (only its own labels).</summary>
internal sealed record TableExtent(StatutoryTable Table, int Start, int End, List<Token> Tokens);

/// <summary>
/// Finds each statutory table by its own labels, wherever it stands and whatever heading it is under. The page is
/// tokenized with every table's labels at once (<see cref="LabelCatalog.All"/>), section headings being barriers; the
/// labels are grouped into runs of one table (consecutive labels of the same table with at most
/// <see cref="MaxTextGap"/> characters of other text between them, and no text after the values that follow a label:
/// a sentence after a row's numbers starts the narrative); a run counts as the table only with a label a
/// sentence does not use (a sub-table title or column header of Section 二, or three of its rows; a row, group or
/// header of Section 三; a result column or litigation block of Section 四). The run with the most labels is the
/// table; for Sections 二 and 三, whose values follow their row labels, further qualifying runs of the same table in
/// the same stretch are joined to it when no other table stands between. A table ends with the values right after its
/// last label, so that it never takes the numbers of the narrative after it or of the next section.
/// </summary>
internal static class TableExtents
{
    /// <summary>The most characters of text (not labels, not values) between two labels of one table.</summary>
    internal const int MaxTextGap = 40;

    private static readonly StatutoryTable[] Tables = [StatutoryTable.ProactiveDisclosure, StatutoryTable.Applications, StatutoryTable.ReviewAndLitigation];

    /// <summary>
    /// Finds the three tables in the tokens of the stretches between section headings; a table not found is null.
    /// The result is indexed 0 for Section 二, 1 for 三, 2 for 四.
    /// </summary>
    internal static TableExtent?[] Find(AtomStream stream, IReadOnlyList<List<Token>> stretches)
    {
        var runs = new List<Run>();
        for (var s = 0; s < stretches.Count; s++)
        {
            runs.AddRange(Runs(stream, stretches[s], s));
        }

        var result = new TableExtent?[Tables.Length];
        for (var t = 0; t < Tables.Length; t++)
        {
            var table = Tables[t];
            var candidates = runs.Where(r => r.Table == table && Qualifies(stream, table, stretches[r.Stretch], r)).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var best = candidates.OrderByDescending(r => r.Score(stretches[r.Stretch], table)).First();
            var first = best;
            var last = best;
            if (table != StatutoryTable.ReviewAndLitigation)
            {
                var index = runs.IndexOf(best);
                for (var i = index - 1; i >= 0 && runs[i].Stretch == best.Stretch && Joinable(stream, runs[i], table, stretches); i--)
                {
                    first = runs[i].Table == table && candidates.Contains(runs[i]) ? runs[i] : first;
                }

                for (var i = index + 1; i < runs.Count && runs[i].Stretch == best.Stretch && Joinable(stream, runs[i], table, stretches); i++)
                {
                    last = runs[i].Table == table && candidates.Contains(runs[i]) ? runs[i] : last;
                }
            }

            var tokens = stretches[best.Stretch];
            var end = last.LastLabel;
            if (end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Values)
            {
                end++;
            }

            var own = new List<Token>();
            for (var i = first.FirstLabel; i < end; i++)
            {
                own.Add(Restrict(tokens[i], table));
            }

            own.Add(Restrict(TrimNarrative(stream, tokens, end), table));
            result[t] = new TableExtent(table, tokens[first.FirstLabel].Start, own[^1].End, own);
        }

        return result;
    }

    /// <summary>Gets the tables a label token belongs to.</summary>
    internal static IEnumerable<StatutoryTable> TablesOf(Token token) =>
        token.Label is { } label ? label.Meanings.Select(m => LabelCatalog.TableOf(m.Kind)).Distinct() : [];

    /// <summary>A run of a table's labels: the first and last label token (indexes in the stretch) and the table, or null when its labels belong to several tables alike.</summary>
    private sealed record Run(int Stretch, int FirstLabel, int LastLabel, StatutoryTable? Table)
    {
        internal int Score(List<Token> tokens, StatutoryTable table) =>
            tokens.Skip(FirstLabel).Take(LastLabel - FirstLabel + 1).Where(t => t.Kind == TokenKind.Label && TablesOf(t).Contains(table)).Select(t => t.Label!.Normalized).Distinct(StringComparer.Ordinal).Count();
    }

    private static IEnumerable<Run> Runs(AtomStream stream, List<Token> tokens, int stretch)
    {
        var first = -1;
        var last = -1;
        HashSet<StatutoryTable>? tables = null;
        var gap = 0;
        var values = false;
        var textAfterValues = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Text)
            {
                gap += token.End - token.Start;
                textAfterValues += values ? Words(stream, token) : 0;
                continue;
            }

            if (token.Kind == TokenKind.Values)
            {
                values = true;
                continue;
            }

            var of = TablesOf(token).ToHashSet();
            var continues = gap <= MaxTextGap && textAfterValues == 0;
            gap = 0;
            values = false;
            textAfterValues = 0;
            if (tables is not null && continues && tables.Overlaps(of))
            {
                tables.IntersectWith(of);
                last = i;
                continue;
            }

            if (tables is not null)
            {
                yield return new Run(stretch, first, last, tables.Count == 1 ? tables.Single() : null);
            }

            tables = of;
            first = last = i;
        }

        if (tables is not null)
        {
            yield return new Run(stretch, first, last, tables.Count == 1 ? tables.Single() : null);
        }
    }

    /// <summary>Whether a run has a label of its table that an ordinary sentence does not use (exact, not a fuzzy reading).</summary>
    private static bool Qualifies(AtomStream stream, StatutoryTable table, List<Token> tokens, Run run)
    {
        // A row label counts only with the numbers of a table after it, not glued to a sentence (规章2件, 2.重复申请的…5件).
        var labels = Enumerable.Range(run.FirstLabel, run.LastLabel - run.FirstLabel + 1)
            .Where(i => tokens[i].Kind == TokenKind.Label && tokens[i].Label!.Distance == 0)
            .SelectMany(i => tokens[i].Label!.Meanings.Where(m => m.Kind is not (LabelKind.ProactiveRow or LabelKind.ApplicationRow)
                || (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Values && !Glued(stream, tokens, i + 2))))
            .Where(m => LabelCatalog.TableOf(m.Kind) == table)
            .ToList();
        return table switch
        {
            StatutoryTable.ProactiveDisclosure => labels.Any(m => m.Kind is LabelKind.TableTitle or LabelKind.ProactiveColumn)
                || labels.Where(m => m.Kind == LabelKind.ProactiveRow).Select(m => m.Label).Distinct().Count() >= 3,
            StatutoryTable.Applications => labels.Any(m => m.Kind is LabelKind.ApplicationRow or LabelKind.ApplicationGroup or LabelKind.ApplicantHeader or LabelKind.BalancingNote),
            _ => labels.Any(m => (m.Kind == LabelKind.CaseColumn && m.Key is CaseResultColumn c && c != CaseResultColumn.Total)
                || (m.Kind == LabelKind.CaseBlock && m.Key is CaseBlock b && b != CaseBlock.AdministrativeReview)),
        };
    }

    /// <summary>Whether a run may lie inside a table it joins: a run of the same table, or one that does not qualify as another table.</summary>
    private static bool Joinable(AtomStream stream, Run run, StatutoryTable table, IReadOnlyList<List<Token>> stretches) =>
        run.Table == table || run.Table is not { } other || !Qualifies(stream, other, stretches[run.Stretch], run);

    /// <summary>Counts the letters of a text token (not punctuation or table rules such as <c>|</c>).</summary>
    private static int Words(AtomStream stream, Token token)
    {
        var count = 0;
        for (var i = token.Start; i < token.End; i++)
        {
            count += char.IsLetter(stream.Chars[i]) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Whether text is glued to what precedes it (no white space or cell border between): <c>件</c> in <c>2件</c>.</summary>
    private static bool Glued(AtomStream stream, List<Token> tokens, int i) =>
        i < tokens.Count && tokens[i].Kind == TokenKind.Text && !stream.BoundaryBefore(tokens[i].Start);

    /// <summary>
    /// Drops the last number of the values that end a table when a sentence goes on from it (<c>… 0 0 2022年，…</c>):
    /// it is the narrative's, not a cell.
    /// </summary>
    private static Token TrimNarrative(AtomStream stream, List<Token> tokens, int end)
    {
        var values = tokens[end];
        if (values.Kind != TokenKind.Values || values.Fragments.Count < 2 || !Glued(stream, tokens, end + 1))
        {
            return values;
        }

        var kept = values.Fragments.Take(values.Fragments.Count - 1).ToList();
        return values with { End = kept[^1].Start + kept[^1].Text.Length, Fragments = kept };
    }

    /// <summary>Keeps only a token's meanings of one table; a label with none becomes text.</summary>
    private static Token Restrict(Token token, StatutoryTable table)
    {
        if (token.Label is not { } label)
        {
            return token;
        }

        var meanings = label.Meanings.Where(m => LabelCatalog.TableOf(m.Kind) == table).ToArray();
        if (meanings.Length == label.Meanings.Count)
        {
            return token;
        }

        return meanings.Length == 0
            ? token with { Kind = TokenKind.Text, Label = null }
            : token with { Label = label with { Meanings = meanings } };
    }
}
