using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DisclosureModel.Json;
using DisclosureModel.Utility;
using static DisclosureModel.Tests.Json.JsonDocuments;

namespace DisclosureModel.Tests.Json;

/// <summary>An application's own document that holds reports (docs/json.md, "Embedding").</summary>
public sealed record ReportArchive(string Name, DisclosureReport Report, IReadOnlyList<DisclosureReport> Reports);

/// <summary>An application's own source-generated context that reaches <see cref="DisclosureReport"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ReportArchive))]
internal sealed partial class ArchiveJsonContext : JsonSerializerContext;

/// <summary>An application's own context that does not reach <see cref="DisclosureReport"/>.</summary>
[JsonSerializable(typeof(int))]
internal sealed partial class UnrelatedJsonContext : JsonSerializerContext;

/// <summary>
/// System.Text.Json without ceremony: the converter attribute under default, web and source-generated options,
/// <see cref="DisclosureJsonSerializerOptionsExtensions.AddDisclosureModel"/>, <c>TryDeserialize</c>, and reports
/// embedded in a document of the application's own, with their errors located in it.
/// </summary>
public class SerializerIntegrationTests
{
    /// <summary>What <c>JsonSerializerOptions.Default</c> is where reflection is on (it is off in this test project).</summary>
    private static readonly JsonSerializerOptions Reflection = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private static readonly JsonSerializerOptions Indented = new(Reflection) { WriteIndented = true };

    /// <summary>The application's context and its camelCase naming, with the report added.</summary>
    private static readonly JsonSerializerOptions ArchiveOptions = new JsonSerializerOptions(ArchiveJsonContext.Default.Options).AddDisclosureModel();

    public static TheoryData<int> ReportIndexes() => [.. Enumerable.Range(0, JsonTestReports.All().Count())];

    private static DisclosureReport Report(int index) => JsonTestReports.All().ElementAt(index);

    /// <summary>Asserts the two reports equal, and every cell of the statutory tables one by one.</summary>
    private static void AssertSameReport(DisclosureReport expected, DisclosureReport? actual)
    {
        Assert.NotNull(actual);
        var catalog = CellCatalog.For(expected);
        Assert.Same(catalog, CellCatalog.For(actual));
        var (expectedCells, actualCells) = (catalog.Read(expected), catalog.Read(actual));
        for (var i = 0; i < catalog.Count; i++)
        {
            Assert.True(expectedCells[i] == actualCells[i], $"{catalog[i].PropertyPath}: {expectedCells[i]} != {actualCells[i]}");
        }

        Assert.Equal(expected, actual);
    }

