using DisclosureModel.Utility;

namespace DisclosureModel.Json;

/// <summary>
/// The catalogue of every message of <see cref="DisclosureJsonException"/> (and of the <c>JsonException</c>s the
/// library's converters throw through <see cref="DisclosureJson.ReportTypeInfo"/>): one entry per kind of error, with
/// named placeholders, in English as .NET exception messages are. <see cref="JsonThrowHelper"/> builds the exceptions;
/// tests compare with <see cref="ErrorMessageTemplate.Format"/> of an entry.
/// </summary>
/// <remarks>
/// Messages of System.Text.Json's own reader (invalid JSON, nesting too deep) are passed on as they are. A message
/// about a part of a value (a cell of a row, an element of a list, an end of a period) wraps the part's message:
/// <see cref="InCell"/>, <see cref="InElement"/>, <see cref="InPeriodMember"/>; one about an NDJSON line is prefixed
/// by <see cref="OnNdjsonLine"/>.
/// </remarks>
internal static class JsonErrorMessages
{
    // Shape: objects and their members.

    /// <summary>A token of the wrong kind: <c>{expected}</c> what the shape has there, <c>{token}</c> the token read.</summary>
    public static ErrorMessageTemplate UnexpectedToken { get; } = new("json.unexpectedToken", "Expected {expected}; got {token}.");

    /// <summary>A member that is not part of an object of the shape.</summary>
    public static ErrorMessageTemplate UnknownMember { get; } = new("json.unknownMember", "The member '{name}' is not part of {kind}; its members are {members}.");

    /// <summary>A member given twice in one object.</summary>
    public static ErrorMessageTemplate DuplicateMember { get; } = new("json.duplicateMember", "Duplicate member '{name}' in {kind}.");

    /// <summary>Members missing from an object; <c>{names}</c> lists them quoted, e.g. <c>'pending', 'total'</c>.</summary>
    public static ErrorMessageTemplate MissingMembers { get; } = new("json.missingMembers", "The object ({kind}) is missing its required member(s) {names}; a blank value is null.");

    /// <summary><c>null</c> where the model has no blank.</summary>
    public static ErrorMessageTemplate NullNotAllowed { get; } = new("json.nullNotAllowed", "The member '{member}' cannot be null.");

    /// <summary>The whole document is <c>null</c>.</summary>
    public static ErrorMessageTemplate NullDocument { get; } = new("json.nullDocument", "The document is null; expected a report object.");

    /// <summary>An edition-specific object without its <c>edition</c> discriminator.</summary>
    public static ErrorMessageTemplate MissingEdition { get; } = new("json.missingEdition", "The object {member} is missing its required member 'edition' (\"2019\" or \"2021\").");

    /// <summary>An edition that is neither <c>"2019"</c> nor <c>"2021"</c>.</summary>
    public static ErrorMessageTemplate UnknownEdition { get; } = new("json.unknownEdition", "Unknown edition {token}; expected \"2019\" or \"2021\".");

    /// <summary>A section whose edition is not the metadata's.</summary>
    public static ErrorMessageTemplate EditionMismatch { get; } = new("json.editionMismatch", "{member} is \"{actual}\" but metadata.edition is \"{expected}\"; a report has one edition.");

    /// <summary>A <c>schemaVersion</c> other than the one this library reads.</summary>
    public static ErrorMessageTemplate UnsupportedSchemaVersion { get; } = new("json.unsupportedSchemaVersion", "Unsupported schema version {version}; this library reads version {supported}.");

    // Rows of counts.

    /// <summary>A row of counts that is not an object.</summary>
    public static ErrorMessageTemplate NotARow { get; } = new("json.notARow", "Expected an object with the members {columns} ({row}); got {token}.");

    /// <summary>A member of a row of counts that is not one of its columns.</summary>
    public static ErrorMessageTemplate UnknownColumn { get; } = new("json.unknownColumn", "The member '{name}' is not a column of {row}; the columns are {columns}.");

    /// <summary>Columns missing from a row; <c>{row}</c> is capitalised, e.g. <c>An applicant row</c>.</summary>
    public static ErrorMessageTemplate MissingColumns { get; } = new("json.missingColumns", "{row} is missing its required member(s) {names}; a blank cell is null.");

    /// <summary>An error in a cell of a row: <c>{detail}</c> is the cell's own message.</summary>
    public static ErrorMessageTemplate InCell { get; } = new("json.inCell", "The cell '{cell}': {detail}");

