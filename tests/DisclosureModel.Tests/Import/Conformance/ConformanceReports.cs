using System.Globalization;
using System.Text;
using CsCheck;
using DisclosureModel.Analysis;
using DisclosureModel.Csv;
using DisclosureModel.Import;
using DisclosureModel.Tests.Reliability;

namespace DisclosureModel.Tests.Import.Conformance;

/// <summary>
/// The reports every front end is held to: the embedded samples, the corpus reports under tests/TestData, and
/// reports generated with fixed seeds. Public API only (the file is linked into DisclosureModel.Html.Tests, which
/// sees no internals): generated tables are built through <see cref="ReportCsv.Parse"/>.
/// </summary>
internal static class ConformanceReports
{
    /// <summary>Gets the names of the fixed reports, for <c>MemberData</c>.</summary>
    public static TheoryData<string> Fixed => ["Yeji2020", "Pingtan2022", "Pingtan2020", "Pingtan2020Imported", "Pingtan2022Imported"];

    /// <summary>Gets the names of the reports the variant and robustness cases edit: the two embedded samples and the first generated report of each edition (blank cells, large numbers, signed changes, amounts with units).</summary>
    public static TheoryData<string> VariantReports => ["Yeji2020", "Pingtan2022", "Generated2019", "Generated2021"];

    /// <summary>Gets the indices of the generated reports, for <c>MemberData</c>.</summary>
    public static TheoryData<int> GeneratedIndices
    {
        get
        {
            var data = new TheoryData<int>();
            for (var i = 0; i < GeneratedCount; i++)
            {
                data.Add(i);
            }

            return data;
        }
    }

    public const int GeneratedCount = 24;

    private static readonly Lazy<DisclosureReport> Pingtan2022Imported = new(() =>
        ReportImporter.ImportText(TestData.Read("004_pingtan-zone_2022.txt"), new ImportOptions { AgencyKind = AgencyKind.Government }).Report!);

    private static readonly Lazy<DisclosureReport[]> GeneratedReports = new(() => [.. Generate(seed: 20_261_130, GeneratedCount)]);

    private static readonly Lazy<DisclosureReport[]> NarratedReports = new(() =>
    {
        var pcg = new PCG(1, 20_261_201);
        return [.. Enumerable.Range(0, GeneratedCount).Select(i => Narrated.Generate(pcg, null, out _))];
    });

    /// <summary>CJK text mostly, with ASCII, punctuation and characters HTML escapes; no line breaks (a paragraph).</summary>
    private static readonly Gen<string> Paragraph = Gen.String[Gen.Frequency(
        (6, Gen.Char['\u4E00', '\u9FA5']),
        (3, Gen.Char[' ', '~']),
        (1, Gen.OneOf(Gen.Const('，'), Gen.Const('。'), Gen.Const('（'), Gen.Const('）'), Gen.Const('<'), Gen.Const('&'), Gen.Const('"'), Gen.Const('\u3000')))), 1, 200];

    private static Gen<DisclosureReport> Narrated => Gen.Select(Report, Paragraph, Paragraph, Paragraph, (report, introduction, problems, other) => report with
    {
        Overview = new OverviewSection { Introduction = introduction, Parts = [], ProactivelyDisclosedCount = null },
        ProblemsAndImprovements = problems,
        OtherMatters = other,
    });

    /// <summary>Gets a fixed report by name.</summary>
    /// <remarks>
    /// Pingtan2020 is the corpus 2020 report completed by hand (<see cref="CorpusReports.Pingtan2020"/>);
    /// Pingtan2020Imported and Pingtan2022Imported are what the text importer reads from the corpus pages, with the
    /// cells it leaves ambiguous blank. Their unread cells are dropped: a rendering prints an unread cell as a blank, so a
    /// front end reads it back as a printed blank (which cells are unread is the importer's to say: UnreadCellTests).
    /// </remarks>
    public static DisclosureReport Get(string name) => GetWithUnreadCells(name) with { UnreadCells = [] };

    private static DisclosureReport GetWithUnreadCells(string name) => name switch
    {
        "Yeji2020" => Samples.Yeji2020,
        "Pingtan2022" => Samples.Pingtan2022,
        "Pingtan2020" => CorpusReports.Pingtan2020,
        "Pingtan2020Imported" => CorpusReports.Pingtan2020Import.Report!,
        "Pingtan2022Imported" => Pingtan2022Imported.Value,
        "Generated2019" => GeneratedReports.Value.First(r => r.Edition == FormatEdition.Edition2019),
        "Generated2021" => GeneratedReports.Value.First(r => r.Edition == FormatEdition.Edition2021),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a conformance report"),
    };

    /// <summary>Gets a generated report: either edition, random agency and year, every table cell drawn at random (blank, 0, small, up to 9 digits; signed changes; amounts with units).</summary>
    public static DisclosureReport Generated(int index) => GeneratedReports.Value[index];

    /// <summary>Gets a generated report like <see cref="Generated"/> whose Sections 一, 五 and 六 are random text (digits, ASCII, HTML's special characters).</summary>
    public static DisclosureReport GeneratedWithNarrative(int index) => NarratedReports.Value[index];

