using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DisclosureModel.Json;
using DisclosureModel.Validation;
using FluentValidation;
using FluentValidation.Results;
using Json.Schema;

namespace DisclosureModel.Benchmarks;

/// <summary>
/// One full report: reading, validating, both, and the alternatives, each as a ratio to reading every token of the
/// same bytes with <see cref="Utf8JsonReader"/>.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private byte[] utf8Json = [];
    private string json = string.Empty;
    private DisclosureReport validReport = null!;
    private DisclosureReportValidator validator = null!;
    private NaiveCellValidator naiveValidator = null!;
    private JsonSchema schema = null!;
    private EvaluationOptions schemaOptions = null!;

    /// <summary>Gets or sets the sample measured: the 2021-format sample or the 2019-format seed.</summary>
    [Params(Fixtures.Pingtan2022, Fixtures.Yeji2020)]
    public string Sample { get; set; } = Fixtures.Pingtan2022;

    /// <summary>Builds the documents and validators once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        utf8Json = Fixtures.Utf8Json(Sample);
        json = Encoding.UTF8.GetString(utf8Json);
        validReport = Fixtures.ValidReport(Sample);
        validator = new DisclosureReportValidator();
        naiveValidator = new NaiveCellValidator();
        schema = JsonSchema.FromText(DisclosureJson.GetSchema().ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        schemaOptions = new EvaluationOptions { OutputFormat = OutputFormat.Flag };

        // The alternatives must agree with the library, or the comparison means nothing.
        Check(DisclosureJson.Deserialize(utf8Json) == Fixtures.Report(Sample), "DisclosureJson round trip");
        Check(ContractDeserialize() == Fixtures.Report(Sample), "the contract reads the same report");
        Check(NewtonsoftSetup.Deserialize(json) == Fixtures.Report(Sample), "Newtonsoft.Json reads the same report");
        Check(JsonSchemaNet(), "the document satisfies the schema");
        Check(naiveValidator.Validate(validReport).IsValid, "the naive validator accepts the valid report");
    }

    /// <summary>Reads every token of the document, builds nothing.</summary>
    [Benchmark(Baseline = true)]
    public int RawUtf8JsonReaderScan() => RawScan.Scan(utf8Json);

    /// <summary>
    /// The floor of any reader that builds the model: every token read, as the baseline, and every string value decoded
    /// to a <see cref="string"/> (the report's text must be; the baseline decodes nothing).
    /// </summary>
    [Benchmark]
    public int ScanAndDecodeStrings() => RawScan.ScanAndDecodeStrings(utf8Json);

    /// <summary>Reads the report with <see cref="DisclosureJson"/>.</summary>
    [Benchmark]
    public DisclosureReport Deserialize() => DisclosureJson.Deserialize(utf8Json.AsSpan());

    /// <summary>
    /// For comparison: the same document through the source-generated contract (<see cref="DisclosureJson.ReportTypeInfo"/>),
    /// System.Text.Json's generic path, which <see cref="DisclosureJson"/> read with before its one-pass reader.
    /// </summary>
    [Benchmark]
    public DisclosureReport? ContractDeserialize() => JsonSerializer.Deserialize(utf8Json, DisclosureJson.ReportTypeInfo);

    /// <summary>Validates an already read valid report (for the 2021 sample: with Section 一 cut below 1 000 characters).</summary>
    [Benchmark]
    public ValidationResult Validate() => validator.Validate(validReport);

    /// <summary>
    /// Validates the valid report with one rule set (<see cref="DisclosureRuleSets.Balancing"/>): FluentValidation's rule
    /// set selector instead of its default one, and our rules asking it which of their rule sets are selected.
    /// </summary>
    [Benchmark]
    public ValidationResult ValidateBalancingRuleSet() => validator.Validate(validReport, o => o.IncludeRuleSets(DisclosureRuleSets.Balancing));

    /// <summary>Reads and validates the document (the 2021 sample as published draws one Info finding, W2, reported only when asked).</summary>
    [Benchmark]
    public ValidationResult DeserializeAndValidate() => validator.Validate(DisclosureJson.Deserialize(utf8Json.AsSpan()));

    /// <summary>For comparison: JsonSchema.Net evaluates the document against <see cref="DisclosureJson.GetSchema"/>.</summary>
    [Benchmark]
    public bool JsonSchemaNet()
    {
        using var document = JsonDocument.Parse(utf8Json);
        return schema.Evaluate(document.RootElement, schemaOptions).IsValid;
    }

    /// <summary>For comparison: Newtonsoft.Json reads the same JSON text into the same model.</summary>
    [Benchmark]
    public DisclosureReport NewtonsoftDeserialize() => NewtonsoftSetup.Deserialize(json);

    /// <summary>For comparison: one FluentValidation rule per cell, on the same valid report.</summary>
    [Benchmark]
    public ValidationResult NaiveFluentValidation() => naiveValidator.Validate(validReport);

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Benchmark fixture check failed: " + what + ".");
        }
    }
}

/// <summary>Building the validators: it happens once per application.</summary>
[MemoryDiagnoser]
public class ValidatorConstructionBenchmarks
{
    private byte[] utf8Json = [];

    /// <summary>Builds the document of the baseline.</summary>
    [GlobalSetup]
    public void Setup() => utf8Json = Fixtures.Utf8Json(Fixtures.Pingtan2022);

    /// <summary>Reads every token of the 2021 sample, builds nothing.</summary>
    [Benchmark(Baseline = true)]
    public int RawUtf8JsonReaderScan() => RawScan.Scan(utf8Json);

    /// <summary>Builds <see cref="DisclosureReportValidator"/>.</summary>
    [Benchmark]
    public DisclosureReportValidator NewDisclosureReportValidator() => new();

    /// <summary>Builds the naive one-rule-per-cell validator, for comparison.</summary>
    [Benchmark]
    public NaiveCellValidator NewNaiveCellValidator() => new();
}
