using System.Text.Json;

namespace DisclosureModel.Json;

/// <summary>
/// The exception <see cref="DisclosureJson"/> and <see cref="DisclosureNdjson"/> throw when JSON is not a report of the
/// documented shape, or exceeds a limit of <see cref="DisclosureJsonLimits"/>.
/// </summary>
/// <remarks>
/// <para><see cref="JsonException.Path"/> names the member at fault (<c>$.applications.newlyReceived.total</c>);
/// <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> are zero-based, as in
/// System.Text.Json, and locate the token that was read when the problem was found.</para>
/// <para>For a document larger than <see cref="DisclosureJsonLimits.MaxDocumentBytes"/>, <see cref="ByteOffset"/> is the
/// offset of the first byte beyond the limit. In an NDJSON stream, <see cref="NdjsonLineNumber"/> is the one-based line
/// of the report at fault, and the other positions are within that line.</para>
/// <para>Every rejection is of this type; the inner exception, when there is one, is what System.Text.Json threw.</para>
/// <para>The messages are in English, one kind of error each, listed in <c>docs/json.md</c>; messages of
/// System.Text.Json's own reader (invalid JSON, nesting too deep) are passed on unchanged.</para>
/// </remarks>
public sealed class DisclosureJsonException : JsonException
{
    /// <summary>Creates an exception with a default message.</summary>
    public DisclosureJsonException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public DisclosureJsonException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause, or null.</param>
    public DisclosureJsonException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception that names where the problem is.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="path">The JSON path of the member at fault, e.g. <c>$.metadata.reportYear</c>, or null.</param>
    /// <param name="lineNumber">The zero-based line of the token at fault, or null.</param>
    /// <param name="bytePositionInLine">The zero-based byte position of the token in its line, or null.</param>
    /// <param name="innerException">The cause, or null.</param>
    public DisclosureJsonException(string? message, string? path, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : base(message, path, lineNumber, bytePositionInLine, innerException)
    {
    }

    /// <summary>
    /// Gets the zero-based offset, from the start of the document (or of its NDJSON line), of the first byte beyond
    /// <see cref="DisclosureJsonLimits.MaxDocumentBytes"/>; null unless the size limit was exceeded.
    /// </summary>
    public long? ByteOffset { get; init; }

    /// <summary>Gets the one-based line of an NDJSON stream holding the report at fault; null outside NDJSON.</summary>
    public long? NdjsonLineNumber { get; init; }
}
