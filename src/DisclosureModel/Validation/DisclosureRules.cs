using FluentValidation;

namespace DisclosureModel.Validation;

/// <summary>
/// The rule catalogue: every rule the disclosure validators check, with its stable code. <c>docs/rules.md</c> is
/// generated from this class (a test fails when it is stale).
/// </summary>
/// <remarks>
/// Codes never change meaning. R1–R7 follow the numbering of FORMATS.md §5. R5 (every count at least 0) is not a
/// rule here: the model types reject negative counts when they are built, so it can never fail on a
/// <see cref="DisclosureReport"/>.
/// </remarks>
public static class DisclosureRules
{
    private const string EquationArguments = "{0} row label (Chinese), {1} row label (English), {2} column label (Chinese), {3} column label (English), {4} the equation with the numbers";

    /// <summary>Gets R1: in every column of Section 三, 一 + 二 = 三(七) + 四 (the printed 勾稽关系).</summary>
    public static RuleDefinition CarryOverIdentity { get; } = new(
        "R1", Severity.Error, RuleProvenance.Printed, null, "Section 三, each of the seven columns",
        "一 + 二 = 三(七) + 四",
        "本列数据第一项加第二项之和，等于第三项加第四项之和",
        "Newly received plus carried over equals the outcome total plus carried forward, in each column",
        "三、收到和处理政府信息公开申请情况“{2}”列不符合勾稽关系（第一项加第二项之和，等于第三项加第四项之和）：{4}。",
        "Section 三, column {2} ({3}): newly received plus carried over must equal the outcome total plus carried forward: {4}.",
        EquationArguments,
        "Blank cells count as 0. The failure names the column's 四、结转下年度继续办理 cell, the balancing item.");

    /// <summary>Gets R2: in every column of Section 三, （七）总计 is the sum of the outcomes （一）–（六）.</summary>
    public static RuleDefinition OutcomeTotal { get; } = new(
        "R2", Severity.Error, RuleProvenance.Implied, null, "Section 三, each of the seven columns",
        "(七) = (一) + (二) + (三) + (四) + (五) + (六)",
        "（七）总计等于（一）至（六）各项之和",
        "The outcome total (七) equals the sum of the outcomes (一)–(六), in each column",
        "三、本年度办理结果“{2}”列的（七）总计与（一）至（六）之和不符：{4}。",
        "Section 三, column {2} ({3}): the outcome total (七) must equal the sum of the outcomes (一)–(六): {4}.",
        EquationArguments,
        "(三), (四), (五) and, in the 2021 format, (六) are the sums of their 8, 3, 5 and 3 rows. Blank cells count as 0.");

    /// <summary>Gets R3: in every data row of Section 三, 总计 is the sum of the six applicant columns.</summary>
    public static RuleDefinition RowTotal { get; } = new(
        "R3", Severity.Error, RuleProvenance.Implied, null, "Section 三, each data row",
        "总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他",
        "每行总计等于六类申请人之和",
        "Each row's total equals the sum of its six applicant columns",
        "三、收到和处理政府信息公开申请情况“{0}”行的总计与六类申请人之和不符：{4}。",
        "Section 三, row {0} ({1}): the total must equal the sum of the six applicant columns: {4}.",
        EquationArguments,
        "Skipped when the printed 总计 is blank (real reports leave it blank on sub-rows, FORMATS.md §8.5); other blank cells count as 0.");

    /// <summary>Gets R4: in every block of Section 四, 总计 is the sum of the four results.</summary>
    public static RuleDefinition CaseBlockTotal { get; } = new(
        "R4", Severity.Error, RuleProvenance.Implied, null, "Section 四, each of the three blocks",
        "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
        "复议、诉讼各栏总计等于四项结果之和",
        "Each review or litigation block's total equals the sum of its four results",
        "四、政府信息公开行政复议、行政诉讼情况“{0}”栏的总计与四项结果之和不符：{4}。",
        "Section 四, block {0} ({1}): the total must equal the sum of the four results: {4}.",
        EquationArguments,
        "Skipped when the printed 总计 is blank; other blank cells count as 0.");

