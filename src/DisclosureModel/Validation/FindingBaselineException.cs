using System.Text.Json;

namespace DisclosureModel.Validation;

/// <summary>
/// The exception <see cref="FindingBaseline.Parse(ReadOnlySpan{byte})"/> and <see cref="FindingBaseline.Read"/> throw
/// when a file is not a finding baseline of the documented shape: invalid JSON, a foreign document (a report, a SARIF
/// log), an unsupported version, a member missing, unknown, duplicated or of the wrong kind, a malformed fingerprint.
/// </summary>
/// <remarks>
/// <see cref="JsonException.Path"/> names the member at fault (<c>$.entries[2].fingerprint</c>);
/// <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> are zero-based, as in
/// System.Text.Json, and locate the token read when the problem was found. The messages are in English, one kind of
/// error each (docs/validation.md, "Accepted findings").
/// </remarks>
public sealed class FindingBaselineException : JsonException
{
    /// <summary>Creates an exception with a default message.</summary>
    public FindingBaselineException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public FindingBaselineException(string? message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause, or null.</param>
    public FindingBaselineException(string? message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception that names where the problem is.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="path">The JSON path of the member at fault, e.g. <c>$.entries[0].year</c>, or null.</param>
    /// <param name="lineNumber">The zero-based line of the token at fault, or null.</param>
    /// <param name="bytePositionInLine">The zero-based byte position of the token in its line, or null.</param>
    /// <param name="innerException">The cause, or null.</param>
    public FindingBaselineException(string? message, string? path, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : base(message, path, lineNumber, bytePositionInLine, innerException)
    {
    }
}
