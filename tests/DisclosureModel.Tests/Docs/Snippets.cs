using DisclosureModel.Import;
using DisclosureModel.Json;
using DisclosureModel.Rendering;
using DisclosureModel.Validation;
using FluentValidation;

namespace DisclosureModel.Tests.Docs;

/// <summary>
/// The code examples shown in README.md and docs/*.md. Each region is compared with the fenced block that follows
/// the marker <c>&lt;!-- snippet: NAME --&gt;</c> in the Markdown (see <see cref="SnippetTests"/>), so every example
/// in the docs compiles and runs here.
/// </summary>
public class Snippets
{
    private static readonly AsyncLocal<StringWriter> Output = new();

    [Fact]
    public void ReadmeQuickStart()
    {
        var output = new StringWriter();
        Output.Value = output;
        {
            #region readme-quick-start
            DisclosureReport report = Samples.Pingtan2022;              // a real 2022 report, 2021 format
            ApplicationsTable applications = report.Applications;        // Section 三

            ApplicantCounts received = applications.NewlyReceived;       // 一、本年新收政府信息公开申请数量
            Console.WriteLine(received.NaturalPerson);                   // 71
            Console.WriteLine(received[ApplicantColumn.Total]);          // 74

            // The printed balancing rule of every column: 一 + 二 = 三（七） + 四.
            bool balanced = ApplicantColumns.All.All(c =>
                received[c] + applications.CarriedOverFromLastYear[c]
                    == applications.Outcomes.Total[c] + applications.CarriedForwardToNextYear[c]);
            Console.WriteLine(balanced);                                 // True

            // Records copy with changes and compare by value.
            var corrected = report with
            {
                Applications = applications with { NewlyReceived = received.With(ApplicantColumn.NaturalPerson, 72) },
            };
            Console.WriteLine(corrected == report);                      // False
            Console.WriteLine(ApplicationRow.NewlyReceived.GetLabel());  // 一、本年新收政府信息公开申请数量 (newlyReceived)
            #endregion
        }

        Assert.Equal(
            "71\n74\nTrue\nFalse\n一、本年新收政府信息公开申请数量 (newlyReceived)\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ArchitectureCatalogue()
    {
        var output = new StringWriter();
        Output.Value = output;
        {
            #region architecture-catalogue
            CellCatalog catalog = CellCatalog.Get(FormatEdition.Edition2021);
            Console.WriteLine(catalog.Count);                                // 200

            CellDefinition cell = catalog.GetCell(ApplicationRow.NewlyReceived, ApplicantColumn.Total);
            Console.WriteLine(cell.PropertyPath);                            // Applications.NewlyReceived.Total
            Console.WriteLine($"{cell.Row.Chinese} · {cell.Column.Chinese}"); // 一、本年新收政府信息公开申请数量 · 总计
            Console.WriteLine(cell.GetValue(Samples.Pingtan2022));           // 74

            // Every table is built back from one value per cell, by the same builders the importer and JSON use.
            CellValue[] values = catalog.Read(Samples.Pingtan2022);
            values[cell.Index] = new CellValue(75);
            DisclosureReport changed = catalog.Build(Samples.Pingtan2022, values);
            Console.WriteLine(changed.Applications.NewlyReceived.Total);     // 75
            #endregion
        }

        Assert.Equal(
            "200\nApplications.NewlyReceived.Total\n一、本年新收政府信息公开申请数量 · 总计\n74\n75\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void GettingStarted()
    {
        var output = new StringWriter();
        Output.Value = output;
        #region getting-started
        // 1. Build a report in code: here, the embedded 2022 report of 平潭综合实验区 with one cell changed.
        DisclosureReport report = Samples.Pingtan2022;
        report = report with
        {
            Applications = report.Applications with
            {
                NewlyReceived = report.Applications.NewlyReceived.With(ApplicantColumn.NaturalPerson, 70),
            },
        };

        // 2. Validate it: the changed cell breaks 一 + 二 = 三（七） + 四 in the 自然人 column.
        var validator = new DisclosureReportValidator(new DisclosureValidatorOptions { Language = ValidationLanguage.English });
        foreach (var failure in validator.Validate(report).Errors.Where(f => f.Severity == Severity.Error))
        {
            Console.WriteLine($"{failure.ErrorCode} {failure.PropertyName}");
        }

        // 3. Exchange it as JSON: strict, and equal after the round trip.
        string json = DisclosureJson.Serialize(report);
        Console.WriteLine(DisclosureJson.Deserialize(json) == report);

        // 4. Import a scraped page (the seed report, one table cell per line) and render its tables.
        string seedPage = File.ReadAllText("seed-yeji-2020.txt");
        ImportResult imported = ReportImporter.ImportText(seedPage);
        Console.WriteLine(imported.Log.Edition);
        string html = ReportRenderer.ToHtml(imported.Report!);
        Console.WriteLine(html.Contains("法人或其他组织", StringComparison.Ordinal));
        #endregion

        Assert.Equal(
            "R1 Applications.CarriedForwardToNextYear.NaturalPerson\nR3 Applications.NewlyReceived.Total\nTrue\nEdition2019\nTrue\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ImportTablesWithoutMetadata()
    {
        var output = new StringWriter();
        Output.Value = output;
        {
            #region import-tables-without-metadata
            string pageWithoutTitle = File.ReadAllText("pingtan-2022-without-title.txt");  // the 2022 page with its title line cut
            ImportResult result = ReportImporter.ImportText(pageWithoutTitle);
            Console.WriteLine(result.Report is null);                         // True: the page names no agency
            Console.WriteLine(result.Log.ReportYearOrigin);                   // statistics period at line 10, column 4…
            Console.WriteLine(result.Tables!.Applications.NewlyReceived.Total); // 74
            DisclosureReport report = result.ToReport("平潭综合实验区", 2022);  // the page's narrative, period, source and contact kept
            Console.WriteLine(report.Metadata.StatisticsPeriod);              // [2022-01-01, 2022-12-31]
            #endregion
        }

        var lines = output.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("True", lines[0]);
        Assert.StartsWith("statistics period at line 10, column ", lines[1], StringComparison.Ordinal);
        Assert.Equal(["74", "[2022-01-01, 2022-12-31]", string.Empty], lines[2..]);
    }

    /// <summary>
    /// Stands in for <see cref="System.IO.File"/> inside the snippets: the files they name are test data (the seed page,
    /// and pages made from the corpus the way the docs say).
    /// </summary>
    private static class File
    {
        public static string ReadAllText(string path) => path switch
        {
            // The 2022 page of 平潭综合实验区 with the title lines (the only lines that name the agency) blanked.
            "pingtan-2022-without-title.txt" => string.Join('\n', TestData.Read("004_pingtan-zone_2022.txt").ReplaceLineEndings("\n").Split('\n')
                .Select(l => l.Contains("政府信息公开工作年度报告", StringComparison.Ordinal) && !l.Contains('。', StringComparison.Ordinal) ? string.Empty : l)),
            _ => TestData.Read(path),
        };
    }

    /// <summary>Stands in for <see cref="System.Console"/> inside the snippets, so their output can be checked without touching process-wide state.</summary>
    private static class Console
    {
        public static void WriteLine(object? value) => Output.Value!.WriteLine(value);
    }
}
