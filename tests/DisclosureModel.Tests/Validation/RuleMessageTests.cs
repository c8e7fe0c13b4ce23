using DisclosureModel.Utility;
using DisclosureModel.Validation;
using FluentValidation.Results;
using static DisclosureModel.Tests.Validation.Reports;

namespace DisclosureModel.Tests.Validation;

/// <summary>
/// The message templates of the rules: one table per language keyed by rule code, named placeholders declared once per
/// rule, and no placeholder left unfilled in any failure a validator reports.
/// </summary>
public class RuleMessageTests
{
    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }

    private static IEnumerable<string> Codes => DisclosureRules.All.Select(r => r.Code);

    private static DisclosureReport Year(DisclosureReport report, int year) => report.WithMetadata(m => m with
    {
        ReportYear = year,
        StatisticsPeriod = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)),
        PublishedAt = new LocalDateTime(year + 1, 2, 20, 15, 7),
    });

    /// <summary>Reports, one or more per rule, that break it (and sometimes others).</summary>
    private static IEnumerable<DisclosureReport> BrokenReports()
    {
        yield return Balanced2021.WithApplications(a => a with { CarriedOverFromLastYear = Row(2, 0, 2) });                  // R1
        yield return Balanced2021.WithOutcomes2021(o => o with { Disclosed = Row(22, 0, 22) });                               // R2
        yield return Balanced2021.WithOutcomes2021(o => o with { Disclosed = Row(22, 0, 21), PartiallyDisclosed = Row(7, 1, 9) }); // R3
        yield return Balanced2021 with { ReviewAndLitigation = Balanced2021.ReviewAndLitigation with { AdministrativeReview = new(0, 1, 1, 0, 3) } }; // R4
        yield return Seed.WithProactive2019(p => p with { Article20Item5 = p.Article20Item5 with { AdministrativeLicensing = new(3, -5, 0) } }); // R6
        yield return Seed.WithProactive2019(p => p with { Article20Item1 = p.Article20Item1 with { Rules = new(0, 5, 3) } }); // R7
        yield return Balanced2021 with { ProactiveDisclosure = Seed.ProactiveDisclosure };                                    // E1
        yield return Year(Seed, 2021);                                                                                        // E2
        yield return Balanced2021 with { Applications = ApplicationsTable.Zero(FormatEdition.Edition2019) };                  // E3
        yield return Seed.WithMetadata(m => m with { StatisticsPeriod = new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 11, 30)) }); // P1
        yield return Seed.WithMetadata(m => m with { PublishedAt = new LocalDateTime(2021, 2, 3, 9, 0) });                    // D1
        yield return Seed.WithMetadata(m => m with { PublishedAt = null });                                                   // D2, with the clock
        yield return Balanced2021.WithOutcomes2021(o => o with { OtherHandling = o.OtherHandling with { Other = Row(20, 2, 22) } }); // W1
        yield return Samples.Pingtan2022;                                                                                     // W2
        yield return Seed.WithApplications(a => a with                                                                        // W3
        {
            NewlyReceived = ApplicantCounts.FromApplicants(1),
            Outcomes = (ApplicationOutcomes2019)a.Outcomes with { Disclosed = ApplicantCounts.FromApplicants(1), Total = ApplicantCounts.FromApplicants(1) },
        });
        yield return Balanced2021 with { OtherMatters = "本机关受理政府信息公开申请70件。" };                                  // N1 (N3: E2's seed of 2021 opens with 2020年)
        yield return Balanced2021 with { OtherMatters = "本机关行政复议案件2件，均获维持。" };                                // N2
        yield return Balanced2021 with { ReviewAndLitigation = new() { AdministrativeReview = default, LitigationWithoutReview = default, LitigationAfterReview = default } }; // B1
        yield return Balanced2021 with { OtherMatters = "无其他需要报告的事项。" };                                            // C1
        yield return Balanced2021 with { ProblemsAndImprovements = "无。" };                                                   // C2
        yield return Balanced2021 with { ProblemsAndImprovements = string.Empty };                                            // C2
        yield return Balanced2021 with { ProactiveDisclosure = ((ProactiveDisclosure2021)Balanced2021.ProactiveDisclosure) with { Article20Item5 = new() { AdministrativeLicensing = null } } }; // C3
        yield return Balanced2021 with { UnreadCells = [Unread("Applications.NewlyReceived.Total")] };                       // U1, NA
        yield return Seed with { UnreadCells = [Unread("ProactiveDisclosure.Article20Item1.Rules.InForce")] };               // U2

        static UnreadCell Unread(string path) => new() { PropertyPath = path, Code = DisclosureModel.Import.ImportDiagnosticCode.AmbiguousSplit, Message = "m", ChineseMessage = "m" };
    }

    /// <summary>Series of reports that break X1–X7.</summary>
    private static IEnumerable<DisclosureReport[]> BrokenSeries()
    {
        yield return [Year(Samples.Pingtan2022, 2021), CorpusReports.Pingtan2020];                                            // X1
        foreach (var feeChange in (int[])[-10, -15])                                                                          // X2, X3
        {
            var earlier = Year(CorpusReports.Pingtan2020, 2019).WithProactive2019(p => p with
            {
                Article20Item1 = new() { Rules = new(0, 0, 0), NormativeDocuments = new(60, 60, 89) },
                Article20Item8 = new() { AdministrativeFees = new(50, feeChange) },
            }) with { UnreadCells = [] };
            yield return [earlier, CorpusReports.Pingtan2020];
        }

        var previous = Year(Samples.Pingtan2022, 2021) with                                                                   // X4
        {
            ProactiveDisclosure = ((ProactiveDisclosure2021)Samples.Pingtan2022.ProactiveDisclosure) with
            {
                Article20Item1 = new() { Rules = new(0, 0, 0), NormativeDocuments = new(70, 10, 660) },
            },
        };
        yield return [previous, Samples.Pingtan2022];
        yield return [previous with { ProactiveDisclosure = ((ProactiveDisclosure2021)previous.ProactiveDisclosure) with { Article20Item5 = new() { AdministrativeLicensing = 500 } } }, Samples.Pingtan2022]; // X4, X7
        yield return [Samples.Pingtan2022, Samples.Pingtan2022];                                                              // X5
        yield return [Samples.Pingtan2022, Samples.Pingtan2022.WithMetadata(m => m with { AgencyName = "另一机关" })];         // X5, X6
    }

    private static List<ValidationFailure> AllFailures()
    {
        var failures = new List<ValidationFailure>();
        foreach (var options in (DisclosureValidatorOptions[])[Chinese, English])
        {
            var withClock = options with { Clock = new FixedClock(Instant.FromUtc(2021, 2, 9, 16, 30)) };
            foreach (var report in BrokenReports())
            {
                failures.AddRange(new DisclosureReportValidator(withClock).Validate(report).Errors);
            }

            foreach (var series in BrokenSeries())
            {
                failures.AddRange(new DisclosureReportSeriesValidator(options).Validate(series).Errors);
            }

            // A1 (a changed cell), A2 (a member of another year), A3 (a missing member), NA (an unread cell): RollupCheck's violations.
            var member = Samples.Pingtan2022;
            var aggregate = DisclosureModel.Analysis.ReportAggregator.Sum([member], "某县").Report;
            var lastYear = Year(member, 2021);
            foreach (var (rollup, members) in new (DisclosureReport, RollupMember[])[]
            {
                (aggregate with { ReviewAndLitigation = aggregate.ReviewAndLitigation with { AdministrativeReview = new(9, 9, 9, 9, 36) } }, [RollupMember.Of(member), RollupMember.Missing("乙")]),
                (aggregate, [RollupMember.Of(lastYear)]),
                (aggregate with { UnreadCells = [new() { PropertyPath = "Applications.NewlyReceived.Total", Code = DisclosureModel.Import.ImportDiagnosticCode.AmbiguousSplit, Message = "m", ChineseMessage = "m" }] }, [RollupMember.Of(member)]),
            })
            {
                failures.AddRange(RollupCheck.Check(rollup, members, options).Select(v => v.ToFailure(v.PropertyPath, options.Language, null)));
            }
        }

        return failures;
    }

    [Fact]
    public void Each_language_has_one_template_per_rule()
    {
        Assert.Equal(Codes.Order(StringComparer.Ordinal), ChineseRuleMessages.Templates.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Codes.Order(StringComparer.Ordinal), EnglishRuleMessages.Templates.Keys.Order(StringComparer.Ordinal));
        Assert.All(DisclosureRules.All, rule =>
        {
            Assert.Same(ChineseRuleMessages.Templates[rule.Code], rule.ChineseMessageTemplate);
            Assert.Same(EnglishRuleMessages.Templates[rule.Code], rule.EnglishMessageTemplate);
            Assert.Equal(rule.ChineseMessageTemplate, rule.GetMessageTemplate(ValidationLanguage.Chinese));
            Assert.Equal(rule.EnglishMessageTemplate, rule.GetMessageTemplate(ValidationLanguage.English));
        });
    }

    [Fact]
    public void The_templates_use_exactly_the_declared_placeholders()
    {
        Assert.All(DisclosureRules.All, rule =>
        {
            var declared = rule.MessagePlaceholders.Select(p => p.Name).ToList();
            var chinese = MessageTemplate.GetPlaceholders(rule.ChineseMessageTemplate, rule.Code);
            var english = MessageTemplate.GetPlaceholders(rule.EnglishMessageTemplate, rule.Code);
            Assert.Equal(declared.Distinct().Count(), declared.Count);
            Assert.Subset(declared.ToHashSet(), chinese.ToHashSet());
            Assert.Subset(declared.ToHashSet(), english.ToHashSet());
            Assert.Equal(declared.Order(StringComparer.Ordinal), chinese.Union(english).Order(StringComparer.Ordinal));
            Assert.All(rule.MessagePlaceholders, p => Assert.NotEmpty(p.Description));
            Assert.DoesNotMatch(@"\{\d+\}", rule.ChineseMessageTemplate + rule.EnglishMessageTemplate);
        });
    }

    [Fact]
    public void A_placeholder_prints_as_it_is_written_in_a_template()
    {
        Assert.Equal("{column}", DisclosureRules.CarryOverIdentity.MessagePlaceholders[0].ToString());
    }

    /// <summary>
    /// Breaks every rule, validates in both languages and requires every message to be filled in: no brace is left.
    /// In debug builds <see cref="RuleDefinition"/> also requires each call site to supply exactly the rule's
    /// placeholders, so a forgotten or misnamed argument fails here.
    /// </summary>
    [Fact]
    public void Every_rule_reports_messages_with_every_placeholder_filled_in_both_languages()
    {
        var failures = AllFailures();

        Assert.Equal(Codes.Order(StringComparer.Ordinal), failures.Select(f => f.ErrorCode).Distinct().Order(StringComparer.Ordinal));
        Assert.All(failures, failure =>
        {
            var violation = failure.GetViolation()!;
            Assert.DoesNotContain('{', violation.ChineseMessage);
            Assert.DoesNotContain('}', violation.ChineseMessage);
            Assert.DoesNotContain('{', violation.EnglishMessage);
            Assert.DoesNotContain('}', violation.EnglishMessage);
        });
    }

    [Fact]
    public void A_message_is_its_template_with_the_arguments_in_place()
    {
        // The R2 failure of the real Pingtan 2020 report: the template's text around the placeholders is kept verbatim.
        var failure = Validate(CorpusReports.Pingtan2020, English).Errors.First(f => f.ErrorCode == "R2");
        var violation = failure.GetViolation()!;
        var rule = DisclosureRules.OutcomeTotal;
        Assert.Equal(
            rule.ChineseMessageTemplate.Replace("{column}", violation.ColumnLabel, StringComparison.Ordinal).Replace("{equation}", violation.Equation, StringComparison.Ordinal),
            violation.ChineseMessage);
        Assert.Equal(
            rule.EnglishMessageTemplate.Replace("{column}", violation.ColumnLabel, StringComparison.Ordinal)
                .Replace("{columnEnglish}", ApplicantColumn.NaturalPerson.GetLabel().English, StringComparison.Ordinal)
                .Replace("{equation}", violation.Equation, StringComparison.Ordinal),
            violation.EnglishMessage);
    }
}
