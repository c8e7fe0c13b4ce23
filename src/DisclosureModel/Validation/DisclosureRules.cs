using FluentValidation;

namespace DisclosureModel.Validation;

/// <summary>
/// The rule catalogue: every rule the disclosure validators check, with its stable code. <c>docs/rules.md</c> is
/// generated from this class (a test fails when it is stale).
/// </summary>
/// <remarks>
/// Codes never change meaning. R5 (every count at least 0) is not a rule here: the model types reject negative
/// counts when they are built, so it can never fail on a <see cref="DisclosureReport"/> (<c>docs/rules.md</c>). The
/// message templates are in one table per language (<see cref="ChineseRuleMessages"/>, <see cref="EnglishRuleMessages"/>),
/// keyed by code; each rule here declares their named placeholders.
/// </remarks>
public static class DisclosureRules
{
    // The placeholders of the message templates, with what the validators put there. Declared before the rules:
    // static initializers run in textual order.
    private static readonly RuleMessagePlaceholder Column = new("column", "the column's label (Chinese), e.g. 自然人");
    private static readonly RuleMessagePlaceholder ColumnEnglish = new("columnEnglish", "the column's label (English), e.g. Natural persons");
    private static readonly RuleMessagePlaceholder Row = new("row", "the row's label (Chinese)");
    private static readonly RuleMessagePlaceholder RowEnglish = new("rowEnglish", "the row's label (English)");
    private static readonly RuleMessagePlaceholder Block = new("block", "the block's label (Chinese), e.g. 行政复议");
    private static readonly RuleMessagePlaceholder BlockEnglish = new("blockEnglish", "the block's label (English)");
    private static readonly RuleMessagePlaceholder SubTable = new("table", "the sub-table's title (Chinese), e.g. 第二十条第（五）项");
    private static readonly RuleMessagePlaceholder EquationText = new("equation", "the equation with the numbers");
    private static readonly RuleMessagePlaceholder InequalityText = new("equation", "the inequality with the numbers");
    private static readonly RuleMessagePlaceholder EarlierYear = new("earlierYear", "the earlier report's year");
    private static readonly RuleMessagePlaceholder LaterYear = new("laterYear", "the later report's year (the earlier + 1)");
    private static readonly RuleMessagePlaceholder AgencyKindChinese = new("agencyKind", "the agency kind (Chinese)");
    private static readonly RuleMessagePlaceholder AgencyKindEnglish = new("agencyKindEnglish", "the agency kind (English)");
    private static readonly RuleMessagePlaceholder Deadline = new("deadline", "the last day of the deadline (yyyy-MM-dd)");

    /// <summary>Gets R1: in every column of Section 三, 一 + 二 = 三(七) + 四 (the printed 勾稽关系).</summary>
    public static RuleDefinition CarryOverIdentity { get; } = new(
        "R1", Severity.Error, DisclosureRuleSets.Balancing, RuleProvenance.Printed, null, "Section 三, each of the seven columns",
        "一 + 二 = 三(七) + 四",
        "本列数据第一项加第二项之和，等于第三项加第四项之和",
        "Newly received plus carried over equals the outcome total plus carried forward, in each column",
        [Column, ColumnEnglish, EquationText],
        "Blank cells count as 0. The failure names the column's 四、结转下年度继续办理 cell, the balancing item.");

    /// <summary>Gets R2: in every column of Section 三, （七）总计 is the sum of the outcomes （一）–（六）.</summary>
    public static RuleDefinition OutcomeTotal { get; } = new(
        "R2", Severity.Error, DisclosureRuleSets.Balancing, RuleProvenance.Implied, null, "Section 三, each of the seven columns",
        "(七) = (一) + (二) + (三) + (四) + (五) + (六)",
        "（七）总计等于（一）至（六）各项之和",
        "The outcome total (七) equals the sum of the outcomes (一)–(六), in each column",
        [Column, ColumnEnglish, EquationText],
        "(三), (四), (五) and, in the 2021 format, (六) are the sums of their 8, 3, 5 and 3 rows. Blank cells count as 0.");

    /// <summary>Gets R3: in every data row of Section 三, 总计 is the sum of the six applicant columns.</summary>
    public static RuleDefinition RowTotal { get; } = new(
        "R3", Severity.Error, DisclosureRuleSets.Balancing, RuleProvenance.Implied, null, "Section 三, each data row",
        "总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他",
        "每行总计等于六类申请人之和",
        "Each row's total equals the sum of its six applicant columns",
        [Row, RowEnglish, EquationText],
        "Skipped when the printed 总计 is blank (real reports leave it blank on sub-rows); other blank cells count as 0.");

