using System.Text.RegularExpressions;
using DisclosureModel.Analysis;
using DisclosureModel.Csv;
using DisclosureModel.Import;
using DisclosureModel.Json;
using DisclosureModel.Rendering;
using DisclosureModel.Validation;

namespace DisclosureModel.Tests;

/// <summary>
/// The edition hybrid: a 2021-format report whose Section 三 prints （六）其他处理 as one row, as the 2019 format did. The
/// 2021 sample and the 2022 corpus report are transformed mechanically (the three （六） rows replaced by one row holding
/// their sum) and go through the catalogue, the validators, JSON, CSV, rendering and the importer.
/// </summary>
public class EditionHybridTests
{
    private static readonly DisclosureReportValidator Validator = new(new DisclosureValidatorOptions { MinimumSeverity = FluentValidation.Severity.Info });

    /// <summary>The hybrid of a 2021 report: Section 三 in the 2019 shape, its （六）其他处理 the sum of the three 2021 rows.</summary>
    internal static DisclosureReport ToHybrid(DisclosureReport report) => report with
    {
        Applications = ApplicationsTable.Create(
            FormatEdition.Edition2019,
            row => row == ApplicationRow.OtherHandling
                ? report.Applications.Outcomes.OtherHandlingSum
                : ApplicationsLayout.GetRow(row).GetCounts(report.Applications)!.Value),
    };

    /// <summary>Replaces the three （六） rows of a page's text (up to （七）总计) by one row holding the given counts.</summary>
    internal static string WithOneOtherHandlingRow(string text, ApplicantCounts counts) =>
        Regex.Replace(text, "（六）其他处理.*?(?=（七）总计)", _ => "（六）其他处理 " + string.Join(' ', ApplicantColumns.All.Select(c => counts[c])) + "\n", RegexOptions.Singleline);

    private static DisclosureReport Pingtan2022Import => ReportImporter.ImportText(TestData.Read("004_pingtan-zone_2022.txt")).Report!;

    private static void AssertSameCells(DisclosureReport expected, DisclosureReport actual)
    {
        var catalog = CellCatalog.For(expected);
        Assert.Same(catalog, CellCatalog.For(actual));
        var want = catalog.Read(expected);
        var got = catalog.Read(actual);
        for (var i = 0; i < catalog.Count; i++)
        {
            Assert.True(want[i] == got[i], $"{catalog[i].PropertyPath}: expected {want[i]}, got {got[i]}");
        }
    }

    [Fact]
    public void The_hybrid_catalogue_has_Section_二_of_2021_and_Section_三_of_2019()
    {
        var hybrid = CellCatalog.Edition2021Hybrid;

        Assert.True(hybrid.IsHybrid);
        Assert.Equal(FormatEdition.Edition2021, hybrid.Edition);
        Assert.Equal(FormatEdition.Edition2019, hybrid.ApplicationsEdition);
        Assert.Equal(10 + 161 + 15, hybrid.Count);
        Assert.Equal(CellCatalog.Edition2021.GetCells(StatutoryTable.ProactiveDisclosure).Select(c => c.Key), hybrid.GetCells(StatutoryTable.ProactiveDisclosure).Select(c => c.Key));
        Assert.Equal(CellCatalog.Edition2019.GetCells(StatutoryTable.Applications).Select(c => c.Key), hybrid.GetCells(StatutoryTable.Applications).Select(c => c.Key));
        Assert.Equal(CellCatalog.Edition2019.GetCells(StatutoryTable.ReviewAndLitigation).Select(c => c.Key), hybrid.GetCells(StatutoryTable.ReviewAndLitigation).Select(c => c.Key));
        Assert.False(CellCatalog.Edition2019.IsHybrid);
        Assert.False(CellCatalog.Edition2021.IsHybrid);
        Assert.Equal("2021 format with a 2019-format Section 三: 186 cells", hybrid.ToString());
    }

