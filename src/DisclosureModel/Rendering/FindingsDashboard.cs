using System.Globalization;
using DisclosureModel.Validation;
using FluentValidation;
using NodaTime;

namespace DisclosureModel.Rendering;

/// <summary>
/// Writes one self-contained HTML page over many reports: counts by rule and severity, an agency × rule matrix,
/// publication dates against the statutory deadlines, and per agency its key figures and their year-over-year changes,
/// each report linked to its own findings page.
/// </summary>
/// <remarks>
/// <para>Layout: a summary first (inputs that gave no report; findings by rule and severity, as a table and an SVG bar
/// chart; publication against deadlines; an index of the agency pages), then the agencies in pages of
/// <see cref="DashboardOptions.PageSize"/>, each page a section with its own agency × rule matrix and, per agency, its
/// reports (publication status, finding counts, link) and key figures (三、一 总计, the outcome mix as an SVG stacked bar,
/// 行政复议 and 行政诉讼). Agencies are grouped by their exact name and sorted by it (ordinal), reports by year, rules in
/// catalogue order (<see cref="DisclosureRules.All"/>), so the page reads the same whatever order the entries come in.</para>
/// <para>No script, no external resource: CSS and SVG are inline. Tables have captions and <c>th scope</c>; every chart
/// has a <c>title</c>, <c>role="img"</c> and its numbers as text beside it; severities are written as a symbol and a
/// word, never only as a colour. A figure that reads a cell the import could not read
/// (<see cref="DisclosureReport.UnreadCells"/>) is shown as not assessable, never as a number.</para>
/// <para>Streaming: the entries are read once, each reduced to a small summary (its figures and finding counts) before
/// the next is read; the page is written to the writer as it goes. Memory grows with the number of reports by a few
/// hundred bytes each, never by their HTML. Output is deterministic (invariant numbers, <c>\n</c> line ends, no clock:
/// see <see cref="DashboardOptions.Today"/>).</para>
/// </remarks>
public static class FindingsDashboard
{
    /// <summary>Writes the dashboard.</summary>
    /// <param name="writer">Where to write the HTML document.</param>
    /// <param name="entries">The reports (and unreadable inputs), in any order; read once.</param>
    /// <param name="options">The options, or null for <see cref="DashboardOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="entries"/> is null, or an entry is null.</exception>
    public static void Write(TextWriter writer, IEnumerable<DashboardEntry> entries, DashboardOptions? options = null)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(entries);
        options ??= DashboardOptions.Default;
        var model = DashboardModel.Build(entries, options);
        new DashboardWriter(writer, model, options).Write();
    }

    /// <summary>Returns the dashboard as a string (see <see cref="Write"/>).</summary>
    /// <param name="entries">The reports (and unreadable inputs), in any order; read once.</param>
    /// <param name="options">The options, or null for <see cref="DashboardOptions.Default"/>.</param>
    /// <returns>The HTML document, ending with a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null, or an entry is null.</exception>
    public static string ToHtml(IEnumerable<DashboardEntry> entries, DashboardOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(writer, entries, options);
        return writer.ToString();
    }
}

/// <summary>A figure of a report: a number, blank, or not assessable (it reads an unread cell).</summary>
internal readonly record struct Figure(long? Value, bool Unread)
{
    public static Figure Of(DisclosureReport report, IEnumerable<(string Path, int? Value)> cells)
    {
        long? sum = null;
        foreach (var (path, value) in cells)
        {
            if (report.UnreadCells.Any(u => u.PropertyPath == path))
            {
                return new Figure(null, Unread: true);
            }

            if (value is { } v)
            {
                sum = (sum ?? 0) + v;
            }
        }

        return new Figure(sum, Unread: false);
    }
}

/// <summary>One report reduced to what the dashboard shows.</summary>
internal sealed class ReportRow
{
    public required int Index { get; init; }

    public required string Agency { get; init; }

    public required AgencyKind Kind { get; init; }

    public required int Year { get; init; }

    public required FormatEdition Edition { get; init; }

    public string? Source { get; init; }

    public string? Href { get; init; }

    public LocalDate? Published { get; init; }

    public LocalDate? Deadline { get; init; }

    public required int UnreadCells { get; init; }

    public required Dictionary<string, int> ByCode { get; init; }

    public required int[] BySeverity { get; init; }

    public required Figure Received { get; init; }

    public required Figure[] Outcomes { get; init; }

    public required Figure Review { get; init; }

    public required Figure ReviewCorrected { get; init; }

    public required Figure Litigation { get; init; }

    public required Figure LitigationCorrected { get; init; }
}

/// <summary>The dashboard's data: every report's row, grouped and sorted, and the totals.</summary>
internal sealed class DashboardModel
{
    public required List<(string Source, string Problem)> Unreadable { get; init; }

    public required List<(string Agency, List<ReportRow> Reports)> Agencies { get; init; }

    public required List<string> Codes { get; init; }

    public required Dictionary<string, (int Findings, int Reports, Severity Severity)> CodeTotals { get; init; }

    public required int Reports { get; init; }

