using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using DisclosureModel.Json;
using DisclosureModel.Validation;

namespace DisclosureModel.Benchmarks;

/// <summary>
/// A batch: an NDJSON stream of <see cref="Count"/> reports (the 2021 sample on every line, generated on the fly, never
/// held whole) read with <see cref="DisclosureNdjson.Read"/> and validated one by one. The baseline scans the same
/// lines with <see cref="System.Text.Json.Utf8JsonReader"/>. Extra columns: allocated bytes per report, and the largest
/// managed heap and working set seen during the run (sampled every 1 000 reports), which must not grow with the count.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class NdjsonBenchmarks
{
    private byte[] line = [];
    private DisclosureReportValidator validator = null!;
    private long peakHeapBytes;
    private long peakWorkingSet;

    /// <summary>The environment variable that replaces the counts measured, e.g. <c>1000</c> for a quick dry run.</summary>
    public const string CountsVariable = "DISCLOSURE_BENCH_NDJSON_COUNTS";

    /// <summary>Gets or sets the number of reports in the stream.</summary>
    [ParamsSource(nameof(Counts))]
    public int Count { get; set; } = 10_000;

    /// <summary>Gets the counts measured: 10 000 and 100 000, or those of <see cref="CountsVariable"/> (comma-separated).</summary>
    public static IEnumerable<int> Counts =>
        Environment.GetEnvironmentVariable(CountsVariable) is { Length: > 0 } counts
            ? counts.Split(',').Select(count => int.Parse(count, CultureInfo.InvariantCulture))
            : [10_000, 100_000];

    /// <summary>Builds one NDJSON line and the validator.</summary>
    [GlobalSetup]
    public void Setup()
    {
        line = [.. DisclosureJson.SerializeToUtf8Bytes(Samples.Pingtan2022), (byte)'\n'];
        validator = new DisclosureReportValidator();
    }

    /// <summary>Reads every token of every line, builds nothing.</summary>
    [Benchmark(Baseline = true)]
    public int RawUtf8JsonReaderScan()
    {
        var tokens = 0;
        var body = line.AsSpan(0, line.Length - 1);
        for (var i = 0; i < Count; i++)
        {
            tokens += RawScan.Scan(body);
        }

        return tokens;
    }

    /// <summary>Reads and validates every report of the stream; counts the findings.</summary>
    [Benchmark]
    public int ReadAndValidate()
    {
        var findings = 0;
        var read = 0;
        using var stream = new RepeatedLineStream(line, Count);
        foreach (var report in DisclosureNdjson.Read(stream, maxReports: Count))
        {
            findings += validator.Validate(report).Errors.Count;
            if (++read % 1_000 == 0)
            {
                peakHeapBytes = Math.Max(peakHeapBytes, GC.GetTotalMemory(forceFullCollection: false));
                peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
            }
        }

        return read == Count ? findings : throw new InvalidOperationException($"Read {read} reports of {Count}.");
    }

    /// <summary>Records the process's peaks for the <see cref="Columns"/> of the summary.</summary>
    [GlobalCleanup(Target = nameof(ReadAndValidate))]
    public void RecordPeaks()
    {
        File.WriteAllText(PeakFile(Count), string.Create(CultureInfo.InvariantCulture, $"{peakHeapBytes} {peakWorkingSet}"));
    }

    private static string PeakFile(int count) =>
        Path.Combine(Path.GetTempPath(), $"disclosuremodel-benchmarks-ndjson-{count}.txt");

    /// <summary>Adds the per-report and peak-memory columns.</summary>
    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new AllocatedPerReport(), new Peak("Peak heap", 0), new Peak("Peak WS", 1));
    }

    private abstract class NdjsonColumn(string name) : IColumn
    {
        public string Id => nameof(NdjsonBenchmarks) + "." + ColumnName;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Size;

        public string Legend => name switch
        {
            "Alloc/report" => "Allocated bytes per report of the stream",
            "Peak heap" => "Largest managed heap seen while reading and validating (GC.GetTotalMemory, every 1 000 reports)",
            _ => "Largest working set of the process seen while reading and validating (Environment.WorkingSet, every 1 000 reports)",
        };

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style);

        protected static int CountOf(BenchmarkCase benchmarkCase) => (int)benchmarkCase.Parameters[nameof(Count)];

        protected static string Kilobytes(double bytes) => (bytes / 1024).ToString("N1", CultureInfo.InvariantCulture) + " KB";
    }

    private sealed class AllocatedPerReport() : NdjsonColumn("Alloc/report")
    {
        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var bytes = report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is { } total ? Kilobytes((double)total / CountOf(benchmarkCase)) : "-";
        }
    }

    private sealed class Peak(string name, int field) : NdjsonColumn(name)
    {
        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var file = PeakFile(CountOf(benchmarkCase));
            if (benchmarkCase.Descriptor.WorkloadMethod.Name != nameof(ReadAndValidate) || !File.Exists(file))
            {
                return "-";
            }

            var value = long.Parse(File.ReadAllText(file).Split(' ')[field], CultureInfo.InvariantCulture);
            return (value / (1024.0 * 1024.0)).ToString("N1", CultureInfo.InvariantCulture) + " MB";
        }
    }
}

/// <summary>A read-only stream of one line repeated a number of times, made as it is read.</summary>
internal sealed class RepeatedLineStream(byte[] line, int count) : Stream
{
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => (long)line.Length * count;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && position < Length)
        {
            var inLine = (int)(position % line.Length);
            var chunk = Math.Min(line.Length - inLine, buffer.Length - written);
            line.AsSpan(inLine, chunk).CopyTo(buffer[written..]);
            written += chunk;
            position += chunk;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
