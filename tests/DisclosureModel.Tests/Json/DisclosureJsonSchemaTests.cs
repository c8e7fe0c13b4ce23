using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using DisclosureModel.Json;
using Json.Schema;

namespace DisclosureModel.Tests.Json;

/// <summary>The published schema: up to date, and used by an independent validator (JsonSchema.Net).</summary>
public class DisclosureJsonSchemaTests
{
    private const string RegenerateVariable = "DISCLOSURE_WRITE_SCHEMA";

    private static readonly Lazy<JsonSchema> Published = new(() =>
        JsonSchema.FromText(File.ReadAllText(SchemaFile()), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static readonly EvaluationOptions Evaluation = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    /// <summary>Bad documents the schema can express, each a change to the 2021 sample; the library rejects them too.</summary>
    public static TheoryData<string> BadDocuments() => [.. Changes.Keys];

    private static readonly Dictionary<string, Action<JsonObject>> Changes = new()
    {
        ["unknown member"] = t => t["applications"]!["newlyReceived"]!["colour"] = "red",
        ["missing member"] = t => t["reviewAndLitigation"]!["litigationAfterReview"]!.AsObject().Remove("pending"),
        ["missing blank cell"] = t => t["metadata"]!.AsObject().Remove("publishedAt"),
        ["null agency name"] = t => t["metadata"]!["agencyName"] = null,
        ["blank agency name"] = t => t["metadata"]!["agencyName"] = "  ",
        ["null row"] = t => t["applications"]!["carriedForwardToNextYear"] = null,
        ["wrong type"] = t => t["metadata"]!["reportYear"] = "2022",
        ["year out of range"] = t => t["metadata"]!["reportYear"] = 2018,
        ["fractional count"] = t => t["applications"]!["outcomes"]!["withheld"]!["thirdPartyRights"]!["other"] = 1.5m,
        ["overflowing count"] = t => t["proactiveDisclosure"]!["article20Item6"]!["administrativePenalty"] = 2147483648L,
        ["negative count"] = t => t["applications"]!["outcomes"]!["otherHandling"]!["feeNotPaid"]!["naturalPerson"] = -7,
        ["negative amount"] = t => t["proactiveDisclosure"]!["article20Item8"]!["administrativeFees"] = -9116.36m,
        ["count as string"] = t => t["reviewAndLitigation"]!["administrativeReview"]!["total"] = "2",
        ["unknown edition"] = t => t["metadata"]!["edition"] = "2020",
        ["unknown section edition"] = t => t["proactiveDisclosure"]!["edition"] = "2020",
        ["missing section edition"] = t => t["applications"]!["outcomes"]!.AsObject().Remove("edition"),
        ["editions disagree"] = t => t["metadata"]!["edition"] = "2019",
        ["2019 rows in a 2021 table"] = t => t["applications"]!["outcomes"]!["otherHandling"] = t["applications"]!["outcomes"]!["total"]!.DeepClone(),
        ["2019 table in a 2021 section"] = t => t["proactiveDisclosure"]!["article20Item9"] = new JsonObject { ["centralizedProcurement"] = null },
        ["schema version"] = t => t["schemaVersion"] = 2,
        ["missing schema version"] = t => t.Remove("schemaVersion"),
        ["unknown agency kind"] = t => t["metadata"]!["agencyKind"] = "ministry",
        ["agency kind as number"] = t => t["metadata"]!["agencyKind"] = 4,
        ["invalid date"] = t => t["metadata"]!["statisticsPeriod"]!["end"] = "2022-13-45",
        ["period without end"] = t => t["metadata"]!["statisticsPeriod"]!.AsObject().Remove("end"),
        ["time with a space"] = t => t["metadata"]!["publishedAt"] = "2023-02-20 15:07",
        ["time with an offset"] = t => t["metadata"]!["publishedAt"] = "2023-02-20T15:07:00+08:00",
        ["null overview part"] = t => t["overview"]!["parts"]!.AsArray().Add(null),
        ["null heading"] = t => t["overview"]!["parts"]![0]!["heading"] = null,
        ["overview part without text"] = t => t["overview"]!["parts"]![0]!.AsObject().Remove("text"),
    };

    [Fact]
    public void The_published_schema_file_is_up_to_date()
    {
        var current = SchemaText();
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            File.WriteAllText(SchemaFile(), current);
        }

        var published = File.Exists(SchemaFile()) ? File.ReadAllText(SchemaFile()).ReplaceLineEndings("\n") : string.Empty;
        Assert.True(
            published == current,
            $"docs/schema/disclosure-report.schema.json is stale. Regenerate it with: {RegenerateVariable}=1 dotnet test --filter {nameof(DisclosureJsonSchemaTests)}");
    }

    [Fact]
    public void The_schema_is_draft_2020_12_and_strict()
    {
        var schema = DisclosureJson.GetSchema();
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.False((bool)schema["additionalProperties"]!);
        Assert.Equal("schemaVersion", (string?)schema["required"]![0]);
        var period = schema["properties"]!["metadata"]!["properties"]!["statisticsPeriod"]!;
        Assert.Equal("date", (string?)period["properties"]!["start"]!["format"]);
        var count = schema["properties"]!["overview"]!["properties"]!["proactivelyDisclosedCount"]!;
        Assert.Equal(0, (int)count["minimum"]!);
    }

    [Theory]
    [MemberData(nameof(ReportIndexes))]
    public void Every_report_validates(int index)
    {
        var report = JsonTestReports.All().ElementAt(index);
        using var document = JsonDocument.Parse(DisclosureJson.Serialize(report));
        var result = Published.Value.Evaluate(document.RootElement, Evaluation);
        Assert.True(result.IsValid, Describe(result));
    }

    public static TheoryData<int> ReportIndexes() => DisclosureJsonTests.ReportIndexes();

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Each_bad_document_fails_the_schema_and_the_reader(string change)
    {
        var json = JsonDocuments.Changed(Changes[change]);
        using var document = JsonDocument.Parse(json);
        Assert.False(Published.Value.Evaluate(document.RootElement, Evaluation).IsValid);
        Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Deserialize(json));
    }

    private static string SchemaText() =>
        DisclosureJson.GetSchema().ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = DisclosureJson.Options.Encoder }) + "\n";

    private static string SchemaFile([CallerFilePath] string testFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(testFile)!, "..", "..", "..", "docs", "schema", "disclosure-report.schema.json"));

    private static string Describe(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));
}
