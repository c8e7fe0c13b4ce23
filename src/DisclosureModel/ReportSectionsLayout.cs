namespace DisclosureModel;

/// <summary>
/// The six section headings of the statutory template (附件：政府信息公开工作年度报告格式模板), the same in both
/// editions. The tables' headings are also on their layouts (<see cref="ProactiveDisclosureLayout.Title"/>,
/// <see cref="ApplicationsLayout.Title"/>, <see cref="ReviewAndLitigationLayout.Title"/>); the narrative ones live here.
/// </summary>
public static class ReportSectionsLayout
{
    /// <summary>
    /// Gets the name of the document, printed in the page title after the agency and the year
    /// (<c>{agency}{year}年政府信息公开工作年度报告</c>): 政府信息公开工作年度报告.
    /// </summary>
    public static StatutoryLabel DocumentTitle { get; } = new("annualReport", "政府信息公开工作年度报告", "Government information disclosure annual report");

    /// <summary>Gets the heading of Section 一: 一、总体情况.</summary>
    public static StatutoryLabel OverviewTitle { get; } = new("overview", "一、总体情况", "Overview");

    /// <summary>Gets the heading of Section 五: 五、存在的主要问题及改进情况.</summary>
    public static StatutoryLabel ProblemsAndImprovementsTitle { get; } =
        new("problemsAndImprovements", "五、存在的主要问题及改进情况", "Main problems and improvements");

    /// <summary>Gets the heading of Section 六: 六、其他需要报告的事项.</summary>
    public static StatutoryLabel OtherMattersTitle { get; } = new("otherMatters", "六、其他需要报告的事项", "Other matters to report");

    /// <summary>Gets the six section headings in print order, 一 to 六.</summary>
    public static IReadOnlyList<StatutoryLabel> Titles { get; } =
    [
        OverviewTitle,
        ProactiveDisclosureLayout.Title,
        ApplicationsLayout.Title,
        ReviewAndLitigationLayout.Title,
        ProblemsAndImprovementsTitle,
        OtherMattersTitle,
    ];
}
