using System.Text;
using System.Text.Json;

namespace DisclosureModel.Json;

/// <summary>
/// Enforces <see cref="DisclosureJsonLimits.MaxStringLength"/> on every string and member name of a document before
/// it is deserialized, naming the path and position of the first one too long.
/// </summary>
internal static class StringLengthCheck
{
    /// <summary>Throws <see cref="DisclosureJsonException"/> for the first string longer than the limit.</summary>
    /// <param name="utf8Json">The document, without byte-order mark.</param>
    /// <param name="ndjsonLine">The NDJSON line, or null.</param>
    public static void Check(ReadOnlySpan<byte> utf8Json, long? ndjsonLine)
    {
        var limit = DisclosureJsonLimits.MaxStringLength;

        // A string has at most as many UTF-16 code units as its document has bytes: a real report (10–60 KB) is never scanned.
        if (utf8Json.Length <= limit)
        {
            return;
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = DisclosureJsonLimits.MaxDepth });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String && TooLong(ref reader, limit) is var length and >= 0)
                {
                    throw JsonLocation.Locate(
                        utf8Json,
                        reader.BytesConsumed,
                        JsonThrowHelper.StringTooLong(reader.TokenType == JsonTokenType.PropertyName, length, limit),
                        ndjsonLine);
                }
            }
        }
        catch (JsonException exception) when (exception is not DisclosureJsonException)
        {
            // Invalid JSON, or nesting too deep: left to the reader, which reports it with its path and position.
        }
        catch (InvalidOperationException)
        {
            // A string of invalid UTF-8 or escapes: likewise left to the reader.
        }
    }

    /// <summary>Gets the length in UTF-16 code units of the current string when it exceeds the limit, else -1.</summary>
    private static int TooLong(ref Utf8JsonReader reader, int limit)
    {
        var raw = reader.ValueSpan;
        if (raw.Length <= limit)
        {
            return -1;
        }

        var length = reader.ValueIsEscaped ? reader.GetString()!.Length : Encoding.UTF8.GetCharCount(raw);
        return length > limit ? length : -1;
    }
}
