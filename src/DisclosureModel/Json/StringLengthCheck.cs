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
        var path = new List<(string? Member, int Index)>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Advance(path);
                        path.Add((null, reader.TokenType == JsonTokenType.StartArray ? -1 : -2));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        var name = TooLong(ref reader, limit);
                        path[^1] = (name < 0 ? reader.GetString() : "…", -2);
                        if (name >= 0)
                        {
                            throw Error(utf8Json, reader.BytesConsumed, path, name, limit, ndjsonLine, "member name");
                        }

                        break;
                    case JsonTokenType.String:
                        Advance(path);
                        var length = TooLong(ref reader, limit);
                        if (length >= 0)
                        {
                            throw Error(utf8Json, reader.BytesConsumed, path, length, limit, ndjsonLine, "string");
                        }

                        break;
                    default:
                        Advance(path);
                        break;
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

    /// <summary>Counts an element of the enclosing array.</summary>
    private static void Advance(List<(string? Member, int Index)> path)
    {
        if (path.Count > 0 && path[^1].Index >= -1)
        {
            path[^1] = (null, path[^1].Index + 1);
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

    private static DisclosureJsonException Error(
        ReadOnlySpan<byte> utf8Json, long end, List<(string? Member, int Index)> path, int length, int limit, long? ndjsonLine, string what)
    {
        var before = utf8Json[..(int)end];
        var line = before.Count((byte)'\n');
        var position = end - (before.LastIndexOf((byte)'\n') + 1);
        var jsonPath = new StringBuilder("$");
        foreach (var (member, index) in path)
        {
            if (index >= 0)
            {
                jsonPath.Append('[').Append(index).Append(']');
            }
            else if (member is not null)
            {
                jsonPath.Append('.').Append(member);
            }
        }

        var message = (ndjsonLine is { } n ? $"Line {n}: " : string.Empty)
            + $"The {what} has {length} UTF-16 code units, more than the limit of {limit} (DisclosureJsonLimits.MaxStringLength).";
        return new DisclosureJsonException(message, jsonPath.ToString(), line, position, null) { NdjsonLineNumber = ndjsonLine };
    }
}