    // Numbers.

    /// <summary>A value that must be an integer and is another token; <c>{what}</c> is e.g. <c>A count</c>.</summary>
    public static ErrorMessageTemplate NotAnInteger { get; } = new("json.notAnInteger", "{what} must be an integer; got {token}.");

    /// <summary>A fractional number where an integer is required (<c>1.5</c>, <c>1.0</c>, <c>1e2</c>).</summary>
    public static ErrorMessageTemplate FractionalInteger { get; } = new("json.fractionalInteger", "{what} must be an integer; got the fractional number {number}.");

    /// <summary>An integer out of the range of <see cref="int"/>.</summary>
    public static ErrorMessageTemplate IntegerOverflow { get; } = new("json.integerOverflow", "{what} must be an integer from {minimum} to {maximum}; got {number}, which overflows.");

    /// <summary>A negative count.</summary>
    public static ErrorMessageTemplate NegativeCount { get; } = new("json.negativeCount", "A count cannot be negative; got {value}.");

    /// <summary>A report year out of range.</summary>
    public static ErrorMessageTemplate ReportYearOutOfRange { get; } = new("json.reportYearOutOfRange", "A report year must lie between {minimum} and {maximum}; got {value}.");

    /// <summary>An amount of money that is another token.</summary>
    public static ErrorMessageTemplate NotAnAmount { get; } = new("json.notAnAmount", "An amount must be a number; got {token}.");

    /// <summary>An amount out of the range of <see cref="decimal"/>.</summary>
    public static ErrorMessageTemplate AmountOutOfRange { get; } = new("json.amountOutOfRange", "The amount {number} is out of the range of decimal (at most 28 significant digits; a non-zero amount below 1e-28 would become zero).");

    /// <summary>A negative amount of money.</summary>
    public static ErrorMessageTemplate NegativeAmount { get; } = new("json.negativeAmount", "An amount of money cannot be negative; got {number}.");

    // Strings, dates, periods, lists.

    /// <summary>A string that must not be blank and is another token.</summary>
    public static ErrorMessageTemplate NotANonBlankString { get; } = new("json.notANonBlankString", "Expected a non-blank string; got {token}.");

    /// <summary>An empty or white-space string where the model needs text (the agency name).</summary>
    public static ErrorMessageTemplate BlankString { get; } = new("json.blankString", "The value cannot be empty or white space.");

    /// <summary>A member of a period other than <c>start</c> and <c>end</c>.</summary>
    public static ErrorMessageTemplate UnknownPeriodMember { get; } = new("json.unknownPeriodMember", "The member '{name}' is not part of a period; expected 'start' and 'end'.");

    /// <summary>A period without its <c>start</c> or <c>end</c>.</summary>
    public static ErrorMessageTemplate MissingPeriodMember { get; } = new("json.missingPeriodMember", "A period is missing its required member '{member}'.");

    /// <summary>An error in the <c>start</c> or <c>end</c> of a period: <c>{detail}</c> is the date's message.</summary>
    public static ErrorMessageTemplate InPeriodMember { get; } = new("json.inPeriodMember", "The period's '{member}': {detail}");

    /// <summary>A period that ends before it starts (dates <c>yyyy-MM-dd</c>).</summary>
    public static ErrorMessageTemplate PeriodEndsBeforeStart { get; } = new("json.periodEndsBeforeStart", "The period ends ({end}) before it starts ({start}).");

    /// <summary>A <c>null</c> element of a list.</summary>
    public static ErrorMessageTemplate NullElement { get; } = new("json.nullElement", "Element [{index}] is null; elements cannot be null.");

    /// <summary>A <c>null</c> element of <c>overview.parts</c>.</summary>
    public static ErrorMessageTemplate NullOverviewPart { get; } = new("json.nullOverviewPart", "Element [{index}] of the overview parts is null; elements cannot be null.");

    /// <summary>An error inside an element of a list: <c>{path}</c> is the path within the element (e.g. <c>.heading</c>, or empty).</summary>
    public static ErrorMessageTemplate InElement { get; } = new("json.inElement", "Element [{index}]{path}: {detail}");

    // Unread cells.

    /// <summary>An element of <c>unreadCells</c> whose path is not a cell of either edition.</summary>
    public static ErrorMessageTemplate UnreadCellNotACell { get; } = new("json.unreadCellNotACell", "'{path}' is not the path of a cell of the statutory tables (e.g. Applications.NewlyReceived.Total).");

