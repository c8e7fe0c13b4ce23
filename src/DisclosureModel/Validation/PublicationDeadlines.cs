using System.Diagnostics;
using FluentValidation;
using NodaTime;
using NodaTime.Text;

namespace DisclosureModel.Validation;

/// <summary>The statutory publication deadlines (条例 第四十九条 and the format notices; listed under rule D1 in docs/rules.md).</summary>
public static class PublicationDeadlines
{
    /// <summary>
    /// Gets the last day on which a report may be published (inclusive), an Asia/Shanghai calendar date in the year
    /// after the report year: 31 January for departments, government offices and townships; 20 February for county
    /// aggregates; 10 March for prefecture aggregates; 31 March for a government's own report and for provincial and
    /// vertical-system aggregates.
    /// </summary>
    /// <param name="kind">A defined agency kind.</param>
    /// <param name="reportYear">The report year, from <see cref="ReportYears.Minimum"/> to <see cref="ReportYears.Maximum"/>.</param>
    /// <returns>The deadline, or null for <see cref="AgencyKind.Unspecified"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined or <paramref name="reportYear"/> is out of range.</exception>
    public static LocalDate? GetPublicationDeadline(this AgencyKind kind, int reportYear)
    {
        var year = Preconditions.CheckReportYear(reportYear) + 1;
        return Preconditions.CheckDefined(kind) switch
        {
            AgencyKind.Department or AgencyKind.GovernmentOffice or AgencyKind.Township => new LocalDate(year, 1, 31),
            AgencyKind.CountyAggregate => new LocalDate(year, 2, 20),
            AgencyKind.PrefectureAggregate => new LocalDate(year, 3, 10),
            AgencyKind.Government or AgencyKind.ProvincialAggregate or AgencyKind.VerticalSystemAggregate => new LocalDate(year, 3, 31),
            AgencyKind.Unspecified => null,
            _ => throw new UnreachableException(),
        };
    }

    /// <summary>Gets the Chinese and English names of an agency kind as messages use them.</summary>
    internal static (string Chinese, string English) GetNames(AgencyKind kind) => kind switch
    {
        AgencyKind.Department => ("县级以上人民政府部门", "government department"),
        AgencyKind.GovernmentOffice => ("政府办公厅（室）", "government general office"),
        AgencyKind.Township => ("乡镇人民政府", "township government"),
        AgencyKind.Government => ("本级政府", "people's government (own report)"),
        AgencyKind.CountyAggregate => ("县级汇总", "county-level aggregate"),
        AgencyKind.PrefectureAggregate => ("地市级汇总", "prefecture-level aggregate"),
        AgencyKind.ProvincialAggregate => ("省级汇总", "provincial aggregate"),
        AgencyKind.VerticalSystemAggregate => ("垂直管理系统汇总", "vertical-system aggregate"),
        AgencyKind.Unspecified => ("未说明类型的机关", "unspecified agency"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined agency kind."),
    };
}
