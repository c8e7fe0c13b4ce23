using DisclosureModel;

namespace DisclosureModel.Tests.Json;

/// <summary>Reports built for the JSON tests: the samples and variants that use every kind of value the shape holds.</summary>
internal static class JsonTestReports
{
    /// <summary>Gets a 2021 report whose cells are all different, with blanks, extremes and six-decimal fees.</summary>
    public static DisclosureReport Varied2021 { get; } = Samples.Pingtan2022 with
    {
        Metadata = Samples.Pingtan2022.Metadata with
        {
            AgencyKind = AgencyKind.PrefectureAggregate,
            PublishedAt = new LocalDateTime(2023, 2, 20, 15, 7, 30).PlusNanoseconds(123_000_000),
            SourceUrl = null,
            DownloadLocation = "门户网站",
            Contact = null,
        },
        Preamble = string.Empty,
        Overview = new OverviewSection { Introduction = "引言 \"quoted\" <b>&</b> + \\ \n 第二段\t", ProactivelyDisclosedCount = null },
        ProactiveDisclosure = new ProactiveDisclosure2021
        {
            Article20Item1 = new() { Rules = new(null, 0, int.MaxValue), NormativeDocuments = new(1, null, 3) },
            Article20Item5 = new() { AdministrativeLicensing = null },
            Article20Item6 = new() { AdministrativePenalty = 0, AdministrativeCoercion = null },
            Article20Item8 = new() { AdministrativeFees = 0.000001m },
        },
        Applications = ApplicationsTable.Create(FormatEdition.Edition2021, row => (int)row % 4 == 0
            ? new ApplicantCounts((int)row, null, 2, 3, null, 5, null)
            : ApplicantCounts.FromApplicants((int)row, 1, 0, 0, 0, 7)),
        ReviewAndLitigation = ReviewAndLitigationTable.FromPrintOrder([1, 2, 3, 4, 10, null, 0, 0, 0, null, 5, 0, 0, 0, 5]),
    };

    /// <summary>Gets a 2019 report with signed changes, money with and without units, and blank cells.</summary>
    public static DisclosureReport Varied2019 { get; } = Samples.Yeji2020 with
    {
        Metadata = Samples.Yeji2020.Metadata with { AgencyKind = AgencyKind.Unspecified, PublishedAt = null },
        ProactiveDisclosure = new ProactiveDisclosure2019
        {
            Article20Item1 = new() { Rules = new(1, 2, 3), NormativeDocuments = new(null, null, null) },
            Article20Item5 = new() { AdministrativeLicensing = new(10, -3, 7), OtherExternalServices = new(0, null, 0) },
            Article20Item6 = new() { AdministrativePenalty = new(5, int.MinValue, int.MaxValue), AdministrativeCoercion = new(null, 2, null) },
            Article20Item8 = new() { AdministrativeFees = new(4, -4) },
            Article20Item9 = new() { CentralizedProcurement = new(12, new MoneyAmount(75394432.52m, MoneyUnit.Yuan)) },
        },
        Applications = ApplicationsTable.Create(FormatEdition.Edition2019, row => ApplicantCounts.FromApplicants((int)row, 0, 1)),
    };

    /// <summary>Gets variants of the 2019 procurement amount: unit in 万元, no unit, a blank amount.</summary>
    public static IEnumerable<DisclosureReport> MoneyVariants()
    {
        foreach (var amount in new MoneyAmount?[] { new MoneyAmount(1.50m, MoneyUnit.TenThousandYuan), new MoneyAmount(0m, null), null })
        {
            yield return Varied2019 with
            {
                ProactiveDisclosure = (ProactiveDisclosure2019)Varied2019.ProactiveDisclosure with
                {
                    Article20Item9 = new() { CentralizedProcurement = new(null, amount) },
                },
            };
        }
    }

    /// <summary>Gets every report the JSON tests round-trip.</summary>
    public static IEnumerable<DisclosureReport> All() =>
        [.. Samples.All, Varied2019, Varied2021, .. MoneyVariants(),
         .. Enum.GetValues<AgencyKind>().Select(kind => Samples.Yeji2020 with { Metadata = Samples.Yeji2020.Metadata with { AgencyKind = kind } })];
}