    private static DisclosureJsonException Reject(string json) => Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Deserialize(json));

    [Theory]
    [MemberData(nameof(ReportIndexes))]
    public void Default_options_write_and_read_the_documented_shape(int index)
    {
        var report = Report(index);
        foreach (var options in new[] { Reflection, Web })
        {
            var json = JsonSerializer.Serialize(report, options);
            Assert.Equal(DisclosureJson.Serialize(report), json);
            AssertSameReport(report, JsonSerializer.Deserialize<DisclosureReport>(json, options));
            AssertSameReport(report, JsonSerializer.Deserialize<DisclosureReport>(Encoding.UTF8.GetBytes(json), options));
        }

        Assert.Equal(DisclosureJson.Serialize(report, indented: true), JsonSerializer.Serialize(report, Indented));
    }

    [Fact]
    public async Task Default_options_read_and_write_streams()
    {
        using var stream = new MemoryStream();
        await JsonSerializer.SerializeAsync(stream, JsonTestReports.Varied2021, Reflection);
        Assert.Equal(DisclosureJson.SerializeToUtf8Bytes(JsonTestReports.Varied2021), stream.ToArray());
        stream.Position = 0;
        AssertSameReport(JsonTestReports.Varied2021, await JsonSerializer.DeserializeAsync<DisclosureReport>(stream, Reflection));
    }

    [Fact]
    public void The_options_do_not_loosen_the_shape()
    {
        // Web options read numbers from strings and ignore case; the report's shape does neither.
        var json = Changed(t => t["metadata"]!["reportYear"] = "2022");
        var expected = Reject(json);
        var exception = Assert.Throws<DisclosureJsonException>(() => JsonSerializer.Deserialize<DisclosureReport>(json, Web));
        Assert.Equal((expected.Message, expected.Path, expected.LineNumber, expected.BytePositionInLine), (exception.Message, exception.Path, exception.LineNumber, exception.BytePositionInLine));
    }

    [Fact]
    public void A_rejected_document_is_located_as_by_DisclosureJson()
    {
        var json = Changed(t => t["applications"]!["newlyReceived"]!["naturalPerson"] = -7);
        var expected = Reject(json);
        Assert.Equal("$.applications.newlyReceived.naturalPerson", expected.Path);
        foreach (var options in new[] { Reflection, Web })
        {
            var exception = Assert.Throws<DisclosureJsonException>(() => JsonSerializer.Deserialize<DisclosureReport>(json, options));
            Assert.Equal((expected.Message, expected.Path, expected.LineNumber, expected.BytePositionInLine), (exception.Message, exception.Path, exception.LineNumber, exception.BytePositionInLine));
        }

        // Preceded by white space, the report keeps its path; its position within the input is not claimed.
        var spaced = Assert.Throws<DisclosureJsonException>(() => JsonSerializer.Deserialize<DisclosureReport>("\n  " + json, Reflection));
        Assert.Equal((expected.Message, expected.Path, (long?)null, (long?)null), (spaced.Message, spaced.Path, spaced.LineNumber, spaced.BytePositionInLine));
    }

    [Fact]
    public void TryDeserialize_returns_the_report_or_the_located_error()
    {
        var json = DisclosureJson.Serialize(Samples.Pingtan2022);
        Assert.True(DisclosureJson.TryDeserialize(json, out var report, out var error));
        Assert.Null(error);
        AssertSameReport(Samples.Pingtan2022, report);
        Assert.True(DisclosureJson.TryDeserialize(Encoding.UTF8.GetBytes(json), out report, out error));
        Assert.Null(error);
        AssertSameReport(Samples.Pingtan2022, report);

        var bad = Changed(t => t["metadata"]!["reportYear"] = 2018);
        var expected = Reject(bad);
        Assert.False(DisclosureJson.TryDeserialize(bad, out report, out error));
        Assert.Null(report);
        Assert.Equal((expected.Message, expected.Path, expected.LineNumber, expected.BytePositionInLine), (error.Message, error.Path, error.LineNumber, error.BytePositionInLine));
        Assert.False(DisclosureJson.TryDeserialize(Encoding.UTF8.GetBytes(bad), out report, out error));
        Assert.Null(report);
        Assert.Equal("$.metadata.reportYear", error.Path);

        Assert.False(DisclosureJson.TryDeserialize("{", out _, out error));
        Assert.NotNull(error.LineNumber);
        Assert.Throws<ArgumentNullException>(() => DisclosureJson.TryDeserialize((string)null!, out _, out _));
    }

    [Fact]
    public void An_embedded_report_round_trips_with_default_options_and_with_the_applications_context()
    {
        var archive = new ReportArchive("存档", JsonTestReports.Varied2019, [.. JsonTestReports.All()]);
        foreach (var options in new[] { Reflection, Web, ArchiveOptions, ArchiveJsonContext.Default.Options })
        {
            var json = JsonSerializer.Serialize(archive, options);
            using (var document = JsonDocument.Parse(json))
            {
                var name = options.PropertyNamingPolicy is null ? "Report" : "report";
                Assert.Equal(DisclosureJson.Serialize(archive.Report), document.RootElement.GetProperty(name).GetRawText());
            }

            var read = JsonSerializer.Deserialize<ReportArchive>(json, options);
            Assert.NotNull(read);
            AssertSameReport(archive.Report, read.Report);
            Assert.Equal(archive.Reports.Count, read.Reports.Count);
            for (var i = 0; i < archive.Reports.Count; i++)
            {
                AssertSameReport(archive.Reports[i], read.Reports[i]);
            }
        }
    }

    [Fact]
    public void An_error_inside_an_embedded_report_is_located_in_the_outer_document()
    {
        var report = DisclosureJson.Serialize(Samples.Yeji2020, indented: true);
        var bad = DisclosureJson.Serialize(Samples.Pingtan2022, indented: true).Replace("\"reportYear\": 2022", "\"reportYear\": 2018", StringComparison.Ordinal);
        var json = $"{{\n  \"name\": \"档案\",\n  \"report\": {report},\n  \"reports\": [\n    {report}, {bad}\n  ]\n}}";
        var inner = Reject(bad);

        foreach (var options in new[] { Web, ArchiveOptions })
        {
            var exception = Assert.Throws<DisclosureJsonException>(() => JsonSerializer.Deserialize<ReportArchive>(json, options));
            Assert.Equal("$.reports[1]", exception.Path);
            Assert.Equal(Locate(json, "\"reportYear\": 2018", afterMarker: true), (exception.LineNumber!.Value, exception.BytePositionInLine!.Value));
            Assert.Equal(JsonErrorMessages.InEmbeddedReport.Format(("path", "$.metadata.reportYear"), ("detail", inner.Message)), exception.Message);
            Assert.Same(inner.GetType(), exception.InnerException?.GetType());
            Assert.Equal(inner.Path, ((JsonException)exception.InnerException!).Path);
        }
    }

    [Fact]
    public void AddDisclosureModel_makes_the_report_known_to_options_whose_resolvers_do_not_reach_it()
    {
        var unrelated = new JsonSerializerOptions { TypeInfoResolver = UnrelatedJsonContext.Default };
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(Samples.Pingtan2022, unrelated));

        var options = new JsonSerializerOptions { TypeInfoResolver = UnrelatedJsonContext.Default };
        Assert.Same(options, options.AddDisclosureModel().AddDisclosureModel());
        Assert.Equal(2, options.TypeInfoResolverChain.Count);
        var json = JsonSerializer.Serialize(Samples.Pingtan2022, options);
        Assert.Equal(DisclosureJson.Serialize(Samples.Pingtan2022), json);
        AssertSameReport(Samples.Pingtan2022, JsonSerializer.Deserialize<DisclosureReport>(json, options));
        Assert.Equal("42", JsonSerializer.Serialize(42, options));

        // Reflection off (as here) and no resolver: the report alone becomes serializable.
        var empty = new JsonSerializerOptions().AddDisclosureModel();
        Assert.Equal(json, JsonSerializer.Serialize(Samples.Pingtan2022, empty));

        Assert.Throws<InvalidOperationException>(() => DisclosureJson.Options.AddDisclosureModel());
        Assert.Throws<ArgumentNullException>(() => ((JsonSerializerOptions)null!).AddDisclosureModel());
    }

    [Fact]
    public void The_librarys_own_contract_is_the_reports_members_not_its_converter()
    {
        Assert.Equal(JsonTypeInfoKind.Object, DisclosureJson.ReportTypeInfo.Kind);
        Assert.IsNotType<DisclosureReportJsonConverter>(DisclosureJson.ReportTypeInfo.Converter);
        Assert.Equal(JsonTypeInfoKind.None, ArchiveJsonContext.Default.GetTypeInfo(typeof(DisclosureReport))!.Kind);
        Assert.IsType<DisclosureReportJsonConverter>(ArchiveJsonContext.Default.GetTypeInfo(typeof(DisclosureReport))!.Converter);
    }

    [Fact]
    public void Docs_try_deserialize()
    {
        File.WriteAllText("report-2018.json", Changed(t => t["metadata"]!["reportYear"] = 2018));
        #region json-try-deserialize
        string json = File.ReadAllText("report-2018.json");
        string? where = null;
        if (DisclosureJson.TryDeserialize(json, out DisclosureReport? report, out DisclosureJsonException? error))
        {
            Console.WriteLine(report.Metadata.AgencyName);
        }
        else
        {
            where = $"{error.Path}: {error.Message}";
        }
        #endregion

        Assert.Equal("$.metadata.reportYear: A report year must lie between 2019 and 9998; got 2018.", where);
    }

    [Fact]
    public void Docs_embedding()
    {
        #region json-embedding
        // public sealed record ReportArchive(string Name, DisclosureReport Report, IReadOnlyList<DisclosureReport> Reports);
        //
        // [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
        // [JsonSerializable(typeof(ReportArchive))]
        // internal sealed partial class ArchiveJsonContext : JsonSerializerContext;
        var options = new JsonSerializerOptions(ArchiveJsonContext.Default.Options).AddDisclosureModel();
        var archive = new ReportArchive("2022", Samples.Pingtan2022, [Samples.Yeji2020, Samples.Pingtan2022]);

        string json = JsonSerializer.Serialize(archive, options);
        ReportArchive? read = JsonSerializer.Deserialize<ReportArchive>(json, options);
        #endregion

        Assert.NotNull(read);
        Assert.Equal(archive.Report, read.Report);
        Assert.Equal(archive.Reports, read.Reports);
    }
}
