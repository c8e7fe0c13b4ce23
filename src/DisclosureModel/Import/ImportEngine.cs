using System.Globalization;
using NodaTime;

namespace DisclosureModel.Import;

/// <summary>
/// One import, layer by layer: the atom stream (built by <see cref="AtomStream"/>), the sections
/// (<see cref="Sections"/>), the tokens of each table section (<see cref="Tokenizer"/>), the edition
/// (<see cref="EditionDetector"/>), one reader per table (<see cref="ProactiveReader"/>, <see cref="ApplicationsReader"/>,
/// <see cref="ReviewAndLitigationReader"/>) and the page's metadata and narrative (<see cref="PageTextReader"/>), all
/// sharing one <see cref="ImportContext"/>. ImportText and ImportCells of <see cref="ReportImporter"/> and the HTML
/// importer all come here.
/// </summary>
internal static class ImportEngine
{
    internal static ImportResult Run(IReadOnlyList<SourceCell> cells, ImportOptions options) => Run(cells, options, emptyLinesMayBeBlank: false, []);

    /// <summary>Runs an import of a front end's pieces.</summary>
    /// <param name="cells">The pieces in reading order.</param>
    /// <param name="options">The options.</param>
    /// <param name="emptyLinesMayBeBlank">True for plain text, whose empty lines may stand for blank cells (<see cref="AtomStream.PossibleBlank"/>).</param>
    /// <param name="frontEnd">What the front end left out or noticed, logged first.</param>
    internal static ImportResult Run(IReadOnlyList<SourceCell> cells, ImportOptions options, bool emptyLinesMayBeBlank, IReadOnlyList<ImportDiagnostic> frontEnd)
    {
        long total = 0;
        foreach (var cell in cells)
        {
            total += cell.Text?.Length ?? 0;
            if (total > options.MaxInputLength)
            {
                return TooLarge(cell.Location, options.MaxInputLength);
            }
        }

        var context = new ImportContext(AtomStream.Create(cells, emptyLinesMayBeBlank), options);
        context.Diagnostics.AddRange(frontEnd);
        return Run(context);
    }

    internal static ImportResult TooLarge(SourceLocation location, int limit) => new()
    {
        Log = new ImportLog
        {
            EditionReason = "not read: the input is too large",
            Diagnostics =
            [
                ImportContext.Create(ImportDiagnosticCode.InputTooLarge, ImportSeverity.Error, location, ImportMessages.InputTooLarge.With(("limit", limit))),
            ],
        },
    };