    /// <summary>Gets R6 (2019 format): 上一年项目数量 + 本年增/减 is not negative.</summary>
    public static RuleDefinition ItemsNotNegative { get; } = new(
        "R6", Severity.Warning, RuleProvenance.Heuristic, FormatEdition.Edition2019, "Section 二, 第二十条第（五）（六）（八）项, each row",
        "上一年项目数量 + 本年增/减 ≥ 0",
        "上一年项目数量加本年增/减不应为负数",
        "Items last year plus the change this year is not negative",
        "{2}“{0}”行的上一年项目数量加本年增/减为负数：{4}。",
        "Section 二, {2}, row {0} ({1}): items last year plus the change this year is negative: {4}.",
        "{0} row label (Chinese), {1} row label (English), {2} sub-table title (Chinese), {3} sub-table title (English), {4} the inequality with the numbers",
        "Skipped when either cell is blank.");

    /// <summary>Gets R7 (2019 format): 对外公开总数量 is at least 本年新公开数量.</summary>
    public static RuleDefinition CumulativeAtLeastNew { get; } = new(
        "R7", Severity.Warning, RuleProvenance.Heuristic, FormatEdition.Edition2019, "Section 二, 第二十条第（一）项, each row",
        "对外公开总数量 ≥ 本年新公开数量",
        "对外公开总数量（累计）不应少于本年新公开数量",
        "Documents published in all (cumulative) are at least those published this year",
        "{2}“{0}”行的对外公开总数量少于本年新公开数量：{4}。",
        "Section 二, {2}, row {0} ({1}): documents published in all are fewer than those published this year: {4}.",
        "{0} row label (Chinese), {1} row label (English), {2} sub-table title (Chinese), {3} sub-table title (English), {4} the inequality with the numbers",
        "Skipped when either cell is blank.");

    /// <summary>Gets E1: the tables of Sections 二 and 三 have the shape of the edition the metadata names.</summary>
    public static RuleDefinition EditionShape { get; } = new(
        "E1", Severity.Error, RuleProvenance.Design, null, "Sections 二 and 三 against Metadata.Edition",
        string.Empty,
        "表格样式与报告声明的格式版本一致",
        "The tables have the shape of the report's format edition",
        "报告声明采用{0}年版格式，但“{1}”是{3}年版格式的表格。",
        "The report declares the {0} format, but {2} has the shape of the {3} format.",
        "{0} declared edition, {1} table title (Chinese), {2} table title (English), {3} the table's edition");

    /// <summary>Gets E2: the edition is the one prescribed for the report year.</summary>
    public static RuleDefinition EditionForYear { get; } = new(
        "E2", Severity.Warning, RuleProvenance.Design, null, "Metadata.Edition against Metadata.ReportYear",
        "edition = 2019 for 2019–2020, 2021 from 2021",
        "格式版本与报告年度相符",
        "The format edition is the one in use for the report year",
        "{0}年度报告应采用{1}年版格式（{2}），本报告采用{3}年版格式（{4}）。",
        "A report on {0} should follow the {1} format ({2}); this one follows the {3} format ({4}).",
        "{0} report year, {1} expected edition, {2} its issuing document, {3} the report's edition, {4} its issuing document",
        "A warning, not an error: older-edition reports are still published after a new edition (FORMATS.md §8.5).");

    /// <summary>Gets P1: the statistics period covers the whole report year.</summary>
    public static RuleDefinition PeriodCoversYear { get; } = new(
        "P1", Severity.Error, RuleProvenance.Design, null, "Metadata.StatisticsPeriod",
        "StatisticsPeriod ⊇ [1 January, 31 December] of ReportYear",
        "数据统计期限覆盖报告年度",
        "The statistics period covers the report year",
        "数据统计期限{1}至{2}未覆盖{0}年度（{0}年1月1日至{0}年12月31日）。",
        "The statistics period {1} to {2} does not cover the report year {0} (1 January to 31 December {0}).",
        "{0} report year, {1} period start (yyyy-MM-dd), {2} period end (yyyy-MM-dd)");

    /// <summary>Gets D1: the report was published by its statutory deadline.</summary>
    public static RuleDefinition PublishedLate { get; } = new(
        "D1", Severity.Warning, RuleProvenance.Statutory, null, "Metadata.PublishedAt against Metadata.AgencyKind",
        "PublishedAt (Asia/Shanghai date) ≤ deadline of AgencyKind in ReportYear + 1",
        "按期公布年度报告",
        "The report was published by its deadline",
        "{0}的年度报告应于{2}前公布，实际于{3}公布，逾期{4}天。",
        "The report of a {1} was due by {2} but was published on {3}, {4} days late.",
        "{0} agency kind (Chinese), {1} agency kind (English), {2} deadline (yyyy-MM-dd), {3} publication date (yyyy-MM-dd), {4} days late",
        "Deadlines (条例 第四十九条 and the format notices, FORMATS.md §6), of the year after the report year, last day inclusive: 31 January for departments, government offices and townships; 20 February for county aggregates; 10 March for prefecture aggregates; 31 March for a government's own report, provincial and vertical-system aggregates. No check when AgencyKind is Unspecified or the publication date is not known.");

