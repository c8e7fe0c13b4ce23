namespace DisclosureModel.Validation;

/// <summary>
/// The Chinese message templates of the rules, keyed by rule code: the one place the Chinese wording of a failure is
/// written. Placeholders are named (<c>{column}</c>, <c>{equation}</c>); <see cref="DisclosureRules"/> describes each.
/// </summary>
/// <remarks>
/// A rule's two templates may use different placeholders (the Chinese ones leave out the English labels), but only
/// placeholders the rule declares; <see cref="RuleDefinition"/> checks this when the catalogue is built.
/// </remarks>
internal static class ChineseRuleMessages
{
    /// <summary>The Chinese description of a smallest correction (<see cref="Correction.Describe"/>): <c>{changes}</c> the changes, <c>{rule}</c> the rule code.</summary>
    public const string Correction = "{changes} 使 {rule} 成立";

    /// <summary>The separator between the changes of a correction.</summary>
    public const string CorrectionSeparator = "，";

    /// <summary>The word for a blank cell in a correction's change.</summary>
    public const string Blank = "空";

    /// <summary>Gets the templates by rule code.</summary>
    public static IReadOnlyDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["R1"] = "三、收到和处理政府信息公开申请情况“{column}”列不符合勾稽关系（第一项加第二项之和，等于第三项加第四项之和）：{equation}。",
        ["R2"] = "三、本年度办理结果“{column}”列的（七）总计与（一）至（六）之和不符：{equation}。",
        ["R3"] = "三、收到和处理政府信息公开申请情况“{row}”行的总计与六类申请人之和不符：{equation}。",
        ["R4"] = "四、政府信息公开行政复议、行政诉讼情况“{block}”栏的总计与四项结果之和不符：{equation}。",
        ["R6"] = "{table}“{row}”行的上一年项目数量加本年增/减为负数：{equation}。",
        ["R7"] = "{table}“{row}”行的对外公开总数量少于本年新公开数量：{equation}。",
        ["E1"] = "报告声明采用{declaredEdition}年版格式，但“{table}”是{tableEdition}年版格式的表格。",
        ["E2"] = "{year}年度报告应采用{expectedEdition}年版格式（{expectedNotice}），本报告采用{edition}年版格式（{notice}）。",
        ["E3"] = "报告声明采用{declaredEdition}年版格式，但第三部分按{tableEdition}年版格式将“（六）其他处理”列为一行；按该行核对R1–R3。",
        ["P1"] = "数据统计期限{start}至{end}未覆盖{year}年度（{year}年1月1日至{year}年12月31日）。",
        ["D1"] = "{agencyKind}的年度报告应于{deadline}前公布，实际于{publishedOn}公布，逾期{days}天。",
        ["D2"] = "{agencyKind}的年度报告应于{deadline}前公布，尚无公布日期，今天（{today}）已逾期{days}天。",
        ["W1"] = "（六）其他处理共{otherHandling}件，占办理结果{outcomes}件的{share}%，超过{threshold}%，请说明原因。",
        ["W2"] = "一、总体情况共{characters}字，格式要求篇幅原则上不超过一千字。",
        ["W3"] = "总体情况称“{sentence}”，但三、一、本年新收政府信息公开申请数量总计为{newlyReceived}。",
        ["N1"] = "{where}称“{sentence}”（{stated}件），但{cells}为{value}。",
        ["N2"] = "{where}称“{sentence}”，但四、政府信息公开行政复议、行政诉讼情况“{block}”栏的“{column}”为{value}。",
        ["N3"] = "{where}称“{sentence}”，所述年度为{statedYear}年，但本报告为{year}年度报告。",
        ["X1"] = "{earlierYear}年度“四、结转下年度继续办理”与{laterYear}年度“二、上年结转政府信息公开申请数量”在“{column}”列不一致：{equation}。",
        ["X2"] = "“{row}”行：{laterYear}年度上一年项目数量与{earlierYear}年度不衔接：{equation}。",
        ["X3"] = "“{row}”行：{laterYear}年度对外公开总数量与{earlierYear}年度不衔接：{equation}。",
        ["X4"] = "“{row}”行：{laterYear}年度现行有效件数与{earlierYear}年度不衔接：{equation}。",
        ["X5"] = "同一系列中有两份{year}年度报告（第{first}份和第{second}份，从0起数）；一个机关每年只发布一份年度报告。",
        ["X6"] = "同一系列中的报告属于不同机关：“{agency}”与第{index}份（从0起数）的“{otherAgency}”；跨年度比对只适用于同一机关的报告。",
        ["X7"] = "{cell}：{earlierYear}年度为{earlier}，{laterYear}年度为{later}，变化{factor}倍，超过{threshold}倍，请核实。",
        ["B1"] = "“{table}”表格全部为空：没有任何单元格有数值，也没有单元格标为未能读取。",
        ["C1"] = "六、其他需要报告的事项未报告收取信息处理费的情况：2021年版格式要求在此专门报告（未收取的也应说明）。",
        ["C2"] = "五、存在的主要问题及改进情况{content}：格式要求实事求是、明确具体地报告存在的主要问题及改进情况。",
        ["C3"] = "二、主动公开政府信息情况{table}“{row}”行全部为空：格式要求该行填报数字。",
        ["U1"] = "单元格“{cell}”标为未能读取，却有数值{value}。",
        ["U2"] = "标为未能读取的单元格{path}不是{edition}年版格式表格中的单元格。",
        ["A1"] = "汇总报告“{cell}”为{aggregate}，各成员报告之和为{sum}（{equation}）；未提供报告的成员：{missing}。",
        ["A2"] = "成员“{member}”是{memberYear}年度{memberEdition}年版格式的报告，汇总报告是{year}年度{edition}年版格式的报告；未逐格核对汇总。",
        ["A3"] = "未提供成员“{member}”的报告；汇总与其余成员之和的差额可能来自该成员。",
        ["NA"] = "{rule}（{ruleTitle}）无法判断：有{count}处涉及未能读取的单元格（{cells}），不作为不平衡报告。",
    };
}
