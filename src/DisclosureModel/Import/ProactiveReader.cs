using DisclosureModel.Analysis;
using DisclosureModel.Validation;

namespace DisclosureModel.Import;

/// <summary>
/// Reads Section 二 (第二十条 sub-tables): sub-table titles, column headers and rows found by label in any order; each
/// row's values split into its cells under the equations of <see cref="BalancingRules.GetProactiveEquations"/> that
/// lie inside the row (R6 or R7 in the 2019 format, none in the 2021 format); rows still ambiguous are settled, where
/// exactly one candidate agrees, by the numbers the narrative states and the previous year's report
/// (<see cref="SectionTwoEvidence"/>).
/// </summary>
internal sealed class ProactiveReader(ImportContext context, FormatEdition edition)
{
    /// <summary>Gets the split constraint of a row: the rule table's equations all of whose cells are the row's.</summary>
    internal static SplitConstraint RowConstraint(FormatEdition edition, ProactiveTableDefinition table, string rowIdentifier)
    {
        var cells = ProactiveDisclosureLayout.GetCells(edition);
        var paths = table.Columns
            .Select(column => cells.First(c => c.Table.Item == table.Item && c.Row.Identifier == rowIdentifier && c.Column.Label.Identifier == column.Label.Identifier).PropertyPath)
            .ToArray();
        return new SplitConstraint(paths, BalancingRules.GetProactiveEquations(edition));
    }

    internal ProactiveDisclosure Read(List<Token> tokens, (int Start, int End)? region)
    {
        var stream = context.Stream;
        var layout = ProactiveDisclosureLayout.GetTables(edition);
        var values = layout.Select(t => new CellValue[t.Cells.Count]).ToArray();
        var rowsRead = layout.Select(t => new bool[t.Rows.Count]).ToArray();
        var firstAtom = layout.Select(_ => -1).ToArray();
        var columnsSeen = layout.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        var currentTable = -1;
        var pending = new List<(AmbiguousRun Run, int Table, int Row)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (context.SkipUnlabelled(token, "二"))
            {
                continue;
            }

            var meanings = token.Label!.Meanings;
            var first = meanings[0];
            switch (first.Kind)
            {
                case LabelKind.TableTitle:
                    currentTable = ImportContext.IndexOf(layout, t => t.Item == (Article20Item)first.Key!);
                    if (currentTable < 0)
                    {
                        context.Add(ImportDiagnosticCode.UnexpectedText, ImportSeverity.Warning, token.Start, ImportMessages.SubTableNotInEdition.With(("label", first.Label.Chinese), ("edition", edition.GetIdentifier())), seen: first.Label.Chinese);
                        continue;
                    }

                    firstAtom[currentTable] = firstAtom[currentTable] < 0 ? token.Start : firstAtom[currentTable];
                    if (first.IsVariant)
                    {
                        context.Add(ImportDiagnosticCode.LabelVariant, ImportSeverity.Info, token.Start, ImportMessages.SubTableTitleVariant.With(), layout[currentTable].PropertyPath, token.Describe(stream), layout[currentTable].Title.Chinese);
                    }

                    break;
                case LabelKind.ProactiveColumn:
                    if (currentTable >= 0)
                    {
                        var table = layout[currentTable];
                        var column = meanings.Select(m => (ProactiveColumnDefinition)m.Key!).FirstOrDefault(c => table.Columns.Any(x => x.Label.Identifier == c.Label.Identifier));
                        if (column is not null)
                        {
                            columnsSeen[currentTable].Add(column.Label.Identifier);
                            if (meanings.Any(m => m.IsVariant))
                            {
                                context.Add(ImportDiagnosticCode.LabelVariant, ImportSeverity.Info, token.Start, ImportMessages.ColumnHeaderVariant.With(), table.PropertyPath, token.Describe(stream), column.Label.Chinese);
                            }
                        }
                    }

                    break;
                case LabelKind.ProactiveRow:
                    var identifier = (string)first.Key!;
                    var t2 = ImportContext.IndexOf(layout, t => t.Rows.Any(r => r.Identifier == identifier));
                    if (t2 < 0)
                    {
                        context.Add(ImportDiagnosticCode.UnexpectedText, ImportSeverity.Warning, token.Start, ImportMessages.RowNotInEdition.With(("label", first.Label.Chinese), ("edition", edition.GetIdentifier())), seen: first.Label.Chinese);
                        continue;
                    }

                    var def = layout[t2];
                    var r2 = ImportContext.IndexOf(def.Rows, r => r.Identifier == identifier);
                    var rowLabel = def.Rows[r2];
                    var rowPath = CellPaths.OfRow(def, identifier);
                    firstAtom[t2] = firstAtom[t2] < 0 ? token.Start : firstAtom[t2];
                    if (AtomStream.Normalize(rowLabel.Chinese) != token.Label.Normalized)
                    {
                        context.Add(ImportDiagnosticCode.LabelVariant, ImportSeverity.Warning, token.Start, ImportMessages.OtherEditionRowLabel.With(), rowPath, token.Describe(stream), rowLabel.Chinese);
                    }

                    if (rowsRead[t2][r2])
                    {
                        context.Add(ImportDiagnosticCode.DuplicateRow, ImportSeverity.Warning, token.Start, ImportMessages.DuplicateRow.With(), rowPath, rowLabel.Chinese);
                        continue;
                    }

                    rowsRead[t2][r2] = true;
                    if (i + 1 >= tokens.Count || tokens[i + 1].Kind != TokenKind.Values)
                    {
                        context.Add(ImportDiagnosticCode.UnreadableCells, ImportSeverity.Error, token.End, ImportMessages.NoNumbersAfterLabel.With(), rowPath, expected: rowLabel.Chinese);
                        continue;
                    }

                    var kinds = def.Columns.Select(c => c.Kind).ToArray();
                    var constraint = RowConstraint(edition, def, identifier);
                    var what = $"{def.Title.Chinese} {rowLabel.Chinese}";
                    var read = context.SplitCells(tokens[i + 1], kinds, constraint, rowPath, what, out var outcome);
                    if (read is null && context.Pending(tokens[i + 1], outcome, constraint, rowPath, what) is { } run)
                    {
                        pending.Add((run, t2, r2));
                    }

                    i++;
                    if (read is not null)
                    {
                        for (var c = 0; c < kinds.Length; c++)
                        {
                            values[t2][(r2 * kinds.Length) + c] = read[c];
                        }
                    }

                    break;
                default:
                    break;
            }
        }

