using System.Runtime.CompilerServices;

namespace DisclosureModel;

/// <summary>The data rows of Section 三 of both editions, in print order.</summary>
public enum ApplicationRow
{
    /// <summary>一、本年新收政府信息公开申请数量.</summary>
    NewlyReceived,

    /// <summary>二、上年结转政府信息公开申请数量.</summary>
    CarriedOverFromLastYear,

    /// <summary>（一）予以公开.</summary>
    Disclosed,

    /// <summary>（二）部分公开（区分处理的，只计这一情形，不计其他情形）.</summary>
    PartiallyDisclosed,

    /// <summary>（三）不予公开 1.属于国家秘密.</summary>
    StateSecret,

    /// <summary>（三）不予公开 2.其他法律行政法规禁止公开.</summary>
    ProhibitedByLaw,

    /// <summary>（三）不予公开 3.危及“三安全一稳定”.</summary>
    EndangersSecurityOrStability,

    /// <summary>（三）不予公开 4.保护第三方合法权益.</summary>
    ThirdPartyRights,

    /// <summary>（三）不予公开 5.属于三类内部事务信息.</summary>
    InternalAffairs,

    /// <summary>（三）不予公开 6.属于四类过程性信息.</summary>
    DeliberativeProcess,

    /// <summary>（三）不予公开 7.属于行政执法案卷.</summary>
    EnforcementFile,

    /// <summary>（三）不予公开 8.属于行政查询事项.</summary>
    AdministrativeInquiry,

    /// <summary>（四）无法提供 1.本机关不掌握相关政府信息.</summary>
    NotHeld,

    /// <summary>（四）无法提供 2.没有现成信息需要另行制作.</summary>
    RequiresCreation,

    /// <summary>（四）无法提供 3.补正后申请内容仍不明确.</summary>
    UnclearAfterCorrection,

    /// <summary>（五）不予处理 1.信访举报投诉类申请.</summary>
    PetitionOrComplaint,

    /// <summary>（五）不予处理 2.重复申请.</summary>
    Repeated,

    /// <summary>（五）不予处理 3.要求提供公开出版物.</summary>
    Publication,

    /// <summary>（五）不予处理 4.无正当理由大量反复申请.</summary>
    Excessive,

    /// <summary>（五）不予处理 5.要求行政机关确认或重新出具已获取信息.</summary>
    ConfirmationOfObtained,

    /// <summary>（六）其他处理, one row: 2019 format only.</summary>
    OtherHandling,

    /// <summary>（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: 2021 format only.</summary>
    CorrectionNotSubmitted,

    /// <summary>（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: 2021 format only.</summary>
    FeeNotPaid,

    /// <summary>（六）其他处理 3.其他: 2021 format only.</summary>
    OtherHandlingOther,

    /// <summary>（七）总计.</summary>
    OutcomesTotal,

    /// <summary>四、结转下年度继续办理.</summary>
    CarriedForwardToNextYear,
}

/// <summary>The merged row labels of Section 三 that group data rows and hold no numbers of their own.</summary>
public enum ApplicationRowGroup
{
    /// <summary>三、本年度办理结果: the outcomes （一）–（七）.</summary>
    Outcomes,

    /// <summary>（三）不予公开: eight rows.</summary>
    Withheld,

    /// <summary>（四）无法提供: three rows.</summary>
    UnableToProvide,

    /// <summary>（五）不予处理: five rows.</summary>
    NotProcessed,

    /// <summary>（六）其他处理 in the 2021 format: three rows. (In the 2019 format （六） is a data row.)</summary>
    OtherHandling,
}

/// <summary>One data row of Section 三: its labels, where it sits, which editions have it, and how to read it.</summary>
public sealed class ApplicationRowDefinition
{
    private readonly Func<ApplicationsTable, ApplicantCounts?> read;

    internal ApplicationRowDefinition(
        ApplicationRow row,
        StatutoryLabel label,
        ApplicationRowGroup? group,
        string propertyPath,
        FormatEdition? onlyIn,
        Func<ApplicationsTable, ApplicantCounts?> read)
    {
        Row = row;
        Label = label;
        Group = group;
        PropertyPath = propertyPath;
        OnlyIn = onlyIn;
        this.read = read;
    }

    /// <summary>Gets the row.</summary>
    public ApplicationRow Row { get; }

    /// <summary>Gets the row's statutory label.</summary>
    public StatutoryLabel Label { get; }

