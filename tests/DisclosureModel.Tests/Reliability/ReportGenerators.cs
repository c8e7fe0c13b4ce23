using CsCheck;
using DisclosureModel.Analysis;

namespace DisclosureModel.Tests.Reliability;

/// <summary>
/// CsCheck generators of valid reports (every member the model allows, blank cells included), drawn with fixed seeds
/// so that every run, in CI too, checks the same reports.
/// </summary>
internal static class ReportGenerators
{
    public static Gen<FormatEdition> Edition { get; } = Gen.OneOf(FormatEdition.Edition2019, FormatEdition.Edition2021);

    /// <summary>CJK text mostly, with ASCII, punctuation, line breaks, tabs and characters JSON and HTML escape.</summary>
    private static readonly Gen<char> TextChar = Gen.Frequency(
        (6, Gen.Char['\u4E00', '\u9FA5']),
        (3, Gen.Char[' ', '~']),
        (1, Gen.OneOf('\n', '\t', '，', '。', '（', '）', '"', '\\', '<', '&', '\'', '+', '\u00A0', '\u3000', '\u2028', '\u0001')));

    /// <summary>A name: CJK only, as agencies are named, never blank.</summary>
    public static Gen<string> AgencyName { get; } =
        Gen.String[Gen.Char['\u4E00', '\u9FA5'], 2, 20].Select(name => name + "人民政府");

    public static Gen<string> Text(int maxLength) => Gen.String[TextChar, 0, maxLength];

    /// <summary>A count cell: blank, 0, small, or anywhere up to <see cref="int.MaxValue"/>.</summary>
    public static Gen<int?> Count { get; } = CountUpTo(int.MaxValue);

    /// <summary>A count cell: blank, 0, small, or anywhere up to <paramref name="max"/>.</summary>
    public static Gen<int?> CountUpTo(int max) => Gen.Frequency(
        (1, Gen.Const<int?>((int?)null)),
        (2, Gen.Const<int?>((int?)0)),
        (5, Gen.Int[1, 60].Select(v => (int?)v)),
        (1, Gen.Int[0, max].Select(v => (int?)v)));

    private static Gen<int?> SignedCountUpTo(int max) => Gen.Frequency(
        (4, CountUpTo(max)),
        (1, Gen.Int[-1000, -1].Select(v => (int?)v)),
        (1, Gen.Const<int?>((int?)-max)));

    /// <summary>A money amount with 0 to 6 decimals, its scale kept (1.50 stays 1.50).</summary>
    public static Gen<decimal> Amount { get; } =
        Gen.Select(Gen.Long[0, 99_999_999_999L], Gen.Byte[0, 6], (digits, scale) => new decimal((int)(digits & 0xFFFFFFFF), (int)(digits >> 32), 0, false, scale));

    private static readonly Gen<MoneyUnit?> Unit = Gen.OneOf<MoneyUnit?>(null, MoneyUnit.Yuan, MoneyUnit.TenThousandYuan);

    private static readonly Gen<(decimal? Value, MoneyUnit? Unit)> AmountCell = Gen.Frequency(
        (1, Gen.Const<(decimal?, MoneyUnit?)>(((decimal?, MoneyUnit?))(null, null))),
        (4, Gen.Select(Amount, Unit, (a, u) => ((decimal?)a, u))));

    /// <summary>Generates one value per cell of Sections 二, 三 and 四, each of its kind.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="blanks">False to leave no cell blank.</param>
    /// <param name="maxCount">The largest count (and the largest magnitude of a signed count).</param>
    public static Gen<(decimal? Value, MoneyUnit? Unit)[]> Cells(FormatEdition edition, bool blanks = true, int maxCount = int.MaxValue)
    {
        var count = CountUpTo(maxCount);
        var signedCount = SignedCountUpTo(maxCount);
        var cells = CellCatalog.Get(edition).Cells.Select(definition => (definition.Kind switch
        {
            CellKind.Amount => definition.CarriesUnit
                ? AmountCell
                : AmountCell.Select(c => (c.Value, (MoneyUnit?)null)),
            CellKind.SignedCount => signedCount.Select(v => ((decimal?)v, (MoneyUnit?)null)),
            _ => count.Select(v => ((decimal?)v, (MoneyUnit?)null)),
        }).Where(c => blanks || c.Item1 is not null));
        return new EachOf<(decimal? Value, MoneyUnit? Unit)>([.. cells]);
    }

    public static Gen<LocalDateTime?> PublishedAt(int year) => Gen.Frequency(
        (1, Gen.Const<LocalDateTime?>((LocalDateTime?)null)),
        (3, Gen.Select(Gen.Int[0, 120], Gen.Int[0, 24 * 60 - 1], (day, minute) =>
            (LocalDateTime?)new LocalDate(year + 1, 1, 1).PlusDays(day).AtMidnight().PlusMinutes(minute))));

