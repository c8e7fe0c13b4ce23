using System.Globalization;
using System.Net;
using System.Text;
using DisclosureModel.Import;
using DisclosureModel.Validation;
using FluentValidation;
using NodaTime.Text;

namespace DisclosureModel.Rendering;

/// <summary>
/// Writes one report's findings as a page people read: a self-contained HTML5 file with the report's metadata, the
/// statutory tables in the official layout with every cell a finding names marked by severity and linked to the
/// finding, and the findings in Chinese or English with their equations, narrative quotes and suggested corrections.
/// </summary>
/// <remarks>
/// <para>The tables are those of <see cref="ReportRenderer.ToHtml(DisclosureReport)"/> (<see cref="ReportTables"/> and
/// <see cref="HtmlTableFormatter"/>, so the merged headers and <c>th scope</c> are the same). A cell is marked when a
/// finding names it (<see cref="RuleViolation.PropertyPath"/>) or one of its <see cref="RuleViolation.Corrections"/>
/// changes it: class <c>finding-error</c>, <c>finding-warning</c> or <c>finding-info</c> (the most severe finding
/// wins), a marker that is not only colour (✖, ⚠ or ℹ, with visually hidden text), <c>id="cell-{path}"</c> and a link
/// to the finding (<c>#finding-{n}</c>); each finding links back to its cells. Unread cells
/// (<see cref="DisclosureReport.UnreadCells"/>) are of class <c>unread</c>, marked <c>?</c> with the reason, and listed;
/// findings of rule <c>NA</c> are listed as not assessable.</para>
/// <para>The page has inline CSS only: no script, no external font, image or link (a source URL is shown as text).
/// It prints on A4, each section of the tables and the findings starting a page, rows never split, table headers
/// repeated. The output is deterministic: the same arguments give the same string, with <c>\n</c> line ends. Every
/// text is HTML-escaped. Thread-safe.</para>
/// </remarks>
public static class FindingsPage
{
    /// <summary>Gets the style sheet of the page (screen and print), embedded in its <c>style</c> element.</summary>
    internal static string StyleSheet { get; } = string.Join('\n',
        "body { font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", \"PingFang SC\", sans-serif; margin: 1.5em; color: #111; line-height: 1.45; }",
        "h1 { font-size: 1.4em; margin: 0 0 .5em; }",
        "h2 { font-size: 1.15em; margin: 1.2em 0 .4em; }",
        "h3 { font-size: 1em; margin: 1em 0 .3em; }",
        "dl.metadata { display: grid; grid-template-columns: max-content auto; gap: .15em 1em; margin: 0 0 1em; }",
        "dl.metadata dt { font-weight: bold; }",
        "dl.metadata dd { margin: 0; }",
        ".url { word-break: break-all; }",
        ".late { color: #a00; font-weight: bold; }",
        ".vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }",
        ".marker { font-weight: bold; margin-left: .2em; }",
        ".disclosure-tables td.finding-error { background: #fde0e0; outline: 2px solid #c00; outline-offset: -2px; }",
        ".disclosure-tables td.finding-warning { background: #fff1c2; outline: 2px dashed #a66b00; outline-offset: -2px; }",
        ".disclosure-tables td.finding-info { background: #e3eefc; outline: 1px dotted #2456a4; outline-offset: -1px; }",
        ".disclosure-tables td.unread { background-image: repeating-linear-gradient(45deg, transparent 0 4px, #ccc 4px 6px); }",
        ".disclosure-tables td a { color: inherit; text-decoration: none; }",
        ".finding-error .marker, li.finding-error > .head .marker { color: #c00; }",
        ".finding-warning .marker, li.finding-warning > .head .marker { color: #a66b00; }",
        ".finding-info .marker, li.finding-info > .head .marker { color: #2456a4; }",
        "ol.findings { padding-left: 2.2em; }",
        "ol.findings > li { margin: 0 0 .9em; break-inside: avoid; }",
        "li.finding p { margin: .15em 0; }",
        ".code { font-family: monospace; font-weight: bold; }",
        ".equation code { font-family: monospace; }",
        "blockquote.narrative { margin: .3em 0; padding: .2em .8em; border-left: 4px solid #888; background: #f5f5f5; }",
        "mark { background: #ffe066; }",
        "table.diagnostics { border-collapse: collapse; font-size: 13px; }",
        "table.diagnostics th, table.diagnostics td { border: 1px solid #999; padding: 2px 6px; text-align: left; vertical-align: top; }",
        "table.diagnostics td:first-child, table.diagnostics th { white-space: nowrap; }",
        "@page { size: A4; margin: 15mm 12mm; }",
        "@media print {",
        "  body { margin: 0; font-size: 11px; }",
        "  .disclosure-tables table { font-size: 10px; }",
        "  .disclosure-tables h2, #findings { break-before: page; }",
        "  tr { break-inside: avoid; }",
        "  thead { display: table-header-group; }",
        "  a { color: inherit; text-decoration: none; }",
        "}");

