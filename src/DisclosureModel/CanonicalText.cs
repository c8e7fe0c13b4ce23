using System.Globalization;
using NodaTime.Text;

namespace DisclosureModel;

/// <summary>
/// Writes a report as canonical text: every member and every cell on its own line, named by its stable identifier
/// and its Chinese label, in print order. The recommended input to snapshot tests and diffs.
/// </summary>
/// <remarks>
/// <para>The output depends on nothing but the report: not on the culture, the time zone, the platform or the
/// run. Lines end with <c>\n</c>. Numbers use invariant digits and keep the scale they were given
/// (<c>9116.36</c>); a blank cell is <c>_</c>; a missing optional member is <c>_</c>. Narrative paragraphs follow
/// their key, one per line, each indented by <c>"  | "</c>.</para>
/// <para>The first line names the format version (<see cref="FormatVersion"/>); it changes whenever the layout does.</para>
/// </remarks>
public static partial class CanonicalText
{
    /// <summary>Gets the version of the canonical layout written on the first line.</summary>
    public static int FormatVersion => 1;

    private const string Blank = "_";

    /// <summary>Formats a report as canonical text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Format(DisclosureReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(report, writer);
        return writer.ToString();
    }

    /// <summary>Writes a report as canonical text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write; its <see cref="TextWriter.NewLine"/> is not used (lines end with <c>\n</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(DisclosureReport report, TextWriter writer)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(writer);
        var w = new LineWriter(writer);
        w.Line($"DisclosureModel canonical text {FormatVersion}");
        WriteMetadata(w, report.Metadata);

        w.Line("== preamble");
        w.Text("preamble", report.Preamble);

        w.Line("== 一 overview");
        w.Text("introduction", report.Overview.Introduction);
        for (var i = 0; i < report.Overview.Parts.Count; i++)
        {
            var part = report.Overview.Parts[i];
            w.Line($"part {i + 1}: {part.Heading}");
            w.Text("text", part.Text);
        }

        w.Line($"proactivelyDisclosedCount: {Number(report.Overview.ProactivelyDisclosedCount)}");

        WriteProactiveDisclosure(w, report);
        WriteApplications(w, report.Applications);
        WriteReviewAndLitigation(w, report.ReviewAndLitigation);

        w.Line("== 五 problemsAndImprovements");
        w.Text("text", report.ProblemsAndImprovements);
        w.Line("== 六 otherMatters");
        w.Text("text", report.OtherMatters);
    }

    private static void WriteMetadata(LineWriter w, ReportMetadata m)
    {
        w.Line("== metadata");
        w.Line($"agencyName: {m.AgencyName}");
        w.Line($"reportYear: {m.ReportYear.ToString(CultureInfo.InvariantCulture)}");
        w.Line($"edition: {m.Edition.GetIdentifier()}");
        w.Line($"agencyKind: {CamelCase(m.AgencyKind.ToString())}");
        w.Line($"statisticsPeriod: {Date(m.StatisticsPeriod.Start)}/{Date(m.StatisticsPeriod.End)}");
        w.Line($"publishedAt: {(m.PublishedAt is { } p ? LocalDateTimePattern.ExtendedIso.Format(p) : Blank)}");
        w.Line($"sourceUrl: {m.SourceUrl?.OriginalString ?? Blank}");
        w.Line($"downloadLocation: {m.DownloadLocation ?? Blank}");
        var c = m.Contact;
        w.Line($"contact.office: {c?.Office ?? Blank}");
        w.Line($"contact.address: {c?.Address ?? Blank}");
        w.Line($"contact.postcode: {c?.Postcode ?? Blank}");
        w.Line($"contact.telephone: {c?.Telephone ?? Blank}");
        w.Line($"contact.email: {c?.Email ?? Blank}");
    }

    private static void WriteProactiveDisclosure(LineWriter w, DisclosureReport report)
    {
        var edition = report.ProactiveDisclosure.Edition;
        w.Line($"== 二 proactiveDisclosure ({edition.GetIdentifier()})");
        StatutoryLabel? subTable = null;
        foreach (var cell in CellCatalog.Get(edition).GetCells(StatutoryTable.ProactiveDisclosure))
        {
            if (cell.SubTable != subTable)
            {
                subTable = cell.SubTable!;
                w.Line($"{subTable.Identifier} {subTable.Chinese}");
            }

            w.Line($"  {cell.Row.Identifier}.{cell.Column.Identifier} {cell.Row.Chinese}|{cell.Column.Chinese}: {cell.GetValue(report)}");
        }
    }

    private static void WriteApplications(LineWriter w, ApplicationsTable table)
    {
        w.Line($"== 三 applications ({table.Edition.GetIdentifier()})");
        w.Line("columns: " + string.Join(' ', ApplicantColumns.All.Select(c => c.GetLabel().Identifier)));
        foreach (var row in ApplicationsLayout.GetRows(table.Edition))
        {
            w.Line($"{row.Label.Identifier} {row.Label.Chinese}: {row.GetCounts(table)}");
        }
    }

    private static void WriteReviewAndLitigation(LineWriter w, ReviewAndLitigationTable table)
    {
        w.Line("== 四 reviewAndLitigation");
        w.Line("columns: " + string.Join(' ', ReviewAndLitigationLayout.Columns.Select(c => c.GetLabel().Identifier)));
        foreach (var block in ReviewAndLitigationLayout.Blocks)
        {
            var label = block.GetLabel();
            w.Line($"{label.Identifier} {label.Chinese}: {table[block]}");
        }
    }

    private static string CamelCase(string name) => string.Concat(name[..1].ToLowerInvariant(), name[1..]);

    private static string Date(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? Blank;

    private readonly struct LineWriter(TextWriter writer)
    {
        public void Line(string line)
        {
            writer.Write(line);
            writer.Write('\n');
        }

        public void Text(string key, string text)
        {
            Line(key + ":");
            foreach (var paragraph in text.Split('\n'))
            {
                Line("  | " + paragraph.TrimEnd('\r'));
            }
        }
    }
}