    private static readonly Gen<string?> OptionalText = Gen.Frequency((1, Gen.Const<string?>((string?)null)), (2, Text(30).Select(s => (string?)s)));

    private static readonly Gen<ContactInfo?> Contact = Gen.Frequency(
        (1, Gen.Const<ContactInfo?>((ContactInfo?)null)),
        (2, Gen.Select(OptionalText, OptionalText, OptionalText, OptionalText, OptionalText, (office, address, postcode, telephone, email) =>
            (ContactInfo?)new ContactInfo { Office = office, Address = address, Postcode = postcode, Telephone = telephone, Email = email })));

    private static readonly Gen<Uri?> SourceUrl = Gen.Frequency(
        (1, Gen.Const<Uri?>((Uri?)null)),
        (2, Gen.String[Gen.Char['a', 'z'], 1, 12].Select(path => (Uri?)new Uri($"https://www.example.gov.cn/zfxxgk/{path}.htm"))));

    public static Gen<ReportMetadata> Metadata(FormatEdition edition) =>
        (edition == FormatEdition.Edition2019 ? Gen.Int[2019, 2020] : Gen.Int[2021, 2035]).SelectMany(year => Gen.Select(
            AgencyName,
            Gen.Enum<AgencyKind>(),
            PublishedAt(year),
            SourceUrl,
            OptionalText,
            Contact,
            (name, kind, published, url, download, contact) => new ReportMetadata
            {
                AgencyName = name,
                ReportYear = year,
                Edition = edition,
                AgencyKind = kind,
                StatisticsPeriod = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)),
                PublishedAt = published,
                SourceUrl = url,
                DownloadLocation = download,
                Contact = contact,
            }));

    public static Gen<OverviewSection> Overview { get; } = Gen.Select(
        Text(200),
        Gen.Select(Text(20), Text(200), (heading, text) => new OverviewPart(heading, text)).Array[0, 4],
        Count,
        (introduction, parts, count) => new OverviewSection { Introduction = introduction, Parts = [.. parts], ProactivelyDisclosedCount = count });

    /// <summary>A valid report of an edition: any metadata, narratives and cells the model accepts; tables need not add up.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="blanks">False to leave no table cell blank.</param>
    /// <param name="maxCount">The largest count.</param>
    public static Gen<DisclosureReport> Report(FormatEdition edition, bool blanks = true, int maxCount = int.MaxValue) => Gen.Select(
        Metadata(edition), Text(300), Overview, Text(300), Text(300), Cells(edition, blanks, maxCount),
        (metadata, preamble, overview, problems, other, cells) =>
        {
            var template = new DisclosureReport
            {
                Metadata = metadata,
                Preamble = preamble,
                Overview = overview,
                ProactiveDisclosure = CellCatalog.Get(edition).BuildProactiveDisclosure(new CellValue[CellCatalog.Get(edition).Count]),
                Applications = ApplicationsTable.Zero(edition),
                ReviewAndLitigation = ReviewAndLitigationTable.Zero,
                ProblemsAndImprovements = problems,
                OtherMatters = other,
            };
            return CellCatalog.Get(edition).Build(template, [.. cells.Select(c => new CellValue(c.Value, c.Unit))]);
        });

    public static Gen<DisclosureReport> AnyReport { get; } = Edition.SelectMany(e => Report(e));

    /// <summary>
    /// A valid report of either edition as far as the table text form carries it: no blank table cell, and counts of
    /// at most 9 digits (the importer's documented limit, docs/import.md).
    /// </summary>
    public static Gen<DisclosureReport> TextCarriedReport { get; } = Edition.SelectMany(e => Report(e, blanks: false, maxCount: 999_999_999));

    /// <summary>
    /// A balanced report: the edition's sample with random Section 三 and 四 tables that satisfy R1–R4 (some rows
    /// blank), so the validator reports no error.
    /// </summary>
    public static Gen<DisclosureReport> BalancedReport(FormatEdition edition)
    {
        var template = Samples.All.Single(s => s.Edition == edition);
        return Analysis.ReportAggregatorTests.BalancedTables(edition)
            .Select(t => template with { Applications = t.Applications, ReviewAndLitigation = t.Review });
    }

    /// <summary>Draws <paramref name="count"/> values from a generator with a fixed seed: the same values on every run.</summary>
    public static IEnumerable<(int Index, T Value)> Fixed<T>(this Gen<T> gen, ulong seed, int count)
    {
        var pcg = new PCG(1, seed);
        for (var i = 0; i < count; i++)
        {
            yield return (i, gen.Generate(pcg, null, out _));
        }
    }
}