    /// <summary>Gets R4: in every block of Section 四, 总计 is the sum of the four results.</summary>
    public static RuleDefinition CaseBlockTotal { get; } = new(
        "R4", Severity.Error, DisclosureRuleSets.Balancing, RuleProvenance.Implied, null, "Section 四, each of the three blocks",
        "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结",
        "复议、诉讼各栏总计等于四项结果之和",
        "Each review or litigation block's total equals the sum of its four results",
        [Block, BlockEnglish, EquationText],
        "Skipped when the printed 总计 is blank; other blank cells count as 0.");

    /// <summary>Gets R6 (2019 format): 上一年项目数量 + 本年增/减 is not negative.</summary>
    public static RuleDefinition ItemsNotNegative { get; } = new(
        "R6", Severity.Warning, DisclosureRuleSets.Balancing, RuleProvenance.Heuristic, FormatEdition.Edition2019, "Section 二, 第二十条第（五）（六）（八）项, each row",
        "上一年项目数量 + 本年增/减 ≥ 0",
        "上一年项目数量加本年增/减不应为负数",
        "Items last year plus the change this year is not negative",
        [SubTable, Row, RowEnglish, InequalityText],
        "Skipped when either cell is blank.");

    /// <summary>Gets R7 (2019 format): 对外公开总数量 is at least 本年新公开数量.</summary>
    public static RuleDefinition CumulativeAtLeastNew { get; } = new(
        "R7", Severity.Warning, DisclosureRuleSets.Balancing, RuleProvenance.Heuristic, FormatEdition.Edition2019, "Section 二, 第二十条第（一）项, each row",
        "对外公开总数量 ≥ 本年新公开数量",
        "对外公开总数量（累计）不应少于本年新公开数量",
        "Documents published in all (cumulative) are at least those published this year",
        [SubTable, Row, RowEnglish, InequalityText],
        "Skipped when either cell is blank.");

    /// <summary>Gets E1: the tables of Sections 二 and 三 have the shape of the edition the metadata names.</summary>
    public static RuleDefinition EditionShape { get; } = new(
        "E1", Severity.Error, DisclosureRuleSets.Structure, RuleProvenance.Design, null, "Sections 二 and 三 against Metadata.Edition",
        string.Empty,
        "表格样式与报告声明的格式版本一致",
        "The tables have the shape of the report's format edition",
        [new("declaredEdition", "the edition the metadata declares, e.g. 2021"), new("table", "the table's title (Chinese)"), new("tableEnglish", "the table's title (English)"), new("tableEdition", "the edition of the table's shape")]);

    /// <summary>
    /// Gets E3: a 2021-format report prints Section 三's （六）其他处理 as one row, as the 2019 format did (the supported
    /// hybrid, <see cref="CellCatalog.Edition2021Hybrid"/>). R1–R3 are checked on that 2019-shaped table.
    /// </summary>
    public static RuleDefinition EditionHybrid { get; } = new(
        "E3", Severity.Warning, DisclosureRuleSets.Structure, RuleProvenance.Design, FormatEdition.Edition2021, "Section 三 against Metadata.Edition",
        string.Empty,
        "第三部分按2019年版格式将（六）其他处理列为一行",
        "Section 三 prints （六）其他处理 as one row, as the 2019 format did",
        [new("declaredEdition", "the edition the metadata declares (2021)"), new("tableEdition", "the edition of Section 三's shape (2019)")],
        "Some 2021-format reports keep the 2019 Section 三 with one （六）其他处理 row instead of its three sub-rows. The printed numbers are kept as they are (the sub-rows are never invented) and R1–R3 are checked on that table, R2 with the one row. Any other mix of editions is E1.");

    /// <summary>Gets E2: the edition is the one prescribed for the report year.</summary>
    public static RuleDefinition EditionForYear { get; } = new(
        "E2", Severity.Warning, DisclosureRuleSets.Metadata, RuleProvenance.Design, null, "Metadata.Edition against Metadata.ReportYear",
        "edition = 2019 for 2019–2020, 2021 from 2021",
        "格式版本与报告年度相符",
        "The format edition is the one in use for the report year",
        [new("year", "the report year"), new("expectedEdition", "the edition in use for that year"), new("expectedNotice", "its issuing notice"), new("edition", "the report's edition"), new("notice", "its issuing notice")],
        "A warning, not an error: older-edition reports are still published after a new edition.");

