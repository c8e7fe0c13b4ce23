namespace DisclosureModel.Import;

/// <summary>
/// Leaves out the spacer rows Word puts at the end of tables (in .docx files and in the HTML it exports): rows at the end
/// of a table whose cells are all empty (white space only), when a row above them holds a number. Such a row carries
/// nothing, and read as blank cells it would add blanks to the table's last run of values. A table whose only data row
/// is empty (a blank Section 四) keeps it: no row above holds a number. Each row left out is noted. The one rule of the
/// front ends that know a table's grid (HTML, Word).
/// </summary>
internal static class SpacerRows
{
    internal static List<SourceCell> Remove(List<SourceCell> cells, List<ImportDiagnostic> notes)
    {
        var drop = new HashSet<int>();
        var index = 0;
        while (index < cells.Count)
        {
            if (cells[index].Position is not { } first)
            {
                index++;
                continue;
            }

            // The cells of one table, in order (a nested table's cells interrupt it; they are left as they are).
            var end = index;
            while (end < cells.Count && cells[end].Position is { } p && p.Table == first.Table)
            {
                end++;
            }

            var rows = Enumerable.Range(index, end - index).GroupBy(i => cells[i].Position!.Row).OrderBy(g => g.Key).ToList();
            var trailing = rows.Count;
            while (trailing > 0 && rows[trailing - 1].All(i => string.IsNullOrWhiteSpace(cells[i].Text)))
            {
                trailing--;
            }

            var numbersAbove = rows.Take(trailing).Any(g => g.Any(i => cells[i].Text.Any(char.IsAsciiDigit)));
            if (numbersAbove)
            {
                foreach (var row in rows.Skip(trailing))
                {
                    drop.UnionWith(row);
                    notes.Add(ImportContext.Create(ImportDiagnosticCode.PageChromeSkipped, ImportSeverity.Info, cells[row.First()].Location, ImportMessages.SpacerRowSkipped.With()));
                }
            }

            index = end;
        }

        return drop.Count == 0 ? cells : [.. cells.Where((_, i) => !drop.Contains(i))];
    }
}
