using System.Text.RegularExpressions;
using DisclosureModel.Import;

namespace DisclosureModel.Validation.Narrative;

/// <summary>What a narrative phrase states: the figure of a cell (or a sum of cells), or that no application came in (W3).</summary>
internal enum NarrativeStatementKind
{
    /// <summary>A count the table holds (N1 compares it).</summary>
    Count,

    /// <summary>No application was received (W3).</summary>
    NoApplications,
}

/// <summary>Which sentences a phrase applies in: any, or only those that speak of administrative review alone or of litigation alone.</summary>
internal enum NarrativeSubject
{
    /// <summary>Any sentence.</summary>
    Any,

    /// <summary>A sentence that names 复议 and not 诉讼 (results such as 维持 are then the review block's).</summary>
    ReviewOnly,

    /// <summary>A sentence that names 诉讼 and not 复议 (results are then the two litigation blocks').</summary>
    LitigationOnly,
}

/// <summary>
/// One phrase of the narrative catalogue, as data: the statement it recognises, the cells it speaks of (by catalogue
/// identity), the pattern of the words that come right before the number, and example sentences with the number each
/// must yield.
/// </summary>
/// <param name="Id">A stable name, e.g. <c>received</c>.</param>
/// <param name="Kind">What the phrase states.</param>
/// <param name="Keyword">A string the clause must contain before the pattern is tried (a cheap filter).</param>
/// <param name="Pattern">
/// The words before the number, as a regular expression on the clause with white space removed and full-width ASCII
/// folded (the scanner anchors it at the number, after an optional 共计/共/总计/合计/为/达/了); for <see cref="NarrativeStatementKind.NoApplications"/> the whole pattern.
/// </param>
/// <param name="IsTotal">Whether the phrase states a total, so that 其中 anywhere before it in the sentence makes it a part (not compared).</param>
/// <param name="Subject">The sentences the phrase applies in.</param>
/// <param name="ClauseExcludes">A word that, in the clause, makes the statement speak of more than the cells (e.g. 诉讼 for a count of 复议 cases), or null.</param>
/// <param name="OnlyIn">The edition of Section 二 the phrase applies to, or null for every edition.</param>
/// <param name="Cells">The cells whose sum the statement is compared with, in the report's catalogue.</param>
/// <param name="Examples">Sentences the phrase recognises, each with the number it must yield.</param>
internal sealed record NarrativePhrase(
    string Id,
    NarrativeStatementKind Kind,
    string Keyword,
    string Pattern,
    bool IsTotal,
    NarrativeSubject Subject,
    string? ClauseExcludes,
    FormatEdition? OnlyIn,
    Func<CellCatalog, CellDefinition[]> Cells,
    (string Sentence, long Number)[] Examples)
{
    /// <summary>Gets the compiled pattern, anchored at the number.</summary>
    internal Regex Regex { get; } = new(
        Kind == NarrativeStatementKind.Count ? "(?:" + Pattern + ")(?:共计|共有|共|总计|合计|为|达|了)?$" : Pattern,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(1));
}

/// <summary>
/// The phrase catalogue of the narrative checks (N1, and W3's wording): each phrase with the cells it speaks of and its
/// examples. The Section 二 document phrases are <see cref="SectionTwoEvidence.Patterns"/>'s (the importer's), not a
/// second list.
/// </summary>
internal static class NarrativePhrases
{
    /// <summary>
    /// W3's wording: 未/没有 + 收到/受理/接到/接收 + a short gap without digits, punctuation, 复 (复议) or 诉 (诉讼) + 申请; or
    /// 收到 … 申请 … 0件 / 零件.
    /// </summary>
    internal const string NoApplicationsPattern =
        "(?:未|没有)(?:收到|受理|接到|接收)[^。；;，,、！？\\d复诉]{0,12}申请|收到[^。；;，,、！？\\d复诉]{0,12}申请[^。；;，,、！？\\d]{0,4}[0零]件";

    // The application words between the verb and the number: 政府信息公开申请, 依申请公开申请, 申请 ….
    private const string Application = "(?:了)?(?:各类)?(?:政府信息公开|信息公开|依申请公开)?(?:申请|申请件)";

    /// <summary>Gets every phrase, in the order the scanner tries them (the first that matches a clause wins).</summary>
    internal static IReadOnlyList<NarrativePhrase> All { get; } = Create();

    /// <summary>Gets the phrases that state a count (those N1 compares).</summary>
    internal static IReadOnlyList<NarrativePhrase> Counts { get; } = [.. All.Where(p => p.Kind == NarrativeStatementKind.Count)];

