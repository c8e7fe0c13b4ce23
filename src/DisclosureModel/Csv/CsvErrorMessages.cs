using System.Diagnostics.CodeAnalysis;
using DisclosureModel.Utility;

namespace DisclosureModel.Csv;

/// <summary>
/// The catalogue of every <see cref="CsvFormatException"/> message: one entry per kind of error, with named
/// placeholders, in English as .NET exception messages are. <see cref="OnLine"/> prefixes the line; tests compare with
/// <see cref="ErrorMessageTemplate.Format"/> of an entry.
/// </summary>
internal static class CsvErrorMessages
{
    /// <summary>The prefix of every message that names a line: <c>{message}</c> is one of the entries below.</summary>
    public static ErrorMessageTemplate OnLine { get; } = new("csv.onLine", "CSV line {line}: {message}");

    /// <summary>The message of an exception created without one.</summary>
    public static ErrorMessageTemplate NotReportCsv { get; } = new("csv.notReportCsv", "The CSV is not valid report CSV.");

    /// <summary>An empty text.</summary>
    public static ErrorMessageTemplate HeaderMissing { get; } = new("csv.headerMissing", "the header record is missing.");

    /// <summary>A first record that is not the header; <c>{header}</c> is the header line.</summary>
    public static ErrorMessageTemplate WrongHeader { get; } = new("csv.wrongHeader", "the header must be '{header}'.");

    /// <summary>A record with another number of fields than the header.</summary>
    public static ErrorMessageTemplate WrongFieldCount { get; } = new("csv.wrongFieldCount", "a record has {expected} fields; this one has {actual}.");

    /// <summary>A record without agency.</summary>
    public static ErrorMessageTemplate EmptyAgency { get; } = new("csv.emptyAgency", "the agency is empty.");

    /// <summary>A year field that is not a report year.</summary>
    public static ErrorMessageTemplate InvalidReportYear { get; } = new("csv.invalidReportYear", "'{text}' is not a report year between {minimum} and {maximum}.");

    /// <summary>An edition field that is not <c>2019</c> or <c>2021</c>.</summary>
    public static ErrorMessageTemplate InvalidEdition { get; } = new("csv.invalidEdition", "'{text}' is not an edition (2019 or 2021).");

    /// <summary>A record of a report whose earlier records gave another edition.</summary>
    public static ErrorMessageTemplate EditionChanged { get; } = new("csv.editionChanged", "{agency} {year} was given in the {edition} format on line {firstLine}; this record says {text}.");

    /// <summary>A closing quote followed by other text.</summary>
    public static ErrorMessageTemplate TextAfterClosingQuote { get; } = new("csv.textAfterClosingQuote", "a closing quote must be followed by a comma or the end of the record.");

    /// <summary>A double quote inside an unquoted field.</summary>
    public static ErrorMessageTemplate QuoteInUnquotedField { get; } = new("csv.quoteInUnquotedField", "a double quote inside an unquoted field; quote the field and double the quote.");

    /// <summary>A carriage return not followed by a line feed.</summary>
    public static ErrorMessageTemplate LoneCarriageReturn { get; } = new("csv.loneCarriageReturn", "a carriage return must be followed by a line feed.");

    /// <summary>A quoted field still open at the end of the text.</summary>
    public static ErrorMessageTemplate UnclosedQuote { get; } = new("csv.unclosedQuote", "a quoted field is not closed.");

    /// <summary>A value that is not of the cell's kind; <c>{kind}</c> is e.g. <c>a whole number of at least 0</c>.</summary>
    public static ErrorMessageTemplate InvalidValue { get; } = new("csv.invalidValue", "'{text}' is not a valid value for {cell} ({kind}).");

    /// <summary>A cell key (<c>section/row/column</c>) that the edition does not have.</summary>
    public static ErrorMessageTemplate UnknownCell { get; } = new("csv.unknownCell", "the {edition} format has no cell {cell}.");

    /// <summary>Labels that are not the layout's for the cell.</summary>
    public static ErrorMessageTemplate WrongLabels { get; } = new("csv.wrongLabels", "the labels of {cell} are '{row}' and '{column}', not '{givenRow}' and '{givenColumn}'.");

    /// <summary>A cell given twice for one report.</summary>
    public static ErrorMessageTemplate RepeatedCell { get; } = new("csv.repeatedCell", "the cell {cell} of {agency} {year} was already given on line {firstLine}.");

    /// <summary>A report with cells missing; <c>{first}</c> is the first missing cell's key.</summary>
    public static ErrorMessageTemplate MissingCells { get; } = new("csv.missingCells", "{agency} {year} lacks {count} cell(s), first {first}; every cell of the format must be given (blank as an empty value).");

    /// <summary>An unread marker (<c>?</c> and a reason code) whose code is not an <see cref="Import.ImportDiagnosticCode"/>.</summary>
    public static ErrorMessageTemplate InvalidUnreadReason { get; } = new("csv.invalidUnreadReason", "'{text}' is not an unread marker for {cell}: '?' must be followed by a reason code such as ambiguousSplit.");

    /// <summary>Gets every entry, for consistency tests.</summary>
    public static IReadOnlyList<ErrorMessageTemplate> All { get; } =
    [
        OnLine, NotReportCsv, HeaderMissing, WrongHeader, WrongFieldCount, EmptyAgency, InvalidReportYear, InvalidEdition,
        EditionChanged, TextAfterClosingQuote, QuoteInUnquotedField, LoneCarriageReturn, UnclosedQuote, InvalidValue,
        UnknownCell, WrongLabels, RepeatedCell, MissingCells, InvalidUnreadReason,
    ];
}

/// <summary>Builds and throws <see cref="CsvFormatException"/>s from <see cref="CsvErrorMessages"/>.</summary>
internal static class CsvThrowHelper
{
    /// <summary>Throws the error <paramref name="message"/> for a line.</summary>
    [DoesNotReturn]
    public static void Throw(int line, ErrorMessageTemplate message, params ReadOnlySpan<MessageArgument> args) =>
        throw Create(line, message, args);

    /// <summary>Creates the error <paramref name="message"/> for a line, for <c>throw</c> expressions.</summary>
    public static CsvFormatException Create(int line, ErrorMessageTemplate message, params ReadOnlySpan<MessageArgument> args) =>
        new(line, message.Format(args));
}
