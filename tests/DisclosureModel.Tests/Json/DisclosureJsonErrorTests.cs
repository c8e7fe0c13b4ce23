using System.Text.Json.Nodes;
using DisclosureModel.Json;
using DisclosureModel.Utility;
using static DisclosureModel.Tests.Json.JsonDocuments;

namespace DisclosureModel.Tests.Json;

/// <summary>
/// One test per kind of bad input: the exception type, the JSON path, the position, and the message as the catalogue
/// (<see cref="JsonErrorMessages"/>) builds it.
/// </summary>
public class DisclosureJsonErrorTests
{
    private static DisclosureJsonException Reject(string json) => Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Deserialize(json));

    private static void AssertAt(DisclosureJsonException exception, string path, (long Line, long BytePosition) position)
    {
        Assert.Equal(path, exception.Path);
        Assert.Equal(position.Line, exception.LineNumber);
        Assert.Equal(position.BytePosition, exception.BytePositionInLine);
    }

    private static string Columns(IEnumerable<string> identifiers) => string.Join(", ", identifiers);

    private static string ApplicantColumnList => Columns(ApplicantColumns.All.Select(c => c.GetLabel().Identifier));

    private static string InCell(string cell, string detail) => JsonErrorMessages.InCell.Format(("cell", cell), ("detail", detail));

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
        Assert.Equal(JsonErrorMessages.UnknownColumn.Format(("name", "colour"), ("row", "an applicant row"), ("columns", ApplicantColumnList)), exception.Message);
    }

    [Fact]
    public void Unknown_member_of_an_object()
    {
        var json = Changed(t => Row(t, "metadata", "contact")["fax"] = "0591");
        var exception = Reject(json);
        AssertAt(exception, "$.metadata.contact.fax", Locate(json, "\"fax\":", afterMarker: true));
        Assert.Equal(
            JsonErrorMessages.UnknownMember.Format(("name", "fax"), ("kind", "the contact"), ("members", "office, address, postcode, telephone, email")),
            exception.Message);
    }

    [Fact]
    public void Duplicate_member()
    {
        var json = Changed(t => Row(t, "metadata")["agencyName"] = "MARKER")
            .Replace("\"agencyName\": \"MARKER\"", "\"agencyName\": \"A\", \"agencyName\": \"B\"", StringComparison.Ordinal);
        var exception = Reject(json);
        AssertAt(exception, "$.metadata.agencyName", Locate(json, ", \"agencyName\":", afterMarker: true));
        Assert.Equal(JsonErrorMessages.DuplicateMember.Format(("name", "agencyName"), ("kind", "metadata")), exception.Message);
    }

    [Fact]
    public void Missing_required_member()
    {
        var json = Changed(t => Row(t, "reviewAndLitigation", "litigationAfterReview").Remove("pending"));
        var exception = Reject(json);
        Assert.Equal(JsonErrorMessages.MissingColumns.Format(("row", "A review or litigation block"), ("names", "'pending'")), exception.Message);
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
        Assert.Equal(JsonErrorMessages.DuplicateMember.Format(("name", "total"), ("kind", "an applicant row")), exception.Message);
    }

    [Fact]
    public void Duplicate_cell_in_a_review_block()
    {
        var json = Changed(t => Row(t, "reviewAndLitigation", "administrativeReview")["total"] = "MARKER")
            .Replace("\"total\": \"MARKER\"", "\"total\": 2, \"total\": 3", StringComparison.Ordinal);
        var exception = Reject(json);
        AssertAt(exception, "$.reviewAndLitigation.administrativeReview.total", Locate(json, ", \"total\":", afterMarker: true));
        Assert.Equal(JsonErrorMessages.DuplicateMember.Format(("name", "total"), ("kind", "a review or litigation block")), exception.Message);
    }

    [Fact]
    public void Unknown_cell_in_a_regulations_row()
    {
        var json = Changed(t => Row(t, "proactiveDisclosure", "article20Item1", "normativeDocuments")["colour"] = 1);
        var exception = Reject(json);
        AssertAt(exception, "$.proactiveDisclosure.article20Item1.normativeDocuments.colour", Locate(json, "\"colour\":", afterMarker: true));
        Assert.Equal(
            JsonErrorMessages.UnknownColumn.Format(("name", "colour"), ("row", "a rules or normative documents row"), ("columns", "issuedThisYear, repealedThisYear, inForce")),
            exception.Message);
    }

    [Fact]
    public void Missing_cell_in_an_applicant_row()
    {
        var json = Changed(t => Row(t, "applications", "carriedOverFromLastYear").Remove("legalServiceOrganization"));
        var exception = Reject(json);
        Assert.Equal("$.applications.carriedOverFromLastYear", exception.Path);
        Assert.Equal(JsonErrorMessages.MissingColumns.Format(("row", "An applicant row"), ("names", "'legalServiceOrganization'")), exception.Message);
        Assert.NotNull(exception.LineNumber);
    }

    [Fact]
    public void Cell_errors_through_the_type_info_name_the_row_and_the_cell()
    {
        var json = Changed(t => Row(t, "applications", "outcomes", "otherHandling", "feeNotPaid")["naturalPerson"] = -7);
        var exception = Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize(json, DisclosureJson.ReportTypeInfo));
        Assert.Equal("$.applications.outcomes.otherHandling.feeNotPaid", exception.Path);
        Assert.Equal(Locate(json, "-7", afterMarker: true).Line, exception.LineNumber);
        Assert.Equal(InCell("naturalPerson", JsonErrorMessages.NegativeCount.Format(("value", -7))), exception.Message);
    }

    [Fact]
    public void Missing_blank_cell_is_not_defaulted_to_blank()
    {
        var json = Changed(t => Row(t, "metadata").Remove("publishedAt"));
        var exception = Reject(json);
        Assert.Equal(JsonErrorMessages.MissingMembers.Format(("kind", "metadata"), ("names", "'publishedAt'")), exception.Message);
        Assert.Equal("$.metadata", exception.Path);
    }

    [Fact]
    public void Null_in_a_non_nullable_member()
    {
        var json = Changed(t => Row(t, "metadata")["agencyName"] = null);
        var exception = Reject(json);
        AssertAt(exception, "$.metadata.agencyName", Locate(json, "\"agencyName\": null", afterMarker: true));
        Assert.Equal(JsonErrorMessages.NullNotAllowed.Format(("member", "agencyName")), exception.Message);
    }

    [Fact]
    public void Null_for_a_row()
    {
        var json = Changed(t => Row(t, "applications")["carriedForwardToNextYear"] = null);
        var exception = Reject(json);
        AssertAt(exception, "$.applications.carriedForwardToNextYear", Locate(json, "\"carriedForwardToNextYear\": null", afterMarker: true));
        Assert.Equal(
            JsonErrorMessages.NotARow.Format(("columns", ApplicantColumnList), ("row", "an applicant row"), ("token", "Null")),
            exception.Message);
    }

    [Fact]
    public void Wrong_type()
    {
        var json = Changed(t => Row(t, "metadata")["reportYear"] = "2022");
        var exception = Reject(json);
        AssertAt(exception, "$.metadata.reportYear", Locate(json, "\"reportYear\": \"2022\"", afterMarker: true));
        Assert.Equal(JsonErrorMessages.NotAnInteger.Format(("what", "A report year"), ("token", "String \"2022\"")), exception.Message);
    }

    [Fact]
    public void Report_year_out_of_range()
    {
        var json = Changed(t => Row(t, "metadata")["reportYear"] = 2018);
        var exception = Reject(json);
        AssertAt(exception, "$.metadata.reportYear", Locate(json, "\"reportYear\": 2018", afterMarker: true));
        Assert.Equal(JsonErrorMessages.ReportYearOutOfRange.Format(("minimum", 2019), ("maximum", 9998), ("value", 2018)), exception.Message);
    }

    [Fact]
    public void Blank_agency_name()
    {
        var json = Changed(t => Row(t, "metadata")["agencyName"] = " ");
        var exception = Reject(json);
        AssertAt(exception, "$.metadata.agencyName", Locate(json, "\"agencyName\": \" \"", afterMarker: true));
        Assert.Equal(JsonErrorMessages.BlankString.Format(), exception.Message);
    }

    [Fact]
    public void Period_ending_before_it_starts()
    {
        var json = Changed(t => Row(t, "metadata", "statisticsPeriod")["end"] = "2021-12-31");
        var exception = Reject(json);
        Assert.Equal("$.metadata.statisticsPeriod", exception.Path);
        Assert.Equal(JsonErrorMessages.PeriodEndsBeforeStart.Format(("end", "2021-12-31"), ("start", "2022-01-01")), exception.Message);
    }

    [Fact]
    public void Fractional_count()
    {
        var json = Changed(t => Row(t, "applications", "outcomes", "withheld", "thirdPartyRights")["other"] = 1.5m);
        var exception = Reject(json);
        AssertAt(exception, "$.applications.outcomes.withheld.thirdPartyRights.other", Locate(json, "1.5", afterMarker: true));
        Assert.Equal(InCell("other", JsonErrorMessages.FractionalInteger.Format(("what", "A count"), ("number", "1.5"))), exception.Message);
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
        Assert.Equal(InCell("pending", JsonErrorMessages.FractionalInteger.Format(("what", "A count"), ("number", number))), exception.Message);
    }

    [Fact]
    public void Overflowing_count()
    {
        var json = Changed(t => Row(t, "proactiveDisclosure", "article20Item6")["administrativePenalty"] = 2147483648L);
        var exception = Reject(json);
        AssertAt(exception, "$.proactiveDisclosure.article20Item6.administrativePenalty", Locate(json, "2147483648", afterMarker: true));
        Assert.Equal(
            JsonErrorMessages.IntegerOverflow.Format(("what", "A count"), ("minimum", int.MinValue), ("maximum", int.MaxValue), ("number", "2147483648")),
            exception.Message);
    }

    [Fact]
    public void Negative_count()
    {
        var json = Changed(t => Row(t, "applications", "outcomes", "otherHandling", "feeNotPaid")["naturalPerson"] = -7);
        var exception = Reject(json);
        AssertAt(exception, "$.applications.outcomes.otherHandling.feeNotPaid.naturalPerson", Locate(json, "-7", afterMarker: true));
        Assert.Equal(InCell("naturalPerson", JsonErrorMessages.NegativeCount.Format(("value", -7))), exception.Message);
        Assert.IsNotType<ArgumentOutOfRangeException>(exception.InnerException);
    }

    [Fact]
    public void Negative_amount()
    {
        var json = Changed(t => Row(t, "proactiveDisclosure", "article20Item8")["administrativeFees"] = -9116.36m);
        var exception = Reject(json);
        AssertAt(exception, "$.proactiveDisclosure.article20Item8.administrativeFees", Locate(json, "-9116.36", afterMarker: true));
        Assert.Equal(JsonErrorMessages.NegativeAmount.Format(("number", "-9116.36")), exception.Message);
    }

    [Fact]
    public void Invalid_date()
    {
        var json = Changed(t => Row(t, "metadata", "statisticsPeriod")["end"] = "2022-13-45");
        var exception = Reject(json);
        AssertAt(exception, "$.metadata.statisticsPeriod.end", Locate(json, "\"2022-13-45\"", afterMarker: true));
        Assert.Equal(
            JsonErrorMessages.InPeriodMember.Format(("member", "end"), ("detail", JsonErrorMessages.UnexpectedToken.Format(("expected", "an ISO date yyyy-MM-dd"), ("token", "String \"2022-13-45\"")))),
            exception.Message);
    }

    [Fact]
    public void Null_inside_an_overview_part()
    {
        var json = Changed(t => t["overview"]!["parts"]![1]!["heading"] = null);
        var exception = Reject(json);
        AssertAt(exception, "$.overview.parts[1].heading", Locate(json, "\"heading\": null", afterMarker: true));
        Assert.Equal(JsonErrorMessages.NullNotAllowed.Format(("member", "heading")), exception.Message);
    }

    [Fact]
    public void Null_overview_part()
    {
        var json = Changed(t => t["overview"]!["parts"]![4] = null);
        var exception = Reject(json);
        var (line, position) = Locate(json, "null\n    ]");
        AssertAt(exception, "$.overview.parts[4]", (line, position + "null".Length));
        Assert.Equal(JsonErrorMessages.NullOverviewPart.Format(("index", 4)), exception.Message);
    }

    [Fact]
    public void Unknown_edition_in_metadata()
    {
        var json = Changed(t => Row(t, "metadata")["edition"] = "2020");
        var exception = Reject(json);
        AssertAt(exception, "$.metadata.edition", Locate(json, "\"2020\"", afterMarker: true));
        Assert.Equal(JsonErrorMessages.UnknownEdition.Format(("token", "String \"2020\"")), exception.Message);
    }

    [Fact]
    public void Unknown_edition_of_a_section()
    {
        var json = Changed(t => Row(t, "proactiveDisclosure")["edition"] = "2020");
        var exception = Reject(json);

        AssertAt(exception, "$.proactiveDisclosure.edition", Locate(json, "\"edition\": \"2020\"", afterMarker: true));
        Assert.Equal(JsonErrorMessages.UnknownEdition.Format(("token", "String \"2020\"")), exception.Message);
    }

    [Fact]
    public void Missing_edition_of_a_section()
    {
        var json = Changed(t => Row(t, "applications", "outcomes").Remove("edition"));
        var exception = Reject(json);
        Assert.Equal("$.applications.outcomes", exception.Path);
        Assert.Equal(JsonErrorMessages.MissingEdition.Format(("member", "outcomes")), exception.Message);
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
        Assert.Equal(JsonErrorMessages.EditionMismatch.Format(("member", "proactiveDisclosure.edition"), ("actual", "2021"), ("expected", "2019")), exception.Message);
    }

    [Fact]
    public void Unsupported_schema_version()
    {
        var json = Changed(t => t["schemaVersion"] = 2);
        var exception = Reject(json);
        AssertAt(exception, "$.schemaVersion", Locate(json, "\"schemaVersion\": 2", afterMarker: true));
        Assert.Equal(JsonErrorMessages.UnsupportedSchemaVersion.Format(("version", 2), ("supported", 1)), exception.Message);
    }

    [Fact]
    public void Document_larger_than_the_limit()
    {
        var json = Changed(t => t["preamble"] = new string('x', DisclosureJsonLimits.MaxDocumentBytes));
        var exception = Reject(json);
        Assert.Equal("$", exception.Path);
        Assert.Equal(DisclosureJsonLimits.MaxDocumentBytes, exception.ByteOffset);
        Assert.Equal(JsonErrorMessages.DocumentTooLarge.Format(("limit", DisclosureJsonLimits.MaxDocumentBytes)), exception.Message);

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
        Assert.Equal(JsonErrorMessages.NullDocument.Format(), exception.Message);
    }

    [Fact]
    public void Not_json()
    {
        var exception = Reject("{\"schemaVersion\": 1,\n  oops");
        Assert.Equal(1, exception.LineNumber);
        Assert.Equal(2, exception.BytePositionInLine);
    }

    [Fact]
    public void Every_catalogue_entry_has_a_unique_key_and_a_wellformed_template()
    {
        Assert.Equal(JsonErrorMessages.All.Count, JsonErrorMessages.All.Select(m => m.Id).Distinct().Count());
        Assert.All(JsonErrorMessages.All, m => Assert.StartsWith("json.", m.Id, StringComparison.Ordinal));

        // Every entry is a public static property listed in All.
        var properties = typeof(JsonErrorMessages).GetProperties().Where(p => p.PropertyType == typeof(ErrorMessageTemplate)).Select(p => p.GetValue(null)).ToList();
        Assert.Equal(properties.Count, JsonErrorMessages.All.Count);
        Assert.All(properties, p => Assert.Contains(p, JsonErrorMessages.All));
    }

    [Fact]
    public void The_json_docs_list_every_catalogue_entry()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DisclosureModel.sln")))
        {
            directory = directory.Parent;
        }

        var docs = File.ReadAllText(Path.Combine(directory!.FullName, "docs", "json.md"));
        Assert.All(JsonErrorMessages.All, m => Assert.Contains($"| `{m.Id}` | `{m.Text}` |", docs, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2022-02-30")]
    [InlineData("2022/01/01")]
    [InlineData("")]
    public void Invalid_dates_say_what_was_expected_in_both_readers(string date)
    {
        var json = Changed(t => Row(t, "metadata", "statisticsPeriod")["start"] = date);
        var expected = JsonErrorMessages.InPeriodMember.Format(("member", "start"), ("detail", JsonErrorMessages.UnexpectedToken.Format(("expected", "an ISO date yyyy-MM-dd"), ("token", $"String \"{date}\""))));
        var exception = Reject(json);
        Assert.Equal("$.metadata.statisticsPeriod.start", exception.Path);
        Assert.Equal(expected, exception.Message);
        AssertNoGenericMessage(exception);
        var contract = Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize(json, DisclosureJson.ReportTypeInfo));
        Assert.Equal(expected, contract.Message);
        Assert.Equal("$.metadata.statisticsPeriod", contract.Path);
        AssertNoGenericMessage(contract);
    }

    [Fact]
    public void An_offset_in_publishedAt_says_that_none_is_allowed_in_both_readers()
    {
        var json = Changed(t => Row(t, "metadata")["publishedAt"] = "2023-01-20T10:00:00Z");
        var expected = JsonErrorMessages.UnexpectedToken.Format(("expected", "an ISO local date-time yyyy-MM-ddTHH:mm:ss without offset or zone"), ("token", "String \"2023-01-20T10:00:00Z\""));
        var exception = Reject(json);
        Assert.Equal("$.metadata.publishedAt", exception.Path);
        Assert.Equal(expected, exception.Message);
        AssertNoGenericMessage(exception);
        var contract = Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize(json, DisclosureJson.ReportTypeInfo));
        Assert.Equal(expected, contract.Message);
        Assert.Equal("$.metadata.publishedAt", contract.Path);
        AssertNoGenericMessage(contract);
    }

    [Fact]
    public void An_amount_below_the_precision_of_decimal_is_rejected_not_made_zero()
    {
        var json = Changed(t => Row(t, "proactiveDisclosure", "article20Item8")["administrativeFees"] = 7m)
            .Replace("\"administrativeFees\": 7", "\"administrativeFees\": 1e-400", StringComparison.Ordinal);
        var exception = Reject(json);
        Assert.Equal("$.proactiveDisclosure.article20Item8.administrativeFees", exception.Path);
        Assert.Equal(JsonErrorMessages.AmountOutOfRange.Format(("number", "1e-400")), exception.Message);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize(json, DisclosureJson.ReportTypeInfo));
        Assert.NotNull(DisclosureJson.Deserialize(json.Replace("1e-400", "0e-400", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Department")]
    [InlineData("DEPARTMENT")]
    [InlineData("department ")]
    public void An_agency_kind_in_another_casing_is_rejected_by_both_readers(string kind)
    {
        var json = Changed(t => Row(t, "metadata")["agencyKind"] = kind);
        var exception = Reject(json);
        Assert.Equal("$.metadata.agencyKind", exception.Path);
        Assert.Equal(
            JsonErrorMessages.UnexpectedToken.Format(
                ("expected", "one of \"unspecified\", \"department\", \"governmentOffice\", \"township\", \"government\", \"countyAggregate\", \"prefectureAggregate\", \"provincialAggregate\", \"verticalSystemAggregate\""),
                ("token", $"String \"{kind}\"")),
            exception.Message);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize(json, DisclosureJson.ReportTypeInfo));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-16 without BOM")]
    public void UTF16_input_is_named_as_an_encoding_problem(string encoding)
    {
        var text = DisclosureJson.Serialize(Samples.Pingtan2022);
        byte[] bytes = encoding switch
        {
            "utf-16" => [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(text)],
            "utf-16BE" => [.. System.Text.Encoding.BigEndianUnicode.GetPreamble(), .. System.Text.Encoding.BigEndianUnicode.GetBytes(text)],
            _ => System.Text.Encoding.Unicode.GetBytes(text),
        };
        var exception = Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Deserialize(bytes));
        Assert.Equal(JsonErrorMessages.NotUtf8.Format(), exception.Message);
        Assert.Equal("$", exception.Path);
        Assert.Equal(JsonErrorMessages.NotUtf8.Format(), Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Deserialize(new MemoryStream(bytes))).Message);
    }

    private static void AssertNoGenericMessage(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            Assert.DoesNotContain("Exception of type", e.Message, StringComparison.Ordinal);
        }
    }
}
