namespace DisclosureModel;

/// <summary>The seven number columns of Section 三 (申请人情况), in print order.</summary>
public enum ApplicantColumn
{
    /// <summary>自然人: natural persons.</summary>
    NaturalPerson,

    /// <summary>商业企业 (under 法人或其他组织): commercial enterprises.</summary>
    CommercialEnterprise,

    /// <summary>科研机构 (under 法人或其他组织): research institutions.</summary>
    ResearchInstitution,

    /// <summary>社会公益组织 (under 法人或其他组织): public-interest organisations.</summary>
    PublicInterestOrganization,

    /// <summary>法律服务机构 (under 法人或其他组织): legal service organisations.</summary>
    LegalServiceOrganization,

    /// <summary>其他 (under 法人或其他组织): other legal persons or organisations.</summary>
    Other,

    /// <summary>总计: the total of the six applicant columns.</summary>
    Total,
}

/// <summary>The columns of Section 三 and their statutory labels.</summary>
public static class ApplicantColumns
{
    private static readonly StatutoryLabel[] Labels =
    [
        new("naturalPerson", "自然人", "Natural persons"),
        new("commercialEnterprise", "商业企业", "Commercial enterprises"),
        new("researchInstitution", "科研机构", "Research institutions"),
        new("publicInterestOrganization", "社会公益组织", "Public-interest organisations"),
        new("legalServiceOrganization", "法律服务机构", "Legal service organisations"),
        new("other", "其他", "Other organisations"),
        new("total", "总计", "Total"),
    ];

    /// <summary>Gets the seven columns in print order.</summary>
    public static IReadOnlyList<ApplicantColumn> All { get; } =
    [
        ApplicantColumn.NaturalPerson,
        ApplicantColumn.CommercialEnterprise,
        ApplicantColumn.ResearchInstitution,
        ApplicantColumn.PublicInterestOrganization,
        ApplicantColumn.LegalServiceOrganization,
        ApplicantColumn.Other,
        ApplicantColumn.Total,
    ];

    /// <summary>Gets the six applicant columns whose sum is 总计 (every column but <see cref="ApplicantColumn.Total"/>).</summary>
    public static IReadOnlyList<ApplicantColumn> Applicants { get; } = [.. All.Take(6)];

    /// <summary>Gets the five columns under the merged header 法人或其他组织.</summary>
    public static IReadOnlyList<ApplicantColumn> Organizations { get; } = [.. All.Skip(1).Take(5)];

    /// <summary>Gets the header above all seven columns: 申请人情况.</summary>
    public static StatutoryLabel HeaderLabel { get; } = new("applicants", "申请人情况", "Applicants");

    /// <summary>
    /// Gets the merged header 法人或其他组织 above the five organisation columns. It has no cell of its own and
    /// no subtotal.
    /// </summary>
    public static StatutoryLabel OrganizationGroupLabel { get; } =
        new("legalPersonOrOtherOrganization", "法人或其他组织", "Legal persons or other organisations");

    /// <summary>Gets the statutory label of a column.</summary>
    /// <param name="column">A defined column.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is not defined.</exception>
    public static StatutoryLabel GetLabel(this ApplicantColumn column) => Labels[(int)Preconditions.CheckDefined(column)];
}
