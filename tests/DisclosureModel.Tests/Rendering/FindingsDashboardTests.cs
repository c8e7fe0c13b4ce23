using System.Text.RegularExpressions;
using DisclosureModel.Import;
using DisclosureModel.Rendering;
using DisclosureModel.Validation;
using FluentValidation;
using Snapshooter.Xunit;

namespace DisclosureModel.Tests.Rendering;

public sealed partial class FindingsDashboardTests
{
    private static readonly LocalDate Today = new(2026, 11, 30);

    /// <summary>
    /// Four reports of two agencies, made mechanically from the corpus and the samples: 平潭综合实验区 2020 (the corpus
    /// import: Section 三 does not add up, Section 二 cells unread) and 2022 (the 2021 sample); 叶集区融媒体中心 2020 (the
    /// seed) published 15 days late with 一、本年新收 自然人 one more (so 一 + 二 ≠ 三 + 四), and its 2019 report, unpublished.
    /// </summary>
    internal static IReadOnlyList<DisclosureReport> Reports { get; } = CreateReports();

    private static IReadOnlyList<DisclosureReport> CreateReports()
    {
        var yeji = Samples.Yeji2020;
        var late = yeji with
        {
            Metadata = yeji.Metadata with { PublishedAt = new LocalDateTime(2021, 2, 15, 9, 0) },
            Applications = yeji.Applications with
            {
                NewlyReceived = yeji.Applications.NewlyReceived.With(ApplicantColumn.NaturalPerson, yeji.Applications.NewlyReceived.NaturalPerson + 1),
            },
        };
        var unpublished = yeji with
        {
            Metadata = yeji.Metadata with
            {
                ReportYear = 2019,
                StatisticsPeriod = new DateInterval(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31)),
                PublishedAt = null,
            },
        };
        var pingtan2022 = Samples.Pingtan2022 with { Metadata = Samples.Pingtan2022.Metadata with { AgencyKind = AgencyKind.Government } };
        return [CorpusReports.Pingtan2020, pingtan2022, late, unpublished];
    }

    /// <summary>The entries as the CLI makes them: each report's findings and its agency's series findings.</summary>
    internal static List<DashboardEntry> Entries(IReadOnlyList<DisclosureReport> reports, LocalDate today)
    {
        var options = new DisclosureValidatorOptions
        {
            Language = ValidationLanguage.English,
            MinimumSeverity = Severity.Info,
            Clock = new FixedClock(today.AtStartOfDayInZone(ReportMetadata.TimeZone).ToInstant()),
        };
        var validator = new DisclosureReportValidator(options);
        var series = new DisclosureReportSeriesValidator(options);
        var findings = reports.Select(r => validator.Validate(r).GetViolations().ToList()).ToList();
        foreach (var group in reports.Select((r, i) => (r, i)).GroupBy(x => x.r.Metadata.AgencyName).Where(g => g.Count() > 1))
        {
            var indices = group.Select(x => x.i).ToList();
            foreach (var violation in series.Validate([.. indices.Select(i => reports[i])]).GetViolations())
            {
                var index = int.Parse(violation.PropertyPath[1..violation.PropertyPath.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
                findings[indices[index]].Add(violation);
            }
        }

        return [.. reports.Select((r, i) => new DashboardEntry(r, findings[i]) { Source = $"input-{i + 1}.json", FindingsPageHref = $"pages/report-{i + 1}.html" })];
    }

    private static readonly DashboardOptions English = new() { Language = ValidationLanguage.English, Today = Today };

    private static readonly DashboardOptions Chinese = new() { Language = ValidationLanguage.Chinese, Today = Today };

    [Fact]
    public void Dashboard_of_four_reports_in_english() =>
        Snapshot.Match(FindingsDashboard.ToHtml([.. Entries(Reports, Today), DashboardEntry.Unreadable("broken.pdf", "no text layer")], English));

    [Fact]
    public void Dashboard_of_four_reports_in_chinese() =>
        Snapshot.Match(FindingsDashboard.ToHtml(Entries(Reports, Today), Chinese));

    [Fact]
    public void The_same_entries_in_any_order_give_the_same_bytes()
    {
        var entries = Entries(Reports, Today);
        var first = FindingsDashboard.ToHtml(entries, English);
        var reversed = Enumerable.Reverse(entries).ToList();

        Assert.Equal(first, FindingsDashboard.ToHtml(entries, English));
        Assert.Equal(first, FindingsDashboard.ToHtml(reversed, English));
        using var writer = new StringWriter();
        FindingsDashboard.Write(writer, entries, English);
        Assert.Equal(first, writer.ToString());
    }

    [Fact]
    public void The_counts_by_rule_are_the_findings_counted()
    {
        var entries = Entries(Reports, Today);
        var html = FindingsDashboard.ToHtml(entries, English);

        var expected = entries.SelectMany(e => e.Findings).GroupBy(f => f.Code).ToDictionary(g => g.Key, g => (Findings: g.Count(), Reports: entries.Count(e => e.Findings.Any(f => f.Code == g.Key))));
        var table = Regex.Match(html, "<table class=\"rules\">.*?</table>", RegexOptions.Singleline).Value;
        var rows = RuleRow().Matches(table).ToDictionary(m => m.Groups["code"].Value, m => (int.Parse(m.Groups["findings"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["reports"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected.OrderBy(x => x.Key), rows.OrderBy(x => x.Key));
        Assert.Contains("R1", rows.Keys);
        Assert.Contains("R2", rows.Keys);
    }

    [Fact]
    public void Publication_is_judged_against_the_deadline_of_the_agency_kind()
    {
        var html = FindingsDashboard.ToHtml(Entries(Reports, Today), English);

        // The seed is a department's: deadline 31 January; published 15 February 2021.
        Assert.Contains("<td class=\"late\">✖ late by 15 day(s) (D1)</td>", html, StringComparison.Ordinal);

        // Its 2019 report has no publication date: deadline 2020-01-31, 2 495 days before 2026-11-30.
        var overdue = Period.Between(new LocalDate(2020, 1, 31), Today, PeriodUnits.Days).Days;
        Assert.Contains($"<td class=\"unpublished\">✖ no publication date, {overdue} day(s) past the deadline (D2)</td>", html, StringComparison.Ordinal);

        // Without a date the dashboard does not guess.
        var undated = FindingsDashboard.ToHtml(Entries(Reports, Today), English with { Today = null });
        Assert.DoesNotContain("day(s) past the deadline (D2)", undated, StringComparison.Ordinal);
        Assert.Contains("<td class=\"unknown\">publication date not known</td>", undated, StringComparison.Ordinal);
    }

    [Fact]
    public void Year_over_year_changes_compare_with_the_agencys_previous_report()
    {
        var html = FindingsDashboard.ToHtml(Entries(Reports, Today), English);

        var received2020 = CorpusReports.Pingtan2020.Applications.NewlyReceived.Total!.Value;
        var received2022 = Samples.Pingtan2022.Applications.NewlyReceived.Total!.Value;
        var factor = ((double)received2022 / received2020).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"{received2022}<br><small class=\"change\">vs 2020: +{received2022 - received2020} &#215;{factor}</small>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_that_reads_an_unread_cell_is_not_assessable_never_a_number()
    {
        var report = Samples.Pingtan2022 with
        {
            UnreadCells =
            [
                new UnreadCell
                {
                    PropertyPath = "Applications.NewlyReceived.Total",
                    Code = ImportDiagnosticCode.AmbiguousSplit,
                    Message = "ambiguous",
                    ChineseMessage = "有歧义",
                },
            ],
        };

        var html = FindingsDashboard.ToHtml([new DashboardEntry(report, [])], English);

        var figures = Regex.Match(html, "<table class=\"figures\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("<tr><th scope=\"row\">2022</th><td class=\"n\">n/a (unread)</td>", figures, StringComparison.Ordinal);
        Assert.DoesNotContain($"<td class=\"n\">{Samples.Pingtan2022.Applications.NewlyReceived.Total}</td>", figures, StringComparison.Ordinal);
    }

    [Fact]
    public void The_agency_list_is_paginated_with_links_between_pages()
    {
        var html = FindingsDashboard.ToHtml(Entries(Reports, Today), English with { PageSize = 1 });

        Assert.Equal(["p1", "p2"], PageSection().Matches(html).Select(m => m.Groups["id"].Value));
        Assert.Contains("<a href=\"#p2\">Next page</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#p1\">Previous page</a>", html, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => English with { PageSize = 0 });
    }

    [Fact]
    public void The_entries_are_read_once_and_unreadable_inputs_are_listed()
    {
        var html = FindingsDashboard.ToHtml(Once([DashboardEntry.Unreadable("a/b.pdf", "no text layer <scanned>")]), English);

        Assert.Contains("<tr><th scope=\"row\">a/b.pdf</th><td>no text layer &lt;scanned&gt;</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("0 report(s) of 0 agenc(ies); 1 input(s) unreadable", html, StringComparison.Ordinal);
    }

    private static IEnumerable<DashboardEntry> Once(IEnumerable<DashboardEntry> entries)
    {
        var used = false;
        return Iterate();

        IEnumerable<DashboardEntry> Iterate()
        {
            Assert.False(used, "The entries were enumerated twice.");
            used = true;
            foreach (var entry in entries)
            {
                yield return entry;
            }
        }
    }

    [GeneratedRegex("<tr class=\"sev-[a-z]+\"><th scope=\"row\">(?<code>[^<]+)</th><td>[^<]*</td><td>[^<]*</td><td class=\"n\">(?<findings>\\d+)</td><td class=\"n\">(?<reports>\\d+)</td></tr>")]
    private static partial Regex RuleRow();

    [GeneratedRegex("<section class=\"page\" id=\"(?<id>p\\d+)\">")]
    private static partial Regex PageSection();

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
