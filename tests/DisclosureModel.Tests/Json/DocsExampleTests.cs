using System.Text.Json;
using DisclosureModel.Json;

namespace DisclosureModel.Tests.Json;

/// <summary>The examples of docs/json.md, compiled and run.</summary>
public class DocsExampleTests
{
    [Fact]
    public void Write_and_read_a_report()
    {
        // docs/json.md: "Use"
        string json = DisclosureJson.Serialize(Samples.Pingtan2022, indented: true);
        DisclosureReport report = DisclosureJson.Deserialize(json);

        // With System.Text.Json directly, e.g. inside a larger document of your own.
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonSerializer.Serialize(writer, report, DisclosureJson.ReportTypeInfo);
        }

        Assert.Equal(report, JsonSerializer.Deserialize(buffer.ToArray(), DisclosureJson.ReportTypeInfo));
        Assert.Equal(Samples.Pingtan2022, report);
    }

    [Fact]
    public void Report_where_a_document_is_wrong()
    {
        // docs/json.md: "Errors"
        const string json = """{ "schemaVersion": 1, "metadata": { "agencyName": "X", "reportYear": 2018 } }""";
        string? where = null;
        try
        {
            DisclosureJson.Deserialize(json);
        }
        catch (DisclosureJsonException e)
        {
            where = $"{e.Path} (line {e.LineNumber + 1}, byte {e.BytePositionInLine}): {e.Message}";
        }

        Assert.Equal("$.metadata.reportYear (line 1, byte 73): A report year must lie between 2019 and 9998; got 2018.", where);
    }

    [Fact]
    public async Task Stream_ndjson()
    {
        // docs/json.md: "NDJSON"
        using var file = new MemoryStream();
        await DisclosureNdjson.WriteAsync(file, Samples.All.ToAsyncEnumerable());
        file.Position = 0;

        var years = new List<int>();
        await foreach (DisclosureReport report in DisclosureNdjson.ReadAsync(file, maxReports: 10_000))
        {
            years.Add(report.Metadata.ReportYear);
        }

        Assert.Equal([2020, 2022], years);
    }
}
