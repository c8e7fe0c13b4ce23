using DisclosureModel.Import;
using DisclosureModel.Validation;

namespace DisclosureModel.Tests.Import;

/// <summary>The splitter's constraints come from <see cref="BalancingRules"/>: each run's are exactly the rule table's equations inside it.</summary>
public class RuleConstraintTests
{
    public static TheoryData<FormatEdition> Editions => [.. FormatEditions.All];

    private static string[] Describe(IEnumerable<BalancingEquation> equations) =>
        [.. equations.Select(e => $"{e.Rule.Code} {e.Subject.PropertyPath}")];

    [Theory]
    [MemberData(nameof(Editions))]
    public void Each_Section_3_row_is_constrained_by_exactly_its_R3_equation(FormatEdition edition)
    {
        foreach (var row in ApplicationsLayout.GetRows(edition))
        {
            var constraint = ApplicationsReader.RowConstraint(edition, row);

            var r3 = BalancingRules.GetApplicationEquations(edition)
                .Single(e => e.Rule == DisclosureRules.RowTotal && e.Subject.PropertyPath == row.PropertyPath + ".Total");
            Assert.Same(r3, Assert.Single(constraint.Equations));
            Assert.Equal([.. ApplicantColumns.All.Select(c => row.PropertyPath + "." + c)], constraint.Paths);
        }
    }