    /// <summary>Draws reports with a fixed seed: the same reports on every run.</summary>
    private static IEnumerable<DisclosureReport> Generate(ulong seed, int count)
    {
        var pcg = new PCG(1, seed);
        for (var i = 0; i < count; i++)
        {
            yield return Report.Generate(pcg, null, out _);
        }
    }

    private static readonly Gen<string?> CountCell = Gen.Frequency(
        (1, Gen.Const<string?>((string?)null)),
        (2, Gen.Const<string?>("0")),
        (5, Gen.Int[1, 60].Select(v => (string?)Invariant(v))),
        (2, Gen.Int[0, 999_999_999].Select(v => (string?)Invariant(v))));

    private static readonly Gen<string?> SignedCell = Gen.Frequency(
        (4, CountCell),
        (1, Gen.Int[-1000, -1].Select(v => (string?)Invariant(v))));

    private static readonly Gen<string?> AmountCell = Gen.Frequency(
        (1, Gen.Const<string?>((string?)null)),
        (4, Gen.Select(Gen.Long[0, 99_999_999_999L], Gen.Int[0, 4], (digits, scale) =>
            (string?)new decimal((int)(digits & 0xFFFFFFFF), (int)(digits >> 32), 0, false, (byte)scale).ToString(CultureInfo.InvariantCulture))));

    private static readonly Gen<string> Unit = Gen.OneOf(Gen.Const(string.Empty), Gen.Const("元"), Gen.Const("万元"));

    private static Gen<DisclosureReport> Report { get; } =
        Gen.OneOf(Gen.Const(FormatEdition.Edition2019), Gen.Const(FormatEdition.Edition2021)).SelectMany(edition =>
        {
            var template = edition == FormatEdition.Edition2019 ? Samples.Yeji2020 : Samples.Pingtan2022;
            var cells = ReportCells.GetCells(template);
            var values = cells.Select(cell => cell.Kind switch
            {
                CellKind.Amount => cell.Column.Identifier == "procurementTotalAmount"
                    ? Gen.Select(AmountCell, Unit, (a, u) => a is null ? null : a + u)
                    : AmountCell,
                CellKind.SignedCount => SignedCell,
                _ => CountCell,
            }).ToArray();
            var years = edition == FormatEdition.Edition2019 ? Gen.Int[2019, 2020] : Gen.Int[2021, 2035];
            return Gen.Select(Gen.String[Gen.Char['\u4E00', '\u9FA5'], 2, 12], years, new EachOf<string?>(values), (name, year, drawn) =>
                Build(template, name + "人民政府", year, cells, drawn));
        });

    private static DisclosureReport Build(DisclosureReport template, string agency, int year, IReadOnlyList<TableCell> cells, string?[] values)
    {
        var report = template with
        {
            Metadata = template.Metadata with
            {
                AgencyName = agency,
                ReportYear = year,
                StatisticsPeriod = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)),
                PublishedAt = new LocalDateTime(year + 1, 1, 15, 9, 30),
                DownloadLocation = null,
                Contact = null,
            },
            Preamble = string.Empty, // the download location and contact are read from the preamble: none
        };
        var byPath = cells.Select((c, i) => (c.PropertyPath, i)).ToDictionary(x => x.PropertyPath, x => values[x.i], StringComparer.Ordinal);
        return WithCells(report, cell => byPath[cell.PropertyPath]);
    }

    /// <summary>
    /// Multiplies every count and signed change under 100 000 by 1001 (so the samples' sums still hold and many cells
    /// have four digits or more; counts stay within the importer's 9 digits).
    /// </summary>
    public static DisclosureReport WithLargeCounts(DisclosureReport report) =>
        WithCells(report, cell => cell.Value is { } v && cell.Kind != CellKind.Amount && Math.Abs(v) < 100_000
            ? (v * 1001).ToString(CultureInfo.InvariantCulture)
            : cell.FormatValue() is { Length: > 0 } text ? text : null);

    /// <summary>Rebuilds a report's three tables with a value per cell, as printed (<c>12</c>, <c>-3</c>, <c>73802895.90元</c>, null for blank).</summary>
    public static DisclosureReport WithCells(DisclosureReport report, Func<TableCell, string?> value)
    {
        var m = report.Metadata;
        var csv = new StringBuilder(string.Join(',', ReportCsv.Header)).Append('\n');
        foreach (var c in ReportCells.GetCells(report))
        {
            string[] fields = [m.AgencyName, Invariant(m.ReportYear), report.Edition.GetIdentifier(), c.Section.Identifier, c.RowIdentifier, c.Row.Chinese, c.Column.Identifier, c.Column.Chinese, value(c) ?? string.Empty];
            csv.AppendJoin(',', fields.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")).Append('\n');
        }

        var tables = ReportCsv.Parse(csv.ToString())[0];
        return report with
        {
            ProactiveDisclosure = tables.ProactiveDisclosure,
            Applications = tables.Applications,
            ReviewAndLitigation = tables.ReviewAndLitigation,
        };
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
