namespace DisclosureModel.Tests.Validation;

/// <summary>
/// The 2020 report of 平潭综合实验区 (tests/TestData/002_pingtan-zone_2020.txt, published 2021-03-05 08:58, 2019
/// format), read by hand from the page: a real report whose Section 三 does not add up.
/// </summary>
/// <remarks>
/// <para>Section 三 and Section 四 are exactly as printed. The page runs cells together; every Section 三 row splits
/// into seven cells only one way that also satisfies the row's own 总计 (R3), e.g. 一 <c>200 000121</c> is
/// 20 0 0 0 0 1 21 and （一） <c>6000017</c> is 6 0 0 0 0 1 7. Section 四 is fifteen zeros.</para>
/// <para>The outcome rows add up to more than the printed （七）总计: natural persons 6 + 6 + 4 + 3 + 3 + 4 = 26 against
/// 20, and in the 总计 column 7 + 6 + 4 + 3 + 3 + 4 = 27 against 21. The 其他 column (1 against 1) and the carry-over
/// identity of every column (20 + 0 = 20 + 0, 21 + 0 = 21 + 0) hold.</para>
/// <para>Section 二: the unambiguous cells are as printed (规章 0 0 7, 规范性文件 77 77 166, 行政事业性收费 35 −15,
/// 政府集中采购 395 projects and 73802895.90元). The rows of 第二十条第（五）项 and 第（六）项 are left blank: their digit
/// runs (<c>396442278</c>, <c>107105</c>, <c>2648-18538</c>, <c>1262629</c>) split into three cells in several ways and
/// no rule within the report decides between them. Section 一 keeps only its sentence on applications; the other
/// narrative sections are abridged.</para>
/// </remarks>
internal static class Pingtan2020
{
    public static DisclosureReport Report { get; } = Create();

    private static DisclosureReport Create()
    {
        static ApplicantCounts Row(int naturalPerson, int other, int total) => new(naturalPerson, 0, 0, 0, 0, other, total);
        var blankMatter = new MatterCounts2019(null, null, null);

        return new DisclosureReport
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
            Overview = new OverviewSection
            {
                Introduction = "2020年，我区以习近平新时代中国特色社会主义思想为指导，深入贯彻中央、省里关于全面推进政务公开工作相关精神，坚持“以公开为常态，不公开为例外”，不断提升政务公开的主动性、便民性和及时性，切实保障公众的知情权、参与权和监督权。",
                Parts =
                [
                    new("4.认真办理依申请公开", "2020年全区各级行政机关共受理政府信息公开申请21件，受理的申请件已按规定在法定期限内予以答复。"),
                ],
            },
            ProactiveDisclosure = new ProactiveDisclosure2019
            {
                Article20Item1 = new() { Rules = new(0, 0, 7), NormativeDocuments = new(77, 77, 166) },
                Article20Item5 = new() { AdministrativeLicensing = blankMatter, OtherExternalServices = blankMatter },
                Article20Item6 = new() { AdministrativePenalty = blankMatter, AdministrativeCoercion = blankMatter },
                Article20Item8 = new() { AdministrativeFees = new(35, -15) },
                Article20Item9 = new() { CentralizedProcurement = new(395, new MoneyAmount(73802895.90m, MoneyUnit.Yuan)) },
            },
            Applications = new ApplicationsTable
            {
                NewlyReceived = Row(20, 1, 21),
                CarriedOverFromLastYear = ApplicantCounts.Zero,
                Outcomes = new ApplicationOutcomes2019
                {
                    Disclosed = Row(6, 1, 7),
                    PartiallyDisclosed = Row(6, 0, 6),
                    Withheld = new WithheldOutcomes
                    {
                        StateSecret = ApplicantCounts.Zero,
                        ProhibitedByLaw = ApplicantCounts.Zero,
                        EndangersSecurityOrStability = ApplicantCounts.Zero,
                        ThirdPartyRights = ApplicantCounts.Zero,
                        InternalAffairs = ApplicantCounts.Zero,
                        DeliberativeProcess = ApplicantCounts.Zero,
                        EnforcementFile = ApplicantCounts.Zero,
                        AdministrativeInquiry = ApplicantCounts.Zero,
                    },
                    UnableToProvide = new UnableToProvideOutcomes
                    {
                        NotHeld = Row(4, 0, 4),
                        RequiresCreation = ApplicantCounts.Zero,
                        UnclearAfterCorrection = Row(3, 0, 3),
                    },
                    NotProcessed = new NotProcessedOutcomes
                    {
                        PetitionOrComplaint = ApplicantCounts.Zero,
                        Repeated = Row(3, 0, 3),
                        Publication = ApplicantCounts.Zero,
                        Excessive = ApplicantCounts.Zero,
                        ConfirmationOfObtained = ApplicantCounts.Zero,
                    },
                    OtherHandling = Row(4, 0, 4),
                    Total = Row(20, 1, 21),
                },
                CarriedForwardToNextYear = ApplicantCounts.Zero,
            },
            ReviewAndLitigation = ReviewAndLitigationTable.Zero,
            ProblemsAndImprovements = "基层政务公开标准化规范化水平有待进一步提升；各部门政府信息公开工作的开展还不够均衡。",
            OtherMatters = "无其他需要报告的事项",
        };
    }
}
