using DisclosureModel.Validation;

namespace DisclosureModel.Import;

/// <summary>
/// Reads Section 三: rows found by label in any order, each row's values split into its seven cells under the
/// equations of <see cref="BalancingRules.GetApplicationEquations"/> that lie inside the row (R3); rows still ambiguous
/// are then decided, where only one reading fits, by the equations that span rows (R1, R2) — alone, or jointly with
/// the other ambiguous rows they share an equation with (<see cref="SpanningSolver"/>).
/// </summary>
internal sealed class ApplicationsReader(ImportContext context, FormatEdition edition)
{
    private static readonly CellKind[] RowKinds = [.. CellCatalog.Edition2021.GetCells(StatutoryTable.Applications).Take(ApplicantColumns.All.Count).Select(c => c.Kind)];

    /// <summary>Gets the property paths of a row's seven cells, in column order.</summary>
    internal static string[] PathsOf(ApplicationRowDefinition row) => [.. ApplicantColumns.All.Select(c => CellPaths.Of(row, c))];

    /// <summary>Gets the split constraint of a row: the rule table's equations all of whose cells are the row's.</summary>
    internal static SplitConstraint RowConstraint(FormatEdition edition, ApplicationRowDefinition row) =>
        new(PathsOf(row), BalancingRules.GetApplicationEquations(edition));

    /// <summary>Gets the equations that span rows (no row contains them): those that decide ambiguous rows once the others are read.</summary>
    internal static IReadOnlyList<BalancingEquation> SpanningEquations(FormatEdition edition) =>
        ImportContext.Spanning(BalancingRules.GetApplicationEquations(edition), ApplicationsLayout.GetRows(edition).Select(r => RowConstraint(edition, r)));

    internal ApplicationsTable Read(List<Token> tokens, (int Start, int End)? region)
    {
        var stream = context.Stream;
        var rows = ApplicationsLayout.GetRows(edition);
        var read = new Dictionary<ApplicationRow, CellValue[]>();
        var sheet = new PartialSheet();
        var pending = new List<AmbiguousRun>();
        var found = new HashSet<ApplicationRow>();
        var columnsSeen = new HashSet<ApplicantColumn>();
        var rowAtom = new Dictionary<ApplicationRow, int>();
        var first = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (context.SkipUnlabelled(token, "三"))
            {
                continue;
            }

            var meanings = token.Label!.Meanings;
            first = first < 0 ? token.Start : first;
            if (meanings.FirstOrDefault(m => m.Kind == LabelKind.ApplicantColumn) is { } columnMeaning)
            {
                columnsSeen.Add((ApplicantColumn)columnMeaning.Key!);
                continue;
            }

            var row = meanings
                .Where(m => m.Kind == LabelKind.ApplicationRow)
                .Select(m => (Definition: (ApplicationRowDefinition)m.Key!, m.IsVariant))
                .FirstOrDefault(x => x.Definition.AppliesTo(edition));
            if (row.Definition is null)
            {
                if (meanings.Any(m => m.Kind == LabelKind.ApplicationRow) && !meanings.Any(m => m.Kind == LabelKind.ApplicationGroup && (m.Edition is null || m.Edition == edition)))
                {
                    context.Add(ImportDiagnosticCode.UnexpectedText, ImportSeverity.Warning, token.Start, ImportMessages.RowNotInEdition.With(("label", meanings[0].Label.Chinese), ("edition", edition.GetIdentifier())), seen: meanings[0].Label.Chinese);
                    if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Values)
                    {
                        i++;
                    }
                }

                continue;
            }

            var definition = row.Definition;
            if (row.IsVariant)
            {
                context.Add(ImportDiagnosticCode.LabelVariant, ImportSeverity.Info, token.Start, ImportMessages.RowLabelVariant.With(), definition.PropertyPath, token.Describe(stream), definition.Label.Chinese);
            }

            if (!found.Add(definition.Row))
            {
                context.Add(ImportDiagnosticCode.DuplicateRow, ImportSeverity.Warning, token.Start, ImportMessages.DuplicateRow.With(), definition.PropertyPath, definition.Label.Chinese);
                if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Values)
                {
                    i++;
                }

