namespace DisclosureModel;

/// <summary>
/// Section 三、收到和处理政府信息公开申请情况: disclosure applications received and how they were handled,
/// a grid of rows (<see cref="ApplicationRow"/>) by the seven applicant columns (<see cref="ApplicantColumn"/>).
/// </summary>
/// <remarks>
/// <para>The printed balancing rule (勾稽关系) of every column is
/// <c>一 + 二 = 三（七）总计 + 四</c>: <see cref="NewlyReceived"/> + <see cref="CarriedOverFromLastYear"/> =
/// <see cref="ApplicationOutcomes.Total"/> + <see cref="CarriedForwardToNextYear"/>. The model holds the numbers as
/// published; the validators check the rules.</para>
/// <para>The two editions differ only in （六）其他处理: see <see cref="ApplicationOutcomes2019"/> and
/// <see cref="ApplicationOutcomes2021"/>. Equality is by value.</para>
/// </remarks>
public sealed record ApplicationsTable
{
    /// <summary>Gets row 一、本年新收政府信息公开申请数量: applications newly received this year.</summary>
    public required ApplicantCounts NewlyReceived { get; init; }

    /// <summary>Gets row 二、上年结转政府信息公开申请数量: applications carried over from last year.</summary>
    public required ApplicantCounts CarriedOverFromLastYear { get; init; }

    /// <summary>Gets group 三、本年度办理结果: how applications were handled this year, in the shape of the report's edition.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required ApplicationOutcomes Outcomes { get; init => field = Preconditions.CheckNotNull(value, nameof(Outcomes)); }

    /// <summary>Gets row 四、结转下年度继续办理: applications carried forward to next year.</summary>
    public required ApplicantCounts CarriedForwardToNextYear { get; init; }

    /// <summary>Gets the edition whose shape <see cref="Outcomes"/> has.</summary>
    public FormatEdition Edition => Outcomes.Edition;

    /// <summary>Gets a row of the table.</summary>
    /// <param name="row">A defined row.</param>
    /// <returns>The row's counts, or null when the row does not exist in this table's edition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not defined.</exception>
    public ApplicantCounts? this[ApplicationRow row] => ApplicationsLayout.GetRow(row).GetCounts(this);

    /// <summary>
    /// Creates a table of an edition from a function that gives each data row's counts; the function is called once
    /// for each row of <see cref="ApplicationsLayout.GetRows(FormatEdition)"/>, in print order.
    /// </summary>
    /// <param name="edition">The edition whose rows to create.</param>
    /// <param name="counts">Gives the counts of a row.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static ApplicationsTable Create(FormatEdition edition, Func<ApplicationRow, ApplicantCounts> counts)
    {
        var source = new FunctionRowSource(Preconditions.CheckNotNull(counts));
        return Create(Preconditions.CheckDefined(edition), ref source);
    }

