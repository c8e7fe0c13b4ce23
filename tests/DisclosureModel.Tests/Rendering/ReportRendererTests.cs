using System.Globalization;
using System.Xml.Linq;
using DisclosureModel.Rendering;
using Snapshooter.Xunit;

namespace DisclosureModel.Tests.Rendering;

public class ReportRendererTests
{
    [Fact]
    public void Markdown_of_the_seed_sample() => Snapshot.Match(ReportRenderer.ToMarkdown(Samples.Yeji2020));

    [Fact]
    public void Markdown_of_the_2021_sample() => Snapshot.Match(ReportRenderer.ToMarkdown(Samples.Pingtan2022));

    [Fact]
    public void Html_of_the_seed_sample() => Snapshot.Match(ReportRenderer.ToHtml(Samples.Yeji2020));

    [Fact]
    public void Html_of_the_2021_sample() => Snapshot.Match(ReportRenderer.ToHtml(Samples.Pingtan2022));

    [Fact]
    public void Text_of_the_seed_sample() => Snapshot.Match(ReportRenderer.ToText(Samples.Yeji2020));

    [Fact]
    public void Text_of_the_2021_sample() => Snapshot.Match(ReportRenderer.ToText(Samples.Pingtan2022));

    [Fact]
    public void Text_has_the_layout_of_the_scraped_seed_page()
    {
        // The rendered text is the seed page line for line, except: the page's furniture (the breadcrumb above the
        // title, the counters after the publication time, the links after Section 六) is not rendered, the time is
        // labelled, and in the tables the page prints half-width punctuation, two typos in Section 二 and two headers
        // broken over two lines, while the model holds the statutory labels. Normalise the page accordingly.
        var lines = TestData.SeedLines().Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
        var tablesStart = lines.IndexOf(ProactiveDisclosureLayout.Title.Chinese);
        var tablesEnd = lines.IndexOf(ReportSectionsLayout.ProblemsAndImprovementsTitle.Chinese);
        var last = lines.IndexOf(Samples.Yeji2020.OtherMatters);
        var page = new List<string> { lines[1], "发布时间：" + lines[2][..16] };
        page.AddRange(lines[3..tablesStart]);
        foreach (var line in lines[tablesStart..tablesEnd])
        {
            var normalised = line.Replace('(', '（').Replace(')', '）').Replace(',', '，').Replace(':', '：')
                .Replace("第二十五条", "第二十条", StringComparison.Ordinal)
                .Replace("决定处理数量", "处理决定数量", StringComparison.Ordinal);
            if (page.Count > 0 && (page[^1], normalised) is ("商业", "企业") or ("科研", "机构"))
            {
                page[^1] += normalised;
                continue;
            }

            page.Add(normalised);
        }

        page.AddRange(lines[tablesEnd..(last + 1)]);
        var rendered = ReportRenderer.ToText(Samples.Yeji2020).TrimEnd('\n').Split("\n\n");
        Assert.Equal(page, rendered);
    }

    [Fact]
    public void Text_separates_paragraphs_by_one_empty_line_and_renders_a_blank_cell_as_a_dash()
    {
        var report = Samples.Pingtan2022 with
        {
            Applications = Samples.Pingtan2022.Applications with
            {
                NewlyReceived = Samples.Pingtan2022.Applications.NewlyReceived with { Total = null },
            },
        };
        var paragraphs = ReportRenderer.ToText(report).TrimEnd('\n').Split("\n\n");
        var label = ApplicationsLayout.GetRow(ApplicationRow.NewlyReceived).Label.Chinese;
        var i = Array.IndexOf(paragraphs, label);
        Assert.Equal(["71", "3", "0", "0", "0", "0", ReportRenderer.TextBlankCell], paragraphs[(i + 1)..(i + 8)]);
        Assert.DoesNotContain('\r', ReportRenderer.ToText(report));
    }

