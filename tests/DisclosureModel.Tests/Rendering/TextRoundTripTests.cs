using DisclosureModel.Import;
using DisclosureModel.Rendering;
using NodaTime;

namespace DisclosureModel.Tests.Rendering;

/// <summary>Rendering a report to text and importing the text again gives an equal report (issues 5 and 6).</summary>
public class TextRoundTripTests
{
    public static TheoryData<string> Reports => ["Yeji2020", "Pingtan2022", "Pingtan2020"];

    private static DisclosureReport Get(string name) => name switch
    {
        "Yeji2020" => Samples.Yeji2020,
        "Pingtan2022" => Samples.Pingtan2022,
        _ => CorpusReports.Pingtan2020,
    };

    /// <summary>What the text cannot carry: the agency kind; and a blank cell is exactly that (no page heuristic).</summary>
    private static ImportOptions OptionsFor(DisclosureReport report) =>
        new() { AgencyKind = report.Metadata.AgencyKind, ReadBlanksAsZero = false };

    private static DisclosureReport RoundTrip(DisclosureReport report)
    {
        // The text prints an unread cell as a blank, which reads back as a printed blank: unread cells do not survive text.
        report = report with { UnreadCells = [] };
        var result = ReportImporter.ImportText(ReportRenderer.ToText(report), OptionsFor(report));
        Assert.NotNull(result.Report);
        Assert.DoesNotContain(result.Log.Diagnostics, d => d.Severity == ImportSeverity.Error);
        Assert.Equal(CanonicalText.Format(report), CanonicalText.Format(result.Report)); // readable difference first
        Assert.Equal(report, result.Report);
        return result.Report;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Rendering_to_text_and_importing_again_gives_an_equal_report(string name) => RoundTrip(Get(name));

    [Fact]
    public void The_fixture_has_blank_cells_and_keeps_them_blank()
    {
        var proactive = (ProactiveDisclosure2019)RoundTrip(CorpusReports.Pingtan2020).ProactiveDisclosure;
        Assert.Equal(new MatterCounts2019(null, null, null), proactive.Article20Item5.AdministrativeLicensing);
        Assert.Equal(new MoneyAmount(73802895.90m, MoneyUnit.Yuan), proactive.Article20Item9.CentralizedProcurement.TotalAmount);
    }

    [Theory]
    [InlineData(FormatEdition.Edition2019)]
    [InlineData(FormatEdition.Edition2021)]
    public void Blank_cells_round_trip_in_every_table_of_both_editions(FormatEdition edition)
    {
        var sample = edition == FormatEdition.Edition2019 ? Samples.Yeji2020 : Samples.Pingtan2022;

        // A blank natural-person cell whose row still adds up: a page heuristic would read it as 0, the rendered text must not.
        var newly = sample.Applications.NewlyReceived;
        var report = sample with
        {
            ProactiveDisclosure = edition == FormatEdition.Edition2019
                ? ((ProactiveDisclosure2019)sample.ProactiveDisclosure) with
                {
                    Article20Item8 = new() { AdministrativeFees = new(null, null) },
                    Article20Item9 = new() { CentralizedProcurement = new(3, null) },
                }
                : ((ProactiveDisclosure2021)sample.ProactiveDisclosure) with { Article20Item8 = new() { AdministrativeFees = null } },
            Applications = sample.Applications with
            {
                NewlyReceived = new(null, newly.CommercialEnterprise, newly.ResearchInstitution, newly.PublicInterestOrganization, newly.LegalServiceOrganization, newly.Other, newly.Total - newly.NaturalPerson),
                CarriedForwardToNextYear = ApplicantCounts.Blank,
            },
            ReviewAndLitigation = sample.ReviewAndLitigation with { LitigationAfterReview = new(null, 0, null, 0, 0) },
        };

        var back = RoundTrip(report);
        Assert.Null(back.Applications.NewlyReceived.NaturalPerson);
    }

    [Theory]
    [InlineData("73802895.90元", "73802895.90", MoneyUnit.Yuan)]
    [InlineData("96171.6万元", "96171.6", MoneyUnit.TenThousandYuan)]
    [InlineData("1200", "1200", null)]
    public void A_2019_money_amount_keeps_its_unit(string printed, string value, MoneyUnit? unit)
    {
        var amount = new MoneyAmount(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit);
        var report = Samples.Yeji2020.WithProcurement(new(2, amount));
        Assert.Contains($"\n\n{printed}\n\n", ReportRenderer.ToText(report), StringComparison.Ordinal);
        var back = ((ProactiveDisclosure2019)RoundTrip(report).ProactiveDisclosure).Article20Item9.CentralizedProcurement.TotalAmount;
        Assert.Equal(amount, back);
        Assert.Equal(printed, back.ToString()); // the printed scale is kept too
    }

    [Fact]
    public void Metadata_the_text_carries_round_trips()
    {
        var report = Samples.Yeji2020 with
        {
            Metadata = Samples.Yeji2020.Metadata with
            {
                PublishedAt = new LocalDateTime(2021, 1, 19, 8, 50, 7),
                SourceUrl = new Uri("https://www.ahyeji.gov.cn/public/content/12345?page=2"),
            },
        };

        var text = ReportRenderer.ToText(report);
        Assert.StartsWith("六安市叶集区融媒体中心2020年政府信息公开工作年度报告\n\n原文链接：https://www.ahyeji.gov.cn/public/content/12345?page=2\n\n发布时间：2021-01-19 08:50:07\n\n", text, StringComparison.Ordinal);
        RoundTrip(report);
    }

    [Fact]
    public void Without_a_preamble_the_period_is_the_calendar_year_and_there_is_no_contact()
    {
        var report = Samples.Pingtan2022 with
        {
            Preamble = string.Empty,
            Metadata = Samples.Pingtan2022.Metadata with { Contact = null, DownloadLocation = null, PublishedAt = null, SourceUrl = null },
        };
        RoundTrip(report);
    }

    [Fact]
    public void What_the_text_cannot_carry_is_named()
    {
        // The agency kind is on no page; a period other than the one the preamble states is not in the text.
        var options = new ImportOptions { ReadBlanksAsZero = false };
        var kind = ReportImporter.ImportText(ReportRenderer.ToText(Samples.Yeji2020), options).Report!;
        Assert.Equal(AgencyKind.Unspecified, kind.Metadata.AgencyKind);

        var period = Samples.Yeji2020.Metadata with { StatisticsPeriod = new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 30)) };
        var read = ReportImporter.ImportText(ReportRenderer.ToText(Samples.Yeji2020 with { Metadata = period }), options).Report!;
        Assert.Equal(Samples.Yeji2020.Metadata.StatisticsPeriod, read.Metadata.StatisticsPeriod);
    }

    [Fact]
    public void The_page_heuristic_reads_such_a_blank_as_0_and_says_so()
    {
        var newly = Samples.Pingtan2022.Applications.NewlyReceived;
        var report = Samples.Pingtan2022 with
        {
            Applications = Samples.Pingtan2022.Applications with { NewlyReceived = newly with { ResearchInstitution = null } },
        };
        var result = ReportImporter.ImportText(ReportRenderer.ToText(report), new ImportOptions { AgencyKind = AgencyKind.Government });
        Assert.Equal(0, result.Report!.Applications.NewlyReceived.ResearchInstitution);
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.BlankReadAsZero && d.PropertyPath == "Applications.NewlyReceived");
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_tables_text_is_the_tables_part_of_the_whole_text(string name)
    {
        var report = Get(name);
        var tables = ReportRenderer.ToTablesText(report);
        var whole = ReportRenderer.ToText(report);
        Assert.StartsWith(ProactiveDisclosureLayout.Title.Chinese + "\n\n", tables, StringComparison.Ordinal);
        Assert.Contains("\n\n" + tables + "\n" + ReportSectionsLayout.ProblemsAndImprovementsTitle.Chinese + "\n\n", whole, StringComparison.Ordinal);
    }
}

internal static class RoundTripReports
{
    public static DisclosureReport WithProcurement(this DisclosureReport report, ProcurementCounts2019 procurement) =>
        report with
        {
            ProactiveDisclosure = ((ProactiveDisclosure2019)report.ProactiveDisclosure) with { Article20Item9 = new() { CentralizedProcurement = procurement } },
        };
}