    /// <summary>Gets P1: the statistics period covers the whole report year.</summary>
    public static RuleDefinition PeriodCoversYear { get; } = new(
        "P1", Severity.Error, DisclosureRuleSets.Metadata, RuleProvenance.Design, null, "Metadata.StatisticsPeriod",
        "StatisticsPeriod ⊇ [1 January, 31 December] of ReportYear",
        "数据统计期限覆盖报告年度",
        "The statistics period covers the report year",
        [new("year", "the report year"), new("start", "the period's first day (yyyy-MM-dd)"), new("end", "the period's last day (yyyy-MM-dd)")]);

    /// <summary>Gets D1: the report was published by its statutory deadline.</summary>
    public static RuleDefinition PublishedLate { get; } = new(
        "D1", Severity.Warning, DisclosureRuleSets.Deadlines, RuleProvenance.Statutory, null, "Metadata.PublishedAt against Metadata.AgencyKind",
        "PublishedAt (Asia/Shanghai date) ≤ deadline of AgencyKind in ReportYear + 1",
        "按期公布年度报告",
        "The report was published by its deadline",
        [AgencyKindChinese, AgencyKindEnglish, Deadline, new("publishedOn", "the publication date (yyyy-MM-dd)"), new("days", "the days late")],
        "Deadlines (条例 第四十九条 and the format notices), of the year after the report year, last day inclusive: 31 January for departments, government offices and townships; 20 February for county aggregates; 10 March for prefecture aggregates; 31 March for a government's own report, provincial and vertical-system aggregates. No check when AgencyKind is Unspecified or the publication date is not known.");

    /// <summary>Gets D2: with a clock, a report not yet published is past its deadline.</summary>
    public static RuleDefinition UnpublishedPastDeadline { get; } = new(
        "D2", Severity.Warning, DisclosureRuleSets.Deadlines, RuleProvenance.Statutory, null, "Metadata.PublishedAt (null) against the clock",
        "today (Asia/Shanghai) ≤ deadline while PublishedAt is unknown",
        "未公布的年度报告已过公布期限",
        "A report with no publication date is past its deadline",
        [AgencyKindChinese, AgencyKindEnglish, Deadline, new("today", "today's date in Asia/Shanghai (yyyy-MM-dd)"), new("days", "the days past the deadline")],
        "Only with DisclosureValidatorOptions.Clock set; same deadlines as D1.");

    /// <summary>Gets W1: the share of （六）其他处理 among the outcomes is high.</summary>
    public static RuleDefinition OtherHandlingShare { get; } = new(
        "W1", Severity.Warning, DisclosureRuleSets.Plausibility, RuleProvenance.Statutory, null, "Section 三, 总计 column",
        "(六) ≤ 20 % of (一)…(六), or (六) < 3",
        "“其他处理”占比偏高",
        "A high share of applications otherwise handled",
        [new("otherHandling", "the applications otherwise handled (六)"), new("outcomes", "the sum of the outcomes (一)–(六)"), new("share", "their share in percent, one decimal"), new("threshold", "the threshold in percent")],
        "The 2019 notice asks to look into agencies with a high number of 其他处理 (2019 notice, 国办公开办函〔2019〕60号). Threshold chosen here: more than 20 % of the sum of the outcome rows, and at least 3 applications, read in the 总计 column (the six applicant columns' sum when 总计 is blank).");

    /// <summary>Gets W2 (2021 format): Section 一 is longer than 1000 characters.</summary>
    public static RuleDefinition OverviewLength { get; } = new(
        "W2", Severity.Info, DisclosureRuleSets.Narrative, RuleProvenance.Statutory, FormatEdition.Edition2021, "Section 一",
        "characters of Section 一 ≤ 1000",
        "总体情况篇幅原则上不超过一千字",
        "Section 一 should not exceed 1000 characters",
        [new("characters", "the number of characters")],
        "Counts the characters of the introduction, the sub-part headings and their texts, white space excluded. Info, not a warning: the format says 原则上 (as a rule).");

