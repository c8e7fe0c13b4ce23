using System.Diagnostics;

namespace DisclosureModel;

/// <summary>
/// The edition of the statutory report format (政府信息公开工作年度报告格式) a report follows.
/// </summary>
/// <remarks>
/// The numeric values are the years the editions were issued, so <c>(int)edition</c> is meaningful.
/// Detect the edition of a published report from its table labels, not from its year: real reports
/// have been published in the older edition after the newer one was issued.
/// </remarks>
public enum FormatEdition
{
    /// <summary>
    /// The 2019 format (国办公开办函〔2019〕60号, 《中华人民共和国政府信息公开工作年度报告格式（试行）》),
    /// used for the 2019 and 2020 reports: five Article 20 sub-tables, a single （六）其他处理 row.
    /// </summary>
    Edition2019 = 2019,

    /// <summary>
    /// The 2021 format (国办公开办函〔2021〕30号, 《中华人民共和国政府信息公开工作年度报告格式》),
    /// used from the 2021 report on: four Article 20 sub-tables, （六）其他处理 split into three rows.
    /// </summary>
    Edition2021 = 2021,
}

/// <summary>Facts about <see cref="FormatEdition"/> values and the report years they apply to.</summary>
public static class FormatEditions
{
    /// <summary>Gets both editions, oldest first.</summary>
    public static IReadOnlyList<FormatEdition> All { get; } = [FormatEdition.Edition2019, FormatEdition.Edition2021];

    /// <summary>
    /// Gets the edition prescribed in practice for a report year: the 2019 format for 2019 and 2020,
    /// the 2021 format from 2021 on.
    /// </summary>
    /// <param name="reportYear">The year the report covers, from <see cref="ReportYears.Minimum"/> to <see cref="ReportYears.Maximum"/>.</param>
    /// <returns>The edition that applies to that year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reportYear"/> is before 2019 (no national format existed) or after <see cref="ReportYears.Maximum"/>.</exception>
    public static FormatEdition ForReportYear(int reportYear) =>
        Preconditions.CheckReportYear(reportYear) <= 2020 ? FormatEdition.Edition2019 : FormatEdition.Edition2021;

    /// <summary>Gets the document that issued an edition, e.g. <c>国办公开办函〔2019〕60号</c>.</summary>
    /// <param name="edition">A defined edition.</param>
    /// <returns>The document number in Chinese.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not a defined value.</exception>
    public static string GetIssuingDocument(this FormatEdition edition) => Preconditions.CheckDefined(edition) switch
    {
        FormatEdition.Edition2019 => "国办公开办函〔2019〕60号",
        FormatEdition.Edition2021 => "国办公开办函〔2021〕30号",
        _ => throw new UnreachableException(),
    };

    /// <summary>Gets the stable identifier of an edition: <c>"2019"</c> or <c>"2021"</c>.</summary>
    /// <param name="edition">A defined edition.</param>
    /// <returns>The identifier used in JSON, CSV and canonical text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not a defined value.</exception>
    public static string GetIdentifier(this FormatEdition edition) => Preconditions.CheckDefined(edition) switch
    {
        FormatEdition.Edition2019 => "2019",
        FormatEdition.Edition2021 => "2021",
        _ => throw new UnreachableException(),
    };
}