    private static readonly LocalDateTimePattern PublishedPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    private static readonly HtmlTableFormatter PlainTables = new() { IncludeStyleSheet = true };

    /// <summary>Writes the findings page of a report as a string.</summary>
    /// <param name="report">The report the findings are about.</param>
    /// <param name="findings">The findings, e.g. <see cref="RuleViolations.GetViolations"/> of a validation result; listed grouped by severity, in their order within a group.</param>
    /// <param name="options">The options, or null for <see cref="FindingsPageOptions.Default"/>.</param>
    /// <returns>The HTML document, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="findings"/> is null, or a finding is null.</exception>
    /// <exception cref="ArgumentException">A table of the report is not of its stated edition.</exception>
    public static string ToHtml(DisclosureReport report, IEnumerable<RuleViolation> findings, FindingsPageOptions? options = null)
    {
        var w = new StringBuilder(64 * 1024);
        Build(w, report, findings, options);
        return w.ToString();
    }

    /// <summary>Writes the findings page of a report to a writer (as <see cref="ToHtml"/> returns it).</summary>
    /// <param name="writer">Where to write the HTML document.</param>
    /// <param name="report">The report the findings are about.</param>
    /// <param name="findings">The findings; listed grouped by severity, in their order within a group.</param>
    /// <param name="options">The options, or null for <see cref="FindingsPageOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/>, <paramref name="report"/> or <paramref name="findings"/> is null, or a finding is null.</exception>
    /// <exception cref="ArgumentException">A table of the report is not of its stated edition.</exception>
    public static void Write(TextWriter writer, DisclosureReport report, IEnumerable<RuleViolation> findings, FindingsPageOptions? options = null)
    {
        Preconditions.CheckNotNull(writer);
        writer.Write(ToHtml(report, findings, options));
    }

    private static void Build(StringBuilder w, DisclosureReport report, IEnumerable<RuleViolation> findings, FindingsPageOptions? options)
    {
        Preconditions.CheckNotNull(report);
        var given = Preconditions.CheckNotNull(findings).ToList();
        if (given.Any(f => f is null))
        {
            throw new ArgumentNullException(nameof(findings), "A finding is null.");
        }

        options ??= FindingsPageOptions.Default;
        var page = new Page(report, given, options);
        page.Write(w);
    }

    private static string H(string text) => WebUtility.HtmlEncode(text);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The groups of the findings list, in order.</summary>
    private enum Group
    {
        Error,
        Warning,
        Info,
        NotAssessable,
    }

    /// <summary>One finding as listed: its number, its group and the cells it names.</summary>
    private sealed record Listed(int Number, Group Group, RuleViolation Violation, IReadOnlyList<RenderedDataCell> Cells);

    private sealed class Page
    {
        private readonly DisclosureReport report;
        private readonly FindingsPageOptions options;
        private readonly bool zh;
        private readonly ReportTables tables;
        private readonly List<Listed> listed;
        private readonly Dictionary<string, List<Listed>> byCell = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (int Number, UnreadCell Cell)> unread = new(StringComparer.Ordinal);
        private readonly List<(int Number, UnreadCell Cell, RenderedDataCell? Rendered)> unreadList = [];