    /// <summary>Gets D2: with a clock, a report not yet published is past its deadline.</summary>
    public static RuleDefinition UnpublishedPastDeadline { get; } = new(
        "D2", Severity.Warning, RuleProvenance.Statutory, null, "Metadata.PublishedAt (null) against the clock",
        "today (Asia/Shanghai) ≤ deadline while PublishedAt is unknown",
        "未公布的年度报告已过公布期限",
        "A report with no publication date is past its deadline",
        "{0}的年度报告应于{2}前公布，尚无公布日期，今天（{3}）已逾期{4}天。",
        "The report of a {1} was due by {2}; it has no publication date and today ({3}) is {4} days past the deadline.",
        "{0} agency kind (Chinese), {1} agency kind (English), {2} deadline (yyyy-MM-dd), {3} today (yyyy-MM-dd), {4} days past",
        "Only with DisclosureValidatorOptions.Clock set; same deadlines as D1.");

    /// <summary>Gets W1: the share of （六）其他处理 among the outcomes is high.</summary>
    public static RuleDefinition OtherHandlingShare { get; } = new(
        "W1", Severity.Warning, RuleProvenance.Statutory, null, "Section 三, 总计 column",
        "(六) ≤ 20 % of (一)…(六), or (六) < 3",
        "“其他处理”占比偏高",
        "A high share of applications otherwise handled",
        "（六）其他处理共{0}件，占办理结果{1}件的{2}%，超过{3}%，请说明原因。",
        "{0} of the {1} outcomes ({2} %) were otherwise handled (六), more than {3} %; explain why.",
        "{0} applications otherwise handled, {1} sum of the outcomes (一)–(六), {2} their share in percent (one decimal), {3} the threshold in percent",
        "The 2019 notice asks to look into agencies with a high number of 其他处理 (FORMATS.md §3.5). Threshold chosen here: more than 20 % of the sum of the outcome rows, and at least 3 applications, read in the 总计 column (the six applicant columns' sum when 总计 is blank).");

    /// <summary>Gets W2 (2021 format): Section 一 is longer than 1000 characters.</summary>
    public static RuleDefinition OverviewLength { get; } = new(
        "W2", Severity.Info, RuleProvenance.Statutory, FormatEdition.Edition2021, "Section 一",
        "characters of Section 一 ≤ 1000",
        "总体情况篇幅原则上不超过一千字",
        "Section 一 should not exceed 1000 characters",
        "一、总体情况共{0}字，格式要求篇幅原则上不超过一千字。",
        "Section 一 has {0} characters; the format asks for no more than 1000 as a rule.",
        "{0} the number of characters",
        "Counts the characters of the introduction, the sub-part headings and their texts, white space excluded. Info, not a warning: the format says 原则上 (as a rule).");

    /// <summary>Gets W3: the narrative says no application was received, but Section 三 counts some.</summary>
    public static RuleDefinition NarrativeNoApplications { get; } = new(
        "W3", Severity.Warning, RuleProvenance.Design, null, "Section 一 against Section 三 一、本年新收",
        "narrative “未收到…申请” ⇒ 一 总计 = 0",
        "总体情况称未收到申请，但表格有新收申请",
        "The narrative says no application was received, but Section 三 counts some",
        "总体情况称“{0}”，但三、一、本年新收政府信息公开申请数量总计为{1}。",
        "Section 一 says “{0}”, but Section 三 counts {1} newly received applications.",
        "{0} the sentence of Section 一, {1} the 总计 of 一 (the six applicant columns' sum when blank)",
        "Only the wording that can be detected reliably: 未/没有 + 收到/受理/接到/接收 + up to 12 characters (no digits, punctuation, 复 or 诉) + 申请, or 收到…申请…0件. Statements of a number (e.g. 收到申请75件 next to a table with 74 new and 1 carried over) are never compared: the narrative counts differ legitimately.");

