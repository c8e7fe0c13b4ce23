using DisclosureModel.Validation;

namespace DisclosureModel.Import;

/// <summary>How serious an import diagnostic is.</summary>
public enum ImportSeverity
{
    /// <summary>Something the importer did that the user may want to know (a tolerated variant, a digit run split).</summary>
    Info,

    /// <summary>Something guessed or doubtful; the value read is probably right but should be checked.</summary>
    Warning,

    /// <summary>Something missing or unreadable: the cells concerned are blank (null) in the report, or there is no report.</summary>
    Error,
}

/// <summary>The stable code of an import diagnostic. The names are stable; the numeric values are not part of the contract.</summary>
public enum ImportDiagnosticCode
{
    /// <summary>The input exceeds <see cref="ImportOptions.MaxInputLength"/>; nothing was read.</summary>
    InputTooLarge,

    /// <summary>The input has no recognisable statutory table: it is neither edition. There is no report.</summary>
    NotAReport,

    /// <summary>Labels of both editions were found; the majority (or the report year) decided.</summary>
    EditionConflict,

    /// <summary>No edition-specific label was found; the edition was taken from the report year or the options.</summary>
    EditionAssumed,

    /// <summary>A section heading (一 to 六) was not found.</summary>
    SectionMissing,

    /// <summary>A statutory table or sub-table was not found; its cells are blank (null), never 0.</summary>
    TableMissing,

    /// <summary>A data row was not found; its cells are blank (null), never 0.</summary>
    RowMissing,

    /// <summary>A row appeared twice; the first occurrence was kept.</summary>
    DuplicateRow,

    /// <summary>A label was read in a tolerated variant spelling (docs/import.md, "Tolerated variants").</summary>
    LabelVariant,

    /// <summary>A column header of a table was not found; the values were read by position.</summary>
    ColumnHeaderMissing,

    /// <summary>Digits run together were split into cells; the message says which rule decided.</summary>
    DigitsSplit,

    /// <summary>Digits run together can be split in several ways that all satisfy the rules; the cells are left blank and the candidates listed.</summary>
    AmbiguousSplit,

    /// <summary>Digits run together cannot be split into the table's cells at all; the cells are left blank.</summary>
    UnreadableCells,

    /// <summary>The only possible split of a digit run does not satisfy the table's sum rule (the page does not add up).</summary>
    SplitDoesNotBalance,

    /// <summary>Splitting a digit run needed more steps than the importer allows; the cells are left blank.</summary>
    SplitSearchLimit,

    /// <summary>A blank cell was kept as blank (null).</summary>
    BlankCell,

    /// <summary>A blank cell was read as 0 because the rest of its row already adds up to the printed total.</summary>
    BlankReadAsZero,

    /// <summary>Text that is neither a label nor a number sat inside a table and was ignored.</summary>
    UnexpectedText,

    /// <summary>
    /// A required item of metadata (agency name, report year) is neither on the page nor in the options, or the page's
    /// year is out of range: there is no report, but the tables recognised are in <see cref="ImportResult.Tables"/>.
    /// </summary>
    MetadataMissing,

    /// <summary>An item of metadata was taken from the options, or assumed.</summary>
    MetadataAssumed,

    /// <summary>Text around the report (navigation, page furniture) was left out.</summary>
    PageChromeSkipped,

    /// <summary>Text in a table is equally close to the labels of two rows (a typo between them); it is read as neither (error, the candidates listed).</summary>
    AmbiguousLabel,

    /// <summary>
    /// A run of digits that the table's rules left ambiguous was settled by other evidence: a number the report's own
    /// text states, or a year-to-year relation (X2–X4) with <see cref="ImportOptions.PreviousReport"/>. The message
    /// names the evidence.
    /// </summary>
    SplitDecidedByEvidence,

    /// <summary>
    /// How the bytes of the input were decoded: the encoding and why (info), or a character-set declaration that was
    /// ignored or contradicted, or bytes invalid in the encoding (warning). Only imports from bytes or streams log it.
    /// </summary>
    InputEncoding,

    /// <summary>
    /// A 2021-format page prints Section 三's （六）其他处理 as one row, as the 2019 format did: Section 三 was read in the
    /// 2019 shape (the supported hybrid, <see cref="CellCatalog.Edition2021Hybrid"/>); the sub-rows are not invented.
    /// </summary>
    EditionHybrid,

