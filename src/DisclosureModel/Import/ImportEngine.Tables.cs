using System.Globalization;

namespace DisclosureModel.Import;

internal sealed partial class ImportEngine
{
    private static readonly CellKind[] RowKinds = [.. Enumerable.Repeat(CellKind.Count, 7)];
    private static readonly CellKind[] CaseKinds = [.. Enumerable.Repeat(CellKind.Count, 15)];

    private static bool RowBalances(CellValue[] cells) =>
        cells[6].Number is { } total && cells.Take(6).Sum(c => c.Number ?? 0) == total;

    private static bool BlocksBalance(CellValue[] cells)
    {
        for (var b = 0; b < 3; b++)
        {
            if (cells[(b * 5) + 4].Number is not { } total || cells.Skip(b * 5).Take(4).Sum(c => c.Number ?? 0) != total)
            {
                return false;
            }
        }

        return true;
    }

    // ---------------------------------------------------------------- Section 三

    private ApplicationsTable ReadApplications(List<Token> tokens, FormatEdition edition, (int Start, int End)? region)
    {
        var rows = ApplicationsLayout.GetRows(edition);
        var read = new Dictionary<ApplicationRow, CellValue[]>();
        var pending = new Dictionary<ApplicationRow, (IReadOnlyList<CellValue[]> Candidates, int Atom, string Seen)>();
        var found = new HashSet<ApplicationRow>();
        var columnsSeen = new HashSet<ApplicantColumn>();
        var rowAtom = new Dictionary<ApplicationRow, int>();
        var first = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (SkipUnlabelled(token, "三"))
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
                    Add(ImportDiagnosticCode.UnexpectedText, ImportSeverity.Warning, token.Start, $"The row {meanings[0].Label.Chinese} is not part of the {edition.GetIdentifier()} format; it was ignored.", seen: meanings[0].Label.Chinese);
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
                Add(ImportDiagnosticCode.LabelVariant, ImportSeverity.Info, token.Start, "A row label in a variant spelling was read as the statutory label.", definition.PropertyPath, token.Describe(stream), definition.Label.Chinese);
            }

            if (!found.Add(definition.Row))
            {
                Add(ImportDiagnosticCode.DuplicateRow, ImportSeverity.Warning, token.Start, "The row appears again; the first occurrence was kept.", definition.PropertyPath, definition.Label.Chinese);
                if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Values)
                {
                    i++;
                }

