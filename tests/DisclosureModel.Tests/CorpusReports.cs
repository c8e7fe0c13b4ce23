using DisclosureModel.Import;

namespace DisclosureModel.Tests;

/// <summary>
/// The real corpus reports as typed values, with one source of truth: what the importer reads from the page under
/// tests/TestData, plus the documented manual completion of the cells it leaves ambiguous.
/// </summary>
internal static class CorpusReports
{
    /// <summary>
    /// Gets the import of tests/TestData/002_pingtan-zone_2020.txt (平潭综合实验区, 2020, 2019 format, published
    /// 2021-03-05 08:58), with <see cref="AgencyKind.Government"/>, the one thing the page cannot say.
    /// </summary>
    public static ImportResult Pingtan2020Import { get; } =
        ReportImporter.ImportText(TestData.Read("002_pingtan-zone_2020.txt"), new ImportOptions { AgencyKind = AgencyKind.Government });

    /// <summary>
    /// Gets the paths of the cells the importer leaves blank in <see cref="Pingtan2020Import"/> (<c>AmbiguousSplit</c>:
    /// the page runs the Section 二 cells together and no rule of the table decides between the splits) and that
    /// <see cref="Pingtan2020"/> completes by hand.
    /// </summary>
    public static IReadOnlyList<string> Pingtan2020Completed { get; } =
    [
        "ProactiveDisclosure.Article20Item1.NormativeDocuments",
        "ProactiveDisclosure.Article20Item9.CentralizedProcurement",
    ];

    /// <summary>
    /// Gets the 2020 report of 平潭综合实验区: a real report whose Section 三 does not add up (its outcome rows sum to
    /// 26 natural persons and 27 in all against a printed （七）总计 of 20 and 21, as CORPUS.md says).
    /// </summary>
    /// <remarks>
    /// <para>Everything is the importer's output (<see cref="Pingtan2020Import"/>): Section 三 and Section 四 exactly as
    /// printed (each Section 三 row splits into seven cells in one way only, or one way that satisfies its own 总计,
    /// e.g. 一 <c>200 000121</c> is 20 0 0 0 0 1 21), Section 四 fifteen zeros, the narrative and the metadata.</para>
    /// <para>Completed by hand, from the importer's candidates (<see cref="Pingtan2020Completed"/>): 规范性文件
    /// <c>7777166</c> is 77 77 166 (the reading CORPUS.md gives) and 政府集中采购 <c>39573802895.90元</c> is 395
    /// projects for 73802895.90元 (the only candidate with a plausible amount per project). The runs of 第二十条第（五）项
    /// and 第（六）项 (<c>396442278</c>, <c>107105</c>, <c>2648-18538</c>, <c>1262629</c>) stay blank: nothing decides
    /// between their splits.</para>
    /// </remarks>
    public static DisclosureReport Pingtan2020 { get; } = CompletePingtan2020(Pingtan2020Import.Report!);

    private static DisclosureReport CompletePingtan2020(DisclosureReport imported)
    {
        var proactive = (ProactiveDisclosure2019)imported.ProactiveDisclosure;
        return imported with
        {
            // The cells completed are read now; the others the importer could not read stay unread.
            UnreadCells = [.. imported.UnreadCells.Where(u => !Pingtan2020Completed.Any(path => u.PropertyPath.StartsWith(path + ".", StringComparison.Ordinal)))],
            ProactiveDisclosure = proactive with
            {
                Article20Item1 = proactive.Article20Item1 with { NormativeDocuments = new(77, 77, 166) },
                Article20Item9 = new() { CentralizedProcurement = new(395, new MoneyAmount(73802895.90m, MoneyUnit.Yuan)) },
            },
        };
    }
}