    /// <summary>Gets W3: the narrative says no application was received, but Section 三 counts some.</summary>
    public static RuleDefinition NarrativeNoApplications { get; } = new(
        "W3", Severity.Warning, DisclosureRuleSets.Narrative, RuleProvenance.Design, null, "Section 一 against Section 三 一、本年新收",
        "narrative “未收到…申请” ⇒ 一 总计 = 0",
        "总体情况称未收到申请，但表格有新收申请",
        "The narrative says no application was received, but Section 三 counts some",
        [new("sentence", "the sentence of Section 一"), new("newlyReceived", "the 总计 of 一 (the six applicant columns' sum when blank)")],
        "Only the wording that can be detected reliably: 未/没有 + 收到/受理/接到/接收 + up to 12 characters (no digits, punctuation, 复 or 诉) + 申请, or 收到…申请…0件. Statements of a number (e.g. 收到申请75件 next to a table with 74 new and 1 carried over) are never compared: the narrative counts differ legitimately.");

    /// <summary>Gets N1: a number the narrative states about a cell (or a sum of cells) differs from the table.</summary>
    public static RuleDefinition NarrativeFigure { get; } = new(
        "N1", Severity.Warning, DisclosureRuleSets.Narrative, RuleProvenance.Design, null, "Sections 一 to 六 (preamble and narrative) against Sections 二, 三 and 四, each statement",
        "number stated = the cell (or sum of cells) the phrase speaks of",
        "叙述所述数字与表格不符",
        "A figure the narrative states contradicts the table",
        [
            new("where", "the narrative member, e.g. Overview.Parts[1].Text"), new("sentence", "the sentence, as printed"), new("stated", "the number it states"),
            new("cells", "the cell (or cells) it speaks of, by section, row and column (Chinese)"), new("cellsEnglish", "the same in English"), new("value", "the table's value (the sum when several cells)"),
        ],
        "One finding per contradicted statement. A statement is a number (Arabic, full-width or Chinese numerals; not in 万, not a range, not approximate) with its counter (件; 起/宗 at the end of a clause), classified by the phrase catalogue (NarrativePhrases: received, handled, carried over and forward, the outcome rows, review and litigation cases and results, documents issued, repealed and in force). Not compared: a sentence with a wider or unclear scope word (全县, 全区, 各部门, 我区…), a total after 其中, a statement qualified by 累计, 同比, 上年, 去年, 增长… or naming another year, a blank cell. A statement about an unread cell is not assessable (NA).");

    /// <summary>Gets N2: the narrative says every review or litigation case was upheld or concluded, but Section 四 shows otherwise.</summary>
    public static RuleDefinition NarrativeCaseResults { get; } = new(
        "N2", Severity.Warning, DisclosureRuleSets.Narrative, RuleProvenance.Design, null, "Sections 一 to 六 against Section 四, each sentence saying 均获维持, 全部胜诉, 均已审结, 均已结案…",
        "“均获维持” ⇒ 纠正 = 其他结果 = 尚未审结 = 0; “均已审结” ⇒ 尚未审结 = 0 (blocks the sentence names: 复议, 诉讼)",
        "叙述称案件均获维持或均已审结，但表格不符",
        "The narrative says every review or litigation case was upheld or concluded, but Section 四 shows otherwise",
        [
            new("where", "the narrative member"), new("sentence", "the sentence, as printed"),
            new("block", "the block (Chinese)"), new("blockEnglish", "the block (English)"), new("column", "the result column that contradicts (Chinese)"), new("columnEnglish", "the same in English"), new("value", "its value"),
        ],
        "One finding per sentence, on the first cell that contradicts it. The sentence's blocks are those it names: 复议 the review block, 诉讼 both litigation blocks. Not raised for a sentence with a wider or unclear scope, qualified by 上年, 累计… or naming another year, or negated (未均获维持). A sentence about an unread cell is not assessable (NA).");

    /// <summary>Gets N3: the narrative names another report year where it names the report's own (the title, the opening of Section 一).</summary>
    public static RuleDefinition NarrativeReportYear { get; } = new(
        "N3", Severity.Warning, DisclosureRuleSets.Narrative, RuleProvenance.Design, null, "The title in the preamble and the opening words of Section 一, against Metadata.ReportYear",
        "year of the title (…YYYY年政府信息公开工作年度报告) = year opening Section 一 (YYYY年，…) = report year",
        "叙述所述报告年度与报告不符",
        "The narrative speaks of another report year",
        [new("where", "the narrative member"), new("sentence", "the sentence, as printed"), new("statedYear", "the year the narrative names"), new("year", "the report year")],
        "Only where the narrative names its own year: a title in the preamble's first sentence, and a year as the first words of Section 一 (its introduction, or its first part when it has none). Other years elsewhere (上年, comparisons, plans for next year) are legitimate and not checked.");

