using System.Text.RegularExpressions;

namespace DisclosureModel.Import;

/// <summary>Where a metadata rule looks.</summary>
internal enum MetadataScope
{
    /// <summary>Each line before Section 一 (titles).</summary>
    TitleLine,

    /// <summary>The sentences of the lead: the text before Section 一 and the first two sentences of Section 一.</summary>
    Lead,

    /// <summary>Every sentence of the page outside the statutory tables.</summary>
    Page,
}

/// <summary>
/// One rule that reads the agency name and/or the report year from a line or sentence of the page, with an example
/// the tests run and docs/import.md shows. Groups: <c>agency</c>, <c>year</c>; the statistics period rule has
/// <c>y1</c>, <c>m1</c>, <c>d1</c>, <c>y2</c>, <c>m2</c>, <c>d2</c> instead of <c>year</c>.
/// </summary>
/// <param name="Id">A stable name, e.g. <c>compiledBy</c>.</param>
/// <param name="Source">The source the log names for a value this rule reads.</param>
/// <param name="Scope">Where the rule looks.</param>
/// <param name="Pattern">The pattern.</param>
/// <param name="Example">A line or sentence the rule reads.</param>
/// <param name="Agency">The agency name the example gives, or null.</param>
/// <param name="Year">The report year the example gives, or null.</param>
internal sealed record MetadataRule(string Id, MetadataSource Source, MetadataScope Scope, Regex Pattern, string Example, string? Agency, int? Year);

/// <summary>
/// The rules that find the agency name and the report year on a page, as data (docs/import.md, "Metadata: where each
/// value comes from"): the title rules, the body rules, the agency suffixes a name read from a sentence must end
/// with, and the words that never start a name.
/// </summary>
/// <remarks>
/// Patterns are written with placeholders: <c>{title}</c> an agency name as a title prints it (no punctuation, no
/// white space), <c>{agency}</c> an agency name in a sentence (ideographs, letters and digits ending in one of
/// <see cref="AgencySuffixes"/>), <c>{year}</c> a year of four half- or full-width digits followed by 年 or 年度
/// (white space allowed before 年), <c>{report}</c> 政府信息公开(工作)年度报告 and <c>{end}</c> the end of a title
/// (end of line, white space, or a site-name separator such as <c>_</c>).
/// </remarks>
internal static class MetadataRules
{
    /// <summary>
    /// Gets the endings of a whole agency name read from a sentence, longest first. A name read from a sentence must
    /// end with one of them; titles are not held to them.
    /// </summary>
    internal static IReadOnlyList<string> AgencySuffixes { get; } =
    [
        "管理委员会", "人民政府", "委员会", "管委会", "办公厅", "办公室", "实验区", "开发区", "示范区", "高新区", "合作区",
        "中心", "新区", "园区", "政府", "局", "厅", "委", "办", "院", "署", "所", "站", "队", "处", "馆", "社", "会", "部",
    ];

    /// <summary>
    /// Gets the words that begin sentences and never start an agency name, in a title or a sentence: a candidate that
    /// starts with one of them is a fragment of a sentence (<c>现将XX县人民政府</c>) and is not taken.
    /// </summary>
    internal static IReadOnlyList<string> SentenceStarts { get; } =
        ["现将", "根据", "按照", "依据", "依照", "遵照", "结合", "关于", "通过", "经过", "编制", "汇总"];

    /// <summary>
    /// Gets the further words that never start a whole agency name read from a sentence (titles may start with them:
    /// 本溪市…): single characters that begin sentences, and the short forms of a name (<c>区政府</c>).
    /// </summary>
    internal static IReadOnlyList<string> ForbiddenStarts { get; } =
    [
        .. SentenceStarts, "为", "本", "我", "各", "该", "此", "其",
        "省政府", "市政府", "县政府", "区政府", "镇政府", "乡政府", "省委", "市委", "县委", "区委",
    ];

    private const string Digit = "[0-9０-９]";

    private static readonly Dictionary<string, string> Placeholders = new(StringComparer.Ordinal)
    {
        ["{title}"] = @"(?<agency>[^\s，。；;：:,、_|｜>《》<（）()“”""'‘’\[\]【】]{2,60}?)",
        ["{agency}"] = @"(?<agency>[\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{1,40}?(?:" + string.Join('|', AgencySuffixes) + "))",
        ["{year}"] = "(?<year>" + Digit + @"{4})\s*年度?",
        ["{report}"] = "政府信息公开(?:工作)?年度报告",
        ["{end}"] = @"(?=$|\s|[_|｜\-—–])",
        ["{titleLabel}"] = @"(?:标题\s*[:：]\s*)?",
    };

    /// <summary>Gets the rules that read a title from one line before Section 一, in order.</summary>
    internal static IReadOnlyList<MetadataRule> TitleRules { get; } =
    [
        Rule("title", MetadataSource.Title, MetadataScope.TitleLine, "^{titleLabel}{title}{year}{report}{end}",
            "XX区人民政府2023年度政府信息公开工作年度报告", "XX区人民政府", 2023),
        Rule("titleYearFirst", MetadataSource.Title, MetadataScope.TitleLine, "^{titleLabel}{year}{title}(?<!人民){report}{end}",
            "2019年XX市人民政府办公厅政府信息公开工作年度报告", "XX市人民政府办公厅", 2019),
    ];

    /// <summary>Gets the rule for the first line of a title broken over two lines: the whole line is the agency name.</summary>
    internal static MetadataRule TitleNameLine { get; } = Rule("titleOverLines", MetadataSource.TitleOverLines, MetadataScope.TitleLine,
        @"^{titleLabel}{title}\s*$", "XX区人民政府", "XX区人民政府", null);

