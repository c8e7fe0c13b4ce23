using DisclosureModel.Utility;
using FluentValidation;
using NodaTime;
using NodaTime.Text;

namespace DisclosureModel.Validation;

/// <summary>
/// Validates <see cref="ReportMetadata"/>: E2 (edition for the year), P1 (statistics period covers the year), D1
/// (published late) and, with a clock, D2 (unpublished past the deadline).
/// </summary>
/// <remarks>Build once and share: the validator is immutable and thread-safe.</remarks>
public sealed class ReportMetadataValidator : AbstractValidator<ReportMetadata>
{
    private readonly RuleOutput output;
    private readonly IClock? clock;

    /// <summary>Creates the validator with <see cref="DisclosureValidatorOptions.Default"/>.</summary>
    public ReportMetadataValidator()
        : this(DisclosureValidatorOptions.Default)
    {
    }

    /// <summary>Creates the validator.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ReportMetadataValidator(DisclosureValidatorOptions options)
    {
        Preconditions.CheckNotNull(options);
        output = RuleOutput.Of(options);
        clock = options.Clock;
        var probes = RuleProbes<ReportMetadata>.Create(metadata => metadata, DisclosureRuleSets.Metadata, DisclosureRuleSets.Deadlines);
        RuleSet(probes.Names, () => RuleFor(metadata => metadata).Custom((metadata, context) => Check(metadata, context, string.Empty, output.For(context, probes), clock)));
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Checks metadata; also called by <see cref="DisclosureReportValidator"/> with the prefix <c>Metadata.</c>.</summary>
    internal static void Check<T>(ReportMetadata metadata, ValidationContext<T> context, string prefix, RuleOutput output, IClock? clock)
    {
        var expected = FormatEditions.ForReportYear(metadata.ReportYear);
        if (metadata.Edition != expected)
        {
            var rule = DisclosureRules.EditionForYear;
            ReadOnlySpan<MessageArgument> args =
            [
                ("year", metadata.ReportYear), ("expectedEdition", expected.GetIdentifier()), ("expectedNotice", expected.GetIssuingDocument()),
                ("edition", metadata.Edition.GetIdentifier()), ("notice", metadata.Edition.GetIssuingDocument()),
            ];
            Add(context, prefix, output, rule, nameof(ReportMetadata.Edition), args, metadata.Edition, null, null);
        }

        var period = metadata.StatisticsPeriod;
        if (period.Start > new LocalDate(metadata.ReportYear, 1, 1) || period.End < new LocalDate(metadata.ReportYear, 12, 31))
        {
            ReadOnlySpan<MessageArgument> args = [("year", metadata.ReportYear), ("start", Iso(period.Start)), ("end", Iso(period.End))];
            Add(context, prefix, output, DisclosureRules.PeriodCoversYear, nameof(ReportMetadata.StatisticsPeriod), args, period, null, null);
        }

        if (metadata.AgencyKind.GetPublicationDeadline(metadata.ReportYear) is not { } deadline)
        {
            return;
        }

        var (chinese, english) = PublicationDeadlines.GetNames(metadata.AgencyKind);
        if (metadata.PublishedAt is { } published)
        {
            var date = published.Date;
            if (date > deadline)
            {
                var days = Period.DaysBetween(deadline, date);
                ReadOnlySpan<MessageArgument> args = [("agencyKind", chinese), ("agencyKindEnglish", english), ("deadline", Iso(deadline)), ("publishedOn", Iso(date)), ("days", days)];
                Add(context, prefix, output, DisclosureRules.PublishedLate, nameof(ReportMetadata.PublishedAt), args, published, days, 0);
            }
        }
        else if (clock is not null)
        {
            var today = clock.GetCurrentInstant().InZone(ReportMetadata.TimeZone).Date;
            if (today > deadline)
            {
                var days = Period.DaysBetween(deadline, today);
                ReadOnlySpan<MessageArgument> args = [("agencyKind", chinese), ("agencyKindEnglish", english), ("deadline", Iso(deadline)), ("today", Iso(today)), ("days", days)];
                Add(context, prefix, output, DisclosureRules.UnpublishedPastDeadline, nameof(ReportMetadata.PublishedAt), args, null, days, 0);
            }
        }
    }

    private static void Add<T>(ValidationContext<T> context, string prefix, RuleOutput output, RuleDefinition rule, string member, ReadOnlySpan<MessageArgument> args, object? attempted, long? left, long? right) =>
        EquationRunner.Add(
            context,
            rule.CreateViolation(EquationRunner.PathOf(context, prefix, member), args, left: left, right: right),
            output,
            attempted);
}
