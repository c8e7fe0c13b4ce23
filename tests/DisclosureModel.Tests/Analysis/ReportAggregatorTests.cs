using CsCheck;
using DisclosureModel.Analysis;
using DisclosureModel.Rendering;
using DisclosureModel.Validation;

namespace DisclosureModel.Tests.Analysis;

public class ReportAggregatorTests
{
    [Fact]
    public void Two_real_2020_reports_sum_cell_by_cell()
    {
        var sum = ReportAggregator.Sum([Samples.Yeji2020, CorpusReports.Pingtan2020], "合计", AgencyKind.CountyAggregate);
        var r = sum.Report;
        Assert.Equal("合计", r.Metadata.AgencyName);
        Assert.Equal(2020, r.Metadata.ReportYear);
        Assert.Equal(FormatEdition.Edition2019, r.Edition);
        Assert.Equal(AgencyKind.CountyAggregate, r.Metadata.AgencyKind);
        Assert.Equal([Samples.Yeji2020.Metadata, CorpusReports.Pingtan2020.Metadata], sum.Sources);

        // The cells Pingtan's importer could not read have no known sum: blank and unread in the roll-up, with a note each.
        var unread = CorpusReports.Pingtan2020.UnreadCells;
        Assert.NotEmpty(unread);
        Assert.Equal(unread, r.UnreadCells);
        Assert.Equal([.. unread.Select(u => $"{u.PropertyPath}: left blank and unread; it could not be read in the report of 平潭综合实验区.")], sum.Notes);
        Assert.All(unread, u => Assert.True(CellCatalog.Edition2019.Find(u.PropertyPath)!.GetValue(r).IsBlank));
        Assert.Equal(new ApplicantCounts(20, 0, 0, 0, 0, 1, 21), r.Applications.NewlyReceived);
        Assert.Equal(CorpusReports.Pingtan2020.Applications, r.Applications); // Yeji's Section 三 is all 0
        var proactive = (ProactiveDisclosure2019)r.ProactiveDisclosure;
        Assert.Equal(new DocumentCounts2019(77, 77, 166), proactive.Article20Item1.NormativeDocuments);
        Assert.Equal(new MatterCounts2019(null, null, null), proactive.Article20Item6.AdministrativePenalty); // Pingtan's unread (undecided split) plus Yeji's 0 is unknown

        // Yeji printed 0 without a unit, Pingtan 73802895.90元: a zero needs no unit.
        Assert.Equal(new MoneyAmount(73802895.90m, MoneyUnit.Yuan), proactive.Article20Item9.CentralizedProcurement.TotalAmount);
        Assert.Equal(118, r.Overview.ProactivelyDisclosedCount);
        Assert.Equal(198, ReportCells.GetCells(r).Count);
    }

    [Fact]
    public void Blank_plus_blank_is_blank_and_blank_plus_a_number_is_the_number()
    {
        var a = Samples.Pingtan2022 with
        {
            Applications = Samples.Pingtan2022.Applications with { NewlyReceived = new(null, null, 1, null, null, null, null) },
            ReviewAndLitigation = Samples.Pingtan2022.ReviewAndLitigation with { LitigationAfterReview = default },
        };
        var b = Samples.Pingtan2022 with
        {
            Applications = Samples.Pingtan2022.Applications with { NewlyReceived = new(2, null, null, null, null, null, 2) },
            ReviewAndLitigation = Samples.Pingtan2022.ReviewAndLitigation with { LitigationAfterReview = new(null, null, null, null, 0) },
        };
        var r = ReportAggregator.Sum([a, b], "区").Report;
        Assert.Equal(new ApplicantCounts(2, null, 1, null, null, null, 2), r.Applications.NewlyReceived);
        Assert.Equal(new CaseResultCounts(null, null, null, null, 0), r.ReviewAndLitigation.LitigationAfterReview);
        Assert.Equal(9116.36m * 2, ((ProactiveDisclosure2021)r.ProactiveDisclosure).Article20Item8.AdministrativeFees);
    }

