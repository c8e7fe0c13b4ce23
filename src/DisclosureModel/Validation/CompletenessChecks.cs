using System.Buffers;
using System.Text.RegularExpressions;
using DisclosureModel.Utility;
using FluentValidation;

namespace DisclosureModel.Validation;

/// <summary>
/// One way a Section 六 text states the information-processing fees (信息处理费) that C1 looks for: a pattern that must
/// occur in one sentence, optionally with a context pattern in the same sentence, and example sentences it recognises.
/// </summary>
/// <param name="Description">What the phrase is, in a few words.</param>
/// <param name="Statement">The pattern of the statement, e.g. <c>处理费</c>; bounded, so that matching stays linear.</param>
/// <param name="Context">A pattern that must occur in the same sentence, or null when the statement alone is enough.</param>
/// <param name="Examples">Sentences the phrase recognises (a test runs every one).</param>
internal sealed record FeeStatementPhrase(string Description, Regex Statement, Regex? Context, string[] Examples);

/// <summary>
/// The phrases of the completeness rules, as data: the statements about information-processing fees that Section 六 of a
/// 2021-format report must make (C1) and the bare answers that leave Section 五 empty (C2).
/// </summary>
internal static partial class CompletenessPhrases
{
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。；;！!？?");

    /// <summary>Gets the statements about information-processing fees; one of them in Section 六 satisfies C1.</summary>
    public static IReadOnlyList<FeeStatementPhrase> FeeStatements { get; } =
    [
        new(
            "处理费 (信息处理费 and its short form)",
            ProcessingFee(),
            null,
            ["2022年，无收取信息处理费情况。", "2023 年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 0 元。", "本年度未收取信息处理费。", "有1件政府信息公开申请案件收取信息处理费380元。", "本机关未收取处理费。"]),
        new(
            "收费 or 收取…费用 in a sentence about 信息公开 or 依申请 (not 行政事业性收费)",
            Charging(),
            DisclosureContext(),
            ["本机关办理政府信息公开申请均未收费。", "依申请公开未向申请人收取任何费用。", "本年度政府信息公开工作未收取费用。"]),
    ];

    /// <summary>Gets the answers that, alone (white space and punctuation removed), leave Section 五 empty.</summary>
    public static IReadOnlyList<string> BareAnswers { get; } = ["无", "暂无", "没有"];

    /// <summary>Tells whether a text states the information-processing fees: one of <see cref="FeeStatements"/> in one sentence.</summary>
    /// <param name="text">The text of Section 六.</param>
    /// <returns>True when it does, with or without the white space of the text (a line break can split a word).</returns>
    public static bool StatesFees(string text)
    {
        if (StatesFees(text.AsSpan()))
        {
            return true;
        }

        if (text.AsSpan().IndexOfAny(WhiteSpace) < 0)
        {
            return false;
        }

        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                buffer[length++] = c;
            }
        }

        return StatesFees(buffer[..length]);
    }

    /// <summary>Tells whether a text says nothing: empty, or one of <see cref="BareAnswers"/>, once white space and punctuation are removed.</summary>
    /// <param name="text">The text of Section 五.</param>
    /// <param name="empty">Set to true when nothing at all remains.</param>
    /// <returns>True when the text is empty or a bare answer.</returns>
    public static bool IsBare(string text, out bool empty)
    {
        const int Longest = 4;
        Span<char> kept = stackalloc char[Longest];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                continue;
            }

            if (length == Longest)
            {
                empty = false;
                return false;
            }

            kept[length++] = c;
        }

        empty = length == 0;
        if (empty)
        {
            return true;
        }

        foreach (var answer in BareAnswers)
        {
            if (kept[..length].SequenceEqual(answer))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StatesFees(ReadOnlySpan<char> text)
    {
        foreach (var phrase in FeeStatements)
        {
            if (phrase.Context is null)
            {
                if (phrase.Statement.IsMatch(text))
                {
                    return true;
                }

                continue;
            }

            var rest = text;
            while (!rest.IsEmpty)
            {
                var end = rest.IndexOfAny(SentenceEnds);
                var sentence = end < 0 ? rest : rest[..end];
                if (phrase.Statement.IsMatch(sentence) && phrase.Context.IsMatch(sentence))
                {
                    return true;
                }

                rest = end < 0 ? [] : rest[(end + 1)..];
            }
        }

        return false;
    }

    // Every char for which char.IsWhiteSpace is true (as in DisclosureReportValidator's W2 count).
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    [GeneratedRegex("处理费", RegexOptions.CultureInvariant)]
    private static partial Regex ProcessingFee();

    // 收费 not after 行政事业性 (Section 二's administrative fees), or 收取 + at most 8 characters + 费用.
    [GeneratedRegex("(?<!事业性)收费|收取[^，,]{0,8}费用", RegexOptions.CultureInvariant)]
    private static partial Regex Charging();

    [GeneratedRegex("信息公开|依申请", RegexOptions.CultureInvariant)]
    private static partial Regex DisclosureContext();
}

/// <summary>
/// The completeness rules of one report beyond B1: C1 (a 2021-format Section 六 without a statement on 信息处理费), C2
/// (an empty Section 五) and C3 (a Section 二 row left blank). Each does no work when its rule is not reported.
/// </summary>
internal static class CompletenessChecks
{
    private static readonly Lazy<ProactiveRow[]> Rows2019 = new(() => CreateRows(FormatEdition.Edition2019));
    private static readonly Lazy<ProactiveRow[]> Rows2021 = new(() => CreateRows(FormatEdition.Edition2021));

