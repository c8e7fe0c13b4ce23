using System.Globalization;
using System.Text.RegularExpressions;
using DisclosureModel.Validation;

namespace DisclosureModel.Import;

/// <summary>
/// A phrase with which a report's own text states the number of one Section 二 cell, as data: the edition, the cell
/// (row and column identifiers of <see cref="ProactiveDisclosureLayout"/>), the pattern (on the importer's normalised
/// text: NFKC, no white space; the group <c>n</c> is the number, an optional group <c>unit</c> its money unit) and an
/// example sentence it must match.
/// </summary>
/// <param name="Edition">The edition whose cell the phrase speaks of.</param>
/// <param name="Row">The row identifier, e.g. <c>normativeDocuments</c>.</param>
/// <param name="Column">The column identifier, e.g. <c>issuedThisYear</c>.</param>
/// <param name="Pattern">The regular expression.</param>
/// <param name="Example">A sentence the pattern matches, and the number it states.</param>
/// <param name="ExampleNumber">The number the example states.</param>
internal sealed record StatedNumberPattern(FormatEdition Edition, string Row, string Column, string Pattern, string Example, decimal ExampleNumber)
{
    /// <summary>Gets the compiled pattern.</summary>
    internal Regex Regex { get; } = new(Pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    /// <summary>Gets the property path of the cell the phrase speaks of.</summary>
    internal string PropertyPath => ProactiveDisclosureLayout.GetCells(Edition).First(c => c.Row.Identifier == Row && c.Column.Label.Identifier == Column).PropertyPath;

    /// <summary>
    /// Gets the words before the number when the pattern states a count of 件 (<see cref="SectionTwoEvidence.CountSuffix"/>),
    /// or null: the narrative checks (<c>NarrativePhrases</c>) reuse them.
    /// </summary>
    internal string? CountPhrase => Pattern.EndsWith(SectionTwoEvidence.CountSuffix, StringComparison.Ordinal) ? Pattern[..^SectionTwoEvidence.CountSuffix.Length] : null;
}

/// <summary>
/// Settles Section 二 runs that no rule of the table decides (the 2021 format has none; R6 and R7 are inequalities)
/// from evidence outside the table: numbers the report's own narrative states (<see cref="Patterns"/>, matched in
/// <see cref="ImportContext.NarrativeRegions"/>) and, with <see cref="ImportOptions.PreviousReport"/>, the
/// year-to-year relations X2–X4 (<see cref="ContinuityRelation.Of"/>: the Section 二 rows of the rule table
/// <see cref="YearOverYearRules"/>, which the series validator checks). A run is taken only when exactly one candidate agrees
/// with every piece of evidence about it; evidence that no candidate agrees with, or pieces that no candidate agrees
/// with together, are a conflict, and the run stays blank with the candidates. The log names the evidence either way.
/// </summary>
internal sealed class SectionTwoEvidence(ImportContext context, FormatEdition edition)
{
    private const string Count = @"(?:共计|共|为)?(?<n>[1-9][0-9]{0,8}|0)";
    /// <summary>The end of a pattern that states a count of 件: an optional 共计/共/为, the number, 件.</summary>
    internal const string CountSuffix = Count + "件";

    private const string Amount = @"(?:共计|共|为)?(?<n>(?:[1-9][0-9]{0,17}|0)(?:\.[0-9]{1,6})?)";

