namespace DisclosureModel.Import;

/// <summary>The kind of a document that holds a report, as its content shows it.</summary>
/// <remarks>The names are stable; the numeric values are not part of the contract.</remarks>
public enum ReportDocumentKind
{
    /// <summary>Not a kind the importers read (an image, an archive that is not a Word document, binary data).</summary>
    Unknown,

    /// <summary>Plain text: a crawler's text, a page copied from a browser, Markdown.</summary>
    Text,

    /// <summary>An HTML page (<c>DisclosureModel.Html</c>).</summary>
    Html,

    /// <summary>A PDF file (<c>DisclosureModel.Pdf</c>).</summary>
    Pdf,

    /// <summary>A Word document in the Office Open XML format, <c>.docx</c> (<c>DisclosureModel.Word</c>).</summary>
    Docx,

    /// <summary>A legacy binary Word document, <c>.doc</c>: refused, convert it to <c>.docx</c>.</summary>
    LegacyWord,
}

/// <summary>
/// Reads one kind of document into the one recognition engine: the front end of an input format. The importers of
/// the packages (<c>DisclosureModel.Html</c>, <c>DisclosureModel.Pdf</c>, <c>DisclosureModel.Word</c>) each offer one,
/// so that a caller can hand bytes to whichever reader their content calls for.
/// </summary>
/// <remarks>
/// A reader never throws for bad input: a document it cannot read (malformed, encrypted, too large, without text)
/// gives an <see cref="ImportResult"/> without a report and an <see cref="ImportSeverity.Error"/> diagnostic that says
/// why and where.
/// </remarks>
public interface IReportDocumentReader
{
    /// <summary>Gets the kind of document this reader reads.</summary>
    ReportDocumentKind Kind { get; }

    /// <summary>Imports a report from a document read from a stream (read to its end, not closed).</summary>
    /// <param name="stream">The document's bytes.</param>
    /// <param name="options">What the document does not say, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <returns>The report (or null) and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    ImportResult Import(Stream stream, ImportOptions? options = null);

    /// <summary>Imports a report from a document read asynchronously from a stream (read to its end, not closed).</summary>
    /// <param name="stream">The document's bytes.</param>
    /// <param name="options">What the document does not say, and the limits; null for <see cref="ImportOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading and recognising.</param>
    /// <returns>The report (or null) and the log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    Task<ImportResult> ImportAsync(Stream stream, ImportOptions? options = null, CancellationToken cancellationToken = default);
}