    /// <summary>Gets X1: 四 of year N equals 二 of year N+1 in every column.</summary>
    public static RuleDefinition CarriedForwardContinuity { get; } = new(
        "X1", Severity.Warning, DisclosureRuleSets.Series, RuleProvenance.Heuristic, null, "Two consecutive reports of one agency, Section 三, each column",
        "四[N] = 二[N+1]",
        "上年结转下年度继续办理数等于下一年度上年结转数",
        "Carried forward in year N equals carried over in year N+1, in each column",
        [EarlierYear, LaterYear, Column, ColumnEnglish, EquationText],
        "Across the edition boundary too: the Section 三 rows 二 and 四 are the same in both formats. Blank cells count as 0.");

    /// <summary>Gets X2 (2019 format): 上一年项目数量 of year N+1 equals 上一年项目数量 + 本年增/减 of year N.</summary>
    public static RuleDefinition ItemsContinuity { get; } = new(
        "X2", Severity.Warning, DisclosureRuleSets.Series, RuleProvenance.Heuristic, FormatEdition.Edition2019, "Two consecutive 2019-format reports, Section 二 第二十条第（五）（六）（八）项, each row",
        "上一年项目数量[N+1] = 上一年项目数量[N] + 本年增/减[N]",
        "上一年项目数量与上年衔接",
        "Items last year follow from the previous report",
        [EarlierYear, LaterYear, Row, RowEnglish, EquationText],
        "Only the 2019 and 2020 reports use the 2019 format, so only that pair is compared. Skipped when a cell is blank.");

    /// <summary>Gets X3 (2019 format): 对外公开总数量 of year N+1 equals that of year N plus 本年新公开数量 of year N+1.</summary>
    public static RuleDefinition CumulativeContinuity { get; } = new(
        "X3", Severity.Warning, DisclosureRuleSets.Series, RuleProvenance.Heuristic, FormatEdition.Edition2019, "Two consecutive 2019-format reports, Section 二 第二十条第（一）项, each row",
        "对外公开总数量[N+1] = 对外公开总数量[N] + 本年新公开数量[N+1]",
        "对外公开总数量与上年衔接",
        "Documents published in all follow from the previous report",
        [EarlierYear, LaterYear, Row, RowEnglish, EquationText],
        "Holds for Pingtan 规范性文件 2019→2020 (89 + 77 = 166) and fails for its 规章 (0 → 7 with 0 new). Skipped when a cell is blank.");

    /// <summary>Gets X4 (2021 format): 现行有效件数 continues from the previous year.</summary>
    public static RuleDefinition InForceContinuity { get; } = new(
        "X4", Severity.Warning, DisclosureRuleSets.Series, RuleProvenance.Heuristic, FormatEdition.Edition2021, "Two consecutive 2021-format reports, Section 二 第二十条第（一）项, each row",
        "现行有效件数[N] = 现行有效件数[N−1] + 本年制发件数[N] − 本年废止件数[N]",
        "现行有效件数与上年衔接",
        "Documents in force continue from the previous year",
        [EarlierYear, LaterYear, Row, RowEnglish, EquationText],
        "Amendments and expiries break it legitimately, hence a warning. Skipped when a cell is blank or either report is not in the 2021 format.");

    /// <summary>Gets X5: a series holds one report per year.</summary>
    public static RuleDefinition OneReportPerYear { get; } = new(
        "X5", Severity.Warning, DisclosureRuleSets.Series, RuleProvenance.Design, null, "A series of reports given to the series validator",
        "at most one report per report year",
        "同一系列中每个年度只有一份报告",
        "A series holds one report per year",
        [new("year", "the report year given twice"), new("first", "the index of the first report of that year"), new("second", "the index of the other report")],
        "An agency publishes one annual report a year; two of one year (a republished page, a duplicate in a crawl) make the year-to-year rules ambiguous, so the pairs of that year are still compared but the duplicate is reported.");