    /// <summary>
    /// The one construction of the table from its rows: <paramref name="source"/> is asked for each data row of the
    /// edition exactly once, in print order (the order of <see cref="ApplicationsLayout.GetRows(FormatEdition)"/>), so a
    /// source may read the rows sequentially (the cell catalogue's builder checks that each row asked for is the next).
    /// </summary>
    internal static ApplicationsTable Create<TSource>(FormatEdition edition, ref TSource source)
        where TSource : IApplicantRowSource, allows ref struct
    {
        var newlyReceived = source.Next(ApplicationRow.NewlyReceived);
        var carriedOver = source.Next(ApplicationRow.CarriedOverFromLastYear);
        var disclosed = source.Next(ApplicationRow.Disclosed);
        var partiallyDisclosed = source.Next(ApplicationRow.PartiallyDisclosed);
        var withheld = new WithheldOutcomes
        {
            StateSecret = source.Next(ApplicationRow.StateSecret),
            ProhibitedByLaw = source.Next(ApplicationRow.ProhibitedByLaw),
            EndangersSecurityOrStability = source.Next(ApplicationRow.EndangersSecurityOrStability),
            ThirdPartyRights = source.Next(ApplicationRow.ThirdPartyRights),
            InternalAffairs = source.Next(ApplicationRow.InternalAffairs),
            DeliberativeProcess = source.Next(ApplicationRow.DeliberativeProcess),
            EnforcementFile = source.Next(ApplicationRow.EnforcementFile),
            AdministrativeInquiry = source.Next(ApplicationRow.AdministrativeInquiry),
        };
        var unableToProvide = new UnableToProvideOutcomes
        {
            NotHeld = source.Next(ApplicationRow.NotHeld),
            RequiresCreation = source.Next(ApplicationRow.RequiresCreation),
            UnclearAfterCorrection = source.Next(ApplicationRow.UnclearAfterCorrection),
        };
        var notProcessed = new NotProcessedOutcomes
        {
            PetitionOrComplaint = source.Next(ApplicationRow.PetitionOrComplaint),
            Repeated = source.Next(ApplicationRow.Repeated),
            Publication = source.Next(ApplicationRow.Publication),
            Excessive = source.Next(ApplicationRow.Excessive),
            ConfirmationOfObtained = source.Next(ApplicationRow.ConfirmationOfObtained),
        };
        ApplicationOutcomes outcomes = edition == FormatEdition.Edition2019
            ? new ApplicationOutcomes2019
            {
                Disclosed = disclosed,
                PartiallyDisclosed = partiallyDisclosed,
                Withheld = withheld,
                UnableToProvide = unableToProvide,
                NotProcessed = notProcessed,
                OtherHandling = source.Next(ApplicationRow.OtherHandling),
                Total = source.Next(ApplicationRow.OutcomesTotal),
            }
            : new ApplicationOutcomes2021
            {
                Disclosed = disclosed,
                PartiallyDisclosed = partiallyDisclosed,
                Withheld = withheld,
                UnableToProvide = unableToProvide,
                NotProcessed = notProcessed,
                OtherHandling = new OtherHandlingOutcomes
                {
                    CorrectionNotSubmitted = source.Next(ApplicationRow.CorrectionNotSubmitted),
                    FeeNotPaid = source.Next(ApplicationRow.FeeNotPaid),
                    Other = source.Next(ApplicationRow.OtherHandlingOther),
                },
                Total = source.Next(ApplicationRow.OutcomesTotal),
            };
        return new ApplicationsTable
        {
            NewlyReceived = newlyReceived,
            CarriedOverFromLastYear = carriedOver,
            Outcomes = outcomes,
            CarriedForwardToNextYear = source.Next(ApplicationRow.CarriedForwardToNextYear),
        };
    }

    /// <summary>Creates a table of an edition with every cell 0, e.g. for an agency that received no application.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The all-zero table.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static ApplicationsTable Zero(FormatEdition edition) => Create(edition, static _ => ApplicantCounts.Zero);
}

/// <summary>
/// Group 三、本年度办理结果 of Section 三: the outcome rows （一）–（七）. The editions differ only in （六）其他处理,
/// so this base holds the common rows and <see cref="ApplicationOutcomes2019"/> / <see cref="ApplicationOutcomes2021"/>
/// add their own （六）.
/// </summary>
/// <remarks>Equality is by value and includes the concrete type.</remarks>
public abstract record ApplicationOutcomes
{
    private protected ApplicationOutcomes()
    {
    }

    /// <summary>Gets the edition whose shape this is.</summary>
    public abstract FormatEdition Edition { get; }

    /// <summary>Gets row （一）予以公开: disclosed.</summary>
    public required ApplicantCounts Disclosed { get; init; }

    /// <summary>Gets row （二）部分公开（区分处理的，只计这一情形，不计其他情形）: partially disclosed.</summary>
    public required ApplicantCounts PartiallyDisclosed { get; init; }

    /// <summary>Gets group （三）不予公开: withheld, eight rows.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required WithheldOutcomes Withheld { get; init => field = Preconditions.CheckNotNull(value, nameof(Withheld)); }

    /// <summary>Gets group （四）无法提供: unable to provide, three rows.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required UnableToProvideOutcomes UnableToProvide { get; init => field = Preconditions.CheckNotNull(value, nameof(UnableToProvide)); }

