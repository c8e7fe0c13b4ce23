using System.Text;

namespace DisclosureModel.Rendering;

/// <summary>
/// Formats the tables as GitHub-flavoured Markdown pipe tables, as <see cref="ReportRenderer.ToMarkdown"/> returns
/// them.
/// </summary>
/// <remarks>
/// <para>Markdown cannot merge cells, so the merged headers are flattened: each section is a <c>##</c> heading and a
/// table's <see cref="RenderedTable.Caption"/> a <c>###</c> heading; a note in the corner (the balancing note of
/// Section 三) becomes a paragraph above its table and the header over all columns (申请人情况) takes its place; each
/// column is headed by the labels above it (<c>法人或其他组织 商业企业</c>); each group label (三、本年度办理结果,
/// （三）不予公开 …) is a bold row without numbers where the group starts. A table without row labels whose column groups
/// repeat the same columns (Section 四) has one row per group, headed by the group's labels
/// (<c>行政诉讼 未经复议直接起诉</c>).</para>
/// <para>Text is escaped for Markdown (<c>\</c>, <c>|</c>, <c>*</c>); lines end with <c>\n</c>. Instances are immutable
/// and thread-safe.</para>
/// </remarks>
public sealed class MarkdownTableFormatter : ITableFormatter
{
    /// <inheritdoc/>
    public string Format(ReportTables tables)
    {
        Preconditions.CheckNotNull(tables);
        var w = new StringBuilder();
        void Line(string line) => w.Append(line).Append('\n');
        var first = true;
        foreach (var section in tables.Sections)
        {
            if (!first)
            {
                Line(string.Empty);
            }

            first = false;
            Line($"## {section.Title.Chinese}");
            foreach (var table in section.Tables)
            {
                Line(string.Empty);
                if (table.Caption is { } caption)
                {
                    Line($"### {caption}");
                    Line(string.Empty);
                }

                if (table.Corner is { Scope: HeaderScope.None } note)
                {
                    Line(Escape(note.Text));
                    Line(string.Empty);
                }

                if (table.RowHeaderColumnCount == 0)
                {
                    FormatByColumnGroup(table, Line);
                }
                else
                {
                    FormatByRow(table, Line);
                }
            }
        }

        return w.ToString();
    }

    private static void FormatByRow(RenderedTable table, Action<string> line)
    {
        // A column group over every column says what all columns are (申请人情况): it heads the row labels instead.
        var corner = table.Corner!;
        bool SpansAll(RenderedHeaderCell h) => h.Scope == HeaderScope.ColumnGroup && h.ColSpan == table.DataColumnCount;
        var cornerText = corner.Scope == HeaderScope.None
            ? table.HeaderRows.SelectMany(r => r.Headers).FirstOrDefault(SpansAll)?.Text ?? string.Empty
            : corner.Text;
        line(Row([cornerText, .. table.Columns.Select(c => string.Join(' ', c.Headers.Where(h => !SpansAll(h)).Select(h => h.Text)))]));
        line(Rule(1 + table.DataColumnCount));
        foreach (var row in table.BodyRows)
        {
            foreach (var group in row.Headers.Where(h => h.Scope == HeaderScope.RowGroup))
            {
                line("| **" + Escape(group.Text) + "** |" + string.Concat(Enumerable.Repeat("  |", table.DataColumnCount)));
            }

            line(Row([row.Headers[^1].Text, .. row.Cells.Select(c => c.Text)]));
        }
    }

    private static void FormatByColumnGroup(RenderedTable table, Action<string> line)
    {
        var groups = table.Columns.GroupBy(c => c.Headers.Count > 1 ? c.Headers[^2] : null).ToList();
        line(Row([string.Empty, .. groups[0].Select(c => c.Header.Text)]));
        line(Rule(1 + groups[0].Count()));
        foreach (var row in table.BodyRows)
        {
            foreach (var group in groups)
            {
                var label = string.Join(' ', group.First().Headers.SkipLast(1).Select(h => h.Text));
                line(Row([label, .. group.Select(c => row.Cells[c.Index].Text)]));
            }
        }
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal);

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(Escape)) + " |";

    private static string Rule(int count) => "|" + string.Concat(Enumerable.Repeat(" --- |", count));
}
