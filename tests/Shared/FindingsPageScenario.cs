using DisclosureModel.Import;
using DisclosureModel.Validation;
using FluentValidation;

namespace DisclosureModel.TestSupport;

/// <summary>
/// A report with every kind of finding a findings page shows, built mechanically from the 2021-format sample: a broken
/// cell (errors, with a smallest correction added to the first), a late publication (warning D1), an unread cell (a
/// not-assessable NA finding), the sample's own information (W2), and a narrative finding quoting Section 一.
/// </summary>
/// <remarks>
/// The narrative finding and the correction are built here with <c>with</c> on real validation results: the checks that
/// produce them (issue 18) are other branches' work; the page only shows what a <see cref="RuleViolation"/> carries.
/// </remarks>
internal static class FindingsPageScenario
{
    /// <summary>The cell broken in the scenario: the sample prints 71; the scenario prints 72.</summary>
    public const string BrokenCell = "Applications.NewlyReceived.NaturalPerson";

    /// <summary>The cell marked unread in the scenario.</summary>
    public const string UnreadCellPath = "ReviewAndLitigation.AdministrativeReview.Upheld";

    /// <summary>Gets the report.</summary>
    public static DisclosureReport Report { get; } = BuildReport();

    /// <summary>Gets the findings: a full validation (every severity) with a correction and a narrative finding added.</summary>
    public static IReadOnlyList<RuleViolation> Findings { get; } = BuildFindings(Report);

    /// <summary>Validates a report reporting every severity.</summary>
    public static IReadOnlyList<RuleViolation> Validate(DisclosureReport report) =>
        new DisclosureReportValidator(new DisclosureValidatorOptions { MinimumSeverity = Severity.Info, Language = ValidationLanguage.English })
            .Validate(report)
            .GetViolations();

    private static DisclosureReport BuildReport()
    {
        var sample = Samples.Pingtan2022;
        var applications = sample.Applications;
        var review = sample.ReviewAndLitigation;
        return sample with
        {
            // The 2021 deadline of a government's own report is 31 March 2023: published ten days late.
            Metadata = sample.Metadata with { PublishedAt = new LocalDateTime(2023, 4, 10, 9, 30) },
            Applications = applications with { NewlyReceived = applications.NewlyReceived.With(ApplicantColumn.NaturalPerson, applications.NewlyReceived.NaturalPerson + 1) },
            ReviewAndLitigation = review with { AdministrativeReview = review.AdministrativeReview with { Upheld = null } },
            UnreadCells =
            [
                new UnreadCell
                {
                    PropertyPath = UnreadCellPath,
                    Code = ImportDiagnosticCode.UnreadableCells,
                    Message = "The digits of this row cannot be split into its cells.",
                    ChineseMessage = "该行数字无法拆分为各单元格。",
                    Seen = "2 0 0 <2>",
                },
            ],
        };
    }

    private static List<RuleViolation> BuildFindings(DisclosureReport report)
    {
        var findings = Validate(report).ToList();

        // The smallest correction of the broken cell: put back what the sample printed.
        var first = findings.FindIndex(f => f.Severity == Severity.Error);
        var original = Samples.Pingtan2022.Applications.NewlyReceived.NaturalPerson;
        findings[first] = findings[first] with
        {
            Corrections =
            [
                new Correction
                {
                    Changes =
                    [
                        new CellChange
                        {
                            PropertyPath = BrokenCell,
                            RowLabel = ApplicationsLayout.GetRow(ApplicationRow.NewlyReceived).Label.Chinese,
                            ColumnLabel = ApplicantColumn.NaturalPerson.GetLabel().Chinese,
                            From = original + 1,
                            To = original ?? 0,
                        },
                    ],
                },
            ],
        };

        // Section 一 states how many applications were received; quote it as a narrative finding would.
        var partIndex = report.Overview.Parts.ToList().FindIndex(p => p.Text.Contains("收到政府信息公开申请", StringComparison.Ordinal));
        var text = report.Overview.Parts[partIndex].Text;
        var offset = text.IndexOf("收到政府信息公开申请", StringComparison.Ordinal);
        var end = text.IndexOf('件', offset) + 1;
        var start = text.LastIndexOf('。', offset) + 1;
        var sentence = text[start..(text.IndexOf('。', offset) + 1)];
        var stated = text[(offset + "收到政府信息公开申请".Length)..(end - 1)];
        findings.Add(new RuleViolation
        {
            Code = "N1",
            Severity = Severity.Warning,
            PropertyPath = $"Overview.Parts[{partIndex}].Text",
            RowLabel = ApplicationsLayout.GetRow(ApplicationRow.NewlyReceived).Label.Chinese,
            ColumnLabel = ApplicantColumn.Total.GetLabel().Chinese,
            Equation = $"{stated} ≠ {report.Applications.NewlyReceived.Total}",
            Left = long.Parse(stated, System.Globalization.CultureInfo.InvariantCulture),
            Right = report.Applications.NewlyReceived.Total,
            ChineseMessage = $"总体情况称收到申请{stated}件，第三部分“一、本年新收”总计为{report.Applications.NewlyReceived.Total}件。",
            EnglishMessage = $"Section 一 states {stated} applications received; Section 三 counts {report.Applications.NewlyReceived.Total} new ones.",
            Narrative = new NarrativeLocation
            {
                PropertyPath = $"Overview.Parts[{partIndex}].Text",
                Offset = offset,
                Length = end - offset,
                Sentence = sentence,
            },
        });
        return findings;
    }
}
