using DisclosureModel.Import;
using DisclosureModel.Tests.Import;
using DisclosureModel.Validation;

namespace DisclosureModel.Tests.Validation;

/// <summary>
/// The year-to-year rule table (X1–X4): one table, whose rows the series validator checks and the importer's Section 二
/// evidence uses, built over the catalogue cells.
/// </summary>
public class YearOverYearRulesTests
{
    public static TheoryData<string> Reports => ["Yeji2020", "Pingtan2020", "Pingtan2022"];

    private static DisclosureReport Report(string name) => name switch
    {
        "Yeji2020" => Samples.Yeji2020,
        "Pingtan2020" => CorpusReports.Pingtan2020,
        "Pingtan2022" => Samples.Pingtan2022,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>Gets a pair of consecutive reports for which every relation holds: the previous year is built from the later report.</summary>
    private static (DisclosureReport Earlier, DisclosureReport Later) ConsistentPair(string name)
    {
        var later = Report(name) with { UnreadCells = [] };
        var earlier = RunTogetherSolvingTests.PreviousOf(later)!;
        earlier = earlier with
        {
            Applications = later.Applications with { CarriedForwardToNextYear = later.Applications.CarriedOverFromLastYear },
            UnreadCells = [],
        };
        return (earlier, later);
    }

    [Fact]
    public void The_importer_and_the_series_validator_read_the_same_rows_of_one_table()
    {
        foreach (var name in (string[])["Pingtan2020", "Pingtan2022"])
        {
            var (earlier, later) = ConsistentPair(name);
            var edition = later.Edition;
            var table = YearOverYearRules.Get(edition);
            var importer = SectionTwoEvidence.Relations(edition);

            // The validator checks every row of the edition's table, the same objects in the same order.
            Assert.Equal(table.Count, DisclosureReportSeriesValidator.RelationsFor(earlier, later).Count());
            Assert.All(table.Zip(DisclosureReportSeriesValidator.RelationsFor(earlier, later)), p => Assert.Same(p.First, p.Second));

            // The importer's relations are the table's Section 二 rows, the same objects; the old accessor gives them too.
            Assert.Equal([.. table.Where(r => r.Table == StatutoryTable.ProactiveDisclosure)], importer, ReferenceEqualityComparer.Instance);
            Assert.Equal(importer, ContinuityRelation.Of(edition), ReferenceEqualityComparer.Instance);
            Assert.NotEmpty(importer);
        }

        // Across the edition boundary only X1 applies, and its rows are the same objects in both editions' lists.
        var across = DisclosureReportSeriesValidator.RelationsFor(CorpusReports.Pingtan2020, Samples.Pingtan2022).ToList();
        Assert.Equal(Enumerable.Repeat("X1", 7), across.Select(r => r.Rule.Code));
        Assert.Equal(YearOverYearRules.Get(FormatEdition.Edition2019).Take(7), across, ReferenceEqualityComparer.Instance);
        Assert.Equal(YearOverYearRules.Get(FormatEdition.Edition2021).Take(7), across, ReferenceEqualityComparer.Instance);
    }

    [Fact]
    public void The_table_holds_X1_per_column_and_X2_to_X4_per_row_over_catalogue_cells()
    {
        Assert.Equal(
            ["X1", "X1", "X1", "X1", "X1", "X1", "X1", "X3", "X3", "X2", "X2", "X2", "X2", "X2", "X4", "X4"],
            YearOverYearRules.All.Select(r => r.Rule.Code));
        Assert.Equal(
            [.. ApplicantColumns.All.Select(c => ($"Applications.CarriedOverFromLastYear.{c}", $"Applications.CarriedForwardToNextYear.{c}"))],
            YearOverYearRules.All.Where(r => r.Rule.Code == "X1").Select(r => (r.Subject, Assert.Single(r.Previous))));
        Assert.All(YearOverYearRules.All.Where(r => r.Rule.Code == "X1"), r => Assert.Empty(r.Current));

        foreach (var relation in YearOverYearRules.All)
        {
            var paths = relation.Previous.Append(relation.Subject).Concat(relation.Current.Select(c => c.Path)).ToList();
            var catalogs = relation.Edition is { } edition
                ? [CellCatalog.Get(edition)]
                : (CellCatalog[])[CellCatalog.Edition2019, CellCatalog.Edition2021, CellCatalog.Edition2021Hybrid];
            Assert.All(catalogs, catalog => Assert.All(paths, p => Assert.Equal(relation.Table, catalog.Find(p)!.Table)));
            Assert.Equal(relation.Rule.OnlyIn, relation.Edition);
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Each_row_of_the_table_is_checked_on_its_subject_cell(string name)
    {
        var (earlier, later) = ConsistentPair(name);
        var validator = new DisclosureReportSeriesValidator(DisclosureModel.Tests.Validation.Reports.Everything);
        Assert.Empty(validator.Validate([earlier, later]).Errors);

        var catalog = CellCatalog.For(later);
        var checkedRows = 0;
        foreach (var relation in YearOverYearRules.Get(later.Edition))
        {
            // One more in the subject breaks the relation, unless a blank cell skips it.
            var values = catalog.Read(later);
            var subject = catalog.Find(relation.Subject)!;
            values[subject.Index] = new CellValue((values[subject.Index].Number ?? 0) + 1);
            var changed = catalog.Build(later, values);
            var blank = relation.Previous.Any(p => CellCatalog.For(earlier).Find(p)!.GetValue(earlier).Number is null)
                || relation.Current.Select(c => c.Path).Append(relation.Subject).Any(p => catalog.Find(p)!.GetValue(changed).Number is null);
            var expected = relation.BlankCells == BlankCellPolicy.CountAsZero || !blank ? [(relation.Rule.Code, $"[1].{relation.Subject}")] : Array.Empty<(string, string)>();

            Assert.Equal(expected, validator.Validate([earlier, changed]).Errors.Select(f => (f.ErrorCode, f.PropertyName)));
            checkedRows += expected.Length;
        }

        Assert.True(checkedRows > 7, "every X1 row and some Section 二 row are checked");
    }
}
