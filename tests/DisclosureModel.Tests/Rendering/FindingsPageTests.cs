using System.Text.RegularExpressions;
using DisclosureModel.Import;
using DisclosureModel.Rendering;
using DisclosureModel.TestSupport;
using DisclosureModel.Validation;
using FluentValidation;
using Snapshooter.Xunit;

namespace DisclosureModel.Tests.Rendering;

public partial class FindingsPageTests
{
    private static readonly FindingsPageOptions Chinese = new() { Language = ValidationLanguage.Chinese };

    private static readonly FindingsPageOptions English = new() { Language = ValidationLanguage.English };

    [Fact]
    public void Page_of_a_report_with_errors_warnings_unread_cells_a_narrative_finding_and_a_correction() =>
        Snapshot.Match(FindingsPage.ToHtml(FindingsPageScenario.Report, FindingsPageScenario.Findings, Chinese with
        {
            ImportDiagnostics = [Diagnostic()],
            DashboardHref = "index.html#agency-1",
        }));

    [Fact]
    public void Page_in_English() =>
        Snapshot.Match(FindingsPage.ToHtml(FindingsPageScenario.Report, FindingsPageScenario.Findings, English));

    [Fact]
    public void The_scenario_has_every_kind_of_finding()
    {
        var findings = FindingsPageScenario.Findings;
        Assert.Equal(["D1", "N1", "NA", "R1", "R3", "W2"], findings.Select(f => f.Code).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(findings, f => f.Severity == Severity.Error && f.Corrections.Count == 1);
        Assert.Contains(findings, f => f.Narrative is not null);
        Assert.Single(FindingsPageScenario.Report.UnreadCells);
    }

    [Fact]
    public void Every_cell_a_finding_names_is_marked_by_its_most_severe_finding_and_linked_to_it()
    {
        var html = FindingsPage.ToHtml(FindingsPageScenario.Report, FindingsPageScenario.Findings, English);
        var tables = ReportTables.Build(FindingsPageScenario.Report);
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in FindingsPageScenario.Findings.OrderBy(f => f.Severity))
        {
            foreach (var path in f.Corrections.SelectMany(c => c.Changes).Select(c => c.PropertyPath).Prepend(f.PropertyPath))
            {
                if (tables.FindCell(path) is not null)
                {
                    expected.TryAdd(path, f.Severity.ToString().ToLowerInvariant());
                }
            }
        }

        var marked = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in MarkedCell().Matches(html))
        {
            marked.Add(m.Groups["path"].Value, m.Groups["severity"].Value);
        }

        Assert.Equal(expected, marked);
        Assert.Contains(FindingsPageScenario.BrokenCell, marked.Keys);
        Assert.Equal("warning", marked[FindingsPageScenario.UnreadCellPath]);