    /// <summary>Gets the rule for the second line of a title broken over two lines: the year and the report's name, nothing else.</summary>
    internal static MetadataRule TitleYearLine { get; } = Rule("titleOverLinesYear", MetadataSource.TitleOverLines, MetadataScope.TitleLine,
        @"^\s*{year}{report}\s*$", "2023 年政府信息公开工作年度报告", null, 2023);

    /// <summary>
    /// Gets the statistics period rule: a sentence with 统计 stating a period of one whole calendar year, e.g.
    /// <c>统计期限自2024年1月1日起至2024年12月31日止</c>. A period of any other length gives no year.
    /// </summary>
    internal static MetadataRule StatisticsPeriod { get; } = Rule("statisticsPeriod", MetadataSource.StatisticsPeriod, MetadataScope.Page,
        "统计[^。；;！？!?]{0,20}?(?<y1>" + Digit + "{4})年(?<m1>" + Digit + "{1,2})月(?<d1>" + Digit + "{1,2})日起?\\s*(?:至|到|—|-|~)\\s*(?<y2>" + Digit + "{4})年(?<m2>" + Digit + "{1,2})月(?<d2>" + Digit + "{1,2})日",
        "本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。", null, 2024);

    /// <summary>Gets the rules that read the agency name or the year from a sentence, in order of precedence.</summary>
    internal static IReadOnlyList<MetadataRule> SentenceRules { get; } =
    [
        Rule("compiledBy", MetadataSource.BodySentence, MetadataScope.Page, "本(?:年度)?报告由{agency}(?:负责|组织)?(?:编制|编写|发布)",
            "本报告由XX县人民政府办公室编制。", "XX县人民政府办公室", null),
        Rule("publishedAsFollows", MetadataSource.BodySentence, MetadataScope.Lead, "现将{agency}?{year}{report}",
            "现将XX县人民政府2023年政府信息公开工作年度报告公布如下。", "XX县人民政府", 2023),
        Rule("reportAsFollows", MetadataSource.BodySentence, MetadataScope.Lead, "现将{year}[^。；;]{0,40}?报告",
            "现将2023年度政府信息公开工作情况报告如下。", null, 2023),
        Rule("compileReport", MetadataSource.BodySentence, MetadataScope.Lead, "编制(?:了|完成)?{year}{agency}?{report}",
            "结合上级要求，编制2020年度六安市叶集区融媒体中心政府信息公开年度报告。", "六安市叶集区融媒体中心", 2020),
        Rule("compiledThisReport", MetadataSource.BodySentence, MetadataScope.Lead, "[，,]\\s*{agency}(?:组织)?编制(?:了|完成了|完成)?本(?:年度)?报告",
            "根据《条例》要求，XX市生态环境局编制了本报告。", "XX市生态环境局", null),
        Rule("hereinafter", MetadataSource.BodySentence, MetadataScope.Lead, "(?:^|[，,])\\s*{agency}[（(]以下简称",
            "XX市人民政府办公室（以下简称市政府办）认真贯彻《条例》。", "XX市人民政府办公室", null),
        Rule("yearOpening", MetadataSource.BodySentence, MetadataScope.Lead, "^\\s*{year}(?:以来)?[，,]",
            "2023年，XX区坚持以习近平新时代中国特色社会主义思想为指导。", null, 2023),
    ];

    /// <summary>Gets every rule, for the tests and the documentation.</summary>
    internal static IEnumerable<MetadataRule> All => [.. TitleRules, TitleNameLine, TitleYearLine, StatisticsPeriod, .. SentenceRules];

    /// <summary>
    /// Reads one sentence with one sentence rule: every match, with the whole agency name it gives (null when the rule
    /// has none or the name is a fragment) and the year.
    /// </summary>
    internal static IEnumerable<(Group? Agency, Group? Year)> Read(MetadataRule rule, string sentence)
    {
        foreach (Match m in rule.Pattern.Matches(sentence))
        {
            var agency = m.Groups["agency"];
            var year = m.Groups["year"];
            yield return (agency.Success && IsWholeAgencyName(agency.Value) ? agency : null, year.Success ? year : null);
        }
    }

    /// <summary>Gets whether a name read from a sentence is a whole agency name: it ends in an agency suffix and starts with no forbidden word.</summary>
    internal static bool IsWholeAgencyName(string name) =>
        AgencySuffixes.Any(s => name.Length > s.Length && name.EndsWith(s, StringComparison.Ordinal)) && IsNameStart(name);

    /// <summary>Gets whether a name read from a sentence starts with none of <see cref="ForbiddenStarts"/>.</summary>
    internal static bool IsNameStart(string name) => !ForbiddenStarts.Any(w => name.StartsWith(w, StringComparison.Ordinal));

    /// <summary>Gets whether a name read from a title starts with none of <see cref="SentenceStarts"/>.</summary>
    internal static bool IsTitleNameStart(string name) => !SentenceStarts.Any(w => name.StartsWith(w, StringComparison.Ordinal));

    /// <summary>
    /// Gets the length of a title at the start of a paragraph (when the title and the first sentence share a line), or
    /// 0 when the paragraph does not start with a title.
    /// </summary>
    internal static int LeadingTitleLength(string paragraph)
    {
        foreach (var rule in TitleRules)
        {
            var m = rule.Pattern.Match(paragraph);
            if (m.Success && IsTitleNameStart(m.Groups["agency"].Value))
            {
                return m.Length;
            }
        }

        return 0;
    }

    private static MetadataRule Rule(string id, MetadataSource source, MetadataScope scope, string template, string example, string? agency, int? year)
    {
        var pattern = template;
        foreach (var (name, value) in Placeholders)
        {
            pattern = pattern.Replace(name, value, StringComparison.Ordinal);
        }

        return new MetadataRule(id, source, scope, new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture), example, agency, year);
    }
}