        public Page(DisclosureReport report, List<RuleViolation> findings, FindingsPageOptions options)
        {
            this.report = report;
            this.options = options;
            zh = options.Language.Resolve() == ValidationLanguage.Chinese;
            tables = ReportTables.Build(report);
            var number = 0;
            listed = [.. findings
                .Select((v, i) => (Violation: v, Group: GroupOf(v), Order: i))
                .OrderBy(f => f.Group)
                .ThenBy(f => f.Order)
                .Select(f => new Listed(++number, f.Group, f.Violation, CellsOf(f.Violation)))];
            foreach (var finding in listed)
            {
                foreach (var cell in finding.Cells)
                {
                    if (!byCell.TryGetValue(cell.PropertyPath, out var list))
                    {
                        byCell.Add(cell.PropertyPath, list = []);
                    }

                    list.Add(finding);
                }
            }

            foreach (var cell in report.UnreadCells)
            {
                if (!unread.ContainsKey(cell.PropertyPath))
                {
                    var n = unreadList.Count + 1;
                    unread.Add(cell.PropertyPath, (n, cell));
                    unreadList.Add((n, cell, tables.FindCell(cell.PropertyPath)));
                }
            }
        }

        private string T(string chinese, string english) => zh ? chinese : english;

        public void Write(StringBuilder w)
        {
            void Line(string line) => w.Append(line).Append('\n');
            var m = report.Metadata;
            var title = string.Create(CultureInfo.InvariantCulture, $"{m.AgencyName}{m.ReportYear}年{ReportSectionsLayout.DocumentTitle.Chinese}");
            Line("<!DOCTYPE html>");
            Line($"<html lang=\"{T("zh-CN", "en")}\">");
            Line("<head>");
            Line("<meta charset=\"utf-8\">");
            Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            Line($"<title>{H(title)} — {T("检查结果", "findings")}</title>");
            Line("<style>");
            Line(StyleSheet);
            Line(ReportRenderer.HtmlStyleSheet);
            Line("</style>");
            Line("</head>");
            Line("<body>");
            Line("<header>");
            if (options.DashboardHref is { } href)
            {
                Line($"<p class=\"back\"><a href=\"{H(href)}\">{H(options.DashboardText ?? T("返回总览", "Back to the dashboard"))}</a></p>");
            }

            Line($"<h1>{H(title)}：{T("检查结果", "findings")}</h1>");
            WriteMetadata(Line);
            WriteSummary(Line);
            Line("</header>");
            Line("<main>");
            Line(new HtmlTableFormatter { IncludeStyleSheet = false, DecorateCell = Decorate }.Format(tables).TrimEnd('\n'));
            WriteFindings(Line);
            Line("</main>");
            Line("</body>");
            Line("</html>");
        }

