namespace DisclosureModel.Import;

/// <summary>
/// Where an import took an item of the report's metadata (agency name, report year, publication time) from
/// (docs/import.md, "Metadata: where each value comes from").
/// </summary>
public enum MetadataSource
{
    /// <summary>Given by the caller in <see cref="ImportOptions"/>; it takes precedence over the page.</summary>
    Options,

    /// <summary>The page title on one line before Section 一, e.g. <c>XX区人民政府2023年政府信息公开工作年度报告</c> or <c>2019年XX市人民政府办公厅政府信息公开工作年度报告</c>.</summary>
    Title,

    /// <summary>The page title broken over two lines before Section 一: the agency (<c>XX区人民政府</c>) on one, the year and <c>政府信息公开工作年度报告</c> on the next; or a one-line title wrapped anywhere (<c>XX区人民政府2023年政府信息公开工作</c> / <c>年度报告</c>).</summary>
    TitleOverLines,

    /// <summary>The statistics period sentence, e.g. <c>统计期限自2024年1月1日起至2024年12月31日止</c> (a whole calendar year).</summary>
    StatisticsPeriod,

    /// <summary>A sentence of the report's text matched by one of the importer's metadata rules, e.g. <c>本报告由XX编制</c> or <c>2023年，XX区…</c>.</summary>
    BodySentence,

    /// <summary>The page header before Section 一: a <c>发布时间</c> line or the first date and time there (publication time only).</summary>
    PageHeader,
}
