using DisclosureModel.Analysis;
using DisclosureModel.Tests.Validation;
using Snapshooter.Xunit;

namespace DisclosureModel.Tests.Analysis;

public class EditionConverterTests
{
    [Fact]
    public void From_2021_to_2019_the_three_other_handling_rows_are_summed()
    {
        var conversion = EditionConverter.Convert(Samples.Pingtan2022, FormatEdition.Edition2019);
        var report = conversion.Report;
        Assert.Equal(FormatEdition.Edition2019, report.Edition);
        var outcomes = Assert.IsType<ApplicationOutcomes2019>(report.Applications.Outcomes);
        Assert.Equal(new ApplicantCounts(2, 2, 0, 0, 0, 0, 4), outcomes.OtherHandling);
        Assert.Equal(Samples.Pingtan2022.Applications.Outcomes.Total, outcomes.Total);
        Assert.Equal(Samples.Pingtan2022.ReviewAndLitigation, report.ReviewAndLitigation);
        Assert.Equal(Samples.Pingtan2022.Overview, report.Overview);
        Assert.Equal(Samples.Pingtan2022.Metadata with { Edition = FormatEdition.Edition2019 }, report.Metadata);
        ReportAggregatorTests.AssertBalanced(report);

        var summed = conversion.Log.Single(e => e.Kind == ConversionStepKind.Summed);
        Assert.True(summed.IsLossy);
        Assert.Equal("Applications.Outcomes.OtherHandling", summed.PropertyPath);
        Assert.True(conversion.IsLossy);
        Snapshot.Match(string.Join('\n', conversion.Log) + "\n");
    }

    [Fact]
    public void A_cell_converted_from_an_unread_cell_is_unread_and_blank()
    {
        // The real Pingtan 2022 page with （二）部分公开 unreadable, and one cell of （六）3.其他 unread too.
        var imported = Import.UnreadCellTests.Pingtan2022WithoutPartiallyDisclosed().Report!;
        var other = imported.UnreadCells[^1] with { PropertyPath = "Applications.Outcomes.OtherHandling.Other.NaturalPerson" };
        var report = imported.WithOutcomes2021(o => o with { OtherHandling = o.OtherHandling with { Other = o.OtherHandling.Other with { NaturalPerson = null } } })
            with { UnreadCells = [.. imported.UnreadCells, other] };

        var converted = EditionConverter.Convert(report, FormatEdition.Edition2019).Report;
        var catalog = CellCatalog.Edition2019;
        var expected = report.UnreadCells
            .Where(u => u.PropertyPath.StartsWith("Applications.Outcomes.PartiallyDisclosed.", StringComparison.Ordinal))
            .Append(other with { PropertyPath = "Applications.Outcomes.OtherHandling.NaturalPerson" })
            .Append(report.UnreadCells[0] with { PropertyPath = "ProactiveDisclosure.Article20Item1.NormativeDocuments.CreatedThisYear" }) // 本年制发件数 → 本年新制作数量
            .OrderBy(u => catalog.Find(u.PropertyPath)!.Index);
        Assert.Equal(expected, converted.UnreadCells);
        Assert.All(converted.UnreadCells, u => Assert.True(catalog.Find(u.PropertyPath)!.GetValue(converted).IsBlank, u.PropertyPath));
        Assert.DoesNotContain(new DisclosureModel.Validation.DisclosureReportValidator().Validate(converted).Errors, f => f.ErrorCode is "U1" or "U2");
    }

    [Fact]
    public void From_2021_to_2019_section_two_keeps_only_cells_of_the_same_meaning()
    {
        var conversion = EditionConverter.Convert(Samples.Pingtan2022, FormatEdition.Edition2019);
        var d = Assert.IsType<ProactiveDisclosure2019>(conversion.Report.ProactiveDisclosure);
        Assert.Equal(new DocumentCounts2019(88, null, null), d.Article20Item1.NormativeDocuments);
        Assert.Equal(new MatterCounts2019(null, null, 10690), d.Article20Item5.AdministrativeLicensing);
        Assert.Equal(default, d.Article20Item5.OtherExternalServices);
        Assert.Equal(new MatterCounts2019(null, null, 2113), d.Article20Item6.AdministrativePenalty);
        Assert.Equal(default, d.Article20Item8.AdministrativeFees);
        Assert.Equal(default, d.Article20Item9.CentralizedProcurement);

        var dropped = conversion.Log.Where(e => e.Kind == ConversionStepKind.Dropped).Select(e => e.PropertyPath).ToList();
        Assert.Equal(
        [
            "ProactiveDisclosure.Article20Item1.Rules.RepealedThisYear",
            "ProactiveDisclosure.Article20Item1.Rules.InForce",
            "ProactiveDisclosure.Article20Item1.NormativeDocuments.RepealedThisYear",
            "ProactiveDisclosure.Article20Item1.NormativeDocuments.InForce",
            "ProactiveDisclosure.Article20Item8.AdministrativeFees",
        ], dropped);
        Assert.All(conversion.Log.Where(e => e.Kind == ConversionStepKind.Dropped), e => Assert.True(e.IsLossy));
        Assert.Equal(22 - 5, conversion.Log.Count(e => e.Kind == ConversionStepKind.LeftBlank));
        Assert.Equal(5, conversion.Log.Count(e => e.Kind == ConversionStepKind.Relabelled));
    }

