using System.Globalization;
using DisclosureModel.Json;
using DisclosureModel.Validation;

namespace DisclosureModel.Tests.Reliability;

/// <summary>One validator and the serializer, shared by many threads at once, give what sequential use gives.</summary>
public class ConcurrencyTests
{
    private static readonly string[] Cultures = ["zh-CN", "en-US"];

    [Fact]
    public void One_validator_and_the_serializer_from_many_threads_match_sequential_use()
    {
        // Different reports: random ones of both editions (tables that need not add up: many failures), balanced ones
        // (few), and the samples.
        DisclosureReport[] reports =
        [
            .. ReportGenerators.AnyReport.Fixed(seed: 77, count: 24).Select(x => x.Value),
            .. ReportGenerators.BalancedReport(FormatEdition.Edition2019).Fixed(seed: 78, count: 8).Select(x => x.Value),
            .. ReportGenerators.BalancedReport(FormatEdition.Edition2021).Fixed(seed: 79, count: 8).Select(x => x.Value),
            .. Samples.All,
        ];

        // The default language follows each thread's CurrentUICulture: one shared validator serves both.
        var validator = new DisclosureReportValidator(new DisclosureValidatorOptions { MinimumSeverity = FluentValidation.Severity.Info });
        var expected = new Outcome[reports.Length, Cultures.Length];
        for (var i = 0; i < reports.Length; i++)
        {
            for (var c = 0; c < Cultures.Length; c++)
            {
                expected[i, c] = Run(validator, reports[i], Cultures[c]);
            }
        }

        // Every (report, culture) pair 4 times, interleaved, on 8 threads.
        var work = Enumerable.Range(0, reports.Length * Cultures.Length * 4).Select(n => (Report: n % reports.Length, Culture: n / reports.Length % Cultures.Length)).ToArray();
        var actual = new Outcome[work.Length];
        using var start = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var n = t; n < work.Length; n += 8)
            {
                actual[n] = Run(validator, reports[work[n].Report], Cultures[work[n].Culture]);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        for (var n = 0; n < work.Length; n++)
        {
            var want = expected[work[n].Report, work[n].Culture];
            Assert.Equal(want.Json, actual[n].Json);
            Assert.Equal(want.Failures, actual[n].Failures);
            Assert.True(actual[n].ReadBackEqual, $"work item {n}: JSON did not read back equal");
        }

        Assert.Contains(expected.Cast<Outcome>(), o => o.Failures.Count > 0);
    }

    private static Outcome Run(DisclosureReportValidator validator, DisclosureReport report, string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var failures = validator.Validate(report).Errors.Select(f => $"{f.ErrorCode} {f.Severity} {f.PropertyName}: {f.ErrorMessage}").ToList();
            var json = DisclosureJson.Serialize(report);
            return new Outcome(failures, json, DisclosureJson.Deserialize(json).Equals(report));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private sealed record Outcome(List<string> Failures, string Json, bool ReadBackEqual);
}
