using DisclosureModel.Validation;

namespace DisclosureModel.Rendering;

/// <summary>
/// One input of a <see cref="FindingsDashboard"/>: a report with its findings and, optionally, the address of its own
/// findings page; or an input that gave no report (<see cref="Unreadable"/>), which the dashboard lists rather than drops.
/// </summary>
/// <remarks>Equality is by value (the findings element-wise).</remarks>
public sealed record DashboardEntry
{
    /// <summary>Creates the entry of a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="findings">Its findings (of <see cref="DisclosureReportValidator"/>, and of the series validator for
    /// its agency's other years), in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="findings"/> is null.</exception>
    public DashboardEntry(DisclosureReport report, IEnumerable<RuleViolation> findings)
    {
        Report = Preconditions.CheckNotNull(report);
        Findings = [.. Preconditions.CheckNotNull(findings)];
    }

    private DashboardEntry(string source, string problem)
    {
        Source = source;
        Problem = problem;
        Findings = ValueList<RuleViolation>.Empty;
    }

    /// <summary>Creates the entry of an input that gave no report.</summary>
    /// <param name="source">The input, e.g. its path.</param>
    /// <param name="problem">Why no report could be read from it.</param>
    /// <returns>The entry; its <see cref="Report"/> is null.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> or <paramref name="problem"/> is null or blank.</exception>
    public static DashboardEntry Unreadable(string source, string problem) =>
        new(Preconditions.CheckNotBlank(source), Preconditions.CheckNotBlank(problem));

    /// <summary>Gets the report, or null when the input gave none (<see cref="Problem"/> says why).</summary>
    public DisclosureReport? Report { get; }

    /// <summary>Gets the report's findings; empty for an unreadable input.</summary>
    public ValueList<RuleViolation> Findings { get; }

    /// <summary>Gets why the input gave no report, or null when it gave one.</summary>
    public string? Problem { get; }

    /// <summary>Gets where the report came from (e.g. a path relative to the folder read), shown beside it, or null.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the address of the report's own findings page, which the dashboard links to (written as given,
    /// HTML-escaped; relative addresses resolve against the dashboard's), or null for no link.</summary>
    public string? FindingsPageHref { get; init; }
}