    /// <summary>Gets group （五）不予处理: not processed, five rows.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required NotProcessedOutcomes NotProcessed { get; init => field = Preconditions.CheckNotNull(value, nameof(NotProcessed)); }

    /// <summary>Gets row （七）总计 as printed: the total of the outcomes. It is not computed: see <see cref="SumOfOutcomes"/>.</summary>
    public required ApplicantCounts Total { get; init; }

    /// <summary>
    /// Gets the cell-wise sum of the （六）其他处理 rows: the single 2019 row, or the three 2021 rows.
    /// </summary>
    /// <exception cref="OverflowException">A sum exceeds <see cref="int.MaxValue"/>.</exception>
    public abstract ApplicantCounts OtherHandlingSum { get; }

    /// <summary>
    /// Gets the cell-wise sum of every outcome row （一）–（六） (blank counted as 0 next to a count), which the
    /// printed （七）总计 should equal.
    /// </summary>
    /// <returns>The computed total.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="int.MaxValue"/>.</exception>
    public ApplicantCounts SumOfOutcomes() =>
        Disclosed + PartiallyDisclosed + Withheld.Sum() + UnableToProvide.Sum() + NotProcessed.Sum() + OtherHandlingSum;
}

/// <summary>The outcome rows in the 2019 format: （六）其他处理 is one row.</summary>
public sealed record ApplicationOutcomes2019 : ApplicationOutcomes
{
    /// <summary>Gets <see cref="FormatEdition.Edition2019"/>.</summary>
    public override FormatEdition Edition => FormatEdition.Edition2019;

    /// <summary>Gets row （六）其他处理: otherwise handled (one row in the 2019 format).</summary>
    public required ApplicantCounts OtherHandling { get; init; }

    /// <summary>Gets <see cref="OtherHandling"/>.</summary>
    public override ApplicantCounts OtherHandlingSum => OtherHandling;
}

/// <summary>The outcome rows in the 2021 format: （六）其他处理 is a group of three rows.</summary>
public sealed record ApplicationOutcomes2021 : ApplicationOutcomes
{
    /// <summary>Gets <see cref="FormatEdition.Edition2021"/>.</summary>
    public override FormatEdition Edition => FormatEdition.Edition2021;

    /// <summary>Gets group （六）其他处理: otherwise handled, three rows.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required OtherHandlingOutcomes OtherHandling { get; init => field = Preconditions.CheckNotNull(value, nameof(OtherHandling)); }

    /// <summary>Gets the sum of the three rows of <see cref="OtherHandling"/>.</summary>
    public override ApplicantCounts OtherHandlingSum => OtherHandling.Sum();
}

/// <summary>Group （三）不予公开 of Section 三: applications withheld, by reason.</summary>
public sealed record WithheldOutcomes
{
    /// <summary>Gets row 1.属于国家秘密: state secret.</summary>
    public required ApplicantCounts StateSecret { get; init; }

    /// <summary>Gets row 2.其他法律行政法规禁止公开: disclosure prohibited by other laws or administrative regulations.</summary>
    public required ApplicantCounts ProhibitedByLaw { get; init; }

    /// <summary>Gets row 3.危及“三安全一稳定”: would endanger national, public, economic security or social stability.</summary>
    public required ApplicantCounts EndangersSecurityOrStability { get; init; }

    /// <summary>Gets row 4.保护第三方合法权益: protects a third party's lawful rights.</summary>
    public required ApplicantCounts ThirdPartyRights { get; init; }

    /// <summary>Gets row 5.属于三类内部事务信息: internal affairs information.</summary>
    public required ApplicantCounts InternalAffairs { get; init; }

    /// <summary>Gets row 6.属于四类过程性信息: deliberative process information.</summary>
    public required ApplicantCounts DeliberativeProcess { get; init; }

    /// <summary>Gets row 7.属于行政执法案卷: administrative enforcement file.</summary>
    public required ApplicantCounts EnforcementFile { get; init; }

