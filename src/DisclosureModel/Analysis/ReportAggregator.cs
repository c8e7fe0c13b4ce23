using NodaTime;

namespace DisclosureModel.Analysis;

/// <summary>
/// The result of summing reports (a roll-up): the summed report, the reports that went into it and notes on
/// cells that could not be summed as printed.
/// </summary>
/// <remarks>Equality is by value.</remarks>
public sealed record AggregatedReport
{
    /// <summary>Gets the summed report: every cell of Sections 二, 三 and 四 summed, the name given for the roll-up,
    /// the common year and edition, and the statistics period from the earliest start to the latest end of the
    /// inputs. Narrative sections are empty; <see cref="ReportMetadata.PublishedAt"/>, the source URL and the contact
    /// are not set. <see cref="OverviewSection.ProactivelyDisclosedCount"/> is summed too.</summary>
    public required DisclosureReport Report { get; init; }

    /// <summary>Gets the metadata of every summed report, in input order: what was summed.</summary>
    public required ValueList<ReportMetadata> Sources { get; init; }

    /// <summary>Gets notes on cells that were not summed as printed (money in different units, cells unread in an input), in cell order.</summary>
    public required ValueList<string> Notes { get; init; }
}

/// <summary>Sums reports of the same year and edition into one, e.g. the departmental reports of a district.</summary>
/// <remarks>
/// <para>Every cell is summed as <see cref="ApplicantCounts"/> and <see cref="CaseResultCounts"/> add: blank plus
/// a number is the number, blank plus blank is blank. Printed totals are summed as printed, not recomputed, so the
/// roll-up balances (rules R1–R4) whenever every input does, and shows the sum of the inputs' errors otherwise.</para>
/// <para>A cell that an input lists as unread (<see cref="DisclosureReport.UnreadCells"/>) has no known sum: it is blank
/// in the roll-up and listed as unread there (with the first such input's reason), with a note.</para>
/// <para>The 2019 采购总金额 is summed in the unit the non-zero inputs share; when they printed different known units
/// the sum is in 元; when one printed no unit and another a unit, the cell is left blank with a note.</para>
/// </remarks>
public static class ReportAggregator
{
    /// <summary>Sums reports of the same year and edition.</summary>
    /// <param name="reports">At least one report; all of the same <see cref="ReportMetadata.ReportYear"/> and edition.</param>
    /// <param name="agencyName">The name of the roll-up, e.g. the district government.</param>
    /// <param name="agencyKind">The kind of the roll-up, e.g. <see cref="AgencyKind.CountyAggregate"/>.</param>
    /// <returns>The summed report with what was summed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/>, one of them, or <paramref name="agencyName"/> is null.</exception>
    /// <exception cref="ArgumentException">No report was given, the years or editions differ, a report's tables are not of its
    /// stated edition, or <paramref name="agencyName"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="agencyKind"/> is not defined.</exception>
    /// <exception cref="OverflowException">A summed count exceeds <see cref="int.MaxValue"/>, or a summed amount the range of
    /// <see cref="decimal"/>; the message names the cell's property path, e.g. <c>applications.newlyReceived.naturalPerson</c>.</exception>
    public static AggregatedReport Sum(IEnumerable<DisclosureReport> reports, string agencyName, AgencyKind agencyKind = AgencyKind.Unspecified)
    {
        Preconditions.CheckNotNull(reports);
        Preconditions.CheckNotBlank(agencyName);
        Preconditions.CheckDefined(agencyKind);
        var inputs = reports.ToList();
        if (inputs.Count == 0)
        {
            throw new ArgumentException("At least one report must be given.", nameof(reports));
        }

        var first = Preconditions.CheckNotNull(inputs[0], nameof(reports));
        foreach (var report in inputs)
        {
            Preconditions.CheckNotNull(report, nameof(reports));
            if (report.Metadata.ReportYear != first.Metadata.ReportYear || report.Edition != first.Edition || report.Applications.Edition != first.Applications.Edition)
            {
                throw new ArgumentException(
                    $"Only reports of the same year and edition can be summed: {first.Metadata.AgencyName} is {first.Metadata.ReportYear} ({first.Edition.GetIdentifier()} format), {report.Metadata.AgencyName} is {report.Metadata.ReportYear} ({report.Edition.GetIdentifier()} format).",
                    nameof(reports));
            }
        }

        var edition = first.Edition;
        var catalog = CellCatalog.For(first);
        var cells = inputs.Select(catalog.Read).ToList();
        var notes = new List<string>();
        var unreadInputs = inputs.Select(r => r.UnreadCells.ToDictionary(u => u.PropertyPath, StringComparer.Ordinal)).ToList();
        var unread = new List<UnreadCell>();

        CellValue SumCell(CellDefinition definition)
        {
            // A cell unread in any input has an unknown sum: it stays blank and unread (unread is not blank).
            for (var i = 0; i < inputs.Count; i++)
            {
                if (unreadInputs[i].TryGetValue(definition.PropertyPath, out var cell))
                {
                    notes.Add($"{definition.PropertyPath}: left blank and unread; it could not be read in the report of {inputs[i].Metadata.AgencyName}.");
                    unread.Add(cell);
                    return CellValue.Blank;
                }
            }

            var values = cells.Select(c => c[definition.Index]).Where(c => !c.IsBlank).ToList();
            if (values.Count == 0)
            {
                return CellValue.Blank;
            }

            if (definition.Kind != CellKind.Amount)
            {
                return new(SumCount(values.Select(v => (long)v.Number!.Value), definition.PropertyPath));
            }

            // A zero is zero in any unit, so only non-zero amounts must agree on theirs.
            var units = values.Where(v => v.Number != 0m).Select(v => v.Unit).Distinct().ToList();
            if (units.Count <= 1)
            {
                return new(SumAmount(values.Select(v => v.Number!.Value), definition.PropertyPath), units.Count == 1 ? units[0] : values[0].Unit);
            }

            if (units.All(u => u is not null))
            {
                notes.Add($"{definition.PropertyPath}: amounts printed in different units were converted to yuan and summed.");
                return new(SumAmount(values.Select(v => new MoneyAmount(v.Number!.Value, v.Unit).ToYuan()!.Value), definition.PropertyPath), MoneyUnit.Yuan);
            }

            notes.Add($"{definition.PropertyPath}: left blank; some amounts printed no unit and others a unit, so they cannot be added.");
            return CellValue.Blank;
        }

        var start = inputs.Min(r => r.Metadata.StatisticsPeriod.Start);
        var end = inputs.Max(r => r.Metadata.StatisticsPeriod.End);
        var proactivelyDisclosed = inputs.Select(r => r.Overview.ProactivelyDisclosedCount).Where(v => v is not null).ToList();
        var template = new DisclosureReport
        {
            Metadata = new ReportMetadata
            {
                AgencyName = agencyName,
                ReportYear = first.Metadata.ReportYear,
                Edition = edition,
                AgencyKind = agencyKind,
                StatisticsPeriod = new DateInterval(start, end),
            },
            Overview = new OverviewSection
            {
                ProactivelyDisclosedCount = proactivelyDisclosed.Count == 0 ? null : SumCount(proactivelyDisclosed.Select(v => (long)v!.Value), "overview.proactivelyDisclosedCount"),
            },
            ProactiveDisclosure = first.ProactiveDisclosure,
            Applications = first.Applications,
            ReviewAndLitigation = first.ReviewAndLitigation,
            ProblemsAndImprovements = string.Empty,
            OtherMatters = string.Empty,
        };
        var summed = catalog.Build(template, [.. catalog.Cells.Select(SumCell)]);
        return new AggregatedReport
        {
            Report = unread.Count == 0 ? summed : summed with { UnreadCells = [.. unread] },
            Sources = [.. inputs.Select(r => r.Metadata)],
            Notes = [.. notes],
        };
    }

    // A count is an int: a sum beyond int.MaxValue is an error naming the cell, never a wrapped or unhandled overflow.
    private static int SumCount(IEnumerable<long> values, string propertyPath)
    {
        var total = 0L;
        foreach (var value in values)
        {
            total += value;
            if (total > int.MaxValue)
            {
                throw new OverflowException($"The sum of {propertyPath} exceeds {int.MaxValue}, the largest count.");
            }
        }

        return (int)total;
    }

    private static decimal SumAmount(IEnumerable<decimal> values, string propertyPath)
    {
        try
        {
            return values.Sum();
        }
        catch (OverflowException exception)
        {
            throw new OverflowException($"The sum of {propertyPath} exceeds the range of decimal.", exception);
        }
    }

}
