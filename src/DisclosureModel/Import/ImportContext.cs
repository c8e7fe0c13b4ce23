using System.Globalization;
using System.Text;
using DisclosureModel.Validation;

namespace DisclosureModel.Import;

/// <summary>
/// The state one import shares between its readers: the atom stream, the options, the page text, and what the import
/// has found so far (diagnostics, recognised tables, edition votes). Also the steps every table reader uses: logging,
/// splitting a run of values into cells, reading blanks as 0.
/// </summary>
internal sealed class ImportContext
{
    private const int MaxCandidatesShown = 20;

    private readonly int[] cellStart;

    internal ImportContext(AtomStream stream, ImportOptions options)
    {
        Stream = stream;
        Options = options;
        var b = new StringBuilder();
        cellStart = new int[stream.Cells.Count];
        for (var i = 0; i < stream.Cells.Count; i++)
        {
            cellStart[i] = b.Length;
            b.Append(stream.Cells[i].Text).Append('\n');
        }

        Joined = b.ToString();
        foreach (var cell in stream.Furniture)
        {
            Add(ImportDiagnosticCode.PageChromeSkipped, ImportSeverity.Info, stream.Cells[cell].Location, ImportMessages.PageFooterSkipped.With(), seen: stream.Cells[cell].Text.Trim());
        }
    }

    /// <summary>Gets the normalised stream of the input.</summary>
    internal AtomStream Stream { get; }

    /// <summary>Gets the options.</summary>
    internal ImportOptions Options { get; }

    /// <summary>Gets the input's cells joined by line breaks, for the regular expressions of the metadata.</summary>
    internal string Joined { get; }

    /// <summary>Gets the diagnostics so far, in the order found.</summary>
    internal List<ImportDiagnostic> Diagnostics { get; } = [];

    /// <summary>Gets the tables recognised so far.</summary>
    internal List<RecognizedTable> Tables { get; } = [];

    /// <summary>Gets the edition votes so far.</summary>
    internal List<EditionVote> Votes { get; } = [];

    /// <summary>
    /// Gets or sets the atom ranges of the narrative (the preamble and Sections 一, 五 and 六), where the evidence for
    /// Section 二 runs is looked for (<see cref="SectionTwoEvidence"/>). Set by the engine before the tables are read.
    /// </summary>
    internal IReadOnlyList<(int Start, int End)> NarrativeRegions { get; set; } = [];

    /// <summary>Gets or sets the report year as far as it is known when the tables are read (options, then the page), or null.</summary>
    internal int? ReportYear { get; set; }

    /// <summary>Gets the offset in <see cref="Joined"/> of an atom (the end of the text for the end of the stream).</summary>
    internal int JoinedOffset(int atom) =>
        atom >= Stream.Length ? Joined.Length : cellStart[Stream.CellOf(atom)] + Stream.OffsetOf(atom);

