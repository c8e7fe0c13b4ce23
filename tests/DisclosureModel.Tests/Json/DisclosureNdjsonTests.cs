using System.Text;
using DisclosureModel.Json;

namespace DisclosureModel.Tests.Json;

public class DisclosureNdjsonTests
{
    private static readonly DisclosureReport[] Reports = [.. JsonTestReports.All()];

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static string Line(DisclosureReport report) => DisclosureJson.Serialize(report);

    [Fact]
    public void Reports_round_trip_one_a_line()
    {
        using var stream = new MemoryStream();
        Assert.Equal(Reports.Length, DisclosureNdjson.Write(stream, Reports));

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(string.Concat(Reports.Select(r => Line(r) + "\n")), text);

        stream.Position = 0;
        Assert.Equal(Reports, DisclosureNdjson.Read(stream));
    }

    [Fact]
    public async Task Reports_round_trip_asynchronously()
    {
        using var stream = new MemoryStream();
        Assert.Equal(Reports.Length, await DisclosureNdjson.WriteAsync(stream, Reports.ToAsyncEnumerable()));
        stream.Position = 0;

        var read = new List<DisclosureReport>();
        await foreach (var report in DisclosureNdjson.ReadAsync(stream))
        {
            read.Add(report);
        }

        Assert.Equal(Reports, read);
    }

    [Fact]
    public void Crlf_line_ends_blank_lines_and_a_last_line_without_line_end_are_read()
    {
        using var stream = Utf8(Line(Samples.Yeji2020) + "\r\n\r\n   \n" + Line(Samples.Pingtan2022));
        Assert.Equal(Samples.All, DisclosureNdjson.Read(stream));
    }

    [Fact]
    public async Task Every_error_names_its_line_and_the_reports_before_it_are_returned()
    {
        var bad = JsonDocuments.Changed(t => t["applications"]!["newlyReceived"]!["total"] = -1).ReplaceLineEndings(string.Empty);
        var text = Line(Samples.Yeji2020) + "\n\n" + Line(Samples.Pingtan2022) + "\n" + bad + "\n" + Line(Samples.Yeji2020) + "\n";

        var read = new List<DisclosureReport>();
        var exception = Assert.Throws<DisclosureJsonException>(() =>
        {
            foreach (var report in DisclosureNdjson.Read(Utf8(text)))
            {
                read.Add(report);
            }
        });
        Assert.Equal(Samples.All, read);
        Assert.Equal(4, exception.NdjsonLineNumber);
        Assert.Equal(
            JsonErrorMessages.OnNdjsonLine.Format(("line", 4), ("message", JsonErrorMessages.InCell.Format(("cell", "total"), ("detail", JsonErrorMessages.NegativeCount.Format(("value", -1)))))),
            exception.Message);
        Assert.Equal("$.applications.newlyReceived.total", exception.Path);
        Assert.Equal(0, exception.LineNumber);
        const string Cell = "\"total\": -1";
        Assert.Equal(Encoding.UTF8.GetByteCount(bad[..(bad.IndexOf(Cell, StringComparison.Ordinal) + Cell.Length)]), exception.BytePositionInLine);

        var asyncException = await Assert.ThrowsAsync<DisclosureJsonException>(async () =>
        {
            await foreach (var report in DisclosureNdjson.ReadAsync(Utf8(text)))
            {
                Assert.NotNull(report);
            }
        });
        Assert.Equal(4, asyncException.NdjsonLineNumber);
    }

    [Fact]
    public void A_line_that_is_not_json_names_its_line()
    {
        var exception = Assert.Throws<DisclosureJsonException>(() => DisclosureNdjson.Read(Utf8(Line(Samples.Yeji2020) + "\n{oops}\n")).ToList());
        Assert.Equal(2, exception.NdjsonLineNumber);
        Assert.Equal(0, exception.LineNumber);
        Assert.Equal(1, exception.BytePositionInLine);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"schemaVersion\":1}")]
    [InlineData("{\"schemaVersion\":2}")]
    [InlineData("[]")]
    public void Every_kind_of_error_carries_the_line(string line)
    {
        var exception = Assert.Throws<DisclosureJsonException>(() => DisclosureNdjson.Read(Utf8(Line(Samples.Yeji2020) + "\n" + line + "\n")).ToList());
        Assert.Equal(2, exception.NdjsonLineNumber);
        Assert.NotNull(exception.Path);

        // The message is the document's own, prefixed with its line.
        var alone = Assert.Throws<DisclosureJsonException>(() => DisclosureJson.Deserialize(line));
        Assert.Equal(JsonErrorMessages.OnNdjsonLine.Format(("line", 2), ("message", alone.Message)), exception.Message);
        Assert.Equal(alone.Path, exception.Path);
    }

    [Fact]
    public void More_reports_than_the_limit_are_rejected_at_the_first_one_over()
    {
        var text = string.Concat(Enumerable.Repeat(Line(Samples.Yeji2020) + "\n", 4));
        Assert.Equal(4, DisclosureNdjson.Read(Utf8(text), maxReports: 4).Count());
        var exception = Assert.Throws<DisclosureJsonException>(() => DisclosureNdjson.Read(Utf8(text), maxReports: 3).ToList());
        Assert.Equal(4, exception.NdjsonLineNumber);
        Assert.Equal(JsonErrorMessages.OnNdjsonLine.Format(("line", 4), ("message", JsonErrorMessages.TooManyReports.Format(("limit", 3)))), exception.Message);
    }

    [Fact]
    public void A_line_larger_than_the_limit_is_rejected_without_reading_it_whole()
    {
        var huge = new string(' ', DisclosureJsonLimits.MaxDocumentBytes + 1);
        using var stream = Utf8(Line(Samples.Yeji2020) + "\n" + huge + "\n" + Line(Samples.Yeji2020));
        var exception = Assert.Throws<DisclosureJsonException>(() => DisclosureNdjson.Read(stream).ToList());
        Assert.Equal(2, exception.NdjsonLineNumber);
        Assert.Equal(DisclosureJsonLimits.MaxDocumentBytes, exception.ByteOffset);
        Assert.True(stream.Position < stream.Length);
    }

    [Fact]
    public void Reading_is_lazy_and_does_not_hold_the_stream()
    {
        using var stream = new MemoryStream();
        DisclosureNdjson.Write(stream, Enumerable.Repeat(Samples.Pingtan2022, 200));
        stream.Position = 0;

        using var reports = DisclosureNdjson.Read(stream).GetEnumerator();
        Assert.True(reports.MoveNext());
        Assert.Equal(Samples.Pingtan2022, reports.Current);
        Assert.True(stream.Position < stream.Length / 10, $"read {stream.Position} of {stream.Length} bytes for one report");
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => DisclosureNdjson.Read(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureNdjson.Read(new MemoryStream(), -1));
        Assert.Throws<ArgumentNullException>(() => DisclosureNdjson.Write(new MemoryStream(), null!));
    }
}