    /// <summary>Gets X6: a series is one agency's reports.</summary>
    public static RuleDefinition OneAgencyPerSeries { get; } = new(
        "X6", Severity.Warning, DisclosureRuleSets.Series, RuleProvenance.Design, null, "A series of reports given to the series validator",
        "every report's agency name = the first report's",
        "同一系列中的报告属于同一机关",
        "A series is one agency's reports",
        [new("agency", "the first report's agency name"), new("otherAgency", "the other agency name"), new("index", "the index of the first report naming it")],
        "The year-to-year rules compare one agency's consecutive reports; reports of another agency in the series are reported (once per other name) and still compared, so that a renamed agency is visible rather than silently skipped.");

    /// <summary>Gets X7: a count changes by more than a factor between consecutive years (information).</summary>
    public static RuleDefinition YearOverYearOutlier { get; } = new(
        "X7", Severity.Info, DisclosureRuleSets.Series, RuleProvenance.Heuristic, null, "Two consecutive reports of one agency: Section 二 counts, Section 三 and Section 四 总计 column, each cell in both",
        "max(v[N], v[N+1]) ÷ max(min(v[N], v[N+1]), floor) ≤ factor",
        "数字与上年相比变化过大",
        "A count changes by a large factor from one year to the next",
        [EarlierYear, LaterYear, new("cell", "the cell's sub-table, row and column labels (Chinese)"), new("cellEnglish", "the same in English"), new("earlier", "the earlier report's value"), new("later", "the later report's value"), new("factor", "the factor of change (one decimal at most)"), new("threshold", "the factor above which X7 reports (DisclosureValidatorOptions.OutlierFactor)")],
        "Information: a jump deserves a look, and is often real. The cells compared are read from the cell catalogue: every count of Section 二 (no signed change, no amount of money) and the 总计 column of Sections 三 and 四, wherever a cell with the same key is in both reports (Section 二 only between reports of one edition). The factor is the larger value over the smaller, the smaller counted as at least the floor (DisclosureValidatorOptions.OutlierFloor, default 5), so that small numbers (0 → 3, 1 → 12) are not noise; reported when it is above DisclosureValidatorOptions.OutlierFactor (default 10), e.g. 6 → 102 (×17). Skipped when either cell is blank.");

    /// <summary>Gets B1: Section 三 or 四 is left entirely blank (no cell holds a value, none is unread).</summary>
    public static RuleDefinition BlankTable { get; } = new(
        "B1", Severity.Warning, DisclosureRuleSets.Completeness, RuleProvenance.Design, null, "Section 三 and Section 四, each as a whole",
        "some cell of the table holds a value",
        "表格不应全部为空",
        "A statutory table is not entirely blank",
        [new("table", "the table's title (Chinese)"), new("tableEnglish", "the table's title (English)")],
        "The completeness check for a table left entirely blank. A table with no number at all usually means the page printed it in a way that was not read, or left it out; a table whose cells are unread (see U1) is not blank and is reported as not assessable (NA) instead. A table of zeros is not blank.");

    /// <summary>Gets C1 (2021 format): Section 六 says nothing about information-processing fees (信息处理费).</summary>
    public static RuleDefinition FeeStatementMissing { get; } = new(
        "C1", Severity.Warning, DisclosureRuleSets.Completeness, RuleProvenance.Statutory, FormatEdition.Edition2021, "Section 六 (OtherMatters)",
        "Section 六 states the information-processing fees charged (or that none were)",
        "第六部分应报告收取信息处理费的情况",
        "Section 六 reports the information-processing fees charged",
        [],
        "The 2021 format (国办公开办函〔2021〕30号) asks every agency to report in Section 六 the information-processing fees it charged under 《政府信息公开信息处理费管理办法》 (template: 收取信息处理费情况在此处报告). A statement that none was charged (未收取信息处理费) counts. The phrases recognised are data (CompletenessPhrases.FeeStatements, each with examples), matched with white space removed: 处理费, or 收费 / 收取…费用 in a sentence about 信息公开 or 依申请 (not 行政事业性收费). The 2021 hybrid is a 2021 report and is checked.");