    [Fact]
    public void Section_4_is_constrained_by_exactly_the_three_R4_equations()
    {
        var constraint = ReviewAndLitigationReader.Constraint;

        Assert.Equal(BalancingRules.ReviewAndLitigationEquations, constraint.Equations);
        Assert.Equal(3, constraint.Equations.Count);
        Assert.All(constraint.Equations, e => Assert.Same(DisclosureRules.CaseBlockTotal, e.Rule));
        Assert.Equal(15, constraint.Paths.Count);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Each_Section_2_row_is_constrained_by_exactly_the_equations_on_its_cells(FormatEdition edition)
    {
        var equations = BalancingRules.GetProactiveEquations(edition);
        var used = new List<BalancingEquation>();
        foreach (var table in ProactiveDisclosureLayout.GetTables(edition))
        {
            foreach (var row in table.Rows)
            {
                var constraint = ProactiveReader.RowConstraint(edition, table, row.Identifier);
                var rowPath = constraint.Paths[0][..constraint.Paths[0].LastIndexOf('.')];

                var expected = equations.Where(e => e.Subject.PropertyPath.StartsWith(rowPath + ".", StringComparison.Ordinal)).ToList();
                Assert.Equal(expected, constraint.Equations);
                var rule = (edition, table.Item) switch
                {
                    (FormatEdition.Edition2019, Article20Item.Item1) => DisclosureRules.CumulativeAtLeastNew,
                    (FormatEdition.Edition2019, Article20Item.Item5 or Article20Item.Item6 or Article20Item.Item8) => DisclosureRules.ItemsNotNegative,
                    _ => null,
                };
                Assert.Equal(rule is null ? [] : [rule], constraint.Equations.Select(e => e.Rule));
                used.AddRange(constraint.Equations);
            }
        }

        // Nothing of the rule table is forgotten: every Section 二 equation constrains one row.
        Assert.Empty(Describe(equations.Except(used)));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_Section_3_equation_either_constrains_one_row_or_spans_rows_R1_and_R2(FormatEdition edition)
    {
        var equations = BalancingRules.GetApplicationEquations(edition);
        var inRows = ApplicationsLayout.GetRows(edition).SelectMany(r => ApplicationsReader.RowConstraint(edition, r).Equations).ToList();
        var spanning = ApplicationsReader.SpanningEquations(edition);

        Assert.Equal(inRows.Count, inRows.Distinct().Count());
        Assert.Empty(Describe(equations.Except(inRows).Except(spanning)));
        Assert.Empty(Describe(inRows.Intersect(spanning)));
        Assert.Equal(14, spanning.Count);
        Assert.All(spanning, e => Assert.Contains(e.Rule, new[] { DisclosureRules.CarryOverIdentity, DisclosureRules.OutcomeTotal }));
    }

    [Fact]
    public void A_new_equation_changes_the_constraint_and_is_found_by_path_not_by_sheet_slot()
    {
        // A 2021 Section 二 row has no rule today. An equation over its cells (with sheet slots that exist nowhere)
        // becomes its constraint; one that also reads a cell of another row does not.
        var table = ProactiveDisclosureLayout.GetTables(FormatEdition.Edition2021)[0];
        var paths = ProactiveReader.RowConstraint(FormatEdition.Edition2021, table, table.Rows[0].Identifier).Paths;
        var other = ProactiveReader.RowConstraint(FormatEdition.Edition2021, table, table.Rows[1].Identifier).Paths;
        var label = new StatutoryLabel("test", "测试", "Test");
        CellReference Cell(string path) => new(-1, path, label, label);
        BalancingEquation AtLeast(string left, params string[] right) => new(
            DisclosureRules.CumulativeAtLeastNew, Cell(left), label, [new("L", Cell(left))], [.. right.Select(p => new EquationTerm("R", Cell(p)))],
            EquationRelation.GreaterThanOrEqual, BlankCellPolicy.SkipWhenAnyBlank);
        var inside = AtLeast(paths[2], paths[0]);
        var across = AtLeast(paths[2], other[0]);

        var constraint = new SplitConstraint(paths, [across, inside]);

        Assert.Same(inside, Assert.Single(constraint.Equations));
        Assert.True(constraint.IsSatisfiedBy([new(88), new(55), new(698)]));
        Assert.False(constraint.IsSatisfiedBy([new(885), new(5), new(698)]));
        Assert.False(constraint.IsSatisfiedBy([new(88), new(55), default]));
        Assert.Empty(ProactiveReader.RowConstraint(FormatEdition.Edition2021, table, table.Rows[0].Identifier).Equations);
    }

    [Fact]
    public void The_evaluator_follows_each_equations_blank_cell_policy_and_relation()
    {
        var r3 = BalancingRules.GetApplicationEquations(FormatEdition.Edition2021).First(e => e.Rule == DisclosureRules.RowTotal);
        var r1 = BalancingRules.GetApplicationEquations(FormatEdition.Edition2021).First(e => e.Rule == DisclosureRules.CarryOverIdentity);
        var r7 = BalancingRules.GetProactiveEquations(FormatEdition.Edition2019).First(e => e.Rule == DisclosureRules.CumulativeAtLeastNew);
        EquationCheck Check(BalancingEquation equation, Func<string, CellValue?> cell) => EquationEvaluator.Evaluate(equation, cell);
        Func<string, CellValue?> Cells(Func<string, decimal?> number) => path => new CellValue(number(path));

        // R3 (SkipWhenSubjectBlank): a blank total is not checked; other blanks count as 0.
        Assert.Equal(EquationCheck.NotChecked, Check(r3, Cells(p => p == r3.Subject.PropertyPath ? null : 1)));
        Assert.Equal(EquationCheck.Holds, Check(r3, Cells(p => p == r3.Subject.PropertyPath ? 6 : p.EndsWith(".Other", StringComparison.Ordinal) ? null : 1.2m)));
        Assert.Equal(EquationCheck.Fails, Check(r3, Cells(p => p == r3.Subject.PropertyPath ? 7 : 1)));
        Assert.Equal(EquationCheck.Holds, Check(r3, Cells(p => p == r3.Subject.PropertyPath ? 6 : 1)));

        // R1 (CountAsZero): blanks are 0.
        Assert.Equal(EquationCheck.Holds, Check(r1, Cells(_ => null)));

        // R7 (SkipWhenAnyBlank, ≥).
        var total = r7.Subject.PropertyPath;
        Assert.Equal(EquationCheck.NotChecked, Check(r7, Cells(p => p == total ? 5 : null)));
        Assert.Equal(EquationCheck.Holds, Check(r7, Cells(p => p == total ? 5 : 5)));
        Assert.Equal(EquationCheck.Fails, Check(r7, Cells(p => p == total ? 4 : 5)));

        // A cell that is not known yet.
        Assert.Equal(EquationCheck.Unknown, Check(r1, path => path == r1.Subject.PropertyPath ? null : new CellValue(0)));
    }

    [Fact]
    public void Two_ambiguous_rows_are_decided_jointly_by_R2_when_neither_can_be_decided_alone()
    {
        // Pingtan 2022, transformed: （一）予以公开 21 → 22 and 1.本机关不掌握相关政府信息 37 → 33, with （七）总计 and
        // 一、本年新收 changed to keep R1 and R2. "220000022" balances as 22 0 0 0 0 0 22 and as 2 20 0 0 0 0 22, "330000033"
        // as 33 … and 3 30 …: each row alone is ambiguous under R3, and R2 reads the other, so neither is decided alone;
        // of the four combinations only 22 | 33 makes R2 hold in every column.
        var text = TestData.Read("004_pingtan-zone_2022.txt");
        foreach (var (printed, transformed) in new[] { ("210000021", "220000022"), ("370000037", "330000033"), ("723000075", "693000072"), ("713000074", "683000071") })
        {
            Assert.Equal(text.IndexOf(printed, StringComparison.Ordinal), text.LastIndexOf(printed, StringComparison.Ordinal));
            text = text.Replace(printed, transformed, StringComparison.Ordinal);
        }

        var result = ReportImporter.ImportText(text);
        var table = result.Report!.Applications;

        Assert.Equal(new ApplicantCounts(22, 0, 0, 0, 0, 0, 22), table.Outcomes.Disclosed);
        Assert.Equal(new ApplicantCounts(33, 0, 0, 0, 0, 0, 33), ApplicationsLayout.GetRow(ApplicationRow.NotHeld).GetCounts(table));
        Assert.Equal(new ApplicantCounts(69, 3, 0, 0, 0, 0, 72), table.Outcomes.Total);
        Assert.DoesNotContain(new DisclosureReportValidator().Validate(result.Report).Errors, e => e.ErrorCode is "R1" or "R2" or "R3");
        foreach (var (path, other) in new[] { ("Applications.Outcomes.Disclosed", "1.本机关不掌握相关政府信息"), ("Applications.Outcomes.UnableToProvide.NotHeld", "（一）予以公开") })
        {
            var decided = Assert.Single(result.Log.Diagnostics, d => d.PropertyPath == path && d.Code == ImportDiagnosticCode.DigitsSplit);
            Assert.Equal(ImportSeverity.Info, decided.Severity);
            Assert.Equal(ImportMessages.DecidedJointly.Id, decided.MessageId);
            Assert.Equal(ImportMessages.DecidedJointly.FormatEnglish(("others", other), ("rule", "R2")), decided.Message);
            Assert.Equal(ImportMessages.DecidedJointly.FormatChinese(("others", other), ("rule", "R2")), decided.ChineseMessage);
        }

        // Decided rows keep no AmbiguousSplit error: with Section 二 settled by the narrative, the import is complete.
        Assert.DoesNotContain(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.AmbiguousSplit);
        Assert.True(result.IsComplete);
    }

    [Fact]
    public void Ambiguous_rows_stay_blank_when_a_row_the_identities_read_is_unknown()
    {
        // As above, but （二）部分公开 loses a digit and cannot be read: R2 then reads an unknown row in every column, so
        // neither ambiguous row is decided, alone or jointly.
        var text = TestData.Read("004_pingtan-zone_2022.txt");
        foreach (var (printed, transformed) in new[] { ("210000021", "220000022"), ("370000037", "330000033"), ("723000075", "693000072"), ("713000074", "683000071"), ("8100009（三）", "810000（三）") })
        {
            text = text.Replace(printed, transformed, StringComparison.Ordinal);
        }

        var result = ReportImporter.ImportText(text);

        Assert.True(result.Report!.Applications.Outcomes.Disclosed.IsBlank);
        Assert.True(result.Report.Applications.Outcomes.UnableToProvide.NotHeld.IsBlank);
        Assert.Contains(result.Log.Diagnostics, d => d.PropertyPath == "Applications.Outcomes.PartiallyDisclosed" && d.MessageId == ImportMessages.UnreadableCells.Id);
        Assert.Equal(2, result.Log.Diagnostics.Count(d => d.MessageId == ImportMessages.AmbiguousAllSatisfy.Id));
        Assert.DoesNotContain(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.DigitsSplit && d.Candidates.Count == 1 && d.MessageId != ImportMessages.SplitUnique.Id && d.MessageId != ImportMessages.SplitByRule.Id);
    }
}
