using System.Globalization;
using System.Net;
using DisclosureModel.Validation;
using FluentValidation;
using NodaTime;
using NodaTime.Text;

namespace DisclosureModel.Rendering;

/// <summary>Writes the HTML of <see cref="FindingsDashboard"/> from its <see cref="DashboardModel"/>.</summary>
internal sealed class DashboardWriter(TextWriter w, DashboardModel model, DashboardOptions options)
{
    private const int ChartWidth = 640;
    private const int MixWidth = 240;

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    private static readonly string StyleSheet = string.Join('\n',
        "body { font-family: \"Noto Sans CJK SC\", \"WenQuanYi Micro Hei\", \"Microsoft YaHei\", sans-serif; margin: 16px; color: #111; font-size: 14px; }",
        "table { border-collapse: collapse; margin: 0 0 1em; }",
        "th, td { border: 1px solid #888; padding: 2px 6px; vertical-align: top; }",
        "th { text-align: left; font-weight: 600; background: #f3f3f3; }",
        "td.n { text-align: right; font-variant-numeric: tabular-nums; }",
        "caption { text-align: left; font-weight: bold; padding: 4px 0; }",
        "nav ul { list-style: none; padding: 0; margin: 0 0 1em; } nav li { display: inline-block; margin: 0 1em 0.3em 0; }",
        ".sev-error { background: #fde2e2; } .sev-warning { background: #fff3cd; } .sev-info { background: #e3ecfb; }",
        ".late, .unpublished { background: #fde2e2; } .due, .unknown { background: #f3f3f3; } .ontime { background: #e3f5e3; }",
        "svg { display: block; } svg text { font-size: 12px; fill: #111; }",
        "svg rect.sev-error { fill: #c62828; } svg rect.sev-warning { fill: #e0a800; } svg rect.sev-info { fill: #1e63c6; }",
        "svg rect.o0 { fill: #2e7d32; } svg rect.o1 { fill: #81c784; } svg rect.o2 { fill: #c62828; } svg rect.o3 { fill: #ef6c00; }",
        "svg rect.o4 { fill: #6a1b9a; } svg rect.o5 { fill: #757575; } svg rect.o6 { fill: #1e63c6; } svg rect.frame { fill: none; stroke: #888; }",
        ".mix { font-size: 12px; color: #333; margin: 2px 0 0; }",
        "article { margin: 0 0 1.5em; padding: 0 0 0.5em; border-bottom: 1px solid #ccc; }",
        "@media print { section.page { break-before: page; } }");

    private readonly bool zh = options.Language.Resolve() == ValidationLanguage.Chinese;

