using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace DisclosureModel.Import;

/// <summary>A value of metadata and where it came from.</summary>
internal readonly record struct Found<T>(T Value, MetadataOrigin Origin);

/// <summary>
/// The metadata of a page as <see cref="MetadataReader"/> found it, with the options applied: agency name, report
/// year and publication time (each with its origin), and where the preamble starts (after the title).
/// </summary>
internal sealed record PageMetadata(Found<string>? Agency, Found<int>? Year, Found<LocalDateTime>? PublishedAt, int PreambleStart)
{
    /// <summary>Gets the agency name the page shows (whatever the options say), or null.</summary>
    internal string? PageAgency { get; init; }

    /// <summary>Gets the report year the page shows (whatever the options say), or null.</summary>
    internal int? PageYear { get; init; }

    /// <summary>Gets the report year when it is known and in range, otherwise null.</summary>
    internal int? ValidYear => Year is { Value: var y } && y >= ReportYears.Minimum && y <= ReportYears.Maximum ? y : null;
}

/// <summary>
/// Reads the agency name, the report year and the publication time of a page (docs/import.md, "Metadata: where each
/// value comes from"): the options first, then the title (one line, or two), then the statistics period, then the
/// sentences of <see cref="MetadataRules"/>. A value is never invented: when sentences disagree none is taken.
/// </summary>
internal sealed class MetadataReader(ImportContext context, (int Start, int End)?[] regions, int firstHeading)
{
    /// <summary>How many sentences of Section 一 belong to the lead.</summary>
    private const int SectionOneLeadSentences = 2;

    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '；', ';', '\n'];

    /// <summary>Finds the metadata on the page and applies the options (without logging: see <see cref="Resolve"/>).</summary>
    internal PageMetadata Read()
    {
        var options = context.Options;
        var headingOffset = context.JoinedOffset(firstHeading);
        var title = FindTitle(headingOffset);
        var preambleStart = title is { } t ? context.AtomAtOrAfter(t.End) : 0;

        var agency = title?.Agency;
        var year = title?.Year;
        if (year is null && FindStatisticsPeriod() is { } period)
        {
            year = period;
        }

        if (agency is null || year is null)
        {
            var (sentenceAgency, sentenceYear) = FromSentences(title?.End ?? 0, headingOffset);
            agency ??= sentenceAgency;
            year ??= sentenceYear;
        }

        var published = PageTextReader.PublishedPattern().Match(context.Joined);
        Found<LocalDateTime>? pagePublished = published.Success && published.Index < headingOffset && PageTextReader.ParseDateTime(published) is { } p
            ? new(p, Origin(MetadataSource.PageHeader, published.Index))
            : null;

        return new PageMetadata(
            options.AgencyName is { } a ? new(a, new(MetadataSource.Options, SourceLocation.None)) : agency,
            options.ReportYear is { } y ? new(y, new(MetadataSource.Options, SourceLocation.None)) : year,
            options.PublishedAt is { } at ? new(at, new(MetadataSource.Options, SourceLocation.None)) : pagePublished,
            preambleStart)
        {
            PageAgency = agency?.Value,
            PageYear = year?.Value,
        };
    }

    /// <summary>
    /// Logs what the options supplied (with what the page shows) and what is missing; returns whether the report can
    /// be built (agency name and a year in range known).
    /// </summary>
    internal static bool Resolve(ImportContext context, PageMetadata metadata)
    {
        var options = context.Options;
        if (options.AgencyName is not null)
        {
            context.Add(ImportDiagnosticCode.MetadataAssumed, ImportSeverity.Info, -1, ImportMessages.AgencyNameFromOptions.With(), "Metadata.AgencyName", metadata.PageAgency, options.AgencyName);
        }

        if (options.ReportYear is not null)
        {
            context.Add(ImportDiagnosticCode.MetadataAssumed, ImportSeverity.Info, -1, ImportMessages.ReportYearFromOptions.With(), "Metadata.ReportYear", metadata.PageYear?.ToString(CultureInfo.InvariantCulture), options.ReportYear.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (metadata.Agency is null)
        {
            context.Add(ImportDiagnosticCode.MetadataMissing, ImportSeverity.Error, -1, ImportMessages.AgencyNameMissing.With(), "Metadata.AgencyName");
        }

        if (metadata.Year is not { } year)
        {
            context.Add(ImportDiagnosticCode.MetadataMissing, ImportSeverity.Error, -1, ImportMessages.ReportYearMissing.With(), "Metadata.ReportYear");
        }
        else if (metadata.ValidYear is null)
        {
            context.Add(ImportDiagnosticCode.MetadataMissing, ImportSeverity.Error, year.Origin.Location, ImportMessages.ReportYearOutOfRange.With(("year", year.Value), ("minimum", ReportYears.Minimum), ("maximum", ReportYears.Maximum)), "Metadata.ReportYear", year.Value.ToString(CultureInfo.InvariantCulture));
        }

        return metadata.Agency is not null && metadata.ValidYear is not null;
    }

    /// <summary>The title: the first line (or pair of lines) before Section 一 that a title rule reads.</summary>
    private (Found<string> Agency, Found<int>? Year, int End)? FindTitle(int before)
    {
        var lines = Lines(0, before);
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, offset) = lines[i];
            foreach (var rule in MetadataRules.TitleRules)
            {
                var m = rule.Pattern.Match(line);
                if (m.Success && MetadataRules.IsTitleNameStart(m.Groups["agency"].Value))
                {
                    return (Value(m.Groups["agency"], offset, rule.Source), Year(m.Groups["year"], offset, rule.Source), offset + m.Length);
                }
            }

            var name = MetadataRules.TitleNameLine.Pattern.Match(line);
            if (name.Success && i + 1 < lines.Count && MetadataRules.IsTitleNameStart(name.Groups["agency"].Value))
            {
                var (next, nextOffset) = lines[i + 1];
                var yearLine = MetadataRules.TitleYearLine.Pattern.Match(next);
                if (yearLine.Success)
                {
                    var source = MetadataRules.TitleNameLine.Source;
                    return (Value(name.Groups["agency"], offset, source), Year(yearLine.Groups["year"], nextOffset, source), nextOffset + yearLine.Length);
                }
            }

            // A one-line title that the page wraps anywhere (平潭综合实验区2022年政府信息公开工作 / 年度报告): the two lines
            // read as one when a title rule reads them together and the second line holds nothing but the title's rest
            // (and is no title itself: a line before a whole title is never taken for the title's start).
            if (i + 1 < lines.Count && !MetadataRules.TitleRules.Any(r => r.Pattern.IsMatch(lines[i + 1].Text)))
            {
                var (next, nextOffset) = lines[i + 1];
                var joined = line + next.Trim();
                var start = nextOffset + (next.Length - next.TrimStart().Length);
                foreach (var rule in MetadataRules.TitleRules)
                {
                    var m = rule.Pattern.Match(joined);
                    if (m.Success && m.Index + m.Length == joined.Length && m.Index + m.Length > line.Length && MetadataRules.IsTitleNameStart(m.Groups["agency"].Value))
                    {
                        int At(Group g) => g.Index < line.Length ? offset : start - line.Length;
                        var source = MetadataSource.TitleOverLines;
                        return (Value(m.Groups["agency"], At(m.Groups["agency"]), source), Year(m.Groups["year"], At(m.Groups["year"]), source), start + next.Trim().Length);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The year of the first statistics period sentence that states one whole calendar year, outside the tables.</summary>
    private Found<int>? FindStatisticsPeriod()
    {
        foreach (var (text, offset) in OutsideTables())
        {
            foreach (Match m in MetadataRules.StatisticsPeriod.Pattern.Matches(text))
            {
                var y1 = PageTextReader.ParseInt(m.Groups["y1"].Value);
                if (y1 == PageTextReader.ParseInt(m.Groups["y2"].Value)
                    && PageTextReader.ParseInt(m.Groups["m1"].Value) == 1 && PageTextReader.ParseInt(m.Groups["d1"].Value) == 1
                    && PageTextReader.ParseInt(m.Groups["m2"].Value) == 12 && PageTextReader.ParseInt(m.Groups["d2"].Value) == 31)
                {
                    return new(y1!.Value, Origin(MetadataSource.StatisticsPeriod, offset + m.Groups["y1"].Index));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The agency name and year the sentence rules give: each rule in its scope; the first rule (in order of
    /// precedence) that reads a value gives it, unless another rule reads a different one (then none, logged).
    /// </summary>
    private (Found<string>? Agency, Found<int>? Year) FromSentences(int leadStart, int headingOffset)
    {
        var lead = Sentences(LeadParts(leadStart, headingOffset)).ToList();
        var page = Sentences(OutsideTables()).ToList();
        var agencies = new List<Found<string>>();
        var years = new List<Found<int>>();
        foreach (var rule in MetadataRules.SentenceRules)
        {
            foreach (var (sentence, offset) in rule.Scope == MetadataScope.Page ? page : lead)
            {
                foreach (var (agency, year) in MetadataRules.Read(rule, sentence))
                {
                    if (agency is not null)
                    {
                        agencies.Add(Value(agency, offset, rule.Source));
                    }

                    if (year is not null && Year(year, offset, rule.Source) is { } found)
                    {
                        years.Add(found);
                    }
                }
            }
        }

        return (Agree(agencies, "机关名称", "agency name", "Metadata.AgencyName"), Agree(years, "报告年度", "report year", "Metadata.ReportYear"));
    }

    private Found<T>? Agree<T>(List<Found<T>> found, string chinese, string english, string path)
        where T : notnull
    {
        if (found.Count == 0)
        {
            return null;
        }

        var distinct = found.Select(f => f.Value).Distinct().ToList();
        if (distinct.Count == 1)
        {
            return found[0];
        }

        var count = distinct.Count.ToString(CultureInfo.InvariantCulture);
        var template = ImportMessages.MetadataConflict;
        var message = new ImportMessage(template, template.FormatChinese(("what", chinese), ("count", count)), template.FormatEnglish(("what", english), ("count", count)));
        context.Add(ImportDiagnosticCode.MetadataConflict, ImportSeverity.Warning, found[0].Origin.Location, message, path,
            candidates: distinct.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty));
        return null;
    }

    /// <summary>The lead: the text before Section 一 (after the title) and the first sentences of Section 一.</summary>
    private IEnumerable<(string Text, int Offset)> LeadParts(int start, int headingOffset)
    {
        yield return (context.Joined[start..Math.Max(start, headingOffset)], start);
        if (regions[0] is { } one)
        {
            var from = context.JoinedOffset(one.Start);
            var to = context.JoinedOffset(one.End);
            var text = context.Joined[from..to];
            var end = 0;
            var sentences = 0;
            while (sentences < SectionOneLeadSentences && end < text.Length)
            {
                var next = text.IndexOfAny(SentenceEnds, end);
                next = next < 0 ? text.Length - 1 : next;
                if (!string.IsNullOrWhiteSpace(text[end..next]))
                {
                    sentences++;
                }

                end = next + 1;
            }

            yield return (text[..end], from);
        }
    }

    /// <summary>The page's text outside the three statutory table sections, in parts with their offsets in <see cref="ImportContext.Joined"/>.</summary>
    private IEnumerable<(string Text, int Offset)> OutsideTables()
    {
        var at = 0;
        for (var i = 1; i <= 3; i++)
        {
            if (regions[i] is { } table)
            {
                var from = context.JoinedOffset(table.Start);
                if (from > at)
                {
                    yield return (context.Joined[at..from], at);
                }

                at = Math.Max(at, context.JoinedOffset(table.End));
            }
        }

        if (at < context.Joined.Length)
        {
            yield return (context.Joined[at..], at);
        }
    }

    /// <summary>Splits parts into sentences (at 。！？； and line breaks), trimmed, with their offsets.</summary>
    private static IEnumerable<(string Text, int Offset)> Sentences(IEnumerable<(string Text, int Offset)> parts)
    {
        foreach (var (text, offset) in parts)
        {
            var start = 0;
            while (start < text.Length)
            {
                var end = text.IndexOfAny(SentenceEnds, start);
                end = end < 0 ? text.Length : end + 1;
                var sentence = text[start..end];
                var trimmed = sentence.TrimStart();
                if (trimmed.Trim().Length > 0)
                {
                    yield return (trimmed, offset + start + (sentence.Length - trimmed.Length));
                }

                start = end;
            }
        }
    }

    /// <summary>The lines of <see cref="ImportContext.Joined"/> in [start, end) that are not blank, with their offsets.</summary>
    private List<(string Text, int Offset)> Lines(int start, int end)
    {
        var lines = new List<(string, int)>();
        var at = start;
        while (at < end)
        {
            var next = context.Joined.IndexOf('\n', at, end - at);
            next = next < 0 ? end : next;
            if (!string.IsNullOrWhiteSpace(context.Joined[at..next]))
            {
                lines.Add((context.Joined[at..next], at));
            }

            at = next + 1;
        }

        return lines;
    }

    private Found<string> Value(Group agency, int offset, MetadataSource source) =>
        new(agency.Value, Origin(source, offset + agency.Index));

    private Found<int>? Year(Group year, int offset, MetadataSource source) =>
        year.Success && PageTextReader.ParseInt(year.Value) is { } y ? new(y, Origin(source, offset + year.Index)) : null;

    private MetadataOrigin Origin(MetadataSource source, int joinedOffset) =>
        new(source, context.Stream.Length == 0 ? SourceLocation.None : context.Stream.Locate(context.AtomAtOrAfter(joinedOffset)));
}
