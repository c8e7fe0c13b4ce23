using System.Text;
using System.Text.Json;
using DisclosureModel.Json;
using Snapshooter.Xunit;

namespace DisclosureModel.Tests.Json;

public class DisclosureJsonTests
{
    public static TheoryData<int> ReportIndexes() => [.. Enumerable.Range(0, JsonTestReports.All().Count())];

    private static DisclosureReport Report(int index) => JsonTestReports.All().ElementAt(index);

    [Theory]
    [MemberData(nameof(ReportIndexes))]
    public void Every_report_round_trips_through_text_bytes_and_streams(int index)
    {
        var report = Report(index);

        Assert.Equal(report, DisclosureJson.Deserialize(DisclosureJson.Serialize(report)));
        Assert.Equal(report, DisclosureJson.Deserialize(DisclosureJson.Serialize(report, indented: true)));
        Assert.Equal(report, DisclosureJson.Deserialize(DisclosureJson.SerializeToUtf8Bytes(report)));

        using var stream = new MemoryStream();
        DisclosureJson.Serialize(stream, report);
        stream.Position = 0;
        Assert.Equal(report, DisclosureJson.Deserialize(stream));
    }

    [Theory]
    [MemberData(nameof(ReportIndexes))]
    public async Task Every_report_round_trips_asynchronously(int index)
    {
        var report = Report(index);
        using var stream = new MemoryStream();
        await DisclosureJson.SerializeAsync(stream, report, indented: true);
        stream.Position = 0;
        Assert.Equal(report, await DisclosureJson.DeserializeAsync(stream));
    }

    [Fact]
    public void Serialized_seed_sample()
    {
        Snapshot.Match(DisclosureJson.Serialize(Samples.Yeji2020, indented: true));
    }

    [Fact]
    public void The_type_info_serves_calls_of_your_own()
    {
        var json = JsonSerializer.Serialize(Samples.Pingtan2022, DisclosureJson.ReportTypeInfo);
        Assert.Equal(DisclosureJson.Serialize(Samples.Pingtan2022), json);
        Assert.Equal(Samples.Pingtan2022, JsonSerializer.Deserialize(json, DisclosureJson.ReportTypeInfo));
        Assert.True(DisclosureJson.Options.IsReadOnly);
        Assert.Same(DisclosureJson.ReportTypeInfo, DisclosureJson.Options.GetTypeInfo(typeof(DisclosureReport)));
    }

    [Fact]
    public void The_shape_starts_with_the_schema_version_and_states_the_edition_as_a_string()
    {
        using var document = JsonDocument.Parse(DisclosureJson.Serialize(Samples.Pingtan2022));
        var root = document.RootElement;
        var first = root.EnumerateObject().First();
        Assert.Equal("schemaVersion", first.Name);
        Assert.Equal(DisclosureJson.SchemaVersion, first.Value.GetInt32());
        Assert.Equal("2021", root.GetProperty("metadata").GetProperty("edition").GetString());
        Assert.Equal("2021", root.GetProperty("proactiveDisclosure").GetProperty("edition").GetString());
        Assert.Equal("2021", root.GetProperty("applications").GetProperty("outcomes").GetProperty("edition").GetString());
        Assert.Equal("government", root.GetProperty("metadata").GetProperty("agencyKind").GetString());
        Assert.Equal("2022-01-01", root.GetProperty("metadata").GetProperty("statisticsPeriod").GetProperty("start").GetString());
        Assert.Equal("2023-02-20T15:07:00", root.GetProperty("metadata").GetProperty("publishedAt").GetString());
    }

    [Fact]
    public void Members_follow_the_layouts_identifiers_and_print_order()
    {
        using var document = JsonDocument.Parse(DisclosureJson.Serialize(Samples.Pingtan2022));
        var applications = document.RootElement.GetProperty("applications");
        var row = applications.GetProperty("newlyReceived");
        Assert.Equal(ApplicantColumns.All.Select(c => c.GetLabel().Identifier), row.EnumerateObject().Select(p => p.Name));

        var outcomes = applications.GetProperty("outcomes").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(
            ["edition", "disclosed", "partiallyDisclosed", "withheld", "unableToProvide", "notProcessed", "otherHandling", "total"],
            outcomes);

        var withheld = applications.GetProperty("outcomes").GetProperty("withheld").EnumerateObject().Select(p => p.Name);
        Assert.Equal(
            ApplicationsLayout.GetRows(FormatEdition.Edition2021).Where(r => r.Group == ApplicationRowGroup.Withheld).Select(r => r.Label.Identifier),
            withheld);

        var review = document.RootElement.GetProperty("reviewAndLitigation").GetProperty("administrativeReview").EnumerateObject().Select(p => p.Name);
        Assert.Equal(ReviewAndLitigationLayout.Columns.Select(c => c.GetLabel().Identifier), review);
    }