    private static ImportResult Run(ImportContext context)
    {
        var stream = context.Stream;
        var options = context.Options;
        var headings = Sections.Find(stream);
        var extents = FindTables(context, headings);
        var regions = NarrativeRegions(stream, headings, extents);

        // Page metadata.
        var firstHeading = Math.Min(headings.Count > 0 ? headings[0].Start : stream.Length, extents.Min(x => x?.Start ?? stream.Length));
        var page = new MetadataReader(context, regions, firstHeading).Read();

        // Tables: the tokens of each table, found by its labels, then the edition vote.
        var proactive = extents[0]?.Tokens ?? [];
        var applications = extents[1]?.Tokens ?? [];
        var cases = extents[2]?.Tokens ?? [];
        var detector = new EditionDetector(context);
        detector.CollectVotes(proactive);
        detector.CollectVotes(applications);
        var hasTables = proactive.Concat(applications).Any(t => t.Kind == TokenKind.Label && t.Label!.Meanings.Any(m => m.Kind is LabelKind.ProactiveRow or LabelKind.ApplicationRow))
            || cases.Any(t => t.Kind == TokenKind.Label && t.Label!.Meanings.Any(m => m.Kind == LabelKind.CaseBlock));

        var (edition, reason) = detector.Decide(page.Year?.Value);
        var log = new ImportLog
        {
            Edition = hasTables ? edition : null,
            EditionReason = hasTables ? reason : "no statutory table of either edition was found",
            EditionVotes = ValueList.CreateRange(context.Votes),
            AgencyName = page.Agency?.Value,
            AgencyNameOrigin = page.Agency?.Origin,
            ReportYear = page.Year?.Value,
            ReportYearOrigin = page.Year?.Origin,
            PublishedAt = page.PublishedAt?.Value,
            PublishedAtOrigin = page.PublishedAt?.Origin,
        };

        if (!hasTables)
        {
            context.Add(ImportDiagnosticCode.NotAReport, ImportSeverity.Error, -1, ImportMessages.NoStatutoryTable.With());
            return Finish(context, log, null);
        }

        for (var i = 0; i < 6; i++)
        {
            if (!headings.Any(h => h.Index == i))
            {
                // A missing heading is a warning when the section's table was found by its labels (or the section is
                // narrative); a missing table is an error, named by its reader (TableMissing).
                var label = ReportSectionsLayout.Titles[i];
                var table = i is >= 1 and <= 3 ? extents[i - 1] : null;
                context.Add(ImportDiagnosticCode.SectionMissing, i is >= 1 and <= 3 && table is null ? ImportSeverity.Error : ImportSeverity.Warning, table?.Start ?? -1,
                    (table is null ? ImportMessages.SectionMissing : ImportMessages.SectionHeadingMissing).With(("section", label.Chinese[..1])), expected: label.Chinese);
            }
        }

        LogLabelReadings(context, extents);

        if (edition is not { } e)
        {
            context.Add(ImportDiagnosticCode.NotAReport, ImportSeverity.Error, -1, ImportMessages.EditionUnknown.With());
            return Finish(context, log, null);
        }

        // The narrative (preamble, Sections 一, 五, 六) is evidence for Section 二 runs the table leaves ambiguous.
        context.NarrativeRegions = [(0, firstHeading), .. new[] { regions[0], regions[4], regions[5] }.OfType<(int Start, int End)>()];
        context.ReportYear = page.ValidYear;
        var proactiveDisclosure = new ProactiveReader(context, e).Read(proactive, TableRegion(extents[0], regions[1]));
        var applicationsTable = new ApplicationsReader(context, detector.ApplicationsEdition ?? e).Read(applications, TableRegion(extents[1], regions[2]));
        var reviewTable = new ReviewAndLitigationReader(context).Read(cases, TableRegion(extents[2], regions[3]));

        // Metadata the model requires; without it, the tables alone.
        var tables = new ImportedTables { Edition = e, ProactiveDisclosure = proactiveDisclosure, Applications = applicationsTable, ReviewAndLitigation = reviewTable };
        var (unread, cellCount) = FindUnreadCells(PageContent.Empty.ToReport(tables, "-", ReportYears.Minimum), context.Diagnostics);
        tables = tables with { UnreadCells = unread };
        log = log with { CellsRead = cellCount - unread.Count, UnreadCells = unread };
        var complete = MetadataReader.Resolve(context, page);
        var content = new PageTextReader(context).Content(page.PreambleStart, firstHeading, regions, page.ValidYear, page.PublishedAt?.Value);
        var report = complete ? content.ToReport(tables, page.Agency!.Value.Value, page.ValidYear!.Value) : null;
        return Finish(context, log, report) with { Tables = tables, Content = content };
    }

    /// <summary>Assembles the result.</summary>
    private static ImportResult Finish(ImportContext context, ImportLog log, DisclosureReport? report) => new()
    {
        Report = report,
        Log = log with { Tables = ValueList.CreateRange(context.Tables), Diagnostics = ValueList.CreateRange(context.Diagnostics) },
    };

    /// <summary>
    /// The one place where unread cells are derived ("unread is not blank", docs/import.md), once the tables are read,
    /// for <see cref="ImportedTables.UnreadCells"/> and so for the report built from them: every table cell that is blank
    /// and lies under the <see cref="ImportDiagnostic.PropertyPath"/> of an <see cref="ImportSeverity.Error"/> diagnostic
    /// (the cell's, its row's or its table's path) is unread, with that diagnostic's code, messages, text seen and
    /// candidates (the first such diagnostic in the log). A blank cell that no error names was printed blank. The report
    /// passed in only carries the tables (its metadata is not read).
    /// </summary>
    private static (ValueList<UnreadCell> Unread, int CellCount) FindUnreadCells(DisclosureReport report, List<ImportDiagnostic> diagnostics)
    {
        // The report's own catalogue (the hybrid's for a 2021 report with a one-row （六）其他处理).
        var catalog = CellCatalog.TryFor(report) ?? CellCatalog.Get(report.Edition);
        var errors = diagnostics.Where(d => d.Severity == ImportSeverity.Error && d.PropertyPath is not null).ToList();
        var unread = new List<UnreadCell>();
        var count = 0;
        foreach (var cell in catalog.Cells)
        {
            // A table of another edition than the report's (which the validators report as E1) has no such cells.
            if (!IsOfEdition(report, cell))
            {
                continue;
            }

            count++;
            if (errors.Count == 0 || !cell.GetValue(report).IsBlank)
            {
                continue;
            }

            foreach (var error in errors)
            {
                var path = error.PropertyPath!;
                if (cell.PropertyPath.StartsWith(path, StringComparison.Ordinal) && (cell.PropertyPath.Length == path.Length || cell.PropertyPath[path.Length] == '.'))
                {
                    unread.Add(new UnreadCell
                    {
                        PropertyPath = cell.PropertyPath,
                        Code = error.Code,
                        Message = error.Message,
                        ChineseMessage = error.ChineseMessage,
                        Seen = error.Seen,
                        Candidates = error.Candidates,
                    });
                    break;
                }
            }
        }

        return (ValueList.CreateRange(unread), count);
    }