    public void Write()
    {
        var title = T("政府信息公开工作年度报告检查概览", "Annual disclosure reports: findings dashboard");
        Line("<!DOCTYPE html>");
        Line($"<html lang=\"{(zh ? "zh-CN" : "en")}\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line($"<title>{H(title)}</title>");
        Line("<style>");
        Line(StyleSheet);
        Line("</style>");
        Line("</head>");
        Line("<body>");
        Line($"<h1>{H(title)}</h1>");
        var asOf = options.Today is { } today ? T($"，截至 {DatePattern.Format(today)}", $"; as of {DatePattern.Format(today)}") : string.Empty;
        Line($"<p>{H(T($"{N(model.Reports)} 份报告，{N(model.Agencies.Count)} 个机关，{N(model.Unreadable.Count)} 个输入无法读取{asOf}。", $"{N(model.Reports)} report(s) of {N(model.Agencies.Count)} agenc(ies); {N(model.Unreadable.Count)} input(s) unreadable{asOf}."))}</p>");
        Line($"<nav aria-label=\"{H(T("目录", "Contents"))}\"><ul>");
        if (model.Unreadable.Count > 0)
        {
            Line($"<li><a href=\"#unreadable\">{H(T("无法读取的输入", "Unreadable inputs"))}</a></li>");
        }

        Line($"<li><a href=\"#rules\">{H(T("按规则和严重程度统计", "Findings by rule and severity"))}</a></li>");
        Line($"<li><a href=\"#deadlines\">{H(T("发布时间与期限", "Publication against deadlines"))}</a></li>");
        Line($"<li><a href=\"#agencies\">{H(T("各机关", "Agencies"))}</a></li>");
        Line("</ul></nav>");
        WriteUnreadable();
        WriteRules();
        WriteDeadlines();
        WriteAgencies();
        Line("</body>");
        Line("</html>");
    }

    private void WriteUnreadable()
    {
        if (model.Unreadable.Count == 0)
        {
            return;
        }

        Line("<section id=\"unreadable\">");
        Line($"<h2>{H(T("无法读取的输入", "Unreadable inputs"))}</h2>");
        Line("<table>");
        Line($"<caption>{H(T($"{N(model.Unreadable.Count)} 个输入没有得到报告", $"{N(model.Unreadable.Count)} input(s) gave no report"))}</caption>");
        Line($"<thead><tr><th scope=\"col\">{H(T("输入", "Input"))}</th><th scope=\"col\">{H(T("原因", "Reason"))}</th></tr></thead>");
        Line("<tbody>");
        foreach (var (source, problem) in model.Unreadable)
        {
            Line($"<tr><th scope=\"row\">{H(source)}</th><td>{H(problem)}</td></tr>");
        }

        Line("</tbody>");
        Line("</table>");
        Line("</section>");
    }

    private void WriteRules()
    {
        Line("<section id=\"rules\">");
        Line($"<h2>{H(T("按规则和严重程度统计", "Findings by rule and severity"))}</h2>");
        var bySeverity = new int[3];
        foreach (var agency in model.Agencies)
        {
            foreach (var row in agency.Reports)
            {
                for (var i = 0; i < 3; i++)
                {
                    bySeverity[i] += row.BySeverity[i];
                }
            }
        }

        Line("<table class=\"severities\">");
        Line($"<caption>{H(T("各严重程度的问题数", "Findings by severity"))}</caption>");
        Line($"<thead><tr><th scope=\"col\">{H(T("严重程度", "Severity"))}</th><th scope=\"col\">{H(T("问题数", "Findings"))}</th></tr></thead>");
        Line("<tbody>");
        foreach (var severity in (Severity[])[Severity.Error, Severity.Warning, Severity.Info])
        {
            Line($"<tr class=\"{SeverityClass(severity)}\"><th scope=\"row\">{H(SeverityText(severity))}</th><td class=\"n\">{N(bySeverity[DashboardModel.SeverityIndex(severity)])}</td></tr>");
        }

        Line("</tbody>");
        Line("</table>");

        Line("<table class=\"rules\">");
        Line($"<caption>{H(T("各规则的问题数", "Findings by rule"))}</caption>");
        Line($"<thead><tr><th scope=\"col\">{H(T("规则", "Rule"))}</th><th scope=\"col\">{H(T("名称", "Title"))}</th><th scope=\"col\">{H(T("严重程度", "Severity"))}</th><th scope=\"col\">{H(T("问题数", "Findings"))}</th><th scope=\"col\">{H(T("涉及报告数", "Reports"))}</th></tr></thead>");
        Line("<tbody>");
        foreach (var code in model.Codes)
        {
            var (findings, reports, severity) = model.CodeTotals[code];
            Line($"<tr class=\"{SeverityClass(severity)}\"><th scope=\"row\">{H(code)}</th><td>{H(RuleTitle(code))}</td><td>{H(SeverityText(severity))}</td><td class=\"n\">{N(findings)}</td><td class=\"n\">{N(reports)}</td></tr>");
        }

        if (model.Codes.Count == 0)
        {
            Line($"<tr><td colspan=\"5\">{H(T("没有问题。", "No findings."))}</td></tr>");
        }

        Line("</tbody>");
        Line("</table>");
        if (model.Codes.Count > 0)
        {
            WriteRuleChart();
        }

        Line("</section>");
    }

    private void WriteRuleChart()
    {
        const int rowHeight = 22;
        const int labelWidth = 90;
        var max = model.Codes.Max(c => model.CodeTotals[c].Findings);
        var height = (model.Codes.Count * rowHeight) + 6;
        var title = T("各规则的问题数（条形图；数字见上表）", "Findings by rule (bar chart; the numbers are in the table above)");
        Line($"<svg role=\"img\" aria-labelledby=\"rules-chart-title\" width=\"{ChartWidth}\" height=\"{N(height)}\" viewBox=\"0 0 {ChartWidth} {N(height)}\">");
        Line($"<title id=\"rules-chart-title\">{H(title)}</title>");
        var y = 3;
        foreach (var code in model.Codes)
        {
            var (findings, _, severity) = model.CodeTotals[code];
            var width = Math.Max(1, (int)Math.Round((ChartWidth - labelWidth - 60) * (double)findings / max, MidpointRounding.AwayFromZero));
            var label = $"{code} {SeveritySymbol(severity)}";
            Line($"<g><title>{H($"{code} {RuleTitle(code)}: {N(findings)}")}</title>" +
                $"<text x=\"0\" y=\"{N(y + 15)}\">{H(label)}</text>" +
                $"<rect class=\"{SeverityClass(severity)}\" x=\"{labelWidth}\" y=\"{N(y + 2)}\" width=\"{N(width)}\" height=\"{rowHeight - 6}\"></rect>" +
                $"<text x=\"{N(labelWidth + width + 6)}\" y=\"{N(y + 15)}\">{N(findings)}</text></g>");
            y += rowHeight;
        }

        Line("</svg>");
    }

    private void WriteDeadlines()
    {
        Line("<section id=\"deadlines\">");
        Line($"<h2>{H(T("发布时间与期限", "Publication against deadlines"))}</h2>");
        var counts = new SortedDictionary<int, int>();
        foreach (var row in model.Agencies.SelectMany(a => a.Reports))
        {
            var status = Status(row);
            counts[status.Order] = counts.GetValueOrDefault(status.Order) + 1;
        }

        Line("<table class=\"deadlines\">");
        Line($"<caption>{H(T("按发布状态统计的报告数（期限：条例第四十九条，规则 D1、D2）", "Reports by publication status (deadlines: Article 49 of the Regulations, rules D1 and D2)"))}</caption>");
        Line($"<thead><tr><th scope=\"col\">{H(T("状态", "Status"))}</th><th scope=\"col\">{H(T("报告数", "Reports"))}</th></tr></thead>");
        Line("<tbody>");
        foreach (var (order, count) in counts)
        {
            var (cls, name) = StatusNames[order];
            Line($"<tr class=\"{cls}\"><th scope=\"row\">{H(T(name.Zh, name.En))}</th><td class=\"n\">{N(count)}</td></tr>");
        }

        Line("</tbody>");
        Line("</table>");
        Line("</section>");
    }

    private void WriteAgencies()
    {
        Line("<section id=\"agencies\">");
        Line($"<h2>{H(T("各机关", "Agencies"))}</h2>");
        var pages = (model.Agencies.Count + options.PageSize - 1) / options.PageSize;
        Line("<table class=\"pages\">");
        Line($"<caption>{H(T($"{N(model.Agencies.Count)} 个机关，按名称排序，每页 {N(options.PageSize)} 个，共 {N(pages)} 页", $"{N(model.Agencies.Count)} agenc(ies) by name, {N(options.PageSize)} a page, {N(pages)} page(s)"))}</caption>");
        Line($"<thead><tr><th scope=\"col\">{H(T("页", "Page"))}</th><th scope=\"col\">{H(T("机关", "Agencies"))}</th><th scope=\"col\">{H(T("报告数", "Reports"))}</th></tr></thead>");
        Line("<tbody>");
        for (var p = 0; p < pages; p++)
        {
            var slice = Page(p);
            Line($"<tr><th scope=\"row\"><a href=\"#p{N(p + 1)}\">{N(p + 1)}</a></th><td>{H(slice[0].Agency)} – {H(slice[^1].Agency)}</td><td class=\"n\">{N(slice.Sum(a => a.Reports.Count))}</td></tr>");
        }

        Line("</tbody>");
        Line("</table>");
        for (var p = 0; p < pages; p++)
        {
            WritePage(p, pages);
        }

        Line("</section>");
    }

    private List<(string Agency, List<ReportRow> Reports)> Page(int page) =>
        model.Agencies.GetRange(page * options.PageSize, Math.Min(options.PageSize, model.Agencies.Count - (page * options.PageSize)));

    private void WritePage(int page, int pages)
    {
        var slice = Page(page);
        var first = page * options.PageSize;
        Line($"<section class=\"page\" id=\"p{N(page + 1)}\">");
        Line($"<h2>{H(T($"第 {N(page + 1)} 页（共 {N(pages)} 页）：{slice[0].Agency} – {slice[^1].Agency}", $"Page {N(page + 1)} of {N(pages)}: {slice[0].Agency} – {slice[^1].Agency}"))}</h2>");
        var nav = new List<string>();
        if (page > 0)
        {
            nav.Add($"<li><a href=\"#p{N(page)}\">{H(T("上一页", "Previous page"))}</a></li>");
        }

        if (page + 1 < pages)
        {
            nav.Add($"<li><a href=\"#p{N(page + 2)}\">{H(T("下一页", "Next page"))}</a></li>");
        }

        nav.Add($"<li><a href=\"#agencies\">{H(T("页目录", "Page index"))}</a></li>");
        Line($"<nav aria-label=\"{H(T("翻页", "Pages"))}\"><ul>{string.Concat(nav)}</ul></nav>");
        WriteMatrix(slice, first);
        for (var i = 0; i < slice.Count; i++)
        {
            WriteAgency(first + i + 1, slice[i].Agency, slice[i].Reports);
        }

        Line("</section>");
    }

    private void WriteMatrix(List<(string Agency, List<ReportRow> Reports)> slice, int first)
    {
        if (model.Codes.Count == 0)
        {
            return;
        }

        Line("<table class=\"matrix\">");
        Line($"<caption>{H(T("机关 × 规则：各机关全部报告的问题数（✖ 错误，⚠ 警告，ℹ 提示）", "Agency × rule: findings over each agency's reports (✖ error, ⚠ warning, ℹ info)"))}</caption>");
        Line($"<thead><tr><th scope=\"col\">{H(T("机关", "Agency"))}</th>{string.Concat(model.Codes.Select(c => $"<th scope=\"col\"><abbr title=\"{H(RuleTitle(c))}\">{H(c)}</abbr></th>"))}</tr></thead>");
        Line("<tbody>");
        for (var i = 0; i < slice.Count; i++)
        {
            var (agency, reports) = slice[i];
            var cells = model.Codes.Select(code =>
            {
                var count = reports.Sum(r => r.ByCode.GetValueOrDefault(code));
                if (count == 0)
                {
                    return "<td class=\"n\">0</td>";
                }

                var severity = model.CodeTotals[code].Severity;
                return $"<td class=\"n {SeverityClass(severity)}\" data-code=\"{H(code)}\">{SeveritySymbol(severity)} {N(count)}</td>";
            });
            Line($"<tr><th scope=\"row\"><a href=\"#a{N(first + i + 1)}\">{H(agency)}</a></th>{string.Concat(cells)}</tr>");
        }

        Line("</tbody>");
        Line("</table>");
    }

