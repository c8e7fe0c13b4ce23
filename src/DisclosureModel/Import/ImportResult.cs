using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace DisclosureModel.Import;

/// <summary>One label that voted for an edition during detection (docs/import.md, "How it reads a page", step 4).</summary>
/// <param name="Edition">The edition the label belongs to.</param>
/// <param name="Label">The statutory label found.</param>
/// <param name="Location">Where it was found.</param>
public sealed record EditionVote(FormatEdition Edition, string Label, SourceLocation Location);

/// <summary>A statutory table or sub-table the importer recognised.</summary>
/// <param name="Identifier">The table's identifier, e.g. <c>article20Item1</c>, <c>applications</c>, <c>reviewAndLitigation</c>.</param>
/// <param name="Label">The table's statutory label, e.g. <c>第二十条第（一）项</c>.</param>
/// <param name="Location">Where its first label was found.</param>
/// <param name="RowsRead">How many data rows (or, for Section 四, blocks) were read.</param>
/// <param name="RowsExpected">How many the edition has.</param>
public sealed record RecognizedTable(string Identifier, string Label, SourceLocation Location, int RowsRead, int RowsExpected);

/// <summary>
/// What an import found and did: the edition and why, the metadata the page shows, the tables recognised, and every
/// diagnostic with its location.
/// </summary>
/// <remarks>Equality is by value. <see cref="ToCanonicalText"/> writes the log as stable text for snapshots and diffs.</remarks>
public sealed record ImportLog
{
    /// <summary>Gets the edition detected (or given), or null when none could be determined.</summary>
    public FormatEdition? Edition { get; init; }

    /// <summary>Gets why that edition was chosen, in English.</summary>
    public string EditionReason { get; init; } = string.Empty;

    /// <summary>Gets the labels that voted for an edition, in input order.</summary>
    public ValueList<EditionVote> EditionVotes { get; init; } = ValueList<EditionVote>.Empty;

    /// <summary>
    /// Gets the agency name the import used (from the options, the title or a sentence; see <see cref="AgencyNameOrigin"/>),
    /// or null when none was found.
    /// </summary>
    public string? AgencyName { get; init; }

    /// <summary>Gets where <see cref="AgencyName"/> came from, or null when there is none.</summary>
    public MetadataOrigin? AgencyNameOrigin { get; init; }

    /// <summary>
    /// Gets the report year the import used (from the options, the title, the statistics period or a sentence; see
    /// <see cref="ReportYearOrigin"/>), or null when none was found. It may be out of range (then there is no report).
    /// </summary>
    public int? ReportYear { get; init; }

    /// <summary>Gets where <see cref="ReportYear"/> came from, or null when there is none.</summary>
    public MetadataOrigin? ReportYearOrigin { get; init; }

    /// <summary>Gets the publication time the import used (from the options or the page header), or null.</summary>
    public LocalDateTime? PublishedAt { get; init; }

    /// <summary>Gets where <see cref="PublishedAt"/> came from, or null when there is none.</summary>
    public MetadataOrigin? PublishedAtOrigin { get; init; }

    /// <summary>Gets the tables recognised, in input order.</summary>
    public ValueList<RecognizedTable> Tables { get; init; } = ValueList<RecognizedTable>.Empty;

    /// <summary>
    /// Gets how many cells of the report's statutory tables were read (a number, or a blank printed as blank), or null
    /// when there is no report. With <see cref="UnreadCells"/>, it makes up every cell of the edition's
    /// <see cref="CellCatalog"/>.
    /// </summary>
    public int? CellsRead { get; init; }

    /// <summary>
    /// Gets the cells that could not be read, with the reason for each: the same list as the report's
    /// <see cref="DisclosureReport.UnreadCells"/>; empty when every cell was read or there is no report.
    /// </summary>
    public ValueList<UnreadCell> UnreadCells { get; init; } = ValueList<UnreadCell>.Empty;

    /// <summary>Gets the diagnostics, in input order within each stage of the import.</summary>
    public ValueList<ImportDiagnostic> Diagnostics { get; init; } = ValueList<ImportDiagnostic>.Empty;

    /// <summary>Gets a value indicating whether any diagnostic is an <see cref="ImportSeverity.Error"/>.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == ImportSeverity.Error);

    /// <summary>
    /// Writes the log as canonical text: one item per line, independent of culture and platform, lines ending with
    /// <c>\n</c>. The first line names the layout version.
    /// </summary>
    /// <returns>The text.</returns>
    public string ToCanonicalText()
    {
        var b = new StringBuilder();
        void Line(string s) => b.Append(s).Append('\n');
        Line("DisclosureModel import log 1");
        Line("edition: " + (Edition is { } e ? e.GetIdentifier() : "_"));
        Line("editionReason: " + EditionReason);
        foreach (var vote in EditionVotes)
        {
            Line($"  vote {vote.Edition.GetIdentifier()}: {vote.Label} at {vote.Location}");
        }

        static string From(MetadataOrigin? origin) => origin is { } o ? $" (from {o})" : string.Empty;
        Line("agencyName: " + (AgencyName ?? "_") + From(AgencyNameOrigin));
        Line("reportYear: " + (ReportYear is { } y ? y.ToString(CultureInfo.InvariantCulture) : "_") + From(ReportYearOrigin));
        Line("publishedAt: " + (PublishedAt is { } p ? LocalDateTimePattern.ExtendedIso.Format(p) : "_") + From(PublishedAtOrigin));
        Line($"tables: {Tables.Count.ToString(CultureInfo.InvariantCulture)}");
        foreach (var table in Tables)
        {
            Line($"  {table.Identifier} {table.Label} at {table.Location}: {table.RowsRead.ToString(CultureInfo.InvariantCulture)}/{table.RowsExpected.ToString(CultureInfo.InvariantCulture)}");
        }

        if (CellsRead is { } read)
        {
            Line($"cells: {read.ToString(CultureInfo.InvariantCulture)} read, {UnreadCells.Count.ToString(CultureInfo.InvariantCulture)} unread");
            foreach (var (code, path, count) in GroupUnreadCells(UnreadCells))
            {
                Line($"  unread {count.ToString(CultureInfo.InvariantCulture)} {code}: {path}");
            }
        }

        Line($"diagnostics: {Diagnostics.Count.ToString(CultureInfo.InvariantCulture)}");
        foreach (var diagnostic in Diagnostics)
        {
            Line("  " + diagnostic);
        }

        return b.ToString();
    }

