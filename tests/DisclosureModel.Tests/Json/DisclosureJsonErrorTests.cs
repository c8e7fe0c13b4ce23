using System.Text.Json.Nodes;
using DisclosureModel.Json;
using static DisclosureModel.Tests.Json.JsonDocuments;

namespace DisclosureModel.Tests.Json;

/// <summary>One test per kind of bad input: the exception type, the JSON path and the position.</summary>
public class DisclosureJsonErrorTests
{
    private static DisclosureJsonException Reject(string json) => Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Deserialize(json));

    private static void AssertAt(DisclosureJsonException exception, string path, (long Line, long BytePosition) position)
    {
        Assert.Equal(path, exception.Path);
        Assert.Equal(position.Line, exception.LineNumber);
        Assert.Equal(position.BytePosition, exception.BytePositionInLine);
    }

    private static JsonObject Row(JsonObject tree, params string[] path)
    {
        JsonNode node = tree;
        foreach (var member in path)
        {
            node = node[member]!;
        }

        return node.AsObject();
    }

    [Fact]
    public void Unknown_member()
    {
        var json = Changed(t => Row(t, "applications", "newlyReceived")["colour"] = "red");
        var exception = Reject(json);
        AssertAt(exception, "$.applications.newlyReceived.colour", Locate(json, "\"colour\":", afterMarker: true));
        Assert.Contains("colour", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_member()
    {
        var json = Changed(t => Row(t, "metadata")["agencyName"] = "MARKER")
            .Replace("\"agencyName\": \"MARKER\"", "\"agencyName\": \"A\", \"agencyName\": \"B\"", StringComparison.Ordinal);
        var exception = Reject(json);
        AssertAt(exception, "$.metadata.agencyName", Locate(json, ", \"agencyName\":", afterMarker: true));
    }

    [Fact]
    public void Missing_required_member()
    {
        var json = Changed(t => Row(t, "reviewAndLitigation", "litigationAfterReview").Remove("pending"));
        var exception = Reject(json);
        Assert.Contains("pending", exception.Message, StringComparison.Ordinal);
        Assert.Equal("$.reviewAndLitigation.litigationAfterReview", exception.Path);
        Assert.NotNull(exception.LineNumber);
    }

    [Fact]
    public void Duplicate_cell_in_an_applicant_row()
    {
        var json = Changed(t => Row(t, "applications", "newlyReceived")["total"] = "MARKER")
            .Replace("\"total\": \"MARKER\"", "\"total\": 74, \"total\": 75", StringComparison.Ordinal);
        var exception = Reject(json);
        AssertAt(exception, "$.applications.newlyReceived.total", Locate(json, ", \"total\":", afterMarker: true));
    }

    [Fact]
    public void Duplicate_cell_in_a_review_block()
    {
        var json = Changed(t => Row(t, "reviewAndLitigation", "administrativeReview")["total"] = "MARKER")
            .Replace("\"total\": \"MARKER\"", "\"total\": 2, \"total\": 3", StringComparison.Ordinal);
        var exception = Reject(json);
        AssertAt(exception, "$.reviewAndLitigation.administrativeReview.total", Locate(json, ", \"total\":", afterMarker: true));
    }

    [Fact]
    public void Unknown_cell_in_a_regulations_row()
    {
        var json = Changed(t => Row(t, "proactiveDisclosure", "article20Item1", "normativeDocuments")["colour"] = 1);
        var exception = Reject(json);
        AssertAt(exception, "$.proactiveDisclosure.article20Item1.normativeDocuments.colour", Locate(json, "\"colour\":", afterMarker: true));
        Assert.Contains("inForce", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_cell_in_an_applicant_row()
    {
        var json = Changed(t => Row(t, "applications", "carriedOverFromLastYear").Remove("legalServiceOrganization"));
        var exception = Reject(json);
        Assert.Equal("$.applications.carriedOverFromLastYear", exception.Path);
        Assert.Contains("'legalServiceOrganization'", exception.Message, StringComparison.Ordinal);
        Assert.NotNull(exception.LineNumber);
    }

    [Fact]
    public void Cell_errors_through_the_type_info_name_the_row_and_the_cell()
    {
        var json = Changed(t => Row(t, "applications", "outcomes", "otherHandling", "feeNotPaid")["naturalPerson"] = -7);
        var exception = Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize(json, DisclosureJson.ReportTypeInfo));
        Assert.Equal("$.applications.outcomes.otherHandling.feeNotPaid", exception.Path);
        Assert.Equal(Locate(json, "-7", afterMarker: true).Line, exception.LineNumber);
    }

    [Fact]
    public void Missing_blank_cell_is_not_defaulted_to_blank()
    {
        var json = Changed(t => Row(t, "metadata").Remove("publishedAt"));
        var exception = Reject(json);
        Assert.Contains("publishedAt", exception.Message, StringComparison.Ordinal);
        Assert.Equal("$.metadata", exception.Path);
    }

    [Fact]
    public void Null_in_a_non_nullable_member()
    {
        var json = Changed(t => Row(t, "metadata")["agencyName"] = null);
        var exception = Reject(json);
        AssertAt(exception, "$.metadata.agencyName", Locate(json, "\"agencyName\": null", afterMarker: true));
        Assert.Contains("'agencyName' cannot be null", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_for_a_row()
    {
        var json = Changed(t => Row(t, "applications")["carriedForwardToNextYear"] = null);
        var exception = Reject(json);
        AssertAt(exception, "$.applications.carriedForwardToNextYear", Locate(json, "\"carriedForwardToNextYear\": null", afterMarker: true));
    }

    [Fact]
    public void Wrong_type()
    {
        var json = Changed(t => Row(t, "metadata")["reportYear"] = "2022");
        var exception = Reject(json);
        AssertAt(exception, "$.metadata.reportYear", Locate(json, "\"reportYear\": \"2022\"", afterMarker: true));
    }

    [Fact]
    public void Fractional_count()
    {
        var json = Changed(t => Row(t, "applications", "outcomes", "withheld", "thirdPartyRights")["other"] = 1.5m);
        var exception = Reject(json);
        AssertAt(exception, "$.applications.outcomes.withheld.thirdPartyRights.other", Locate(json, "1.5", afterMarker: true));
        Assert.Contains("fractional", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1e2")]
    [InlineData("-0.5")]
    public void Integers_written_as_decimals_are_not_counts(string number)
    {
        var json = Changed(t => Row(t, "reviewAndLitigation", "administrativeReview")["pending"] = "MARKER")
            .Replace("\"pending\": \"MARKER\"", "\"pending\": " + number, StringComparison.Ordinal);
        var exception = Reject(json);
        AssertAt(exception, "$.reviewAndLitigation.administrativeReview.pending", Locate(json, "\"pending\": " + number, afterMarker: true));
    }

    [Fact]
    public void Overflowing_count()
    {
        var json = Changed(t => Row(t, "proactiveDisclosure", "article20Item6")["administrativePenalty"] = 2147483648L);
        var exception = Reject(json);
        AssertAt(exception, "$.proactiveDisclosure.article20Item6.administrativePenalty", Locate(json, "2147483648", afterMarker: true));
        Assert.Contains("overflows", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_count()
    {
        var json = Changed(t => Row(t, "applications", "outcomes", "otherHandling", "feeNotPaid")["naturalPerson"] = -7);
        var exception = Reject(json);
        AssertAt(exception, "$.applications.outcomes.otherHandling.feeNotPaid.naturalPerson", Locate(json, "-7", afterMarker: true));
        Assert.Contains("negative", exception.Message, StringComparison.Ordinal);
        Assert.IsNotType<ArgumentOutOfRangeException>(exception.InnerException);
    }

    [Fact]
    public void Negative_amount()
    {
        var json = Changed(t => Row(t, "proactiveDisclosure", "article20Item8")["administrativeFees"] = -9116.36m);
        var exception = Reject(json);
        AssertAt(exception, "$.proactiveDisclosure.article20Item8.administrativeFees", Locate(json, "-9116.36", afterMarker: true));
    }

    [Fact]
    public void Invalid_date()
    {
        var json = Changed(t => Row(t, "metadata", "statisticsPeriod")["end"] = "2022-13-45");
        var exception = Reject(json);
        AssertAt(exception, "$.metadata.statisticsPeriod.end", Locate(json, "\"2022-13-45\"", afterMarker: true));
    }

    [Fact]
    public void Null_inside_an_overview_part()
    {
        var json = Changed(t => t["overview"]!["parts"]![1]!["heading"] = null);
        var exception = Reject(json);
        AssertAt(exception, "$.overview.parts[1].heading", Locate(json, "\"heading\": null", afterMarker: true));
    }

    [Fact]
    public void Null_overview_part()
    {
        var json = Changed(t => t["overview"]!["parts"]![4] = null);
        var exception = Reject(json);
        var (line, position) = Locate(json, "null\n    ]");
        AssertAt(exception, "$.overview.parts[4]", (line, position + "null".Length));
    }

    [Fact]
    public void Unknown_edition_in_metadata()
    {
        var json = Changed(t => Row(t, "metadata")["edition"] = "2020");
        var exception = Reject(json);
        AssertAt(exception, "$.metadata.edition", Locate(json, "\"2020\"", afterMarker: true));
    }

    [Fact]
    public void Unknown_edition_of_a_section()
    {
        var json = Changed(t => Row(t, "proactiveDisclosure")["edition"] = "2020");
        var exception = Reject(json);

        AssertAt(exception, "$.proactiveDisclosure.edition", Locate(json, "\"edition\": \"2020\"", afterMarker: true));
        Assert.Contains("\"2020\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_edition_of_a_section()
    {
        var json = Changed(t => Row(t, "applications", "outcomes").Remove("edition"));
        var exception = Reject(json);
        Assert.Equal("$.applications.outcomes", exception.Path);
        Assert.Contains("The object outcomes is missing its required member 'edition'", exception.Message, StringComparison.Ordinal);
        Assert.NotNull(exception.LineNumber);
    }

    [Fact]
    public void Editions_that_disagree()
    {
        var json = Changed(t => Row(t, "metadata")["edition"] = "2019");
        var exception = Reject(json);

        // Reported at the first section whose edition differs from the metadata's, after its value.
        var section = json.IndexOf("\"proactiveDisclosure\"", StringComparison.Ordinal);
        var end = json.IndexOf("\"edition\": \"2021\"", section, StringComparison.Ordinal) + "\"edition\": \"2021\"".Length;
        var lineStart = json.LastIndexOf('\n', end) + 1;
        AssertAt(exception, "$.proactiveDisclosure.edition", (json.AsSpan(0, end).Count('\n'), System.Text.Encoding.UTF8.GetByteCount(json.AsSpan(lineStart, end - lineStart))));
        Assert.Contains("proactiveDisclosure.edition is \"2021\" but metadata.edition is \"2019\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsupported_schema_version()
    {
        var json = Changed(t => t["schemaVersion"] = 2);
        var exception = Reject(json);
        AssertAt(exception, "$.schemaVersion", Locate(json, "\"schemaVersion\": 2", afterMarker: true));
    }

    [Fact]
    public void Document_larger_than_the_limit()
    {
        var json = Changed(t => t["preamble"] = new string('x', DisclosureJsonLimits.MaxDocumentBytes));
        var exception = Reject(json);
        Assert.Equal("$", exception.Path);
        Assert.Equal(DisclosureJsonLimits.MaxDocumentBytes, exception.ByteOffset);

        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var fromStream = Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Deserialize(stream));
        Assert.Equal(DisclosureJsonLimits.MaxDocumentBytes, fromStream.ByteOffset);
        Assert.True(stream.Position <= DisclosureJsonLimits.MaxDocumentBytes + 1);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit()
    {
        var depth = DisclosureJsonLimits.MaxDepth + 1;
        var nested = new string('[', depth) + new string(']', depth);
        var json = Changed(t => Row(t, "proactiveDisclosure")["edition"] = "MARKER")
            .Replace("\"edition\": \"MARKER\"", "\"deep\": " + nested + ", \"edition\": \"2021\"", StringComparison.Ordinal);
        var exception = Reject(json);
        Assert.Contains("depth", exception.Message, StringComparison.OrdinalIgnoreCase);
        var marker = Locate(json, nested);
        Assert.Equal(marker.Line, exception.LineNumber);
        Assert.Equal(marker.BytePosition + DisclosureJsonLimits.MaxDepth - 2, exception.BytePositionInLine);
    }

    [Fact]
    public void Content_after_the_report()
    {
        var json = Changed(_ => { }) + "\n{}";
        var exception = Reject(json);
        Assert.Equal(json.Count(c => c == '\n'), exception.LineNumber);
        Assert.Equal(0, exception.BytePositionInLine);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(exception.InnerException);
    }

    [Fact]
    public void Null_document()
    {
        var exception = Reject("null");
        Assert.Equal("$", exception.Path);
    }

    [Fact]
    public void Not_json()
    {
        var exception = Reject("{\"schemaVersion\": 1,\n  oops");
        Assert.Equal(1, exception.LineNumber);
        Assert.Equal(2, exception.BytePositionInLine);
    }
}
