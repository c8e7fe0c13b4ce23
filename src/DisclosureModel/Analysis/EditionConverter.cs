namespace DisclosureModel.Analysis;

/// <summary>What a step of an edition conversion did with a cell.</summary>
public enum ConversionStepKind
{
    /// <summary>The value was carried to a cell with a different label that the statutory meaning equates
    /// (2019 本年新制作数量 ↔ 2021 本年制发件数; 2019 处理决定数量 ↔ 2021 本年处理决定数量). Not lossy.</summary>
    Relabelled,

    /// <summary>The 2021 （六）其他处理 rows were summed into the single 2019 row. Lossy when the rows 1. and 2. were
    /// not all blank or 0, since the breakdown cannot be recovered.</summary>
    Summed,

    /// <summary>The single 2019 （六）其他处理 row was put under the 2021 row 3.其他, leaving 1. and 2. blank:
    /// the 2019 row may include applications the 2021 format would count under 1. or 2. Not lossy, but an
    /// interpretation.</summary>
    MovedToOther,

    /// <summary>The target edition has no cell for a non-blank source value, which is lost. Lossy.</summary>
    Dropped,

    /// <summary>The source edition has nothing that means what a target cell means, so it was left blank.</summary>
    LeftBlank,
}

/// <summary>One step of an edition conversion.</summary>
/// <remarks>Equality is by value.</remarks>
/// <param name="Kind">What the step did.</param>
/// <param name="PropertyPath">The path of the affected cell or row: the target's, or the source's for <see cref="ConversionStepKind.Dropped"/>.</param>
/// <param name="IsLossy">Whether information of the source report is lost by the step.</param>
/// <param name="Message">A description naming the cells by their statutory labels.</param>
public sealed record ConversionLogEntry(ConversionStepKind Kind, string PropertyPath, bool IsLossy, string Message)
{
    /// <summary>Gets the kind, the path and the message on one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{(IsLossy ? "lossy " : string.Empty)}{Kind} {PropertyPath}: {Message}";
}

/// <summary>The result of converting a report to another edition: the converted report and the log of every step.</summary>
/// <remarks>Equality is by value.</remarks>
public sealed record EditionConversion
{
    /// <summary>Gets the converted report (the input itself when it already was in the target edition).</summary>
    public required DisclosureReport Report { get; init; }

    /// <summary>Gets the steps in cell order: Section 二, then Section 三.</summary>
    public required ValueList<ConversionLogEntry> Log { get; init; }

    /// <summary>Gets a value indicating whether any step lost information.</summary>
    public bool IsLossy => Log.Any(e => e.IsLossy);
}

/// <summary>
/// Converts a report between the 2019 and the 2021 format where the statutory meaning allows, logging every step
/// that is not a plain copy.
/// </summary>
/// <remarks>
/// <para>Section 三 (apart from （六）其他处理) and Section 四 are the same in both editions and are copied. 2021 → 2019
/// sums the three （六） rows into the one 2019 row (blank + blank = blank); 2019 → 2021 puts the 2019 row under 3.其他
/// and leaves 1. and 2. blank.</para>
/// <para>Section 二 changed its columns in 2021. Only cells whose statutory meaning is the same are carried over:
/// the documents made this year (本年新制作数量 ↔ 本年制发件数) and the decisions (处理决定数量 ↔ 本年处理决定数量) of
/// licensing, penalties and coercion. Every other target cell is left blank and every non-blank source cell
/// without a counterpart is dropped, each with a log entry.</para>
/// <para>A hybrid (a 2021 report whose Section 三 prints （六）其他处理 as one row, <see cref="CellCatalog.Edition2021Hybrid"/>)
/// converts like a 2019 Section 三: to 2021 its one row becomes 3.其他 (Section 二 is kept as it is), to 2019 the row is
/// kept and Section 二 is converted.</para>
/// <para>Only <see cref="ReportMetadata.Edition"/> and the tables change; the year, the narrative and the rest of the
/// metadata are kept.</para>
/// </remarks>
public static class EditionConverter
{
    // Section 二 cells carried over: sub-table, row index, and the column index in each edition's layout
    // (本年新制作数量 ↔ 本年制发件数; 处理决定数量 ↔ 本年处理决定数量).
    private static readonly (Article20Item Item, int Row, int Column2019, int Column2021)[] Equivalents =
    [
        (Article20Item.Item1, 0, 0, 0),
        (Article20Item.Item1, 1, 0, 0),
        (Article20Item.Item5, 0, 2, 0),
        (Article20Item.Item6, 0, 2, 0),
        (Article20Item.Item6, 1, 2, 0),
    ];

