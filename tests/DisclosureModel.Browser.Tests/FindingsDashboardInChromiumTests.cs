using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DisclosureModel.Import;
using DisclosureModel.Pdf;
using DisclosureModel.Rendering;
using DisclosureModel.TestSupport;
using DisclosureModel.Validation;
using FluentValidation;

namespace DisclosureModel.Browser.Tests;

/// <summary>
/// The dashboard over the corpus reports (平潭综合实验区 2020 and 2022 as scraped text, the two 洪泽区 PDFs), loaded in
/// headless Chromium and read back from the DOM. With <c>UPDATE_DOCS_IMAGES=1</c> it also rewrites
/// docs/images/dashboard.png.
/// </summary>
public sealed class FindingsDashboardInChromiumTests : IDisposable
{
    private static readonly LocalDate Today = new(2026, 11, 30);

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("dashboard-browser-");

    public void Dispose() => folder.Delete(recursive: true);

    /// <summary>The corpus reports, imported as published; the agency kind (which no page states) is 本级政府 for all four.</summary>
    private static IReadOnlyList<DisclosureReport> CorpusReports { get; } = ImportCorpus();

    private static IReadOnlyList<DisclosureReport> ImportCorpus()
    {
        var options = new ImportOptions { AgencyKind = AgencyKind.Government };
        string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));
        byte[] Pdf(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "pdf", name));
        return
        [
            ReportImporter.ImportText(Text("002_pingtan-zone_2020.txt"), options).Report!,
            ReportImporter.ImportText(Text("004_pingtan-zone_2022.txt"), options).Report!,
            PdfReportImporter.Import(Pdf("hongze-district-gov_2023.pdf"), options).Report!,
            PdfReportImporter.Import(Pdf("hongze-district-gov_2024.pdf"), options).Report!,
        ];
    }

    /// <summary>Validates the reports as the CLI does and writes the dashboard and one page per report under <paramref name="directory"/>.</summary>
    private static (string Path, List<DashboardEntry> Entries) WriteDashboard(string directory, ValidationLanguage language)
    {
        var options = new DisclosureValidatorOptions
        {
            Language = language,
            MinimumSeverity = Severity.Info,
            Clock = new FixedClock(Today.AtStartOfDayInZone(ReportMetadata.TimeZone).ToInstant()),
        };
        var validator = new DisclosureReportValidator(options);
        var series = new DisclosureReportSeriesValidator(options);
        var reports = CorpusReports;
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

        Directory.CreateDirectory(Path.Combine(directory, "dashboard.files"));
        var entries = new List<DashboardEntry>();
        for (var i = 0; i < reports.Count; i++)
        {
            var page = $"dashboard.files/report-{i + 1}.html";
            File.WriteAllText(Path.Combine(directory, page), "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>report</title></head><body>\n" + ReportRenderer.ToHtml(reports[i]) + "</body></html>\n");
            entries.Add(new DashboardEntry(reports[i], findings[i]) { FindingsPageHref = page });
        }

        var path = Path.Combine(directory, "dashboard.html");
        using (var writer = new StreamWriter(path))
        {
            FindingsDashboard.Write(writer, entries, new DashboardOptions { Language = language, Today = Today });
        }

        return (path, entries);
    }

    [Fact]
    public void Chromium_loads_the_dashboard_without_a_console_message_and_its_counts_agree_with_the_findings()
    {
        var (path, entries) = WriteDashboard(folder.FullName, ValidationLanguage.English);

        var page = HeadlessChromium.Load(path);

        Assert.Empty(page.ConsoleMessages);
        var dom = new HtmlParser().ParseDocument(page.Dom);
        var findings = entries.SelectMany(e => e.Findings).ToList();
        Assert.NotEmpty(findings);

        // Counts by rule: code → (findings, reports).
        var byRule = dom.QuerySelectorAll("table.rules tbody tr").ToDictionary(
            tr => tr.QuerySelector("th")!.TextContent,
            tr => (int.Parse(tr.Children[3].TextContent, System.Globalization.CultureInfo.InvariantCulture), int.Parse(tr.Children[4].TextContent, System.Globalization.CultureInfo.InvariantCulture)));
        var expected = findings.GroupBy(f => f.Code).ToDictionary(g => g.Key, g => (g.Count(), entries.Count(e => e.Findings.Any(f => f.Code == g.Key))));
        Assert.Equal(expected.OrderBy(x => x.Key, StringComparer.Ordinal), byRule.OrderBy(x => x.Key, StringComparer.Ordinal));

        // Severity totals.
        var bySeverity = dom.QuerySelectorAll("table.severities tbody tr").Select(tr => int.Parse(tr.Children[1].TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([Count(Severity.Error), Count(Severity.Warning), Count(Severity.Info)], bySeverity);
        int Count(Severity s) => findings.Count(f => f.Severity == s);

        // The agency × rule matrix: every cell is the count of that rule's findings over that agency's reports.
        var matrix = dom.QuerySelector("table.matrix")!;
        var codes = matrix.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent).ToList();
        var rows = matrix.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(entries.Select(e => e.Report!.Metadata.AgencyName).Distinct().Count(), rows.Count);
        foreach (var row in rows)
        {
            var agency = row.QuerySelector("th")!.TextContent;
            var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Split(' ')[^1]).ToList();
            for (var c = 0; c < codes.Count; c++)
            {
                var count = entries.Where(e => e.Report!.Metadata.AgencyName == agency).Sum(e => e.Findings.Count(f => f.Code == codes[c]));
                Assert.Equal(count.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[c]);
            }
        }
    }

    [Fact]
    public void Every_link_of_the_dashboard_resolves_to_a_written_page_or_an_element()
    {
        var (path, _) = WriteDashboard(folder.FullName, ValidationLanguage.Chinese);

        var dom = new HtmlParser().ParseDocument(HeadlessChromium.Load(path).Dom);

        var links = dom.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(CorpusReports.Count, links.Count(l => !l.StartsWith('#')));
        foreach (var link in links)
        {
            if (link.StartsWith('#'))
            {
                Assert.NotNull(dom.GetElementById(link[1..]));
            }
            else
            {
                Assert.True(File.Exists(Path.Combine(folder.FullName, Uri.UnescapeDataString(link))), link);
            }
        }

        // Accessible: every table has a caption and scoped headers; every chart is an image with a title.
        Assert.All(dom.QuerySelectorAll("table"), table => Assert.NotNull(table.QuerySelector("caption")));
        Assert.All(dom.QuerySelectorAll("th"), th => Assert.True(th.HasAttribute("scope"), th.OuterHtml));
        Assert.All(dom.QuerySelectorAll("svg"), svg =>
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.NotNull(svg.Children.FirstOrDefault(e => e.LocalName == "title"));
        });
    }

    /// <summary>
    /// docs/images/dashboard.png is the dashboard over the corpus reports as Chromium renders it; with
    /// <c>UPDATE_DOCS_IMAGES=1</c> this test writes it again.
    /// </summary>
    [Fact]
    public void The_screenshot_of_the_dashboard_in_the_docs_is_a_png()
    {
        var png = Path.Combine(RepositoryRoot(), "docs", "images", "dashboard.png");
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS_IMAGES") == "1")
        {
            var (path, _) = WriteDashboard(folder.FullName, ValidationLanguage.Chinese);
            HeadlessChromium.Screenshot(path, png, 1200, 2000);
        }

        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 10_000, $"{png} is only {bytes.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DisclosureModel.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (DisclosureModel.sln) was not found above " + AppContext.BaseDirectory);
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
