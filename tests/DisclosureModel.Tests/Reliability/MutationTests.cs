using System.Text;
using DisclosureModel.Import;
using DisclosureModel.Json;

namespace DisclosureModel.Tests.Reliability;

/// <summary>
/// Thousands of random byte edits, truncations and splices of real report JSON and real scraped text: each input reads
/// to a report or fails in the documented way, never with another exception, never hanging.
/// </summary>
public class MutationTests
{
    [Fact]
    public void Mutated_report_JSON_reads_or_throws_DisclosureJsonException()
    {
        byte[][] originals =
        [
            .. Samples.All.Select(r => DisclosureJson.SerializeToUtf8Bytes(r)),
            .. Samples.All.Select(r => DisclosureJson.SerializeToUtf8Bytes(r, indented: true)),
        ];
        var read = 0;
        var rejected = 0;

        ByteMutations.RunAll(ByteMutations.Mutants(originals, seed: 4, count: 2500), input =>
        {
            DisclosureReport report;
            try
            {
                report = DisclosureJson.Deserialize(input);
            }
            catch (DisclosureJsonException)
            {
                rejected++;
                return;
            }

            // What reads must be a report of the shape: it writes and reads back equal.
            Assert.Equal(report, DisclosureJson.Deserialize(DisclosureJson.SerializeToUtf8Bytes(report)));
            read++;
        });

        // Both outcomes occur (mutants that only touch a narrative or a number still read).
        Assert.True(read > 0 && rejected > 0, $"{read} read, {rejected} rejected");
    }

    [Fact]
    public void Mutated_JSON_text_and_streams_behave_as_the_bytes_do()
    {
        byte[][] originals = [.. Samples.All.Select(r => DisclosureJson.SerializeToUtf8Bytes(r))];

        ByteMutations.RunAll(ByteMutations.Mutants(originals, seed: 5, count: 400), input =>
        {
            var fromBytes = Outcome(() => DisclosureJson.Deserialize(input));
            using var stream = new MemoryStream(input);
            Assert.Equal(fromBytes, Outcome(() => DisclosureJson.Deserialize(stream)));

            // As a string the bytes are decoded first (invalid UTF-8 becomes U+FFFD), so only the kind of outcome is
            // defined: a report or DisclosureJsonException.
            _ = Outcome(() => DisclosureJson.Deserialize(Encoding.UTF8.GetString(input)));
        });
    }

    [Fact]
    public void Mutated_scraped_text_imports_or_gives_an_error_result()
    {
        byte[][] originals =
        [
            .. new[] { "seed-yeji-2020.txt", "002_pingtan-zone_2020.txt", "004_pingtan-zone_2022.txt" }.Select(f => File.ReadAllBytes(TestData.Path(f))),
        ];
        ByteMutations.AssertImportsOrGivesErrorResult(ByteMutations.Mutants(originals, seed: 6, count: 500), text => ReportImporter.ImportText(text));
    }

    /// <summary>The report read, or null for DisclosureJsonException; any other exception propagates.</summary>
    private static DisclosureReport? Outcome(Func<DisclosureReport> read)
    {
        try
        {
            return read();
        }
        catch (DisclosureJsonException)
        {
            return null;
        }
    }
}
