using CsCheck;
using DisclosureModel.Tests.Analysis;
using DisclosureModel.TestSupport;
using DisclosureModel.Validation;

namespace DisclosureModel.Tests.Validation;

/// <summary>
/// The smallest corrections offered with failed balancing rules (<see cref="RuleViolation.Corrections"/>): fewest cells,
/// then smallest total change, all minima up to five, none beyond three cells, none for a table with unread cells, none
/// that fills a printed-blank total; and every correction, applied, balances its table.
/// </summary>
public class CorrectionTests
{
    private static readonly DisclosureReportValidator Validator = new(Reports.English);

    private static DisclosureReport WithReview(DisclosureReport report, CaseResultCounts review, CaseResultCounts? afterReview = null) => report with
    {
        ReviewAndLitigation = ReviewAndLitigationTable.Zero with
        {
            AdministrativeReview = review,
            LitigationAfterReview = afterReview ?? CaseResultCounts.Zero,
        },
    };

    private static List<RuleViolation> Violations(DisclosureReport report) => [.. Validator.Validate(report).GetViolations()];

    private static string Text(Correction correction) =>
        string.Join("; ", correction.Changes.Select(c => $"{c.PropertyPath} {c.From?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "_"}→{c.To}"));

    private static bool IsBalancing(RuleViolation v) => v.Code is "R1" or "R2" or "R3" or "R4";

    /// <summary>Applies every correction and asserts that the report then has no balancing failure at all.</summary>
    private static void AssertEachBalances(DisclosureReport report, IEnumerable<Correction> corrections)
    {
        foreach (var correction in corrections)
        {
            var corrected = CorrectionApplier.Apply(report, correction);
            Assert.DoesNotContain(Violations(corrected), v => IsBalancing(v) || v.Code == "NA");
        }
    }

    [Fact]
    public void A_review_block_whose_total_is_0_gets_the_one_smallest_correction()
    {
        var report = WithReview(Reports.Balanced2021, new CaseResultCounts(10, 1, 0, 0, 0));

        var violation = Assert.Single(Violations(report));

        Assert.Equal("R4", violation.Code);
        var correction = Assert.Single(violation.Corrections);
        Assert.Equal("ReviewAndLitigation.AdministrativeReview.Total 0→11", Text(correction));
        Assert.Equal(new CellChange { PropertyPath = "ReviewAndLitigation.AdministrativeReview.Total", RowLabel = "行政复议", ColumnLabel = "总计", From = 0, To = 11 }, correction.Changes[0]);
        Assert.False(violation.MoreCorrections);
        Assert.Equal("行政复议 总计 0 → 11 makes R4 hold", correction.Describe("R4", ValidationLanguage.English));
        Assert.Equal("行政复议 总计 0 → 11 使 R4 成立", correction.Describe("R4", ValidationLanguage.Chinese));
        Assert.Empty(Violations(CorrectionApplier.Apply(report, correction)));
    }

    [Fact]
    public void Several_smallest_corrections_are_all_listed_in_the_order_of_the_cells()
    {
        // 总计 10 against 2 + 3: any one of the five cells can move by 5.
        var report = WithReview(Reports.Balanced2021, new CaseResultCounts(2, 3, 0, 0, 10));

        var violation = Assert.Single(Violations(report));

        Assert.Equal("R4", violation.Code);
        Assert.Equal(
            [
                "ReviewAndLitigation.AdministrativeReview.Upheld 2→7",
                "ReviewAndLitigation.AdministrativeReview.Corrected 3→8",
                "ReviewAndLitigation.AdministrativeReview.OtherResult 0→5",
                "ReviewAndLitigation.AdministrativeReview.Pending 0→5",
                "ReviewAndLitigation.AdministrativeReview.Total 10→5",
            ],
            violation.Corrections.Select(Text));
        Assert.False(violation.MoreCorrections);
        AssertEachBalances(report, violation.Corrections);
    }

