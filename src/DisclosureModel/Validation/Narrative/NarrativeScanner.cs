using System.Buffers;
using System.Globalization;
using System.Text;

namespace DisclosureModel.Validation.Narrative;

/// <summary>A number the narrative states with a phrase of the catalogue, and where.</summary>
/// <param name="Phrase">The phrase.</param>
/// <param name="Number">The number stated.</param>
/// <param name="Location">Where: the member, the offset and length of the clause that states it, and the sentence.</param>
internal sealed record NarrativeStatement(NarrativePhrase Phrase, long Number, NarrativeLocation Location);

/// <summary>A sentence that says every review or litigation case was upheld (<see cref="Upheld"/>) or concluded.</summary>
/// <param name="Upheld">True for 均获维持/全部胜诉…, false for 均已审结/均已结案….</param>
/// <param name="Review">Whether the sentence names 复议.</param>
/// <param name="Litigation">Whether the sentence names 诉讼.</param>
/// <param name="Location">Where.</param>
internal sealed record NarrativeCaseClaim(bool Upheld, bool Review, bool Litigation, NarrativeLocation Location);

/// <summary>A report year the narrative names where it names the year of the report (the title, the opening of Section 一).</summary>
/// <param name="Year">The year named.</param>
/// <param name="Location">Where.</param>
internal sealed record NarrativeYear(int Year, NarrativeLocation Location);

/// <summary>What one scan of a report's narrative found: every statement, case claim and named report year.</summary>
internal sealed class NarrativeScan
{
    /// <summary>Gets the scan of a narrative that states nothing the checks compare.</summary>
    internal static NarrativeScan Empty { get; } = new();

    /// <summary>Gets the statements of a number, in member order, then text order.</summary>
    internal List<NarrativeStatement>? Statements { get; set; }

    /// <summary>Gets the sentences that say every case was upheld or concluded.</summary>
    internal List<NarrativeCaseClaim>? CaseClaims { get; set; }

    /// <summary>Gets the report years named where the narrative names its own year, when they are not the report's.</summary>
    internal List<NarrativeYear>? OtherYears { get; set; }
}

/// <summary>
/// The narrative scan of the narrative checks (N1–N3): one pass over the report's narrative members that finds every
/// number followed by a counter (件, and 起/宗 when no word follows), reads it (Arabic, full-width or Chinese numerals,
/// bounded), and classifies it with the first phrase of <see cref="NarrativePhrases"/> that ends right before it in its
/// clause; statements whose scope is wider or unclear, or that are qualified (其中 for totals, 累计, 同比, 上年, another
/// year…), are left out. Nothing is allocated for a text with no counter.
/// </summary>
internal static class NarrativeScanner
{
    /// <summary>The longest sentence prefix looked at, in characters.</summary>
    internal const int MaxSentenceLength = 200;

    private static readonly SearchValues<char> Counters = SearchValues.Create("件起宗");
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。；;！!？?");
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create("。；;！!？?，,、：:（()）");
    private static readonly SearchValues<char> NotACount = SearchValues.Create("万亿.．-－~～—至到第约近逾超余多几点");
    private static readonly string[] CaseClaimWords =
        ["均获维持", "均被维持", "均维持", "均予以维持", "均予维持", "全部维持", "全部被维持", "全部获得维持", "均胜诉", "全部胜诉", "均已审结", "均审结", "全部审结", "均已结案", "均结案", "全部结案"];

    private static readonly SearchValues<char> CaseClaimStarts = SearchValues.Create("均全");