        private void WriteMetadata(Action<string> line)
        {
            var m = report.Metadata;
            var catalog = CellCatalog.For(report);
            void Item(string term, string html) => line($"<dt>{H(term)}</dt><dd>{html}</dd>");
            line("<dl class=\"metadata\">");
            Item(T("机关", "Agency"), H(m.AgencyName) + (m.AgencyKind == AgencyKind.Unspecified ? string.Empty : $"（{H(zh ? PublicationDeadlines.GetNames(m.AgencyKind).Chinese : PublicationDeadlines.GetNames(m.AgencyKind).English)}）"));
            Item(T("报告年度", "Report year"), N(m.ReportYear));
            var edition = m.Edition == FormatEdition.Edition2019
                ? T("2019年格式（国办公开办函〔2019〕60号）", "2019 format (国办公开办函〔2019〕60号)")
                : T("2021年格式（国办公开办函〔2021〕30号）", "2021 format (国办公开办函〔2021〕30号)");
            if (catalog.IsHybrid)
            {
                edition += T("；第三部分“（六）其他处理”按2019年格式印为一行", "; Section 三 prints （六）其他处理 as one row, as the 2019 format did");
            }

            Item(T("格式", "Format"), H(edition));
            Item(T("发布时间", "Published"), m.PublishedAt is { } published ? H(PublishedPattern.Format(published)) : H(T("不明", "not known")));
            if (m.SourceUrl is { } url)
            {
                Item(T("原文链接", "Source"), $"<span class=\"url\">{H(url.OriginalString)}</span>");
            }

            var deadline = m.AgencyKind.GetPublicationDeadline(m.ReportYear);
            Item(T("发布期限", "Deadline"), deadline is { } d ? H(DatePattern.Format(d)) : H(T("不明（未说明机关类型）", "not known (the agency kind is not stated)")));
            string met;
            if (deadline is not { } due || m.PublishedAt is not { } at)
            {
                met = H(T("无法判断", "cannot tell"));
            }
            else if (at.Date <= due)
            {
                met = H(T("按期发布", "published on time"));
            }
            else
            {
                var days = NodaTime.Period.Between(due, at.Date, NodaTime.PeriodUnits.Days).Days;
                met = $"<span class=\"late\">{H(zh ? string.Create(CultureInfo.InvariantCulture, $"逾期{days}天") : string.Create(CultureInfo.InvariantCulture, $"{days} day(s) late"))}</span>";
            }

            Item(T("是否按期", "On time"), met);
            line("</dl>");
        }

        private void WriteSummary(Action<string> line)
        {
            int Count(Group g) => listed.Count(f => f.Group == g);
            line("<p class=\"summary\">" + string.Join(T("；", "; "),
                $"{SeverityName(Group.Error)} {N(Count(Group.Error))}",
                $"{SeverityName(Group.Warning)} {N(Count(Group.Warning))}",
                $"{SeverityName(Group.Info)} {N(Count(Group.Info))}",
                $"{H(T("无法评估", "not assessable"))} {N(Count(Group.NotAssessable))}",
                $"{H(T("未读单元格", "unread cells"))} {N(unreadList.Count)}") + "</p>");
            line("<p class=\"legend\">" + H(T("标记：", "Markers: ")) + string.Join(" ",
                Marker(Severity.Error) + SeverityName(Group.Error),
                Marker(Severity.Warning) + SeverityName(Group.Warning),
                Marker(Severity.Info) + SeverityName(Group.Info),
                UnreadMarker + H(T("未读", "unread"))) + "</p>");
        }

