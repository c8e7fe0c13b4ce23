using System.Globalization;
using System.Text.RegularExpressions;
using DisclosureModel.Utility;
using FluentValidation;
using NodaTime;

namespace DisclosureModel.Validation;

/// <summary>
/// Validates a whole <see cref="DisclosureReport"/> against every rule of <see cref="DisclosureRules"/> that concerns
/// one report: the table shapes against the edition (E1), the metadata (<see cref="ReportMetadataValidator"/>), Section
/// 二 (<see cref="ProactiveDisclosureValidator"/>), Section 三 (<see cref="ApplicationsTableValidator"/>), Section 四
/// (<see cref="ReviewAndLitigationTableValidator"/>), the narrative (W2, W3, N1–N3) and the completeness of Sections 五
/// and 六 (C2, C1).
/// </summary>
/// <remarks>
/// <para>Every failure has the rule's code as <c>ErrorCode</c>, its severity, the path of the cell or member from the
/// report root as <c>PropertyName</c> (e.g. <c>Applications.Outcomes.Total.NaturalPerson</c>), a message in the
/// language of <see cref="DisclosureValidatorOptions.Language"/>, and a <see cref="RuleViolation"/> as
/// <c>CustomState</c>.</para>
/// <para>Build once and share (for example as a singleton <see cref="IValidator{T}"/>): the validator is immutable
/// and thread-safe. It never touches FluentValidation's global options.</para>
/// </remarks>
public sealed partial class DisclosureReportValidator : AbstractValidator<DisclosureReport>
{
    /// <summary>The Section 一 length above which W2 reports, in characters (2021 format: 篇幅原则上不超过一千字).</summary>
    internal const int OverviewCharacterLimit = 1000;

    private readonly RuleOutput output;
    private readonly IClock? clock;

    /// <summary>Creates the validator with <see cref="DisclosureValidatorOptions.Default"/>.</summary>
    public DisclosureReportValidator()
        : this(DisclosureValidatorOptions.Default)
    {
    }

    /// <summary>Creates the validator.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public DisclosureReportValidator(DisclosureValidatorOptions options)
    {
        Preconditions.CheckNotNull(options);
        output = RuleOutput.Of(options);
        clock = options.Clock;

        // One rule per member rather than a child validator per member: each child context costs FluentValidation
        // several hundred bytes, and a valid report must validate with almost no allocation. Each rule runs the
        // member's compiled checks (the member validators run the very same checks when used on their own), so
        // IncludeProperties selects a member's rules, and is in the rule sets of the rules it checks, and in the
        // default rule set, so a validation without rule set runs everything.
        var edition = RuleProbes<DisclosureReport>.Create(report => report.Edition, DisclosureRuleSets.Structure);
        RuleSet(edition.Names, () => RuleFor(report => report.Edition).Custom((_, context) => CheckShapes(context.InstanceToValidate, context, output.For(context, edition))));

        var metadata = RuleProbes<DisclosureReport>.Create(report => report.Metadata, DisclosureRuleSets.Metadata, DisclosureRuleSets.Deadlines);
        RuleSet(metadata.Names, () => RuleFor(report => report.Metadata).Custom((value, context) => ReportMetadataValidator.Check(value, context, "Metadata.", output.For(context, metadata), clock)));

        var proactive = RuleProbes<DisclosureReport>.Create(report => report.ProactiveDisclosure, DisclosureRuleSets.Balancing, DisclosureRuleSets.Completeness);
        RuleSet(proactive.Names, () => RuleFor(report => report.ProactiveDisclosure).Custom((_, context) => CheckTable(StatutoryTable.ProactiveDisclosure, context, output.For(context, proactive))));

        var applications = RuleProbes<DisclosureReport>.Create(report => report.Applications, DisclosureRuleSets.Balancing, DisclosureRuleSets.Plausibility, DisclosureRuleSets.Structure, DisclosureRuleSets.Completeness);
        RuleSet(applications.Names, () => RuleFor(report => report.Applications).Custom((_, context) => CheckTable(StatutoryTable.Applications, context, output.For(context, applications))));

        var review = RuleProbes<DisclosureReport>.Create(report => report.ReviewAndLitigation, DisclosureRuleSets.Balancing, DisclosureRuleSets.Structure, DisclosureRuleSets.Completeness);
        RuleSet(review.Names, () => RuleFor(report => report.ReviewAndLitigation).Custom((_, context) => CheckTable(StatutoryTable.ReviewAndLitigation, context, output.For(context, review))));

        var problems = RuleProbes<DisclosureReport>.Create(report => report.ProblemsAndImprovements, DisclosureRuleSets.Completeness);
        RuleSet(problems.Names, () => RuleFor(report => report.ProblemsAndImprovements).Custom((_, context) => CompletenessChecks.CheckProblemsAndImprovements(context.InstanceToValidate, context, output.For(context, problems))));

        var otherMatters = RuleProbes<DisclosureReport>.Create(report => report.OtherMatters, DisclosureRuleSets.Completeness);
        RuleSet(otherMatters.Names, () => RuleFor(report => report.OtherMatters).Custom((_, context) => CompletenessChecks.CheckOtherMatters(context.InstanceToValidate, context, output.For(context, otherMatters))));

        var unread = RuleProbes<DisclosureReport>.Create(report => report.UnreadCells, DisclosureRuleSets.Structure);
        RuleSet(unread.Names, () => RuleFor(report => report.UnreadCells).Custom((_, context) => CheckUnreadCells(context.InstanceToValidate, context, output.For(context, unread))));

        var narrative = RuleProbes<DisclosureReport>.Create(report => report.Overview, DisclosureRuleSets.Narrative);
        RuleSet(narrative.Names, () => RuleFor(report => report.Overview).Custom((_, context) => CheckNarrative(context.InstanceToValidate, context, output.For(context, narrative))));
    }

