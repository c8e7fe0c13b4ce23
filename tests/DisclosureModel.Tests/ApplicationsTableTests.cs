namespace DisclosureModel.Tests;

public class ApplicationsTableTests
{
    private static ApplicantCounts RowFor(ApplicationRow row) => ApplicantCounts.FromApplicants((int)row + 1, 1);

    [Theory]
    [InlineData(FormatEdition.Edition2019, 23)]
    [InlineData(FormatEdition.Edition2021, 25)]
    public void Create_reads_every_data_row_of_the_edition_once(FormatEdition edition, int rows)
    {
        var asked = new List<ApplicationRow>();
        var table = ApplicationsTable.Create(edition, row =>
        {
            asked.Add(row);
            return RowFor(row);
        });

        Assert.Equal(rows, asked.Count);
        Assert.Equal(ApplicationsLayout.GetRows(edition).Select(r => r.Row), asked);
        Assert.Equal(edition, table.Edition);
        foreach (var row in asked)
        {
            Assert.Equal(RowFor(row), table[row]);
        }
    }

    [Fact]
    public void Rows_of_the_other_edition_read_as_null()
    {
        var t2019 = ApplicationsTable.Zero(FormatEdition.Edition2019);
        var t2021 = ApplicationsTable.Zero(FormatEdition.Edition2021);
        Assert.Null(t2019[ApplicationRow.FeeNotPaid]);
        Assert.Null(t2019[ApplicationRow.CorrectionNotSubmitted]);
        Assert.Null(t2019[ApplicationRow.OtherHandlingOther]);
        Assert.Null(t2021[ApplicationRow.OtherHandling]);
        Assert.Equal(ApplicantCounts.Zero, t2019[ApplicationRow.OtherHandling]);
        Assert.Equal(ApplicantCounts.Zero, t2021[ApplicationRow.FeeNotPaid]);
        Assert.IsType<ApplicationOutcomes2019>(t2019.Outcomes);
        Assert.IsType<ApplicationOutcomes2021>(t2021.Outcomes);
    }

    [Fact]
    public void Other_handling_sum_is_the_2019_row_or_the_three_2021_rows()
    {
        var t2019 = ApplicationsTable.Create(FormatEdition.Edition2019, RowFor);
        Assert.Equal(RowFor(ApplicationRow.OtherHandling), t2019.Outcomes.OtherHandlingSum);

        var t2021 = ApplicationsTable.Create(FormatEdition.Edition2021, RowFor);
        Assert.Equal(
            RowFor(ApplicationRow.CorrectionNotSubmitted) + RowFor(ApplicationRow.FeeNotPaid) + RowFor(ApplicationRow.OtherHandlingOther),
            t2021.Outcomes.OtherHandlingSum);
    }

    [Fact]
    public void SumOfOutcomes_adds_every_outcome_row_and_matches_the_pingtan_total()
    {
        var outcomes = Samples.Pingtan2022.Applications.Outcomes;
        Assert.Equal(outcomes.Total, outcomes.SumOfOutcomes());

        var table = ApplicationsTable.Create(FormatEdition.Edition2019, RowFor);
        var expected = ApplicationsLayout.GetRows(FormatEdition.Edition2019)
            .Where(r => r.IsOutcome)
            .Aggregate(ApplicantCounts.Blank, (sum, r) => sum + RowFor(r.Row));
        Assert.Equal(expected, table.Outcomes.SumOfOutcomes());
        Assert.Equal(19, ApplicationsLayout.GetRows(FormatEdition.Edition2019).Count(r => r.IsOutcome));
        Assert.Equal(21, ApplicationsLayout.GetRows(FormatEdition.Edition2021).Count(r => r.IsOutcome));
    }

    [Fact]
    public void Tables_compare_by_value_and_copy_with_changes()
    {
        var a = ApplicationsTable.Create(FormatEdition.Edition2021, RowFor);
        var b = ApplicationsTable.Create(FormatEdition.Edition2021, RowFor);
        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());

        var changed = a with { NewlyReceived = a.NewlyReceived.With(ApplicantColumn.NaturalPerson, 0) };
        Assert.NotEqual(a, changed);
        Assert.Equal(0, changed.NewlyReceived.NaturalPerson);
        Assert.Equal(a.Outcomes, changed.Outcomes);

        // The 2019 and 2021 outcome shapes are different types and never equal.
        var zero2019 = ApplicationsTable.Zero(FormatEdition.Edition2019);
        var zero2021 = ApplicationsTable.Zero(FormatEdition.Edition2021);
        Assert.NotEqual(zero2019, zero2021);
    }

    [Fact]
    public void Nested_copy_changes_one_cell_deep_in_the_grid()
    {
        var table = ApplicationsTable.Zero(FormatEdition.Edition2021);
        var outcomes = (ApplicationOutcomes2021)table.Outcomes;
        var changed = table with
        {
            Outcomes = outcomes with
            {
                Withheld = outcomes.Withheld with { StateSecret = outcomes.Withheld.StateSecret with { NaturalPerson = 3 } },
            },
        };

        Assert.Equal(3, changed[ApplicationRow.StateSecret]!.Value.NaturalPerson);
        Assert.Equal(0, table[ApplicationRow.StateSecret]!.Value.NaturalPerson);
    }

    [Fact]
    public void Required_groups_reject_null()
    {
        var outcomes = (ApplicationOutcomes2021)ApplicationsTable.Zero(FormatEdition.Edition2021).Outcomes;
        Assert.Throws<ArgumentNullException>(() => outcomes with { Withheld = null! });
        Assert.Throws<ArgumentNullException>(() => outcomes with { OtherHandling = null! });
        Assert.Throws<ArgumentNullException>(() => ApplicationsTable.Create(FormatEdition.Edition2019, null!));
    }
}