    /// <summary>Gets X1: 四 of year N equals 二 of year N+1 in every column.</summary>
    public static RuleDefinition CarriedForwardContinuity { get; } = new(
        "X1", Severity.Warning, RuleProvenance.Heuristic, null, "Two consecutive reports of one agency, Section 三, each column",
        "四[N] = 二[N+1]",
        "上年结转下年度继续办理数等于下一年度上年结转数",
        "Carried forward in year N equals carried over in year N+1, in each column",
        "{0}年度“四、结转下年度继续办理”与{1}年度“二、上年结转政府信息公开申请数量”在“{2}”列不一致：{4}。",
        "Column {2} ({3}): carried forward in {0} must equal carried over in {1}: {4}.",
        "{0} year N, {1} year N+1, {2} column label (Chinese), {3} column label (English), {4} the equation with the numbers",
        "Across the edition boundary too: the Section 三 rows 二 and 四 are the same in both formats. Blank cells count as 0.");

    /// <summary>Gets X2 (2019 format): 上一年项目数量 of year N+1 equals 上一年项目数量 + 本年增/减 of year N.</summary>
    public static RuleDefinition ItemsContinuity { get; } = new(
        "X2", Severity.Warning, RuleProvenance.Heuristic, FormatEdition.Edition2019, "Two consecutive 2019-format reports, Section 二 第二十条第（五）（六）（八）项, each row",
        "上一年项目数量[N+1] = 上一年项目数量[N] + 本年增/减[N]",
        "上一年项目数量与上年衔接",
        "Items last year follow from the previous report",
        "“{2}”行：{1}年度上一年项目数量与{0}年度不衔接：{4}。",
        "Row {2} ({3}): items last year in {1} do not follow from {0}: {4}.",
        "{0} year N, {1} year N+1, {2} row label (Chinese), {3} row label (English), {4} the equation with the numbers",
        "Only the 2019 and 2020 reports use the 2019 format, so only that pair is compared. Skipped when a cell is blank.");

    /// <summary>Gets X3 (2019 format): 对外公开总数量 of year N+1 equals that of year N plus 本年新公开数量 of year N+1.</summary>
    public static RuleDefinition CumulativeContinuity { get; } = new(
        "X3", Severity.Warning, RuleProvenance.Heuristic, FormatEdition.Edition2019, "Two consecutive 2019-format reports, Section 二 第二十条第（一）项, each row",
        "对外公开总数量[N+1] = 对外公开总数量[N] + 本年新公开数量[N+1]",
        "对外公开总数量与上年衔接",
        "Documents published in all follow from the previous report",
        "“{2}”行：{1}年度对外公开总数量与{0}年度不衔接：{4}。",
        "Row {2} ({3}): documents published in all in {1} do not follow from {0}: {4}.",
        "{0} year N, {1} year N+1, {2} row label (Chinese), {3} row label (English), {4} the equation with the numbers",
        "Holds for Pingtan 规范性文件 2019→2020 (89 + 77 = 166) and fails for its 规章 (0 → 7 with 0 new), FORMATS.md §5. Skipped when a cell is blank.");

    /// <summary>Gets X4 (2021 format): 现行有效件数 continues from the previous year.</summary>
    public static RuleDefinition InForceContinuity { get; } = new(
        "X4", Severity.Warning, RuleProvenance.Heuristic, FormatEdition.Edition2021, "Two consecutive 2021-format reports, Section 二 第二十条第（一）项, each row",
        "现行有效件数[N] = 现行有效件数[N−1] + 本年制发件数[N] − 本年废止件数[N]",
        "现行有效件数与上年衔接",
        "Documents in force continue from the previous year",
        "“{2}”行：{1}年度现行有效件数与{0}年度不衔接：{4}。",
        "Row {2} ({3}): documents in force in {1} do not follow from {0}: {4}.",
        "{0} year N−1, {1} year N, {2} row label (Chinese), {3} row label (English), {4} the equation with the numbers",
        "Amendments and expiries break it legitimately, hence a warning. Skipped when a cell is blank or either report is not in the 2021 format.");

    /// <summary>Gets every rule, in catalogue order.</summary>
    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        CarryOverIdentity, OutcomeTotal, RowTotal, CaseBlockTotal, ItemsNotNegative, CumulativeAtLeastNew,
        EditionShape, EditionForYear, PeriodCoversYear, PublishedLate, UnpublishedPastDeadline,
        OtherHandlingShare, OverviewLength, NarrativeNoApplications,
        CarriedForwardContinuity, ItemsContinuity, CumulativeContinuity, InForceContinuity,
    ];

    /// <summary>Gets a rule by its code.</summary>
    /// <param name="code">A code such as <c>R1</c>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">No rule has the code.</exception>
    public static RuleDefinition Get(string code) =>
        All.FirstOrDefault(r => r.Code == code) ?? throw new ArgumentException($"No rule has the code '{code}'.", nameof(code));
}