    [Fact]
    public void Get_and_For_find_the_catalogue_of_each_supported_combination_and_only_those()
    {
        Assert.Same(CellCatalog.Edition2019, CellCatalog.Get(FormatEdition.Edition2019, FormatEdition.Edition2019));
        Assert.Same(CellCatalog.Edition2021, CellCatalog.Get(FormatEdition.Edition2021, FormatEdition.Edition2021));
        Assert.Same(CellCatalog.Edition2021Hybrid, CellCatalog.Get(FormatEdition.Edition2021, FormatEdition.Edition2019));
        Assert.Throws<ArgumentOutOfRangeException>("applicationsEdition", () => CellCatalog.Get(FormatEdition.Edition2019, FormatEdition.Edition2021));

        Assert.Same(CellCatalog.Edition2019, CellCatalog.For(Samples.Yeji2020));
        Assert.Same(CellCatalog.Edition2021, CellCatalog.For(Samples.Pingtan2022));
        Assert.Same(CellCatalog.Edition2021Hybrid, CellCatalog.For(ToHybrid(Samples.Pingtan2022)));
        var reversed = Samples.Yeji2020 with { Applications = Samples.Pingtan2022.Applications };
        Assert.Throws<ArgumentException>("report", () => CellCatalog.For(reversed));
    }

    [Fact]
    public void Building_from_distinct_values_and_reading_back_puts_every_value_in_its_cell()
    {
        var catalog = CellCatalog.Edition2021Hybrid;
        var values = catalog.Cells.Select(c => new CellValue(c.Index + (c.Kind == CellKind.Amount ? 0.5m : 1))).ToArray();

        var report = catalog.Build(Samples.Pingtan2022, values);

        Assert.Equal(FormatEdition.Edition2021, report.Edition);
        Assert.Equal(FormatEdition.Edition2019, report.Applications.Edition);
        Assert.Equal(values, catalog.Read(report));
        Assert.Equal(values, ReportCells.GetCells(report).Select(c => new CellValue(c.Value, c.Unit)));
    }

    [Fact]
    public void Every_hybrid_equation_reads_hybrid_catalogue_cells_and_R2_uses_the_one_row()
    {
        var catalog = CellCatalog.Edition2021Hybrid;
        var equations = BalancingRules.GetEquations(catalog);

        Assert.Equal(BalancingRules.GetApplicationEquations(FormatEdition.Edition2019).Count + BalancingRules.ReviewAndLitigationEquations.Count, equations.Count);
        foreach (var equation in equations)
        {
            foreach (var cell in equation.Left.Concat(equation.Right).SelectMany(t => t.Cells).Append(equation.Subject))
            {
                Assert.Equal(catalog[cell.Index].PropertyPath, cell.PropertyPath);
            }
        }

        var r2 = equations.Where(e => e.Rule == DisclosureRules.OutcomeTotal).ToList();
        Assert.Equal(ApplicantColumns.All.Count, r2.Count);
        Assert.All(r2, e => Assert.Contains(e.Right.SelectMany(t => t.Cells), c => c.PropertyPath.StartsWith("Applications.Outcomes.OtherHandling.", StringComparison.Ordinal)));
        Assert.Same(BalancingRules.GetEquations(FormatEdition.Edition2021), BalancingRules.GetEquations(CellCatalog.Edition2021));
    }

    public static TheoryData<string> Reports() => ["Pingtan2022 sample", "Pingtan2022 corpus import"];

    private static DisclosureReport Get(string name) => name == "Pingtan2022 sample" ? Samples.Pingtan2022 : Pingtan2022Import;

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_validators_warn_of_the_hybrid_and_find_nothing_the_2021_report_does_not_have(string name)
    {
        var report = Get(name);
        var hybrid = ToHybrid(report);

        var expected = Validator.Validate(report).Errors.Select(e => (e.ErrorCode, e.PropertyName, e.Severity)).ToList();
        var actual = Validator.Validate(hybrid).Errors.Select(e => (e.ErrorCode, e.PropertyName, e.Severity)).ToList();

        Assert.Contains(("E3", "Applications.Outcomes.OtherHandling", FluentValidation.Severity.Warning), actual);
        Assert.DoesNotContain(actual, e => e.ErrorCode == "E1");
        Assert.Equal(expected, actual.Where(e => e.ErrorCode != "E3"));
    }

