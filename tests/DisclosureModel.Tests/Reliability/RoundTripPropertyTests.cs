using DisclosureModel.Csv;
using DisclosureModel.Import;
using DisclosureModel.Json;
using DisclosureModel.Rendering;

namespace DisclosureModel.Tests.Reliability;

/// <summary>Random valid reports of both editions survive JSON, CSV and text exactly (as far as each form carries them).</summary>
public class RoundTripPropertyTests
{
    [Fact]
    public void Json_round_trips_every_member()
    {
        foreach (var (i, report) in ReportGenerators.AnyReport.Fixed(seed: 20_190_515, count: 300))
        {
            var compact = DisclosureJson.Deserialize(DisclosureJson.Serialize(report));
            var indented = DisclosureJson.Deserialize(DisclosureJson.SerializeToUtf8Bytes(report, indented: true));

            Assert.True(report.Equals(compact), $"report {i}: compact JSON does not read back equal");
            Assert.True(report.Equals(indented), $"report {i}: indented JSON does not read back equal");
        }
    }

    [Fact]
    public void Csv_round_trips_the_tables_agency_year_and_edition()
    {
        foreach (var (i, report) in ReportGenerators.AnyReport.Fixed(seed: 20_210_101, count: 150))
        {
            var csv = ReportCsv.Format(report);
            var back = Assert.Single(ReportCsv.Parse(csv));

            Assert.Equal(report.Metadata.AgencyName, back.Metadata.AgencyName);
            Assert.Equal(report.Metadata.ReportYear, back.Metadata.ReportYear);
            Assert.Equal(report.Edition, back.Edition);
            AssertTablesEqual(report, back, i);
            Assert.Equal(csv, ReportCsv.Format(back));
        }
    }

    [Fact]
    public void Text_round_trips_the_tables()
    {
        // What is compared: the edition and every cell of the three statutory tables (Sections 二, 三 and 四), which
        // is what ReportRenderer.ToText writes (one paragraph a label or cell). The agency name and year, which the
        // text does not state, are given to the importer. Blank cells are not generated here: the text form writes a
        // blank cell as an empty line, which a reader of plain text cannot tell from no line at all; and the importer
        // reads counts of at most 9 digits.
        foreach (var (i, report) in ReportGenerators.TextCarriedReport.Fixed(seed: 20_230_220, count: 100))
        {
            var options = new ImportOptions { AgencyName = report.Metadata.AgencyName, ReportYear = report.Metadata.ReportYear };
            var result = ReportImporter.ImportText(ReportRenderer.ToText(report), options);
            var back = result.Report;

            Assert.True(back is not null, $"report {i}: the text form did not import: {string.Join("; ", result.Log.Diagnostics)}");
            Assert.Equal(report.Edition, back.Edition);
            var diff = DisclosureModel.Analysis.ReportCells.GetCells(report).Zip(DisclosureModel.Analysis.ReportCells.GetCells(back)).Where(p => p.First != p.Second).Select(p => $"{p.First} -> {p.Second.FormatValue()}").ToList();
            Assert.True(diff.Count == 0, string.Join("\n", diff) + "\n" + string.Join("\n", result.Log.Diagnostics));
            AssertTablesEqual(report, back, i);
        }
    }

    internal static void AssertTablesEqual(DisclosureReport expected, DisclosureReport actual, int index)
    {
        Assert.True(expected.ProactiveDisclosure.Equals(actual.ProactiveDisclosure), $"report {index}: Section 二 differs");
        Assert.True(expected.Applications.Equals(actual.Applications), $"report {index}: Section 三 differs");
        Assert.True(expected.ReviewAndLitigation.Equals(actual.ReviewAndLitigation), $"report {index}: Section 四 differs");
    }
}
