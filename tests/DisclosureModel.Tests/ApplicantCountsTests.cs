namespace DisclosureModel.Tests;

public class ApplicantCountsTests
{
    private static readonly ApplicantCounts Sample = new(20, 1, 2, 3, 4, 5, 35);

    [Fact]
    public void Constructor_keeps_every_cell_in_print_order()
    {
        Assert.Equal(20, Sample.NaturalPerson);
        Assert.Equal(1, Sample.CommercialEnterprise);
        Assert.Equal(2, Sample.ResearchInstitution);
        Assert.Equal(3, Sample.PublicInterestOrganization);
        Assert.Equal(4, Sample.LegalServiceOrganization);
        Assert.Equal(5, Sample.Other);
        Assert.Equal(35, Sample.Total);
        Assert.Equal([20, 1, 2, 3, 4, 5, 35], ApplicantColumns.All.Select(c => Sample[c]));
    }

    [Fact]
    public void Negative_counts_are_rejected_by_constructor_and_by_with()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ApplicantCounts(0, 0, -1, 0, 0, 0, 0));
        Assert.Equal("ResearchInstitution", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample with { Total = -5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample.With(ApplicantColumn.Other, -1));
    }

    [Fact]
    public void Default_is_blank_and_distinct_from_zero()
    {
        Assert.True(default(ApplicantCounts).IsBlank);
        Assert.Equal(ApplicantCounts.Blank, default);
        Assert.False(ApplicantCounts.Zero.IsBlank);
        Assert.NotEqual(ApplicantCounts.Zero, ApplicantCounts.Blank);
        Assert.Null(default(ApplicantCounts).Total);
        Assert.Equal(0, default(ApplicantCounts).ApplicantSum);
    }

    [Fact]
    public void ApplicantSum_adds_the_six_applicant_columns_and_ignores_the_printed_total()
    {
        Assert.Equal(35, Sample.ApplicantSum);
        Assert.Equal(35, (Sample with { Total = 999 }).ApplicantSum);
        Assert.Equal(20, new ApplicantCounts(20, null, null, null, null, null, null).ApplicantSum);
    }

    [Fact]
    public void ApplicantSum_does_not_overflow_for_maximal_cells()
    {
        var max = new ApplicantCounts(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, null);
        Assert.Equal(6L * int.MaxValue, max.ApplicantSum);
        Assert.Throws<OverflowException>(() => max.WithComputedTotal());
    }

    [Fact]
    public void FromApplicants_computes_the_total()
    {
        var row = ApplicantCounts.FromApplicants(71, 3);
        Assert.Equal(new ApplicantCounts(71, 3, 0, 0, 0, 0, 74), row);
    }

    [Fact]
    public void Addition_is_cell_wise_and_keeps_blank_only_where_both_are_blank()
    {
        var a = new ApplicantCounts(1, null, 2, null, 0, 0, null);
        var b = new ApplicantCounts(10, 5, null, null, 0, 1, 3);
        Assert.Equal(new ApplicantCounts(11, 5, 2, null, 0, 1, 3), a + b);
        Assert.Equal(a + b, ApplicantCounts.Sum([a, b]));
        Assert.Equal(ApplicantCounts.Blank, ApplicantCounts.Sum([]));
        Assert.Throws<OverflowException>(() => new ApplicantCounts(int.MaxValue, 0, 0, 0, 0, 0, 0) + new ApplicantCounts(1, 0, 0, 0, 0, 0, 0));
    }

    [Theory]
    [InlineData(ApplicantColumn.NaturalPerson)]
    [InlineData(ApplicantColumn.CommercialEnterprise)]
    [InlineData(ApplicantColumn.ResearchInstitution)]
    [InlineData(ApplicantColumn.PublicInterestOrganization)]
    [InlineData(ApplicantColumn.LegalServiceOrganization)]
    [InlineData(ApplicantColumn.Other)]
    [InlineData(ApplicantColumn.Total)]
    public void With_replaces_exactly_one_cell(ApplicantColumn column)
    {
        var changed = Sample.With(column, 77);
        foreach (var other in ApplicantColumns.All)
        {
            Assert.Equal(other == column ? 77 : Sample[other], changed[other]);
        }

        Assert.Null(Sample.With(column, null)[column]);
    }

    [Fact]
    public void Undefined_column_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample[(ApplicantColumn)99]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample.With((ApplicantColumn)99, 1));
    }

    [Fact]
    public void ToString_prints_cells_in_order_with_blank_as_underscore()
    {
        Assert.Equal("20 1 2 3 4 5 35", Sample.ToString());
        Assert.Equal("1 _ _ _ _ _ _", new ApplicantCounts(1, null, null, null, null, null, null).ToString());
    }

    [Fact]
    public void Equality_is_by_value()
    {
        Assert.Equal(new ApplicantCounts(20, 1, 2, 3, 4, 5, 35), Sample);
        Assert.Equal(new ApplicantCounts(20, 1, 2, 3, 4, 5, 35).GetHashCode(), Sample.GetHashCode());
        Assert.NotEqual(Sample with { Other = 6 }, Sample);
    }

    [Fact]
    public void An_overflowing_sum_names_the_column()
    {
        var exception = Assert.Throws<OverflowException>(() => new ApplicantCounts(0, int.MaxValue, 0, 0, 0, 0, 0) + new ApplicantCounts(0, 1, 0, 0, 0, 0, 0));
        Assert.Equal($"The sum of the commercialEnterprise column (商业企业) is 2147483648, more than {int.MaxValue}.", exception.Message);
        var total = Assert.Throws<OverflowException>(() => new ApplicantCounts(int.MaxValue, 1, 0, 0, 0, 0, null).WithComputedTotal());
        Assert.Equal($"The total of the six applicant columns is 2147483648, more than {int.MaxValue}.", total.Message);
    }
}
