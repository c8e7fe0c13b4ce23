using NodaTime;

namespace DisclosureModel;

/// <summary>
/// What a report says about itself: who published it, for which year, in which format, and when.
/// </summary>
/// <remarks>
/// <para>Dates are calendar dates and times as printed on Chinese government pages, which are China Standard Time
/// (Asia/Shanghai, UTC+8, no daylight saving time). The model keeps them as the wall-clock values printed:
/// <see cref="StatisticsPeriod"/> is a <see cref="DateInterval"/> of <see cref="LocalDate"/>s and
/// <see cref="PublishedAt"/> a <see cref="LocalDateTime"/>. <see cref="GetPublicationInstant"/> places the latter on
/// the time line when an <see cref="Instant"/> is needed.</para>
/// <para>Equality is by value over every member.</para>
/// </remarks>
public sealed record ReportMetadata
{
    /// <summary>Gets the time zone of every date and time in a report: Asia/Shanghai.</summary>
    public static DateTimeZone TimeZone { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Gets the name of the publishing agency as printed, e.g. <c>六安市叶集区融媒体中心</c>.</summary>
    /// <exception cref="ArgumentException">On init: the value is null, empty or white space.</exception>
    public required string AgencyName { get; init => field = Preconditions.CheckNotBlank(value, nameof(AgencyName)); }

    /// <summary>Gets the year the report covers (报告年度), from <see cref="ReportYears.Minimum"/> to <see cref="ReportYears.Maximum"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the year is out of that range.</exception>
    public required int ReportYear { get; init => field = Preconditions.CheckReportYear(value, nameof(ReportYear)); }

    /// <summary>
    /// Gets the format edition the report follows. The edition-specific tables of the report must match it;
    /// the validators check that, the model does not.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is not a defined edition.</exception>
    public required FormatEdition Edition { get; init => field = Preconditions.CheckDefined(value, nameof(Edition)); }

    /// <summary>Gets what kind of body publishes the report, which decides its deadline. Defaults to <see cref="AgencyKind.Unspecified"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is not a defined kind.</exception>
    public AgencyKind AgencyKind { get; init => field = Preconditions.CheckDefined(value, nameof(AgencyKind)); }

    /// <summary>
    /// Gets the statistics period (数据统计期限), both ends inclusive; normally 1 January to 31 December of
    /// <see cref="ReportYear"/>. The validators check that it covers the report year.
    /// </summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required DateInterval StatisticsPeriod { get; init => field = Preconditions.CheckNotNull(value, nameof(StatisticsPeriod)); }

    /// <summary>Gets the publication date and time as printed on the page (Asia/Shanghai wall-clock time), or null when not known.</summary>
    public LocalDateTime? PublishedAt { get; init; }

    /// <summary>Gets the address of the page the report was published on, or null when not known.</summary>
    public Uri? SourceUrl { get; init; }

    /// <summary>Gets where the report's electronic version can be downloaded, as stated in it (e.g. a portal's name), or null.</summary>
    public string? DownloadLocation { get; init; }

    /// <summary>Gets the contact for questions about the report, or null when the report gives none.</summary>
    public ContactInfo? Contact { get; init; }

    /// <summary>Gets the publication date and time as an instant, interpreting <see cref="PublishedAt"/> in <see cref="TimeZone"/>.</summary>
    /// <returns>The instant, or null when the publication time is not known.</returns>
    public Instant? GetPublicationInstant() =>
        PublishedAt is { } local ? local.InZoneLeniently(TimeZone).ToInstant() : null;
}

/// <summary>How to reach the office that answers questions about a report. Every member is optional, as printed.</summary>
public sealed record ContactInfo
{
    /// <summary>Gets the office to contact, e.g. <c>平潭综合实验区管委会办公室保密与电子政务处</c>, or null.</summary>
    public string? Office { get; init; }

    /// <summary>Gets the postal address (地址), or null.</summary>
    public string? Address { get; init; }

    /// <summary>Gets the postcode (邮编), or null.</summary>
    public string? Postcode { get; init; }

    /// <summary>Gets the telephone number as printed (联系电话), e.g. <c>0564-6499006</c>, or null.</summary>
    public string? Telephone { get; init; }

    /// <summary>Gets the e-mail address (电子邮箱), or null.</summary>
    public string? Email { get; init; }
}