        private void WriteFindings(Action<string> line)
        {
            line("<section id=\"findings\">");
            line($"<h2>{H(T("检查结果", "Findings"))}</h2>");
            if (listed.Count == 0)
            {
                line($"<p>{H(T("没有发现问题。", "No findings."))}</p>");
            }

            foreach (var group in listed.GroupBy(f => f.Group))
            {
                var first = group.First().Number;
                line($"<h3>{GroupHeading(group.Key)} ({N(group.Count())})</h3>");
                line($"<ol class=\"findings\" start=\"{N(first)}\">");
                foreach (var finding in group)
                {
                    WriteFinding(line, finding);
                }

                line("</ol>");
            }

            if (unreadList.Count > 0)
            {
                line($"<h3>{H(T("未读单元格", "Unread cells"))} ({N(unreadList.Count)})</h3>");
                line($"<p>{H(T("导入时未能读出这些单元格：它们在报告中为空，值不明；读取它们的规则报告为“无法评估”。", "The import could not read these cells: they are blank in the report and their values are unknown; the rules that read them are reported as not assessable."))}</p>");
                line("<ul class=\"unread\">");
                foreach (var (n, cell, rendered) in unreadList)
                {
                    var where = rendered is null ? $"<code>{H(cell.PropertyPath)}</code>" : CellLink(rendered);
                    var seen = cell.Seen is { } s ? $" {H(T("页面上为：", "Seen: "))}<code>{H(s)}</code>" : string.Empty;
                    var candidates = cell.Candidates.Count > 0 ? $" {H(T("可能的读法：", "Candidates: "))}" + string.Join(T("；", "; "), cell.Candidates.Select(c => $"<code>{H(c)}</code>")) : string.Empty;
                    line($"<li id=\"unread-{N(n)}\">{UnreadMarker}{where}：<span class=\"code\">{H(cell.Code.ToString())}</span> {H(cell.GetMessage(options.Language))}{seen}{candidates}</li>");
                }

                line("</ul>");
            }

            if (options.ImportDiagnostics is { Count: > 0 } diagnostics)
            {
                line($"<h3>{H(T("导入日志", "Import log"))} ({N(diagnostics.Count)})</h3>");
                line("<table class=\"diagnostics\">");
                line($"<thead><tr><th scope=\"col\">{H(T("级别", "Severity"))}</th><th scope=\"col\">{H(T("代码", "Code"))}</th><th scope=\"col\">{H(T("位置", "Location"))}</th><th scope=\"col\">{H(T("说明", "Message"))}</th></tr></thead>");
                line("<tbody>");
                foreach (var d in diagnostics)
                {
                    if (d is null)
                    {
                        continue;
                    }

                    var severity = d.Severity switch
                    {
                        ImportSeverity.Error => T("错误", "error"),
                        ImportSeverity.Warning => T("警告", "warning"),
                        _ => T("提示", "info"),
                    };
                    var where = d.Location.ToString() + (d.PropertyPath is { } p ? " " + p : string.Empty);
                    var message = H(d.GetMessage(options.Language))
                        + (d.Seen is { } seen ? $"<br>{H(T("页面上为：", "seen: "))}<code>{H(seen)}</code>" : string.Empty)
                        + (d.Expected is { } expected ? $"<br>{H(T("应为：", "expected: "))}<code>{H(expected)}</code>" : string.Empty)
                        + (d.Candidates.Count > 0 ? $"<br>{H(T("可能的读法：", "candidates: "))}" + string.Join(T("；", "; "), d.Candidates.Select(c => $"<code>{H(c)}</code>")) : string.Empty);
                    line($"<tr class=\"import-{d.Severity.ToString().ToLowerInvariant()}\"><td>{H(severity)}</td><td class=\"code\">{H(d.Code.ToString())}</td><td>{H(where)}</td><td>{message}</td></tr>");
                }

                line("</tbody>");
                line("</table>");
            }

            line("</section>");
        }

        private void WriteFinding(Action<string> line, Listed finding)
        {
            var v = finding.Violation;
            var severity = SeverityClass(v.Severity);
            line($"<li id=\"finding-{N(finding.Number)}\" class=\"finding finding-{severity}\">");
            var ruleTitle = DisclosureRules.Find(v.Code) is { } rule ? $" <span class=\"rule-title\">{H(rule.GetTitle(zh ? ValidationLanguage.Chinese : ValidationLanguage.English))}</span>" : string.Empty;
            line($"<p class=\"head\">{Marker(v.Severity)}<span class=\"code\">{H(v.Code)}</span> <span class=\"severity\">{SeverityName(GroupOf(v.Severity))}</span>{ruleTitle}</p>");
            line($"<p class=\"message\">{H(v.GetMessage(zh ? ValidationLanguage.Chinese : ValidationLanguage.English))}</p>");
            if (v.Equation is { } equation)
            {
                line($"<p class=\"equation\">{H(T("等式：", "Equation: "))}<code>{H(equation)}</code></p>");
            }

            if (finding.Cells.Count > 0)
            {
                line($"<p class=\"cells\">{H(T("单元格：", "Cells: "))}{string.Join(T("、", ", "), finding.Cells.Select(CellLink))}</p>");
            }
            else
            {
                line($"<p class=\"cells\">{H(T("位置：", "Where: "))}<code>{H(v.PropertyPath)}</code></p>");
            }

            if (v.Narrative is { } narrative)
            {
                line("<blockquote class=\"narrative\">");
                line($"<p class=\"where\">{H(NarrativeSection(narrative.PropertyPath))}</p>");
                line($"<p>{Quote(narrative)}</p>");
                line("</blockquote>");
            }

            if (v.Corrections.Count > 0)
            {
                line($"<p class=\"corrections-head\">{H(v.Corrections.Count == 1 ? T("建议的最小更正：", "Suggested smallest correction:") : T("建议的最小更正（任选其一）：", "Suggested smallest corrections (any one of them):"))}</p>");
                line("<ul class=\"corrections\">");
                foreach (var correction in v.Corrections)
                {
                    line("<li>" + string.Join(T("；", "; "), correction.Changes.Select(Change)) + "</li>");
                }

                line("</ul>");
            }

            line("</li>");
        }

