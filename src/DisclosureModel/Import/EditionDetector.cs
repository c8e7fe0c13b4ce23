using System.Globalization;

namespace DisclosureModel.Import;

/// <summary>
/// Decides the edition of a page: every label that belongs to only one edition votes (and a single-row （六）其他处理
/// followed by numbers votes for 2019); the majority wins, a tie or no vote falls back to the report year, and
/// <see cref="ImportOptions.Edition"/> overrides.
/// </summary>
internal sealed class EditionDetector(ImportContext context)
{
    /// <summary>Adds the votes of a table section's labels to <see cref="ImportContext.Votes"/>.</summary>
    internal void CollectVotes(List<Token> tokens)
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
                context.Votes.Add(new EditionVote(only, meanings[0].Label.Chinese, context.Stream.Locate(token.Start)));
            }
            else if (meanings.Any(m => m.Key is ApplicationRowDefinition { Row: ApplicationRow.OtherHandling }))
            {
                // （六）其他处理 followed by its own numbers is the single 2019 row; in 2021 it is a group.
                if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Values)
                {
                    context.Votes.Add(new EditionVote(FormatEdition.Edition2019, meanings[0].Label.Chinese, context.Stream.Locate(token.Start)));
                }
            }
        }
    }

    /// <summary>Decides the edition from the votes, the report year and the options; logs an assumption or a conflict.</summary>
    internal (FormatEdition? Edition, string Reason) Decide(int? year)
    {
        var votes = context.Votes;
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