        // Every in-page link has its target, and every finding is linked from the tables or links to a cell or neither.
        var ids = Id().Matches(html).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var targets = Href().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.All(targets.Where(t => t.StartsWith('#')), t => Assert.Contains(t[1..], ids));
        Assert.Equal(FindingsPageScenario.Findings.Count, ids.Count(id => id.StartsWith("finding-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Unread_cells_and_not_assessable_findings_are_shown_as_such()
    {
        var html = FindingsPage.ToHtml(FindingsPageScenario.Report, FindingsPageScenario.Findings, English);
        Assert.Matches($"<td id=\"cell-{Regex.Escape(FindingsPageScenario.UnreadCellPath)}\" class=\"finding-warning unread\"", html);
        Assert.Contains("<h3>Not assessable (rules that read unread cells) (1)</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"unread-1\">", html, StringComparison.Ordinal);
        Assert.Contains("The digits of this row cannot be split into its cells.", html, StringComparison.Ordinal);
        Assert.Contains("<code>2 0 0 &lt;2&gt;</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_narrative_quote_marks_the_quoted_words_and_the_correction_shows_from_and_to()
    {
        var html = FindingsPage.ToHtml(FindingsPageScenario.Report, FindingsPageScenario.Findings, Chinese);
        Assert.Contains("<mark>收到政府信息公开申请75件</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"where\">一、总体情况 （二）依申请公开方面</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#cell-{FindingsPageScenario.BrokenCell}\">一、本年新收政府信息公开申请数量 自然人 72 → 71</a>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>是否按期</dt><dd><span class=\"late\">逾期10天</span></dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_is_deterministic_and_Write_writes_the_same()
    {
        var first = FindingsPage.ToHtml(FindingsPageScenario.Report, FindingsPageScenario.Findings, Chinese);
        var again = FindingsPage.ToHtml(FindingsPageScenario.Report, [.. FindingsPageScenario.Findings], Chinese with { });
        Assert.Equal(first, again);
        var writer = new StringWriter();
        FindingsPage.Write(writer, FindingsPageScenario.Report, FindingsPageScenario.Findings, Chinese);
        Assert.Equal(first, writer.ToString());
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("</html>\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_references_nothing_outside_itself()
    {
        var html = FindingsPage.ToHtml(FindingsPageScenario.Report, FindingsPageScenario.Findings, Chinese with { ImportDiagnostics = [Diagnostic()] });
        Assert.Empty(ExternalReference().Matches(html));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", html, StringComparison.OrdinalIgnoreCase);

        // The source URL is shown as text, not as a link.
        Assert.Contains("<span class=\"url\">https://www.pingtan.gov.cn/", html, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_is_escaped()
    {
        const string Hostile = "<script>alert(\"x\")</script>&'";
        var report = FindingsPageScenario.Report with
        {
            Metadata = FindingsPageScenario.Report.Metadata with { AgencyName = Hostile, SourceUrl = new Uri("https://example.org/?a=<b>&c=\"d\"") },
        };
        var findings = FindingsPageScenario.Findings.Select(f => f with { ChineseMessage = Hostile, EnglishMessage = Hostile, Equation = Hostile }).ToList();
        var narrative = findings.Single(f => f.Narrative is not null);
        findings[findings.IndexOf(narrative)] = narrative with { Narrative = narrative.Narrative! with { Sentence = Hostile } };
        var html = FindingsPage.ToHtml(report, findings, Chinese with
        {
            ImportDiagnostics = [Diagnostic() with { Message = Hostile, ChineseMessage = Hostile, Seen = Hostile }],
            DashboardHref = "\"><script>",
            DashboardText = Hostile,
        });
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"&quot;&gt;&lt;script&gt;\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_findings_says_so_and_a_finding_not_about_a_cell_names_its_member()
    {
        var clean = FindingsPage.ToHtml(Samples.Yeji2020, [], English);
        Assert.Contains("<p>No findings.</p>", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"finding-", clean, StringComparison.Ordinal);

        var late = FindingsPage.ToHtml(FindingsPageScenario.Report, FindingsPageScenario.Findings.Where(f => f.Code == "D1"), English);
        Assert.Contains("<p class=\"cells\">Where: <code>Metadata.PublishedAt</code></p>", late, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>("report", () => FindingsPage.ToHtml(null!, []));
        Assert.Throws<ArgumentNullException>("findings", () => FindingsPage.ToHtml(Samples.Yeji2020, null!));
        Assert.Throws<ArgumentNullException>("findings", () => FindingsPage.ToHtml(Samples.Yeji2020, [null!]));
        Assert.Throws<ArgumentNullException>("writer", () => FindingsPage.Write(null!, Samples.Yeji2020, []));
        Assert.Throws<ArgumentOutOfRangeException>("Language", () => new FindingsPageOptions { Language = (ValidationLanguage)7 });
        Assert.Equal(new FindingsPageOptions { ImportDiagnostics = [Diagnostic()] }, new FindingsPageOptions { ImportDiagnostics = [Diagnostic()] });
        Assert.NotEqual(new FindingsPageOptions { ImportDiagnostics = [Diagnostic()] }, FindingsPageOptions.Default);
    }

    private static ImportDiagnostic Diagnostic() => new()
    {
        Code = ImportDiagnosticCode.UnreadableCells,
        Severity = ImportSeverity.Error,
        Location = new SourceLocation(120, 1),
        Message = "The digits of this row cannot be split into its cells.",
        ChineseMessage = "该行数字无法拆分为各单元格。",
        PropertyPath = "ReviewAndLitigation.AdministrativeReview",
        Seen = "2 0 0 <2>",
    };

    [GeneratedRegex("<td id=\"cell-(?<path>[^\"]+)\" class=\"finding-(?<severity>error|warning|info)")]
    private static partial Regex MarkedCell();

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex Id();

    [GeneratedRegex(" href=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("""(?:src|href)\s*=\s*["']?\s*(?:https?:|//)|url\(\s*["']?\s*(?:https?:|//)""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
