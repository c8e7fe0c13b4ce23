using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DisclosureModel.Import;
using DisclosureModel.Rendering;
using DisclosureModel.Tests.Import.Conformance;

namespace DisclosureModel.Html.Tests;

/// <summary>
/// The HTML front end (<see cref="HtmlReportImporter.Import(string, ImportOptions?)"/>) on a page built from the
/// model: <see cref="ReportRenderer.ToHtml(DisclosureReport)"/> (the statutory tables with their merged headers) inside
/// portal page chrome (title, navigation, scripts, a footer), with the title, metadata lines and Sections 一, 五 and
/// 六 as paragraphs, as <see cref="ReportRenderer.ToText"/> words them. Edits are made on the DOM, as a page
/// would differ: a missing <c>tr</c> hands its row-spanning header cells to the next row.
/// </summary>
public sealed class HtmlFrontEndConformanceTests : FrontEndConformanceTests
{
    private static readonly HtmlParser Parser = new();

    protected override string FrontEnd => "HTML";

    protected override string Render(DisclosureReport report)
    {
        var text = ReportRenderer.ToText(report);
        var paragraphs = text[..^1].Split("\n\n");
        var tablesStart = Array.IndexOf(paragraphs, ProactiveDisclosureLayout.Title.Chinese);
        var tablesEnd = Array.IndexOf(paragraphs, ReportSectionsLayout.ProblemsAndImprovementsTitle.Chinese);
        var title = WebUtility.HtmlEncode(paragraphs[0]);
        var page = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(title).Append("</title>\n")
            .Append("<style>body { font-size: 14px; }</style>\n<script>var section = \"一、总体情况\"; var n = 12345;</script>\n</head>\n<body>\n")
            .Append("<div class=\"header\"><a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政府信息公开</a> &gt; <span>年度报告</span></div>\n")
            .Append("<div class=\"article\">\n<h1>").Append(title).Append("</h1>\n");
        foreach (var p in paragraphs[1..tablesStart])
        {
            page.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>\n");
        }

        page.Append(ReportRenderer.ToHtml(report));
        foreach (var p in paragraphs[tablesEnd..])
        {
            page.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>\n");
        }

        return page.Append("</div>\n<div class=\"footer\"><p>主办单位：本机关办公室 网站标识码：3501000001</p><p>闽ICP备05000000号</p></div>\n</body>\n</html>\n").ToString();
    }

    protected override ImportResult Import(string input, ImportOptions options) => HtmlReportImporter.Import(input, options);

    protected override IReadOnlyList<SourceCell> ExtractCells(string input)
    {
        using var document = Parser.ParseDocument(input);
        return HtmlReportImporter.ExtractCells(document);
    }

    protected override string RemoveRow(string input, string rowLabel) => Edit(input, document =>
    {
        var row = Row(document, rowLabel);

        // Header cells that span this row and the next ones move down, one row shorter.
        var spanning = row.Children.Where(c => c.LocalName == "th" && Span(c) > 1).ToList();
        if (spanning.Count > 0 && row.NextElementSibling is { } next)
        {
            foreach (var th in Enumerable.Reverse(spanning))
            {
                th.SetAttribute("rowspan", (Span(th) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                next.Prepend(th);
            }
        }

        row.Remove();
    });

    protected override string SwapRows(string input, string firstLabel, string secondLabel) => Edit(input, document =>
    {
        var first = Row(document, firstLabel);
        var second = Row(document, secondLabel);
        var a = document.CreateComment("a");
        var b = document.CreateComment("b");
        first.Replace(a);
        second.Replace(b);
        a.Replace(second);
        b.Replace(first);
    });

    protected override string InsertBeforeRow(string input, string rowLabel, string text) => Edit(input, document =>
    {
        var row = Row(document, rowLabel);
        var inserted = document.CreateElement("tr");
        var cell = document.CreateElement("td");
        cell.SetAttribute("colspan", "10");
        cell.TextContent = text;
        inserted.AppendChild(cell);
        row.Before(inserted);
    });

    protected override string RemoveLastCell(string input, string rowLabel) => Edit(input, document =>
        Row(document, rowLabel).Children.Last(c => c.LocalName == "td").Remove());

    protected override string MapTableCells(string input, Func<string, bool, string> map) => Edit(input, document =>
    {
        foreach (var cell in document.QuerySelectorAll($"div.{ReportRenderer.HtmlClass} th, div.{ReportRenderer.HtmlClass} td"))
        {
            cell.TextContent = map(cell.TextContent, cell.LocalName == "td");
        }
    });

    protected override void AssertPath(SourceLocation location)
    {
        Assert.NotNull(location.Element);
        Assert.Equal(location.Element, location.Path);
        Assert.Matches(@"^(table\[[1-9][0-9]*\]/tr\[[1-9][0-9]*\]/t[dh]\[[1-9][0-9]*\]|[#a-z0-9]+\[[1-9][0-9]*\])$", location.Path);
    }

    private static string Edit(string input, Action<IDocument> edit)
    {
        using var document = Parser.ParseDocument(input);
        edit(document);
        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml;
    }

    private static IElement Row(IDocument document, string label) =>
        document.QuerySelectorAll("tr").Single(tr => tr.Children.Any(c => c.LocalName == "th" && c.TextContent == label));

    private static int Span(IElement cell) =>
        int.TryParse(cell.GetAttribute("rowspan"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var span) ? span : 1;
}
