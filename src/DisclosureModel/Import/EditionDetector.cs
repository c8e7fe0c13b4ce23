using System.Globalization;

namespace DisclosureModel.Import;

/// <summary>
/// Decides the edition of a page: every label that belongs to only one edition votes (and a single-row （六）其他处理
/// followed by numbers votes for 2019); the majority wins, a tie or no vote falls back to the report year, and
/// <see cref="ImportOptions.Edition"/> overrides. A single-row （六）其他处理 in a Section 三 without any 2021 label, on a
/// page whose other labels are 2021 (or given as 2021), is the supported hybrid: the report is 2021 and Section 三 is read
/// in the 2019 shape (<see cref="ApplicationsEdition"/>, <see cref="CellCatalog.Edition2021Hybrid"/>).
/// </summary>
internal sealed class EditionDetector(ImportContext context)
{
    /// <summary>The vote of a single-row （六）其他处理 in a table section with no 2021 label, or null.</summary>
    private EditionVote? singleOtherHandling;

    /// <summary>Gets the edition of Section 三's shape once <see cref="Decide"/> has run: the report's, or 2019 in the hybrid.</summary>
    internal FormatEdition? ApplicationsEdition { get; private set; }

    /// <summary>Adds the votes of a table section's labels to <see cref="ImportContext.Votes"/>.</summary>
    internal void CollectVotes(List<Token> tokens)
    {
        var first = context.Votes.Count;
        EditionVote? otherHandling = null;
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
                context.Votes.Add(new EditionVote(only, meanings[0].Label.Chinese, context.Stream.Locate(token.Start)));
            }
            else if (meanings.Any(m => m.Key is ApplicationRowDefinition { Row: ApplicationRow.OtherHandling }))
            {
                // （六）其他处理 followed by its own printed numbers is the single 2019 row; in 2021 it is a group (empty
                // lines after the group's label are not numbers of its own).
                if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Values && !Fragment.AllPossibleBlanks(tokens[i + 1].Fragments))
                {
                    otherHandling = new EditionVote(FormatEdition.Edition2019, meanings[0].Label.Chinese, context.Stream.Locate(token.Start));
                    context.Votes.Add(otherHandling);
                }
            }
        }

        if (otherHandling is not null && !context.Votes.Skip(first).Any(v => v.Edition == FormatEdition.Edition2021))
        {
            singleOtherHandling ??= otherHandling;
        }
    }

    /// <summary>Decides the edition from the votes, the report year and the options; logs an assumption or a conflict.</summary>
    internal (FormatEdition? Edition, string Reason) Decide(int? year)
    {
        var (edition, reason) = DecideEdition(year);
        ApplicationsEdition = edition;
        if (edition == FormatEdition.Edition2021 && singleOtherHandling is { } single && (context.Options.Edition == FormatEdition.Edition2021 || OthersFavour2021(single)))
        {
            ApplicationsEdition = FormatEdition.Edition2019;
            context.Add(ImportDiagnosticCode.EditionHybrid, ImportSeverity.Info, single.Location, ImportMessages.EditionHybrid.With(), "Applications.Outcomes.OtherHandling", single.Label);
            reason += "; Section 三 prints （六）其他处理 as one row, as the 2019 format did, and is read in that shape";
        }

        return (edition, reason);
    }

    /// <summary>Whether the labels other than a single-row （六）其他处理 are mostly of the 2021 format.</summary>
    private bool OthersFavour2021(EditionVote single) =>
        context.Votes.Count(v => v.Edition == FormatEdition.Edition2021) > context.Votes.Count(v => v.Edition == FormatEdition.Edition2019 && !ReferenceEquals(v, single));

    private (FormatEdition? Edition, string Reason) DecideEdition(int? year)
    {
        // In a hybrid the single-row （六）其他处理 shapes Section 三 and does not vote against the other labels.
        var votes = singleOtherHandling is { } single && OthersFavour2021(single)
            ? context.Votes.Where(v => !ReferenceEquals(v, single)).ToList()
            : context.Votes;
        var v2019 = votes.Count(v => v.Edition == FormatEdition.Edition2019);
        var v2021 = votes.Count(v => v.Edition == FormatEdition.Edition2021);
        var counts = $"{v2019.ToString(CultureInfo.InvariantCulture)} label(s) of the 2019 format, {v2021.ToString(CultureInfo.InvariantCulture)} of the 2021 format";
        FormatEdition? byYear = year is >= 2019 and <= 9998 ? FormatEditions.ForReportYear(year.Value) : null;
        if (context.Options.Edition is { } given)
        {
            return (given, $"given in the options ({counts})");
        }

        if (v2019 == 0 && v2021 == 0)
        {
            if (byYear is { } assumed)
            {
                context.Add(ImportDiagnosticCode.EditionAssumed, ImportSeverity.Warning, -1, ImportMessages.EditionAssumed.With(("edition", assumed.GetIdentifier())));
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
            context.Add(
                ImportDiagnosticCode.EditionConflict,
                ImportSeverity.Warning,
                minority.Location,
                ImportMessages.EditionConflict.With(("count2019", v2019), ("count2021", v2021), ("edition", edition.GetIdentifier())),
                seen: minority.Label);
        }

        return (edition, reason);
    }
}