        // Runs no rule of the table decides: settled, where it agrees, by the narrative's numbers and last year's report.
        var settled = new SectionTwoEvidence(context, edition).Settle([.. pending.Select(p => p.Run)]);
        foreach (var (run, t, r) in pending)
        {
            if (settled.TryGetValue(run, out var cells))
            {
                cells.CopyTo(values[t], r * cells.Length);
            }
        }

        for (var t = 0; t < layout.Count; t++)
        {
            var def = layout[t];
            var count = rowsRead[t].Count(x => x);
            if (count == 0)
            {
                context.Add(ImportDiagnosticCode.TableMissing, ImportSeverity.Error, region?.Start ?? -1, ImportMessages.SubTableMissing.With(("label", def.Title.Chinese)), def.PropertyPath, expected: def.Title.Chinese);
                continue;
            }

            context.Tables.Add(new RecognizedTable(def.Title.Identifier, def.Title.Chinese, stream.Locate(firstAtom[t]), count, def.Rows.Count));
            for (var r = 0; r < def.Rows.Count; r++)
            {
                if (!rowsRead[t][r])
                {
                    context.Add(ImportDiagnosticCode.RowMissing, ImportSeverity.Error, firstAtom[t], ImportMessages.RowMissing.With(("label", def.Rows[r].Chinese)), CellPaths.OfRow(def, def.Rows[r].Identifier), expected: def.Rows[r].Chinese);
                }
            }

            foreach (var column in def.Columns.Where(c => !columnsSeen[t].Contains(c.Label.Identifier)))
            {
                context.Add(ImportDiagnosticCode.ColumnHeaderMissing, ImportSeverity.Info, firstAtom[t], ImportMessages.ColumnHeaderMissing.With(), def.PropertyPath, expected: column.Label.Chinese);
            }
        }

        if (edition == FormatEdition.Edition2021 && values[3][0].Unit == MoneyUnit.Yuan)
        {
            context.Add(ImportDiagnosticCode.UnreadableCells, ImportSeverity.Error, -1, ImportMessages.FeeInYuan.With(), "ProactiveDisclosure.Article20Item8.AdministrativeFees", values[3][0].ToString());
            values[3][0] = CellValue.Blank;
        }

        // The sub-tables' cells, one after the other, are the catalogue's Section 二 cells in order; the catalogue builds.
        var catalog = CellCatalog.Get(edition);
        var sheet = new CellValue[catalog.Count];
        values.SelectMany(t => t).ToArray().CopyTo(sheet, 0);
        return catalog.BuildProactiveDisclosure(sheet);
    }
}