    [Fact]
    public void The_hybrid_warning_has_its_message_in_both_languages()
    {
        var hybrid = ToHybrid(Samples.Pingtan2022);

        var english = Assert.Single(Validator.Validate(hybrid).Errors, e => e.ErrorCode == "E3");
        var chinese = Assert.Single(new DisclosureReportValidator(new DisclosureValidatorOptions { Language = ValidationLanguage.Chinese, MinimumSeverity = FluentValidation.Severity.Info }).Validate(hybrid).Errors, e => e.ErrorCode == "E3");

        Assert.Equal("The report declares the 2021 format, but Section 三 prints （六）其他处理 as one row, as the 2019 format did; R1–R3 are checked on that row.", english.ErrorMessage);
        Assert.Equal("报告声明采用2021年版格式，但第三部分按2019年版格式将“（六）其他处理”列为一行；按该行核对R1–R3。", chinese.ErrorMessage);
    }

    [Fact]
    public void Breaking_the_one_row_makes_R2_fire_on_it()
    {
        var hybrid = ToHybrid(Samples.Pingtan2022);
        var outcomes = (ApplicationOutcomes2019)hybrid.Applications.Outcomes;
        var row = outcomes.OtherHandling;
        var broken = hybrid with
        {
            Applications = hybrid.Applications with
            {
                Outcomes = outcomes with { OtherHandling = row with { NaturalPerson = row.NaturalPerson + 1, Total = row.Total + 1 } },
            },
        };

        var before = Validator.Validate(hybrid).Errors.Select(e => (e.ErrorCode, e.PropertyName)).ToHashSet();
        var added = Validator.Validate(broken).Errors.Select(e => (e.ErrorCode, e.PropertyName)).Where(e => !before.Contains(e)).ToList();

        Assert.Equal(
            [("R2", "Applications.Outcomes.Total.NaturalPerson"), ("R2", "Applications.Outcomes.Total.Total")],
            added.Order());
    }