    /// <summary>Gets the innermost group the row belongs to, or null for the top-level rows 一, 二 and 四.</summary>
    public ApplicationRowGroup? Group { get; }

    /// <summary>
    /// Gets the path of the row's <see cref="ApplicantCounts"/> from the report root, as validators name it,
    /// e.g. <c>Applications.Outcomes.Withheld.StateSecret</c>. Append <c>.NaturalPerson</c> etc. for a cell.
    /// </summary>
    public string PropertyPath { get; }

    /// <summary>Gets the only edition that has the row, or null when both have it.</summary>
    public FormatEdition? OnlyIn { get; }

    /// <summary>
    /// Gets a value indicating whether the row is one of the outcomes （一）–（六） that （七）总计 adds up.
    /// </summary>
    public bool IsOutcome => Group is not null && Row != ApplicationRow.OutcomesTotal;

    /// <summary>Determines whether an edition has the row.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>True when the edition's table has the row.</returns>
    public bool AppliesTo(FormatEdition edition) => OnlyIn is null || OnlyIn == edition;

    /// <summary>Reads the row from a table.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The counts, or null when the table's edition does not have the row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public ApplicantCounts? GetCounts(ApplicationsTable table) => read(Preconditions.CheckNotNull(table));

    /// <inheritdoc/>
    public override string ToString() => Label.ToString();
}

/// <summary>One merged group label of Section 三.</summary>
public sealed class ApplicationRowGroupDefinition
{
    internal ApplicationRowGroupDefinition(ApplicationRowGroup group, StatutoryLabel label, ApplicationRowGroup? parent, FormatEdition? onlyIn)
    {
        Group = group;
        Label = label;
        Parent = parent;
        OnlyIn = onlyIn;
    }

    /// <summary>Gets the group.</summary>
    public ApplicationRowGroup Group { get; }

    /// <summary>Gets the group's statutory label.</summary>
    public StatutoryLabel Label { get; }

    /// <summary>Gets the enclosing group, or null for 三、本年度办理结果.</summary>
    public ApplicationRowGroup? Parent { get; }

    /// <summary>Gets the only edition that has the group, or null when both have it.</summary>
    public FormatEdition? OnlyIn { get; }

    /// <inheritdoc/>
    public override string ToString() => Label.ToString();
}

/// <summary>
/// The layout of Section 三 (收到和处理政府信息公开申请情况) in both editions: every row, group and column with its
/// statutory label. The single source of labels for validators, importers and renderers.
/// </summary>
public static class ApplicationsLayout
{
    private static readonly ApplicationRowDefinition[] Rows = CreateRows();
    private static readonly ApplicationRowGroupDefinition[] Groups =
    [
        new(ApplicationRowGroup.Outcomes, new("outcomes", "三、本年度办理结果", "Outcomes this year"), null, null),
        new(ApplicationRowGroup.Withheld, new("withheld", "（三）不予公开", "Withheld"), ApplicationRowGroup.Outcomes, null),
        new(ApplicationRowGroup.UnableToProvide, new("unableToProvide", "（四）无法提供", "Unable to provide"), ApplicationRowGroup.Outcomes, null),
        new(ApplicationRowGroup.NotProcessed, new("notProcessed", "（五）不予处理", "Not processed"), ApplicationRowGroup.Outcomes, null),
        new(ApplicationRowGroup.OtherHandling, new("otherHandling", "（六）其他处理", "Otherwise handled"), ApplicationRowGroup.Outcomes, FormatEdition.Edition2021),
    ];

    private static readonly ApplicationRowDefinition[] Rows2019 = [.. Rows.Where(r => r.AppliesTo(FormatEdition.Edition2019))];
    private static readonly ApplicationRowDefinition[] Rows2021 = [.. Rows.Where(r => r.AppliesTo(FormatEdition.Edition2021))];

    /// <summary>Gets the section heading: 三、收到和处理政府信息公开申请情况.</summary>
    public static StatutoryLabel Title { get; } = new("applications", "三、收到和处理政府信息公开申请情况", "Disclosure applications received and handled");

    /// <summary>
    /// Gets the balancing note printed in the table's top-left block, the only rule the format prints:
    /// （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）.
    /// </summary>
    public static string BalancingNote => "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /// <summary>Gets every data row of both editions, in print order (the 2019 （六） row before the 2021 ones).</summary>
    public static IReadOnlyList<ApplicationRowDefinition> AllRows => Rows;

    /// <summary>Gets every group label of both editions, outermost first.</summary>
    public static IReadOnlyList<ApplicationRowGroupDefinition> AllGroups => Groups;

