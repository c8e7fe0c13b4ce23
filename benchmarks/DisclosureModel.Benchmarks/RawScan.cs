using System.Text.Json;

namespace DisclosureModel.Benchmarks;

/// <summary>The baseline of every class: read every token of a document with <see cref="Utf8JsonReader"/>, build nothing.</summary>
internal static class RawScan
{
    /// <summary>Reads every token; returns the count so the work cannot be dropped.</summary>
    public static int Scan(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>Reads every token and decodes every string value; returns the total length so the work cannot be dropped.</summary>
    public static int ScanAndDecodeStrings(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
        var length = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                length += reader.GetString()!.Length;
            }
        }

        return length;
    }
}
