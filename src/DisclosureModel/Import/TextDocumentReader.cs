namespace DisclosureModel.Import;

/// <summary>The reader of plain text (<see cref="ReportImporter.Reader"/>): bytes decoded and read as <see cref="ReportImporter.ImportText(Stream, ImportOptions?)"/> does.</summary>
internal sealed class TextDocumentReader : IReportDocumentReader
{
    public ReportDocumentKind Kind => ReportDocumentKind.Text;

    public ImportResult Import(Stream stream, ImportOptions? options = null) => ReportImporter.ImportText(stream, options);

    public Task<ImportResult> ImportAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default) =>
        ReportImporter.ImportTextAsync(stream, options, cancellationToken);
}
