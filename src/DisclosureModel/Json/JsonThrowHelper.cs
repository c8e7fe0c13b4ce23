using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using DisclosureModel.Utility;

namespace DisclosureModel.Json;

/// <summary>
/// Builds and throws the JSON errors from <see cref="JsonErrorMessages"/>, so that the reading methods keep only a call
/// where they would format a message (as System.Text.Json's <c>ThrowHelper</c> does). <c>Throw…</c> methods never
/// return; the others return the exception for <c>throw</c> expressions.
/// </summary>
/// <remarks>
/// The <see cref="JsonException"/>s carry no position: <see cref="JsonLocation"/> (or System.Text.Json, through
/// <see cref="DisclosureJson.ReportTypeInfo"/>) adds the path and position of the token being read.
/// </remarks>
internal static class JsonThrowHelper
{
    /// <summary>Throws for a token of the wrong kind; <paramref name="expected"/> is e.g. <c>a string</c>.</summary>
    [DoesNotReturn]
    public static void ThrowUnexpectedToken(ref Utf8JsonReader reader, string expected) => throw UnexpectedToken(ref reader, expected);

    /// <summary>Creates the error for a token of the wrong kind.</summary>
    public static JsonException UnexpectedToken(ref Utf8JsonReader reader, string expected, Exception? inner = null) =>
        new(JsonErrorMessages.UnexpectedToken.Format(("expected", expected), ("token", JsonNumbers.Describe(ref reader))), inner);

    /// <summary>Throws for the current member name, which is not part of <paramref name="kind"/>.</summary>
    [DoesNotReturn]
    public static void ThrowUnknownMember(ref Utf8JsonReader reader, string kind, string members) =>
        throw new JsonException(JsonErrorMessages.UnknownMember.Format(("name", reader.GetString()), ("kind", kind), ("members", members)));

    /// <summary>Throws for a member given twice.</summary>
    [DoesNotReturn]
    public static void ThrowDuplicateMember(string name, string kind) =>
        throw new JsonException(JsonErrorMessages.DuplicateMember.Format(("name", name), ("kind", kind)));

    /// <summary>Throws for members missing from an object of <paramref name="kind"/>.</summary>
    [DoesNotReturn]
    public static void ThrowMissingMembers(string kind, IEnumerable<string> names) =>
        throw new JsonException(JsonErrorMessages.MissingMembers.Format(("kind", kind), ("names", Quoted(names))));

    /// <summary>Creates the error for <c>null</c> in <paramref name="member"/>, which has no blank.</summary>
    public static JsonException NullNotAllowed(string member) => new(JsonErrorMessages.NullNotAllowed.Format(("member", member)));

    /// <summary>Creates the error for a document that is <c>null</c>, at its start.</summary>
    public static DisclosureJsonException NullDocument() => new(JsonErrorMessages.NullDocument.Format(), "$", 0, 0, null);

    /// <summary>Creates the error for an edition-specific object without <c>edition</c>.</summary>
    public static JsonException MissingEdition(string member) => new(JsonErrorMessages.MissingEdition.Format(("member", member)));

    /// <summary>Throws for an unknown edition.</summary>
    [DoesNotReturn]
    public static void ThrowUnknownEdition(ref Utf8JsonReader reader) =>
        throw new JsonException(JsonErrorMessages.UnknownEdition.Format(("token", JsonNumbers.Describe(ref reader))));

    /// <summary>Creates the error for a section whose edition is not the metadata's.</summary>
    public static JsonException EditionMismatch(string member, FormatEdition actual, FormatEdition expected) =>
        new(JsonErrorMessages.EditionMismatch.Format(("member", member), ("actual", actual.GetIdentifier()), ("expected", expected.GetIdentifier())));

    /// <summary>Throws for an unsupported <c>schemaVersion</c>.</summary>
    [DoesNotReturn]
    public static void ThrowUnsupportedSchemaVersion(int version) =>
        throw new JsonException(JsonErrorMessages.UnsupportedSchemaVersion.Format(("version", version), ("supported", DisclosureJson.SchemaVersion)));

    /// <summary>Throws for a row of counts that is not an object.</summary>
    [DoesNotReturn]
    public static void ThrowNotARow(ref Utf8JsonReader reader, string row, string columns) =>
        throw new JsonException(JsonErrorMessages.NotARow.Format(("columns", columns), ("row", row), ("token", JsonNumbers.Describe(ref reader))));