    [Fact]
    public void From_2019_to_2021_other_handling_goes_under_other_and_the_log_says_so()
    {
        var conversion = EditionConverter.Convert(CorpusReports.Pingtan2020, FormatEdition.Edition2021);
        var outcomes = Assert.IsType<ApplicationOutcomes2021>(conversion.Report.Applications.Outcomes);
        Assert.Equal(ApplicantCounts.FromApplicants(4), outcomes.OtherHandling.Other);
        Assert.Equal(ApplicantCounts.Blank, outcomes.OtherHandling.CorrectionNotSubmitted);
        Assert.Equal(ApplicantCounts.Blank, outcomes.OtherHandling.FeeNotPaid);
        var moved = conversion.Log.Single(e => e.Kind == ConversionStepKind.MovedToOther);
        Assert.Equal("Applications.Outcomes.OtherHandling.Other", moved.PropertyPath);
        Assert.False(moved.IsLossy);
        Assert.Contains("3.其他", moved.Message, StringComparison.Ordinal);

        var d = Assert.IsType<ProactiveDisclosure2021>(conversion.Report.ProactiveDisclosure);
        Assert.Equal(new DocumentCounts2021(77, null, null), d.Article20Item1.NormativeDocuments);
        Assert.Null(d.Article20Item5.AdministrativeLicensing); // blank in the fixture: an undecided digit run
        Assert.Equal(((int?)null, (int?)null), (d.Article20Item6.AdministrativePenalty, d.Article20Item6.AdministrativeCoercion));
        Assert.Null(d.Article20Item8.AdministrativeFees);

        // Every non-blank 2019 cell without a 2021 counterpart is logged as dropped: 22 cells, 5 carried, and 9 of the
        // others are blank (the 12 cells of 第二十条第（五）、（六）项, whose digit runs the importer could not split, less 3 carried).
        Assert.Equal(22 - 5 - 9, conversion.Log.Count(e => e.Kind == ConversionStepKind.Dropped));
        Snapshot.Match(string.Join('\n', conversion.Log) + "\n");
    }

    [Fact]
    public void Converting_there_and_back_keeps_sections_three_and_four_of_a_2019_report()
    {
        var there = EditionConverter.Convert(CorpusReports.Pingtan2020, FormatEdition.Edition2021).Report;
        var back = EditionConverter.Convert(there, FormatEdition.Edition2019);
        Assert.Equal(CorpusReports.Pingtan2020.Applications, back.Report.Applications);
        Assert.Equal(CorpusReports.Pingtan2020.ReviewAndLitigation, back.Report.ReviewAndLitigation);
        Assert.False(back.Log.Single(e => e.Kind == ConversionStepKind.Summed).IsLossy);
    }

    [Fact]
    public void A_report_already_in_the_target_edition_is_returned_as_is()
    {
        var conversion = EditionConverter.Convert(Samples.Yeji2020, FormatEdition.Edition2019);
        Assert.Same(Samples.Yeji2020, conversion.Report);
        Assert.Empty(conversion.Log);
        Assert.False(conversion.IsLossy);
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>("report", () => EditionConverter.Convert(null!, FormatEdition.Edition2019));
        Assert.Throws<ArgumentOutOfRangeException>("target", () => EditionConverter.Convert(Samples.Yeji2020, (FormatEdition)2020));
        var mixed = Samples.Yeji2020 with { Metadata = Samples.Yeji2020.Metadata with { Edition = FormatEdition.Edition2021 } };
        Assert.Throws<ArgumentException>("report", () => EditionConverter.Convert(mixed, FormatEdition.Edition2019));
    }
}