    private void WriteAgency(int number, string agency, List<ReportRow> reports)
    {
        Line($"<article id=\"a{N(number)}\">");
        Line($"<h3>{H(agency)}</h3>");
        var kinds = reports.Select(r => r.Kind).Distinct().Order().Select(KindName);
        Line($"<p>{H(T("机关类型：", "Agency kind: "))}{H(string.Join(T("、", ", "), kinds))}</p>");

        Line("<table class=\"reports\">");
        Line($"<caption>{H(T($"{agency}：各年度报告", $"{agency}: reports"))}</caption>");
        Line("<thead><tr>" + string.Concat(new[]
        {
            T("年度", "Year"), T("格式", "Format"), T("发布日期", "Published"), T("期限", "Deadline"), T("发布状态", "Status"),
            SeverityText(Severity.Error), SeverityText(Severity.Warning), SeverityText(Severity.Info), T("问题页", "Findings page"),
        }.Select(h => $"<th scope=\"col\">{H(h)}</th>")) + "</tr></thead>");
        Line("<tbody>");
        foreach (var r in reports)
        {
            var status = Status(r);
            var source = r.Source is { } s ? $"<br><small>{H(s)}</small>" : string.Empty;
            var link = r.Href is { } href
                ? $"<a href=\"{H(href)}\">{H(T($"{N(r.Year)} 年问题页", $"{N(r.Year)} findings"))}</a>"
                : H(T("无", "none"));
            var unread = r.UnreadCells > 0 ? $"<br><small>{H(T($"{N(r.UnreadCells)} 个单元格未能读取", $"{N(r.UnreadCells)} unread cell(s)"))}</small>" : string.Empty;
            Line($"<tr><th scope=\"row\">{N(r.Year)}{source}</th><td>{(r.Edition == FormatEdition.Edition2019 ? "2019" : "2021")}</td>" +
                $"<td>{H(r.Published is { } p ? DatePattern.Format(p) : T("未知", "not known"))}</td>" +
                $"<td>{H(r.Deadline is { } d ? DatePattern.Format(d) : T("无（机关类型未说明）", "none (agency kind not given)"))}</td>" +
                $"<td class=\"{status.Class}\">{H(status.Text)}</td>" +
                $"<td class=\"n{(r.BySeverity[0] > 0 ? " sev-error" : string.Empty)}\">{N(r.BySeverity[0])}</td>" +
                $"<td class=\"n{(r.BySeverity[1] > 0 ? " sev-warning" : string.Empty)}\">{N(r.BySeverity[1])}</td>" +
                $"<td class=\"n{(r.BySeverity[2] > 0 ? " sev-info" : string.Empty)}\">{N(r.BySeverity[2])}</td>" +
                $"<td>{link}{unread}</td></tr>");
        }

        Line("</tbody>");
        Line("</table>");
        WriteFigures(agency, reports);
        Line("</article>");
    }

