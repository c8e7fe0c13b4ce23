namespace DisclosureModel.Tests;

public class ProactiveDisclosureTests
{
    internal static ProactiveDisclosure2019 Build2019() => new()
    {
        Article20Item1 = new() { Rules = new(0, 0, 7), NormativeDocuments = new(77, 77, 166) },
        Article20Item5 = new() { AdministrativeLicensing = new(3964, 4, 2278), OtherExternalServices = new(10, 7, 105) },
        Article20Item6 = new() { AdministrativePenalty = new(2648, -18, 538), AdministrativeCoercion = new(126, 26, 29) },
        Article20Item8 = new() { AdministrativeFees = new(35, -15) },
        Article20Item9 = new() { CentralizedProcurement = new(395, new MoneyAmount(73802895.90m, MoneyUnit.Yuan)) },
    };

    internal static ProactiveDisclosure2021 Build2021() => new()
    {
        Article20Item1 = new() { Rules = new(0, 0, 0), NormativeDocuments = new(88, 55, 698) },
        Article20Item5 = new() { AdministrativeLicensing = 10690 },
        Article20Item6 = new() { AdministrativePenalty = 2113, AdministrativeCoercion = 0 },
        Article20Item8 = new() { AdministrativeFees = 9116.36m },
    };

    [Fact]
    public void The_2019_tables_hold_signed_changes_and_money_with_its_printed_unit()
    {
        var d = Build2019();
        Assert.Equal(FormatEdition.Edition2019, d.Edition);
        Assert.Equal(-18, d.Article20Item6.AdministrativePenalty.ChangeThisYear);
        Assert.Equal(-15, d.Article20Item8.AdministrativeFees.ChangeThisYear);
        Assert.Equal(new MoneyAmount(73802895.90m, MoneyUnit.Yuan), d.Article20Item9.CentralizedProcurement.TotalAmount);
        Assert.Equal("73802895.90元", d.Article20Item9.CentralizedProcurement.TotalAmount.ToString());
        Assert.Equal(166, d.Article20Item1.NormativeDocuments.TotalPublished);
    }

    [Fact]
    public void The_2021_tables_hold_decisions_and_fees_in_ten_thousand_yuan()
    {
        var d = Build2021();
        Assert.Equal(FormatEdition.Edition2021, d.Edition);
        Assert.Equal(698, d.Article20Item1.NormativeDocuments.InForce);
        Assert.Equal(10690, d.Article20Item5.AdministrativeLicensing);
        Assert.Equal(9116.36m, d.Article20Item8.AdministrativeFees);
        Assert.Equal(Samples.Pingtan2022.ProactiveDisclosure, d);
    }

    [Fact]
    public void Counts_cannot_be_negative_but_changes_can()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentCounts2019(-1, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentCounts2019(0, 0, 0) with { TotalPublished = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatterCounts2019(0, 0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeeItemCounts2019(-3, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProcurementCounts2019(-1, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentCounts2021(0, -1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LicensingTable2021 { AdministrativeLicensing = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new EnforcementTable2021 { AdministrativePenalty = 0, AdministrativeCoercion = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeesTable2021 { AdministrativeFees = -0.01m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MoneyAmount(-1m, null));
        Assert.Equal(-100, new MatterCounts2019(0, -100, 0).ChangeThisYear);
        Assert.Equal(-1, (new FeeItemCounts2019(0, 0) with { ChangeThisYear = -1 }).ChangeThisYear);
    }

    [Fact]
    public void Blank_cells_are_null()
    {
        var row = new MatterCounts2019(null, null, 5);
        Assert.Null(row.PreviousYearItems);
        Assert.Null(row.ChangeThisYear);
        Assert.Equal(5, row.Decisions);
        Assert.Null(new FeesTable2021 { AdministrativeFees = null }.AdministrativeFees);
    }

    [Fact]
    public void Money_keeps_its_scale_and_converts_only_with_a_known_unit()
    {
        var amount = new MoneyAmount(1.50m, MoneyUnit.TenThousandYuan);
        Assert.Equal("1.50万元", amount.ToString());
        Assert.Equal(15000m, amount.ToYuan());
        Assert.Null(new MoneyAmount(251000m, null).ToYuan());
        Assert.Equal("251000", new MoneyAmount(251000m, null).ToString());
        Assert.Equal(new MoneyAmount(1.5m, MoneyUnit.Yuan), new MoneyAmount(1.50m, MoneyUnit.Yuan));
        Assert.NotEqual(new MoneyAmount(1.5m, MoneyUnit.Yuan), new MoneyAmount(1.5m, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MoneyAmount(1m, (MoneyUnit)9));
    }

    [Fact]
    public void Tables_compare_by_value_including_the_edition_type()
    {
        Assert.Equal(Build2019(), Build2019());
        Assert.Equal(Build2019().GetHashCode(), Build2019().GetHashCode());
        Assert.Equal(Build2021(), Build2021());
        Assert.NotEqual<ProactiveDisclosure>(Build2019(), Build2021());

        var changed = Build2021() with { Article20Item6 = new() { AdministrativePenalty = 2114, AdministrativeCoercion = 0 } };
        Assert.NotEqual(Build2021(), changed);
        Assert.Equal(Build2021().Article20Item1, changed.Article20Item1);
    }

    [Fact]
    public void Required_sub_tables_reject_null()
    {
        Assert.Throws<ArgumentNullException>(() => Build2019() with { Article20Item9 = null! });
        Assert.Throws<ArgumentNullException>(() => Build2021() with { Article20Item1 = null! });
    }
}