    /// <summary>Gets the data rows of an edition in print order: 23 rows in 2019, 25 in 2021.</summary>
    /// <param name="edition">A defined edition.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static IReadOnlyList<ApplicationRowDefinition> GetRows(FormatEdition edition) =>
        Preconditions.CheckDefined(edition) == FormatEdition.Edition2019 ? Rows2019 : Rows2021;

    /// <summary>Gets the definition of a row.</summary>
    /// <param name="row">A defined row.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not defined.</exception>
    public static ApplicationRowDefinition GetRow(ApplicationRow row) => Rows[(int)Preconditions.CheckDefined(row)];

    /// <summary>Gets the definition of a group.</summary>
    /// <param name="group">A defined group.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is not defined.</exception>
    public static ApplicationRowGroupDefinition GetGroup(ApplicationRowGroup group) => Groups[(int)Preconditions.CheckDefined(group)];

    /// <summary>Gets the statutory label of a row.</summary>
    /// <param name="row">A defined row.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not defined.</exception>
    public static StatutoryLabel GetLabel(this ApplicationRow row) => GetRow(row).Label;

    private static ApplicationRowDefinition[] CreateRows()
    {
        // Each getter is the one expression that gives both the row's reader and its path (CellPaths.FromGetter).
        const string outcomes = "Applications.Outcomes";
        static ApplicationRowDefinition Top(ApplicationRow row, string id, string chinese, string english, Func<ApplicationsTable, ApplicantCounts> read, [CallerArgumentExpression(nameof(read))] string expression = "") =>
            new(row, new(id, chinese, english), null, "Applications." + CellPaths.FromGetter(expression), null, t => read(t));
        static ApplicationRowDefinition Outcome(ApplicationRow row, ApplicationRowGroup group, string id, string chinese, string english, Func<ApplicationOutcomes, ApplicantCounts> read, [CallerArgumentExpression(nameof(read))] string expression = "") =>
            new(row, new(id, chinese, english), group, outcomes + "." + CellPaths.FromGetter(expression), null, t => read(t.Outcomes));
        static ApplicationRowDefinition Other2019(ApplicationRow row, ApplicationRowGroup group, string id, string chinese, string english, Func<ApplicationOutcomes2019, ApplicantCounts> read, [CallerArgumentExpression(nameof(read))] string expression = "") =>
            new(row, new(id, chinese, english), group, outcomes + "." + CellPaths.FromGetter(expression), FormatEdition.Edition2019,
                t => t.Outcomes is ApplicationOutcomes2019 o ? read(o) : null);
        static ApplicationRowDefinition Other2021(ApplicationRow row, string id, string chinese, string english, Func<OtherHandlingOutcomes, ApplicantCounts> read, [CallerArgumentExpression(nameof(read))] string expression = "") =>
            new(row, new(id, chinese, english), ApplicationRowGroup.OtherHandling, outcomes + ".OtherHandling." + CellPaths.FromGetter(expression), FormatEdition.Edition2021,
                t => t.Outcomes is ApplicationOutcomes2021 o ? read(o.OtherHandling) : null);

        const ApplicationRowGroup O = ApplicationRowGroup.Outcomes;
        const ApplicationRowGroup W = ApplicationRowGroup.Withheld;
        const ApplicationRowGroup U = ApplicationRowGroup.UnableToProvide;
        const ApplicationRowGroup N = ApplicationRowGroup.NotProcessed;
        ApplicationRowDefinition[] rows =
        [
            Top(ApplicationRow.NewlyReceived, "newlyReceived", "一、本年新收政府信息公开申请数量", "Newly received this year", t => t.NewlyReceived),
            Top(ApplicationRow.CarriedOverFromLastYear, "carriedOverFromLastYear", "二、上年结转政府信息公开申请数量", "Carried over from last year", t => t.CarriedOverFromLastYear),
            Outcome(ApplicationRow.Disclosed, O, "disclosed", "（一）予以公开", "Disclosed", o => o.Disclosed),
            Outcome(ApplicationRow.PartiallyDisclosed, O, "partiallyDisclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "Partially disclosed", o => o.PartiallyDisclosed),
            Outcome(ApplicationRow.StateSecret, W, "stateSecret", "1.属于国家秘密", "State secret", o => o.Withheld.StateSecret),
            Outcome(ApplicationRow.ProhibitedByLaw, W, "prohibitedByLaw", "2.其他法律行政法规禁止公开", "Prohibited by other laws or regulations", o => o.Withheld.ProhibitedByLaw),
            Outcome(ApplicationRow.EndangersSecurityOrStability, W, "endangersSecurityOrStability", "3.危及“三安全一稳定”", "Endangers security or stability", o => o.Withheld.EndangersSecurityOrStability),
            Outcome(ApplicationRow.ThirdPartyRights, W, "thirdPartyRights", "4.保护第三方合法权益", "Protects a third party's lawful rights", o => o.Withheld.ThirdPartyRights),
            Outcome(ApplicationRow.InternalAffairs, W, "internalAffairs", "5.属于三类内部事务信息", "Internal affairs information", o => o.Withheld.InternalAffairs),
            Outcome(ApplicationRow.DeliberativeProcess, W, "deliberativeProcess", "6.属于四类过程性信息", "Deliberative process information", o => o.Withheld.DeliberativeProcess),
            Outcome(ApplicationRow.EnforcementFile, W, "enforcementFile", "7.属于行政执法案卷", "Administrative enforcement file", o => o.Withheld.EnforcementFile),
            Outcome(ApplicationRow.AdministrativeInquiry, W, "administrativeInquiry", "8.属于行政查询事项", "Administrative inquiry matter", o => o.Withheld.AdministrativeInquiry),
            Outcome(ApplicationRow.NotHeld, U, "notHeld", "1.本机关不掌握相关政府信息", "Information not held", o => o.UnableToProvide.NotHeld),
            Outcome(ApplicationRow.RequiresCreation, U, "requiresCreation", "2.没有现成信息需要另行制作", "Would have to be created", o => o.UnableToProvide.RequiresCreation),
            Outcome(ApplicationRow.UnclearAfterCorrection, U, "unclearAfterCorrection", "3.补正后申请内容仍不明确", "Still unclear after correction", o => o.UnableToProvide.UnclearAfterCorrection),
            Outcome(ApplicationRow.PetitionOrComplaint, N, "petitionOrComplaint", "1.信访举报投诉类申请", "Petition, report or complaint", o => o.NotProcessed.PetitionOrComplaint),
            Outcome(ApplicationRow.Repeated, N, "repeated", "2.重复申请", "Repeated application", o => o.NotProcessed.Repeated),
            Outcome(ApplicationRow.Publication, N, "publication", "3.要求提供公开出版物", "Request for published material", o => o.NotProcessed.Publication),
            Outcome(ApplicationRow.Excessive, N, "excessive", "4.无正当理由大量反复申请", "Excessive repeated applications", o => o.NotProcessed.Excessive),
            Outcome(ApplicationRow.ConfirmationOfObtained, N, "confirmationOfObtained", "5.要求行政机关确认或重新出具已获取信息", "Confirm or re-issue obtained information", o => o.NotProcessed.ConfirmationOfObtained),
            Other2019(ApplicationRow.OtherHandling, O, "otherHandling", "（六）其他处理", "Otherwise handled", o => o.OtherHandling),
            Other2021(ApplicationRow.CorrectionNotSubmitted, "correctionNotSubmitted", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "Correction not submitted in time", o => o.CorrectionNotSubmitted),
            Other2021(ApplicationRow.FeeNotPaid, "feeNotPaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "Fee not paid in time", o => o.FeeNotPaid),
            Other2021(ApplicationRow.OtherHandlingOther, "otherHandlingOther", "3.其他", "Other handling", o => o.Other),
            Outcome(ApplicationRow.OutcomesTotal, O, "outcomesTotal", "（七）总计", "Total of outcomes", o => o.Total),
            Top(ApplicationRow.CarriedForwardToNextYear, "carriedForwardToNextYear", "四、结转下年度继续办理", "Carried forward to next year", t => t.CarriedForwardToNextYear),
        ];

        // GetRow indexes this array by the enum's value: every ApplicationRow needs its line here, in enum order.
        var all = Enum.GetValues<ApplicationRow>();
        for (var i = 0; i < all.Length; i++)
        {
            if (i >= rows.Length || rows[i].Row != all[i])
            {
                throw new InvalidOperationException($"ApplicationsLayout has no line for the row {all[i]} at position {i}; every {nameof(ApplicationRow)} needs one line, in the enum's order.");
            }
        }

        return rows.Length == all.Length ? rows : throw new InvalidOperationException($"ApplicationsLayout lists {rows.Length} rows; {nameof(ApplicationRow)} has {all.Length}.");
    }
}