                continue;
            }

            rowAtom[definition.Row] = token.Start;
            if (i + 1 >= tokens.Count || tokens[i + 1].Kind != TokenKind.Values)
            {
                context.Add(ImportDiagnosticCode.UnreadableCells, ImportSeverity.Error, token.End, ImportMessages.NoNumbersAfterLabel.With(), definition.PropertyPath, expected: definition.Label.Chinese);
                continue;
            }

            var values = tokens[++i];
            var constraint = RowConstraint(edition, definition);
            var cells = context.SplitCells(values, RowKinds, constraint, definition.PropertyPath, definition.Label.Chinese, out var outcome);
            if (cells is not null)
            {
                read[definition.Row] = cells;
                sheet.Set(constraint.Paths, cells);
            }
            else if (context.Pending(values, outcome, constraint, definition.PropertyPath, definition.Label.Chinese) is { } run)
            {
                pending.Add(run);
            }
        }

        ResolveAcrossRows(rows, read, sheet, pending);

        if (found.Count == 0)
        {
            context.Add(ImportDiagnosticCode.TableMissing, ImportSeverity.Error, region?.Start ?? -1, ImportMessages.TableMissing.With(("section", "三")), "Applications", expected: ApplicationsLayout.Title.Chinese);
        }
        else
        {
            context.Tables.Add(new RecognizedTable(ApplicationsLayout.Title.Identifier, ApplicationsLayout.Title.Chinese, stream.Locate(first), found.Count, rows.Count));
            foreach (var missing in rows.Where(r => !found.Contains(r.Row)))
            {
                context.Add(ImportDiagnosticCode.RowMissing, ImportSeverity.Error, first, ImportMessages.RowMissing.With(("label", missing.Label.Chinese)), missing.PropertyPath, expected: missing.Label.Chinese);
            }

            foreach (var column in ApplicantColumns.All.Where(c => !columnsSeen.Contains(c)))
            {
                context.Add(ImportDiagnosticCode.ColumnHeaderMissing, ImportSeverity.Info, first, ImportMessages.ColumnHeaderMissing.With(), "Applications", expected: column.GetLabel().Chinese);
            }
        }

        // Each row's cells go to its slots in the catalogue (rows not read stay blank); the catalogue builds the table.
        var catalog = CellCatalog.Get(edition);
        var table = new CellValue[catalog.Count];
        foreach (var definition in rows)
        {
            if (read.TryGetValue(definition.Row, out var cells))
            {
                cells = context.BlankAsZero(cells, (int)ApplicantColumn.Total, rowAtom.GetValueOrDefault(definition.Row, -1), definition.PropertyPath);
                cells.CopyTo(table, catalog.GetCell(definition.Row, ApplicantColumn.NaturalPerson).Index);
            }
        }

        return catalog.BuildApplications(table);
    }

    /// <summary>
    /// Decides ambiguous rows by the equations that span rows (R1 一 + 二 = （七） + 四 and R2 （七） = the sum of the
    /// outcomes, in each column), alone or with the whole table at once (<see cref="SpanningSolver"/>). A decided row's
    /// <see cref="ImportDiagnosticCode.AmbiguousSplit"/> error is replaced by an Info naming the rules and the other rows
    /// used; a row whose joint search ran out of budget gets a <see cref="ImportDiagnosticCode.SplitSearchLimit"/> error.
    /// </summary>
    private void ResolveAcrossRows(IReadOnlyList<ApplicationRowDefinition> rows, Dictionary<ApplicationRow, CellValue[]> read, PartialSheet sheet, List<AmbiguousRun> pending)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var result = SpanningSolver.Solve(SpanningEquations(edition), sheet, pending);
        foreach (var decision in result.Decisions)
        {
            var run = decision.Run;
            read[rows.First(d => d.PropertyPath == run.PropertyPath).Row] = decision.Values;
            var codes = ImportMessages.RuleCodes(decision.Equations);
            var message = decision.Others.Count == 0
                ? ImportMessages.DecidedByColumnIdentities.With(("rule", codes))
                : new ImportMessage(
                    ImportMessages.DecidedJointly,
                    ImportMessages.DecidedJointly.FormatChinese(("others", string.Join("、", decision.Others.Select(o => o.Label))), ("rule", codes)),
                    ImportMessages.DecidedJointly.FormatEnglish(("others", string.Join(", ", decision.Others.Select(o => o.Label))), ("rule", codes)));
            context.Replace(run.Diagnostic, ImportContext.Create(ImportDiagnosticCode.DigitsSplit, ImportSeverity.Info, run.Diagnostic.Location, message, run.PropertyPath, run.Seen, candidates: [ImportContext.FormatCandidate(decision.Values)]));
        }

        foreach (var run in result.SearchLimited)
        {
            var message = ImportMessages.JointSearchLimit.With(("what", run.Label), ("limit", SpanningSolver.NodeBudget));
            context.Replace(run.Diagnostic, ImportContext.Create(ImportDiagnosticCode.SplitSearchLimit, ImportSeverity.Error, run.Diagnostic.Location, message, run.PropertyPath, run.Seen, candidates: ImportContext.ShowCandidates(run.Candidates)));
        }
    }
}
