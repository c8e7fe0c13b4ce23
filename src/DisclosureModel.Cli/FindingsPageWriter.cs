using System.Globalization;
using System.Net;
using DisclosureModel.Import;
using DisclosureModel.Rendering;
using DisclosureModel.Validation;

namespace DisclosureModel.Cli;

/// <summary>
/// Writes one report's findings page for <c>disclosure report DIR|NDJSON</c>: the statutory tables as
/// <see cref="ReportRenderer.ToHtml(DisclosureReport)"/> renders them, then the findings and the import diagnostics.
/// A stand-in with a simple body: the library's findings page (issue 19, point 1) replaces it.
/// </summary>
internal static class FindingsPageWriter
{
    public static void Write(TextWriter writer, DisclosureReport report, IReadOnlyList<RuleViolation> findings, IReadOnlyList<ImportDiagnostic> diagnostics, ValidationLanguage language)
    {
        var zh = language.Resolve() == ValidationLanguage.Chinese;
        string T(string chinese, string english) => zh ? chinese : english;
        static string H(string text) => WebUtility.HtmlEncode(text);
        var m = report.Metadata;
        var title = string.Create(CultureInfo.InvariantCulture, $"{m.AgencyName} {m.ReportYear}");
        writer.Write($"<!DOCTYPE html>\n<html lang=\"{(zh ? "zh-CN" : "en")}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{H(title)}</title>\n</head>\n<body>\n");
        writer.Write($"<h1>{H(title)}</h1>\n");
        writer.Write(ReportRenderer.ToHtml(report));
        writer.Write($"<h2>{H(T("问题", "Findings"))}</h2>\n<ol class=\"findings\">\n");
        foreach (var f in findings)
        {
            writer.Write($"<li data-code=\"{H(f.Code)}\">{H(f.Code)} {H(f.Severity.ToString())} <code>{H(f.PropertyPath)}</code>: {H(f.GetMessage(language))}</li>\n");
        }

        writer.Write("</ol>\n");
        if (diagnostics.Count > 0)
        {
            writer.Write($"<h2>{H(T("导入记录", "Import log"))}</h2>\n<ul class=\"import\">\n");
            foreach (var d in diagnostics)
            {
                writer.Write($"<li>{H(d.Severity.ToString())}: {H(d.GetMessage(language))}</li>\n");
            }

            writer.Write("</ul>\n");
        }

        writer.Write("</body>\n</html>\n");
    }
}
