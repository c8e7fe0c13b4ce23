using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;

namespace DisclosureModel.Import;

/// <summary>
/// Reads what is not a table: the page metadata (title, publication time, source link, statistics period, download
/// location, contact) and the narrative sections (一 overview, 五, 六, the preamble), keeping the page's paragraphs.
/// </summary>
internal sealed partial class PageTextReader(ImportContext context)
{
    private const string SentenceEnd = "。！？!?；;";

    [GeneratedRegex(@"(?<y>[0-9]{4})[-/.](?<mo>[0-9]{1,2})[-/.](?<d>[0-9]{1,2})\s+(?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2}))?", RegexOptions.CultureInvariant)]
    internal static partial Regex PublishedPattern();

    [GeneratedRegex(@"原文链接\s*[:：]\s*(?<v>https?://[^\s""'<>]+)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"(?<y1>[0-9０-９]{4})年(?<m1>[0-9０-９]{1,2})月(?<d1>[0-9０-９]{1,2})日起?\s*(?:至|到|—|-|~)\s*(?<y2>[0-9０-９]{4})年(?<m2>[0-9０-９]{1,2})月(?<d2>[0-9０-９]{1,2})日", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"电子版可?在(?<v>[^。；;]+?)中?下载", RegexOptions.CultureInvariant)]
    internal static partial Regex DownloadPattern();

    [GeneratedRegex(@"请与(?<v>[^，,。；;（(：:]+?)联系", RegexOptions.CultureInvariant)]
    private static partial Regex OfficePattern();

    [GeneratedRegex(@"地址\s*[:：]\s*(?<v>[^，,；;）)。\s]+)", RegexOptions.CultureInvariant)]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"邮编\s*[:：]\s*(?<v>[0-9]{6})", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"电话(?:/传真)?\s*[:：]\s*(?<v>[0-9][0-9\-－]{4,}[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex TelephonePattern();

    [GeneratedRegex(@"电子邮箱\s*[:：]\s*(?<v>[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]*[A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<!应)主动公开(?:政府)?信息(?:共)?(?<v>[0-9]{1,9})条", RegexOptions.CultureInvariant)]
    private static partial Regex DisclosedCountPattern();

    internal static int? ParseInt(string digits)
    {
        var ascii = new string([.. digits.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c)]);
        return int.TryParse(ascii, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    internal static LocalDateTime? ParseDateTime(Match m)
    {
        try
        {
            return new LocalDateTime(
                ParseInt(m.Groups["y"].Value) ?? 0,
                ParseInt(m.Groups["mo"].Value) ?? 0,
                ParseInt(m.Groups["d"].Value) ?? 0,
                ParseInt(m.Groups["h"].Value) ?? 0,
                ParseInt(m.Groups["mi"].Value) ?? 0,
                m.Groups["s"].Success ? ParseInt(m.Groups["s"].Value) ?? 0 : 0);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    internal Uri? PageUrl(int before)
    {
        var m = UrlPattern().Match(context.Joined);
        return m.Success && m.Index < before && Uri.TryCreate(m.Groups["v"].Value, UriKind.Absolute, out var uri) ? uri : null;
    }

    internal static string? Capture(Regex pattern, string text)
    {
        var m = pattern.Match(text);
        return m.Success ? m.Groups["v"].Value.Trim() : null;
    }

    /// <summary>Gets the statistics period the preamble states, or null when it states none (or an impossible one).</summary>
    internal static DateInterval? StatedPeriod(string preamble)
    {
        var m = PeriodPattern().Match(preamble);
        if (m.Success)
        {
            try
            {
                var start = new LocalDate(ParseInt(m.Groups["y1"].Value) ?? 0, ParseInt(m.Groups["m1"].Value) ?? 0, ParseInt(m.Groups["d1"].Value) ?? 0);
                var end = new LocalDate(ParseInt(m.Groups["y2"].Value) ?? 0, ParseInt(m.Groups["m2"].Value) ?? 0, ParseInt(m.Groups["d2"].Value) ?? 0);
                if (start <= end)
                {
                    return new DateInterval(start, end);
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                // An impossible date: no period stated.
            }
        }

        return null;
    }

    /// <summary>
    /// Reads everything of the page a report needs besides its tables, agency name and year: the preamble (from
    /// <paramref name="preambleStart"/> to Section 一), the narrative sections, the stated statistics period, source,
    /// download location and contact. When <paramref name="year"/> is known and the page states no period, the
    /// assumed calendar year is logged.
    /// </summary>
    internal PageContent Content(int preambleStart, int firstHeading, (int Start, int End)?[] regions, int? year, LocalDateTime? publishedAt)
    {
        var options = context.Options;
        var preamble = Preamble(preambleStart, firstHeading);
        var period = StatedPeriod(preamble);
        var overview = Overview(regions[0]);
        var problems = regions[4] is { } five ? Narrative(five.Start, five.End) : string.Empty;
        if (period is null && year is not null)
        {
            context.Add(ImportDiagnosticCode.MetadataAssumed, ImportSeverity.Info, -1, ImportMessages.StatisticsPeriodAssumed.With(), "Metadata.StatisticsPeriod");
        }

        return new PageContent
        {
            Preamble = preamble,
            Overview = overview,
            ProblemsAndImprovements = problems,
            OtherMatters = regions[5] is { } six ? OtherMatters(six.Start, six.End) : string.Empty,
            StatedPeriod = period,
            AgencyKind = options.AgencyKind,
            PublishedAt = publishedAt,
            SourceUrl = options.SourceUrl ?? PageUrl(context.JoinedOffset(firstHeading)),
            DownloadLocation = Capture(DownloadPattern(), preamble),
            Contact = Contact(preamble),
        };
    }

    internal static ContactInfo? Contact(string preamble)
    {
        var contact = new ContactInfo
        {
            Office = Capture(OfficePattern(), preamble),
            Address = Capture(AddressPattern(), preamble),
            Postcode = Capture(PostcodePattern(), preamble),
            Telephone = Capture(TelephonePattern(), preamble),
            Email = Capture(EmailPattern(), preamble),
        };
        return contact == new ContactInfo() ? null : contact;
    }

    // ---------------------------------------------------------------- narrative

    /// <summary>
    /// The original text of atoms [start, end) as paragraphs: one per cell (line or element), further split at line
    /// breaks inside a cell and where white space follows a sentence end (flattened pages lose their paragraph breaks there). Paragraphs are trimmed;
    /// other runs of white space become one space.
    /// </summary>
    private List<(string Text, int Start, int End)> Paragraphs(int start, int end)
    {
        var result = new List<(string, int, int)>();
        if (start >= end || start >= context.Stream.Length)
        {
            return result;
        }

        end = Math.Min(end, context.Stream.Length);
        var b = new StringBuilder();
        var paragraphStart = start;
        var last = start;
        for (var a = start; a < end; a++)
        {
            if (context.Stream.Chars[a] == AtomStream.BlankCell)
            {
                continue;
            }

            if (a > start && b.Length > 0)
            {
                var newCell = context.Stream.CellOf(a) != context.Stream.CellOf(last);
                var gapStart = context.Stream.OffsetOf(last) + context.Stream.SourceLengthOf(last);
                var gap = newCell || context.Stream.OffsetOf(a) > gapStart;
                var lineBreak = !newCell && gap && context.Stream.Cells[context.Stream.CellOf(a)].Text.AsSpan(gapStart, context.Stream.OffsetOf(a) - gapStart).IndexOfAny('\n', '\r') >= 0;
                if (newCell || lineBreak || (gap && SentenceEnd.Contains(b[^1], StringComparison.Ordinal)))
                {
                    result.Add((b.ToString(), paragraphStart, last + 1));
                    b.Clear();
                    paragraphStart = a;
                }
                else if (gap)
                {
                    b.Append(' ');
                }
            }

            var cell = context.Stream.Cells[context.Stream.CellOf(a)].Text;
            b.Append(cell, context.Stream.OffsetOf(a), context.Stream.SourceLengthOf(a));
            last = a;
        }

        if (b.Length > 0)
        {
            result.Add((b.ToString(), paragraphStart, last + 1));
        }

        return result;
    }

    internal string Narrative(int start, int end) => string.Join('\n', Paragraphs(start, end).Select(p => p.Text));

    internal string Preamble(int start, int end)
    {
        var kept = new List<string>();
        foreach (var (text, atom, _) in Paragraphs(start, end))
        {
            var paragraph = text[MetadataRules.LeadingTitleLength(text)..].TrimStart();
            if (paragraph.Length == 0)
            {
                continue;
            }

            if (SentenceEnd.Contains(paragraph[^1], StringComparison.Ordinal))
            {
                kept.Add(paragraph);
            }
            else
            {
                context.Add(ImportDiagnosticCode.PageChromeSkipped, ImportSeverity.Info, atom, ImportMessages.PreambleLineSkipped.With(), seen: ImportContext.Shorten(paragraph));
            }
        }

        return string.Join('\n', kept);
    }

    internal string OtherMatters(int start, int end)
    {
        var paragraphs = Paragraphs(start, end);
        var kept = new List<string>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Text;
            if (i > 0 && !SentenceEnd.Contains(text[^1], StringComparison.Ordinal))
            {
                context.Add(ImportDiagnosticCode.PageChromeSkipped, ImportSeverity.Info, paragraphs[i].Start,
                    ImportMessages.TrailingTextSkipped.With(("count", paragraphs.Count - i)), seen: ImportContext.Shorten(text));
                break;
            }

            kept.Add(text);
        }

        return string.Join('\n', kept);
    }

    internal OverviewSection Overview((int Start, int End)? region)
    {
        if (region is not { } r)
        {
            return new OverviewSection();
        }

        const string numerals = "一二三四五六七八九十";
        var chars = context.Stream.Chars;
        var markers = new List<int>();
        var from = r.Start;
        for (var n = 0; n < numerals.Length; n++)
        {
            var at = chars.IndexOf("(" + numerals[n] + ")", from, r.End - from, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            markers.Add(at);
            from = at + 3;
        }

        var parts = new List<OverviewPart>();
        for (var i = 0; i < markers.Count; i++)
        {
            var start = markers[i];
            var next = i + 1 < markers.Count ? markers[i + 1] : r.End;
            var headingEnd = start + 3;
            for (var a = start + 3; a < Math.Min(next, start + 40); a++)
            {
                if (context.Stream.BoundaryBefore(a))
                {
                    headingEnd = a;
                    break;
                }

                if (chars[a] == '。')
                {
                    headingEnd = a + 1;
                    break;
                }
            }

            parts.Add(new OverviewPart(Narrative(start, headingEnd), Narrative(headingEnd, next)));
        }

        var introduction = Narrative(r.Start, markers.Count > 0 ? markers[0] : r.End);
        var count = DisclosedCountPattern().Match(chars, r.Start, r.End - r.Start);
        return new OverviewSection
        {
            Introduction = introduction,
            Parts = ValueList.CreateRange(parts),
            ProactivelyDisclosedCount = count.Success ? ParseInt(count.Groups["v"].Value) : null,
        };
    }
}