    /// <summary>Gets row 8.属于行政查询事项: administrative inquiry matter.</summary>
    public required ApplicantCounts AdministrativeInquiry { get; init; }

    /// <summary>Gets the cell-wise sum of the eight rows (the group has no printed subtotal).</summary>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="int.MaxValue"/>.</exception>
    public ApplicantCounts Sum() =>
        StateSecret + ProhibitedByLaw + EndangersSecurityOrStability + ThirdPartyRights
        + InternalAffairs + DeliberativeProcess + EnforcementFile + AdministrativeInquiry;
}

/// <summary>Group （四）无法提供 of Section 三: applications the agency could not provide for.</summary>
public sealed record UnableToProvideOutcomes
{
    /// <summary>Gets row 1.本机关不掌握相关政府信息: the agency does not hold the information.</summary>
    public required ApplicantCounts NotHeld { get; init; }

    /// <summary>Gets row 2.没有现成信息需要另行制作: no ready information; it would have to be created.</summary>
    public required ApplicantCounts RequiresCreation { get; init; }

    /// <summary>Gets row 3.补正后申请内容仍不明确: the request was still unclear after correction.</summary>
    public required ApplicantCounts UnclearAfterCorrection { get; init; }

    /// <summary>Gets the cell-wise sum of the three rows (the group has no printed subtotal).</summary>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="int.MaxValue"/>.</exception>
    public ApplicantCounts Sum() => NotHeld + RequiresCreation + UnclearAfterCorrection;
}

/// <summary>Group （五）不予处理 of Section 三: applications not processed.</summary>
public sealed record NotProcessedOutcomes
{
    /// <summary>Gets row 1.信访举报投诉类申请: petitions, reports or complaints.</summary>
    public required ApplicantCounts PetitionOrComplaint { get; init; }

    /// <summary>Gets row 2.重复申请: repeated applications.</summary>
    public required ApplicantCounts Repeated { get; init; }

    /// <summary>Gets row 3.要求提供公开出版物: requests for published materials.</summary>
    public required ApplicantCounts Publication { get; init; }

    /// <summary>Gets row 4.无正当理由大量反复申请: large numbers of repeated applications without good reason.</summary>
    public required ApplicantCounts Excessive { get; init; }

    /// <summary>Gets row 5.要求行政机关确认或重新出具已获取信息: requests to confirm or re-issue information already obtained.</summary>
    public required ApplicantCounts ConfirmationOfObtained { get; init; }

    /// <summary>Gets the cell-wise sum of the five rows (the group has no printed subtotal).</summary>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="int.MaxValue"/>.</exception>
    public ApplicantCounts Sum() => PetitionOrComplaint + Repeated + Publication + Excessive + ConfirmationOfObtained;
}

/// <summary>Group （六）其他处理 of Section 三 in the 2021 format: three rows.</summary>
public sealed record OtherHandlingOutcomes
{
    /// <summary>Gets row 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: the applicant did not correct the application in time.</summary>
    public required ApplicantCounts CorrectionNotSubmitted { get; init; }

    /// <summary>Gets row 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: the applicant did not pay the fee in time.</summary>
    public required ApplicantCounts FeeNotPaid { get; init; }

    /// <summary>Gets row 3.其他: other handling.</summary>
    public required ApplicantCounts Other { get; init; }

    /// <summary>Gets the cell-wise sum of the three rows (the group has no printed subtotal).</summary>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="int.MaxValue"/>.</exception>
    public ApplicantCounts Sum() => CorrectionNotSubmitted + FeeNotPaid + Other;
}

/// <summary>Gives the rows of Section 三 one at a time, in print order, to <see cref="ApplicationsTable"/>'s construction.</summary>
internal interface IApplicantRowSource
{
    /// <summary>Gets the counts of the next row, which is <paramref name="row"/>.</summary>
    ApplicantCounts Next(ApplicationRow row);
}

/// <summary>A row source over a caller's function.</summary>
internal readonly struct FunctionRowSource(Func<ApplicationRow, ApplicantCounts> counts) : IApplicantRowSource
{
    public ApplicantCounts Next(ApplicationRow row) => counts(row);
}
