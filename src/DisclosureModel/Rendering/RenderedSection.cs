namespace DisclosureModel.Rendering;

/// <summary>A section of the statutory tables (二, 三 or 四): its heading and its tables.</summary>
/// <remarks>Equality is by reference.</remarks>
public sealed class RenderedSection
{
    internal RenderedSection(StatutoryLabel title, RenderedTable[] tables)
    {
        Title = title;
        Tables = tables;
    }

    /// <summary>Gets the section heading, e.g. <c>三、收到和处理政府信息公开申请情况</c>.</summary>
    public StatutoryLabel Title { get; }

    /// <summary>Gets the tables in print order: one per sub-table in Section 二 (five in 2019, four in 2021), one in Sections 三 and 四.</summary>
    public IReadOnlyList<RenderedTable> Tables { get; }

    /// <inheritdoc/>
    public override string ToString() => Title.ToString();
}