    [Fact]
    public void Other_mixes_of_editions_stay_errors()
    {
        var reversed = Samples.Yeji2020 with { Applications = Samples.Pingtan2022.Applications };
        var proactive2019 = ToHybrid(Samples.Pingtan2022) with { ProactiveDisclosure = Samples.Yeji2020.ProactiveDisclosure };

        Assert.Contains(Validator.Validate(reversed).Errors, e => e.ErrorCode == "E1" && e.PropertyName == "Applications.Outcomes");
        var errors = Validator.Validate(proactive2019).Errors;
        Assert.Contains(errors, e => e.ErrorCode == "E1" && e.PropertyName == "ProactiveDisclosure");
        Assert.Contains(errors, e => e.ErrorCode == "E1" && e.PropertyName == "Applications.Outcomes");
        Assert.DoesNotContain(errors, e => e.ErrorCode == "E3");
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Json_round_trips_the_hybrid(string name)
    {
        var hybrid = ToHybrid(Get(name));

        var read = DisclosureJson.Deserialize(DisclosureJson.Serialize(hybrid));

        AssertSameCells(hybrid, read);
        Assert.Equal(hybrid, read);
        Assert.Equal(hybrid, DisclosureJson.Deserialize(DisclosureJson.SerializeToUtf8Bytes(hybrid).AsSpan()));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Csv_round_trips_the_hybrid(string name)
    {
        var hybrid = ToHybrid(Get(name));

        var read = Assert.Single(ReportCsv.Parse(ReportCsv.Format(hybrid)));

        AssertSameCells(hybrid, read);
        Assert.Equal(CellCatalog.Edition2021Hybrid.Count, ReportCsv.Format(hybrid).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
    }

    [Fact]
    public void Rendering_shows_one_other_handling_row()
    {
        var hybrid = ToHybrid(Samples.Pingtan2022);

        var tables = ReportTables.Build(hybrid);

        Assert.Equal(hybrid.Applications.Outcomes.OtherHandlingSum.Total, tables.FindCell("Applications.Outcomes.OtherHandling.Total")!.Value);
        Assert.Null(tables.FindCell("Applications.Outcomes.OtherHandling.Other.Total"));
        var markdown = ReportRenderer.ToMarkdown(hybrid);
        Assert.Contains("（六）其他处理", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("3.其他", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("申请人逾期未按收费通知要求缴纳费用", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Converting_the_hybrid_keeps_its_numbers()
    {
        var hybrid = ToHybrid(Samples.Pingtan2022);

        var to2021 = EditionConverter.Convert(hybrid, FormatEdition.Edition2021).Report;
        var to2019 = EditionConverter.Convert(hybrid, FormatEdition.Edition2019).Report;

        Assert.Equal(hybrid.ProactiveDisclosure, to2021.ProactiveDisclosure);
        Assert.Equal(((ApplicationOutcomes2019)hybrid.Applications.Outcomes).OtherHandling, ((ApplicationOutcomes2021)to2021.Applications.Outcomes).OtherHandling.Other);
        Assert.Equal(hybrid.Applications, to2019.Applications);
        Assert.Equal(FormatEdition.Edition2019, to2019.Edition);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_rendered_hybrid_imports_cell_for_cell(string name)
    {
        var hybrid = ToHybrid(Get(name));

        var result = ReportImporter.ImportText(ReportRenderer.ToText(hybrid), new ImportOptions { AgencyKind = hybrid.Metadata.AgencyKind, ReadBlanksAsZero = false });

        AssertSameCells(hybrid, result.Report!);
        Assert.Equal(hybrid.Applications, result.Report!.Applications);
        Assert.Equal(FormatEdition.Edition2021, result.Log.Edition);
        var diagnostic = Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.EditionHybrid);
        Assert.Equal(ImportSeverity.Info, diagnostic.Severity);
        Assert.Equal("Applications.Outcomes.OtherHandling", diagnostic.PropertyPath);
        Assert.DoesNotContain(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.EditionConflict);
    }

    [Fact]
    public void The_corpus_page_with_one_other_handling_row_imports_cell_for_cell()
    {
        var original = ReportImporter.ImportText(TestData.Read("004_pingtan-zone_2022.txt"));
        var expected = ToHybrid(original.Report!);
        var text = WithOneOtherHandlingRow(TestData.Read("004_pingtan-zone_2022.txt"), original.Report!.Applications.Outcomes.OtherHandlingSum);

        var result = ReportImporter.ImportText(text);

        AssertSameCells(expected, result.Report!);
        Assert.Equal(expected, result.Report);
        Assert.Single(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.EditionHybrid);
        Assert.Equal(
            original.Log.Diagnostics.Where(d => d.Severity == ImportSeverity.Error).Select(d => (d.Code, d.PropertyPath)),
            result.Log.Diagnostics.Where(d => d.Severity == ImportSeverity.Error).Select(d => (d.Code, d.PropertyPath)));
    }

    [Fact]
    public void Unread_cells_of_a_hybrid_page_are_cells_of_the_hybrid_catalogue()
    {
        // The hybrid page with the numbers of （二）部分公开 removed: that row's seven cells are unread, counted in the
        // hybrid catalogue.
        var original = ReportImporter.ImportText(TestData.Read("004_pingtan-zone_2022.txt"));
        var text = WithOneOtherHandlingRow(TestData.Read("004_pingtan-zone_2022.txt"), original.Report!.Applications.Outcomes.OtherHandlingSum);
        const string row = "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 8100009";
        Assert.Contains(row, text, StringComparison.Ordinal);

        var result = ReportImporter.ImportText(text.Replace(row, row[..^" 8100009".Length], StringComparison.Ordinal));

        Assert.Same(CellCatalog.Edition2021Hybrid, CellCatalog.For(result.Report!));
        var expected = CellCatalog.Edition2021Hybrid.Cells.Where(c => c.PropertyPath.StartsWith("Applications.Outcomes.PartiallyDisclosed.", StringComparison.Ordinal)).Select(c => c.PropertyPath).ToList();
        Assert.Equal(7, expected.Count);
        Assert.Equal(expected, result.Report!.UnreadCells.Select(u => u.PropertyPath));
        Assert.Equal(CellCatalog.Edition2021Hybrid.Count - 7, result.Log.CellsRead);
    }

    [Fact]
    public void A_2019_page_and_the_2019_option_are_not_read_as_the_hybrid()
    {
        var yeji = ReportImporter.ImportText(TestData.Read("seed-yeji-2020.txt"));
        Assert.Same(CellCatalog.Edition2019, CellCatalog.For(yeji.Report!));
        Assert.DoesNotContain(yeji.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.EditionHybrid);

        var hybrid = ToHybrid(Samples.Pingtan2022);
        var forced = ReportImporter.ImportText(ReportRenderer.ToText(hybrid), new ImportOptions { Edition = FormatEdition.Edition2019, ReadBlanksAsZero = false });
        Assert.Equal(FormatEdition.Edition2019, forced.Report!.Edition);
        Assert.DoesNotContain(forced.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.EditionHybrid);
    }
}
