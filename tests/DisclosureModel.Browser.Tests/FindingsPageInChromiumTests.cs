using System.Buffers.Binary;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DisclosureModel.Pdf;
using DisclosureModel.Rendering;
using DisclosureModel.TestSupport;
using DisclosureModel.Validation;
using FluentValidation;
using UglyToad.PdfPig;

namespace DisclosureModel.Browser.Tests;

/// <summary>The findings page (<see cref="FindingsPage"/>) loaded, read back and printed by a real browser (headless Chromium).</summary>
public sealed class FindingsPageInChromiumTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("findings-page-tests-");

    [Theory]
    [InlineData(ValidationLanguage.Chinese)]
    [InlineData(ValidationLanguage.English)]
    public void The_browser_shows_the_cells_the_findings_name_highlighted_by_severity_and_every_link_resolves(ValidationLanguage language)
    {
        var report = FindingsPageScenario.Report;
        var findings = FindingsPageScenario.Findings;
        var path = Write("scenario.html", FindingsPage.ToHtml(report, findings, new FindingsPageOptions { Language = language }));

        var page = HeadlessChromium.Load(path);

        Assert.Empty(page.ConsoleMessages);
        var dom = new HtmlParser().ParseDocument(page.Dom);

        // The cells the findings name (the finding's own cell and each cell a correction changes), by the most severe.
        var catalog = CellCatalog.For(report);
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var finding in findings.OrderBy(f => f.Severity))
        {
            foreach (var cell in finding.Corrections.SelectMany(c => c.Changes).Select(c => c.PropertyPath).Prepend(finding.PropertyPath))
            {
                if (catalog.Find(cell) is not null)
                {
                    expected.TryAdd(cell, finding.Severity.ToString().ToLowerInvariant());
                }
            }
        }

        var highlighted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var td in dom.QuerySelectorAll("div.disclosure-tables td"))
        {
            var severity = td.ClassList.SingleOrDefault(c => c.StartsWith("finding-", StringComparison.Ordinal));
            if (severity is not null)
            {
                highlighted.Add(td.Id!["cell-".Length..], severity["finding-".Length..]);

                // Not colour alone: a marker glyph and words for screen readers.
                Assert.NotNull(td.QuerySelector(".marker"));
                Assert.NotEmpty(td.QuerySelector(".vh")!.TextContent);
            }
        }

        Assert.Equal(expected, highlighted);
        Assert.Equal(
            report.UnreadCells.Select(u => u.PropertyPath).Order(StringComparer.Ordinal),
            dom.QuerySelectorAll("div.disclosure-tables td.unread").Select(td => td.Id!["cell-".Length..]).Order(StringComparer.Ordinal));

        // Each highlighted cell links to a finding that names it, and each finding links back to its cells.
        foreach (var (cellPath, _) in highlighted)
        {
            var link = dom.GetElementById("cell-" + cellPath)!.QuerySelector("a")!.GetAttribute("href")!;
            var target = dom.GetElementById(link[1..]);
            Assert.NotNull(target);
            Assert.Contains("#cell-" + cellPath, target.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        }

        var items = dom.QuerySelectorAll("li.finding").ToList();
        Assert.Equal(findings.Count, items.Count);
        Assert.Equal(Enumerable.Range(1, findings.Count).Select(n => $"finding-{n}"), items.Select(li => li.Id));

        // Every in-page link resolves to an element; there is no other link.
        var hrefs = dom.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, href =>
        {
            Assert.StartsWith("#", href, StringComparison.Ordinal);
            Assert.NotNull(dom.GetElementById(href[1..]));
        });

        // The narrative quote, and the header cells' scopes as the issue requires.
        Assert.Equal("收到政府信息公开申请75件", dom.QuerySelector("blockquote.narrative mark")!.TextContent);
        Assert.All(dom.QuerySelectorAll("div.disclosure-tables th"), th =>
            Assert.True(th.HasAttribute("scope") || th.TextContent == ApplicationsLayout.BalancingNote, th.OuterHtml));
        Assert.Equal(language == ValidationLanguage.Chinese ? "zh-CN" : "en", dom.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void The_page_prints_on_A4_with_each_statutory_table_and_the_findings_starting_a_page()
    {
        var path = Write("print.html", FindingsPage.ToHtml(FindingsPageScenario.Report, FindingsPageScenario.Findings, new FindingsPageOptions { Language = ValidationLanguage.Chinese }));
        var pdfPath = Path.Combine(folder.FullName, "print.pdf");

        HeadlessChromium.PrintToPdf(path, pdfPath);

        using var pdf = PdfDocument.Open(pdfPath);
        Assert.True(pdf.NumberOfPages >= 4, $"{pdf.NumberOfPages} page(s)");
        var pages = pdf.GetPages().ToList();
        Assert.All(pages, p =>
        {
            // A4 is 595.28 × 841.89 points.
            Assert.InRange(p.Width, 594, 597);
            Assert.InRange(p.Height, 841, 843);
        });
        var texts = pages.Select(p => string.Concat(p.Letters.Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal)).ToList();
        string[] headings = [ProactiveDisclosureLayout.Title.Chinese, ApplicationsLayout.Title.Chinese, ReviewAndLitigationLayout.Title.Chinese, "检查结果"];
        var previous = 0;
        foreach (var heading in headings)
        {
            var page = texts.FindIndex(t => t.StartsWith(heading, StringComparison.Ordinal));
            Assert.True(page > previous, $"“{heading}” does not start a page after page {previous + 1}: {string.Join(" | ", texts.Select(t => t[..Math.Min(30, t.Length)]))}");
            previous = page;
        }
    }

    /// <summary>
    /// The screenshot in docs/images and README: the findings page of a real published report, the Hongze 2023 PDF (its
    /// Section 四 prints two totals that do not add up: two R4 errors). Set <c>UPDATE_DOCS_IMAGES=1</c> to write it
    /// again; otherwise the test checks the committed file is a PNG of a sensible size (PNGs are not byte-stable across
    /// fonts, so they are not compared).
    /// </summary>
    [Fact]
    public void The_findings_page_screenshot_of_a_real_report_is_in_the_docs()
    {
        var png = Path.Combine(RepositoryRoot(), "docs", "images", "findings-page.png");
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS_IMAGES") == "1")
        {
            var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "pdf", "hongze-district-gov_2023.pdf"));
            var imported = PdfReportImporter.Import(bytes, new Import.ImportOptions { AgencyKind = AgencyKind.Government });
            var report = imported.Report!;
            var findings = new DisclosureReportValidator(new DisclosureValidatorOptions { MinimumSeverity = Severity.Info }).Validate(report).GetViolations();
            Assert.Equal(2, findings.Count(f => f.Code == "R4"));
            var path = Write("hongze.html", FindingsPage.ToHtml(report, findings, new FindingsPageOptions { Language = ValidationLanguage.Chinese, ImportDiagnostics = imported.Log.Diagnostics }));
            HeadlessChromium.Screenshot(path, png, 1000, 2600);
        }

        Assert.True(File.Exists(png), $"{png} is missing: run this test with UPDATE_DOCS_IMAGES=1");
        var head = new byte[24];
        using (var file = File.OpenRead(png))
        {
            file.ReadExactly(head);
        }

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], head[..8]);
        Assert.InRange(BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(16)), 800, 2000);
        Assert.InRange(BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(20)), 1000, 4000);
        Assert.InRange(new FileInfo(png).Length, 50_000, 5_000_000);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private string Write(string name, string html)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, html);
        return path;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DisclosureModel.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DisclosureModel.sln not found above " + AppContext.BaseDirectory);
    }
}
