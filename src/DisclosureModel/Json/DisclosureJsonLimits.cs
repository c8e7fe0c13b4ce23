namespace DisclosureModel.Json;

/// <summary>
/// The limits <see cref="DisclosureJson"/> and <see cref="DisclosureNdjson"/> enforce on untrusted input. Exceeding one
/// throws <see cref="DisclosureJsonException"/> naming the position.
/// </summary>
/// <remarks>
/// A real report serializes to 10–60 KB of UTF-8 and nests 5 levels deep; the limits leave wide room for long
/// narratives while bounding the memory and time one document can cost.
/// </remarks>
public static class DisclosureJsonLimits
{
    /// <summary>
    /// Gets the largest document accepted, in bytes of UTF-8 (for a <see cref="string"/>, of its UTF-8 encoding): 4 MiB.
    /// In NDJSON the limit applies to each line.
    /// </summary>
    public static int MaxDocumentBytes => 4 * 1024 * 1024;

    /// <summary>Gets the deepest nesting of objects and arrays accepted: 16 (a report needs 5).</summary>
    public static int MaxDepth => 16;

    /// <summary>
    /// Gets the longest string (or member name) accepted, in UTF-16 code units after unescaping: 262 144 (256 Ki). A
    /// report's longest narrative is a few thousand characters.
    /// </summary>
    /// <remarks>Checked by <see cref="DisclosureJson"/>'s and <see cref="DisclosureNdjson"/>'s readers before the document
    /// is deserialized; the exception's path and position name the string (position just after it).</remarks>
    public static int MaxStringLength => 256 * 1024;

    /// <summary>
    /// Gets the default largest number of reports read from one NDJSON stream: 1 000 000. Readers take a lower or
    /// higher limit as an argument.
    /// </summary>
    public static int MaxReportsPerStream => 1_000_000;
}
