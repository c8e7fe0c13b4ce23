using System.Text;
using System.Text.Json;

namespace DisclosureModel.Json;

/// <summary>
/// Locates a failure of <see cref="ReportJsonReader"/>: the JSON path and the line and position of the token at fault,
/// found from the token's offset in the document, so that reading tracks nothing for errors.
/// </summary>
internal static class JsonLocation
{
    /// <summary>What a path shows for a member name over the string limit.</summary>
    private const string Elided = "…";

    /// <summary>Builds the exception for a failure found after the token that ends at <paramref name="offset"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="offset">The offset just after the token being read (the reader's <c>BytesConsumed</c>).</param>
    /// <param name="exception">What was thrown.</param>
    /// <param name="ndjsonLine">The one-based NDJSON line, or null.</param>
    public static DisclosureJsonException Locate(ReadOnlySpan<byte> document, long offset, Exception exception, long? ndjsonLine)
    {
        long line, position;
        if (exception is JsonException { LineNumber: { } readerLine, BytePositionInLine: { } readerPosition })
        {
            // The reader's own error (invalid JSON, nesting too deep): it knows where; the path is as far as it got.
            (line, position, offset) = (readerLine, readerPosition, long.MaxValue);
        }
        else
        {
            var before = document[..(int)Math.Min(offset, document.Length)];
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            (line, position) = (before.Count((byte)'\n'), before.Length - lineStart);
        }

        // JsonException messages are the library's own; the others are the reader's or a model check's, kept inside.
        var inner = exception is JsonException { LineNumber: null } ? exception.InnerException : exception;
        var message = exception is JsonException ? exception.Message : JsonErrorMessages.InvalidValue.Format(("detail", exception.Message));
        return new DisclosureJsonException(JsonThrowHelper.OnLine(message, ndjsonLine), PathAt(document, offset), line, position, inner)
        {
            NdjsonLineNumber = ndjsonLine,
        };
    }

    /// <summary>Adds the NDJSON line to an exception that is already located.</summary>
    public static DisclosureJsonException WithLine(DisclosureJsonException exception, long? ndjsonLine) => ndjsonLine is null
        ? exception
        : new DisclosureJsonException(JsonThrowHelper.OnLine(exception.Message, ndjsonLine), exception.Path, exception.LineNumber, exception.BytePositionInLine, exception.InnerException)
        {
            ByteOffset = exception.ByteOffset,
            NdjsonLineNumber = ndjsonLine,
        };

    /// <summary>
    /// Gets the JSON path of the token that ends at <paramref name="offset"/>, as System.Text.Json writes paths:
    /// <c>$.applications.newlyReceived.total</c>, <c>$.overview.parts[1].heading</c>. A member name, a member's value and
    /// the end of a member's object or array all have the member's path; the document's own start and end have <c>$</c>.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="offset">The offset just after the token; past the end, or past an error, the path where reading stopped.</param>
    /// <returns>The path.</returns>
    public static string PathAt(ReadOnlySpan<byte> document, long offset)
    {
        var path = new StringBuilder("$");
        foreach (var (member, index, isArray) in FramesAt(document, offset))
        {
            if (isArray && index >= 0)
            {
                path.Append('[').Append(index).Append(']');
            }
            else if (member is not null)
            {
                AppendMember(path, member);
            }
        }

        return path.ToString();
    }

    /// <summary>Gets the name of the innermost member that the token ending at <paramref name="offset"/> belongs to, or <c>$</c>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="offset">The offset just after the token.</param>
    /// <returns>The member name, for a message.</returns>
    public static string MemberAt(ReadOnlySpan<byte> document, long offset) =>
        FramesAt(document, offset).LastOrDefault(frame => frame.Member is not null).Member ?? "$";

    /// <summary>Reads up to <paramref name="offset"/>; one frame per object or array still open there.</summary>
    private static List<(string? Member, int Index, bool IsArray)> FramesAt(ReadOnlySpan<byte> document, long offset)
    {
        var reader = new Utf8JsonReader(document, new JsonReaderOptions { MaxDepth = DisclosureJsonLimits.MaxDepth });

        // One frame per open object or array: the current member's name, or the current element's index (-1 before the first).
        var frames = new List<(string? Member, int Index, bool IsArray)>();
        try
        {
            while (reader.BytesConsumed < offset && reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        NextElement(frames);
                        frames.Add((null, -1, reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        frames[^1] = (MemberName(ref reader), -1, false);
                        break;
                    default:
                        NextElement(frames);
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Invalid JSON, or a member name of invalid UTF-8: the path is as far as reading got.
        }

        return frames;
    }

    /// <summary>Gets the current member name, or <see cref="Elided"/> for one over <see cref="DisclosureJsonLimits.MaxStringLength"/>.</summary>
    private static string MemberName(ref Utf8JsonReader reader)
    {
        if (reader.ValueSpan.Length <= DisclosureJsonLimits.MaxStringLength)
        {
            return reader.GetString()!;
        }

        var name = reader.GetString()!;
        return name.Length > DisclosureJsonLimits.MaxStringLength ? Elided : name;
    }

    private static void NextElement(List<(string? Member, int Index, bool IsArray)> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1] = (null, frames[^1].Index + 1, true);
        }
    }

    private static void AppendMember(StringBuilder path, string member)
    {
        if (ReferenceEquals(member, Elided) || (member.Length > 0 && member.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')))
        {
            path.Append('.').Append(member);
        }
        else
        {
            path.Append("['").Append(member.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
    }
}
