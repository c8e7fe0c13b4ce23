using System.Diagnostics;
using DisclosureModel.Import;
using DisclosureModel.TestSupport;
using DisclosureModel.Tests.Import.Conformance;
using DisclosureModel.Word;

namespace DisclosureModel.Pdf.Tests;

/// <summary>
/// PDFs made mechanically from known reports: each report is written to .docx by <see cref="DocxReportWriter"/> and
/// converted by LibreOffice headless (one invocation for all of them, a fresh profile), the class fixture's work. The
/// layouts differ from the two WPS-made corpus PDFs (another producer, fonts, rulings and pagination), and the long
/// variants push Section 三 across a page break. <c>.ci/run</c> installs LibreOffice, so a missing soffice fails.
/// </summary>
public sealed class MechanicalLayoutPdfTests(MechanicalLayoutPdfTests.Pdfs pdfs) : IClassFixture<MechanicalLayoutPdfTests.Pdfs>
{
    /// <summary>The samples of both formats, the corpus reports (completed by hand, and as the text importer reads them), the 2021 hybrid, and long-overview variants.</summary>
    public static TheoryData<string> Reports => [.. Names];

    private static readonly string[] Names =
        ["Yeji2020", "Pingtan2022", "Pingtan2020", "Pingtan2020Imported", "Pingtan2022Imported", "Pingtan2022Hybrid", "Yeji2020LongOverview", "Pingtan2022LongOverview"];

    /// <summary>Prose of a realistic length, repeated so the tables after it start lower and break across pages.</summary>
    private const string Prose = "本机关坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作，不断深化政务公开，推进决策、执行、管理、服务、结果公开，主动回应社会关切，政府信息公开工作取得新的成效。";

    internal static DisclosureReport Get(string name) => name switch
    {
        "Pingtan2022Hybrid" => ToHybrid(Samples.Pingtan2022),
        "Yeji2020LongOverview" => WithLongOverview(Samples.Yeji2020, 9),
        "Pingtan2022LongOverview" => WithLongOverview(Samples.Pingtan2022, 17),
        _ => ConformanceReports.Get(name),
    };

    /// <summary>The hybrid of a 2021 report: Section 三 in the 2019 shape, its （六）其他处理 the sum of the three 2021 rows.</summary>
    private static DisclosureReport ToHybrid(DisclosureReport report) => report with
    {
        Applications = ApplicationsTable.Create(
            FormatEdition.Edition2019,
            row => row == ApplicationRow.OtherHandling
                ? report.Applications.Outcomes.OtherHandlingSum
                : ApplicationsLayout.GetRow(row).GetCounts(report.Applications)!.Value),
    };

    private static DisclosureReport WithLongOverview(DisclosureReport report, int repeats) => report with
    {
        Overview = report.Overview with { Introduction = report.Overview.Introduction + "\n" + string.Concat(Enumerable.Repeat(Prose, repeats)) },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_converted_pdf_imports_with_every_cell_as_written(string name)
    {
        var report = Get(name);
        var result = PdfReportImporter.Import(pdfs.Get(name), new ImportOptions { AgencyKind = report.Metadata.AgencyKind, ReadBlanksAsZero = false });

        Assert.True(result.IsComplete, result.Log.ToCanonicalText());
        var read = result.Report!;
        var catalog = CellCatalog.For(report);
        Assert.Same(catalog, CellCatalog.For(read));
        Assert.Equal(CellText.Lines(CellText.Of(report)), CellText.Lines(CellText.Of(read)));
        Assert.Equal(catalog.Read(report), catalog.Read(read));
        Assert.Empty(read.UnreadCells);
        Assert.DoesNotContain(result.Log.Diagnostics, d => d.Severity == ImportSeverity.Error);
        Assert.Equal(report.Metadata.AgencyName, read.Metadata.AgencyName);
        Assert.Equal(report.Metadata.ReportYear, read.Metadata.ReportYear);
        Assert.Equal(report.Edition, read.Edition);
    }

    [Theory]
    [InlineData("Yeji2020LongOverview")]
    [InlineData("Pingtan2022LongOverview")]
    public void The_long_variants_break_section_three_across_pages(string name)
    {
        // Guards the variation itself: the rows of Section 三 must lie on more than one page, or the test above
        // would not exercise a table broken by a page break.
        var cells = PdfReportImporter.ExtractCells(pdfs.Get(name));
        int PageOf(ApplicationRow row) => cells.Single(c => c.IsTableCell && c.Text.Replace("\n", string.Empty, StringComparison.Ordinal) == row.GetLabel().Chinese).Region!.Page;
        Assert.True(PageOf(ApplicationRow.NewlyReceived) < PageOf(ApplicationRow.CarriedForwardToNextYear));
    }

    /// <summary>Writes every report to .docx and converts them all to PDF in one soffice run with a fresh profile.</summary>
    public sealed class Pdfs : IDisposable
    {
        private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("disclosure-pdf-layout-");
        private readonly Dictionary<string, byte[]> bytes = [];
        private readonly string? failure;

        public Pdfs()
        {
            var documents = new List<string>();
            foreach (var name in Names)
            {
                var docx = Path.Combine(directory.FullName, name + ".docx");
                File.WriteAllBytes(docx, DocxReportWriter.ToBytes(MechanicalLayoutPdfTests.Get(name)));
                documents.Add(docx);
            }

            var profile = new Uri(Path.Combine(directory.FullName, "profile")).AbsoluteUri;
            var (exit, output) = Run("soffice", [$"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", directory.FullName, .. documents]);
            foreach (var name in Names)
            {
                var pdf = Path.Combine(directory.FullName, name + ".pdf");
                if (File.Exists(pdf))
                {
                    bytes[name] = File.ReadAllBytes(pdf);
                }
            }

            if (exit != 0 || bytes.Count != Names.Length)
            {
                failure = $"soffice exited {exit} with {bytes.Count} of {Names.Length} PDFs: {output}";
            }
        }

        public byte[] Get(string name)
        {
            Assert.True(failure is null, failure);
            var pdf = bytes[name];
            Assert.Equal("%PDF-"u8.ToArray(), pdf.AsSpan(0, 5).ToArray());
            return pdf;
        }

        public void Dispose() => directory.Delete(recursive: true);

        private static (int ExitCode, string Output) Run(string program, string[] arguments)
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                return (-1, $"{program} could not start: {e.Message}");
            }

            using (process)
            {
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();

                // A guard against a hung converter, not a measurement.
                if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
                {
                    process.Kill(entireProcessTree: true);
                    return (-1, "timed out");
                }

                return (process.ExitCode, output.Result + error.Result);
            }
        }
    }
}
