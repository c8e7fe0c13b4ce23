using System.Globalization;
using DisclosureModel.Analysis;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;

namespace DisclosureModel.Import;

/// <summary>One import: reads the stream, collects diagnostics, builds the report.</summary>
internal sealed partial class ImportEngine
{
    private const int MaxCandidatesShown = 20;

    private readonly AtomStream stream;
    private readonly ImportOptions options;
    private readonly string joined;
    private readonly int[] cellStart;
    private readonly List<ImportDiagnostic> diagnostics = [];
    private readonly List<RecognizedTable> tables = [];
    private readonly List<EditionVote> votes = [];

    private ImportEngine(AtomStream stream, ImportOptions options)
    {
        this.stream = stream;
        this.options = options;
        var b = new StringBuilder();
        cellStart = new int[stream.Cells.Count];
        for (var i = 0; i < stream.Cells.Count; i++)
        {
            cellStart[i] = b.Length;
            b.Append(stream.Cells[i].Text).Append('\n');
        }

        joined = b.ToString();
    }

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

        return new ImportEngine(AtomStream.Create(cells), options).Run();
    }

    internal static ImportResult TooLarge(SourceLocation location, int limit) => new()
    {
        Log = new ImportLog
        {
            EditionReason = "not read: the input is too large",
            Diagnostics =
            [
                new ImportDiagnostic
                {
                    Code = ImportDiagnosticCode.InputTooLarge,
                    Severity = ImportSeverity.Error,
                    Location = location,
                    Message = $"The input exceeds the limit of {limit.ToString(CultureInfo.InvariantCulture)} characters (ImportOptions.MaxInputLength); the limit is reached here.",
                },
            ],
        },
    };

    private void Add(ImportDiagnosticCode code, ImportSeverity severity, int atom, string message, string? path = null, string? seen = null, string? expected = null, IEnumerable<string>? candidates = null) =>
        diagnostics.Add(new ImportDiagnostic
        {
            Code = code,
            Severity = severity,
            Location = atom < 0 ? SourceLocation.None : stream.Locate(atom),
            Message = message,
            PropertyPath = path,
            Seen = seen,
            Expected = expected,
            Candidates = candidates is null ? ValueList<string>.Empty : ValueList.CreateRange(candidates),
        });

    private ImportResult Run()
    {
        var headings = Sections.Find(stream);
        var regions = new (int Start, int End)?[6];
        for (var i = 0; i < headings.Count; i++)
        {
            var end = i + 1 < headings.Count ? headings[i + 1].Start : stream.Length;
            regions[headings[i].Index] = (headings[i].End, end);
        }

        // Page metadata.
        var title = TitlePattern().Match(joined);
        var pageAgency = title.Success ? title.Groups["agency"].Value : null;
        int? pageYear = title.Success ? ParseInt(title.Groups["year"].Value) : null;
        var firstHeading = headings.Count > 0 ? headings[0].Start : stream.Length;
        var firstHeadingOffset = JoinedOffset(firstHeading);
        var published = PublishedPattern().Match(joined);
        LocalDateTime? pagePublished = published.Success && published.Index < firstHeadingOffset ? ParseDateTime(published) : null;

        // Tables: tokens of each table section, then the edition vote.
        var proactive = Tokens(regions[1], LabelCatalog.Proactive);
        var applications = Tokens(regions[2], LabelCatalog.Applications);
        var cases = Tokens(regions[3], LabelCatalog.ReviewAndLitigation);
        CollectVotes(proactive);
        CollectVotes(applications);
        var hasTables = proactive.Concat(applications).Any(t => t.Kind == TokenKind.Label && t.Label!.Meanings.Any(m => m.Kind is LabelKind.ProactiveRow or LabelKind.ApplicationRow))
            || cases.Any(t => t.Kind == TokenKind.Label && t.Label!.Meanings.Any(m => m.Kind == LabelKind.CaseBlock));

        var year = options.ReportYear ?? pageYear;
        var (edition, reason) = DecideEdition(year);
        var log = new ImportLog
        {
            Edition = hasTables ? edition : null,
            EditionReason = hasTables ? reason : "no statutory table of either edition was found",
            EditionVotes = ValueList.CreateRange(votes),
            AgencyName = pageAgency,
            ReportYear = pageYear,
            PublishedAt = pagePublished,
        };

        if (!hasTables)
        {
            Add(ImportDiagnosticCode.NotAReport, ImportSeverity.Error, -1,
                "No statutory table of either edition was found (no row label of Section 二, 三 or 四): the input is not a disclosure annual report, or it is cut off before its tables.");
            return Finish(log, null);
        }

        for (var i = 0; i < 6; i++)
        {
            if (regions[i] is null)
            {
                var label = ReportSectionsLayout.Titles[i];
                Add(ImportDiagnosticCode.SectionMissing, i is >= 1 and <= 3 ? ImportSeverity.Error : ImportSeverity.Warning, -1,
                    $"The heading of section {label.Chinese[..1]} was not found.", expected: label.Chinese);
            }
        }

        if (edition is not { } e)
        {
            Add(ImportDiagnosticCode.NotAReport, ImportSeverity.Error, -1,
                "Tables were found but none of their labels belongs to only one edition, and the report year is unknown: the edition cannot be told. Give ImportOptions.Edition or ImportOptions.ReportYear.");
            return Finish(log, null);
        }

        var proactiveDisclosure = ReadProactive(proactive, e, regions[1]);
        var applicationsTable = ReadApplications(applications, e, regions[2]);
        var reviewTable = ReadCases(cases, regions[3]);

        // Metadata the model requires.
        var agency = options.AgencyName ?? pageAgency;
        if (options.AgencyName is not null)
        {
            Add(ImportDiagnosticCode.MetadataAssumed, ImportSeverity.Info, -1, "The agency name was taken from the options.", "Metadata.AgencyName", pageAgency, options.AgencyName);
        }

        if (options.ReportYear is not null)
        {
            Add(ImportDiagnosticCode.MetadataAssumed, ImportSeverity.Info, -1, "The report year was taken from the options.", "Metadata.ReportYear", pageYear?.ToString(CultureInfo.InvariantCulture), options.ReportYear.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (string.IsNullOrWhiteSpace(agency) || year is null || year < ReportYears.Minimum || year > ReportYears.Maximum)
        {
            Add(ImportDiagnosticCode.MetadataMissing, ImportSeverity.Error, -1,
                "The page title (…YYYY年政府信息公开工作年度报告) was not found or names a year out of range, so the agency name or the report year is unknown; give them in ImportOptions.",
                "Metadata");
            return Finish(log, null);
        }

        var preambleRange = (title.Success ? AtomAtOrAfter(title.Index + title.Length) : 0, firstHeading);
        var preamble = Preamble(preambleRange.Item1, preambleRange.Item2);
        var metadata = new ReportMetadata
        {
            AgencyName = agency,
            ReportYear = year.Value,
            Edition = e,
            AgencyKind = options.AgencyKind,
            StatisticsPeriod = Period(preamble, year.Value),
            PublishedAt = options.PublishedAt ?? pagePublished,
            SourceUrl = options.SourceUrl ?? PageUrl(firstHeadingOffset),
            DownloadLocation = Capture(DownloadPattern(), preamble),
            Contact = Contact(preamble),
        };

        var report = new DisclosureReport
        {
            Metadata = metadata,
            Preamble = preamble,
            Overview = Overview(regions[0]),
            ProactiveDisclosure = proactiveDisclosure,
            Applications = applicationsTable,
            ReviewAndLitigation = reviewTable,
            ProblemsAndImprovements = regions[4] is { } five ? Narrative(five.Start, five.End) : string.Empty,
            OtherMatters = regions[5] is { } six ? OtherMatters(six.Start, six.End) : string.Empty,
        };
        return Finish(log, report);
    }

    private ImportResult Finish(ImportLog log, DisclosureReport? report) => new()
    {
        Report = report,
        Log = log with { Tables = ValueList.CreateRange(tables), Diagnostics = ValueList.CreateRange(diagnostics) },
    };

    private List<Token> Tokens((int Start, int End)? region, LabelCatalog catalog) =>
        region is { } r ? Tokenizer.Tokenize(stream, r.Start, r.End, catalog) : [];

    // ---------------------------------------------------------------- edition

    private void CollectVotes(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Label)
            {
                continue;
            }

            var meanings = token.Label!.Meanings;
            var editions = meanings.Select(m => m.Edition).Distinct().ToList();
            if (editions.Count == 1 && editions[0] is { } only)
            {
                votes.Add(new EditionVote(only, meanings[0].Label.Chinese, stream.Locate(token.Start)));
            }
            else if (meanings.Any(m => m.Key is ApplicationRowDefinition { Row: ApplicationRow.OtherHandling }))
            {
                // （六）其他处理 followed by its own numbers is the single 2019 row; in 2021 it is a group.
                if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Values)
                {
                    votes.Add(new EditionVote(FormatEdition.Edition2019, meanings[0].Label.Chinese, stream.Locate(token.Start)));
                }
            }
        }
    }

    private (FormatEdition? Edition, string Reason) DecideEdition(int? year)
    {
        var v2019 = votes.Count(v => v.Edition == FormatEdition.Edition2019);
        var v2021 = votes.Count(v => v.Edition == FormatEdition.Edition2021);
        var counts = $"{v2019.ToString(CultureInfo.InvariantCulture)} label(s) of the 2019 format, {v2021.ToString(CultureInfo.InvariantCulture)} of the 2021 format";
        FormatEdition? byYear = year is >= 2019 and <= 9998 ? FormatEditions.ForReportYear(year.Value) : null;
        if (options.Edition is { } given)
        {
            return (given, $"given in the options ({counts})");
        }

        if (v2019 == 0 && v2021 == 0)
        {
            if (byYear is { } assumed)
            {
                Add(ImportDiagnosticCode.EditionAssumed, ImportSeverity.Warning, -1, $"No label belongs to only one edition; the {assumed.GetIdentifier()} format was assumed from the report year.");
                return (assumed, "assumed from the report year: no edition-specific label found");
            }

            return (null, "no edition-specific label found and no report year");
        }

        FormatEdition edition;
        string reason;
        if (v2019 != v2021)
        {
            edition = v2019 > v2021 ? FormatEdition.Edition2019 : FormatEdition.Edition2021;
            reason = $"labels: {counts}";
        }
        else if (byYear is { } tie)
        {
            edition = tie;
            reason = $"labels tie ({counts}); decided by the report year";
        }
        else
        {
            edition = FormatEdition.Edition2021;
            reason = $"labels tie ({counts}) and no report year; the newer format was chosen";
        }

        if (v2019 > 0 && v2021 > 0)
        {
            var minority = votes.First(v => v.Edition != edition);
            diagnostics.Add(new ImportDiagnostic
            {
                Code = ImportDiagnosticCode.EditionConflict,
                Severity = ImportSeverity.Warning,
                Location = minority.Location,
                Message = $"Labels of both editions were found ({counts}); the page was read as the {edition.GetIdentifier()} format.",
                Seen = minority.Label,
            });
        }

        return (edition, reason);
    }

    // ---------------------------------------------------------------- splitting

    private CellValue[]? SplitCells(Token values, CellKind[] kinds, Func<CellValue[], bool>? constraint, string rule, string path, string what, out SplitOutcome outcome)
    {
        outcome = CellSplitter.Split(values.Fragments, kinds, constraint);
        var seen = values.Describe(stream);
        var shown = outcome.Candidates.Take(MaxCandidatesShown).Select(c => string.Join(' ', c.Select(v => v.ToString()))).ToList();
        if (outcome.CandidateCount > shown.Count && shown.Count > 0)
        {
            shown.Add($"… {outcome.CandidateCount.ToString(CultureInfo.InvariantCulture)} in all");
        }

        var cells = kinds.Length.ToString(CultureInfo.InvariantCulture);
        switch (outcome.Status)
        {
            case SplitStatus.Exact:
                return outcome.Values;
            case SplitStatus.Unique:
                Add(ImportDiagnosticCode.DigitsSplit, ImportSeverity.Info, values.Start, $"{what}: the digits run together could be split into {cells} cells in only one way.", path, seen, candidates: shown);
                return outcome.Values;
            case SplitStatus.DecidedByConstraint:
                Add(ImportDiagnosticCode.DigitsSplit, ImportSeverity.Info, values.Start, $"{what}: the digits run together were split into {cells} cells by the rule {rule}.", path, seen, candidates: shown);
                return outcome.Values;
            case SplitStatus.UniqueUnbalanced:
                Add(ImportDiagnosticCode.SplitDoesNotBalance, ImportSeverity.Warning, values.Start, $"{what}: the only split of the digits into {cells} cells breaks the rule {rule}; it was kept as printed.", path, seen, candidates: shown);
                return outcome.Values;
            case SplitStatus.Ambiguous:
                Add(ImportDiagnosticCode.AmbiguousSplit, ImportSeverity.Error, values.Start,
                    $"{what}: the digits run together can be split into {cells} cells in {outcome.CandidateCount.ToString(CultureInfo.InvariantCulture)} ways "
                    + (constraint is null ? "and the table has no rule to choose between them" : outcome.CandidatesBalanced ? $"that all satisfy {rule}" : $"and none satisfies {rule}")
                    + "; the cells are left blank.",
                    path, seen, candidates: shown);
                return null;
            case SplitStatus.SearchLimit:
                Add(ImportDiagnosticCode.SplitSearchLimit, ImportSeverity.Error, values.Start, $"{what}: splitting the digits needed more than {CellSplitter.NodeBudget.ToString(CultureInfo.InvariantCulture)} steps; the cells are left blank.", path, seen);
                return null;
            default:
                Add(ImportDiagnosticCode.UnreadableCells, ImportSeverity.Error, values.Start, $"{what}: the values cannot be read as {cells} cells; the cells are left blank.", path, seen);
                return null;
        }
    }

    // ---------------------------------------------------------------- Section 二

    /// <summary>Logs and skips a token of a table section that is not a label: stray text, or numbers with no row label.</summary>
    private bool SkipUnlabelled(Token token, string section)
    {
        if (token.Kind == TokenKind.Text)
        {
            Unexpected(token);
            return true;
        }

        if (token.Kind == TokenKind.Values)
        {
            Add(ImportDiagnosticCode.UnexpectedText, ImportSeverity.Warning, token.Start, $"Numbers without a row label in Section {section} were ignored.", seen: token.Describe(stream));
            return true;
        }

        return false;
    }

    private ProactiveDisclosure ReadProactive(List<Token> tokens, FormatEdition edition, (int Start, int End)? region)
    {
        var layout = ProactiveDisclosureLayout.GetTables(edition);
        var values = layout.Select(t => new CellValue[t.Cells.Count]).ToArray();
        var rowsRead = layout.Select(t => new bool[t.Rows.Count]).ToArray();
        var firstAtom = layout.Select(_ => -1).ToArray();
        var columnsSeen = layout.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        var currentTable = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (SkipUnlabelled(token, "二"))
            {
                continue;
            }

            var meanings = token.Label!.Meanings;
            var first = meanings[0];
            switch (first.Kind)
            {
                case LabelKind.TableTitle:
                    currentTable = IndexOf(layout, t => t.Item == (Article20Item)first.Key!);
                    if (currentTable < 0)
                    {
                        Add(ImportDiagnosticCode.UnexpectedText, ImportSeverity.Warning, token.Start, $"The sub-table {first.Label.Chinese} is not part of the {edition.GetIdentifier()} format; it was ignored.", seen: first.Label.Chinese);
                        continue;
                    }

                    firstAtom[currentTable] = firstAtom[currentTable] < 0 ? token.Start : firstAtom[currentTable];
                    if (first.IsVariant)
                    {
                        Add(ImportDiagnosticCode.LabelVariant, ImportSeverity.Info, token.Start, "A sub-table title in a variant spelling was read as the statutory title.", layout[currentTable].PropertyPath, token.Describe(stream), layout[currentTable].Title.Chinese);
                    }

                    break;
                case LabelKind.ProactiveColumn:
                    if (currentTable >= 0)
                    {
                        var table = layout[currentTable];
                        var column = meanings.Select(m => (ProactiveColumnDefinition)m.Key!).FirstOrDefault(c => table.Columns.Any(x => x.Label.Identifier == c.Label.Identifier));
                        if (column is not null)
                        {
                            columnsSeen[currentTable].Add(column.Label.Identifier);
                            if (meanings.Any(m => m.IsVariant))
                            {
                                Add(ImportDiagnosticCode.LabelVariant, ImportSeverity.Info, token.Start, "A column header in a variant spelling was read as the statutory header.", table.PropertyPath, token.Describe(stream), column.Label.Chinese);
                            }
                        }
                    }

                    break;
                case LabelKind.ProactiveRow:
                    var identifier = (string)first.Key!;
                    var t2 = IndexOf(layout, t => t.Rows.Any(r => r.Identifier == identifier));
                    if (t2 < 0)
                    {
                        Add(ImportDiagnosticCode.UnexpectedText, ImportSeverity.Warning, token.Start, $"The row {first.Label.Chinese} is not part of the {edition.GetIdentifier()} format; it was ignored.", seen: first.Label.Chinese);
                        continue;
                    }

                    var def = layout[t2];
                    var r2 = IndexOf(def.Rows, r => r.Identifier == identifier);
                    var rowLabel = def.Rows[r2];
                    var rowPath = CellPaths.OfRow(def, identifier);
                    firstAtom[t2] = firstAtom[t2] < 0 ? token.Start : firstAtom[t2];
                    if (AtomStream.Normalize(rowLabel.Chinese) != token.Label.Normalized)
                    {
                        Add(ImportDiagnosticCode.LabelVariant, ImportSeverity.Warning, token.Start, "A row label of the other edition was read as this edition's row.", rowPath, token.Describe(stream), rowLabel.Chinese);
                    }

                    if (rowsRead[t2][r2])
                    {
                        Add(ImportDiagnosticCode.DuplicateRow, ImportSeverity.Warning, token.Start, "The row appears again; the first occurrence was kept.", rowPath, rowLabel.Chinese);
                        continue;
                    }

                    rowsRead[t2][r2] = true;
                    if (i + 1 >= tokens.Count || tokens[i + 1].Kind != TokenKind.Values)
                    {
                        Add(ImportDiagnosticCode.UnreadableCells, ImportSeverity.Error, token.End, "No numbers follow the row label; the cells are left blank.", rowPath, expected: rowLabel.Chinese);
                        continue;
                    }

                    var kinds = def.Columns.Select(c => c.Kind switch
                    {
                        ProactiveValueKind.SignedCount => CellKind.Signed,
                        ProactiveValueKind.Amount => CellKind.Amount,
                        _ => CellKind.Count,
                    }).ToArray();
                    var read = SplitCells(tokens[i + 1], kinds, null, "none", rowPath, $"{def.Title.Chinese} {rowLabel.Chinese}", out _);
                    i++;
                    if (read is not null)
                    {
                        for (var c = 0; c < kinds.Length; c++)
                        {
                            values[t2][(r2 * kinds.Length) + c] = read[c];
                        }
                    }

                    break;
                default:
                    break;
            }
        }

        for (var t = 0; t < layout.Count; t++)
        {
            var def = layout[t];
            var count = rowsRead[t].Count(x => x);
            if (count == 0)
            {
                Add(ImportDiagnosticCode.TableMissing, ImportSeverity.Error, region?.Start ?? -1, $"The sub-table {def.Title.Chinese} was not found; its cells are blank, not 0.", def.PropertyPath, expected: def.Title.Chinese);
                continue;
            }

            tables.Add(new RecognizedTable(def.Title.Identifier, def.Title.Chinese, stream.Locate(firstAtom[t]), count, def.Rows.Count));
            for (var r = 0; r < def.Rows.Count; r++)
            {
                if (!rowsRead[t][r])
                {
                    Add(ImportDiagnosticCode.RowMissing, ImportSeverity.Error, firstAtom[t], $"The row {def.Rows[r].Chinese} was not found; its cells are blank, not 0.", def.PropertyPath, expected: def.Rows[r].Chinese);
                }
            }

            foreach (var column in def.Columns.Where(c => !columnsSeen[t].Contains(c.Label.Identifier)))
            {
                Add(ImportDiagnosticCode.ColumnHeaderMissing, ImportSeverity.Info, firstAtom[t], "A column header was not found; the values were read by position.", def.PropertyPath, expected: column.Label.Chinese);
            }
        }

        if (edition == FormatEdition.Edition2021 && values[3][0].Unit == MoneyUnit.Yuan)
        {
            Add(ImportDiagnosticCode.UnreadableCells, ImportSeverity.Error, -1, "The fee cell prints 元 but the 2021 column is in 万元; the cell is left blank.", "ProactiveDisclosure.Article20Item8.AdministrativeFees", values[3][0].ToString());
            values[3][0] = CellValue.Blank;
        }

        // The sub-tables' cells, one after the other, are ProactiveDisclosureLayout.GetCells(edition) in order.
        return ReportCells.CreateProactive(edition, [.. values.SelectMany(t => t).Select(v => (v.Number, v.Unit))]);
    }

    private static int IndexOf<T>(IReadOnlyList<T> list, Func<T, bool> predicate)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (predicate(list[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private void Unexpected(Token token)
    {
        var text = token.Describe(stream);
        Add(ImportDiagnosticCode.UnexpectedText, ImportSeverity.Info, token.Start, "Text inside a table that is neither a label nor a number was ignored.", seen: text.Length > 40 ? text[..40] + "…" : text);
    }
}
