using FluentValidation;
using NodaTime;
using NodaTime.Text;

namespace DisclosureModel.Validation;

/// <summary>The statutory publication deadlines (条例 第四十九条 and the format notices; FORMATS.md §6).</summary>
public static class PublicationDeadlines
{
    /// <summary>
    /// Gets the last day on which a report may be published (inclusive), an Asia/Shanghai calendar date in the year
    /// after the report year: 31 January for departments, government offices and townships; 20 February for county
    /// aggregates; 10 March for prefecture aggregates; 31 March for a government's own report and for provincial and
    /// vertical-system aggregates.
    /// </summary>
    /// <param name="kind">A defined agency kind.</param>
    /// <param name="reportYear">The report year, from <see cref="ReportYears.Minimum"/> to <see cref="ReportYears.Maximum"/>.</param>
    /// <returns>The deadline, or null for <see cref="AgencyKind.Unspecified"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined or <paramref name="reportYear"/> is out of range.</exception>
    public static LocalDate? GetPublicationDeadline(this AgencyKind kind, int reportYear)
    {
        var year = Preconditions.CheckReportYear(reportYear) + 1;
        return Preconditions.CheckDefined(kind) switch
        {
            AgencyKind.Department or AgencyKind.GovernmentOffice or AgencyKind.Township => new LocalDate(year, 1, 31),
            AgencyKind.CountyAggregate => new LocalDate(year, 2, 20),
            AgencyKind.PrefectureAggregate => new LocalDate(year, 3, 10),
            AgencyKind.Government or AgencyKind.ProvincialAggregate or AgencyKind.VerticalSystemAggregate => new LocalDate(year, 3, 31),
            _ => null,
        };
    }

    /// <summary>Gets the Chinese and English names of an agency kind as messages use them.</summary>
    internal static (string Chinese, string English) GetNames(AgencyKind kind) => kind switch
    {
        AgencyKind.Department => ("县级以上人民政府部门", "government department"),
        AgencyKind.GovernmentOffice => ("政府办公厅（室）", "government general office"),
        AgencyKind.Township => ("乡镇人民政府", "township government"),
        AgencyKind.Government => ("本级政府", "people's government (own report)"),
        AgencyKind.CountyAggregate => ("县级汇总", "county-level aggregate"),
        AgencyKind.PrefectureAggregate => ("地市级汇总", "prefecture-level aggregate"),
        AgencyKind.ProvincialAggregate => ("省级汇总", "provincial aggregate"),
        AgencyKind.VerticalSystemAggregate => ("垂直管理系统汇总", "vertical-system aggregate"),
        _ => ("未说明类型的机关", "unspecified agency"),
    };
}

/// <summary>
/// Validates <see cref="ReportMetadata"/>: E2 (edition for the year), P1 (statistics period covers the year), D1
/// (published late) and, with a clock, D2 (unpublished past the deadline).
/// </summary>
/// <remarks>Build once and share: the validator is immutable and thread-safe.</remarks>
public sealed class ReportMetadataValidator : AbstractValidator<ReportMetadata>
{
    private readonly ValidationLanguage language;
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
        language = options.Language;
        clock = options.Clock;
        RuleFor(metadata => metadata).Custom((metadata, context) => Check(metadata, context, string.Empty, language, clock));
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Checks metadata; also called by <see cref="DisclosureReportValidator"/> with the prefix <c>Metadata.</c>.</summary>
    internal static void Check<T>(ReportMetadata metadata, ValidationContext<T> context, string prefix, ValidationLanguage language, IClock? clock)
    {
        var expected = FormatEditions.ForReportYear(metadata.ReportYear);
        if (metadata.Edition != expected)
        {
            var rule = DisclosureRules.EditionForYear;
            ReadOnlySpan<object?> args =
            [
                metadata.ReportYear, expected.GetIdentifier(), expected.GetIssuingDocument(),
                metadata.Edition.GetIdentifier(), metadata.Edition.GetIssuingDocument(),
            ];
            Add(context, prefix, language, rule, nameof(ReportMetadata.Edition), args, metadata.Edition, null, null);
        }

        var period = metadata.StatisticsPeriod;
        if (period.Start > new LocalDate(metadata.ReportYear, 1, 1) || period.End < new LocalDate(metadata.ReportYear, 12, 31))
        {
            ReadOnlySpan<object?> args = [metadata.ReportYear, Iso(period.Start), Iso(period.End)];
            Add(context, prefix, language, DisclosureRules.PeriodCoversYear, nameof(ReportMetadata.StatisticsPeriod), args, period, null, null);
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
                ReadOnlySpan<object?> args = [chinese, english, Iso(deadline), Iso(date), days];
                Add(context, prefix, language, DisclosureRules.PublishedLate, nameof(ReportMetadata.PublishedAt), args, published, days, 0);
            }
        }
        else if (clock is not null)
        {
            var today = clock.GetCurrentInstant().InZone(ReportMetadata.TimeZone).Date;
            if (today > deadline)
            {
                var days = Period.DaysBetween(deadline, today);
                ReadOnlySpan<object?> args = [chinese, english, Iso(deadline), Iso(today), days];
                Add(context, prefix, language, DisclosureRules.UnpublishedPastDeadline, nameof(ReportMetadata.PublishedAt), args, null, days, 0);
            }
        }
    }

    private static void Add<T>(ValidationContext<T> context, string prefix, ValidationLanguage language, RuleDefinition rule, string member, ReadOnlySpan<object?> args, object? attempted, long? left, long? right) =>
        EquationRunner.Add(
            context,
            rule.CreateViolation(EquationRunner.PathOf(context, prefix, member), args, left: left, right: right),
            language,
            attempted);
}