    /// <summary>Gets the first atom at or after an offset of <see cref="Joined"/>.</summary>
    internal int AtomAtOrAfter(int joinedOffset)
    {
        int lo = 0, hi = Stream.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (JoinedOffset(mid) < joinedOffset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Logs a diagnostic at an atom (a negative atom: the whole input).</summary>
    internal void Add(ImportDiagnosticCode code, ImportSeverity severity, int atom, ImportMessage message, string? path = null, string? seen = null, string? expected = null, IEnumerable<string>? candidates = null) =>
        Add(code, severity, atom < 0 ? SourceLocation.None : Stream.Locate(atom), message, path, seen, expected, candidates);

    /// <summary>Logs a diagnostic at a location.</summary>
    internal void Add(ImportDiagnosticCode code, ImportSeverity severity, SourceLocation location, ImportMessage message, string? path = null, string? seen = null, string? expected = null, IEnumerable<string>? candidates = null) =>
        Diagnostics.Add(Create(code, severity, location, message, path, seen, expected, candidates));

    /// <summary>Builds a diagnostic from a message of the catalogue.</summary>
    internal static ImportDiagnostic Create(ImportDiagnosticCode code, ImportSeverity severity, SourceLocation location, ImportMessage message, string? path = null, string? seen = null, string? expected = null, IEnumerable<string>? candidates = null) => new()
    {
        Code = code,
        Severity = severity,
        Location = location,
        Message = message.English,
        ChineseMessage = message.Chinese,
        MessageId = message.Template.Id,
        PropertyPath = path,
        Seen = seen,
        Expected = expected,
        Candidates = candidates is null ? ValueList<string>.Empty : ValueList.CreateRange(candidates),
    };

    /// <summary>
    /// Splits a run of values into cells of the given kinds under the run's <paramref name="constraint"/> (the rule
    /// table's equations inside the run) and logs how: the cells, or null when they are left blank.
    /// </summary>
    internal CellValue[]? SplitCells(Token values, CellKind[] kinds, SplitConstraint constraint, string path, string what, out SplitOutcome outcome)
    {
        outcome = CellSplitter.Split(values.Fragments, kinds, constraint.Predicate, Stream.ParagraphSpaced);
        var seen = values.Describe(Stream);
        var shown = outcome.Candidates.Take(MaxCandidatesShown).Select(FormatCandidate).ToList();
        if (outcome.CandidateCount > shown.Count && shown.Count > 0)
        {
            shown.Add($"… {outcome.CandidateCount.ToString(CultureInfo.InvariantCulture)} in all");
        }

        var (ruleChinese, ruleEnglish) = ImportMessages.DescribeRules(constraint.Equations);
        var cells = kinds.Length.ToString(CultureInfo.InvariantCulture);
        var count = outcome.CandidateCount.ToString(CultureInfo.InvariantCulture);
        ImportMessage Message(Utility.MessageTemplate template) => new(
            template,
            template.FormatChinese(("what", what), ("cells", cells), ("rule", ruleChinese), ("count", count), ("limit", CellSplitter.NodeBudget)),
            template.FormatEnglish(("what", what), ("cells", cells), ("rule", ruleEnglish), ("count", count), ("limit", CellSplitter.NodeBudget)));

        if (outcome.EmptyLinesRead > 0 && outcome.Values is not null)
        {
            Add(ImportDiagnosticCode.EmptyLinesReadAsBlankCells, ImportSeverity.Info, values.Start, ImportMessages.EmptyLinesReadAsBlank.With(("what", what), ("count", outcome.EmptyLinesRead), ("cells", cells)), path, seen, candidates: [FormatCandidate(outcome.Values)]);
        }
        else if (outcome.Values is null && Fragment.AllPossibleBlanks(values.Fragments))
        {
            // Nothing but empty lines after the label, and no reading of them fits: no numbers, as without them.
            Add(ImportDiagnosticCode.UnreadableCells, ImportSeverity.Error, values.Start, ImportMessages.NoNumbersAfterLabel.With(), path);
            return null;
        }
        else if (outcome.Status == SplitStatus.Ambiguous && outcome.EmptyLinesAmbiguous)
        {
            Add(ImportDiagnosticCode.AmbiguousSplit, ImportSeverity.Error, values.Start, Message(ImportMessages.EmptyLinesAmbiguous), path, seen, candidates: shown);
            return null;
        }

        switch (outcome.Status)
        {
            case SplitStatus.Exact:
                return outcome.Values;
            case SplitStatus.Unique:
                Add(ImportDiagnosticCode.DigitsSplit, ImportSeverity.Info, values.Start, Message(ImportMessages.SplitUnique), path, seen, candidates: shown);
                return outcome.Values;
            case SplitStatus.DecidedByConstraint:
                Add(ImportDiagnosticCode.DigitsSplit, ImportSeverity.Info, values.Start, Message(ImportMessages.SplitByRule), path, seen, candidates: shown);
                return outcome.Values;
            case SplitStatus.UniqueUnbalanced:
                Add(ImportDiagnosticCode.SplitDoesNotBalance, ImportSeverity.Warning, values.Start, Message(ImportMessages.SplitBreaksRule), path, seen, candidates: shown);
                return outcome.Values;
            case SplitStatus.SplitsSeparatedNumber:
                Add(ImportDiagnosticCode.UnreadableCells, ImportSeverity.Error, values.Start, Message(ImportMessages.SplitsSeparatedNumber), path, seen, candidates: shown);
                return null;
            case SplitStatus.Ambiguous:
                var template = constraint.Predicate is null ? ImportMessages.AmbiguousNoRule
                    : outcome.CandidatesBalanced ? ImportMessages.AmbiguousAllSatisfy
                    : ImportMessages.AmbiguousNoneSatisfies;
                Add(ImportDiagnosticCode.AmbiguousSplit, ImportSeverity.Error, values.Start, Message(template), path, seen, candidates: shown);
                return null;
            case SplitStatus.SearchLimit:
                Add(ImportDiagnosticCode.SplitSearchLimit, ImportSeverity.Error, values.Start, Message(ImportMessages.SplitSearchLimit), path, seen);
                return null;
            default:
                Add(ImportDiagnosticCode.UnreadableCells, ImportSeverity.Error, values.Start, Message(ImportMessages.UnreadableCells), path, seen);
                return null;
        }
    }

    /// <summary>
    /// Gets the run just split by <see cref="SplitCells"/> as an <see cref="AmbiguousRun"/> for a later step to settle
    /// (the spanning solver, the Section 二 evidence), or null when the split was not ambiguous or not every candidate was
    /// kept. The run carries the <see cref="ImportDiagnosticCode.AmbiguousSplit"/> error just logged, which the step
    /// replaces when it settles the run.
    /// </summary>
    internal AmbiguousRun? Pending(Token values, SplitOutcome outcome, SplitConstraint constraint, string path, string label) =>
        outcome.Status == SplitStatus.Ambiguous && outcome.Candidates.Count == outcome.CandidateCount
            && Diagnostics.Count > 0 && Diagnostics[^1].Code == ImportDiagnosticCode.AmbiguousSplit
            ? new AmbiguousRun(constraint.Paths, outcome.Candidates, values.Start, values.Describe(Stream), path, label, Diagnostics[^1])
            : null;

    /// <summary>Replaces a diagnostic of the log (found by reference) by another at the same place in the log.</summary>
    internal void Replace(ImportDiagnostic logged, ImportDiagnostic replacement)
    {
        var index = Diagnostics.FindIndex(d => ReferenceEquals(d, logged));
        if (index < 0)
        {
            Diagnostics.Add(replacement);
        }
        else
        {
            Diagnostics[index] = replacement;
        }
    }

    /// <summary>Lists candidates for a diagnostic: up to 20, then how many there are in all.</summary>
    internal static List<string> ShowCandidates(IReadOnlyList<CellValue[]> candidates)
    {
        var shown = candidates.Take(MaxCandidatesShown).Select(FormatCandidate).ToList();
        if (candidates.Count > shown.Count)
        {
            shown.Add($"… {candidates.Count.ToString(CultureInfo.InvariantCulture)} in all");
        }

        return shown;
    }

    /// <summary>Writes a candidate split as its cells separated by spaces, e.g. <c>77 77 166</c>.</summary>
    internal static string FormatCandidate(CellValue[] candidate) => string.Join(' ', candidate.Select(v => v.ToString()));

    /// <summary>Logs and skips a token of a table section that is not a label: stray text, or numbers with no row label.</summary>
    internal bool SkipUnlabelled(Token token, string section)
    {
        if (token.Kind == TokenKind.Text)
        {
            Unexpected(token);
            return true;
        }

        if (token.Kind == TokenKind.Values && Fragment.AllPossibleBlanks(token.Fragments))
        {
            return true; // empty lines between labels: spacing
        }

        if (token.Kind == TokenKind.Values)
        {
            Add(ImportDiagnosticCode.UnexpectedText, ImportSeverity.Warning, token.Start, ImportMessages.UnlabelledNumbers.With(("section", section)), seen: token.Describe(Stream));
            return true;
        }

        return false;
    }

    /// <summary>Logs stray text inside a table.</summary>
    internal void Unexpected(Token token)
    {
        var text = token.Describe(Stream);
        Add(ImportDiagnosticCode.UnexpectedText, ImportSeverity.Info, token.Start, ImportMessages.StrayText.With(), seen: Shorten(text));
    }

    /// <summary>Shortens text shown in a diagnostic to 40 characters.</summary>
    internal static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>
    /// Reads blank cells as 0 only where the row clearly means it: its total is printed and the printed cells already
    /// add up to it (and <see cref="ImportOptions.ReadBlanksAsZero"/> is on). Other blanks stay blank. Both are logged.
    /// </summary>
    internal CellValue[] BlankAsZero(CellValue[] cells, int totalIndex, int atom, string path)
    {
        var blanks = Enumerable.Range(0, totalIndex).Where(c => cells[c].Number is null).ToList();
        var totalBlank = cells[totalIndex].Number is null;
        if (blanks.Count == 0 && !totalBlank)
        {
            return cells;
        }

        if (Options.ReadBlanksAsZero && !totalBlank && blanks.Count > 0 && Enumerable.Range(0, totalIndex).Sum(c => cells[c].Number ?? 0) == cells[totalIndex].Number)
        {
            var copy = (CellValue[])cells.Clone();
            foreach (var c in blanks)
            {
                copy[c] = new CellValue(0);
            }

            Add(ImportDiagnosticCode.BlankReadAsZero, ImportSeverity.Info, atom, ImportMessages.BlankReadAsZero.With(("count", blanks.Count)), path);
            return copy;
        }

        Add(ImportDiagnosticCode.BlankCell, ImportSeverity.Info, atom, ImportMessages.BlankKept.With(("count", blanks.Count + (totalBlank ? 1 : 0))), path);
        return cells;
    }

    /// <summary>Gets the index of the first item that matches, or -1.</summary>
    internal static int IndexOf<T>(IReadOnlyList<T> list, Func<T, bool> predicate)
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

    /// <summary>Gets the equations of a table that no single run contains: those the spanning solver uses.</summary>
    internal static IReadOnlyList<BalancingEquation> Spanning(IReadOnlyList<BalancingEquation> tableEquations, IEnumerable<SplitConstraint> runs)
    {
        var inside = runs.SelectMany(r => r.Equations).ToHashSet();
        return [.. tableEquations.Where(e => !inside.Contains(e))];
    }
}
