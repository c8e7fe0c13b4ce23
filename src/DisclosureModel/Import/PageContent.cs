using NodaTime;

namespace DisclosureModel.Import;

/// <summary>
/// What an import read from a page besides its tables, agency name and year: the narrative, the stated statistics
/// period, and the metadata the page (or the options) gives. <see cref="ToReport"/> completes recognised tables into
/// a report; the engine and <see cref="ImportResult.ToReport"/> both build reports here.
/// </summary>
internal sealed record PageContent
{
    /// <summary>Gets content with nothing read: for an <see cref="ImportResult"/> built by a caller.</summary>
    internal static PageContent Empty { get; } = new();

    internal string Preamble { get; init; } = string.Empty;

    internal OverviewSection Overview { get; init; } = new();

    internal string ProblemsAndImprovements { get; init; } = string.Empty;

    internal string OtherMatters { get; init; } = string.Empty;

    /// <summary>Gets the statistics period the page states, or null (then the calendar year of the report is assumed).</summary>
    internal DateInterval? StatedPeriod { get; init; }

    internal AgencyKind AgencyKind { get; init; }

    internal LocalDateTime? PublishedAt { get; init; }

    internal Uri? SourceUrl { get; init; }

    internal string? DownloadLocation { get; init; }

    internal ContactInfo? Contact { get; init; }

    /// <summary>Builds the report of the tables with this content and the given agency name and year.</summary>
    /// <exception cref="ArgumentException">The agency name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    internal DisclosureReport ToReport(ImportedTables tables, string agencyName, int reportYear) => new()
    {
        Metadata = new ReportMetadata
        {
            AgencyName = agencyName,
            ReportYear = reportYear,
            Edition = tables.Edition,
            AgencyKind = AgencyKind,
            StatisticsPeriod = StatedPeriod ?? new DateInterval(new LocalDate(reportYear, 1, 1), new LocalDate(reportYear, 12, 31)),
            PublishedAt = PublishedAt,
            SourceUrl = SourceUrl,
            DownloadLocation = DownloadLocation,
            Contact = Contact,
        },
        Preamble = Preamble,
        Overview = Overview,
        ProactiveDisclosure = tables.ProactiveDisclosure,
        Applications = tables.Applications,
        ReviewAndLitigation = tables.ReviewAndLitigation,
        ProblemsAndImprovements = ProblemsAndImprovements,
        OtherMatters = OtherMatters,
        UnreadCells = tables.UnreadCells,
    };
}