    [Fact]
    public void Beyond_five_smallest_corrections_five_are_listed_and_the_finding_says_there_are_more()
    {
        // Two blocks off by 5 and by 3: 5 × 5 corrections of two cells, each changing 8 in all.
        var report = WithReview(Reports.Balanced2021, new CaseResultCounts(2, 3, 0, 0, 10), new CaseResultCounts(1, 0, 0, 0, 4));

        var violations = Violations(report);

        Assert.Equal(["R4", "R4"], violations.Select(v => v.Code));
        Assert.Equal(violations[0].Corrections, violations[1].Corrections);     // one solve per table, shared
        Assert.All(violations, v => Assert.True(v.MoreCorrections));
        Assert.Equal(
            [
                "ReviewAndLitigation.AdministrativeReview.Upheld 2→7; ReviewAndLitigation.LitigationAfterReview.Upheld 1→4",
                "ReviewAndLitigation.AdministrativeReview.Upheld 2→7; ReviewAndLitigation.LitigationAfterReview.Corrected 0→3",
                "ReviewAndLitigation.AdministrativeReview.Upheld 2→7; ReviewAndLitigation.LitigationAfterReview.OtherResult 0→3",
                "ReviewAndLitigation.AdministrativeReview.Upheld 2→7; ReviewAndLitigation.LitigationAfterReview.Pending 0→3",
                "ReviewAndLitigation.AdministrativeReview.Upheld 2→7; ReviewAndLitigation.LitigationAfterReview.Total 4→1",
            ],
            violations[0].Corrections.Select(Text));
        AssertEachBalances(report, violations[0].Corrections);
    }

    public static TheoryData<string> Editions() => ["2019", "2021", "hybrid"];

    private static DisclosureReport Sample(string edition) => edition switch
    {
        "2019" => Reports.Seed,
        "2021" => Reports.Balanced2021,
        _ => EditionHybridTests.ToHybrid(Reports.Balanced2021),
    };

    [Theory]
    [MemberData(nameof(Editions))]
    public void One_more_application_received_is_corrected_by_taking_it_back_or_carrying_it_forward(string edition)
    {
        var sample = Sample(edition);
        var newly = sample.Applications.NewlyReceived;
        var forward = sample.Applications.CarriedForwardToNextYear;
        var over = sample.Applications.CarriedOverFromLastYear;
        var report = sample.WithApplications(a => a with { NewlyReceived = newly.With(ApplicantColumn.NaturalPerson, newly.NaturalPerson + 1).With(ApplicantColumn.Total, newly.Total + 1) });

        var violations = Violations(report).Where(IsBalancing).ToList();

        Assert.Equal(["Applications.CarriedForwardToNextYear.NaturalPerson", "Applications.CarriedForwardToNextYear.Total"], violations.Select(v => v.PropertyPath));
        Assert.All(violations, v => Assert.Equal("R1", v.Code));
        Assert.All(violations, v => Assert.False(v.MoreCorrections));
        List<string> expected = [$"Applications.NewlyReceived.NaturalPerson {newly.NaturalPerson + 1}→{newly.NaturalPerson}; Applications.NewlyReceived.Total {newly.Total + 1}→{newly.Total}"];
        if (over.NaturalPerson > 0)
        {
            // Carried over from last year is on the same side as newly received: one fewer there balances too.
            expected.Add($"Applications.CarriedOverFromLastYear.NaturalPerson {over.NaturalPerson}→{over.NaturalPerson - 1}; Applications.CarriedOverFromLastYear.Total {over.Total}→{over.Total - 1}");
        }

        expected.Add($"Applications.CarriedForwardToNextYear.NaturalPerson {forward.NaturalPerson}→{forward.NaturalPerson + 1}; Applications.CarriedForwardToNextYear.Total {forward.Total}→{forward.Total + 1}");
        Assert.Equal(expected, violations[0].Corrections.Select(Text));
        Assert.Equal(violations[0].Corrections, violations[1].Corrections);
        AssertEachBalances(report, violations[0].Corrections);
    }