    [Fact]
    public void Blank_cells_are_null_and_computed_members_are_not_written()
    {
        var json = DisclosureJson.Serialize(JsonTestReports.Varied2021);
        using var document = JsonDocument.Parse(json);
        var rules = document.RootElement.GetProperty("proactiveDisclosure").GetProperty("article20Item1").GetProperty("rules");
        Assert.Equal(JsonValueKind.Null, rules.GetProperty("issuedThisYear").ValueKind);
        Assert.Equal(0, rules.GetProperty("repealedThisYear").GetInt32());
        Assert.DoesNotContain("applicantSum", json, StringComparison.Ordinal);
        Assert.DoesNotContain("resultSum", json, StringComparison.Ordinal);
        Assert.DoesNotContain("otherHandlingSum", json, StringComparison.Ordinal);
        Assert.DoesNotContain("isBlank", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9116.36")]
    [InlineData("0.000001")]
    [InlineData("1.50")]
    [InlineData("0")]
    [InlineData("0.0")]
    [InlineData("79228162514264337593543950335")]
    public void Money_keeps_its_scale(string amount)
    {
        var json = JsonDocuments.Changed(t => t["proactiveDisclosure"]!["article20Item8"]!["administrativeFees"] = System.Text.Json.Nodes.JsonValue.Create(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("\"administrativeFees\": " + amount + "\n", json, StringComparison.Ordinal);
        var report = DisclosureJson.Deserialize(json);
        var fees = ((ProactiveDisclosure2021)report.ProactiveDisclosure).Article20Item8.AdministrativeFees;
        Assert.Equal(amount, fees!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("\"administrativeFees\":" + amount + "}", DisclosureJson.Serialize(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Procurement_amounts_keep_their_unit()
    {
        var json = DisclosureJson.Serialize(JsonTestReports.Varied2019);
        Assert.Contains("\"totalAmount\":{\"amount\":75394432.52,\"unit\":\"yuan\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"changeThisYear\":-3", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_are_read_in_any_order_and_with_escaped_names()
    {
        var json = DisclosureJson.Serialize(Samples.Pingtan2022)
            .Replace(
                "\"newlyReceived\":{\"naturalPerson\":71,\"commercialEnterprise\":3,",
                "\"newlyReceived\":{\"commercialEnterprise\":3,\"natural\\u0050erson\":71,",
                StringComparison.Ordinal)
            .Replace("\"schemaVersion\":1,\"metadata\":", "\"metadata\":", StringComparison.Ordinal)
            .Replace("\"otherMatters\":", "\"schemaVersion\":1,\"otherMatters\":", StringComparison.Ordinal);
        Assert.Contains("natural\\u0050erson", json, StringComparison.Ordinal);
        Assert.Equal(Samples.Pingtan2022, DisclosureJson.Deserialize(json));
    }

    [Fact]
    public void The_serializer_is_shared_across_threads()
    {
        var reports = JsonTestReports.All().ToArray();
        var sequential = reports.Select(r => DisclosureJson.Serialize(r)).ToArray();
        var results = new string[reports.Length * 20];
        Parallel.For(0, results.Length, i =>
        {
            var report = reports[i % reports.Length];
            results[i] = DisclosureJson.Serialize(DisclosureJson.Deserialize(DisclosureJson.Serialize(report)));
        });
        Assert.Equal(Enumerable.Range(0, results.Length).Select(i => sequential[i % reports.Length]), results);
    }

    [Fact]
    public void The_edition_discriminator_may_come_anywhere_in_its_object()
    {
        var json = JsonDocuments.Changed(t =>
        {
            foreach (var section in new[] { t["proactiveDisclosure"]!.AsObject(), t["applications"]!["outcomes"]!.AsObject() })
            {
                section.Remove("edition");
                section["edition"] = "2021";
            }
        });
        Assert.True(json.IndexOf("\"edition\": \"2021\"\n  },\n  \"applications\"", StringComparison.Ordinal) > 0);
        Assert.Equal(Samples.Pingtan2022, DisclosureJson.Deserialize(json));
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. DisclosureJson.SerializeToUtf8Bytes(Samples.Yeji2020)];
        Assert.Equal(Samples.Yeji2020, DisclosureJson.Deserialize(withBom));
        Assert.Equal(Samples.Yeji2020, DisclosureJson.Deserialize(new MemoryStream(withBom)));
    }

    [Fact]
    public void Chinese_text_is_written_unescaped()
    {
        var json = DisclosureJson.Serialize(Samples.Yeji2020);
        Assert.Contains("六安市叶集区融媒体中心", json, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetBytes(json), DisclosureJson.SerializeToUtf8Bytes(Samples.Yeji2020));
    }
}