    private void WriteFigures(string agency, List<ReportRow> reports)
    {
        var received = ApplicationsLayout.GetRow(ApplicationRow.NewlyReceived).Label;
        var review = CaseBlock.AdministrativeReview.GetLabel();
        var litigation = ReviewAndLitigationLayout.LitigationGroupLabel;
        var corrected = CaseResultColumn.Corrected.GetLabel();
        var total = CaseResultColumn.Total.GetLabel();
        Line("<table class=\"figures\">");
        Line($"<caption>{H(T($"{agency}：主要数据（总计列）及与上一份报告相比的变化", $"{agency}: key figures (total column) and the change on the previous report"))}</caption>");
        Line("<thead><tr>" + string.Concat(new[]
        {
            T("年度", "Year"),
            L(received) + T("（总计）", " (total)"),
            ApplicationsLayout.GetGroup(ApplicationRowGroup.Outcomes).Label is var outcomes ? L(outcomes) + T("及结转", " and carried forward") : string.Empty,
            L(review) + T($"：{L(total)}（{L(corrected)}）", $": {L(total)} ({L(corrected)})"),
            L(litigation) + T($"：{L(total)}（{L(corrected)}）", $": {L(total)} ({L(corrected)})"),
        }.Select(h => $"<th scope=\"col\">{H(h)}</th>")) + "</tr></thead>");
        Line("<tbody>");
        ReportRow? previous = null;
        foreach (var r in reports)
        {
            var before = previous is { } p && p.Year < r.Year ? p : null;
            Line($"<tr><th scope=\"row\">{N(r.Year)}</th>" +
                $"<td class=\"n\">{H(FigureText(r.Received))}{Change(r.Received, before?.Received, before?.Year)}</td>" +
                $"<td>{Mix(r)}</td>" +
                $"<td class=\"n\">{H(FigureText(r.Review) + T($"（{FigureText(r.ReviewCorrected)}）", $" ({FigureText(r.ReviewCorrected)})"))}{Change(r.Review, before?.Review, before?.Year)}</td>" +
                $"<td class=\"n\">{H(FigureText(r.Litigation) + T($"（{FigureText(r.LitigationCorrected)}）", $" ({FigureText(r.LitigationCorrected)})"))}{Change(r.Litigation, before?.Litigation, before?.Year)}</td></tr>");
            previous = r;
        }

        Line("</tbody>");
        Line("</table>");
    }

