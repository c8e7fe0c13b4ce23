using DisclosureModel.Html;
using DisclosureModel.Import;
using DisclosureModel.Pdf;
using DisclosureModel.Word;

namespace DisclosureModel.Cli;

/// <summary>
/// The one list of document readers of <c>disclosure import</c>: the kind of each input is told by its content
/// (<see cref="ReportDocumentImporter"/>), and the reader of that kind reads it. A new front end is one more reader here
/// and its package reference.
/// </summary>
internal static class DocumentReaders
{
    /// <summary>Gets the importer over every reader the tool has (text is always there).</summary>
    public static ReportDocumentImporter Importer { get; } = new(
        HtmlReportImporter.Reader,
        PdfReportImporter.Reader,
        DocxReportImporter.Reader);
}
