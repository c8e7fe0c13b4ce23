using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DisclosureModel.Csv;
using DisclosureModel.Import;
using DisclosureModel.Json;
using DisclosureModel.Tests.Import;

namespace DisclosureModel.Tests.Json;

/// <summary>Unread cells through JSON (both readers, NDJSON, the schema) and CSV.</summary>
public class UnreadCellJsonTests
{
    /// <summary>The real Pingtan 2022 page with one unreadable row: three ambiguous cells and seven unread ones.</summary>
    private static DisclosureReport Unread { get; } = UnreadCellTests.Pingtan2022WithoutPartiallyDisclosed().Report!;

    [Fact]
    public void Unread_cells_round_trip_through_both_readers_and_ndjson()
    {
        Assert.Equal(10, Unread.UnreadCells.Count);
        var json = DisclosureJson.Serialize(Unread, indented: true);
        Assert.Equal(Unread, DisclosureJson.Deserialize(json));
        Assert.Equal(Unread, JsonSerializer.Deserialize(json, DisclosureJson.ReportTypeInfo));

        var element = JsonNode.Parse(json)!["unreadCells"]![3]!.AsObject();
        Assert.Equal(["propertyPath", "code", "message", "chineseMessage", "seen", "candidates"], element.Select(m => m.Key));
        Assert.Equal("Applications.Outcomes.PartiallyDisclosed.NaturalPerson", (string?)element["propertyPath"]);
        Assert.Equal("unreadableCells", (string?)element["code"]);
        Assert.Equal("unreadCells", JsonNode.Parse(json)!.AsObject().Last().Key);

        using var stream = new MemoryStream();
        DisclosureNdjson.Write(stream, [Unread, Samples.Pingtan2022]);
        stream.Position = 0;
        Assert.Equal([Unread, Samples.Pingtan2022], DisclosureNdjson.Read(stream).ToList());
    }

    [Fact]
    public void A_report_without_unread_cells_has_no_unreadCells_member_and_reads_without_one()
    {
        var json = DisclosureJson.Serialize(Samples.Pingtan2022);
        Assert.DoesNotContain("unreadCells", json, StringComparison.Ordinal);
        var withEmpty = JsonDocuments.Changed(o => o["unreadCells"] = new JsonArray(), Samples.Pingtan2022);
        Assert.Equal(Samples.Pingtan2022, DisclosureJson.Deserialize(withEmpty));
        Assert.Equal(Samples.Pingtan2022, JsonSerializer.Deserialize(withEmpty, DisclosureJson.ReportTypeInfo));
    }

    [Theory]
    [InlineData("holds a value", "which holds the value 4; an unread cell is blank (null).")]
    [InlineData("of the other edition", "unreadCells names 'ProactiveDisclosure.Article20Item9.CentralizedProcurement.Projects', which is not a cell of the 2021 format's tables.")]
    [InlineData("named twice", "unreadCells names the cell 'ProactiveDisclosure.Article20Item1.NormativeDocuments.IssuedThisYear' twice.")]
    [InlineData("not a cell", "'Applications.Outcomes.PartiallyDisclosed' is not the path of a cell of the statutory tables")]
    [InlineData("unknown member", "The member 'reason' is not part of an unread cell")]
    [InlineData("unknown code", "Expected one of ")]
    [InlineData("null list", "cannot be null")]
    public void Unread_cells_that_break_the_shape_are_rejected_by_both_readers_at_their_element(string change, string message)
    {
        var tree = JsonNode.Parse(DisclosureJson.Serialize(Unread))!.AsObject();
        var cells = tree["unreadCells"]!.AsArray();
        var first = cells[0]!.AsObject();
        switch (change)
        {
            case "holds a value": tree["applications"]!["outcomes"]!["partiallyDisclosed"]!["other"] = 4; break;
            case "of the other edition": first["propertyPath"] = "ProactiveDisclosure.Article20Item9.CentralizedProcurement.Projects"; break;
            case "named twice": cells.Add(first.DeepClone()); break;
            case "not a cell": first["propertyPath"] = "Applications.Outcomes.PartiallyDisclosed"; break;
            case "unknown member": first["reason"] = "x"; break;
            case "unknown code": first["code"] = "guessed"; break;
            default: tree["unreadCells"] = null; break;
        }

        var json = tree.ToJsonString();
        var error = Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Deserialize(json));
        Assert.NotNull(error.LineNumber);
        Assert.StartsWith(change is "holds a value" or "of the other edition" or "named twice" or "not a cell" ? "$.unreadCells" : "$", error.Path, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<Exception>(() => JsonSerializer.Deserialize(json, DisclosureJson.ReportTypeInfo));
    }

    [Fact]
    public void The_schema_describes_unread_cells_as_an_optional_list_of_catalogue_paths()
    {
        var schema = DisclosureJson.GetSchema();
        Assert.DoesNotContain("unreadCells", schema["required"]!.AsArray().Select(n => (string?)n));
        var items = schema["properties"]!["unreadCells"]!["items"]!;
        Assert.Equal(["propertyPath", "code", "message", "chineseMessage", "seen", "candidates"], items["required"]!.AsArray().Select(n => (string)n!));
        var paths = items["properties"]!["propertyPath"]!["enum"]!.AsArray().Select(n => (string)n!).ToHashSet();
        Assert.Equal(CellCatalog.Edition2019.Cells.Concat(CellCatalog.Edition2021.Cells).Select(c => c.PropertyPath).ToHashSet(), paths);
        Assert.Contains("ambiguousSplit", items["properties"]!["code"]!["enum"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public void Unread_cells_round_trip_through_csv_as_a_marker_with_their_reason_code()
    {
        var csv = ReportCsv.Format([Unread, Samples.Yeji2020]);
        Assert.Contains("平潭综合实验区,2022,2021,applications,partiallyDisclosed,（二）部分公开（区分处理的，只计这一情形，不计其他情形）,total,总计,?unreadableCells\n", csv, StringComparison.Ordinal);
        Assert.Contains(",inForce,现行有效件数,?ambiguousSplit\n", csv, StringComparison.Ordinal);

        var read = ReportCsv.Parse(csv);
        Assert.Equal(Unread.UnreadCells.Select(u => (u.PropertyPath, u.Code)), read[0].UnreadCells.Select(u => (u.PropertyPath, u.Code)));
        Assert.Equal("Could not be read (UnreadableCells); the CSV keeps only the reason's code.", read[0].UnreadCells[3].Message);
        Assert.Equal("未能读取（UnreadableCells）；CSV 只保留原因代码。", read[0].UnreadCells[3].ChineseMessage);
        Assert.Equal(CellCatalog.Edition2021.Read(Unread), CellCatalog.Edition2021.Read(read[0]));
        Assert.Empty(read[1].UnreadCells);
        Assert.Equal(csv, ReportCsv.Format(read));

        var bad = csv.Replace("?unreadableCells", "?guessed", StringComparison.Ordinal);
        var error = Assert.Throws<CsvFormatException>(() => ReportCsv.Parse(bad));
        Assert.Contains("'?guessed' is not an unread marker for applications/partiallyDisclosed/naturalPerson", error.Message, StringComparison.Ordinal);

        var holds = Unread with { UnreadCells = [.. Unread.UnreadCells, new UnreadCell { PropertyPath = "Applications.NewlyReceived.Total", Code = ImportDiagnosticCode.RowMissing, Message = "m", ChineseMessage = "m" }] };
        Assert.Throws<ArgumentException>("reports", () => ReportCsv.Format(holds));
    }
}
