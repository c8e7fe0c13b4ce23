using FluentValidation;

namespace DisclosureModel.Rendering;

/// <summary>
/// How the HTML outputs (the findings page and the dashboard) mark a severity: one symbol and one name per severity, so
/// that colour is never the only marker and the two pages say the same thing the same way.
/// </summary>
internal static class SeverityMarks
{
    /// <summary>Gets the symbol of a severity: ✖ error, ⚠ warning, ℹ information.</summary>
    public static string Symbol(Severity severity) => severity switch
    {
        Severity.Error => "✖",
        Severity.Warning => "⚠",
        _ => "ℹ",
    };

    /// <summary>Gets the name of a severity in Chinese (错误, 警告, 提示) or English (Error, Warning, Info).</summary>
    public static string Name(Severity severity, bool chinese) => severity switch
    {
        Severity.Error => chinese ? "错误" : "Error",
        Severity.Warning => chinese ? "警告" : "Warning",
        _ => chinese ? "提示" : "Info",
    };

    /// <summary>Gets the CSS name of a severity: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string CssName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
