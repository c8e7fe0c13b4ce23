using DisclosureModel.Import;

namespace DisclosureModel.Html.Tests;

/// <summary>
/// Issue 16, defect 8: a page nested deeper than the importer's limit (500 levels) is refused before it is parsed,
/// since the parser's cost grows with the square of the depth (177 000 nested divs ran for minutes). Pages are made
/// from the real yeji-2020 page by wrapping or prefixing it mechanically.
/// </summary>
public class HtmlNestingTests
{
    private static readonly string Page = TestData.Read("html/yeji-2020.html");

    private static string Repeat(string tag, int count) => string.Concat(Enumerable.Repeat(tag, count));

    [Fact]
    public void A_page_nested_deeper_than_the_limit_is_refused_with_the_place_and_the_limit()
    {
        // 20 000 levels: 2.7 s of parsing on an idle machine before the limit, quadratic beyond (this test failed
        // before the limit: no error, and a run time in seconds).
        var result = HtmlReportImporter.Import(Repeat("<div>", 20_000) + Page);

        Assert.Null(result.Report);
        var error = Assert.Single(result.Log.Diagnostics);
        Assert.Equal(ImportDiagnosticCode.DocumentLimitExceeded, error.Code);
        Assert.Equal(ImportSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(1, (500 * "<div>".Length) + 1), error.Location);
        Assert.Contains("500", error.Message.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("deeper than the limit", error.Message, StringComparison.Ordinal);
        Assert.Equal("import.htmlTooDeep", error.MessageId);
        Assert.Contains("嵌套", error.ChineseMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Div_elements_written_as_self_closing_count_as_the_parser_opens_them()
    {
        var result = HtmlReportImporter.Import(Repeat("<div/>", 20_000) + Page);

        Assert.Equal(ImportDiagnosticCode.DocumentLimitExceeded, Assert.Single(result.Log.Diagnostics).Code);
    }

    [Fact]
    public void A_page_whose_body_is_wrapped_in_480_levels_imports_as_the_page_alone()
    {
        var plain = HtmlReportImporter.Import(Page);
        var bodyStart = Page.IndexOf('>', Page.IndexOf("<body", StringComparison.Ordinal)) + 1;
        var bodyEnd = Page.IndexOf("</body>", StringComparison.Ordinal);
        var wrapped = HtmlReportImporter.Import(Page[..bodyStart] + Repeat("<div>", 480) + Page[bodyStart..bodyEnd] + Repeat("</div>", 480) + Page[bodyEnd..]);

        Assert.NotNull(plain.Report);
        Assert.Equal(plain.Report, wrapped.Report);
    }

    [Fact]
    public void Unclosed_paragraphs_void_elements_comments_and_script_text_do_not_count()
    {
        var prefix = Repeat("<p>x", 5_000) + Repeat("<br><img src=a.png>", 5_000) + "<!--" + Repeat("<div>", 5_000) + "-->"
            + "<script>var s = '" + Repeat("<div>", 5_000) + "';</script>";
        var plain = HtmlReportImporter.Import(Page);
        var prefixed = HtmlReportImporter.Import(prefix + Page);

        Assert.DoesNotContain(prefixed.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.DocumentLimitExceeded);
        Assert.Equal(plain.Report, prefixed.Report);
    }
}