    /// <summary>Converts a report to an edition.</summary>
    /// <param name="report">The report; its tables must be of its stated edition.</param>
    /// <param name="target">The edition to convert to.</param>
    /// <returns>The converted report and the log; the report itself with an empty log when it and its Section 三 already are in <paramref name="target"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The report's tables are not of its stated edition.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is not defined.</exception>
    /// <exception cref="OverflowException">A sum of the 2021 （六） rows exceeds <see cref="int.MaxValue"/>.</exception>
    public static EditionConversion Convert(DisclosureReport report, FormatEdition target)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckDefined(target);
        var source = ReportCells.GetCells(report);
        if (report.Edition == target && report.Applications.Edition == target)
        {
            return new EditionConversion { Report = report, Log = [] };
        }

        var sourceByKey = source.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var map = Equivalents.ToDictionary(
            e => CellKey(target, e.Item, e.Row, target == FormatEdition.Edition2019 ? e.Column2019 : e.Column2021),
            e => CellKey(report.Edition, e.Item, e.Row, report.Edition == FormatEdition.Edition2019 ? e.Column2019 : e.Column2021),
            StringComparer.Ordinal);
        var log = new List<ConversionLogEntry>();
        var used = new HashSet<string>(StringComparer.Ordinal);

        // Section 二.
        var catalog = CellCatalog.Get(target);
        foreach (var definition in report.Edition == target ? [] : catalog.GetCells(StatutoryTable.ProactiveDisclosure))
        {
            if (map.TryGetValue(definition.Key, out var from))
            {
                used.Add(from);
                var cell = sourceByKey[from];
                log.Add(new(ConversionStepKind.Relabelled, definition.PropertyPath, false,
                    $"{Describe(cell)} ({report.Edition.GetIdentifier()}) → {Describe(definition)} ({target.GetIdentifier()}): {Show(cell)}."));
            }
            else
            {
                log.Add(new(ConversionStepKind.LeftBlank, definition.PropertyPath, false,
                    $"{Describe(definition)}: the {report.Edition.GetIdentifier()} format has no cell of this meaning; left blank."));
            }
        }

        foreach (var cell in source.Where(c => report.Edition != target && c.Section == ProactiveDisclosureLayout.Title && !used.Contains(c.Key) && !c.IsBlank))
        {
            log.Add(new(ConversionStepKind.Dropped, cell.PropertyPath, true,
                $"{Describe(cell)} = {Show(cell)}: the {target.GetIdentifier()} format has no cell of this meaning; dropped."));
        }

        // Section 三 （六）其他处理.
        var otherHandling2019 = ApplicationsLayout.GetRow(ApplicationRow.OtherHandling);
        var otherRows2021 = new[] { ApplicationRow.CorrectionNotSubmitted, ApplicationRow.FeeNotPaid, ApplicationRow.OtherHandlingOther }.Select(ApplicationsLayout.GetRow).ToArray();
        var applications = ApplicationsLayout.Title.Identifier + "/";
        var otherGroup = ApplicationsLayout.GetGroup(ApplicationRowGroup.OtherHandling).Label.Chinese;
        if (report.Applications.Edition == target)
        {
            // A hybrid converted to 2019: Section 三 already has the 2019 shape.
        }
        else if (target == FormatEdition.Edition2019)
        {
            var counts = otherRows2021.Select(r => r.GetCounts(report.Applications)!.Value).ToArray();
            var lossy = counts.Take(2).Any(c => ApplicantColumns.All.Any(col => c[col] is > 0));
            log.Add(new(ConversionStepKind.Summed, otherHandling2019.PropertyPath, lossy,
                $"{otherGroup} {string.Join(" + ", otherRows2021.Select(r => r.Label.Chinese))} → {otherHandling2019.Label.Chinese}: {string.Join(" + ", counts)} = {ApplicantCounts.Sum(counts)}"
                + (lossy ? "; the breakdown is lost." : ".")));
        }
        else
        {
            var counts = otherHandling2019.GetCounts(report.Applications)!.Value;
            log.Add(new(ConversionStepKind.MovedToOther, otherRows2021[2].PropertyPath, false,
                $"{otherHandling2019.Label.Chinese} ({counts}) → {otherGroup} {otherRows2021[2].Label.Chinese}; {otherRows2021[0].Label.Chinese} and {otherRows2021[1].Label.Chinese} left blank, since the 2019 format does not tell them apart."));
        }

