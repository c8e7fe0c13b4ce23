namespace DisclosureModel.Tests.Analysis;

/// <summary>Corpus reports typed in from tests/TestData by reading the page (the importer is not part of this branch).</summary>
internal static class CorpusReports
{
    /// <summary>
    /// Gets the tables of 002_pingtan-zone_2020.txt (平潭综合实验区, 2020, 2019 format). Digit runs split by the
    /// row totals: e.g. 一、本年新收 "200 000121" is 20, 0, 0, 0, 0, 1, 21. Its outcomes do not add up to its
    /// printed （七）总计 (26 natural persons against 20), as CORPUS.md says.
    /// </summary>
    public static DisclosureReport Pingtan2020 { get; } = new()
    {
        Metadata = new ReportMetadata
        {
            AgencyName = "平潭综合实验区",
            ReportYear = 2020,
            Edition = FormatEdition.Edition2019,
            AgencyKind = AgencyKind.Government,
            StatisticsPeriod = new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)),
            PublishedAt = new LocalDateTime(2021, 3, 5, 8, 58),
            SourceUrl = new Uri("https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202103/t20210305_80595.htm"),
        },
        Overview = new OverviewSection(),
        ProactiveDisclosure = ProactiveDisclosureTests.Build2019(),
        Applications = ApplicationsTable.Create(FormatEdition.Edition2019, row => row switch
        {
            ApplicationRow.NewlyReceived or ApplicationRow.OutcomesTotal => new(20, 0, 0, 0, 0, 1, 21),
            ApplicationRow.Disclosed => new(6, 0, 0, 0, 0, 1, 7),
            ApplicationRow.PartiallyDisclosed => N(6),
            ApplicationRow.NotHeld or ApplicationRow.OtherHandling => N(4),
            ApplicationRow.UnclearAfterCorrection or ApplicationRow.Repeated => N(3),
            _ => ApplicantCounts.Zero,
        }),
        ReviewAndLitigation = ReviewAndLitigationTable.Zero,
        ProblemsAndImprovements = string.Empty,
        OtherMatters = string.Empty,
    };

    private static ApplicantCounts N(int naturalPersons) => ApplicantCounts.FromApplicants(naturalPersons);
}
