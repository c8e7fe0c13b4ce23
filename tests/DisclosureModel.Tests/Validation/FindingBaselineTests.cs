using System.Security.Cryptography;
using System.Text;
using DisclosureModel.Json;
using DisclosureModel.Validation;
using static DisclosureModel.Tests.Validation.Reports;

namespace DisclosureModel.Tests.Validation;

/// <summary>Issue 18, point 5: finding fingerprints and <see cref="FindingBaseline"/> (accepted findings).</summary>
public class FindingBaselineTests
{
    /// <summary>The R4 finding of <see cref="BalancingRuleTests"/>: 总计 = 3 ≠ 0 + 1 + 1 + 0 = 2 in 行政复议.</summary>
    private static DisclosureReport ReviewImbalance(int total, int corrected = 1) => Balanced2021 with
    {
        ReviewAndLitigation = Balanced2021.ReviewAndLitigation with { AdministrativeReview = new(0, corrected, 1, 0, total) },
    };

    // The R4 findings (the rules of other families are tested on their own).
    private static RuleViolation Single(DisclosureReport report, DisclosureValidatorOptions options) =>
        Assert.Single(Validate(report, options).GetViolations(), v => v.Code == "R4");

    private static IReadOnlyList<BaselineEntry> Entries(DisclosureReport report) =>
        [.. Validate(report, English).GetViolations().Where(v => v.Code == "R4").Select(v => BaselineEntry.Create(report, v))];