    /// <summary>Counts the characters of Section 一 as W2 does: introduction, headings and texts, white space excluded.</summary>
    /// <param name="overview">The section.</param>
    /// <returns>The count.</returns>
    internal static int CountCharacters(OverviewSection overview)
    {
        var length = overview.Introduction.Length - CountWhiteSpace(overview.Introduction);
        foreach (var part in overview.Parts)
        {
            length += part.Heading.Length - CountWhiteSpace(part.Heading) + part.Text.Length - CountWhiteSpace(part.Text);
        }

        return length;
    }

    /// <summary>Finds the first sentence of a text that says no application was received (W3), or null.</summary>
    /// <param name="text">A narrative text.</param>
    /// <returns>The sentence, trimmed, or null.</returns>
    internal static string? FindNoApplicationsSentence(string text)
    {
        foreach (var match in NoApplications().EnumerateMatches(text))
        {
            var start = text.AsSpan(0, match.Index).LastIndexOfAny(SentenceEnds) + 1;
            var end = text.AsSpan(match.Index).IndexOfAny(SentenceEnds);
            end = end < 0 ? text.Length : match.Index + end + 1;
            return text[start..end].Trim();
        }

        return null;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。；;！!？?\n");

    // W3's row of the phrase catalogue (NarrativePhrases.NoApplicationsPattern), generated.
    [GeneratedRegex(Narrative.NarrativePhrases.NoApplicationsPattern, RegexOptions.CultureInvariant)]
    private static partial Regex NoApplications();

    // Every char for which char.IsWhiteSpace is true; searched with vectorised IndexOfAny (CJK text has little white space).
    private static readonly System.Buffers.SearchValues<char> WhiteSpace = System.Buffers.SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    private static int CountWhiteSpace(string text)
    {
        var count = 0;
        var rest = text.AsSpan();
        int index;
        while ((index = rest.IndexOfAny(WhiteSpace)) >= 0)
        {
            count++;
            rest = rest[(index + 1)..];
        }

        return count;
    }

    /// <summary>Checks one statutory table of a report, in the report's catalogue, or in its own edition's when the tables are of different editions (E1).</summary>
    private static void CheckTable(StatutoryTable table, ValidationContext<DisclosureReport> context, RuleOutput output)
    {
        if (output.RuleSets == 0)
        {
            return;
        }

        var report = context.InstanceToValidate;
        if (CellCatalog.TryFor(report) is { } catalog)
        {
            // A cell's slot is its index in the report's catalogue (the edition's, or the hybrid's for a 2021 report
            // with a 2019-shaped Section 三).
            Span<long> values = stackalloc long[catalog.Count];
            Span<bool> present = stackalloc bool[catalog.Count];
            var unread = NotAssessableFindings.UnreadSheet(report, catalog);
            switch (table)
            {
                case StatutoryTable.ProactiveDisclosure:
                    ProactiveDisclosureValidator.Check(report.ProactiveDisclosure, context, "ProactiveDisclosure.", output, catalog, values, present, unread);
                    break;
                case StatutoryTable.Applications:
                    ApplicationsTableValidator.Check(report.Applications, context, "Applications.", output, catalog, values, present, unread);
                    break;
                default:
                    ReviewAndLitigationTableValidator.Check(report.ReviewAndLitigation, context, "ReviewAndLitigation.", output, catalog, values, present, unread);
                    break;
            }
        }
        else
        {
            switch (table)
            {
                case StatutoryTable.ProactiveDisclosure:
                    ProactiveDisclosureValidator.Check(report.ProactiveDisclosure, context, "ProactiveDisclosure.", output);
                    break;
                case StatutoryTable.Applications:
                    ApplicationsTableValidator.Check(report.Applications, context, "Applications.", output);
                    break;
                default:
                    ReviewAndLitigationTableValidator.Check(report.ReviewAndLitigation, context, "ReviewAndLitigation.", output);
                    break;
            }
        }
    }

    /// <summary>U1 and U2: every unread cell is a cell of the report's edition and holds no value.</summary>
    private static void CheckUnreadCells(DisclosureReport report, ValidationContext<DisclosureReport> context, RuleOutput output)
    {
        if (report.UnreadCells.Count == 0 || CellCatalog.TryFor(report) is not { } catalog)
        {
            return;
        }

        for (var i = 0; i < report.UnreadCells.Count; i++)
        {
            var unread = report.UnreadCells[i];
            var path = EquationRunner.PathOf(context, string.Empty, string.Create(CultureInfo.InvariantCulture, $"UnreadCells[{i}]"));
            if (catalog.Find(unread.PropertyPath) is not { } cell)
            {
                ReadOnlySpan<MessageArgument> args = [("path", unread.PropertyPath), ("edition", catalog.Edition.GetIdentifier())];
                Add(context, output, DisclosureRules.UnreadCellOfEdition.CreateViolation(path, args), unread.PropertyPath);
                continue;
            }

            var value = cell.GetValue(report);
            if (!value.IsBlank)
            {
                ReadOnlySpan<MessageArgument> args =
                [
                    ("cell", $"{(cell.SubTable is { } t ? t.Chinese + " " : string.Empty)}{cell.Row.Chinese} · {cell.Column.Chinese}"),
                    ("cellEnglish", $"{cell.PropertyPath} ({(cell.SubTable is { } e ? e.English + ", " : string.Empty)}{cell.Row.English} · {cell.Column.English})"),
                    ("value", value.ToString()),
                ];
                Add(context, output, DisclosureRules.UnreadCellBlank.CreateViolation(EquationRunner.PathOf(context, string.Empty, cell.PropertyPath), args, rowLabel: cell.Row.Chinese, columnLabel: cell.Column.Chinese), value.ToString());
            }
        }
    }

    private static void CheckShapes(DisclosureReport report, ValidationContext<DisclosureReport> context, RuleOutput output)
    {
        var edition = report.Edition;
        if (report.ProactiveDisclosure.Edition != edition)
        {
            AddShapeFailure(context, output, edition, report.ProactiveDisclosure.Edition, ProactiveDisclosureLayout.Title, nameof(DisclosureReport.ProactiveDisclosure));
        }

        if (report.Applications.Outcomes.Edition != edition)
        {
            if (CellCatalog.TryFor(report) is { IsHybrid: true })
            {
                // The supported hybrid: a warning (E3), and R1–R3 are checked on the 2019-shaped table.
                var rule = DisclosureRules.EditionHybrid;
                ReadOnlySpan<MessageArgument> args = [("declaredEdition", edition.GetIdentifier()), ("tableEdition", report.Applications.Outcomes.Edition.GetIdentifier())];
                Add(context, output, rule.CreateViolation(EquationRunner.PathOf(context, string.Empty, "Applications.Outcomes.OtherHandling"), args, rowLabel: ApplicationRow.OtherHandling.GetLabel().Chinese), report.Applications.Outcomes.Edition);
            }
            else
            {
                AddShapeFailure(context, output, edition, report.Applications.Outcomes.Edition, ApplicationsLayout.Title, "Applications.Outcomes");
            }
        }
    }

    private static void AddShapeFailure(ValidationContext<DisclosureReport> context, RuleOutput output, FormatEdition declared, FormatEdition actual, StatutoryLabel table, string path)
    {
        var rule = DisclosureRules.EditionShape;
        ReadOnlySpan<MessageArgument> args = [("declaredEdition", declared.GetIdentifier()), ("table", table.Chinese), ("tableEnglish", table.English), ("tableEdition", actual.GetIdentifier())];
        Add(context, output, rule.CreateViolation(EquationRunner.PathOf(context, string.Empty, path), args), actual);
    }

    private static void CheckNarrative(DisclosureReport report, ValidationContext<DisclosureReport> context, RuleOutput output)
    {
        if (report.Edition == FormatEdition.Edition2021)
        {
            var characters = CountCharacters(report.Overview);
            if (characters > OverviewCharacterLimit)
            {
                var rule = DisclosureRules.OverviewLength;
                ReadOnlySpan<MessageArgument> args = [("characters", characters)];
                Add(context, output, rule.CreateViolation(EquationRunner.PathOf(context, string.Empty, nameof(DisclosureReport.Overview)), args, left: characters, right: OverviewCharacterLimit), characters);
            }
        }

        var received = report.Applications.NewlyReceived;
        var newlyReceived = received.Total ?? received.ApplicantSum;
        if (report.UnreadCells.Count > 0 && UnreadNewlyReceived(report) is { Count: > 0 } unread && FindNoApplicationsSentence(report.Overview) is not null)
        {
            // W3 reads 一's 总计 (its six applicant columns when blank): with an unread one it cannot be assessed.
            EquationRunner.AddNotAssessable(context, "Applications.", output, DisclosureRules.NarrativeNoApplications, 1, unread);
        }
        else if (newlyReceived > 0 && FindNoApplicationsSentence(report.Overview) is { } sentence)
        {
            var rule = DisclosureRules.NarrativeNoApplications;
            ReadOnlySpan<MessageArgument> args = [("sentence", sentence), ("newlyReceived", newlyReceived)];
            Add(context, output, rule.CreateViolation(EquationRunner.PathOf(context, string.Empty, "Applications.NewlyReceived.Total"), args, rowLabel: ApplicationRow.NewlyReceived.GetLabel().Chinese, columnLabel: ApplicantColumn.Total.GetLabel().Chinese, left: newlyReceived, right: 0), newlyReceived);
        }

        Narrative.NarrativeChecks.Check(report, Narrative.NarrativeScanner.Scan(report), context, output);
    }

    /// <summary>Gets the unread cells W3 reads: 一's 总计, or its six applicant columns when the 总计 is printed blank.</summary>
    private static List<(int? Year, CellDefinition Cell)> UnreadNewlyReceived(DisclosureReport report)
    {
        var catalog = CellCatalog.Get(report.Applications.Edition);
        var unread = report.UnreadCells.Select(u => u.PropertyPath).ToHashSet(StringComparer.Ordinal);
        var total = catalog.GetCell(ApplicationRow.NewlyReceived, ApplicantColumn.Total);
        if (unread.Contains(total.PropertyPath))
        {
            return [(null, total)];
        }

        return report.Applications.NewlyReceived.Total is not null
            ? []
            : [.. ApplicantColumns.Applicants.Select(c => catalog.GetCell(ApplicationRow.NewlyReceived, c)).Where(c => unread.Contains(c.PropertyPath)).Select(c => ((int?)null, c))];
    }

    private static string? FindNoApplicationsSentence(OverviewSection overview)
    {
        if (FindNoApplicationsSentence(overview.Introduction) is { } sentence)
        {
            return sentence;
        }

        foreach (var part in overview.Parts)
        {
            if (FindNoApplicationsSentence(part.Text) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static void Add(ValidationContext<DisclosureReport> context, RuleOutput output, RuleViolation violation, object? attempted) =>
        EquationRunner.Add(context, violation, output, attempted);
}
