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
            JsonThrowHelper.ThrowUnexpectedToken(ref reader, expected);
        }

        try
        {
            return inner.Read(ref reader, typeToConvert, options)!;
        }
        catch (Exception exception) when (exception is FormatException or InvalidNodaDataException or ArgumentException or JsonException)
        {
            // NodaTime's converters throw JsonException without a message of their own for text they cannot parse: only
            // what it wraps (NodaTime's parse error, if any) is kept, so no "Exception of type … was thrown" reaches a user.
            throw JsonThrowHelper.UnexpectedToken(ref reader, expected, exception is JsonException ? exception.InnerException : exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => inner.Write(writer, value, options);
}

/// <summary>A <see cref="LocalDate"/> as an ISO date, <c>yyyy-MM-dd</c>.</summary>
/// <remarks>
/// The exact form is read directly (NodaTime's pattern parser costs about a microsecond a date, a tenth of reading a
/// report); anything else, and every invalid date, goes to NodaTime's <c>LocalDatePattern.Iso</c>, which decides.
/// </remarks>
internal sealed class LocalDateConverter() : NodaJsonConverter<LocalDate>(NodaConverters.LocalDateConverter, "an ISO date yyyy-MM-dd")
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && IsoDates.TryParseDate(reader.ValueSpan, out var date)
            ? date
            : base.Read(ref reader, typeToConvert, options);
}

/// <summary>A <see cref="LocalDateTime"/> as an ISO local date and time without offset, <c>yyyy-MM-ddTHH:mm:ss</c>.</summary>
/// <remarks>
/// The exact form without fraction is read directly; anything else (a fraction of a second, an invalid value) goes to
/// NodaTime's <c>LocalDateTimePattern.ExtendedIso</c>, which decides.
/// </remarks>
internal sealed class LocalDateTimeConverter() : NodaJsonConverter<LocalDateTime>(NodaConverters.LocalDateTimeConverter, "an ISO local date-time yyyy-MM-ddTHH:mm:ss without offset or zone")
{
    public override LocalDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && IsoDates.TryParseDateTime(reader.ValueSpan, out var dateTime)
            ? dateTime
            : base.Read(ref reader, typeToConvert, options);
}

/// <summary>The exact ISO forms of dates and times, read without NodaTime's pattern engine; false for anything else.</summary>
internal static class IsoDates
{
    /// <summary>Reads <c>yyyy-MM-dd</c> of a valid date.</summary>
    public static bool TryParseDate(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Reads <c>yyyy-MM-ddTHH:mm:ss</c> of a valid date and time.</summary>
    public static bool TryParseDateTime(ReadOnlySpan<byte> text, out LocalDateTime dateTime)
    {
        dateTime = default;
        if (text.Length != 19 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || !TryParseDate(text[..10], out var date)
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        dateTime = date + new LocalTime(hour, minute, second);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }
}

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
            JsonThrowHelper.ThrowUnexpectedToken(ref reader, "an object { \"start\": …, \"end\": … }");
        }

        LocalDate? start = null;
        LocalDate? end = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStart = reader.ValueTextEquals("start"u8);
            var member = isStart ? "start" : "end";
            if (!isStart && !reader.ValueTextEquals("end"u8))
            {
                JsonThrowHelper.ThrowUnknownPeriodMember(ref reader);
            }

            if ((isStart ? start : end) is not null)
            {
                JsonThrowHelper.ThrowDuplicateMember(member, "a period");
            }

            reader.Read();
            try
            {
                (isStart ? ref start : ref end) = Dates.Read(ref reader, typeof(LocalDate), options);
            }
            catch (JsonException exception)
            {
                JsonThrowHelper.ThrowInPeriodMember(member, exception);
            }
        }

        if (start is null || end is null)
        {
            JsonThrowHelper.ThrowMissingPeriodMember(start is null ? "start" : "end");
        }

        if (end < start)
        {
            JsonThrowHelper.ThrowPeriodEndsBeforeStart(start.Value, end.Value);
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
