namespace DisclosureModel.Tests;

public class ReportMetadataTests
{
    private static ReportMetadata Build() => new()
    {
        AgencyName = "六安市叶集区融媒体中心",
        ReportYear = 2020,
        Edition = FormatEdition.Edition2019,
        StatisticsPeriod = new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)),
        PublishedAt = new LocalDateTime(2021, 1, 19, 8, 50),
    };

    [Fact]
    public void Optional_members_default_to_absent()
    {
        var m = Build();
        Assert.Equal(AgencyKind.Unspecified, m.AgencyKind);
        Assert.Null(m.SourceUrl);
        Assert.Null(m.DownloadLocation);
        Assert.Null(m.Contact);
    }

    [Fact]
    public void Publication_time_is_China_Standard_Time()
    {
        Assert.Equal("Asia/Shanghai", ReportMetadata.TimeZone.Id);
        Assert.Equal(Instant.FromUtc(2021, 1, 19, 0, 50), Build().GetPublicationInstant());
        Assert.Null((Build() with { PublishedAt = null }).GetPublicationInstant());
    }

    [Theory]
    [InlineData(2018)]
    [InlineData(9999)]
    [InlineData(0)]
    public void Report_years_outside_the_formats_are_rejected(int year)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Build() with { ReportYear = year });
        Assert.Equal("ReportYear", ex.ParamName);
    }

    [Fact]
    public void Blank_agency_name_and_undefined_enums_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Build() with { AgencyName = " " });
        Assert.Throws<ArgumentNullException>(() => Build() with { AgencyName = null! });
        Assert.Throws<ArgumentOutOfRangeException>(() => Build() with { Edition = (FormatEdition)2020 });
        Assert.Throws<ArgumentOutOfRangeException>(() => Build() with { AgencyKind = (AgencyKind)42 });
        Assert.Throws<ArgumentNullException>(() => Build() with { StatisticsPeriod = null! });
    }

    [Fact]
    public void Metadata_compares_by_value()
    {
        Assert.Equal(Build(), Build());
        Assert.Equal(Build() with { Contact = new() { Telephone = "0564-6499006" } }, Build() with { Contact = new() { Telephone = "0564-6499006" } });
        Assert.NotEqual(Build(), Build() with { StatisticsPeriod = new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 30)) });
    }

    [Theory]
    [InlineData(2019, FormatEdition.Edition2019)]
    [InlineData(2020, FormatEdition.Edition2019)]
    [InlineData(2021, FormatEdition.Edition2021)]
    [InlineData(2025, FormatEdition.Edition2021)]
    public void The_edition_in_practice_follows_the_report_year(int year, FormatEdition edition)
    {
        Assert.Equal(edition, FormatEditions.ForReportYear(year));
    }

    [Fact]
    public void Editions_name_their_documents_and_identifiers()
    {
        Assert.Equal("国办公开办函〔2019〕60号", FormatEdition.Edition2019.GetIssuingDocument());
        Assert.Equal("国办公开办函〔2021〕30号", FormatEdition.Edition2021.GetIssuingDocument());
        Assert.Equal(["2019", "2021"], FormatEditions.All.Select(e => e.GetIdentifier()));
        Assert.Throws<ArgumentOutOfRangeException>(() => FormatEditions.ForReportYear(2018));
    }
}