    /// <summary>Gets C2: Section 五 is empty or says only 无.</summary>
    public static RuleDefinition ProblemsSectionEmpty { get; } = new(
        "C2", Severity.Warning, DisclosureRuleSets.Completeness, RuleProvenance.Statutory, null, "Section 五 (ProblemsAndImprovements)",
        "Section 五 is neither empty nor a bare 无",
        "第五部分不应为空或仅写“无”",
        "Section 五 reports problems and improvements",
        [new("content", "what the section holds (Chinese): 为空 or 仅写“无”"), new("contentEnglish", "the same in English")],
        "Both formats ask for the main problems and the improvements, 实事求是、明确具体. Reported when the text, white space and punctuation removed, is empty or one of 无, 暂无, 没有 (CompletenessPhrases.BareAnswers).");

    /// <summary>Gets C3: a row of Section 二 is entirely blank.</summary>
    public static RuleDefinition ProactiveRowBlank { get; } = new(
        "C3", Severity.Warning, DisclosureRuleSets.Completeness, RuleProvenance.Design, null, "Section 二, each row of each 第二十条 sub-table",
        "some cell of the row holds a value",
        "第二部分各行应填报数字",
        "Each row of Section 二 holds its numbers",
        [SubTable, Row, RowEnglish],
        "The format asks for a number in every cell of the 第二十条 sub-tables (counts, and the 2019 采购总金额 and 2021 本年收费金额 amounts). One finding per row whose every cell is blank, on the row; a row with any value (0 included) is not reported, nor is a row with an unread cell (not assessable, NA). None of the corpus reports or samples leaves a row blank.");

    /// <summary>Gets U1: a cell the report lists as unread holds no value.</summary>
    public static RuleDefinition UnreadCellBlank { get; } = new(
        "U1", Severity.Error, DisclosureRuleSets.Structure, RuleProvenance.Design, null, "DisclosureReport.UnreadCells against the tables",
        "value of an unread cell = blank",
        "未能读取的单元格不应有数值",
        "An unread cell holds no value",
        [new("cell", "the cell's row and column labels (Chinese)"), new("cellEnglish", "the cell's row and column labels (English)"), new("value", "the value it holds")],
        "An importer leaves a cell it cannot read blank and lists it in UnreadCells; a value there means the list or the tables were changed afterwards (for example with `with`). The model does not check this itself, since `with` can change the tables after the list is set; the JSON readers reject such a document.");

    /// <summary>Gets U2: a cell the report lists as unread is a cell of the report's edition.</summary>
    public static RuleDefinition UnreadCellOfEdition { get; } = new(
        "U2", Severity.Error, DisclosureRuleSets.Structure, RuleProvenance.Design, null, "DisclosureReport.UnreadCells against Metadata.Edition",
        "path of an unread cell ∈ the edition's cell catalogue",
        "未能读取的单元格属于报告格式版本的表格",
        "An unread cell is a cell of the report's edition",
        [new("path", "the unread cell's property path"), new("edition", "the report's edition, e.g. 2021")],
        "The model accepts the path of a cell of either edition; the edition is known only with the metadata.");

    /// <summary>Gets A1: every cell of an aggregate report equals the sum of that cell in its members' reports.</summary>
    public static RuleDefinition RollupMismatch { get; } = new(
        "A1", Severity.Error, DisclosureRuleSets.Rollup, RuleProvenance.Implied, null, "An aggregate report against its listed members (RollupCheck), every cell of Sections 二, 三 and 四",
        "汇总 = Σ 成员",
        "汇总报告各单元格等于各成员报告之和",
        "Each cell of an aggregate report equals the sum of its members' cells",
        [
            new("cell", "the cell's row and column labels (Chinese)"), new("cellEnglish", "the cell's path and its row and column labels (English)"),
            new("aggregate", "the aggregate's value (blank as 0)"), new("sum", "the members' sum (blank as 0)"),
            EquationText, new("missing", "the listed members whose report is missing (Chinese list, or 无)"), new("missingEnglish", "the same (English list, or none)"),
        ],
        "Blank counts as 0 on both sides (aggregates print 0 where every member is blank). The equation lists the members that contributed a non-zero value. A cell unread in the aggregate or in a member is not assessable (NA), never a mismatch. The 2019 采购总金额 is compared in the unit all non-zero values share, else in yuan when each printed a unit, and not at all when some printed none. When the aggregate and the members do not share one shape of Section 三 (the 2021 hybrid), the three 2021 （六） rows are summed into one and compared on the hybrid's row. Left is the aggregate's value, Right the members' sum (counts only).");

