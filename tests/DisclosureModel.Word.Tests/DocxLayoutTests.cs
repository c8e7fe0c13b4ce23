using DisclosureModel.Import;
using DisclosureModel.Tests.Import.Conformance;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DisclosureModel.Word.Tests;

/// <summary>
/// Layouts other producers give the same tables, made mechanically from the writer's output (<see cref="DocxEditing"/>):
/// each must read back every cell exactly (the whole report), for the two samples and a generated report of each
/// edition.
/// </summary>
public sealed class DocxLayoutTests
{
    public static TheoryData<string> Reports => ConformanceReports.VariantReports;

    private static ImportResult ReadEdited(DisclosureReport report, Action<Body> edit) =>
        DocxReportImporter.Import(DocxEditing.Edit(DocxReportWriter.ToBytes(report), edit), new ImportOptions { AgencyKind = report.Metadata.AgencyKind, ReadBlanksAsZero = false });

    private static void AssertSameReport(DisclosureReport expected, ImportResult result)
    {
        Assert.True(result.IsComplete, result.Log.ToCanonicalText());
        var catalog = CellCatalog.For(expected);
        Assert.Equal(catalog.Read(expected), catalog.Read(result.Report!));
        Assert.Equal(expected, result.Report);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Labels_split_over_paragraphs_and_runs(string name)
    {
        var report = ConformanceReports.Get(name);
        AssertSameReport(report, ReadEdited(report, body =>
        {
            foreach (var cell in body.Descendants<TableCell>().Where(c => !DocxEditing.IsValue(c) && DocxEditing.Text(c).Length >= 4).ToList())
            {
                var text = DocxEditing.Text(cell);
                var half = text.Length / 2;
                DocxEditing.SetText(cell, text[..half]);
                var paragraph = cell.Elements<Paragraph>().Last();
                var run = paragraph.Elements<Run>().Single();
                var first = run.GetFirstChild<Text>()!;
                first.Text = text[..(half / 2)];
                run.InsertAfterSelf(new Run(new Text(text[(half / 2)..half])));
                cell.Append(new Paragraph(new Run(new Text(text[half..]))));
            }
        }));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Merge_continuations_without_a_value(string name)
    {
        var report = ConformanceReports.Get(name);
        AssertSameReport(report, ReadEdited(report, body =>
        {
            foreach (var merge in body.Descendants<VerticalMerge>().Where(m => m.Val?.Value == MergedCellValues.Continue))
            {
                merge.Val = null;
            }
        }));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Rows_and_cells_inside_content_controls(string name)
    {
        var report = ConformanceReports.Get(name);
        AssertSameReport(report, ReadEdited(report, body =>
        {
            foreach (var row in body.Descendants<TableRow>().Where((_, i) => i % 3 == 0).ToList())
            {
                var sdt = new SdtRow(new SdtProperties(), new SdtContentRow());
                row.InsertBeforeSelf(sdt);
                row.Remove();
                sdt.SdtContentRow!.Append(row);
            }

            foreach (var cell in body.Descendants<TableCell>().Where((_, i) => i % 5 == 0).ToList())
            {
                var sdt = new SdtCell(new SdtProperties(), new SdtContentCell());
                cell.InsertBeforeSelf(sdt);
                cell.Remove();
                sdt.SdtContentCell!.Append(cell);
            }
        }));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Empty_spacer_rows_at_the_end_of_tables(string name)
    {
        var report = ConformanceReports.Get(name);
        var result = ReadEdited(report, body =>
        {
            foreach (var table in body.Elements<Table>().ToList())
            {
                var last = table.Elements<TableRow>().Last();
                for (var n = 0; n < 2; n++)
                {
                    var spacer = (TableRow)last.CloneNode(true);
                    foreach (var cell in spacer.Elements<TableCell>())
                    {
                        cell.TableCellProperties?.VerticalMerge?.Remove();
                        DocxEditing.SetText(cell, string.Empty);
                    }

                    table.Append(spacer);
                }
            }
        });

        AssertSameReport(report, result);
        Assert.Contains(result.Log.Diagnostics, d => d.Code == ImportDiagnosticCode.PageChromeSkipped && d.MessageId == "import.spacerRowSkipped");
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_whole_report_inside_a_layout_table(string name)
    {
        var report = ConformanceReports.Get(name);
        var result = ReadEdited(report, body =>
        {
            var content = body.ChildElements.Where(e => e is not SectionProperties).ToList();
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = "8844", Type = TableWidthUnitValues.Dxa }));
            foreach (var element in content)
            {
                element.Remove();
                cell.Append(element);
            }

            // A cell must end with a paragraph.
            cell.Append(new Paragraph());
            body.InsertAt(new Table(new TableGrid(new GridColumn { Width = "8844" }), new TableRow(cell)), 0);
        });

        AssertSameReport(report, result);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Rows_that_start_after_grid_before(string name)
    {
        // A row that skips its first grid column (w:gridBefore) instead of a vMerge continuation there.
        var report = ConformanceReports.Get(name);
        var cells = DocxReportImporter.ExtractCells(DocxEditing.Edit(DocxReportWriter.ToBytes(report), body =>
        {
            foreach (var row in body.Descendants<TableRow>())
            {
                if (row.Elements<TableCell>().FirstOrDefault() is { } first && DocxEditing.Continues(first) && DocxEditing.Span(first) == 1)
                {
                    first.Remove();
                    row.TableRowProperties!.Append(new GridBefore { Val = 1 });
                }
            }
        }));
        var expected = DocxReportImporter.ExtractCells(DocxReportWriter.ToBytes(report));

        Assert.Equal(expected.Select(c => (c.Text, c.Position?.Row, c.Position?.Column)), cells.Select(c => (c.Text, c.Position?.Row, c.Position?.Column)));
    }
}