    private static bool StartsWithCaseClaimWord(ReadOnlySpan<char> text)
    {
        foreach (var word in CaseClaimWords)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Scope words of a wider scope than one body's table: its statements are not compared.</summary>
    internal static IReadOnlyList<string> WiderScopeWords { get; } =
        ["全县", "全区", "全市", "全省", "全州", "全旗", "全镇", "全乡", "全国", "全系统", "各部门", "各乡镇", "各街道", "各单位", "各级", "各地", "我县", "我区", "我市", "我省", "我州", "我旗"];

    /// <summary>Scope words of the reporting body itself (compared; with a wider word in the same sentence the scope is unclear and the statement is not compared).</summary>
    internal static IReadOnlyList<string> OwnScopeWords { get; } =
        ["本机关", "本单位", "本部门", "本局", "本办", "本委", "本中心", "我局", "我办", "我委", "我中心", "我单位"];

    /// <summary>Words that make a statement speak of another period or of a change rather than this year's count.</summary>
    internal static IReadOnlyList<string> Qualifiers { get; } =
        ["累计", "同比", "环比", "较上年", "比上年", "上年", "上一年", "去年", "前年", "增长", "增加", "减少", "下降", "上升"];

    /// <summary>Scans a report's narrative once.</summary>
    /// <param name="report">The report.</param>
    /// <returns>What the narrative states; <see cref="NarrativeScan.Empty"/> when it states nothing.</returns>
    internal static NarrativeScan Scan(DisclosureReport report)
    {
        NarrativeScan? scan = null;
        var year = report.Metadata.ReportYear;
        ScanMember(report.Preamble, "Preamble", -1, year, ref scan);
        ScanMember(report.Overview.Introduction, "Overview.Introduction", -1, year, ref scan);
        var parts = report.Overview.Parts;
        for (var i = 0; i < parts.Count; i++)
        {
            ScanMember(parts[i].Heading, "Overview.Parts[{0}].Heading", i, year, ref scan);
            ScanMember(parts[i].Text, "Overview.Parts[{0}].Text", i, year, ref scan);
        }

        ScanMember(report.ProblemsAndImprovements, "ProblemsAndImprovements", -1, year, ref scan);
        ScanMember(report.OtherMatters, "OtherMatters", -1, year, ref scan);
        ScanYears(report, year, ref scan);
        return scan ?? NarrativeScan.Empty;
    }

    /// <summary>Finds the statements of one text, for tests and the catalogue's examples.</summary>
    internal static IReadOnlyList<NarrativeStatement> Statements(string text, int reportYear)
    {
        NarrativeScan? scan = null;
        ScanMember(text, "Overview.Introduction", -1, reportYear, ref scan);
        return scan?.Statements ?? [];
    }

    /// <summary>Finds the case claims of one text, for tests.</summary>
    internal static IReadOnlyList<NarrativeCaseClaim> CaseClaims(string text, int reportYear)
    {
        NarrativeScan? scan = null;
        ScanMember(text, "Overview.Introduction", -1, reportYear, ref scan);
        return scan?.CaseClaims ?? [];
    }

    private static void ScanMember(string text, string path, int index, int year, ref NarrativeScan? scan)
    {
        var from = 0;
        int hit;
        while (from < text.Length && (hit = text.AsSpan(from).IndexOfAny(Counters)) >= 0)
        {
            var counter = from + hit;
            from = counter + 1;
            if (ReadNumber(text, counter) is { } number)
            {
                TryStatement(text, path, index, year, counter, number.Start, number.Value, ref scan);
            }
        }

        // Every claim word starts with 均 or 全: a vectorised search for those two characters, then the words at each.
        from = 0;
        while (from < text.Length && (hit = text.AsSpan(from).IndexOfAny(CaseClaimStarts)) >= 0)
        {
            var at = from + hit;
            from = at + 1;
            if (StartsWithCaseClaimWord(text.AsSpan(at)))
            {
                from = at + 2;
                TryCaseClaim(text, path, index, year, at, ref scan);
            }
        }
    }

    /// <summary>Reads the number right before a counter (white space allowed between), or null when there is none or it is not a plain count.</summary>
    internal static (int Start, long Value)? ReadNumber(string text, int counter)
    {
        if (text[counter] != '件' && counter + 1 < text.Length && (IsIdeograph(text[counter + 1]) || char.IsAsciiLetterOrDigit(text[counter + 1])))
        {
            return null; // 一起研究, 3宗地: 起 and 宗 count only at the end of a clause
        }

        var end = counter;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        var arabic = start > 0 && DigitValue(text[start - 1]) >= 0;
        while (start > 0 && (arabic ? DigitValue(text[start - 1]) >= 0 : IsChineseNumeral(text[start - 1])) && end - start < 12)
        {
            start--;
        }

        if (start == end || end - start >= 12)
        {
            return null;
        }

        var before = start;
        while (before > 0 && char.IsWhiteSpace(text[before - 1]))
        {
            before--;
        }

        if (before > 0 && (NotACount.Contains(text[before - 1]) || DigitValue(text[before - 1]) >= 0 || IsChineseNumeral(text[before - 1])))
        {
            return null; // 1.5万件, 10-20件, 第十件, 约20件, 二〇二三: not a count this check reads
        }

        var span = text.AsSpan(start, end - start);
        long? value = arabic ? ParseArabic(span) : ParseChinese(span);
        return value is { } v ? (start, v) : null;
    }

    private static long? ParseArabic(ReadOnlySpan<char> digits)
    {
        if (digits.Length > 9 || (digits.Length > 1 && DigitValue(digits[0]) == 0))
        {
            return null;
        }

        long value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + DigitValue(c);
        }

        return value;
    }

