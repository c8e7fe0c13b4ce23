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
        var firstHeading = headings.Count > 0 ? headings[0].Start : stream.Length;
        var page = new MetadataReader(context, regions, firstHeading).Read();

        // Tables: tokens of each table section, then the edition vote.
        var proactive = Tokens(stream, regions[1], LabelCatalog.Proactive);
        var applications = Tokens(stream, regions[2], LabelCatalog.Applications);
        var cases = Tokens(stream, regions[3], LabelCatalog.ReviewAndLitigation);
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

        // Metadata the model requires; without it, the tables alone.
        var tables = new ImportedTables { Edition = e, ProactiveDisclosure = proactiveDisclosure, Applications = applicationsTable, ReviewAndLitigation = reviewTable };
        var complete = MetadataReader.Resolve(context, page);
        var content = new PageTextReader(context).Content(page.PreambleStart, firstHeading, regions, page.ValidYear, page.PublishedAt?.Value);
        var report = complete ? content.ToReport(tables, page.Agency!.Value.Value, page.ValidYear!.Value) : null;
        return Finish(context, log, report) with { Tables = tables, Content = content };
    }

    private static ImportResult Finish(ImportContext context, ImportLog log, DisclosureReport? report) => new()
    {
        Report = report,
        Log = log with { Tables = ValueList.CreateRange(context.Tables), Diagnostics = ValueList.CreateRange(context.Diagnostics) },
    };

    private static List<Token> Tokens(AtomStream stream, (int Start, int End)? region, LabelCatalog catalog) =>
        region is { } r ? Tokenizer.Tokenize(stream, r.Start, r.End, catalog) : [];
}