    [Fact]
    public void A_table_that_needs_more_than_three_changes_gets_no_suggestion()
    {
        // Four applicant columns and the 总计 of 一 each one too many: R1 fails in five columns, five cells at least.
        var report = Reports.Seed.WithApplications(a => a with { NewlyReceived = new ApplicantCounts(1, 1, 1, 1, 0, 0, 4) });

        var violations = Violations(report).Where(IsBalancing).ToList();

        Assert.Equal(["R1", "R1", "R1", "R1", "R1"], violations.Select(v => v.Code));
        Assert.All(violations, v => Assert.Empty(v.Corrections));
        Assert.All(violations, v => Assert.False(v.MoreCorrections));
    }

    [Fact]
    public void A_table_with_an_unread_cell_gets_no_suggestion()
    {
        // 复议后起诉 has an unread cell (NA); 行政复议 is off, but the table is not assessable as a whole.
        var report = WithReview(Reports.Balanced2021, new CaseResultCounts(10, 1, 0, 0, 0), new CaseResultCounts(null, 0, 0, 0, 0)) with
        {
            UnreadCells = [new UnreadCell { PropertyPath = "ReviewAndLitigation.LitigationAfterReview.Upheld", Code = DisclosureModel.Import.ImportDiagnosticCode.RowMissing, Message = "not read", ChineseMessage = "未读取" }],
        };

        var violations = Violations(report);

        Assert.Equal(["R4", "NA"], violations.Select(v => v.Code));
        Assert.Empty(violations[0].Corrections);
        Assert.False(violations[0].MoreCorrections);
    }

    [Fact]
    public void A_printed_blank_total_that_R3_skips_is_never_filled_in()
    {
        // 一、本年新收 总计 printed blank: R3 skips the row, R1 of 总计 counts it as 0 and fails. Filling it in (0 → 1)
        // would be one change, but a blank total stays blank: the smallest corrections change three other cells.
        var report = Reports.Seed.WithApplications(a => a with
        {
            NewlyReceived = new ApplicantCounts(1, 0, 0, 0, 0, 0, null),
            CarriedForwardToNextYear = new ApplicantCounts(1, 0, 0, 0, 0, 0, 1),
        });

        var violation = Assert.Single(Violations(report), IsBalancing);

        Assert.Equal(("R1", "Applications.CarriedForwardToNextYear.Total"), (violation.Code, violation.PropertyPath));
        Assert.Equal(
            [
                "Applications.NewlyReceived.NaturalPerson 1→0; Applications.CarriedOverFromLastYear.NaturalPerson 0→1; Applications.CarriedOverFromLastYear.Total 0→1",
                "Applications.NewlyReceived.NaturalPerson 1→0; Applications.CarriedForwardToNextYear.NaturalPerson 1→0; Applications.CarriedForwardToNextYear.Total 1→0",
            ],
            violation.Corrections.Select(Text));
        Assert.False(violation.MoreCorrections);
        AssertEachBalances(report, violation.Corrections);
    }

    [Fact]
    public void A_section_two_inequality_gets_no_suggestion_and_a_valid_report_none_at_all()
    {
        Assert.Empty(Violations(Reports.Seed));
        var proactive = Violations(Reports.Seed.WithProactive2019(p => p with { Article20Item1 = p.Article20Item1 with { Rules = p.Article20Item1.Rules with { PublishedThisYear = 5, TotalPublished = 1 } } }));
        var violation = Assert.Single(proactive);
        Assert.Equal("R7", violation.Code);
        Assert.Empty(violation.Corrections);
    }