        private string Change(CellChange change)
        {
            var label = string.Join(' ', new[] { change.RowLabel, change.ColumnLabel }.Where(s => !string.IsNullOrEmpty(s))!);
            if (label.Length == 0)
            {
                label = change.PropertyPath;
            }

            var text = $"{H(label)} {(change.From is { } from ? N(from) : H(T("空", "blank")))} → {N(change.To)}";
            return tables.FindCell(change.PropertyPath) is null ? text : $"<a href=\"#{H(CellId(change.PropertyPath))}\">{text}</a>";
        }

        private string NarrativeSection(string path)
        {
            if (path == "Preamble")
            {
                return T("前言", "Preamble");
            }

            if (path.StartsWith("Overview.", StringComparison.Ordinal))
            {
                var title = zh ? ReportSectionsLayout.OverviewTitle.Chinese : $"{ReportSectionsLayout.OverviewTitle.Chinese} ({ReportSectionsLayout.OverviewTitle.English})";
                return PartIndex(path) is { } i ? $"{title} {report.Overview.Parts[i].Heading}" : title;
            }

            var section = path switch
            {
                "ProblemsAndImprovements" => ReportSectionsLayout.ProblemsAndImprovementsTitle,
                "OtherMatters" => ReportSectionsLayout.OtherMattersTitle,
                _ => null,
            };
            return section is null ? path : zh ? section.Chinese : $"{section.Chinese} ({section.English})";
        }

