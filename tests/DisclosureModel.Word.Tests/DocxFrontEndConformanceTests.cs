using DisclosureModel.Import;
using DisclosureModel.Tests.Import.Conformance;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DisclosureModel.Word.Tests;

/// <summary>
/// The Word front end (<see cref="DocxReportImporter"/>) on documents written by <see cref="DocxReportWriter"/>: the
/// shared conformance cases. The suite passes inputs as text, so the input is the main part of the written document,
/// <c>word/document.xml</c>, one element per line; it is put back into the writer's package to be imported, so
/// the importer reads a whole <c>.docx</c> (a cut through the XML is a damaged document). Edits are made on the XML, as another producer's document would differ: a removed row hands its
/// <c>vMerge</c> start to the row below; an inserted row is one cell across the grid. The empty input is an empty
/// document (a package with an empty body), as bytes of length zero are no document at all
/// (<see cref="DocxErrorTests"/>).
/// </summary>
public sealed class DocxFrontEndConformanceTests : FrontEndConformanceTests
{
    private static readonly Lazy<byte[]> EmptyDocument = new(() =>
        DocxEditing.Edit(DocxReportWriter.ToBytes(Samples.Yeji2020), body =>
        {
            foreach (var element in body.ChildElements.Where(e => e is not SectionProperties).ToList())
            {
                element.Remove();
            }
        }));

    protected override string FrontEnd => "Word";

    protected override string Render(DisclosureReport report) => DocxEditing.MainPartXml(DocxReportWriter.ToBytes(report));

    protected override ImportResult Import(string input, ImportOptions options) =>
        DocxReportImporter.Import(input.Length == 0 ? EmptyDocument.Value : DocxEditing.WithMainPartXml(input), options);

    protected override IReadOnlyList<SourceCell> ExtractCells(string input) => DocxReportImporter.ExtractCells(DocxEditing.WithMainPartXml(input));

    protected override string RemoveRow(string input, string rowLabel) => Edit(input, body => DocxEditing.RemoveRow(DocxEditing.Row(body, rowLabel)));

    protected override string SwapRows(string input, string firstLabel, string secondLabel) => Edit(input, body =>
    {
        var first = DocxEditing.Row(body, firstLabel);
        var second = DocxEditing.Row(body, secondLabel);
        var a = new TableRow();
        var b = new TableRow();
        first.InsertBeforeSelf(a);
        second.InsertBeforeSelf(b);
        first.Remove();
        second.Remove();
        a.InsertAfterSelf(second);
        b.InsertAfterSelf(first);
        a.Remove();
        b.Remove();
    });

    protected override string InsertBeforeRow(string input, string rowLabel, string text) => Edit(input, body =>
    {
        var row = DocxEditing.Row(body, rowLabel);
        var grid = row.Ancestors<Table>().First().GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count();
        var cell = new TableCell(new TableCellProperties(new GridSpan { Val = grid }), new Paragraph(new Run(new Text(text))));
        row.InsertBeforeSelf(new TableRow(cell));
    });

    protected override string RemoveLastCell(string input, string rowLabel) => Edit(input, body =>
        DocxEditing.Row(body, rowLabel).Elements<TableCell>().Last().Remove());

    protected override string MapTableCells(string input, Func<string, bool, string> map) => Edit(input, body =>
    {
        foreach (var cell in body.Descendants<TableCell>().Where(c => !DocxEditing.Continues(c)))
        {
            DocxEditing.SetText(cell, map(DocxEditing.Text(cell), DocxEditing.IsValue(cell)));
        }
    });

    protected override void AssertPath(SourceLocation location)
    {
        Assert.NotNull(location.Element);
        Assert.Equal(location.Element, location.Path);
        Assert.Matches(@"^(table\[[1-9][0-9]*\]/r[1-9][0-9]*c[1-9][0-9]*|p\[[1-9][0-9]*\])$", location.Path);
    }

    private static string Edit(string input, Action<Body> edit) => DocxEditing.MainPartXml(DocxEditing.Edit(DocxEditing.WithMainPartXml(input), edit));
}