    public static TheoryData<FormatEdition, bool> Shapes() => new() { { FormatEdition.Edition2019, false }, { FormatEdition.Edition2021, false }, { FormatEdition.Edition2021, true } };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Changing_one_or_two_cells_of_balanced_tables_is_undone_by_a_correction_no_larger(FormatEdition edition, bool hybrid)
    {
        var template = Samples.All.Single(s => s.Edition == edition);
        var gen = Gen.Select(ReportAggregatorTests.BalancedTables(edition), Gen.Int[1, 2], Gen.Int[0, 100_000].Array[2], Gen.Int[-9, 9].Array[2], (tables, n, picks, deltas) => (tables, n, picks, deltas));
        gen.Sample(x =>
        {
            var report = template with { Applications = x.tables.Applications, ReviewAndLitigation = x.tables.Review };
            report = hybrid ? EditionHybridTests.ToHybrid(report) : report;
            var catalog = CellCatalog.For(report);
            var values = catalog.Read(report);
            var candidates = Enumerable.Range(0, catalog.Count).Where(i => catalog[i].Table != StatutoryTable.ProactiveDisclosure && !values[i].IsBlank).ToList();
            var changed = new HashSet<int>();
            for (var k = 0; k < x.n; k++)
            {
                var slot = candidates[x.picks[k] % candidates.Count];
                var value = values[slot].Number!.Value;
                var delta = x.deltas[k] == 0 ? 1 : x.deltas[k];
                values[slot] = new CellValue(value + delta < 0 ? value - delta : value + delta);
                changed.Add(slot);
            }

            var broken = catalog.Build(report, values);
            var failures = Violations(broken).Where(IsBalancing).ToList();
            foreach (var table in failures.GroupBy(v => v.PropertyPath[..v.PropertyPath.IndexOf('.', StringComparison.Ordinal)]))
            {
                var corrections = table.First().Corrections;
                Assert.All(table, v => Assert.Equal(corrections, v.Corrections));
                Assert.NotEmpty(corrections);
                Assert.All(corrections, c => Assert.InRange(c.Changes.Count, 1, changed.Count));
                foreach (var correction in corrections)
                {
                    var fixedReport = CorrectionApplier.Apply(broken, correction);
                    Assert.DoesNotContain(Violations(fixedReport), v => IsBalancing(v) && v.PropertyPath.StartsWith(table.Key + ".", StringComparison.Ordinal));
                }
            }
        }, iter: 60);
    }

    [Theory]
    [InlineData(FormatEdition.Edition2019)]
    [InlineData(FormatEdition.Edition2021)]
    public void Randomly_filled_tables_get_at_most_five_corrections_of_at_most_three_cells_each_of_which_balances(FormatEdition edition)
    {
        // A badly broken table (every cell random, some blank): the search is bounded, so validation returns; what it
        // offers is within the bounds and correct.
        var template = Samples.All.Single(s => s.Edition == edition);
        var catalog = CellCatalog.Get(edition);
        var tableCells = Enumerable.Range(0, catalog.Count).Where(i => catalog[i].Table != StatutoryTable.ProactiveDisclosure).ToArray();
        var gen = Gen.Int[-3, 40].Array[tableCells.Length];
        gen.Sample(numbers =>
        {
            var values = catalog.Read(template);
            for (var i = 0; i < tableCells.Length; i++)
            {
                values[tableCells[i]] = numbers[i] < 0 ? CellValue.Blank : new CellValue(numbers[i]);
            }

            var report = catalog.Build(template, values);
            foreach (var violation in Violations(report).Where(IsBalancing))
            {
                Assert.InRange(violation.Corrections.Count, 0, 5);
                Assert.All(violation.Corrections, c => Assert.InRange(c.Changes.Count, 1, 3));
                foreach (var correction in violation.Corrections)
                {
                    var table = violation.PropertyPath[..violation.PropertyPath.IndexOf('.', StringComparison.Ordinal)];
                    Assert.DoesNotContain(Violations(CorrectionApplier.Apply(report, correction)), v => IsBalancing(v) && v.PropertyPath.StartsWith(table + ".", StringComparison.Ordinal));
                }
            }
        }, iter: 30);
    }
}