        CellValue ValueOf(CellDefinition definition)
        {
            if (definition.Table == StatutoryTable.ProactiveDisclosure && report.Edition != target)
            {
                return map.TryGetValue(definition.Key, out var from) ? new(sourceByKey[from].Value, sourceByKey[from].Unit) : CellValue.Blank;
            }

            if (sourceByKey.TryGetValue(definition.Key, out var same))
            {
                return new(same.Value, same.Unit);
            }

            var column = definition.Column.Identifier;
            if (target == FormatEdition.Edition2019)
            {
                // Only the single （六） row lacks a same-key source: sum the three 2021 rows.
                var parts = otherRows2021.Select(r => sourceByKey[applications + r.Label.Identifier + "/" + column].Value).Where(v => v is not null).ToList();
                return new(parts.Count == 0 ? null : checked((int)parts.Sum(v => v!.Value)));
            }

            return definition.Row == otherRows2021[2].Label
                ? new(sourceByKey[applications + otherHandling2019.Label.Identifier + "/" + column].Value)
                : CellValue.Blank;
        }

        // A cell read from an unread cell is unread (and blank) too, with the source's reason: unread is not blank.
        var unread = report.UnreadCells.ToDictionary(u => u.PropertyPath, StringComparer.Ordinal);
        UnreadCell? UnreadSource(CellDefinition definition)
        {
            if (unread.Count == 0)
            {
                return null;
            }

            IEnumerable<string> sources = definition.Table == StatutoryTable.ProactiveDisclosure
                ? map.TryGetValue(definition.Key, out var from) ? [sourceByKey[from].PropertyPath] : []
                : sourceByKey.TryGetValue(definition.Key, out var same) ? [same.PropertyPath]
                : target == FormatEdition.Edition2019 ? otherRows2021.Select(r => sourceByKey[applications + r.Label.Identifier + "/" + definition.Column.Identifier].PropertyPath)
                : definition.Row == otherRows2021[2].Label ? [sourceByKey[applications + otherHandling2019.Label.Identifier + "/" + definition.Column.Identifier].PropertyPath]
                : [];
            return sources.Select(path => unread.GetValueOrDefault(path)).FirstOrDefault(u => u is not null) is { } cell
                ? cell with { PropertyPath = definition.PropertyPath }
                : null;
        }

        var converted = catalog.Build(report, [.. catalog.Cells.Select(d => UnreadSource(d) is null ? ValueOf(d) : CellValue.Blank)]);
        return new EditionConversion
        {
            Report = converted with { UnreadCells = [.. catalog.Cells.Select(UnreadSource).OfType<UnreadCell>()] },
            Log = [.. log],
        };
    }

    private static string CellKey(FormatEdition edition, Article20Item item, int row, int column)
    {
        var table = ProactiveDisclosureLayout.GetTables(edition).Single(t => t.Item == item);
        var cell = table.Cells[(row * table.Columns.Count) + column];
        return ProactiveDisclosureLayout.Title.Identifier + "/" + table.Title.Identifier + "." + cell.Row.Identifier + "/" + cell.Column.Label.Identifier;
    }

    private static string Describe(TableCell cell) => $"{cell.Table?.Chinese} {cell.Row.Chinese} {cell.Column.Chinese}";

    private static string Describe(CellDefinition cell) => $"{cell.SubTable?.Chinese} {cell.Row.Chinese} {cell.Column.Chinese}";

    private static string Show(TableCell cell) => cell.IsBlank ? "blank" : cell.FormatValue();
}