    /// <summary>Gets the phrase catalogue: each phrase with the cell it speaks of and an example.</summary>
    internal static IReadOnlyList<StatedNumberPattern> Patterns { get; } =
    [
        new(FormatEdition.Edition2021, "normativeDocuments", "issuedThisYear", @"(?<!累计)制发(?:了|的)?(?:行政)?规范性文件" + Count + "件", "本年度制发行政规范性文件62件", 62),
        new(FormatEdition.Edition2021, "normativeDocuments", "repealedThisYear", @"(?<!累计)废止(?:了|的)?(?:行政)?规范性文件" + Count + "件", "废止规范性文件3件", 3),
        new(FormatEdition.Edition2021, "normativeDocuments", "inForce", @"现行有效(?:的)?(?:行政)?规范性文件" + Count + "件", "集中公开现行有效行政规范性文件698件", 698),
        new(FormatEdition.Edition2021, "rules", "issuedThisYear", @"(?<!累计)制发(?:了|的)?(?:政府)?规章" + Count + "件", "本年度制发规章2件", 2),
        new(FormatEdition.Edition2021, "rules", "repealedThisYear", @"(?<!累计)废止(?:了|的)?(?:政府)?规章" + Count + "件", "废止政府规章1件", 1),
        new(FormatEdition.Edition2021, "rules", "inForce", @"现行有效(?:的)?(?:政府)?规章" + Count + "件", "现行有效规章12件", 12),
        new(FormatEdition.Edition2021, "administrativeLicensing", "decisionsThisYear", @"行政许可(?:决定|事项|案件)?" + Count + "件", "全年办理行政许可事项10690件", 10690),
        new(FormatEdition.Edition2021, "administrativePenalty", "decisionsThisYear", @"行政处罚(?:决定|案件)?" + Count + "件", "作出行政处罚决定2113件", 2113),
        new(FormatEdition.Edition2021, "administrativeCoercion", "decisionsThisYear", @"行政强制(?:决定|措施|案件)?" + Count + "件", "实施行政强制措施5件", 5),
        new(FormatEdition.Edition2021, "administrativeFees", "feesCollected", @"收取(?:行政事业性)?(?:收费|费用)" + Amount + "万元", "收取行政事业性收费9116.36万元", 9116.36m),
        new(FormatEdition.Edition2019, "normativeDocuments", "createdThisYear", @"(?<!累计)(?:新)?制作(?:了|的)?规范性文件" + Count + "件", "本年新制作规范性文件77件", 77),
        new(FormatEdition.Edition2019, "normativeDocuments", "publishedThisYear", @"本年度?(?:新)?公开(?:了|的)?规范性文件" + Count + "件", "本年新公开规范性文件77件", 77),
        new(FormatEdition.Edition2019, "normativeDocuments", "totalPublished", @"对外公开(?:的)?规范性文件(?:总数量|总数)?" + Count + "件", "对外公开规范性文件总数166件", 166),
        new(FormatEdition.Edition2019, "rules", "createdThisYear", @"(?<!累计)(?:新)?制作(?:了|的)?(?:政府)?规章" + Count + "件", "本年新制作规章1件", 1),
        new(FormatEdition.Edition2019, "rules", "publishedThisYear", @"本年度?(?:新)?公开(?:了|的)?(?:政府)?规章" + Count + "件", "本年新公开规章1件", 1),
        new(FormatEdition.Edition2019, "rules", "totalPublished", @"对外公开(?:的)?(?:政府)?规章(?:总数量|总数)?" + Count + "件", "对外公开规章总数量7件", 7),
        new(FormatEdition.Edition2019, "administrativeLicensing", "decisions", @"行政许可(?:决定|事项|案件)?" + Count + "件", "作出行政许可决定42278件", 42278),
        new(FormatEdition.Edition2019, "administrativePenalty", "decisions", @"行政处罚(?:决定|案件)?" + Count + "件", "作出行政处罚决定538件", 538),
        new(FormatEdition.Edition2019, "administrativeCoercion", "decisions", @"行政强制(?:决定|措施|案件)?" + Count + "件", "实施行政强制措施29件", 29),
        new(FormatEdition.Edition2019, "centralizedProcurement", "procurementProjects", @"政府集中采购(?:项目)?" + Count + "(?:个|项)", "完成政府集中采购项目395个", 395),
        new(FormatEdition.Edition2019, "centralizedProcurement", "procurementTotalAmount", @"采购总?金额" + Amount + "(?<unit>万元|元)", "采购总金额73802895.90元", 73802895.90m),
    ];

    /// <summary>Gets the year-to-year relations the evidence uses: the Section 二 rows of <see cref="YearOverYearRules"/>.</summary>
    internal static IReadOnlyList<ContinuityRelation> Relations(FormatEdition edition) => ContinuityRelation.Of(edition);

    /// <summary>One piece of evidence about a run: which candidates agree with it, and how the log names it.</summary>
    private sealed record Evidence(Func<CellValue[], bool> Agrees, ImportMessage Description);

    /// <summary>A number stated by the narrative, where it was found.</summary>
    private sealed record Statement(string Path, decimal Number, MoneyUnit? Unit, int Atom, string Sentence);