    [Theory]
    [InlineData(FormatEdition.Edition2019, 20)]
    [InlineData(FormatEdition.Edition2021, 22)]
    public void Html_has_the_official_merged_headers(FormatEdition edition, int outcomeRows)
    {
        var report = Samples.All.Single(s => s.Edition == edition);
        var html = XElement.Parse(ReportRenderer.ToHtml(report));
        Assert.Equal(ReportRenderer.HtmlClass, (string?)html.Attribute("class"));
        var tables = html.Elements("table").ToList();
        Assert.Equal(ProactiveDisclosureLayout.GetTables(edition).Count + 2, tables.Count);

        var applications = tables[^2];
        string? Span(string label, string attribute) =>
            (string?)applications.Descendants("th").Single(th => th.Value == label).Attribute(attribute);
        Assert.Equal("3", Span(ApplicationsLayout.BalancingNote, "colspan"));
        Assert.Equal("3", Span(ApplicationsLayout.BalancingNote, "rowspan"));
        Assert.Equal("7", Span(ApplicantColumns.HeaderLabel.Chinese, "colspan"));
        Assert.Equal("2", Span(ApplicantColumn.NaturalPerson.GetLabel().Chinese, "rowspan"));
        Assert.Equal("5", Span(ApplicantColumns.OrganizationGroupLabel.Chinese, "colspan"));
        Assert.Equal(outcomeRows.ToString(CultureInfo.InvariantCulture), Span(ApplicationsLayout.GetGroup(ApplicationRowGroup.Outcomes).Label.Chinese, "rowspan"));
        Assert.Equal("8", Span(ApplicationsLayout.GetGroup(ApplicationRowGroup.Withheld).Label.Chinese, "rowspan"));
        Assert.Equal("3", Span(ApplicationsLayout.GetGroup(ApplicationRowGroup.UnableToProvide).Label.Chinese, "rowspan"));
        Assert.Equal("5", Span(ApplicationsLayout.GetGroup(ApplicationRowGroup.NotProcessed).Label.Chinese, "rowspan"));
        var rows = applications.Descendants("tr").ToList();
        Assert.Equal(3 + ApplicationsLayout.GetRows(edition).Count, rows.Count);
        Assert.All(rows.Skip(3), tr => Assert.Equal(7, tr.Elements("td").Count()));

        // Every row of the grid is ten columns wide once row spans are accounted for.
        Assert.All(GridWidths(applications), width => Assert.Equal(10, width));
        Assert.All(GridWidths(tables[^1]), width => Assert.Equal(15, width));
        Assert.Equal(15, tables[^1].Descendants("td").Count());

        // The header rows are the thead (repeated on printed pages), the rows with numbers the tbody.
        Assert.All(tables, t => Assert.Equal(["thead", "tbody"], t.Elements().Where(e => e.Name != "caption").Select(e => e.Name.LocalName)));
        Assert.Equal(3, applications.Element("thead")!.Elements("tr").Count());
    }

    [Theory]
    [InlineData(FormatEdition.Edition2019)]
    [InlineData(FormatEdition.Edition2021)]
    public void Every_header_cell_carries_its_scope(FormatEdition edition)
    {
        var report = Samples.All.Single(s => s.Edition == edition);
        var tables = ReportTables.Build(report);
        var expected = tables.Sections.SelectMany(s => s.Tables)
            .SelectMany(t => t.HeaderRows.Concat(t.BodyRows))
            .SelectMany(r => r.Headers)
            .Select(h => h.Scope switch
            {
                HeaderScope.Column => "col",
                HeaderScope.ColumnGroup => "colgroup",
                HeaderScope.Row => "row",
                HeaderScope.RowGroup => "rowgroup",
                _ => null,
            })
            .ToList();
        var th = XElement.Parse(ReportRenderer.ToHtml(report)).Descendants("th").ToList();
        Assert.Equal(expected, th.Select(e => (string?)e.Attribute("scope")));
        Assert.Equal([ApplicationsLayout.BalancingNote], th.Where(e => e.Attribute("scope") is null).Select(e => e.Value));
        Assert.Contains(th, e => (string?)e.Attribute("scope") == "rowgroup" && e.Value == ApplicationsLayout.GetGroup(ApplicationRowGroup.Withheld).Label.Chinese);
    }