    [Fact]
    public void The_fingerprint_of_a_known_finding_is_fixed()
    {
        var violation = Single(ReviewImbalance(3), English);

        // docs/validation.md, "Accepted findings": six lines, the last the digits of the equation in order.
        const string canonical = "disclosure-finding/1\nR4\nReviewAndLitigation.AdministrativeReview.Total\n3\n2\n3 0 1 1 0 2";
        Assert.Equal(canonical, FindingFingerprint.CanonicalText(violation));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..16], violation.Fingerprint);

        // Fixed, so that an accidental change of what goes in (which would make every saved baseline stale) fails here.
        Assert.Equal("cb86baa5c443f114", violation.Fingerprint);
    }

    [Fact]
    public void The_same_finding_in_either_language_has_the_same_fingerprint()
    {
        var chinese = Single(ReviewImbalance(3), Chinese);
        var english = Single(ReviewImbalance(3), English);

        Assert.NotEqual(chinese.GetMessage(ValidationLanguage.Chinese), english.GetMessage(ValidationLanguage.English));
        Assert.Equal(english.Fingerprint, chinese.Fingerprint);
        Assert.Equal(english.Fingerprint, Single(ReviewImbalance(3), Everything).Fingerprint);
    }

    [Fact]
    public void A_changed_number_changes_the_fingerprint()
    {
        var fingerprint = Single(ReviewImbalance(3), English).Fingerprint;

        // The subject changes (Left), a term changes with the same sum (only the equation's numbers), another cell.
        Assert.NotEqual(fingerprint, Single(ReviewImbalance(4), English).Fingerprint);
        var sameSum = Balanced2021 with { ReviewAndLitigation = Balanced2021.ReviewAndLitigation with { AdministrativeReview = new(1, 0, 1, 0, 3) } };
        Assert.Equal((3L, 2L), (Single(sameSum, English).Left!.Value, Single(sameSum, English).Right!.Value));
        Assert.NotEqual(fingerprint, Single(sameSum, English).Fingerprint);
        var otherBlock = Balanced2021 with { ReviewAndLitigation = Balanced2021.ReviewAndLitigation with { LitigationWithoutReview = new(0, 1, 1, 0, 3) } };
        Assert.NotEqual(fingerprint, Single(otherBlock, English).Fingerprint);
    }

    [Fact]
    public void Messages_narrative_offsets_and_corrections_do_not_change_the_fingerprint()
    {
        var violation = Single(ReviewImbalance(3), English);
        var narrative = new NarrativeLocation { PropertyPath = "Overview.Parts[1].Text", Offset = 12, Length = 6, Sentence = "行政复议3件。" };
        var moved = violation with
        {
            EnglishMessage = "reworded",
            ChineseMessage = "改写",
            RowLabel = null,
            Narrative = narrative,
            Corrections = [new Correction { Changes = [new CellChange { PropertyPath = violation.PropertyPath, From = 3, To = 2 }] }],
        };
        var movedAgain = moved with { Narrative = narrative with { PropertyPath = "OtherMatters", Offset = 140, Sentence = "共3件。" } };

        Assert.Equal(violation.Fingerprint, moved.Fingerprint);
        Assert.Equal(violation.Fingerprint, movedAgain.Fingerprint);
        Assert.NotEqual(violation.Fingerprint, (violation with { Left = 17 }).Fingerprint);
        Assert.NotEqual(violation.Fingerprint, (violation with { Right = null }).Fingerprint);
        Assert.NotEqual(violation.Fingerprint, (violation with { Code = "R9" }).Fingerprint);
        Assert.NotEqual(violation.Fingerprint, (violation with { PropertyPath = "ReviewAndLitigation.LitigationAfterReview.Total" }).Fingerprint);
        Assert.Matches("^[0-9a-f]{16}$", violation.Fingerprint);
    }

    [Fact]
    public void An_entry_names_the_report_and_the_finding()
    {
        var report = ReviewImbalance(3);
        var violation = Single(report, Chinese);
        var entry = BaselineEntry.Create(report, violation);

        Assert.Equal(
            new BaselineEntry
            {
                Agency = "平潭综合实验区",
                Year = 2022,
                Fingerprint = "cb86baa5c443f114",
                Code = "R4",
                Path = "ReviewAndLitigation.AdministrativeReview.Total",
                Message = violation.EnglishMessage,
            },
            entry);
        Assert.StartsWith("Section 四, block 行政复议", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_is_sorted_and_its_json_is_deterministic_and_round_trips()
    {
        var a = Entries(ReviewImbalance(3));
        var seed = Seed with { ReviewAndLitigation = ReviewAndLitigationTable.Zero with { LitigationAfterReview = CaseResultCounts.Zero.With(CaseResultColumn.Pending, 1) } };
        var b = Entries(seed);
        var baseline = FindingBaseline.Create([.. a, .. b]);

        Assert.Equal(FindingBaseline.Create([.. b, .. a]), baseline);
        Assert.Equal(["六安市叶集区融媒体中心 2020 R4", "平潭综合实验区 2022 R4"], baseline.Entries.Select(e => $"{e.Agency} {e.Year} {e.Code}"));
        var json = baseline.ToJson();
        Assert.Equal(json, FindingBaseline.Create([.. b, .. a]).ToJson());
        Assert.Equal(baseline, FindingBaseline.Parse(json));
        using var stream = new MemoryStream();
        baseline.WriteTo(stream);
        Assert.Equal(json, Encoding.UTF8.GetString(stream.ToArray()));
        stream.Position = 0;
        Assert.Equal(baseline, FindingBaseline.Read(stream));
        Assert.Equal(FindingBaseline.Empty, FindingBaseline.Parse(FindingBaseline.Empty.ToJson()));
    }

    [Fact]
    public void The_json_form_is_versioned_indented_and_readable()
    {
        var baseline = FindingBaseline.Create(
        [
            new BaselineEntry { Agency = "乙", Year = 2022, Fingerprint = "00000000000000ff", Code = "R4", Path = "ReviewAndLitigation.AdministrativeReview.Total", Message = "b" },
            new BaselineEntry { Agency = "甲", Year = 2021, Fingerprint = "0123456789abcdef", Code = "W2", Path = "Overview", Message = "Section 一 is \"long\"" },
        ]);

        Assert.Equal(
            """
            {
              "version": 1,
              "entries": [
                {
                  "agency": "乙",
                  "year": 2022,
                  "fingerprint": "00000000000000ff",
                  "code": "R4",
                  "path": "ReviewAndLitigation.AdministrativeReview.Total",
                  "message": "b"
                },
                {
                  "agency": "甲",
                  "year": 2021,
                  "fingerprint": "0123456789abcdef",
                  "code": "W2",
                  "path": "Overview",
                  "message": "Section 一 is \"long\""
                }
              ]
            }

            """.ReplaceLineEndings("\n"),
            baseline.ToJson());
        Assert.Equal(1, FindingBaseline.FormatVersion);
    }

    [Fact]
    public void Compare_reports_new_accepted_and_gone_and_counts_duplicates()
    {
        var accepted = Entries(ReviewImbalance(3)).Single();
        var other = accepted with { Fingerprint = "00000000000000aa", Message = "gone" };
        var baseline = FindingBaseline.Create([accepted, accepted, other]);

        // The same fingerprint twice accepts two findings; a third is new; the unmatched entry is gone.
        var three = baseline.Compare([accepted, accepted, accepted]);
        Assert.Equal(new[] { accepted }, three.New);
        Assert.Equal(new[] { accepted, accepted }, three.Accepted);
        Assert.Equal(new[] { other }, three.Gone);

        // One finding uses one entry up: the other occurrence is gone.
        var one = baseline.Compare([accepted]);
        Assert.Empty(one.New);
        Assert.Equal(new[] { other, accepted }, one.Gone);  // in the baseline's order: by fingerprint

        // The report is part of the match: the same finding in another report (or year) is new.
        var elsewhere = accepted with { Agency = "六安市叶集区融媒体中心" };
        var lastYear = accepted with { Year = 2021 };
        Assert.Equal(new[] { elsewhere, lastYear }, baseline.Compare([elsewhere, lastYear]).New);

        // The message is not compared (a later version may reword it).
        Assert.Equal(new[] { accepted with { Message = "reworded" } }, baseline.Compare([accepted with { Message = "reworded" }]).Accepted);

        var changed = Entries(ReviewImbalance(4)).Single();
        var afterChange = FindingBaseline.Create([accepted]).Compare([changed]);
        Assert.Equal(new[] { changed }, afterChange.New);
        Assert.Equal(new[] { accepted }, afterChange.Gone);
        Assert.Empty(FindingBaseline.Create([accepted]).Compare([accepted]).Gone);
        Assert.Equal(new[] { accepted }, FindingBaseline.Empty.Compare([accepted]).New);
    }

    public static TheoryData<string, string, string, int> MalformedBaselines() => new()
    {
        { "[]", FindingBaselineJson.UnexpectedToken.Format(("expected", "a finding baseline object {\"version\": 1, \"entries\": […]}"), ("token", "an array")), "$", 0 },
        { "{\"version\": 2, \"entries\": []}", FindingBaselineJson.UnsupportedVersion.Format(("version", 2), ("supported", 1)), "$.version", 0 },
        { "{\"entries\": []}", FindingBaselineJson.MissingMembers.Format(("kind", "a finding baseline"), ("names", "'version' (before 'entries')")), "$.entries", 0 },
        { "{\"version\": 1}", FindingBaselineJson.MissingMembers.Format(("kind", "a finding baseline"), ("names", "'entries'")), "$", 0 },
        { "{\"version\": 1, \"version\": 1, \"entries\": []}", FindingBaselineJson.DuplicateMember.Format(("name", "version"), ("kind", "a finding baseline")), "$.version", 0 },
        { "{\"version\": \"1\", \"entries\": []}", FindingBaselineJson.UnexpectedToken.Format(("expected", "the version number 1"), ("token", "a string")), "$.version", 0 },
        { "{\"version\": 1, \"entries\": {}}", FindingBaselineJson.UnexpectedToken.Format(("expected", "an array of entries"), ("token", "an object")), "$.entries", 0 },
        {
            "{\"version\": 1, \"entries\": [\n" + Entry("\"fingerprint\": \"cb86baa5c443f114\"") + ",\n" + Entry("\"fingerprint\": \"CB86BAA5C443F114\"") + "]}",
            FindingBaselineJson.MalformedFingerprint.Format(("value", "CB86BAA5C443F114")), "$.entries[1].fingerprint", 2
        },
        {
            "{\"version\": 1, \"entries\": [{\"agency\": \"甲\", \"year\": 2022, \"code\": \"R4\", \"path\": \"\", \"message\": \"\"}]}",
            FindingBaselineJson.MissingMembers.Format(("kind", "a baseline entry"), ("names", "'fingerprint'")), "$.entries[0]", 0
        },
        {
            "{\"version\": 1, \"entries\": [" + Entry("\"fingerprint\": \"cb86baa5c443f114\", \"severity\": \"error\"") + "]}",
            FindingBaselineJson.UnknownMember.Format(("name", "severity"), ("kind", "a baseline entry"), ("members", "'agency', 'year', 'fingerprint', 'code', 'path', 'message'")), "$.entries[0].severity", 0
        },
        {
            "{\"version\": 1, \"entries\": [" + Entry("\"fingerprint\": \"cb86baa5c443f114\", \"code\": \"R5\"") + "]}",
            FindingBaselineJson.DuplicateMember.Format(("name", "code"), ("kind", "a baseline entry")), "$.entries[0].code", 0
        },
        {
            "{\"version\": 1, \"entries\": [" + Entry("\"fingerprint\": \"cb86baa5c443f114\"").Replace("2022", "1999", StringComparison.Ordinal) + "]}",
            FindingBaselineJson.YearOutOfRange.Format(("value", 1999), ("minimum", ReportYears.Minimum), ("maximum", ReportYears.Maximum)), "$.entries[0].year", 0
        },
        {
            "{\"version\": 1, \"entries\": [" + Entry("\"fingerprint\": \"cb86baa5c443f114\"").Replace("\"甲\"", "\" \"", StringComparison.Ordinal) + "]}",
            FindingBaselineJson.Blank.Format(("member", "agency")), "$.entries[0].agency", 0
        },
    };

    private static string Entry(string fingerprintMembers) =>
        "{\"agency\": \"甲\", \"year\": 2022, " + fingerprintMembers + ", \"code\": \"R4\", \"path\": \"ReviewAndLitigation.AdministrativeReview.Total\", \"message\": \"m\"}";

    [Theory]
    [MemberData(nameof(MalformedBaselines))]
    public void A_malformed_baseline_is_refused_with_what_and_where(string json, string message, string path, int line)
    {
        var exception = Assert.Throws<FindingBaselineException>(() => FindingBaseline.Parse(json));
        Assert.Equal((message, path, (long?)line), (exception.Message, exception.Path, exception.LineNumber));
    }

    [Fact]
    public void A_report_given_as_a_baseline_is_named_a_foreign_file()
    {
        var exception = Assert.Throws<FindingBaselineException>(() => FindingBaseline.Parse(DisclosureJson.Serialize(Samples.Pingtan2022, indented: true)));
        Assert.Equal(
            FindingBaselineJson.UnknownMember.Format(("name", "schemaVersion"), ("kind", "a finding baseline"), ("members", "'version', 'entries'")),
            exception.Message);
        Assert.Equal(("$.schemaVersion", (long?)1, (long?)2), (exception.Path, exception.LineNumber, exception.BytePositionInLine));
    }

    [Fact]
    public void Invalid_json_and_a_byte_order_mark()
    {
        var invalid = Assert.Throws<FindingBaselineException>(() => FindingBaseline.Parse("{\"version\": 1,\n \"entries\": [tru]}"));
        Assert.StartsWith("The finding baseline is not valid JSON: ", invalid.Message, StringComparison.Ordinal);
        Assert.Equal(1, invalid.LineNumber);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(invalid.InnerException);

        var trailing = Assert.Throws<FindingBaselineException>(() => FindingBaseline.Parse("{\"version\": 1, \"entries\": []} []"));
        Assert.StartsWith("The finding baseline is not valid JSON: ", trailing.Message, StringComparison.Ordinal);

        var empty = Assert.Throws<FindingBaselineException>(() => FindingBaseline.Parse(string.Empty));
        Assert.StartsWith("The finding baseline is not valid JSON: ", empty.Message, StringComparison.Ordinal);

        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(FindingBaseline.Empty.ToJson())).ToArray();
        Assert.Equal(FindingBaseline.Empty, FindingBaseline.Parse(withBom));
    }

    [Fact]
    public void A_stream_over_the_limit_is_not_read_to_its_end()
    {
        var exception = Assert.Throws<FindingBaselineException>(() => FindingBaseline.Read(new EndlessStream()));
        Assert.Equal(FindingBaselineJson.DocumentTooLarge.Format(("limit", "67108864")), exception.Message);
    }

    /// <summary>A stream of spaces that never ends.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
