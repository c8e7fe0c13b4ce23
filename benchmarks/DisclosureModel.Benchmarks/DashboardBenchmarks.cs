using BenchmarkDotNet.Attributes;
using DisclosureModel.Rendering;
using DisclosureModel.Validation;
using NodaTime;

namespace DisclosureModel.Benchmarks;

/// <summary>
/// The findings dashboard over 5 000 reports, as a ratio to rendering the same reports' tables with
/// <see cref="ReportRenderer.ToHtml(DisclosureReport)"/> (what one findings page per report costs at least). Both write
/// to <see cref="TextWriter.Null"/>: the time is building the HTML, not storing it.
/// </summary>
[MemoryDiagnoser]
public class DashboardBenchmarks
{
    private List<DisclosureReport> reports = [];
    private List<DashboardEntry> entries = [];
    private DashboardOptions options = DashboardOptions.Default;

    /// <summary>Gets or sets the number of reports.</summary>
    [Params(5000)]
    public int Reports { get; set; } = 5000;

    /// <summary>Builds the reports and their findings once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        reports = [.. Fixtures.ManyReports(Reports)];
        var validator = new DisclosureReportValidator(new DisclosureValidatorOptions { MinimumSeverity = FluentValidation.Severity.Info });
        entries = [.. reports.Select((r, i) => new DashboardEntry(r, validator.Validate(r).GetViolations()) { FindingsPageHref = $"dashboard.files/report-{i + 1:D5}.html" })];
        options = new DashboardOptions { Language = ValidationLanguage.Chinese, Today = new LocalDate(2026, 11, 30) };
        if (entries.Sum(e => e.Findings.Count) == 0 || entries.Select(e => e.Report!.Metadata.AgencyName).Distinct().Count() < Reports / 5)
        {
            throw new InvalidOperationException("The generated reports must have findings and many agencies.");
        }
    }

    /// <summary>Renders every report's tables as HTML (the least a findings page per report costs).</summary>
    [Benchmark(Baseline = true)]
    public long RenderTablesOfEveryReport()
    {
        long length = 0;
        foreach (var report in reports)
        {
            var html = ReportRenderer.ToHtml(report);
            TextWriter.Null.Write(html);
            length += html.Length;
        }

        return length;
    }

    /// <summary>Writes the dashboard over every report.</summary>
    [Benchmark]
    public void Dashboard() => FindingsDashboard.Write(TextWriter.Null, entries, options);
}