    /// <summary>Parses a Chinese numeral below 10 000 (十七, 一百零五, 两千零三), or null when it is not one in the usual form.</summary>
    internal static long? ParseChinese(ReadOnlySpan<char> numeral)
    {
        long total = 0;
        var digit = -1; // the digit waiting for its unit
        var lastUnit = 10_000;
        var zeroSeen = false;
        foreach (var c in numeral)
        {
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit > 0)
            {
                if (unit >= lastUnit || zeroSeen || (digit < 0 && lastUnit != 10_000))
                {
                    return null;
                }

                total += (digit < 0 ? 1 : digit) * unit;
                lastUnit = unit;
                digit = -1;
                continue;
            }

            var d = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            d = c switch { '〇' => 0, '两' => 2, _ => d };
            if (d < 0 || digit >= 0)
            {
                return null; // two digits in a row (二三十, 二〇二三)
            }

            if (d == 0)
            {
                if (lastUnit == 10_000 || zeroSeen)
                {
                    return null;
                }

                zeroSeen = true;
                continue;
            }

            zeroSeen = false;
            digit = d;
        }

        if (digit >= 0)
        {
            total += digit;
        }
        else if (zeroSeen)
        {
            return null;
        }

        return total;
    }

    private static void TryStatement(string text, string path, int index, int year, int counter, int numberStart, long number, ref NarrativeScan? scan)
    {
        var sentenceStart = SentenceStart(text, numberStart);
        var clauseStart = numberStart;
        while (clauseStart > sentenceStart && !ClauseEnds.Contains(text[clauseStart - 1]))
        {
            clauseStart--;
        }

        var clause = Normalize(text.AsSpan(clauseStart, numberStart - clauseStart));
        if (clause.Length == 0)
        {
            return;
        }

        var sentence = Normalize(text.AsSpan(sentenceStart, numberStart - sentenceStart));

        // What does not depend on the phrase first: a wider scope, another year or a shared number rules the clause out
        // whatever it states, before any pattern is tried.
        if (!InScope(sentence) || NamesOtherYear(sentence, year) || JointSubject(text, clauseStart, sentenceStart))
        {
            return;
        }

        NarrativePhrase? phrase = null;
        System.Text.RegularExpressions.Match? match = null;
        foreach (var candidate in NarrativePhrases.Counts)
        {
            if (clause.Contains(candidate.Keyword, StringComparison.Ordinal) && SubjectHolds(candidate.Subject, sentence) && candidate.Regex.Match(clause) is { Success: true } m)
            {
                (phrase, match) = (candidate, m);
                break;
            }
        }

        if (phrase is null || match is null)
        {
            return;
        }

        var before = clause[..match.Index];
        if (ContainsAny(before, Qualifiers)
            || (phrase.IsTotal && sentence[..^clause.Length].Contains("其中", StringComparison.Ordinal))
            || (phrase.IsTotal && before.Contains("其中", StringComparison.Ordinal))
            || (phrase.ClauseExcludes is { } excluded && clause.Contains(excluded, StringComparison.Ordinal)))
        {
            return;
        }

        var location = Locate(text, path, index, clauseStart, counter + 1, sentenceStart);
        scan ??= new();
        (scan.Statements ??= []).Add(new(phrase, number, location));
    }

    private static void TryCaseClaim(string text, string path, int index, int year, int at, ref NarrativeScan? scan)
    {
        var sentenceStart = SentenceStart(text, at);
        var sentenceEnd = text.AsSpan(at).IndexOfAny(SentenceEnds);
        sentenceEnd = sentenceEnd < 0 ? text.Length : at + sentenceEnd;
        var whole = Normalize(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart));
        var prefix = Normalize(text.AsSpan(sentenceStart, at - sentenceStart));
        var review = whole.Contains("复议", StringComparison.Ordinal);
        var litigation = whole.Contains("诉讼", StringComparison.Ordinal) || whole.Contains("胜诉", StringComparison.Ordinal);
        if ((!review && !litigation)
            || (prefix.Length > 0 && prefix[^1] is '非' or '未' or '不')
            || ContainsAny(prefix, Qualifiers)
            || !InScope(prefix)
            || NamesOtherYear(prefix, year))
        {
            return;
        }

        var word = text.AsSpan(at, Math.Min(6, text.Length - at));
        var upheld = word.Contains("维持", StringComparison.Ordinal) || word.Contains("胜诉", StringComparison.Ordinal);
        var length = text.AsSpan(at).IndexOfAny(ClauseEnds);
        var location = Locate(text, path, index, at, length < 0 ? text.Length : at + length, sentenceStart);
        scan ??= new();
        (scan.CaseClaims ??= []).Add(new(upheld, review, litigation, location));
    }

    /// <summary>The report's title in the preamble and the opening of Section 一: a year there that is not the report's (N3).</summary>
    private static void ScanYears(DisclosureReport report, int year, ref NarrativeScan? scan)
    {
        // The title: 某某2023年政府信息公开工作年度报告 within the preamble's first sentence.
        const string Title = "政府信息公开工作年度报告";
        var preamble = report.Preamble;
        var title = preamble.AsSpan(0, Math.Min(preamble.Length, 80)).IndexOf(Title, StringComparison.Ordinal);
        if (title > 0 && preamble.AsSpan(0, title).IndexOfAny(SentenceEnds) < 0 && YearBefore(preamble, title) is { } titled && titled.Year != year)
        {
            AddYear(preamble, "Preamble", -1, titled.Start, title + Title.Length, titled.Year, ref scan);
        }

        // The opening of Section 一: 2023年，… (its introduction, or its first part when it has none).
        var (text, path, index) = report.Overview.Introduction.AsSpan().Trim().Length > 0
            ? (report.Overview.Introduction, "Overview.Introduction", -1)
            : report.Overview.Parts.Count > 0 ? (report.Overview.Parts[0].Text, "Overview.Parts[{0}].Text", 0) : (string.Empty, string.Empty, -1);
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && end - start < 4 && DigitValue(text[end]) >= 0)
        {
            end++;
        }

        var yearEnd = end;
        while (yearEnd < text.Length && char.IsWhiteSpace(text[yearEnd]))
        {
            yearEnd++;
        }

        if (end - start == 4 && yearEnd < text.Length && text[yearEnd] == '年' && (yearEnd + 1 >= text.Length || DigitValue(text[yearEnd + 1]) < 0)
            && ParseArabic(text.AsSpan(start, 4)) is { } opening && opening != year)
        {
            AddYear(text, path, index, start, yearEnd + 1, (int)opening, ref scan);
        }
    }

    private static (int Start, int Year)? YearBefore(string text, int at)
    {
        var end = at;
        if (end > 0 && text[end - 1] == '度')
        {
            end--;
        }

        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == 0 || text[end - 1] != '年')
        {
            return null;
        }

        end--;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && end - start < 5 && DigitValue(text[start - 1]) >= 0)
        {
            start--;
        }

        return end - start == 4 && ParseArabic(text.AsSpan(start, 4)) is { } named ? (start, (int)named) : null;
    }

    private static void AddYear(string text, string path, int index, int start, int end, int named, ref NarrativeScan? scan)
    {
        scan ??= new();
        (scan.OtherYears ??= []).Add(new(named, Locate(text, path, index, start, end, SentenceStart(text, start))));
    }

    private static int SentenceStart(string text, int at)
    {
        var limit = Math.Max(0, at - MaxSentenceLength);
        var end = text.AsSpan(limit, at - limit).LastIndexOfAny(SentenceEnds);
        var start = end < 0 ? limit : limit + end + 1;
        while (start < at && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    private static NarrativeLocation Locate(string text, string path, int index, int start, int end, int sentenceStart)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var sentenceEnd = text.AsSpan(end).IndexOfAny(SentenceEnds);
        sentenceEnd = sentenceEnd < 0 ? text.Length : end + sentenceEnd + 1;
        return new NarrativeLocation
        {
            PropertyPath = index < 0 ? path : string.Format(CultureInfo.InvariantCulture, path, index),
            Offset = start,
            Length = end - start,
            Sentence = text[sentenceStart..sentenceEnd].Trim(),
        };
    }

    /// <summary>A clause that follows 、 after words with no count of their own shares its number with them (行政复议、行政诉讼案件3件).</summary>
    private static bool JointSubject(string text, int clauseStart, int sentenceStart)
    {
        if (clauseStart <= sentenceStart || text[clauseStart - 1] != '、')
        {
            return false;
        }

        var end = clauseStart - 1;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end == 0 || !Counters.Contains(text[end - 1]);
    }

    private static bool InScope(string sentence) => !ContainsAny(sentence, WiderScopeWords);

    private static bool SubjectHolds(NarrativeSubject subject, string sentence) => subject switch
    {
        NarrativeSubject.ReviewOnly => sentence.Contains("复议", StringComparison.Ordinal) && !sentence.Contains("诉讼", StringComparison.Ordinal),
        NarrativeSubject.LitigationOnly => sentence.Contains("诉讼", StringComparison.Ordinal) && !sentence.Contains("复议", StringComparison.Ordinal),
        _ => true,
    };

    /// <summary>Tells whether a (normalised) text names a year other than the report's (2023年 in a 2024 report).</summary>
    internal static bool NamesOtherYear(string text, int year)
    {
        for (var i = text.IndexOf('年', StringComparison.Ordinal); i >= 0; i = text.IndexOf('年', i + 1))
        {
            if (i >= 4 && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i - 2]) && char.IsAsciiDigit(text[i - 3]) && char.IsAsciiDigit(text[i - 4])
                && (i == 4 || !char.IsAsciiDigit(text[i - 5]))
                && int.Parse(text.AsSpan(i - 4, 4), NumberStyles.None, CultureInfo.InvariantCulture) != year)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes white space and folds full-width ASCII (１７, （）) to ASCII.</summary>
    internal static string Normalize(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }

        return builder.ToString();
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\uFF10' and <= '\uFF19' => c - '\uFF10',
        _ => -1,
    };

    private static bool IsChineseNumeral(char c) => "零〇一二两三四五六七八九十百千".Contains(c, StringComparison.Ordinal);

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