    /// <summary>Settles what the evidence settles; returns the settled runs and their cells, and logs every run's outcome.</summary>
    internal Dictionary<AmbiguousRun, CellValue[]> Settle(IReadOnlyList<AmbiguousRun> pending)
    {
        var settled = new Dictionary<AmbiguousRun, CellValue[]>();
        var previous = Previous();
        if (pending.Count == 0)
        {
            return settled;
        }

        var statements = Statements(pending.SelectMany(r => r.Paths).ToHashSet(StringComparer.Ordinal));
        var relations = previous is null ? [] : Relations(edition);
        var previousCells = previous is null ? null : CellCatalog.Get(edition).Read(previous);
        foreach (var run in pending)
        {
            var evidence = new List<Evidence>();
            foreach (var statement in statements.Where(s => run.Paths.Contains(s.Path)))
            {
                evidence.Add(StatementEvidence(run, statement));
            }

            foreach (var relation in relations.Where(r => run.Paths.Contains(r.Subject)))
            {
                if (RelationEvidence(run, relation, previous!, previousCells!) is { } e)
                {
                    evidence.Add(e);
                }
            }

            if (evidence.Count == 0)
            {
                continue;
            }

            var agreeing = evidence.Select(e => run.Candidates.Where(e.Agrees).ToList()).ToList();
            var all = run.Candidates.Where(c => evidence.All(e => e.Agrees(c))).ToList();
            var (chinese, english) = (string.Join("；", evidence.Select(e => e.Description.Chinese)), string.Join("; ", evidence.Select(e => e.Description.English)));
            var what = run.Label;
            ImportMessage Message(Utility.MessageTemplate template, int count) => new(
                template,
                template.FormatChinese(("what", what), ("evidence", chinese), ("count", count)),
                template.FormatEnglish(("what", what), ("evidence", english), ("count", count)));
            if (all.Count == 1)
            {
                settled[run] = all[0];
                context.Replace(run.Diagnostic, ImportContext.Create(ImportDiagnosticCode.SplitDecidedByEvidence, ImportSeverity.Info, run.Diagnostic.Location, Message(ImportMessages.DecidedByEvidence, run.Candidates.Count), run.PropertyPath, run.Seen, candidates: [ImportContext.FormatCandidate(all[0])]));
            }
            else if (all.Count == 0)
            {
                var conflicting = evidence.Count == 1 || agreeing.Any(a => a.Count == 0)
                    ? evidence.Where((_, i) => agreeing[i].Count == 0).ToList()
                    : evidence;
                var (conflictChinese, conflictEnglish) = (string.Join("；", conflicting.Select(e => e.Description.Chinese)), string.Join("; ", conflicting.Select(e => e.Description.English)));
                var message = new ImportMessage(
                    ImportMessages.EvidenceConflicts,
                    ImportMessages.EvidenceConflicts.FormatChinese(("what", what), ("evidence", conflictChinese)),
                    ImportMessages.EvidenceConflicts.FormatEnglish(("what", what), ("evidence", conflictEnglish)));
                context.Replace(run.Diagnostic, ImportContext.Create(ImportDiagnosticCode.AmbiguousSplit, ImportSeverity.Error, run.Diagnostic.Location, message, run.PropertyPath, run.Seen, candidates: ImportContext.ShowCandidates(run.Candidates)));
            }
            else
            {
                context.Replace(run.Diagnostic, ImportContext.Create(ImportDiagnosticCode.AmbiguousSplit, ImportSeverity.Error, run.Diagnostic.Location, Message(ImportMessages.EvidenceNotDecisive, all.Count), run.PropertyPath, run.Seen, candidates: ImportContext.ShowCandidates(all)));
            }
        }

        return settled;
    }

    /// <summary>Gets the previous report when it may be used (same edition, the year before), logging when it may not.</summary>
    private DisclosureReport? Previous()
    {
        if (context.Options.PreviousReport is not { } previous)
        {
            return null;
        }

        var year = previous.Metadata.ReportYear;
        if (previous.Edition == edition && (context.ReportYear is not { } current || current == year + 1))
        {
            return previous;
        }

        context.Add(ImportDiagnosticCode.MetadataAssumed, ImportSeverity.Warning, -1, ImportMessages.PreviousReportNotUsed.With(
            ("previousYear", year), ("previousEdition", previous.Edition.GetIdentifier()),
            ("year", context.ReportYear?.ToString(CultureInfo.InvariantCulture) ?? "?"), ("edition", edition.GetIdentifier())));
        return null;
    }