    /// <summary>An element of <c>unreadCells</c> whose path is not a cell of the report's edition.</summary>
    public static ErrorMessageTemplate UnreadCellNotOfEdition { get; } = new("json.unreadCellNotOfEdition", "unreadCells names '{path}', which is not a cell of the {edition} format's tables.");

    /// <summary>A cell listed twice in <c>unreadCells</c>.</summary>
    public static ErrorMessageTemplate UnreadCellTwice { get; } = new("json.unreadCellTwice", "unreadCells names the cell '{path}' twice.");

    /// <summary>A cell listed in <c>unreadCells</c> that holds a value.</summary>
    public static ErrorMessageTemplate UnreadCellHoldsValue { get; } = new("json.unreadCellHoldsValue", "unreadCells names the cell '{path}', which holds the value {value}; an unread cell is blank (null).");

    // Values the reader or a model check refused, limits, NDJSON.

    /// <summary>A value the reader could not decode or the model refused: <c>{detail}</c> is that message.</summary>
    public static ErrorMessageTemplate InvalidValue { get; } = new("json.invalidValue", "Invalid value: {detail}");

    /// <summary>A document over <see cref="DisclosureJsonLimits.MaxDocumentBytes"/>.</summary>
    public static ErrorMessageTemplate DocumentTooLarge { get; } = new("json.documentTooLarge", "The document is larger than the limit of {limit} bytes (DisclosureJsonLimits.MaxDocumentBytes).");

    /// <summary>A string value over <see cref="DisclosureJsonLimits.MaxStringLength"/>.</summary>
    public static ErrorMessageTemplate StringTooLong { get; } = new("json.stringTooLong", "The string has {length} UTF-16 code units, more than the limit of {limit} (DisclosureJsonLimits.MaxStringLength).");

    /// <summary>A member name over <see cref="DisclosureJsonLimits.MaxStringLength"/>.</summary>
    public static ErrorMessageTemplate MemberNameTooLong { get; } = new("json.memberNameTooLong", "The member name has {length} UTF-16 code units, more than the limit of {limit} (DisclosureJsonLimits.MaxStringLength).");

    /// <summary>An NDJSON stream with more reports than its limit.</summary>
    public static ErrorMessageTemplate TooManyReports { get; } = new("json.tooManyReports", "the stream holds more than the limit of {limit} reports.");

    /// <summary>A document in UTF-16 or UTF-32 (a UTF-16 byte-order mark or a zero byte at the start).</summary>
    public static ErrorMessageTemplate NotUtf8 { get; } = new(
        "json.notUtf8",
        "The document is not UTF-8: it starts like UTF-16 or UTF-32 (a byte-order mark FF FE or FE FF, or a zero byte). Convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8.");

    /// <summary>The prefix of every NDJSON error: <c>{line}</c> is the one-based line, <c>{message}</c> the error's message.</summary>
    public static ErrorMessageTemplate OnNdjsonLine { get; } = new("json.onNdjsonLine", "Line {line}: {message}");

    /// <summary>
    /// An error inside a report embedded in a larger document (<see cref="DisclosureReportJsonConverter"/>):
    /// <c>{path}</c> is the path within the report, <c>{detail}</c> the report reader's message.
    /// </summary>
    public static ErrorMessageTemplate InEmbeddedReport { get; } = new("json.inEmbeddedReport", "At {path} within the report: {detail}");

    /// <summary>Gets every entry, for consistency tests.</summary>
    public static IReadOnlyList<ErrorMessageTemplate> All { get; } =
    [
        UnexpectedToken, UnknownMember, DuplicateMember, MissingMembers, NullNotAllowed, NullDocument, MissingEdition,
        UnknownEdition, EditionMismatch, UnsupportedSchemaVersion, NotARow, UnknownColumn, MissingColumns, InCell,
        NotAnInteger, FractionalInteger, IntegerOverflow, NegativeCount, ReportYearOutOfRange, NotAnAmount,
        AmountOutOfRange, NegativeAmount, NotANonBlankString, BlankString, UnknownPeriodMember, MissingPeriodMember,
        InPeriodMember, PeriodEndsBeforeStart, NullElement, NullOverviewPart, InElement, InvalidValue, DocumentTooLarge,
        StringTooLong, MemberNameTooLong, TooManyReports, OnNdjsonLine, NotUtf8,
        UnreadCellNotACell, UnreadCellNotOfEdition, UnreadCellTwice, UnreadCellHoldsValue, InEmbeddedReport,
    ];
}