    /// <summary>C1: a 2021-format report (the hybrid included) states the information-processing fees in Section 六.</summary>
    public static void CheckOtherMatters(DisclosureReport report, ValidationContext<DisclosureReport> context, RuleOutput output)
    {
        var rule = DisclosureRules.FeeStatementMissing;
        if (report.Edition != FormatEdition.Edition2021 || !Reports(output, rule) || CompletenessPhrases.StatesFees(report.OtherMatters))
        {
            return;
        }

        var path = EquationRunner.PathOf(context, string.Empty, nameof(DisclosureReport.OtherMatters));
        EquationRunner.Add(context, rule.CreateViolation(path, []), output, report.OtherMatters);
    }

    /// <summary>C2: Section 五 is neither empty nor a bare 无.</summary>
    public static void CheckProblemsAndImprovements(DisclosureReport report, ValidationContext<DisclosureReport> context, RuleOutput output)
    {
        var rule = DisclosureRules.ProblemsSectionEmpty;
        if (!Reports(output, rule) || !CompletenessPhrases.IsBare(report.ProblemsAndImprovements, out var empty))
        {
            return;
        }

        ReadOnlySpan<MessageArgument> args = empty
            ? [("content", "为空"), ("contentEnglish", "is empty")]
            : [("content", $"仅写“{report.ProblemsAndImprovements.Trim()}”"), ("contentEnglish", $"says only “{report.ProblemsAndImprovements.Trim()}”")];
        var path = EquationRunner.PathOf(context, string.Empty, nameof(DisclosureReport.ProblemsAndImprovements));
        EquationRunner.Add(context, rule.CreateViolation(path, args), output, report.ProblemsAndImprovements);
    }

    /// <summary>
    /// C3: every row of Section 二 holds a value; a row whose cells are blank or unread, with an unread one, is not
    /// assessable (one <c>NA</c> for the rule).
    /// </summary>
    /// <param name="disclosure">Section 二.</param>
    /// <param name="present">The value sheet's presence flags, filled for Section 二's counts (amounts are read from <paramref name="disclosure"/>).</param>
    /// <param name="unread">The report's unread cells by catalogue slot, or empty.</param>
    /// <param name="catalog">The catalogue of the sheet (its Section 二 is of <paramref name="disclosure"/>'s edition).</param>
    /// <param name="context">The validation context.</param>
    /// <param name="prefix">The prefix of the failures' paths, e.g. <c>ProactiveDisclosure.</c>.</param>
    /// <param name="output">The output.</param>
    public static void CheckProactiveRows<T>(ProactiveDisclosure disclosure, ReadOnlySpan<bool> present, ReadOnlySpan<bool> unread, CellCatalog catalog, ValidationContext<T> context, string prefix, RuleOutput output)
    {
        var rule = DisclosureRules.ProactiveRowBlank;
        if (!Reports(output, rule))
        {
            return;
        }

        List<(int? Year, CellDefinition Cell)>? unreadCells = null;
        var notAssessable = 0;
        foreach (var row in (disclosure.Edition == FormatEdition.Edition2019 ? Rows2019 : Rows2021).Value)
        {
            var hasValue = false;
            var hasUnread = false;
            for (var i = row.Start; i < row.Start + row.Cells.Length && !hasValue; i++)
            {
                var cell = row.Cells[i - row.Start];
                hasValue = cell.Column.Kind == CellKind.Amount ? cell.GetNumber(disclosure) is not null : present[i];
                hasUnread |= !unread.IsEmpty && unread[i];
            }

            if (hasValue)
            {
                continue;
            }

            if (hasUnread)
            {
                notAssessable++;
                unreadCells ??= [];
                for (var i = row.Start; i < row.Start + row.Cells.Length; i++)
                {
                    if (unread[i])
                    {
                        unreadCells.Add((null, catalog[i]));
                    }
                }

                continue;
            }

            ReadOnlySpan<MessageArgument> args = [("table", row.Table.Title.Chinese), ("row", row.Label.Chinese), ("rowEnglish", row.Label.English)];
            var violation = rule.CreateViolation(EquationRunner.PathOf(context, prefix, row.RelativePath), args, rowLabel: row.Label.Chinese);
            EquationRunner.Add(context, violation, output, null);
        }

        if (unreadCells is not null)
        {
            EquationRunner.AddNotAssessable(context, prefix, output, rule, notAssessable, unreadCells);
        }
    }

    /// <summary>Tells whether a rule's findings can be reported: its rule set is selected and it is severe enough.</summary>
    private static bool Reports(RuleOutput output, RuleDefinition rule) =>
        output.Selects(rule) && rule.Severity <= output.MinimumSeverity;

    /// <summary>Lists the rows of an edition's Section 二 with their cells, whose catalogue slots are their positions in the layout.</summary>
    private static ProactiveRow[] CreateRows(FormatEdition edition)
    {
        var rows = new List<ProactiveRow>();
        var catalog = CellCatalog.Get(edition);
        foreach (var table in ProactiveDisclosureLayout.GetTables(edition))
        {
            var columns = table.Columns.Count;
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var cells = table.Cells.Skip(r * columns).Take(columns).ToArray();

                // A single-column sub-table holds the cell on the row property, so the row's path is the cell's.
                var path = cells[0].PropertyPath;
                var rowPath = columns == 1 ? path : path[..path.LastIndexOf('.')];
                var start = catalog.Find(path)!.Index;
                rows.Add(new(table, table.Rows[r], rowPath[(rowPath.IndexOf('.', StringComparison.Ordinal) + 1)..], start, cells));
            }
        }

        return [.. rows];
    }

    /// <summary>A row of a Section 二 sub-table: its label, its path below <c>ProactiveDisclosure</c>, the catalogue slot of its first cell and its cells.</summary>
    private sealed record ProactiveRow(ProactiveTableDefinition Table, StatutoryLabel Label, string RelativePath, int Start, ProactiveCellDefinition[] Cells);
}