    private static NarrativePhrase[] Create()
    {
        List<NarrativePhrase> phrases =
        [
            new("noApplications", NarrativeStatementKind.NoApplications, "申请", NoApplicationsPattern, true, NarrativeSubject.Any, null, null,
                c => [c.GetCell(ApplicationRow.NewlyReceived, ApplicantColumn.Total)],
                [("2020年,区融媒体中心未收到依申请公开信息。", 0), ("本年度未受理政府信息公开申请。", 0), ("全年收到政府信息公开申请0件。", 0)]),
            new("carriedOver", NarrativeStatementKind.Count, "结转", "(?:上年|上一年|上年度)结转(?:的)?(?:政府信息公开|信息公开)?(?:申请)?", true, NarrativeSubject.Any, null, null,
                c => [c.GetCell(ApplicationRow.CarriedOverFromLastYear, ApplicantColumn.Total)],
                [("上年结转政府信息公开申请2件。", 2), ("上年结转申请 3 件。", 3)]),
            new("carriedForward", NarrativeStatementKind.Count, "结转", "结转(?:至|到)?下(?:一)?年度?(?:继续)?(?:办理)?(?:的)?(?:申请)?", true, NarrativeSubject.Any, null, null,
                c => [c.GetCell(ApplicationRow.CarriedForwardToNextYear, ApplicantColumn.Total)],
                [("结转下年度继续办理1件。", 1), ("结转下一年度办理的申请四件。", 4)]),
            new("disclosed", NarrativeStatementKind.Count, "予以公开", "予以公开(?:的)?(?:申请)?", false, NarrativeSubject.Any, null, null,
                c => [c.GetCell(ApplicationRow.Disclosed, ApplicantColumn.Total)],
                [("其中予以公开21件。", 21)]),
            new("partiallyDisclosed", NarrativeStatementKind.Count, "部分公开", "部分公开(?:的)?(?:申请)?", false, NarrativeSubject.Any, null, null,
                c => [c.GetCell(ApplicationRow.PartiallyDisclosed, ApplicantColumn.Total)],
                [("部分公开9件。", 9)]),
            new("withheld", NarrativeStatementKind.Count, "不予公开", "不予公开(?:的)?(?:申请)?", false, NarrativeSubject.Any, null, null,
                c => GroupTotals(c, ApplicationRowGroup.Withheld),
                [("不予公开4件。", 4)]),
            new("unableToProvide", NarrativeStatementKind.Count, "无法提供", "无法提供(?:的)?(?:申请)?", false, NarrativeSubject.Any, null, null,
                c => GroupTotals(c, ApplicationRowGroup.UnableToProvide),
                [("无法提供37件。", 37)]),
            new("notProcessed", NarrativeStatementKind.Count, "不予处理", "不予处理(?:的)?(?:申请)?", false, NarrativeSubject.Any, null, null,
                c => GroupTotals(c, ApplicationRowGroup.NotProcessed),
                [("不予处理3件。", 3)]),
            new("otherHandling", NarrativeStatementKind.Count, "其他处理", "其他处理(?:的)?(?:申请)?", false, NarrativeSubject.Any, null, null,
                OtherHandlingTotals,
                [("其他处理2件。", 2)]),
            new("received", NarrativeStatementKind.Count, "申请", "(?<!未|没有|不予)(?:受理|收到|接收|接到|新收)" + Application, true, NarrativeSubject.Any, null, null,
                c => [c.GetCell(ApplicationRow.NewlyReceived, ApplicantColumn.Total)],
                [("本年度共受理政府信息公开申请17件。", 17), ("区政府办代表区政府受理政府信息公开申请 17 件，均已答复。", 17), ("收到依申请公开申请１０５件。", 105), ("本机关收到政府信息公开申请一百零五件。", 105)]),
            new("handled", NarrativeStatementKind.Count, "申请", "(?:办结|答复|处理)" + Application + "|" + Application + "(?:已)?(?:办结|答复)", true, NarrativeSubject.Any, null, null,
                c => [c.GetCell(ApplicationRow.OutcomesTotal, ApplicantColumn.Total)],
                [("办结政府信息公开申请十七件。", 17), ("本机关答复申请20件。", 20)]),
            new("reviewCases", NarrativeStatementKind.Count, "复议", "(?:行政复议|被申请行政复议|收到行政复议|复议)(?:案件|申请)?", true, NarrativeSubject.Any, "诉讼", null,
                c => [c.GetCell(CaseBlock.AdministrativeReview, CaseResultColumn.Total)],
                [("发生行政复议案件2件。", 2), ("被申请行政复议七件。", 7)]),
            new("litigationCases", NarrativeStatementKind.Count, "诉讼", "(?:行政诉讼|被提起行政诉讼|行政应诉|诉讼)(?:案件)?", true, NarrativeSubject.Any, "复议", null,
                c => BlockTotals(c, CaseResultColumn.Total),
                [("行政诉讼案件1件。", 1), ("被提起行政诉讼９件。", 9)]),
            new("reviewUpheld", NarrativeStatementKind.Count, "维持", "(?:结果)?(?:被|获)?维持(?:原(?:具体)?行政行为)?", false, NarrativeSubject.ReviewOnly, null, null,
                c => [c.GetCell(CaseBlock.AdministrativeReview, CaseResultColumn.Upheld)],
                [("行政复议3件，其中维持2件。", 2)]),
            new("reviewCorrected", NarrativeStatementKind.Count, "纠正", "(?:结果)?(?:被)?纠正", false, NarrativeSubject.ReviewOnly, null, null,
                c => [c.GetCell(CaseBlock.AdministrativeReview, CaseResultColumn.Corrected)],
                [("行政复议3件，其中被纠正1件。", 1)]),
            new("reviewPending", NarrativeStatementKind.Count, "审结", "尚未审结", false, NarrativeSubject.ReviewOnly, null, null,
                c => [c.GetCell(CaseBlock.AdministrativeReview, CaseResultColumn.Pending)],
                [("行政复议3件，尚未审结1件。", 1)]),
            new("litigationUpheld", NarrativeStatementKind.Count, "维持", "(?:结果)?(?:被|获)?维持(?:原(?:具体)?行政行为)?", false, NarrativeSubject.LitigationOnly, null, null,
                c => BlockTotals(c, CaseResultColumn.Upheld),
                [("行政诉讼5件，其中维持3件。", 3)]),
            new("litigationCorrected", NarrativeStatementKind.Count, "纠正", "(?:结果)?(?:被)?纠正", false, NarrativeSubject.LitigationOnly, null, null,
                c => BlockTotals(c, CaseResultColumn.Corrected),
                [("行政诉讼5件，被纠正1件。", 1)]),
            new("litigationPending", NarrativeStatementKind.Count, "审结", "尚未审结", false, NarrativeSubject.LitigationOnly, null, null,
                c => BlockTotals(c, CaseResultColumn.Pending),
                [("行政诉讼5件，尚未审结2件。", 2)]),
        ];

        // The importer's Section 二 document phrases (第二十条第（一）项), each with its example.
        foreach (var pattern in SectionTwoEvidence.Patterns)
        {
            if (pattern.CountPhrase is { } phrase && pattern.Row is "normativeDocuments" or "rules")
            {
                var path = pattern.PropertyPath;
                phrases.Add(new(
                    $"{pattern.Edition.GetIdentifier()}.{pattern.Row}.{pattern.Column}", NarrativeStatementKind.Count, pattern.Row == "rules" ? "规章" : "规范性文件", phrase, true, NarrativeSubject.Any, null, pattern.Edition,
                    c => [c.Find(path)!],
                    [(pattern.Example, (long)pattern.ExampleNumber)]));
            }
        }

        return [.. phrases];
    }

    /// <summary>Gets the 总计 cells of the rows of a group of Section 三 in a catalogue's shape of the table.</summary>
    private static CellDefinition[] GroupTotals(CellCatalog catalog, ApplicationRowGroup group) =>
        [.. ApplicationsLayout.GetRows(catalog.ApplicationsEdition).Where(r => r.Group == group).Select(r => catalog.GetCell(r.Row, ApplicantColumn.Total))];

    /// <summary>Gets the 总计 cells of （六）其他处理: its one row (2019 shape) or its three sub-rows (2021 shape).</summary>
    private static CellDefinition[] OtherHandlingTotals(CellCatalog catalog) =>
        catalog.ApplicationsEdition == FormatEdition.Edition2019
            ? [catalog.GetCell(ApplicationRow.OtherHandling, ApplicantColumn.Total)]
            : GroupTotals(catalog, ApplicationRowGroup.OtherHandling);

    /// <summary>Gets a column of the two litigation blocks (未经复议直接起诉, 复议后起诉).</summary>
    private static CellDefinition[] BlockTotals(CellCatalog catalog, CaseResultColumn column) =>
        [catalog.GetCell(CaseBlock.LitigationWithoutReview, column), catalog.GetCell(CaseBlock.LitigationAfterReview, column)];
}