    /// <summary>Gets A2: a listed member is a report of the aggregate's year and edition.</summary>
    public static RuleDefinition RollupMemberMismatch { get; } = new(
        "A2", Severity.Error, DisclosureRuleSets.Rollup, RuleProvenance.Design, null, "An aggregate report against its listed members (RollupCheck), each member",
        "member year = aggregate year, member edition = aggregate edition",
        "成员报告与汇总报告的年度和格式版本相同",
        "A member's report is of the aggregate's year and edition",
        [
            new("member", "the member's name"), new("memberYear", "the member's report year"), new("memberEdition", "the member's edition"),
            new("year", "the aggregate's report year"), new("edition", "the aggregate's edition"),
        ],
        "Reported on Members[i].Metadata.ReportYear or .Edition; then no cell is compared (the sum would be wrong everywhere). A member whose tables are not of its stated edition (E1) is reported the same way. A 2021 hybrid (Section 三 with one （六） row, E3) is of the 2021 edition and is compared.");

    /// <summary>Gets A3: a listed member's report is missing.</summary>
    public static RuleDefinition RollupMemberMissing { get; } = new(
        "A3", Severity.Info, DisclosureRuleSets.Rollup, RuleProvenance.Design, null, "An aggregate report against its listed members (RollupCheck), each member",
        string.Empty,
        "成员报告未提供",
        "A listed member's report is missing",
        [new("member", "the member's name")],
        "Reported on Members[i]. The check goes on without it; every A1 finding names the missing members, since the difference may be their share.");

    /// <summary>
    /// Gets NA: a rule that reads an unread cell is not assessable; it is reported with this code instead of as an
    /// imbalance (or a warning of its own).
    /// </summary>
    public static RuleDefinition NotAssessable { get; } = new(
        "NA", Severity.Warning, DisclosureRuleSets.Structure, RuleProvenance.Design, null, "Every rule that reads table cells (R1–R4, R6, R7, W1, W3, N1, N2, X1–X4, X7, C3, A1), on a report with unread cells",
        string.Empty,
        "涉及未能读取的单元格，无法判断",
        "Not assessable: the rule reads cells that could not be read",
        [
            new("rule", "the code of the rule not assessed, e.g. R2"), new("ruleTitle", "its title (Chinese)"), new("ruleTitleEnglish", "its title (English)"),
            new("count", "how many of the rule's equations (or checks) read unread cells"),
            new("cells", "the unread cells they read, by row and column (Chinese)"), new("cellsEnglish", "the same in English"),
        ],
        "One finding per rule and report (per pair of reports for X1–X4 and X7, per roll-up for A1), on the first unread cell; never an error. An equation is not assessable when it reads an unread cell and would be checked under its blank-cell policy were the unread cells read (a blank printed total still skips R3 and R4). A rule is assessed as usual where it reads no unread cell. A finding is reported with the rule set of the rule it concerns (the NA of R2 with Balancing).");

    /// <summary>Gets every rule, in catalogue order.</summary>
    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        CarryOverIdentity, OutcomeTotal, RowTotal, CaseBlockTotal, ItemsNotNegative, CumulativeAtLeastNew,
        EditionShape, EditionForYear, EditionHybrid, PeriodCoversYear, PublishedLate, UnpublishedPastDeadline,
        OtherHandlingShare, OverviewLength, NarrativeNoApplications, NarrativeFigure, NarrativeCaseResults, NarrativeReportYear,
        CarriedForwardContinuity, ItemsContinuity, CumulativeContinuity, InForceContinuity, OneReportPerYear, OneAgencyPerSeries, YearOverYearOutlier,
        BlankTable, FeeStatementMissing, ProblemsSectionEmpty, ProactiveRowBlank, UnreadCellBlank, UnreadCellOfEdition, RollupMismatch, RollupMemberMismatch, RollupMemberMissing, NotAssessable,
    ];

    /// <summary>Gets a rule by its code.</summary>
    /// <param name="code">A code such as <c>R1</c>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">No rule has the code.</exception>
    public static RuleDefinition Get(string code) =>
        Find(code) ?? throw new ArgumentException($"No rule has the code '{code}'.", nameof(code));

    /// <summary>Gets a rule by its code, or null when no rule has it (e.g. the command line's <c>INPUT</c>).</summary>
    internal static RuleDefinition? Find(string code) => ByCode.GetValueOrDefault(code);

    // After All: static initializers run in textual order.
    private static readonly Dictionary<string, RuleDefinition> ByCode = All.ToDictionary(r => r.Code, StringComparer.Ordinal);
}
