namespace DisclosureModel;

/// <summary>
/// What kind of body publishes a report. It decides the statutory publication deadline
/// (条例 第四十九条 and the format notices).
/// </summary>
public enum AgencyKind
{
    /// <summary>Not stated. No deadline can be checked.</summary>
    Unspecified = 0,

    /// <summary>
    /// A department of a people's government at or above county level (县级以上人民政府部门),
    /// or a body treated as one. Deadline: 31 January of the following year.
    /// </summary>
    Department,

    /// <summary>
    /// The general office of a local people's government (县级以上地方人民政府办公厅（室）) reporting on its own work.
    /// Deadline: 31 January (inferred; the format lists it with the departments).
    /// </summary>
    GovernmentOffice,

    /// <summary>A township government (乡镇人民政府), which follows the departments. Deadline: 31 January (inferred).</summary>
    Township,

    /// <summary>
    /// A people's government's own report (本级政府年度报告), published by its open-government office
    /// (政府信息公开工作主管部门). Deadline: 31 March.
    /// </summary>
    Government,

    /// <summary>A county-level aggregate report (县级汇总). Deadline: 20 February.</summary>
    CountyAggregate,

    /// <summary>A prefecture-level aggregate report (地市级汇总). Deadline: 10 March.</summary>
    PrefectureAggregate,

    /// <summary>A provincial aggregate report (省级汇总). Deadline: 31 March.</summary>
    ProvincialAggregate,

    /// <summary>The aggregate report of a vertically managed system (实行垂直领导的部门). Deadline: 31 March.</summary>
    VerticalSystemAggregate,
}