    /// <summary>Throws for the current member name, which is not a column of <paramref name="row"/>.</summary>
    [DoesNotReturn]
    public static void ThrowUnknownColumn(ref Utf8JsonReader reader, string row, string columns) =>
        throw new JsonException(JsonErrorMessages.UnknownColumn.Format(("name", reader.GetString()), ("row", row), ("columns", columns)));

    /// <summary>Throws for columns missing from a row; <paramref name="row"/> is capitalised here.</summary>
    [DoesNotReturn]
    public static void ThrowMissingColumns(string row, IEnumerable<string> names) =>
        throw new JsonException(JsonErrorMessages.MissingColumns.Format(("row", char.ToUpperInvariant(row[0]) + row[1..]), ("names", Quoted(names))));

    /// <summary>Throws for an error in a cell, wrapping its message.</summary>
    [DoesNotReturn]
    public static void ThrowInCell(string cell, JsonException inner) =>
        throw new JsonException(JsonErrorMessages.InCell.Format(("cell", cell), ("detail", inner.Message)), inner);

    /// <summary>Throws for a value that must be an integer and is another token.</summary>
    [DoesNotReturn]
    public static void ThrowNotAnInteger(ref Utf8JsonReader reader, string what) =>
        throw new JsonException(JsonErrorMessages.NotAnInteger.Format(("what", what), ("token", JsonNumbers.Describe(ref reader))));

    /// <summary>Throws for a number that is not an <see cref="int"/>: fractional, or out of range.</summary>
    [DoesNotReturn]
    public static void ThrowNotAnInt32(ref Utf8JsonReader reader, string what) =>
        throw new JsonException(JsonNumbers.IsIntegerLiteral(ref reader)
            ? JsonErrorMessages.IntegerOverflow.Format(("what", what), ("minimum", int.MinValue), ("maximum", int.MaxValue), ("number", JsonNumbers.Text(ref reader)))
            : JsonErrorMessages.FractionalInteger.Format(("what", what), ("number", JsonNumbers.Text(ref reader))));

    /// <summary>Throws for a negative count.</summary>
    [DoesNotReturn]
    public static void ThrowNegativeCount(int value) => throw new JsonException(JsonErrorMessages.NegativeCount.Format(("value", value)));

    /// <summary>Throws for a report year out of range.</summary>
    [DoesNotReturn]
    public static void ThrowReportYearOutOfRange(int value) =>
        throw new JsonException(JsonErrorMessages.ReportYearOutOfRange.Format(("minimum", ReportYears.Minimum), ("maximum", ReportYears.Maximum), ("value", value)));

    /// <summary>Throws for an amount that is another token.</summary>
    [DoesNotReturn]
    public static void ThrowNotAnAmount(ref Utf8JsonReader reader) =>
        throw new JsonException(JsonErrorMessages.NotAnAmount.Format(("token", JsonNumbers.Describe(ref reader))));

    /// <summary>Throws for an amount out of the range of <see cref="decimal"/>.</summary>
    [DoesNotReturn]
    public static void ThrowAmountOutOfRange(ref Utf8JsonReader reader) =>
        throw new JsonException(JsonErrorMessages.AmountOutOfRange.Format(("number", JsonNumbers.Text(ref reader))));

    /// <summary>Throws for a negative amount.</summary>
    [DoesNotReturn]
    public static void ThrowNegativeAmount(ref Utf8JsonReader reader) =>
        throw new JsonException(JsonErrorMessages.NegativeAmount.Format(("number", JsonNumbers.Text(ref reader))));

    /// <summary>Throws for a token that is not a string where a non-blank string is required.</summary>
    [DoesNotReturn]
    public static void ThrowNotANonBlankString(JsonTokenType token) =>
        throw new JsonException(JsonErrorMessages.NotANonBlankString.Format(("token", token)));

    /// <summary>Throws for an empty or white-space string.</summary>
    [DoesNotReturn]
    public static void ThrowBlankString() => throw new JsonException(JsonErrorMessages.BlankString.Format());

    /// <summary>Throws for the current member name, which is not <c>start</c> or <c>end</c>.</summary>
    [DoesNotReturn]
    public static void ThrowUnknownPeriodMember(ref Utf8JsonReader reader) =>
        throw new JsonException(JsonErrorMessages.UnknownPeriodMember.Format(("name", reader.GetString())));

    /// <summary>Throws for a period without <paramref name="member"/>.</summary>
    [DoesNotReturn]
    public static void ThrowMissingPeriodMember(string member) =>
        throw new JsonException(JsonErrorMessages.MissingPeriodMember.Format(("member", member)));