    /// <summary>The outcome mix as an SVG stacked bar with its numbers as text (the chart's text equivalent).</summary>
    private string Mix(ReportRow r)
    {
        var groups = DashboardModel.OutcomeGroups;
        var parts = groups.Select((g, i) => $"{ShortLabel(g.Label)} {FigureText(r.Outcomes[i])}").ToList();
        var text = string.Join(T("，", ", "), parts);
        var sum = r.Outcomes.Sum(o => o.Value ?? 0);
        var svg = new System.Text.StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-label=\"{H(text)}\" width=\"{MixWidth}\" height=\"14\" viewBox=\"0 0 {MixWidth} 14\"><title>{H(text)}</title>");
        if (sum > 0 && !r.Outcomes.Any(o => o.Unread))
        {
            double x = 0;
            for (var i = 0; i < groups.Count; i++)
            {
                if (r.Outcomes[i].Value is not { } v || v == 0)
                {
                    continue;
                }

                var width = MixWidth * (double)v / sum;
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"o{i}\" x=\"{x:0.##}\" y=\"0\" width=\"{width:0.##}\" height=\"14\"><title>{H(parts[i])}</title></rect>");
                x += width;
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"frame\" x=\"0.5\" y=\"0.5\" width=\"{MixWidth - 1}\" height=\"13\"></rect></svg>");
        return svg + $"<p class=\"mix\">{H(text)}</p>";
    }

    private string Change(Figure now, Figure? before, int? beforeYear)
    {
        if (before is not { } b || beforeYear is not { } year)
        {
            return string.Empty;
        }

        string text;
        if (now.Unread || b.Unread)
        {
            text = T("无法比较（有未读单元格）", "not comparable (unread cells)");
        }
        else if (now.Value is not { } n || b.Value is not { } o)
        {
            text = T("无法比较（空白）", "not comparable (blank)");
        }
        else
        {
            var delta = n - o;
            var sign = delta > 0 ? "+" + N(delta) : delta < 0 ? "−" + N(-delta) : "±0";
            var factor = o > 0 ? " ×" + ((double)n / o).ToString("0.00", CultureInfo.InvariantCulture) : string.Empty;
            text = sign + factor;
        }

        return $"<br><small class=\"change\">{H(T($"较 {N(year)} 年：{text}", $"vs {N(year)}: {text}"))}</small>";
    }

    private (int Order, string Class, string Text) Status(ReportRow r)
    {
        if (r.Deadline is not { } deadline)
        {
            return (5, "unknown", T("无期限（机关类型未说明）", "no deadline (agency kind not given)"));
        }

        if (r.Published is { } published)
        {
            var late = Period.Between(deadline, published, PeriodUnits.Days).Days;
            return late <= 0
                ? (0, "ontime", "✔ " + T("按期发布", "on time"))
                : (1, "late", "✖ " + T($"逾期 {N(late)} 天发布（D1）", $"late by {N(late)} day(s) (D1)"));
        }

        if (options.Today is not { } today)
        {
            return (4, "unknown", T("发布日期未知", "publication date not known"));
        }

        var overdue = Period.Between(deadline, today, PeriodUnits.Days).Days;
        return overdue > 0
            ? (2, "unpublished", "✖ " + T($"无发布日期，已超过期限 {N(overdue)} 天（D2）", $"no publication date, {N(overdue)} day(s) past the deadline (D2)"))
            : (3, "due", T("无发布日期，尚未到期", "no publication date, not yet due"));
    }

    private static readonly (string Class, (string Zh, string En) Name)[] StatusNames =
    [
        ("ontime", ("✔ 按期发布", "✔ on time")),
        ("late", ("✖ 逾期发布（D1）", "✖ late (D1)")),
        ("unpublished", ("✖ 无发布日期且已逾期（D2）", "✖ no publication date, past the deadline (D2)")),
        ("due", ("无发布日期，尚未到期", "no publication date, not yet due")),
        ("unknown", ("发布日期未知", "publication date not known")),
        ("unknown", ("无期限（机关类型未说明）", "no deadline (agency kind not given)")),
    ];

    private string FigureText(Figure f) => f.Unread ? T("无法判断（未读）", "n/a (unread)") : f.Value is { } v ? N(v) : T("空白", "blank");

    private string RuleTitle(string code) =>
        DisclosureRules.Find(code) is { } rule ? rule.GetTitle(zh ? ValidationLanguage.Chinese : ValidationLanguage.English) : code;

    private string SeverityText(Severity severity) => SeverityMarks.Symbol(severity) + " " + SeverityMarks.Name(severity, zh);

    private static string SeveritySymbol(Severity severity) => SeverityMarks.Symbol(severity);

    private static string SeverityClass(Severity severity) => "sev-" + SeverityMarks.CssName(severity);

    private string KindName(AgencyKind kind)
    {
        var (chinese, english) = PublicationDeadlines.GetNames(kind);
        return T(chinese, english);
    }

    private string L(StatutoryLabel label) => zh ? label.Chinese : label.English;

    /// <summary>A label without its numbering and its parenthetical note: （二）部分公开（区分处理的…） is 部分公开.</summary>
    private string ShortLabel(StatutoryLabel label)
    {
        if (!zh)
        {
            return label.English;
        }

        var text = label.Chinese;
        if (text.StartsWith('（') && text.IndexOf('）') is var close and > 0)
        {
            text = text[(close + 1)..];
        }
        else if (text.IndexOf('、') is var comma and > 0 and < 3)
        {
            text = text[(comma + 1)..];
        }

        return text.IndexOf('（') is var open and > 0 ? text[..open] : text;
    }

    private string T(string chinese, string english) => zh ? chinese : english;

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string H(string text) => WebUtility.HtmlEncode(text);

    private void Line(string line)
    {
        w.Write(line);
        w.Write('\n');
    }
}
