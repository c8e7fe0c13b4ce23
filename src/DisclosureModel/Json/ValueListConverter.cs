using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace DisclosureModel.Json;

/// <summary>
/// A <see cref="ValueList{T}"/> as a JSON array, its elements read and written by the element type's converter from the
/// same options (so the source-generated contract and its strictness apply to every element).
/// </summary>
/// <remarks>An error inside an element names the element in its message; System.Text.Json's path names the array.</remarks>
internal sealed class ValueListConverter<T> : JsonConverter<ValueList<T>>
{
    public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            JsonThrowHelper.ThrowUnexpectedToken(ref reader, "an array");
        }

        var elements = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var builder = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                JsonThrowHelper.ThrowNullElement(builder.Count);
            }

            try
            {
                builder.Add(JsonSerializer.Deserialize(ref reader, elements)!);
            }
            catch (JsonException exception)
            {
                // The element was read on its own, so its path is relative to it ("$.heading"); the message names both.
                var inner = exception.Path is { Length: > 1 } path ? path[1..] : string.Empty;
                JsonThrowHelper.ThrowInElement(builder.Count, inner, exception);
            }
        }

        return builder.Count == 0 ? ValueList<T>.Empty : new ValueList<T>(builder.DrainToImmutable());
    }

    public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
    {
        var elements = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var element in value)
        {
            JsonSerializer.Serialize(writer, element, elements);
        }

        writer.WriteEndArray();
    }
}
