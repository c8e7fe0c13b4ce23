using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DisclosureModel.Json;

/// <summary>
/// Reads and writes a <see cref="DisclosureReport"/> as the documented JSON shape under any
/// <see cref="JsonSerializerOptions"/>: <see cref="DisclosureReport"/> names it in its <see cref="JsonConverterAttribute"/>,
/// so <c>JsonSerializer.Serialize(report)</c> and <c>JsonSerializer.Deserialize&lt;DisclosureReport&gt;(json)</c> with
/// default options, ASP.NET Core's options, or a source-generated context of your own that reaches the type all use it.
/// </summary>
/// <remarks>
/// <para>It ignores the options it is given (naming policy, number handling, encoder, comments): the shape is the
/// library's. Writing produces exactly the bytes of <see cref="DisclosureJson.Serialize(DisclosureReport, bool)"/>
/// (indented when the writer indents and the report is the whole document); reading is
/// <see cref="DisclosureJson.Deserialize(ReadOnlySpan{byte})"/> on the value's bytes, as strict and with the same limits.</para>
/// <para>A rejected report throws <see cref="DisclosureJsonException"/>. When the report is the whole document, its
/// <see cref="JsonException.Path"/> and position are those of <see cref="DisclosureJson.Deserialize(ReadOnlySpan{byte})"/>
/// (the position is left null when something precedes the report's first token). When the report is embedded in a
/// larger document, System.Text.Json sets the path to the report's own path in that document (<c>$.reports[1]</c>) and
/// the position to the token at fault, and the message names the member within the report
/// (<c>At $.metadata.reportYear within the report: …</c>).</para>
/// </remarks>
public sealed class DisclosureReportJsonConverter : JsonConverter<DisclosureReport>
{
    /// <inheritdoc/>
    public override DisclosureReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var start = reader;
        using var document = JsonDocument.ParseValue(ref reader);
        var value = JsonMarshal.GetRawUtf8Value(document.RootElement);
        try
        {
            return DisclosureJson.Deserialize(value, ndjsonLine: null);
        }
        catch (DisclosureJsonException exception)
        {
            throw Relocate(ref reader, start, value, exception);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DisclosureReport value, JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(writer);
        writer.WriteRawValue(
            DisclosureJson.SerializeToUtf8Bytes(value, indented: writer.Options.Indented && writer.CurrentDepth == 0),
            skipInputValidation: true);
    }

    /// <summary>
    /// Makes the error of the report's own reader an error of the enclosing document: a report read as the whole document
    /// keeps its path; an embedded one has the reader moved to the token at fault and its path left for System.Text.Json
    /// to fill in (it does so for an exception whose path is null), with the inner path in the message.
    /// </summary>
    private static DisclosureJsonException Relocate(ref Utf8JsonReader reader, Utf8JsonReader start, ReadOnlySpan<byte> value, DisclosureJsonException exception)
    {
        if (start.CurrentDepth == 0)
        {
            // Nothing but white space precedes a root value; its positions are the value's when it starts the input.
            var atStart = start.TokenStartIndex == 0;
            return new DisclosureJsonException(
                exception.Message,
                exception.Path,
                atStart ? exception.LineNumber : null,
                atStart ? exception.BytePositionInLine : null,
                exception.InnerException)
            {
                ByteOffset = exception.ByteOffset,
            };
        }

        var fault = Math.Min(OffsetOf(value, exception), value.Length);
        var end = start.TokenStartIndex + fault;
        reader = start;
        while (reader.BytesConsumed < end && reader.Read())
        {
        }

        return new DisclosureJsonException(
            JsonErrorMessages.InEmbeddedReport.Format(("path", exception.Path ?? "$"), ("detail", exception.Message)),
            exception)
        {
            ByteOffset = exception.ByteOffset,
        };
    }

    /// <summary>Gets the offset in <paramref name="value"/> that the exception's line and position name.</summary>
    private static long OffsetOf(ReadOnlySpan<byte> value, DisclosureJsonException exception)
    {
        if (exception.LineNumber is not { } line || exception.BytePositionInLine is not { } position)
        {
            return exception.ByteOffset ?? 0;
        }

        var lineStart = 0;
        for (var i = 0L; i < line; i++)
        {
            var next = value[lineStart..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            lineStart += next + 1;
        }

        return lineStart + position;
    }
}