    [Fact]
    public void Html_marks_every_cell_and_escapes_text()
    {
        var html = ReportRenderer.ToHtml(Samples.Pingtan2022, includeStyleSheet: false);
        Assert.DoesNotContain("<style>", html, StringComparison.Ordinal);
        Assert.Contains("<td>9116.36</td>", html, StringComparison.Ordinal);
        Assert.Contains("3.危及“三安全一稳定”", html, StringComparison.Ordinal);
        Assert.Equal(ReportCellsCount(Samples.Pingtan2022), XElement.Parse(html).Descendants("td").Count());
        Assert.Contains(ReportRenderer.HtmlStyleSheet, ReportRenderer.ToHtml(Samples.Pingtan2022), StringComparison.Ordinal);
        Assert.All(ReportRenderer.HtmlStyleSheet.Split('\n'), rule => Assert.StartsWith("." + ReportRenderer.HtmlClass + " ", rule, StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_cells_render_as_empty_cells_everywhere()
    {
        var report = Samples.Yeji2020 with
        {
            ReviewAndLitigation = Samples.Yeji2020.ReviewAndLitigation with { AdministrativeReview = default },
            ProactiveDisclosure = ((ProactiveDisclosure2019)Samples.Yeji2020.ProactiveDisclosure) with
            {
                Article20Item9 = new() { CentralizedProcurement = new(null, null) },
            },
        };
        var html = XElement.Parse(ReportRenderer.ToHtml(report));
        Assert.Equal(5 + 2, html.Descendants("td").Count(td => td.Value.Length == 0));
        Assert.Contains("| 政府集中采购 |  |  |", ReportRenderer.ToMarkdown(report), StringComparison.Ordinal);
        Assert.Contains("\n\n政府集中采购\n\n—\n\n—\n\n", ReportRenderer.ToText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Money_renders_with_its_printed_unit()
    {
        var report = Samples.Yeji2020 with { ProactiveDisclosure = ProactiveDisclosureTests.Build2019() };
        Assert.Contains("<td>73802895.90元</td>", ReportRenderer.ToHtml(report), StringComparison.Ordinal);
        Assert.Contains("| 政府集中采购 | 395 | 73802895.90元 |", ReportRenderer.ToMarkdown(report), StringComparison.Ordinal);
        Assert.Contains("\n\n-18\n\n", ReportRenderer.ToText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_rejects_null_and_a_report_whose_tables_disagree_with_its_edition()
    {
        Assert.Throws<ArgumentNullException>("report", () => ReportRenderer.ToMarkdown(null!));
        var mixed = Samples.Yeji2020 with { Metadata = Samples.Yeji2020.Metadata with { Edition = FormatEdition.Edition2021 } };
        Assert.Throws<ArgumentException>("report", () => ReportRenderer.ToHtml(mixed));
    }

    private static int ReportCellsCount(DisclosureReport report) => DisclosureModel.Analysis.ReportCells.GetCellCount(report.Edition);

    /// <summary>Computes the width of each row of an HTML table, counting cells spanned down from rows above.</summary>
    private static List<int> GridWidths(XElement table)
    {
        var widths = new List<int>();
        var carried = new List<(int Rows, int Columns)>();
        foreach (var tr in table.Descendants("tr"))
        {
            var width = carried.Sum(c => c.Columns);
            carried = [.. carried.Select(c => (c.Rows - 1, c.Columns)).Where(c => c.Item1 > 0)];
            foreach (var cell in tr.Elements())
            {
                var colspan = int.Parse((string?)cell.Attribute("colspan") ?? "1", CultureInfo.InvariantCulture);
                var rowspan = int.Parse((string?)cell.Attribute("rowspan") ?? "1", CultureInfo.InvariantCulture);
                width += colspan;
                if (rowspan > 1)
                {
                    carried.Add((rowspan - 1, colspan));
                }
            }

            widths.Add(width);
        }

        return widths;
    }
}

[Collection(nameof(ProcessWideState))]
public class ReportRendererCultureTests
{
    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var expected = Render();
            foreach (var name in new[] { "de-DE", "ar-SA", "zh-CN", "fr-FR" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(name);
                Assert.Equal(expected, Render());
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        static string Render() => string.Concat(Samples.All.Select(s =>
            ReportRenderer.ToMarkdown(s) + ReportRenderer.ToHtml(s) + ReportRenderer.ToText(s) + DisclosureModel.Csv.ReportCsv.Format(s)));
    }
}
