using Snapshooter.Xunit;

namespace DisclosureModel.Tests;

public class DisclosureReportTests
{
    // Builds a fresh object graph on every call, with no instance shared between calls.
    private static DisclosureReport Build(FormatEdition edition) => new()
    {
        Metadata = new ReportMetadata
        {
            AgencyName = new string("某某县交通运输局".AsSpan()),
            ReportYear = edition == FormatEdition.Edition2019 ? 2020 : 2022,
            Edition = edition,
            AgencyKind = AgencyKind.Department,
            StatisticsPeriod = new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 12, 31)),
            SourceUrl = new Uri("https://example.gov.cn/nb/2022.htm"),
            Contact = new ContactInfo { Telephone = "0000-0000000" },
        },
        Overview = new OverviewSection
        {
            Introduction = new string("概述。".AsSpan()),
            Parts = [new OverviewPart("（一）主动公开", new string("正文".AsSpan())), new OverviewPart("（二）依申请公开", "正文")],
        },
        ProactiveDisclosure = edition == FormatEdition.Edition2019 ? ProactiveDisclosureTests.Build2019() : ProactiveDisclosureTests.Build2021(),
        Applications = ApplicationsTable.Create(edition, row => ApplicantCounts.FromApplicants((int)row, 1)),
        ReviewAndLitigation = ReviewAndLitigationTable.FromPrintOrder([0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]),
        ProblemsAndImprovements = "问题。",
        OtherMatters = "无。",
    };

    [Theory]
    [InlineData(FormatEdition.Edition2019)]
    [InlineData(FormatEdition.Edition2021)]
    public void Independently_built_equal_reports_are_equal(FormatEdition edition)
    {
        var a = Build(edition);
        var b = Build(edition);
        Assert.NotSame(a.Overview.Parts, b.Overview.Parts);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(edition, a.Edition);
    }

    [Fact]
    public void A_change_anywhere_makes_reports_differ()
    {
        var a = Build(FormatEdition.Edition2021);
        Assert.NotEqual(a, a with { OtherMatters = "有。" });
        Assert.NotEqual(a, a with { Overview = a.Overview with { Parts = [.. a.Overview.Parts.Take(1)] } });
        Assert.NotEqual(a, a with { Metadata = a.Metadata with { Contact = a.Metadata.Contact! with { Email = "x@example.cn" } } });
        Assert.NotEqual(a, a with { ReviewAndLitigation = a.ReviewAndLitigation with { LitigationAfterReview = a.ReviewAndLitigation.LitigationAfterReview.With(CaseResultColumn.Pending, 1) } });
        Assert.NotEqual(a, a with { Applications = a.Applications with { CarriedForwardToNextYear = ApplicantCounts.Blank } });
    }

    [Fact]
    public void With_copies_leave_the_original_unchanged()
    {
        var original = Samples.Yeji2020;
        var copy = original with { Metadata = original.Metadata with { AgencyName = "另一机关" } };
        Assert.Equal("六安市叶集区融媒体中心", original.Metadata.AgencyName);
        Assert.Equal("另一机关", copy.Metadata.AgencyName);
        Assert.Same(original.Applications, copy.Applications);
    }

    [Fact]
    public void Required_parts_reject_null()
    {
        var report = Build(FormatEdition.Edition2019);
        Assert.Throws<ArgumentNullException>(() => report with { Metadata = null! });
        Assert.Throws<ArgumentNullException>(() => report with { Applications = null! });
        Assert.Throws<ArgumentNullException>(() => report with { ProactiveDisclosure = null! });
        Assert.Throws<ArgumentNullException>(() => report with { ReviewAndLitigation = null! });
        Assert.Throws<ArgumentNullException>(() => report with { Overview = null! });
        Assert.Throws<ArgumentNullException>(() => report with { Preamble = null! });
        Assert.Throws<ArgumentNullException>(() => report with { OtherMatters = null! });
        Assert.Throws<ArgumentNullException>(() => new OverviewPart(null!, "x"));
    }

    [Fact]
    public void Canonical_text_of_the_seed_sample()
    {
        Snapshot.Match(CanonicalText.Format(Samples.Yeji2020));
    }

    [Fact]
    public void Canonical_text_of_the_2021_sample()
    {
        Snapshot.Match(CanonicalText.Format(Samples.Pingtan2022));
    }
}

[Collection(nameof(ProcessWideState))]
public class CanonicalTextCultureTests
{
    [Fact]
    public void Canonical_text_is_independent_of_culture()
    {
        var expected = CanonicalText.Format(Samples.Pingtan2022);
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(expected, CanonicalText.Format(Samples.Pingtan2022));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }

        Assert.Contains("  administrativeFees.feesCollected 行政事业性收费|本年收费金额（单位：万元）: 9116.36\n", expected, StringComparison.Ordinal);
        Assert.Contains("\nnewlyReceived 一、本年新收政府信息公开申请数量: 71 3 0 0 0 0 74\n", expected, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", expected, StringComparison.Ordinal);
    }
}
