using DisclosureModel.Json;
using DisclosureModel.Validation;

namespace DisclosureModel.Benchmarks;

/// <summary>The documents measured: the two samples as compact UTF-8 JSON, and a valid copy of the 2021 sample.</summary>
public static class Fixtures
{
    /// <summary>The 2021-format sample (平潭综合实验区 2022, non-zero applications).</summary>
    public const string Pingtan2022 = nameof(Pingtan2022);

    /// <summary>The seed report (2019 format, 2020).</summary>
    public const string Yeji2020 = nameof(Yeji2020);

    /// <summary>Gets the sample report of a name.</summary>
    public static DisclosureReport Report(string name) => name switch
    {
        Pingtan2022 => Samples.Pingtan2022,
        Yeji2020 => Samples.Yeji2020,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown sample."),
    };

    /// <summary>Gets the compact UTF-8 JSON of the sample report of a name.</summary>
    public static byte[] Utf8Json(string name) => DisclosureJson.SerializeToUtf8Bytes(Report(name));

    /// <summary>
    /// Gets the compact UTF-8 JSON of the sample report of a name with its narrative emptied (the preamble, Section 一's
    /// introduction and parts, Sections 五 and 六): the tables and the metadata only, to measure reading the structure
    /// apart from decoding the text.
    /// </summary>
    public static byte[] TablesOnlyUtf8Json(string name) => DisclosureJson.SerializeToUtf8Bytes(Report(name) with
    {
        Preamble = string.Empty,
        Overview = new OverviewSection { ProactivelyDisclosedCount = Report(name).Overview.ProactivelyDisclosedCount },
        ProblemsAndImprovements = string.Empty,
        OtherMatters = string.Empty,
    });

    /// <summary>
    /// Gets a report that validates without any finding: the seed as it is; the 2021 sample with each Section 一 text
    /// cut to 120 characters, because the published Section 一 is longer than the format's 1 000 characters and draws
    /// the Info finding W2. Every table is the sample's.
    /// </summary>
    public static DisclosureReport ValidReport(string name)
    {
        var report = Report(name);
        if (name == Pingtan2022)
        {
            var overview = report.Overview;
            report = report with
            {
                Overview = overview with
                {
                    Introduction = Cut(overview.Introduction),
                    Parts = ValueList.CreateRange(overview.Parts.Select(part => new OverviewPart(part.Heading, Cut(part.Text)))),
                },
            };
        }

        var result = new DisclosureReportValidator(new DisclosureValidatorOptions { MinimumSeverity = FluentValidation.Severity.Info }).Validate(report);
        if (!result.IsValid || result.Errors.Count != 0)
        {
            throw new InvalidOperationException($"The fixture {name} is not a valid report: {result}");
        }

        return report;

        static string Cut(string text) => text.Length <= 120 ? text : text[..120];
    }
    /// <summary>
    /// Gets <paramref name="count"/> reports made mechanically from the samples: four a agency (a numbered copy of the
    /// sample's agency), the 2021 sample for 2021–2024 and the seed for 2019–2020, 一、本年新收 自然人 raised by the
    /// index modulo 7 (so about six in seven do not add up), the publication day moved by the index modulo 40 days (some
    /// late), and every fifth agency a department (deadline 31 January).
    /// </summary>
    public static IEnumerable<DisclosureReport> ManyReports(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var agency = i / 4;
            var seed = agency % 2 == 1;
            var sample = seed ? Samples.Yeji2020 : Samples.Pingtan2022;
            var year = seed ? 2019 + (i % 2) : 2021 + (i % 4);
            var m = sample.Metadata;
            var received = sample.Applications.NewlyReceived;
            yield return sample with
            {
                Metadata = m with
                {
                    AgencyName = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{m.AgencyName}{agency:D4}号"),
                    AgencyKind = agency % 5 == 0 ? AgencyKind.Department : AgencyKind.Government,
                    ReportYear = year,
                    StatisticsPeriod = new NodaTime.DateInterval(new NodaTime.LocalDate(year, 1, 1), new NodaTime.LocalDate(year, 12, 31)),
                    PublishedAt = new NodaTime.LocalDateTime(year + 1, 1, 10, 9, 0).PlusDays(i % 40),
                },
                Applications = sample.Applications with { NewlyReceived = received.With(ApplicantColumn.NaturalPerson, received.NaturalPerson + (i % 7)) },
            };
        }
    }
}