    /// <summary>Sentences of the text give different values for an item of metadata; none of them was taken.</summary>
    MetadataConflict,

    /// <summary>Empty lines of plain text were read as blank cells: the only reading of the row that fits its cells.</summary>
    EmptyLinesReadAsBlankCells,

    /// <summary>
    /// The document is of a kind the importers do not read (a legacy binary <c>.doc</c>, an archive that is not a
    /// <c>.docx</c>, an image): there is no report. The message says what to do (convert to <c>.docx</c>, for example).
    /// </summary>
    DocumentUnsupported,

    /// <summary>The document's structure is broken (a truncated PDF, a damaged <c>.docx</c> package): there is no report. The message says where.</summary>
    DocumentMalformed,

    /// <summary>The document is encrypted or password-protected and was not opened: there is no report.</summary>
    DocumentEncrypted,

    /// <summary>The PDF has no text layer (a scan, images of pages): text recognition (OCR) is needed first; there is no report.</summary>
    NoTextLayer,

    /// <summary>The document exceeds one of the reader's documented limits (pages, parts, size, words per page): there is no report.</summary>
    DocumentLimitExceeded,

    /// <summary>
    /// The kind of a document as its content shows it, and why (info, written by <see cref="ReportDocumentImporter"/>), or
    /// a file name whose extension says another kind than the content (warning: the content decides).
    /// </summary>
    DocumentKindDetected,
}

/// <summary>One thing the importer skipped, guessed, tolerated or could not find, with where it is.</summary>
/// <remarks>Equality is by value.</remarks>
public sealed record ImportDiagnostic
{
    /// <summary>Gets the stable code.</summary>
    public required ImportDiagnosticCode Code { get; init; }

    /// <summary>Gets the severity.</summary>
    public required ImportSeverity Severity { get; init; }

    /// <summary>Gets where in the input the diagnostic points.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>Gets the English message (the text <see cref="ToString"/> and <see cref="ImportLog.ToCanonicalText"/> print).</summary>
    public required string Message { get; init; }

    /// <summary>Gets the Chinese message, or an empty string for a diagnostic built without one.</summary>
    public string ChineseMessage { get; init; } = string.Empty;

    /// <summary>
    /// Gets the stable key of the message in the importer's message catalogue (e.g. <c>import.rowMissing</c>), or null
    /// for a diagnostic built elsewhere. Several messages can share one <see cref="Code"/>; the key tells them apart.
    /// </summary>
    public string? MessageId { get; init; }

    /// <summary>Gets the property path of the report member concerned (e.g. <c>Applications.Outcomes.Total</c>), or null.</summary>
    public string? PropertyPath { get; init; }

    /// <summary>Gets the label or text as seen on the page, or null.</summary>
    public string? Seen { get; init; }

    /// <summary>Gets the statutory label expected there, or null.</summary>
    public string? Expected { get; init; }

    /// <summary>Gets the candidate readings of an ambiguous digit run (cells separated by spaces, one string per candidate); empty otherwise.</summary>
    public ValueList<string> Candidates { get; init; } = ValueList<string>.Empty;

    /// <summary>Gets the message in a language: <see cref="ChineseMessage"/> (when there is one) or <see cref="Message"/>.</summary>
    /// <param name="language">Chinese or English; <see cref="ValidationLanguage.CurrentUICulture"/> is resolved against the current UI culture.</param>
    /// <returns>The message.</returns>
    public string GetMessage(ValidationLanguage language) =>
        language.Resolve() == ValidationLanguage.Chinese && ChineseMessage.Length > 0 ? ChineseMessage : Message;

    /// <summary>Gets the diagnostic on one line, in English: severity, code, location, message, seen, expected and candidates.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = $"{Severity.ToString().ToLowerInvariant()} {Code} at {Location}: {Message}";
        if (PropertyPath is not null)
        {
            text += $" [{PropertyPath}]";
        }

        if (Seen is not null)
        {
            text += $" | seen: {Seen}";
        }

        if (Expected is not null)
        {
            text += $" | expected: {Expected}";
        }

        if (Candidates.Count > 0)
        {
            text += " | candidates: " + string.Join(" ; ", Candidates);
        }

        return text;
    }
}
