using System.Globalization;
using DisclosureModel.Validation;

namespace DisclosureModel.Cli;

/// <summary>
/// The summary <c>disclosure validate</c> prints before its findings when it is given no file: what it validated (the
/// embedded 2021-format sample) and the report's main figures under their statutory labels (行政复议, 行政诉讼, …),
/// in Chinese or English. The labels come from the layout catalogues.
/// </summary>
internal static class ReportSummary
{
    /// <summary>Gets the report the main job validates: the real 2022 report of 平潭综合实验区 (2021 format, not all zero).</summary>
    public static DisclosureReport Sample => Samples.Pingtan2022;

    /// <summary>Gets the name the sample has in findings and SARIF locations.</summary>
    public const string SampleSource = "(sample)";

    /// <summary>Writes the summary of <paramref name="report"/>, the embedded sample.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="report">The report.</param>
    /// <param name="language">Chinese or English (already resolved).</param>
    public static void Write(TextWriter output, DisclosureReport report, ValidationLanguage language)
    {
        var zh = language == ValidationLanguage.Chinese;
        var m = report.Metadata;
        var a = report.Applications;
        var r = report.ReviewAndLitigation;
        var edition = m.Edition.GetIdentifier();
        var review = CaseBlock.AdministrativeReview.GetLabel();
        var litigation = ReviewAndLitigationLayout.LitigationGroupLabel;
        var withoutReview = CaseBlock.LitigationWithoutReview.GetLabel();
        var afterReview = CaseBlock.LitigationAfterReview.GetLabel();

        output.WriteLine(zh
            ? $"未指定文件：校验内置样例报告（Samples.Pingtan2022，{edition}年版格式）。校验自己的报告：disclosure validate 文件.json|文件.ndjson|目录"
            : $"No file given: validating the embedded sample report (Samples.Pingtan2022, {edition} format). To validate your own: disclosure validate FILE.json|FILE.ndjson|DIRECTORY");
        output.WriteLine($"{m.AgencyName} {Number(m.ReportYear)}年{ReportSectionsLayout.DocumentTitle.Chinese}");

        // Rows of label, value and (in English) the label's English gloss, aligned in columns.
        var rows = new List<(string Label, string Value, string Gloss)>
        {
            (zh ? "统计期间" : "statistics period", $"{Date(m.StatisticsPeriod.Start)} {(zh ? "至" : "–")} {Date(m.StatisticsPeriod.End)}", string.Empty),
            (zh ? "发布时间" : "published", m.PublishedAt is { } p ? p.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : zh ? "未知" : "unknown", string.Empty),
            (zh ? "主动公开" : "proactively disclosed", zh ? $"{Count(report.Overview.ProactivelyDisclosedCount)} 条" : $"{Count(report.Overview.ProactivelyDisclosedCount)} items", string.Empty),
            (ApplicationsLayout.Title.Chinese, string.Empty, ApplicationsLayout.Title.English),
        };
        foreach (var (row, counts) in new[]
                 {
                     (ApplicationRow.NewlyReceived, a.NewlyReceived),
                     (ApplicationRow.CarriedOverFromLastYear, a.CarriedOverFromLastYear),
                     (ApplicationRow.OutcomesTotal, a.Outcomes.Total),
                     (ApplicationRow.CarriedForwardToNextYear, a.CarriedForwardToNextYear),
                 })
        {
            var label = row.GetLabel();
            var name = row == ApplicationRow.OutcomesTotal ? $"{ApplicationsLayout.GetGroup(ApplicationRowGroup.Outcomes).Label.Chinese} {label.Chinese}" : label.Chinese;
            rows.Add(("  " + name, Count(counts.Total), label.English));
        }

        rows.Add((ReviewAndLitigationLayout.Title.Chinese, string.Empty, ReviewAndLitigationLayout.Title.English));
        rows.Add(("  " + review.Chinese, Block(r.AdministrativeReview), review.English));
        rows.Add(($"  {litigation.Chinese} {withoutReview.Chinese}", Block(r.LitigationWithoutReview), withoutReview.English));
        rows.Add(($"  {litigation.Chinese} {afterReview.Chinese}", Block(r.LitigationAfterReview), afterReview.English));

        // A section title has no value: it stands on its own line.
        var labelWidth = rows.Where(row => row.Value.Length > 0).Max(row => Width(row.Label)) + 2;
        var valueWidth = rows.Max(row => Width(row.Value)) + 2;
        foreach (var (label, value, gloss) in rows)
        {
            var line = value.Length == 0 ? (zh ? label : $"{label} ({gloss.ToLowerInvariant()})")
                : zh || gloss.Length == 0 ? Pad(label, labelWidth) + value
                : Pad(label, labelWidth) + Pad(value, valueWidth) + gloss.ToLowerInvariant();
            output.WriteLine("  " + line.TrimEnd());
        }

        // 总计 1 = 结果维持 1 + 结果纠正 0 + … (the printed column heads; in English their English names).
        string Block(CaseResultCounts counts) =>
            $"{ColumnName(CaseResultColumn.Total)} {Count(counts.Total)} = " + string.Join(" + ", ReviewAndLitigationLayout.Columns
                .Where(c => c != CaseResultColumn.Total)
                .Select(c => $"{ColumnName(c)} {Count(counts[c])}"));

        string ColumnName(CaseResultColumn column) => zh ? column.GetLabel().Chinese : column.GetLabel().English.ToLowerInvariant();

        string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? (zh ? "空白" : "blank");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Pad(string text, int width) => text + new string(' ', Math.Max(1, width - Width(text)));

    // The display width: a CJK character takes two terminal columns.
    private static int Width(string text) =>
        text.Sum(c => c >= '\u1100' && (c <= '\u115f' || (c >= '\u2e80' && c <= '\ua4cf') || (c >= '\uac00' && c <= '\ud7a3') || (c >= '\uf900' && c <= '\ufaff') || (c >= '\ufe30' && c <= '\ufe4f') || (c >= '\uff00' && c <= '\uff60') || (c >= '\uffe0' && c <= '\uffe6')) ? 2 : 1);
}