    /// <summary>Throws for an error in the <paramref name="member"/> of a period, wrapping its message.</summary>
    [DoesNotReturn]
    public static void ThrowInPeriodMember(string member, JsonException inner) =>
        throw new JsonException(JsonErrorMessages.InPeriodMember.Format(("member", member), ("detail", inner.Message)), inner.InnerException);

    /// <summary>Throws for a period that ends before it starts.</summary>
    [DoesNotReturn]
    public static void ThrowPeriodEndsBeforeStart(NodaTime.LocalDate start, NodaTime.LocalDate end) =>
        throw new JsonException(JsonErrorMessages.PeriodEndsBeforeStart.Format(("end", Iso(end)), ("start", Iso(start))));

    /// <summary>Throws for a <c>null</c> element of a list.</summary>
    [DoesNotReturn]
    public static void ThrowNullElement(int index) => throw new JsonException(JsonErrorMessages.NullElement.Format(("index", index)));

    /// <summary>Throws for a <c>null</c> element of <c>overview.parts</c>.</summary>
    [DoesNotReturn]
    public static void ThrowNullOverviewPart(int index) => throw new JsonException(JsonErrorMessages.NullOverviewPart.Format(("index", index)));

    /// <summary>Creates the error for an unread cell whose path names no cell of either edition.</summary>
    public static JsonException UnreadCellNotACell(string path) => new(JsonErrorMessages.UnreadCellNotACell.Format(("path", path)));

    /// <summary>Creates the error for an unread cell that is not a cell of the report's edition.</summary>
    public static JsonException UnreadCellNotOfEdition(string path, FormatEdition edition) =>
        new(JsonErrorMessages.UnreadCellNotOfEdition.Format(("path", path), ("edition", edition.GetIdentifier())));

    /// <summary>Creates the error for a cell listed twice as unread.</summary>
    public static JsonException UnreadCellTwice(string path) => new(JsonErrorMessages.UnreadCellTwice.Format(("path", path)));

    /// <summary>Creates the error for an unread cell that holds a value.</summary>
    public static JsonException UnreadCellHoldsValue(string path, CellValue value) =>
        new(JsonErrorMessages.UnreadCellHoldsValue.Format(("path", path), ("value", value.ToString())));

    /// <summary>Throws for an error inside an element of a list, wrapping its message.</summary>
    [DoesNotReturn]
    public static void ThrowInElement(int index, string path, JsonException inner) =>
        throw new JsonException(JsonErrorMessages.InElement.Format(("index", index), ("path", path), ("detail", inner.Message)), inner);

    /// <summary>Creates the error for a document in UTF-16 or UTF-32, at <c>$</c>, byte 0.</summary>
    public static DisclosureJsonException NotUtf8(long? ndjsonLine = null) =>
        new(OnLine(JsonErrorMessages.NotUtf8.Format(), ndjsonLine), "$", 0, 0, null)
        {
            ByteOffset = 0,
            NdjsonLineNumber = ndjsonLine,
        };

    /// <summary>Creates the error for a document larger than the limit.</summary>
    public static DisclosureJsonException DocumentTooLarge(long limit, long? ndjsonLine = null) =>
        new(OnLine(JsonErrorMessages.DocumentTooLarge.Format(("limit", limit)), ndjsonLine), "$", null, null, null)
        {
            ByteOffset = limit,
            NdjsonLineNumber = ndjsonLine,
        };

    /// <summary>Creates the error for a string or member name over the length limit (located by the caller).</summary>
    public static JsonException StringTooLong(bool isMemberName, int length, int limit) =>
        new((isMemberName ? JsonErrorMessages.MemberNameTooLong : JsonErrorMessages.StringTooLong).Format(("length", length), ("limit", limit)));

    /// <summary>Creates the error for an NDJSON stream over <paramref name="limit"/> reports, at the line's start.</summary>
    public static DisclosureJsonException TooManyReports(long lineNumber, int limit) =>
        new(OnLine(JsonErrorMessages.TooManyReports.Format(("limit", limit)), lineNumber), "$", 0, 0, null)
        {
            NdjsonLineNumber = lineNumber,
        };

    /// <summary>Prefixes a message with its NDJSON line (<see cref="JsonErrorMessages.OnNdjsonLine"/>); unchanged outside NDJSON.</summary>
    public static string OnLine(string message, long? ndjsonLine) =>
        ndjsonLine is { } line ? JsonErrorMessages.OnNdjsonLine.Format(("line", line), ("message", message)) : message;

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(name => $"'{name}'"));

    private static string Iso(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