    private static bool IsOfEdition(DisclosureReport report, CellDefinition cell) => cell.Table switch
    {
        StatutoryTable.ProactiveDisclosure => report.ProactiveDisclosure.Edition == cell.Edition,
        StatutoryTable.Applications => report.Applications.Edition == cell.Edition,
        _ => true,
    };

    /// <summary>
    /// Tokenizes the stretches between the section headings with every table's labels and finds each table by its own
    /// labels (<see cref="TableExtents"/>); the headings themselves are never read as labels, and no table runs over one.
    /// </summary>
    private static TableExtent?[] FindTables(ImportContext context, List<SectionHeading> headings)
    {
        var stream = context.Stream;
        var stretches = new List<List<Token>>();
        var from = 0;
        foreach (var heading in headings.Append(new SectionHeading(-1, stream.Length, stream.Length)))
        {
            if (heading.Start > from)
            {
                stretches.Add(Tokenizer.Tokenize(stream, from, heading.Start, LabelCatalog.All));
            }

            from = Math.Max(from, heading.End);
        }

        return TableExtents.Find(stream, stretches);
    }

    /// <summary>
    /// Gets the narrative regions of the six sections: from the end of each heading to the next heading or the next
    /// table, whichever comes first (index 0 for 一 … 5 for 六; null when the heading is missing).
    /// </summary>
    private static (int Start, int End)?[] NarrativeRegions(AtomStream stream, List<SectionHeading> headings, TableExtent?[] extents)
    {
        var regions = new (int Start, int End)?[6];
        for (var i = 0; i < headings.Count; i++)
        {
            var start = headings[i].End;
            var end = i + 1 < headings.Count ? headings[i + 1].Start : stream.Length;
            foreach (var extent in extents)
            {
                if (extent is { } x && x.Start >= start && x.Start < end)
                {
                    end = x.Start;
                }
            }

            regions[headings[i].Index] = (start, end);
        }

        return regions;
    }

    /// <summary>Gets where a table stands (for its diagnostics): its extent, or its section's heading when it was not found.</summary>
    private static (int Start, int End)? TableRegion(TableExtent? extent, (int Start, int End)? section) =>
        extent is { } x ? (x.Start, x.End) : section;

    /// <summary>
    /// Logs every label of a table read by the fuzzy match (a typo or broken label: what was seen, the statutory label,
    /// the number of edits) and every text equally close to two rows' labels (an error naming both; neither is read).
    /// </summary>
    private static void LogLabelReadings(ImportContext context, TableExtent?[] extents)
    {
        foreach (var extent in extents.OfType<TableExtent>())
        {
            var tokens = extent.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (token.Label is not { Distance: > 0 } label)
                {
                    continue;
                }

                var statutory = label.Meanings.Select(m => (m.Label, Path: PathOf(m))).Distinct().ToList();
                if (token.Kind == TokenKind.AmbiguousLabel)
                {
                    context.Add(ImportDiagnosticCode.AmbiguousLabel, ImportSeverity.Error, token.Start,
                        ImportMessages.LabelAmbiguous.With(("labels", string.Join("、", statutory.Select(x => x.Label.Chinese)))),
                        seen: label.Normalized, candidates: statutory.Select(x => x.Path is null ? x.Label.Chinese : $"{x.Label.Chinese} [{x.Path}]"));
                    tokens[i] = token with { Kind = TokenKind.Text, Label = null };
                    continue;
                }

                var first = statutory[0];
                context.Add(ImportDiagnosticCode.LabelVariant, ImportSeverity.Warning, token.Start,
                    ImportMessages.LabelFuzzy.With(("distance", label.Distance), ("label", first.Label.Chinese)), first.Path, label.Normalized, first.Label.Chinese);
            }
        }
    }

    private static string? PathOf(LabelMeaning meaning) => meaning.Key switch
    {
        ApplicationRowDefinition row => row.PropertyPath,
        _ => null,
    };
}
