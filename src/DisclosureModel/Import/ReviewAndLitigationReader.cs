using DisclosureModel.Validation;

namespace DisclosureModel.Import;

/// <summary>
/// Reads Section 四: its fifteen numbers, wherever the block and column headers put them, split into cells under the
/// equations of <see cref="BalancingRules.ReviewAndLitigationEquations"/> that lie inside them (R4, once per block).
/// </summary>
internal sealed class ReviewAndLitigationReader(ImportContext context)
{
    private static readonly CellKind[] CaseKinds = [.. CellCatalog.Edition2021.GetCells(StatutoryTable.ReviewAndLitigation).Select(c => c.Kind)];

    /// <summary>Gets the property paths of the fifteen cells, block by block, in column order.</summary>
    internal static string[] Paths { get; } = [.. ReviewAndLitigationLayout.Blocks.SelectMany(b => ReviewAndLitigationLayout.Columns.Select(c => CellPaths.Of(b, c)))];

    /// <summary>Gets the split constraint of the fifteen cells: the rule table's equations all of whose cells are among them.</summary>
    internal static SplitConstraint Constraint { get; } = new(Paths, BalancingRules.ReviewAndLitigationEquations);

    internal ReviewAndLitigationTable Read(List<Token> tokens, (int Start, int End)? region)
    {
        var stream = context.Stream;
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
                    context.Unexpected(token);
                    break;
            }
        }

        var blank = new ReviewAndLitigationTable
        {
            AdministrativeReview = default,
            LitigationWithoutReview = default,
            LitigationAfterReview = default,
        };
        if (first < 0 && Fragment.AllPossibleBlanks(fragments))
        {
            context.Add(ImportDiagnosticCode.TableMissing, ImportSeverity.Error, region?.Start ?? -1, ImportMessages.TableMissing.With(("section", "四")), "ReviewAndLitigation", expected: ReviewAndLitigationLayout.Title.Chinese);
            return blank;
        }

        context.Tables.Add(new RecognizedTable(ReviewAndLitigationLayout.Title.Identifier, ReviewAndLitigationLayout.Title.Chinese, stream.Locate(first >= 0 ? first : valuesStart), Fragment.AllPossibleBlanks(fragments) ? 0 : 3, 3));
        foreach (var missing in ReviewAndLitigationLayout.Blocks.Where(b => !blocksSeen.Contains(b)))
        {
            context.Add(ImportDiagnosticCode.ColumnHeaderMissing, ImportSeverity.Info, first, ImportMessages.BlockHeaderMissing.With(), ReviewAndLitigationLayout.GetPropertyPath(missing), expected: missing.GetLabel().Chinese);
        }

        if (Fragment.AllPossibleBlanks(fragments) && CellSplitter.Split(fragments, CaseKinds, Constraint.Predicate, stream.ParagraphSpaced).Values is null)
        {
            context.Add(ImportDiagnosticCode.UnreadableCells, ImportSeverity.Error, first, ImportMessages.SectionFourWithoutNumbers.With(), "ReviewAndLitigation");
            return blank;
        }

        var values = new Token(TokenKind.Values, valuesStart, valuesStart, null, fragments);
        var cells = context.SplitCells(values, CaseKinds, Constraint, "ReviewAndLitigation", ReviewAndLitigationLayout.Title.Chinese, out _);
        if (cells is null)
        {
            return blank;
        }

        // The fifteen values are the catalogue's Section 四 cells in print order; the catalogue builds the table.
        var catalog = CellCatalog.Edition2021;
        var sheet = new CellValue[catalog.Count];
        var columns = ReviewAndLitigationLayout.Columns;
        var total = (int)CaseResultColumn.Total; // the columns are in the enum's order
        for (var b = 0; b < ReviewAndLitigationLayout.Blocks.Count; b++)
        {
            var blockId = ReviewAndLitigationLayout.Blocks[b];
            var block = context.BlankAsZero([.. cells.Skip(b * columns.Count).Take(columns.Count)], total, valuesStart, ReviewAndLitigationLayout.GetPropertyPath(blockId));
            for (var c = 0; c < columns.Count; c++)
            {
                sheet[catalog.GetCell(blockId, columns[c]).Index] = block[c];
            }
        }

        return catalog.BuildReviewAndLitigation(sheet);
    }
}