        private int? PartIndex(string path)
        {
            const string prefix = "Overview.Parts[";
            if (!path.StartsWith(prefix, StringComparison.Ordinal))
            {
                return null;
            }

            var end = path.IndexOf(']', prefix.Length);
            return end > prefix.Length
                && int.TryParse(path.AsSpan(prefix.Length, end - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                && i < report.Overview.Parts.Count ? i : null;
        }

        private string? NarrativeText(string path) => path switch
        {
            "Preamble" => report.Preamble,
            "Overview.Introduction" => report.Overview.Introduction,
            "ProblemsAndImprovements" => report.ProblemsAndImprovements,
            "OtherMatters" => report.OtherMatters,
            _ when PartIndex(path) is { } i => path.EndsWith(".Heading", StringComparison.Ordinal) ? report.Overview.Parts[i].Heading : report.Overview.Parts[i].Text,
            _ => null,
        };

        /// <summary>The sentence with the quoted words marked; the sentence unmarked when they cannot be found in it.</summary>
        private string Quote(NarrativeLocation narrative)
        {
            var sentence = narrative.Sentence;
            if (NarrativeText(narrative.PropertyPath) is { } text
                && narrative.Offset >= 0 && narrative.Length > 0 && narrative.Offset <= text.Length - narrative.Length)
            {
                var quoted = text.Substring(narrative.Offset, narrative.Length);
                var at = sentence.IndexOf(quoted, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return H(sentence[..at]) + "<mark>" + H(quoted) + "</mark>" + H(sentence[(at + quoted.Length)..]);
                }
            }

            return H(sentence);
        }

        private HtmlCellDecoration? Decorate(RenderedDataCell cell)
        {
            var findings = byCell.GetValueOrDefault(cell.PropertyPath);
            var unreadCell = unread.TryGetValue(cell.PropertyPath, out var u) ? u.Cell : null;
            if (findings is null && unreadCell is null)
            {
                return null;
            }

            var classes = new List<string>();
            var markup = new StringBuilder();
            var title = new List<string>();
            string href;
            if (findings is not null)
            {
                var worst = findings.OrderBy(f => SeverityRank(f.Violation.Severity)).ThenBy(f => f.Number).First();
                classes.Add("finding-" + SeverityClass(worst.Violation.Severity));
                markup.Append(Marker(worst.Violation.Severity));
                markup.Append("<span class=\"vh\">")
                    .Append(H(T("检查结果 ", "findings ")))
                    .Append(string.Join(", ", findings.Select(f => N(f.Number))))
                    .Append("</span>");
                href = "#finding-" + N(worst.Number);
                title.AddRange(findings.Select(f => $"{f.Violation.Code} {SeverityName(f.Group)}: {f.Violation.GetMessage(zh ? ValidationLanguage.Chinese : ValidationLanguage.English)}"));
            }
            else
            {
                href = "#unread-" + N(u.Number);
            }

            if (unreadCell is not null)
            {
                classes.Add("unread");
                markup.Append(UnreadMarker);
                markup.Append("<span class=\"vh\">").Append(H(T("未读：", "unread: "))).Append(H(unreadCell.GetMessage(options.Language))).Append("</span>");
                title.Add(T("未读：", "Unread: ") + unreadCell.GetMessage(options.Language));
            }

            return new HtmlCellDecoration(CellId(cell.PropertyPath), string.Join(' ', classes), string.Join("\n", title), href, markup.ToString());
        }

        private List<RenderedDataCell> CellsOf(RuleViolation v)
        {
            var cells = new List<RenderedDataCell>();
            void Add(string path)
            {
                if (tables.FindCell(path) is { } cell && !cells.Contains(cell))
                {
                    cells.Add(cell);
                }
            }

            Add(v.PropertyPath);
            foreach (var change in v.Corrections.SelectMany(c => c.Changes))
            {
                Add(change.PropertyPath);
            }

            return cells;
        }

        private string CellLink(RenderedDataCell cell)
        {
            var table = cell.Cell.Table is { } t ? t.Chinese + " " : string.Empty;
            return $"<a href=\"#{H(CellId(cell.PropertyPath))}\">{H(table + cell.Cell.Row.Chinese + " · " + cell.Cell.Column.Chinese)}</a>";
        }

        private string SeverityName(Group group) => H(group switch
        {
            Group.Error => SeverityMarks.Name(Severity.Error, zh),
            Group.Warning => SeverityMarks.Name(Severity.Warning, zh),
            Group.Info => SeverityMarks.Name(Severity.Info, zh),
            _ => T("无法评估", "Not assessable"),
        });

        private string GroupHeading(Group group) => group switch
        {
            Group.NotAssessable => H(T("无法评估（读取了未读单元格的规则）", "Not assessable (rules that read unread cells)")),
            _ => SeverityName(group),
        };

        private static Group GroupOf(RuleViolation v) =>
            v.Code == DisclosureRules.NotAssessable.Code ? Group.NotAssessable : GroupOf(v.Severity);

        private static Group GroupOf(Severity severity) => severity switch
        {
            Severity.Error => Group.Error,
            Severity.Warning => Group.Warning,
            _ => Group.Info,
        };
    }

    private const string UnreadMarker = "<span class=\"marker unread-marker\" aria-hidden=\"true\">?</span>";

    private static int SeverityRank(Severity severity) => severity switch
    {
        Severity.Error => 0,
        Severity.Warning => 1,
        _ => 2,
    };

    private static string SeverityClass(Severity severity) => SeverityMarks.CssName(severity);

    private static string Marker(Severity severity) => "<span class=\"marker\" aria-hidden=\"true\">" + SeverityMarks.Symbol(severity) + "</span>";

    /// <summary>The id of a data cell's element: <c>cell-</c> and its property path (which has no spaces).</summary>
    internal static string CellId(string propertyPath) => "cell-" + propertyPath;
}