    /// <summary>The outcome groups of the stacked bar, in the table's order: label and the rows each adds up.</summary>
    public static IReadOnlyList<(StatutoryLabel Label, Func<ApplicationRowDefinition, bool> Member)> OutcomeGroups { get; } =
    [
        (ApplicationsLayout.GetRow(ApplicationRow.Disclosed).Label, r => r.Row == ApplicationRow.Disclosed),
        (ApplicationsLayout.GetRow(ApplicationRow.PartiallyDisclosed).Label, r => r.Row == ApplicationRow.PartiallyDisclosed),
        (ApplicationsLayout.GetGroup(ApplicationRowGroup.Withheld).Label, r => r.Group == ApplicationRowGroup.Withheld),
        (ApplicationsLayout.GetGroup(ApplicationRowGroup.UnableToProvide).Label, r => r.Group == ApplicationRowGroup.UnableToProvide),
        (ApplicationsLayout.GetGroup(ApplicationRowGroup.NotProcessed).Label, r => r.Group == ApplicationRowGroup.NotProcessed),
        (ApplicationsLayout.GetGroup(ApplicationRowGroup.OtherHandling).Label, r => r.Row == ApplicationRow.OtherHandling || r.Group == ApplicationRowGroup.OtherHandling),
        (ApplicationsLayout.GetRow(ApplicationRow.CarriedForwardToNextYear).Label, r => r.Row == ApplicationRow.CarriedForwardToNextYear),
    ];

    public static DashboardModel Build(IEnumerable<DashboardEntry> entries, DashboardOptions options)
    {
        var unreadable = new List<(string, string)>();
        var byAgency = new Dictionary<string, List<ReportRow>>(StringComparer.Ordinal);
        var totals = new Dictionary<string, (int Findings, int Reports, Severity Severity)>(StringComparer.Ordinal);
        var index = 0;
        foreach (var entry in entries)
        {
            Preconditions.CheckNotNull(entry, nameof(entries));
            if (entry.Report is not { } report)
            {
                unreadable.Add((entry.Source ?? string.Empty, entry.Problem ?? string.Empty));
                continue;
            }

            var row = Reduce(index++, report, entry);
            foreach (var (code, count) in row.ByCode)
            {
                var severity = entry.Findings.Where(f => f.Code == code).Min(f => f.Severity);
                totals[code] = totals.TryGetValue(code, out var t)
                    ? (t.Findings + count, t.Reports + 1, (Severity)Math.Min((int)t.Severity, (int)severity))
                    : (count, 1, severity);
            }

            if (!byAgency.TryGetValue(row.Agency, out var list))
            {
                byAgency[row.Agency] = list = [];
            }

            list.Add(row);
        }

        var catalogue = DisclosureRules.All.Select((r, i) => (r.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var codes = totals.Keys
            .OrderBy(c => catalogue.TryGetValue(c, out var i) ? i : int.MaxValue)
            .ThenBy(c => c, StringComparer.Ordinal)
            .ToList();
        var agencies = byAgency
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => (a.Key, a.Value.OrderBy(r => r.Year).ThenBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Index).ToList()))
            .ToList();
        unreadable.Sort((x, y) => string.CompareOrdinal(x.Item1, y.Item1) is var c && c != 0 ? c : string.CompareOrdinal(x.Item2, y.Item2));
        return new DashboardModel { Unreadable = unreadable, Agencies = agencies, Codes = codes, CodeTotals = totals, Reports = index };
    }

    private static ReportRow Reduce(int index, DisclosureReport report, DashboardEntry entry)
    {
        var m = report.Metadata;
        var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        var bySeverity = new int[3];
        foreach (var f in entry.Findings)
        {
            byCode[f.Code] = byCode.GetValueOrDefault(f.Code) + 1;
            bySeverity[SeverityIndex(f.Severity)]++;
        }

        var rows = ApplicationsLayout.GetRows(m.Edition);
        var applications = report.Applications;
        Figure Total(Func<ApplicationRowDefinition, bool> member) => Figure.Of(
            report,
            rows.Where(member).Select(r => (r.PropertyPath + "." + nameof(ApplicantCounts.Total), r.GetCounts(applications)?.Total)));
        var review = report.ReviewAndLitigation;
        Figure Cases(CaseResultColumn column, params CaseBlock[] blocks) => Figure.Of(
            report,
            blocks.Select(b => (ReviewAndLitigationLayout.GetPropertyPath(b) + "." + column, review[b][column])));
        return new ReportRow
        {
            Index = index,
            Agency = m.AgencyName,
            Kind = m.AgencyKind,
            Year = m.ReportYear,
            Edition = m.Edition,
            Source = entry.Source,
            Href = entry.FindingsPageHref,
            Published = m.PublishedAt?.Date,
            Deadline = m.AgencyKind.GetPublicationDeadline(m.ReportYear),
            UnreadCells = report.UnreadCells.Count,
            ByCode = byCode,
            BySeverity = bySeverity,
            Received = Total(r => r.Row == ApplicationRow.NewlyReceived),
            Outcomes = [.. OutcomeGroups.Select(g => Total(g.Member))],
            Review = Cases(CaseResultColumn.Total, CaseBlock.AdministrativeReview),
            ReviewCorrected = Cases(CaseResultColumn.Corrected, CaseBlock.AdministrativeReview),
            Litigation = Cases(CaseResultColumn.Total, CaseBlock.LitigationWithoutReview, CaseBlock.LitigationAfterReview),
            LitigationCorrected = Cases(CaseResultColumn.Corrected, CaseBlock.LitigationWithoutReview, CaseBlock.LitigationAfterReview),
        };
    }

    public static int SeverityIndex(Severity severity) => severity switch
    {
        Severity.Error => 0,
        Severity.Warning => 1,
        _ => 2,
    };
}
