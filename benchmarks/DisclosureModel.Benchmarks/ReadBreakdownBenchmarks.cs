using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DisclosureModel.Json;

namespace DisclosureModel.Benchmarks;

/// <summary>
/// Where reading goes apart from the text: the two samples with their narrative emptied (<see cref="Fixtures.TablesOnlyUtf8Json"/>),
/// so that what is left is the structure (member names, about 200 numbers, about 40 objects), read by
/// <see cref="DisclosureJson"/> and by the generic path of the contract, each as a ratio to scanning the same bytes.
/// </summary>
[MemoryDiagnoser]
public class ReadBreakdownBenchmarks
{
    private byte[] utf8Json = [];

    /// <summary>Gets or sets the sample whose tables are read.</summary>
    [Params(Fixtures.Pingtan2022, Fixtures.Yeji2020)]
    public string Sample { get; set; } = Fixtures.Pingtan2022;

    /// <summary>Builds the document and checks that both readers read the same report from it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        utf8Json = Fixtures.TablesOnlyUtf8Json(Sample);
        if (Deserialize() != ContractDeserialize() || Deserialize().Preamble.Length != 0)
        {
            throw new InvalidOperationException("Benchmark fixture check failed: the readers disagree on the tables-only document.");
        }
    }

    /// <summary>Reads every token of the document, builds nothing.</summary>
    [Benchmark(Baseline = true)]
    public int RawUtf8JsonReaderScan() => RawScan.Scan(utf8Json);

    /// <summary>Reads the report with <see cref="DisclosureJson"/>.</summary>
    [Benchmark]
    public DisclosureReport Deserialize() => DisclosureJson.Deserialize(utf8Json.AsSpan());

    /// <summary>Reads the report through the contract's generic path (<see cref="DisclosureJson.ReportTypeInfo"/>).</summary>
    [Benchmark]
    public DisclosureReport? ContractDeserialize() => JsonSerializer.Deserialize(utf8Json, DisclosureJson.ReportTypeInfo);
}
