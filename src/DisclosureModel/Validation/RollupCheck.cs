using System.Globalization;
using System.Text;
using DisclosureModel.Utility;
using FluentValidation;

namespace DisclosureModel.Validation;

/// <summary>
/// A member of a roll-up as the caller lists it: a name and its report, or a name whose report is missing (the
/// aggregate includes it, but its report is not at hand).
/// </summary>
/// <remarks>Equality is by value.</remarks>
public sealed record RollupMember
{
    /// <summary>Creates a member.</summary>
    /// <param name="name">The member's name as the findings show it, e.g. the agency name.</param>
    /// <param name="report">The member's report, or null when it is missing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public RollupMember(string name, DisclosureReport? report)
    {
        Name = Preconditions.CheckNotBlank(name);
        Report = report;
    }

    /// <summary>Gets the member's name as the findings show it.</summary>
    public string Name { get; }

    /// <summary>Gets the member's report, or null when it is missing.</summary>
    public DisclosureReport? Report { get; }

    /// <summary>Creates a member from its report, named by its agency (<see cref="ReportMetadata.AgencyName"/>).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static RollupMember Of(DisclosureReport report) => new(Preconditions.CheckNotNull(report).Metadata.AgencyName, report);

    /// <summary>Creates a member whose report is missing.</summary>
    /// <param name="name">The member's name.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static RollupMember Missing(string name) => new(name, null);
}

/// <summary>
/// Checks an aggregate report (a county's or a city's, 汇总) against the reports of its members as the caller lists
/// them: every cell of Sections 二, 三 and 四 where the aggregate differs from the members' sum is a finding of rule
/// <c>A1</c> (<see cref="DisclosureRules.RollupMismatch"/>), naming the members that contributed and those whose report
/// is missing. The rules are those of the rule set <see cref="DisclosureRuleSets.Rollup"/>.
/// </summary>
/// <remarks>
/// <para>Blank counts as 0 on both sides: real aggregates print 0 where every member left the cell blank, and the
/// reverse is no difference either. A cell that the aggregate or a member lists as unread
/// (<see cref="DisclosureReport.UnreadCells"/>) is not assessable: one <c>NA</c> finding names those cells, never a
/// mismatch. The 2019 采购总金额 is compared in the unit every non-zero value shares, else in yuan when each printed a
/// unit; when some printed a unit and others none it is not compared.</para>
/// <para>A member of another report year or edition than the aggregate (or whose tables are not of its stated edition)
/// is a finding of rule <c>A2</c>, and no cell is compared: the sum would be wrong everywhere. A 2021-format report
/// whose Section 三 prints （六）其他处理 as one row (the hybrid, <see cref="CellCatalog.Edition2021Hybrid"/>) is of the
/// 2021 edition: when the aggregate and the members do not all share one shape of Section 三, the three 2021 （六） rows
/// are summed into the one row (blank + blank = blank) and that row is compared, on the hybrid's cell.</para>
/// <para>A listed member whose report is missing is an <c>A3</c> finding (information); the difference an <c>A1</c>
/// finding shows may be its share.</para>
/// </remarks>
public static class RollupCheck
{
    /// <summary>Checks an aggregate report against its members.</summary>
    /// <param name="aggregate">The aggregate report; its tables must be of its stated edition.</param>
    /// <param name="members">The members, as listed by the caller (at least one); the order is the order of the
    /// findings' <c>Members[i]</c> paths.</param>
    /// <param name="options">The options: only <see cref="DisclosureValidatorOptions.MinimumSeverity"/> is read (both
    /// languages are always in the violations). Null: <see cref="DisclosureValidatorOptions.Default"/> (errors only).</param>
    /// <returns>The findings: <c>A2</c> and <c>A3</c> in member order (path <c>Members[i]…</c>), then <c>A1</c> in cell
    /// order (path of the aggregate's cell, <see cref="RuleViolation.Left"/> the aggregate's value and
    /// <see cref="RuleViolation.Right"/> the members' sum for counts), then the <c>NA</c> finding, if any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/>, <paramref name="members"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No member is listed, or the aggregate's tables are not of its stated edition (rule E1).</exception>
    public static IReadOnlyList<RuleViolation> Check(DisclosureReport aggregate, IEnumerable<RollupMember> members, DisclosureValidatorOptions? options = null)
    {
        Preconditions.CheckNotNull(aggregate);
        Preconditions.CheckNotNull(members);
        var minimum = (options ?? DisclosureValidatorOptions.Default).MinimumSeverity;
        var listed = members.ToList();
        if (listed.Count == 0)
        {
            throw new ArgumentException("At least one member must be listed.", nameof(members));
        }

        foreach (var member in listed)
        {
            Preconditions.CheckNotNull(member, nameof(members));
        }

        var catalog = CellCatalog.TryFor(aggregate)
            ?? throw new ArgumentException($"The aggregate's tables are not of its stated edition ({aggregate.Edition.GetIdentifier()}, rule E1); validate it first.", nameof(aggregate));
        var findings = new List<RuleViolation>();
        var year = aggregate.Metadata.ReportYear;
        var present = new List<(string Name, DisclosureReport Report, CellCatalog Catalog)>();
        for (var i = 0; i < listed.Count; i++)
        {
            var (name, report) = (listed[i].Name, listed[i].Report);
            if (report is null)
            {
                continue;
            }

            var memberCatalog = CellCatalog.TryFor(report);
            if (report.Metadata.ReportYear != year || report.Edition != aggregate.Edition || memberCatalog is null)
            {
                ReadOnlySpan<MessageArgument> args =
                [
                    ("member", name), ("memberYear", report.Metadata.ReportYear), ("memberEdition", report.Edition.GetIdentifier()),
                    ("year", year), ("edition", aggregate.Edition.GetIdentifier()),
                ];
                var member = report.Metadata.ReportYear != year ? "ReportYear" : "Edition";
                findings.Add(DisclosureRules.RollupMemberMismatch.CreateViolation(string.Create(CultureInfo.InvariantCulture, $"Members[{i}].Metadata.{member}"), args));
                continue;
            }

            present.Add((name, report, memberCatalog));
        }

        var missing = listed.Where(m => m.Report is null).Select(m => m.Name).ToList();
        for (var i = 0; i < listed.Count; i++)
        {
            if (listed[i].Report is null)
            {
                findings.Add(DisclosureRules.RollupMemberMissing.CreateViolation(string.Create(CultureInfo.InvariantCulture, $"Members[{i}]"), [("member", listed[i].Name)]));
            }
        }

        if (findings.All(f => f.Code != DisclosureRules.RollupMemberMismatch.Code))
        {
            // Section 三 of one shape for all: the hybrid's when the shapes are mixed, the (六) rows summed into one.
            var target = present.All(p => p.Catalog == catalog) ? catalog : CellCatalog.Edition2021Hybrid;
            var aggregateSheet = Sheet.Of(aggregate, catalog, target);
            var sheets = present.Select(p => Sheet.Of(p.Report, p.Catalog, target)).ToList();
            CompareCells(target, aggregateSheet, sheets, [.. present.Select(p => p.Name)], missing, findings);
        }

        return [.. findings.Where(f => f.Severity <= minimum)]; // FluentValidation: Error = 0, Warning = 1, Info = 2
    }

