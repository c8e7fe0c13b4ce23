using System.Text.Json.Serialization;
using DisclosureModel.Json;

namespace DisclosureModel;

/// <summary>
/// A whole government information disclosure annual report (政府信息公开工作年度报告): metadata, the narrative
/// sections 一, 五 and 六, and the three statutory tables of sections 二, 三 and 四.
/// </summary>
/// <remarks>
/// <para>A report is an immutable value. Build one with an object initializer, copy it with changes with
/// <c>with</c>; two reports built independently from equal parts are equal (collections compare element by
/// element).</para>
/// <para>The model enforces what every cell must be on its own (counts at least 0, amounts at least 0, required parts
/// present). Whether the report is consistent (its tables add up, its tables have the shape of
/// <see cref="ReportMetadata.Edition"/>, its period covers its year) is the validators' job, so that a published
/// report that does not add up can still be held, exchanged and reported on.</para>
/// <para>System.Text.Json reads and writes it as the documented shape (<c>docs/json.md</c>) with any options, default
/// ones included, through <see cref="DisclosureReportJsonConverter"/>.</para>
/// </remarks>
[JsonConverter(typeof(DisclosureReportJsonConverter))]
public sealed record DisclosureReport
{
    /// <summary>Gets what the report says about itself.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required ReportMetadata Metadata { get; init => field = Preconditions.CheckNotNull(value, nameof(Metadata)); }

    /// <summary>Gets the opening text before section 一 (legal basis, contents, period, contact), or empty.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public string Preamble { get; init => field = Preconditions.CheckNotNull(value, nameof(Preamble)); } = string.Empty;

    /// <summary>Gets section 一、总体情况.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required OverviewSection Overview { get; init => field = Preconditions.CheckNotNull(value, nameof(Overview)); }

    /// <summary>Gets section 二、主动公开政府信息情况, in the shape of its edition.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required ProactiveDisclosure ProactiveDisclosure { get; init => field = Preconditions.CheckNotNull(value, nameof(ProactiveDisclosure)); }

    /// <summary>Gets section 三、收到和处理政府信息公开申请情况.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required ApplicationsTable Applications { get; init => field = Preconditions.CheckNotNull(value, nameof(Applications)); }

    /// <summary>Gets section 四、政府信息公开行政复议、行政诉讼情况.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required ReviewAndLitigationTable ReviewAndLitigation { get; init => field = Preconditions.CheckNotNull(value, nameof(ReviewAndLitigation)); }

    /// <summary>Gets section 五、存在的主要问题及改进情况 (problems and improvements), as text; paragraphs separated by <c>\n</c>.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required string ProblemsAndImprovements { get; init => field = Preconditions.CheckNotNull(value, nameof(ProblemsAndImprovements)); }

    /// <summary>
    /// Gets section 六、其他需要报告的事项 (other matters), as text; paragraphs separated by <c>\n</c>. From the 2021 format
    /// on, it reports information-processing fees (信息处理费).
    /// </summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required string OtherMatters { get; init => field = Preconditions.CheckNotNull(value, nameof(OtherMatters)); }

    /// <summary>
    /// Gets the cells of the statutory tables that could not be read, with the reason for each (an importer fills it in;
    /// see docs/import.md, "Unread is not blank"); empty by default and for a report whose every cell was read.
    /// </summary>
    /// <remarks>
    /// An unread cell is blank in the tables but is not a published blank: the validators report the rules that read it
    /// as not assessable (<c>NA</c>) instead of evaluating them, and report an unread cell that holds a value (<c>U1</c>)
    /// or that is not a cell of the report's edition (<c>U2</c>). The importer lists them in catalogue order. On init, null
    /// is taken as the empty list: the JSON contract passes null for a document without the optional <c>unreadCells</c>.
    /// </remarks>
    /// <exception cref="ArgumentException">On init: an element is null, or two elements name the same cell.</exception>
    public ValueList<UnreadCell> UnreadCells { get; init => field = CheckUnreadCells(value); } = ValueList<UnreadCell>.Empty;

    /// <summary>Gets <see cref="ReportMetadata.Edition"/>.</summary>
    public FormatEdition Edition => Metadata.Edition;

    private static ValueList<UnreadCell> CheckUnreadCells(ValueList<UnreadCell>? value)
    {
        if (value is null || value.Count == 0)
        {
            return ValueList<UnreadCell>.Empty;
        }

        var paths = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < value.Count; i++)
        {
            var cell = value[i] ?? throw new ArgumentException($"The unread cell [{i}] is null.", nameof(value));
            if (!paths.Add(cell.PropertyPath))
            {
                throw new ArgumentException($"The cell {cell.PropertyPath} is listed twice as unread ([{i}]).", nameof(value));
            }
        }

        return value;
    }
}