    /// <summary>
    /// Groups consecutive unread cells that share one reason (code, message, text seen) and names each group by the
    /// longest path its cells share: a row (<c>Applications.Outcomes.PartiallyDisclosed</c>), a table, or one cell.
    /// </summary>
    private static IEnumerable<(ImportDiagnosticCode Code, string Path, int Count)> GroupUnreadCells(ValueList<UnreadCell> cells)
    {
        var i = 0;
        while (i < cells.Count)
        {
            var first = cells[i];
            var path = first.PropertyPath;
            var j = i + 1;
            while (j < cells.Count && cells[j].Code == first.Code && cells[j].Message == first.Message && cells[j].Seen == first.Seen)
            {
                path = CommonPath(path, cells[j].PropertyPath);
                j++;
            }

            yield return (first.Code, path.Length == 0 ? first.PropertyPath : path, j - i);
            i = j;
        }
    }

    private static string CommonPath(string a, string b)
    {
        var segmentsA = a.Split('.');
        var segmentsB = b.Split('.');
        var n = 0;
        while (n < segmentsA.Length && n < segmentsB.Length && segmentsA[n] == segmentsB[n])
        {
            n++;
        }

        return string.Join('.', segmentsA.Take(n));
    }
}

/// <summary>The outcome of an import: the tables recognised, the report, or null when there is none, and the log.</summary>
/// <remarks>
/// <para>There is no report when the input is not a report of either edition, is too large, or lacks the agency
/// name or report year (which <see cref="ImportOptions"/> can supply). In the last case the tables recognised are
/// still in <see cref="Tables"/>, and <see cref="ToReport"/> completes them with an agency name and year the caller
/// knows. Otherwise there is a report, even when some cells could not be read: those cells are blank (null), never
/// 0, and each is named by an <see cref="ImportSeverity.Error"/> diagnostic. Check <see cref="IsComplete"/> before
/// trusting every cell.</para>
/// <para>Equality is by value.</para>
/// </remarks>
public sealed record ImportResult
{
    /// <summary>Gets the report, or null when none could be built (see the remarks).</summary>
    public DisclosureReport? Report { get; init; }

    /// <summary>
    /// Gets the statutory tables recognised, or null when there are none (the input is not a report, is too large, or
    /// its edition cannot be told). Set whenever tables were recognised, also without a <see cref="Report"/>; when
    /// there is a report, they equal its tables.
    /// </summary>
    public ImportedTables? Tables { get; init; }

    /// <summary>Gets the log.</summary>
    public required ImportLog Log { get; init; }

    /// <summary>Gets a value indicating whether there is a report and the log has no error: every cell was read.</summary>
    public bool IsComplete => Report is not null && !Log.HasErrors;

    /// <summary>Gets the rest of the page a report needs (narrative, statistics period, source, contact), or null.</summary>
    internal PageContent? Content { get; init; }

    /// <summary>
    /// Completes the recognised <see cref="Tables"/> into a report with an agency name and report year the caller
    /// supplies (for a page that names neither, or names them wrongly), keeping everything else the page shows: the
    /// narrative sections, the statistics period it states (or else the calendar year of <paramref name="reportYear"/>),
    /// the publication time, source, download location and contact, and the options' agency kind. The result equals the
    /// report an import with <see cref="ImportOptions.AgencyName"/> and <see cref="ImportOptions.ReportYear"/> set would
    /// have given. Unread cells stay blank; the log is not changed.
    /// </summary>
    /// <param name="agencyName">The agency name, e.g. <c>六安市叶集区融媒体中心</c>.</param>
    /// <param name="reportYear">The report year, from <see cref="ReportYears.Minimum"/> to <see cref="ReportYears.Maximum"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException"><paramref name="agencyName"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reportYear"/> is out of range.</exception>
    /// <exception cref="InvalidOperationException">No tables were recognised (<see cref="Tables"/> is null).</exception>
    public DisclosureReport ToReport(string agencyName, int reportYear)
    {
        Preconditions.CheckNotBlank(agencyName);
        Preconditions.CheckReportYear(reportYear);
        if (Tables is not { } tables)
        {
            throw new InvalidOperationException("No statutory tables were recognised, so there is nothing to complete into a report; see the log.");
        }

        return (Content ?? PageContent.Empty).ToReport(tables, agencyName, reportYear);
    }
}