    [Fact]
    public void Amounts_in_different_units_are_converted_or_left_blank_with_a_note()
    {
        // Without Pingtan's unread cells, whose notes are not the subject here.
        DisclosureReport With(MoneyAmount? amount) => CorpusReports.Pingtan2020 with
        {
            UnreadCells = [],
            ProactiveDisclosure = ((ProactiveDisclosure2019)CorpusReports.Pingtan2020.ProactiveDisclosure) with { Article20Item9 = new() { CentralizedProcurement = new(1, amount) } },
        };
        static MoneyAmount? Amount(AggregatedReport sum) => ((ProactiveDisclosure2019)sum.Report.ProactiveDisclosure).Article20Item9.CentralizedProcurement.TotalAmount;

        var converted = ReportAggregator.Sum([With(new(1.5m, MoneyUnit.TenThousandYuan)), With(new(100m, MoneyUnit.Yuan))], "区");
        Assert.Equal(new MoneyAmount(15100m, MoneyUnit.Yuan), Amount(converted));
        Assert.Contains("converted to yuan", Assert.Single(converted.Notes), StringComparison.Ordinal);

        var blank = ReportAggregator.Sum([With(new(1.5m, null)), With(new(100m, MoneyUnit.Yuan))], "区");
        Assert.Null(Amount(blank));
        Assert.StartsWith("ProactiveDisclosure.Article20Item9.CentralizedProcurement.TotalAmount: left blank", Assert.Single(blank.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_reports_of_the_same_year_and_edition_can_be_summed()
    {
        Assert.Throws<ArgumentException>("reports", () => ReportAggregator.Sum([Samples.Yeji2020, Samples.Pingtan2022], "区"));
        Assert.Throws<ArgumentException>("reports", () => ReportAggregator.Sum([], "区"));
        Assert.Throws<ArgumentException>("agencyName", () => ReportAggregator.Sum([Samples.Yeji2020], " "));
        Assert.Throws<ArgumentNullException>("reports", () => ReportAggregator.Sum(null!, "区"));
        Assert.Throws<ArgumentNullException>("reports", () => ReportAggregator.Sum([Samples.Yeji2020, null!], "区"));
        Assert.Throws<OverflowException>(() => ReportAggregator.Sum(
            [Samples.Yeji2020 with { ReviewAndLitigation = ReviewAndLitigationTable.FromPrintOrder([int.MaxValue, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) }, Samples.Yeji2020 with { ReviewAndLitigation = ReviewAndLitigationTable.FromPrintOrder([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) }],
            "区"));
    }

    [Fact]
    public void The_sum_of_one_report_has_its_tables()
    {
        var sum = ReportAggregator.Sum([Samples.Pingtan2022], "平潭");
        Assert.Equal(ReportRenderer.ToTablesText(Samples.Pingtan2022), ReportRenderer.ToTablesText(sum.Report));
    }

    [Theory]
    [InlineData(FormatEdition.Edition2019)]
    [InlineData(FormatEdition.Edition2021)]
    public void The_sum_of_balanced_reports_is_balanced(FormatEdition edition)
    {
        // Whenever the validators find no error in any input, they find none in the sum.
        var template = Samples.All.Single(s => s.Edition == edition);
        var report = BalancedTables(edition).Select(t => template with { Applications = t.Applications, ReviewAndLitigation = t.Review });
        report.Array[2, 5].Sample(reports =>
        {
            Assert.All(reports, r => AssertBalanced(r));
            var sum = ReportAggregator.Sum(reports, "区").Report;
            AssertBalanced(sum);
            var inputs = reports.Select(ReportCells.GetCells).ToList();
            var summed = ReportCells.GetCells(sum);
            for (var i = 0; i < summed.Count; i++)
            {
                var values = inputs.Select(cells => cells[i].Value).Where(v => v is not null).ToList();
                Assert.Equal(values.Count == 0 ? null : values.Sum(), summed[i].Value);
            }
        }, iter: 40);
    }

    /// <summary>Generates Section 三 and 四 tables that satisfy R1–R4, with blank (= 0) cells in some rows.</summary>
    internal static Gen<(ApplicationsTable Applications, ReviewAndLitigationTable Review)> BalancedTables(FormatEdition edition)
    {
        var rows = ApplicationsLayout.GetRows(edition);
        var outcomeRows = rows.Where(r => r.IsOutcome).Select(r => r.Row).ToArray();
        var cell = Gen.Int[0, 50];
        var counts = Gen.Select(cell.Array[6], Gen.Int[0, 9], (a, blank) => blank == 0
            ? new ApplicantCounts(null, null, null, null, null, null, 0)
            : ApplicantCounts.FromApplicants(a[0], a[1], a[2], a[3], a[4], a[5]));
        var block = Gen.Select(cell.Array[4], a => CaseResultCounts.FromResults(a[0], a[1], a[2], a[3]));
        return Gen.Select(counts.Array[outcomeRows.Length], counts, counts, block.Array[3], (outcomes, carriedOver, carriedForward, blocks) =>
        {
            var byRow = outcomeRows.Zip(outcomes).ToDictionary(x => x.First, x => x.Second);
            var total = ApplicantCounts.Zero + ApplicantCounts.Sum(outcomes); // blank + 0 = 0: every column has a number

            // 一 = 七 + 四 − 二, column by column, made non-negative by raising 四 where needed.
            var newly = ApplicantCounts.Zero;
            foreach (var column in ApplicantColumns.Applicants)
            {
                var value = (total[column] ?? 0) + (carriedForward[column] ?? 0) - (carriedOver[column] ?? 0);
                if (value < 0)
                {
                    carriedForward = carriedForward.With(column, (carriedForward[column] ?? 0) - value);
                    value = 0;
                }

                newly = newly.With(column, value);
            }

            var applications = ApplicationsTable.Create(edition, row => row switch
            {
                ApplicationRow.NewlyReceived => newly.WithComputedTotal(),
                ApplicationRow.CarriedOverFromLastYear => carriedOver.WithComputedTotal(),
                ApplicationRow.CarriedForwardToNextYear => carriedForward.WithComputedTotal(),
                ApplicationRow.OutcomesTotal => total.WithComputedTotal(),
                _ => byRow[row],
            });
            return (applications, ReviewAndLitigationTable.FromPrintOrder([.. blocks.SelectMany(b => ReviewAndLitigationLayout.Columns.Select(c => b[c]))]));
        });
    }

    private static readonly DisclosureReportValidator Validator = new(new DisclosureValidatorOptions { Language = ValidationLanguage.English, MinimumSeverity = FluentValidation.Severity.Info });

    /// <summary>Asserts that the validators find no error-severity failure (R1–R5 and the structural rules).</summary>
    internal static void AssertBalanced(DisclosureReport report)
    {
        var result = Validator.Validate(report);
        Assert.False(result.Errors.Any(f => f.Severity == FluentValidation.Severity.Error), CanonicalText.Format(result));
    }

    [Fact]
    public void An_overflowing_roll_up_names_the_cell()
    {
        var big = Samples.Yeji2020 with { ReviewAndLitigation = ReviewAndLitigationTable.FromPrintOrder([int.MaxValue, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]) };
        var cell = Assert.Throws<OverflowException>(() => ReportAggregator.Sum([big, big], "区"));
        Assert.StartsWith("The sum of ReviewAndLitigation.AdministrativeReview.", cell.Message, StringComparison.Ordinal);
        Assert.EndsWith($" exceeds {int.MaxValue}, the largest count.", cell.Message, StringComparison.Ordinal);

        var overview = Samples.Yeji2020 with { Overview = Samples.Yeji2020.Overview with { ProactivelyDisclosedCount = int.MaxValue } };
        var count = Assert.Throws<OverflowException>(() => ReportAggregator.Sum([overview, overview], "区"));
        Assert.Equal($"The sum of overview.proactivelyDisclosedCount exceeds {int.MaxValue}, the largest count.", count.Message);
    }
}
