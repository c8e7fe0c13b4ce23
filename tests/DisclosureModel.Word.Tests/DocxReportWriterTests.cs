using System.IO.Compression;
using DisclosureModel.Import;
using DisclosureModel.Tests;
using DisclosureModel.Tests.Import.Conformance;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DisclosureModel.Word.Tests;

public sealed class DocxReportWriterTests
{
    /// <summary>The embedded samples, the corpus reports (completed by hand, and as the text importer reads them) and the 2021 hybrid.</summary>
    public static TheoryData<string> Reports => ["Yeji2020", "Pingtan2022", "Pingtan2020", "Pingtan2020Imported", "Pingtan2022Imported", "Pingtan2022Hybrid"];

    internal static DisclosureReport Get(string name) => name == "Pingtan2022Hybrid" ? ToHybrid(Samples.Pingtan2022) : ConformanceReports.Get(name);

    /// <summary>The hybrid of a 2021 report: Section 三 in the 2019 shape, its （六）其他处理 the sum of the three 2021 rows.</summary>
    internal static DisclosureReport ToHybrid(DisclosureReport report) => report with
    {
        Applications = ApplicationsTable.Create(
            FormatEdition.Edition2019,
            row => row == ApplicationRow.OtherHandling
                ? report.Applications.Outcomes.OtherHandlingSum
                : ApplicationsLayout.GetRow(row).GetCounts(report.Applications)!.Value),
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void A_written_report_reads_back_the_same_cell_by_cell(string name)
    {
        var report = Get(name);
        var result = DocxReportImporter.Import(DocxReportWriter.ToBytes(report), new ImportOptions { AgencyKind = report.Metadata.AgencyKind, ReadBlanksAsZero = false });

        Assert.True(result.IsComplete, result.Log.ToCanonicalText());
        var read = result.Report!;
        var catalog = CellCatalog.For(report);
        Assert.Same(catalog, CellCatalog.For(read));
        Assert.Equal(catalog.Read(report), catalog.Read(read));
        Assert.Equal(report.Metadata.AgencyName, read.Metadata.AgencyName);
        Assert.Equal(report.Metadata.ReportYear, read.Metadata.ReportYear);
        Assert.Equal(report.Edition, read.Edition);
        Assert.Equal(report.Overview, read.Overview);
        Assert.Equal(report.ProblemsAndImprovements, read.ProblemsAndImprovements);
        Assert.Equal(report.OtherMatters, read.OtherMatters);
        Assert.Equal(report, read);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_document_is_valid_open_xml(string name)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.ToBytes(Get(name))), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public async Task The_same_report_gives_the_same_bytes_by_every_overload()
    {
        var bytes = DocxReportWriter.ToBytes(Samples.Pingtan2022);
        Assert.Equal(bytes, DocxReportWriter.ToBytes(Samples.Pingtan2022 with { }));

        using var stream = new MemoryStream();
        DocxReportWriter.Write(Samples.Pingtan2022, stream);
        Assert.Equal(bytes, stream.ToArray());

        using var asyncStream = new MemoryStream();
        await DocxReportWriter.WriteAsync(Samples.Pingtan2022, asyncStream);
        Assert.Equal(bytes, asyncStream.ToArray());

        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal(["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml"], zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Page_fonts_and_headings_are_those_of_official_documents()
    {
        var report = Samples.Pingtan2022;
        using var document = WordprocessingDocument.Open(new MemoryStream(DocxReportWriter.ToBytes(report)), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var section = body.GetFirstChild<SectionProperties>()!;
        Assert.Equal(11906U, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(16838U, section.GetFirstChild<PageSize>()!.Height!.Value);
        Assert.Equal(2098, section.GetFirstChild<PageMargin>()!.Top!.Value);

        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!;
        var fonts = styles.Descendants<RunFonts>().Select(f => f.EastAsia?.Value).ToHashSet();
        Assert.Superset(new HashSet<string?> { "仿宋", "宋体", "黑体" }, fonts);
        Assert.Null(document.MainDocumentPart.FontTablePart); // named, not embedded

        var paragraphs = body.Elements<Paragraph>().Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: string.Concat(p.Descendants<Text>().Select(t => t.Text)))).ToList();
        Assert.Equal(("ReportTitle", "平潭综合实验区2022年政府信息公开工作年度报告"), paragraphs[0]);
        Assert.Equal(ReportSectionsLayout.Titles.Select(t => t.Chinese), paragraphs.Where(p => p.Style == "ReportHeading").Select(p => p.Text));
    }

    [Theory]
    [InlineData("Yeji2020")]
    [InlineData("Pingtan2022")]
    [InlineData("Pingtan2022Hybrid")]
    public void Tables_carry_the_merged_headers_of_the_format(string name)
    {
        var report = Get(name);
        var tables = Rendering.ReportTables.Build(report);
        var cells = DocxReportImporter.ExtractCells(DocxReportWriter.ToBytes(report));
        var positioned = cells.Where(c => c.Position is not null).ToList();
        var sectionTables = tables.Sections.SelectMany(s => s.Tables).ToList();
        Assert.Equal(sectionTables.Count, positioned.Select(c => c.Position!.Table).Distinct().Count());

        // Every header cell of the rendered model is a cell of the document with the same spans, and nothing else is.
        for (var t = 0; t < sectionTables.Count; t++)
        {
            var expected = sectionTables[t].HeaderRows.Concat(sectionTables[t].BodyRows).SelectMany(r => r.Headers.Select(h => (h.Text, h.RowSpan, h.ColSpan)).Concat(r.Cells.Select(c => (c.Text, 1, 1))));
            var actual = positioned.Where(c => c.Position!.Table == t + 1).Select(c => (c.Text, c.Position!.RowSpan, c.Position.ColumnSpan));
            Assert.Equal(expected, actual);
        }

        // 申请人情况 over the seven columns; 三、本年度办理结果 down its 20 (2019 shape) or 22 (2021) rows.
        var applicants = positioned.Single(c => c.Text == ApplicantColumns.HeaderLabel.Chinese);
        Assert.Equal(new TablePosition(sectionTables.Count - 1, 1, 4, 1, 7), applicants.Position);
        var outcomes = positioned.Single(c => c.Text == "三、本年度办理结果");
        Assert.Equal(report.Applications.Edition == FormatEdition.Edition2019 ? 20 : 22, outcomes.Position!.RowSpan);
        Assert.Equal(1, outcomes.Position.Column);
    }

    [Fact]
    public void Blank_cells_are_empty_and_zero_is_printed()
    {
        var report = ConformanceReports.WithCells(Samples.Yeji2020, c => c.PropertyPath == "Applications.NewlyReceived.NaturalPerson" ? null : c.PropertyPath == "Applications.NewlyReceived.Total" ? "0" : c.FormatValue() is { Length: > 0 } v ? v : null);
        var cells = DocxReportImporter.ExtractCells(DocxReportWriter.ToBytes(report));
        var row = cells.SkipWhile(c => c.Text != ApplicationRow.NewlyReceived.GetLabel().Chinese).Skip(1).Take(7).ToList();

        Assert.Equal(string.Empty, row[0].Text);
        Assert.True(row[0].IsTableCell);
        Assert.Equal("0", row[6].Text);
    }
}