    private static void CompareCells(CellCatalog catalog, Sheet aggregate, List<Sheet> members, string[] names, List<string> missing, List<RuleViolation> findings)
    {
        var unread = new List<(int? Year, CellDefinition Cell)>();
        var missingChinese = missing.Count == 0 ? "无" : string.Join('、', missing);
        var missingEnglish = missing.Count == 0 ? "none" : string.Join(", ", missing);
        foreach (var cell in catalog.Cells)
        {
            var index = cell.Index;
            if (aggregate.Unread[index] || members.Any(m => m.Unread[index]))
            {
                unread.Add((null, cell));
                continue;
            }

            var values = members.Select(m => m.Values[index]).ToList();
            if (Compare(cell, aggregate.Values[index], values) is not { } comparison || comparison.Aggregate == comparison.Sum)
            {
                continue;
            }

            var terms = new StringBuilder();
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i].Number is { } number && number != 0m)
                {
                    terms.Append(terms.Length == 0 ? string.Empty : " + ").Append(names[i]).Append(' ').Append(values[i].Format());
                }
            }

            var aggregateText = comparison.Show(comparison.Aggregate);
            var sumText = comparison.Show(comparison.Sum);
            var equation = terms.Length == 0 ? $"{aggregateText} ≠ 0" : $"{aggregateText} ≠ {terms} = {sumText}";
            ReadOnlySpan<MessageArgument> args =
            [
                ("cell", DescribeChinese(cell)), ("cellEnglish", DescribeEnglish(cell)),
                ("aggregate", aggregateText), ("sum", sumText), ("equation", equation),
                ("missing", missingChinese), ("missingEnglish", missingEnglish),
            ];
            var isCount = cell.Kind != CellKind.Amount;
            findings.Add(DisclosureRules.RollupMismatch.CreateViolation(
                cell.PropertyPath,
                args,
                rowLabel: cell.Row.Chinese,
                columnLabel: cell.Column.Chinese,
                equation: equation,
                left: isCount ? (long)comparison.Aggregate : null,
                right: isCount ? (long)comparison.Sum : null));
        }

        if (unread.Count > 0)
        {
            findings.Add(NotAssessableFindings.Create(DisclosureRules.RollupMismatch, unread.Count, unread, unread[0].Cell.PropertyPath));
        }
    }

    /// <summary>
    /// Gets the aggregate's value and the members' sum in one unit (blank counting as 0), or null when they cannot be
    /// compared (amounts printed with and without a unit).
    /// </summary>
    private static Comparison? Compare(CellDefinition cell, CellValue aggregate, List<CellValue> members)
    {
        if (!cell.CarriesUnit)
        {
            return new(aggregate.Number ?? 0m, members.Sum(v => v.Number ?? 0m), null);
        }

        // A zero is zero in any unit, so only non-zero amounts must agree on theirs (as ReportAggregator sums them).
        var nonZero = members.Append(aggregate).Where(v => v.Number is { } n && n != 0m).ToList();
        var units = nonZero.Select(v => v.Unit).Distinct().ToList();
        if (units.Count <= 1)
        {
            return new(aggregate.Number ?? 0m, members.Sum(v => v.Number ?? 0m), units.Count == 1 ? units[0] : null);
        }

        if (units.Any(u => u is null))
        {
            return null;
        }

        // Dividing by 1.000… drops the trailing zeros a conversion leaves (1.5万元 is 15000.0).
        static decimal Yuan(CellValue v) => v.Number is { } n ? new MoneyAmount(n, v.Unit).ToYuan() ?? 0m : 0m;
        return new(Yuan(aggregate) / 1.000000000000000000000000000000000m, members.Sum(Yuan) / 1.000000000000000000000000000000000m, MoneyUnit.Yuan);
    }

    // The cell as U1 names it: sub-table, row and column labels; in English with its path.
    private static string DescribeChinese(CellDefinition cell) =>
        $"{(cell.SubTable is { } t ? t.Chinese + " " : string.Empty)}{cell.Row.Chinese} · {cell.Column.Chinese}";

    private static string DescribeEnglish(CellDefinition cell) =>
        $"{cell.PropertyPath} ({(cell.SubTable is { } e ? e.English + ", " : string.Empty)}{cell.Row.English} · {cell.Column.English})";

    private readonly record struct Comparison(decimal Aggregate, decimal Sum, MoneyUnit? Unit)
    {
        public string Show(decimal value) => new CellValue(value, Unit).Format();
    }

    /// <summary>A report's cells in a target catalogue: values, and which are unread.</summary>
    private sealed class Sheet(CellValue[] values, bool[] unread)
    {
        public CellValue[] Values { get; } = values;

        public bool[] Unread { get; } = unread;

        /// <summary>
        /// Reads a report of catalogue <paramref name="source"/> into <paramref name="target"/>: the same catalogue, or a
        /// 2021 report read into the hybrid, its three （六） rows summed into the one row (unread when one is).
        /// </summary>
        public static Sheet Of(DisclosureReport report, CellCatalog source, CellCatalog target)
        {
            var read = source.Read(report);
            var unread = NotAssessableFindings.UnreadSheet(report, source);
            if (source == target)
            {
                return new(read, unread.Length == 0 ? new bool[target.Count] : unread);
            }

            var values = new CellValue[target.Count];
            var targetUnread = new bool[target.Count];
            foreach (var cell in target.Cells)
            {
                if (source.Find(cell.PropertyPath) is { } same)
                {
                    values[cell.Index] = read[same.Index];
                    targetUnread[cell.Index] = unread.Length > 0 && unread[same.Index];
                }
            }

            foreach (var column in ApplicantColumns.All)
            {
                var one = target.GetCell(ApplicationRow.OtherHandling, column).Index;
                var rows = new[] { ApplicationRow.CorrectionNotSubmitted, ApplicationRow.FeeNotPaid, ApplicationRow.OtherHandlingOther }
                    .Select(row => source.GetCell(row, column).Index)
                    .ToList();
                var numbers = rows.Select(i => read[i].Number).Where(n => n is not null).ToList();
                values[one] = numbers.Count == 0 ? CellValue.Blank : new(numbers.Sum());
                targetUnread[one] = unread.Length > 0 && rows.Any(i => unread[i]);
            }

            return new(values, targetUnread);
        }
    }
}
