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
    internal static ImportResult Run(IReadOnlyList<SourceCell> cells, ImportOptions options)
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

        return Run(new ImportContext(AtomStream.Create(cells), options));
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
        var regions = new (int Start, int End)?[6];
        for (var i = 0; i < headings.Count; i++)
        {
            var end = i + 1 < headings.Count ? headings[i + 1].Start : stream.Length;
            regions[headings[i].Index] = (headings[i].End, end);
        }

        // Page metadata.
        var text = new PageTextReader(context);
        var title = PageTextReader.TitlePattern().Match(context.Joined);
        var pageAgency = title.Success ? title.Groups["agency"].Value : null;
        int? pageYear = title.Success ? PageTextReader.ParseInt(title.Groups["year"].Value) : null;
        var firstHeading = headings.Count > 0 ? headings[0].Start : stream.Length;
        var firstHeadingOffset = context.JoinedOffset(firstHeading);
        var published = PageTextReader.PublishedPattern().Match(context.Joined);
        LocalDateTime? pagePublished = published.Success && published.Index < firstHeadingOffset ? PageTextReader.ParseDateTime(published) : null;

        // Tables: tokens of each table section, then the edition vote.
        var proactive = Tokens(stream, regions[1], LabelCatalog.Proactive);
        var applications = Tokens(stream, regions[2], LabelCatalog.Applications);
        var cases = Tokens(stream, regions[3], LabelCatalog.ReviewAndLitigation);
        var detector = new EditionDetector(context);
        detector.CollectVotes(proactive);
        detector.CollectVotes(applications);
        var hasTables = proactive.Concat(applications).Any(t => t.Kind == TokenKind.Label && t.Label!.Meanings.Any(m => m.Kind is LabelKind.ProactiveRow or LabelKind.ApplicationRow))
            || cases.Any(t => t.Kind == TokenKind.Label && t.Label!.Meanings.Any(m => m.Kind == LabelKind.CaseBlock));

        var year = options.ReportYear ?? pageYear;
        var (edition, reason) = detector.Decide(year);
        var log = new ImportLog
        {
            Edition = hasTables ? edition : null,
            EditionReason = hasTables ? reason : "no statutory table of either edition was found",
            EditionVotes = ValueList.CreateRange(context.Votes),
            AgencyName = pageAgency,
            ReportYear = pageYear,
            PublishedAt = pagePublished,
        };

        if (!hasTables)
        {
            context.Add(ImportDiagnosticCode.NotAReport, ImportSeverity.Error, -1, ImportMessages.NoStatutoryTable.With());
            return Finish(context, log, null);
        }

        for (var i = 0; i < 6; i++)
        {
            if (regions[i] is null)
            {
                var label = ReportSectionsLayout.Titles[i];
                context.Add(ImportDiagnosticCode.SectionMissing, i is >= 1 and <= 3 ? ImportSeverity.Error : ImportSeverity.Warning, -1,
                    ImportMessages.SectionMissing.With(("section", label.Chinese[..1])), expected: label.Chinese);
            }
        }

        if (edition is not { } e)
        {
            context.Add(ImportDiagnosticCode.NotAReport, ImportSeverity.Error, -1, ImportMessages.EditionUnknown.With());
            return Finish(context, log, null);
        }

        var proactiveDisclosure = new ProactiveReader(context, e).Read(proactive, regions[1]);
        var applicationsTable = new ApplicationsReader(context, e).Read(applications, regions[2]);
        var reviewTable = new ReviewAndLitigationReader(context).Read(cases, regions[3]);

        // Metadata the model requires.
        var agency = options.AgencyName ?? pageAgency;
        if (options.AgencyName is not null)
        {
            context.Add(ImportDiagnosticCode.MetadataAssumed, ImportSeverity.Info, -1, ImportMessages.AgencyNameFromOptions.With(), "Metadata.AgencyName", pageAgency, options.AgencyName);
        }

        if (options.ReportYear is not null)
        {
            context.Add(ImportDiagnosticCode.MetadataAssumed, ImportSeverity.Info, -1, ImportMessages.ReportYearFromOptions.With(), "Metadata.ReportYear", pageYear?.ToString(CultureInfo.InvariantCulture), options.ReportYear.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (string.IsNullOrWhiteSpace(agency) || year is null || year < ReportYears.Minimum || year > ReportYears.Maximum)
        {
            context.Add(ImportDiagnosticCode.MetadataMissing, ImportSeverity.Error, -1, ImportMessages.MetadataMissing.With(), "Metadata");
            return Finish(context, log, null);
        }

        var preambleStart = title.Success ? context.AtomAtOrAfter(title.Index + title.Length) : 0;
        var preamble = text.Preamble(preambleStart, firstHeading);
        var metadata = new ReportMetadata
        {
            AgencyName = agency,
            ReportYear = year.Value,
            Edition = e,
            AgencyKind = options.AgencyKind,
            StatisticsPeriod = text.Period(preamble, year.Value),
            PublishedAt = options.PublishedAt ?? pagePublished,
            SourceUrl = options.SourceUrl ?? text.PageUrl(firstHeadingOffset),
            DownloadLocation = PageTextReader.Capture(PageTextReader.DownloadPattern(), preamble),
            Contact = PageTextReader.Contact(preamble),
        };

        var report = new DisclosureReport
        {
            Metadata = metadata,
            Preamble = preamble,
            Overview = text.Overview(regions[0]),
            ProactiveDisclosure = proactiveDisclosure,
            Applications = applicationsTable,
            ReviewAndLitigation = reviewTable,
            ProblemsAndImprovements = regions[4] is { } five ? text.Narrative(five.Start, five.End) : string.Empty,
            OtherMatters = regions[5] is { } six ? text.OtherMatters(six.Start, six.End) : string.Empty,
        };
        return Finish(context, log, report);
    }

    /// <summary>
    /// Assembles the result: the one place where the report's unread cells are derived ("unread is not blank",
    /// docs/import.md). Every table cell that is blank and lies under the <see cref="ImportDiagnostic.PropertyPath"/> of
    /// an <see cref="ImportSeverity.Error"/> diagnostic (the cell's, its row's or its table's path) is unread, with that
    /// diagnostic's code, messages, text seen and candidates (the first such diagnostic in the log). A blank cell that
    /// no error names was printed blank.
    /// </summary>
    private static ImportResult Finish(ImportContext context, ImportLog log, DisclosureReport? report)
    {
        log = log with { Tables = ValueList.CreateRange(context.Tables), Diagnostics = ValueList.CreateRange(context.Diagnostics) };
        if (report is not null)
        {
            var (unread, cellCount) = FindUnreadCells(report, context.Diagnostics);
            report = report with { UnreadCells = unread };
            log = log with { CellsRead = cellCount - unread.Count, UnreadCells = unread };
        }

        return new ImportResult { Report = report, Log = log };
    }

    private static (ValueList<UnreadCell> Unread, int CellCount) FindUnreadCells(DisclosureReport report, List<ImportDiagnostic> diagnostics)
    {
        var catalog = CellCatalog.Get(report.Edition);
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

    private static List<Token> Tokens(AtomStream stream, (int Start, int End)? region, LabelCatalog catalog) =>
        region is { } r ? Tokenizer.Tokenize(stream, r.Start, r.End, catalog) : [];
}
