using AngleSharp.Html.Parser;
using DisclosureModel.Rendering;
using DisclosureModel.TestSupport;

namespace DisclosureModel.Browser.Tests;

/// <summary>The tables the HTML renderer writes, loaded in a real browser (headless Chromium).</summary>
public sealed class RenderedTablesInChromiumTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("browser-tests-");

    public static TheoryData<string> Samples => new() { nameof(DisclosureModel.Samples.Yeji2020), nameof(DisclosureModel.Samples.Pingtan2022) };

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_browser_reads_every_cell_of_the_rendered_tables_in_print_order(string sample)
    {
        var report = sample == nameof(DisclosureModel.Samples.Yeji2020) ? DisclosureModel.Samples.Yeji2020 : DisclosureModel.Samples.Pingtan2022;
        var path = Path.Combine(folder.FullName, sample + ".html");
        File.WriteAllText(path, "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>tables</title></head><body>\n" + ReportRenderer.ToHtml(report) + "</body></html>\n");

        var page = HeadlessChromium.Load(path);

        Assert.Empty(page.ConsoleMessages);
        var dom = new HtmlParser().ParseDocument(page.Dom);
        var dataCells = dom.QuerySelectorAll("div.disclosure-tables td").Select(td => td.TextContent.Trim()).Where(text => text.Length == 0 || text == ReportRenderer.TextBlankCell || char.IsAsciiDigit(text[0])).ToList();
        var expected = CellCatalog.For(report).Read(report).Select(value => value.IsBlank ? null : value.ToString()).ToList();
        Assert.Equal(expected.Count, dataCells.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i] is { } text)
            {
                Assert.Equal(text, dataCells[i]);
            }
        }
    }

    [Fact]
    public void A_console_message_of_the_page_is_seen()
    {
        var path = Path.Combine(folder.FullName, "console.html");
        File.WriteAllText(path, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>c</title></head><body><script>console.error('broken ' + (6 * 7));</script></body></html>");

        var page = HeadlessChromium.Load(path);

        Assert.Equal(["broken 42"], page.ConsoleMessages);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