                continue;
            }

            rowAtom[definition.Row] = token.Start;
            if (i + 1 >= tokens.Count || tokens[i + 1].Kind != TokenKind.Values)
            {
                Add(ImportDiagnosticCode.UnreadableCells, ImportSeverity.Error, token.End, "No numbers follow the row label; the cells are left blank.", definition.PropertyPath, expected: definition.Label.Chinese);
                continue;
            }

            var values = tokens[++i];
            var cells = SplitCells(values, RowKinds, RowBalances, "总计 = the sum of the six applicant columns (R3)", definition.PropertyPath, definition.Label.Chinese, out var outcome);
            if (cells is not null)
            {
                read[definition.Row] = cells;
            }
            else if (outcome.Status == SplitStatus.Ambiguous && outcome.Candidates.Count == outcome.CandidateCount)
            {
                pending[definition.Row] = (outcome.Candidates, values.Start, values.Describe(stream));
            }
        }

        ResolveByColumnIdentities(rows, read, pending);

        if (found.Count == 0)
        {
            Add(ImportDiagnosticCode.TableMissing, ImportSeverity.Error, region?.Start ?? -1, "The table of Section 三 was not found; its cells are blank, not 0.", "Applications", expected: ApplicationsLayout.Title.Chinese);
        }
        else
        {
            tables.Add(new RecognizedTable(ApplicationsLayout.Title.Identifier, ApplicationsLayout.Title.Chinese, stream.Locate(first), found.Count, rows.Count));
            foreach (var missing in rows.Where(r => !found.Contains(r.Row)))
            {
                Add(ImportDiagnosticCode.RowMissing, ImportSeverity.Error, first, $"The row {missing.Label.Chinese} was not found; its cells are blank, not 0.", missing.PropertyPath, expected: missing.Label.Chinese);
            }

            foreach (var column in ApplicantColumns.All.Where(c => !columnsSeen.Contains(c)))
            {
                Add(ImportDiagnosticCode.ColumnHeaderMissing, ImportSeverity.Info, first, "A column header was not found; the values were read by position.", "Applications", expected: column.GetLabel().Chinese);
            }
        }

        var counts = new Dictionary<ApplicationRow, ApplicantCounts>();
        foreach (var definition in rows)
        {
            if (!read.TryGetValue(definition.Row, out var cells))
            {
                counts[definition.Row] = ApplicantCounts.Blank;
                continue;
            }

            cells = BlankAsZero(cells, 6, rowAtom.GetValueOrDefault(definition.Row, -1), definition.PropertyPath);
            counts[definition.Row] = new ApplicantCounts(cells[0].AsInt, cells[1].AsInt, cells[2].AsInt, cells[3].AsInt, cells[4].AsInt, cells[5].AsInt, cells[6].AsInt);
        }

        return ApplicationsTable.Create(edition, r => counts[r]);
    }

    /// <summary>
    /// Decides ambiguous rows by the column identities R1 (一 + 二 = （七） + 四) and R2 (（七） = the sum of the outcomes),
    /// when every other row of the identity was read. A candidate is taken only if it is the only one that makes every
    /// identity it takes part in hold in all seven columns.
    /// </summary>
    private void ResolveByColumnIdentities(IReadOnlyList<ApplicationRowDefinition> rows, Dictionary<ApplicationRow, CellValue[]> read, Dictionary<ApplicationRow, (IReadOnlyList<CellValue[]> Candidates, int Atom, string Seen)> pending)
    {
        var outcomes = rows.Where(r => r.IsOutcome).Select(r => r.Row).ToArray();
        (ApplicationRow[] Plus, ApplicationRow[] Minus)[] identities =
        [
            ([ApplicationRow.NewlyReceived, ApplicationRow.CarriedOverFromLastYear], [ApplicationRow.OutcomesTotal, ApplicationRow.CarriedForwardToNextYear]),
            ([ApplicationRow.OutcomesTotal], outcomes),
        ];
        foreach (var (row, entry) in pending.ToList())
        {
            var useful = identities.Where(x => x.Plus.Contains(row) || x.Minus.Contains(row)).ToList();
            if (useful.Count == 0 || useful.Any(x => x.Plus.Concat(x.Minus).Any(r => r != row && !read.ContainsKey(r))))
            {
                continue;
            }

            var fitting = entry.Candidates.Where(candidate => useful.All(identity =>
                Enumerable.Range(0, 7).All(c =>
                {
                    decimal Value(ApplicationRow r) => (r == row ? candidate[c] : read[r][c]).Number ?? 0;
                    return identity.Plus.Sum(Value) == identity.Minus.Sum(Value);
                }))).ToList();
            if (fitting.Count == 1)
            {
                read[row] = fitting[0];
                Add(ImportDiagnosticCode.DigitsSplit, ImportSeverity.Info, entry.Atom, "The ambiguous row was decided by the column identities of Section 三 (R1/R2): only one candidate makes them hold.",
                    ApplicationsLayout.GetRow(row).PropertyPath, entry.Seen, candidates: [string.Join(' ', fitting[0].Select(v => v.ToString()))]);
            }
        }
    }

    /// <summary>
    /// Reads blank cells as 0 only where the row clearly means it: its total is printed and the printed cells already
    /// add up to it. Other blanks stay blank. Both are logged.
    /// </summary>
    private CellValue[] BlankAsZero(CellValue[] cells, int totalIndex, int atom, string path)
    {
        var blanks = Enumerable.Range(0, totalIndex).Where(c => cells[c].Number is null).ToList();
        var totalBlank = cells[totalIndex].Number is null;
        if (blanks.Count == 0 && !totalBlank)
        {
            return cells;
        }

        if (options.ReadBlanksAsZero && !totalBlank && blanks.Count > 0 && Enumerable.Range(0, totalIndex).Sum(c => cells[c].Number ?? 0) == cells[totalIndex].Number)
        {
            var copy = (CellValue[])cells.Clone();
            foreach (var c in blanks)
            {
                copy[c] = new CellValue(0);
            }

            Add(ImportDiagnosticCode.BlankReadAsZero, ImportSeverity.Info, atom, $"{blanks.Count.ToString(CultureInfo.InvariantCulture)} blank cell(s) read as 0: the printed cells already add up to the printed total.", path);
            return copy;
        }

        Add(ImportDiagnosticCode.BlankCell, ImportSeverity.Info, atom, $"{(blanks.Count + (totalBlank ? 1 : 0)).ToString(CultureInfo.InvariantCulture)} blank cell(s) kept blank.", path);
        return cells;
    }

    // ---------------------------------------------------------------- Section 四

    private ReviewAndLitigationTable ReadCases(List<Token> tokens, (int Start, int End)? region)
    {
        var blocksSeen = new HashSet<CaseBlock>();
        var fragments = new List<Fragment>();
        var first = -1;
        var valuesStart = -1;
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Label:
                    first = first < 0 ? token.Start : first;
                    if (token.Label!.Meanings.FirstOrDefault(m => m.Kind == LabelKind.CaseBlock) is { } block)
                    {
                        blocksSeen.Add((CaseBlock)block.Key!);
                    }

                    break;
                case TokenKind.Values:
                    valuesStart = valuesStart < 0 ? token.Start : valuesStart;
                    fragments.AddRange(token.Fragments);
                    break;
                default:
                    Unexpected(token);
                    break;
            }
        }

        var blank = new ReviewAndLitigationTable
        {
            AdministrativeReview = default,
            LitigationWithoutReview = default,
            LitigationAfterReview = default,
        };
        if (first < 0 && fragments.Count == 0)
        {
            Add(ImportDiagnosticCode.TableMissing, ImportSeverity.Error, region?.Start ?? -1, "The table of Section 四 was not found; its cells are blank, not 0.", "ReviewAndLitigation", expected: ReviewAndLitigationLayout.Title.Chinese);
            return blank;
        }

        tables.Add(new RecognizedTable(ReviewAndLitigationLayout.Title.Identifier, ReviewAndLitigationLayout.Title.Chinese, stream.Locate(first >= 0 ? first : valuesStart), fragments.Count == 0 ? 0 : 3, 3));
        foreach (var missing in ReviewAndLitigationLayout.Blocks.Where(b => !blocksSeen.Contains(b)))
        {
            Add(ImportDiagnosticCode.ColumnHeaderMissing, ImportSeverity.Info, first, "A block header was not found; the values were read by position.", ReviewAndLitigationLayout.GetPropertyPath(missing), expected: missing.GetLabel().Chinese);
        }

        if (fragments.Count == 0)
        {
            Add(ImportDiagnosticCode.UnreadableCells, ImportSeverity.Error, first, "Section 四 has its labels but no numbers; the cells are left blank.", "ReviewAndLitigation");
            return blank;
        }

        var values = new Token(TokenKind.Values, valuesStart, valuesStart, null, fragments);
        var cells = SplitCells(values, CaseKinds, BlocksBalance, "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 in each block (R4)", "ReviewAndLitigation", ReviewAndLitigationLayout.Title.Chinese, out _);
        if (cells is null)
        {
            return blank;
        }

        var blocks = new CaseResultCounts[3];
        for (var b = 0; b < 3; b++)
        {
            var block = BlankAsZero([.. cells.Skip(b * 5).Take(5)], 4, valuesStart, ReviewAndLitigationLayout.GetPropertyPath(ReviewAndLitigationLayout.Blocks[b]));
            blocks[b] = new CaseResultCounts(block[0].AsInt, block[1].AsInt, block[2].AsInt, block[3].AsInt, block[4].AsInt);
        }

        return new ReviewAndLitigationTable
        {
            AdministrativeReview = blocks[0],
            LitigationWithoutReview = blocks[1],
            LitigationAfterReview = blocks[2],
        };
    }
}