    /// <summary>Finds the numbers the narrative states about the given cells, each (cell, number) once, in page order.</summary>
    private List<Statement> Statements(HashSet<string> paths)
    {
        var statements = new List<Statement>();
        var patterns = Patterns.Where(p => p.Edition == edition && paths.Contains(p.PropertyPath)).ToList();
        if (patterns.Count == 0)
        {
            return statements;
        }

        var chars = context.Stream.Chars;
        foreach (var (start, end) in context.NarrativeRegions.Where(r => r.End > r.Start).OrderBy(r => r.Start))
        {
            var text = chars[start..end];
            foreach (var pattern in patterns)
            {
                foreach (Match match in pattern.Regex.Matches(text))
                {
                    var number = decimal.Parse(match.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                    MoneyUnit? unit = match.Groups["unit"].Value switch { "万元" => MoneyUnit.TenThousandYuan, "元" => MoneyUnit.Yuan, _ => null };
                    if (!statements.Any(s => s.Path == pattern.PropertyPath && s.Number == number && s.Unit == unit))
                    {
                        statements.Add(new Statement(pattern.PropertyPath, number, unit, start + match.Index, Sentence(text, match)));
                    }
                }
            }
        }

        return [.. statements.OrderBy(s => s.Atom)];
    }

    /// <summary>Gets the clause around a match (between 。 ; , : ! ? of the normalised text; at most 30 characters either side).</summary>
    private static string Sentence(string text, Match match)
    {
        var from = match.Index;
        while (from > 0 && match.Index - from < 30 && text[from - 1] is not ('。' or ';' or ',' or ':' or '!' or '?'))
        {
            from--;
        }

        var to = match.Index + match.Length;
        while (to < text.Length && to - (match.Index + match.Length) < 30 && text[to] is not ('。' or ';' or ',' or ':' or '!' or '?'))
        {
            to++;
        }

        return text[from..to];
    }

    private Evidence StatementEvidence(AmbiguousRun run, Statement statement)
    {
        var index = IndexOf(run, statement.Path);
        var cell = CellCatalog.Get(edition).Find(statement.Path)!;
        var value = new CellValue(statement.Number, statement.Unit).ToString();
        var where = context.Stream.Locate(statement.Atom).Path;
        var description = ImportMessages.EvidenceStatement.With(("sentence", statement.Sentence), ("where", where), ("cell", cell.Column.Chinese), ("value", value));
        return new Evidence(candidate => SameAmount(candidate[index], statement.Number, statement.Unit, cell.Unit), description);
    }

    private Evidence? RelationEvidence(AmbiguousRun run, ContinuityRelation relation, DisclosureReport previous, CellValue[] previousCells)
    {
        var catalog = CellCatalog.Get(edition);
        decimal last = 0;
        foreach (var path in relation.Previous)
        {
            if (previousCells[catalog.Find(path)!.Index].Number is not { } number)
            {
                return null;
            }

            last += number;
        }

        if (relation.Current.Any(c => IndexOf(run, c.Path) < 0))
        {
            return null;
        }

        var subject = IndexOf(run, relation.Subject);
        var shownPrevious = string.Join(" + ", relation.Previous.Select(p => $"{catalog.Find(p)!.Column.Chinese} {previousCells[catalog.Find(p)!.Index]}"));
        var description = ImportMessages.EvidenceRelation.With(("year", previous.Metadata.ReportYear), ("code", relation.Rule.Code), ("equation", relation.Rule.Equation), ("previous", shownPrevious));
        return new Evidence(
            candidate =>
            {
                var expected = last;
                foreach (var (path, sign) in relation.Current)
                {
                    if (candidate[IndexOf(run, path)].Number is not { } number)
                    {
                        return false;
                    }

                    expected += sign * number;
                }

                return candidate[subject].Number == expected;
            },
            description);
    }

    private static int IndexOf(AmbiguousRun run, string path)
    {
        for (var i = 0; i < run.Paths.Count; i++)
        {
            if (run.Paths[i] == path)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Tests whether a cell holds a stated number: the same number, in yuan when both units are known (a cell without a unit has its column's).</summary>
    private static bool SameAmount(CellValue cell, decimal number, MoneyUnit? unit, MoneyUnit? columnUnit)
    {
        if (cell.Number is not { } value)
        {
            return false;
        }

        var cellUnit = cell.Unit ?? columnUnit;
        if (unit is null || cellUnit is null)
        {
            return value == number && (unit is null || cellUnit is null || unit == cellUnit);
        }

        return Yuan(value, cellUnit.Value) == Yuan(number, unit.Value);
    }

    private static decimal Yuan(decimal value, MoneyUnit unit) => unit == MoneyUnit.TenThousandYuan ? value * 10_000 : value;
}
