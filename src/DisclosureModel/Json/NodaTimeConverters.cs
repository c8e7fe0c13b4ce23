using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Utility;

namespace DisclosureModel.Json;

/// <summary>
/// A NodaTime converter from NodaTime.Serialization.SystemTextJson whose parse failures (NodaTime's own exception types)
/// are reported as <see cref="JsonException"/>, so they carry the path and position of the token.
/// </summary>
internal abstract class NodaJsonConverter<T>(JsonConverter<T> inner, string expected) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {expected}; got {JsonNumbers.Describe(ref reader)}.");
        }

        try
        {
            return inner.Read(ref reader, typeToConvert, options)!;
        }
        catch (Exception exception) when (exception is FormatException or InvalidNodaDataException or ArgumentException)
        {
            throw new JsonException($"Expected {expected}; got {JsonNumbers.Describe(ref reader)}.", exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => inner.Write(writer, value, options);
}

/// <summary>A <see cref="LocalDate"/> as an ISO date, <c>yyyy-MM-dd</c>.</summary>
internal sealed class LocalDateConverter() : NodaJsonConverter<LocalDate>(NodaConverters.LocalDateConverter, "an ISO date yyyy-MM-dd");

/// <summary>A <see cref="LocalDateTime"/> as an ISO local date and time without offset, <c>yyyy-MM-ddTHH:mm:ss</c>.</summary>
internal sealed class LocalDateTimeConverter() : NodaJsonConverter<LocalDateTime>(NodaConverters.LocalDateTimeConverter, "an ISO local date-time yyyy-MM-ddTHH:mm:ss");

/// <summary>
/// A <see cref="DateInterval"/> as <c>{ "start": "yyyy-MM-dd", "end": "yyyy-MM-dd" }</c>, both ends inclusive: both
/// members required, no other member, no duplicate, end not before start.
/// </summary>
internal sealed class DateIntervalConverter : JsonConverter<DateInterval>
{
    private static readonly LocalDateConverter Dates = new();

    public override DateInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object {{ \"start\": …, \"end\": … }}; got {JsonNumbers.Describe(ref reader)}.");
        }

        LocalDate? start = null;
        LocalDate? end = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStart = reader.ValueTextEquals("start"u8);
            var member = isStart ? "start" : "end";
            if (!isStart && !reader.ValueTextEquals("end"u8))
            {
                var name = reader.GetString();
                throw new DisclosureJsonException($"The member '{name}' is not part of a period; expected 'start' and 'end'.") { PathSuffix = "." + name };
            }

            if ((isStart ? start : end) is not null)
            {
                throw new DisclosureJsonException($"Duplicate member '{member}' in a period.") { PathSuffix = "." + member };
            }

            reader.Read();
            try
            {
                (isStart ? ref start : ref end) = Dates.Read(ref reader, typeof(LocalDate), options);
            }
            catch (JsonException exception)
            {
                throw new DisclosureJsonException(exception.Message, exception.InnerException) { PathSuffix = "." + member };
            }
        }

        if (start is null || end is null)
        {
            throw new JsonException($"A period is missing its required member '{(start is null ? "start" : "end")}'.");
        }

        if (end < start)
        {
            throw new JsonException($"The period ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).");
        }

        return new DateInterval(start.Value, end.Value);
    }

    public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("start"u8);
        Dates.Write(writer, value.Start, options);
        writer.WritePropertyName("end"u8);
        Dates.Write(writer, value.End, options);
        writer.WriteEndObject();
    }
}
