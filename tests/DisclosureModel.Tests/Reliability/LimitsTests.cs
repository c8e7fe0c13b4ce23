using System.Text;
using DisclosureModel.Import;
using DisclosureModel.Json;

namespace DisclosureModel.Tests.Reliability;

/// <summary>The documented limits (docs/reliability.md), enforced wherever input enters, with the typed error and its position.</summary>
public class LimitsTests
{
    private static readonly int Max = DisclosureJsonLimits.MaxStringLength;

    private static string WithPreamble(string preamble) => DisclosureJson.Serialize(Samples.Pingtan2022 with { Preamble = preamble });

    [Fact]
    public void A_string_at_the_limit_is_read()
    {
        var preamble = new string('a', Max);

        Assert.Equal(preamble, DisclosureJson.Deserialize(WithPreamble(preamble)).Preamble);
    }

    [Fact]
    public void A_string_over_the_limit_is_rejected_with_its_path_and_the_position_after_it()
    {
        var json = WithPreamble(new string('a', Max + 1));

        var error = Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Deserialize(json));

        Assert.Equal("$.preamble", error.Path);
        Assert.Equal(0, error.LineNumber);
        var end = Encoding.UTF8.GetByteCount(json[..(json.IndexOf("\"preamble\":\"", StringComparison.Ordinal) + 12 + Max + 2)]);
        Assert.Equal(end, error.BytePositionInLine);
        Assert.Equal(JsonErrorMessages.StringTooLong.Format(("length", Max + 1), ("limit", Max)), error.Message);
    }

    [Fact]
    public void The_limit_counts_characters_after_unescaping_and_names_array_elements()
    {
        // 一 written as \u4E00: six bytes each, one character each.
        var escaped = string.Concat(Enumerable.Repeat("\\u4E00", Max + 1));
        var report = Samples.Pingtan2022;
        var json = DisclosureJson.Serialize(report, indented: true)
            .Replace($"\"text\": \"{report.Overview.Parts[1].Text}\"", $"\"text\": \"{escaped}\"", StringComparison.Ordinal);

        var error = Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Deserialize(Encoding.UTF8.GetBytes(json)));

        Assert.Equal("$.overview.parts[1].text", error.Path);
        Assert.Equal(json[..json.IndexOf(escaped, StringComparison.Ordinal)].Count(c => c == '\n'), error.LineNumber);

        var atLimit = json.Replace(escaped, escaped[6..], StringComparison.Ordinal);
        Assert.Equal(Max, DisclosureJson.Deserialize(atLimit).Overview.Parts[1].Text.Length);
    }

    [Fact]
    public void A_member_name_over_the_limit_is_rejected()
    {
        var json = DisclosureJson.Serialize(Samples.Yeji2020).Replace("\"otherMatters\"", $"\"{new string('m', Max + 1)}\"", StringComparison.Ordinal);

        var error = Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Deserialize(json));

        Assert.Equal("$.…", error.Path);
        Assert.Equal(JsonErrorMessages.MemberNameTooLong.Format(("length", Max + 1), ("limit", Max)), error.Message);
    }

    [Fact]
    public void The_string_limit_holds_for_streams_and_each_NDJSON_line()
    {
        var line = WithPreamble(new string('a', Max + 1));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(line));
        Assert.Equal("$.preamble", Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Deserialize(stream)).Path);

        using var ndjson = new MemoryStream(Encoding.UTF8.GetBytes(DisclosureJson.Serialize(Samples.Yeji2020) + "\n" + line + "\n"));
        var reports = new List<DisclosureReport>();
        var error = Assert.Throws<DisclosureJsonException>(() => reports.AddRange(DisclosureNdjson.Read(ndjson)));
        Assert.Single(reports);
        Assert.Equal(2, error.NdjsonLineNumber);
        Assert.Equal("$.preamble", error.Path);
        Assert.Equal(JsonErrorMessages.OnNdjsonLine.Format(("line", 2), ("message", JsonErrorMessages.StringTooLong.Format(("length", Max + 1), ("limit", Max)))), error.Message);
    }

    [Fact]
    public void Importer_input_over_its_limit_is_an_error_result_with_the_position()
    {
        var text = TestData.Read("seed-yeji-2020.txt");

        var result = ReportImporter.ImportText(text, new ImportOptions { MaxInputLength = 100 });

        Assert.Null(result.Report);
        var error = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.InputTooLarge);
        Assert.Equal(ImportSeverity.Error, error.Severity);
        Assert.Equal(new SourceLocation(TestData.Read("seed-yeji-2020.txt")[..100].Count(c => c == '\n') + 1, error.Location.Column), error.Location);
        Assert.True(error.Location.Column > 0);
    }
}
