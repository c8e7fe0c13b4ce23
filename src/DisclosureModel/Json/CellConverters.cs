using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DisclosureModel.Json;

// Converters that check a cell while its token is being read, so that a bad value fails with the path and position of
// that token instead of an ArgumentOutOfRangeException from the model when the object is built.

/// <summary>A count cell: an integer from 0 to <see cref="int.MaxValue"/>, or null (blank) handled by the serializer.</summary>
internal sealed class CountConverter : JsonConverter<int?>
{
    public static CountConverter Instance { get; } = new();

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(ref reader);

    /// <summary>Reads a count that is not null.</summary>
    public static int Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var count) && count >= 0)
        {
            return count;
        }

        var value = JsonNumbers.ReadInteger(ref reader, "A count");
        if (value < 0)
        {
            JsonThrowHelper.ThrowNegativeCount(value);
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } count)
        {
            writer.WriteNumberValue(count);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>The report year: an integer from <see cref="ReportYears.Minimum"/> to <see cref="ReportYears.Maximum"/>.</summary>
internal sealed class ReportYearConverter : JsonConverter<int>
{
    public static ReportYearConverter Instance { get; } = new();

    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = JsonNumbers.ReadInteger(ref reader, "A report year");
        if (value < ReportYears.Minimum || value > ReportYears.Maximum)
        {
            JsonThrowHelper.ThrowReportYearOutOfRange(value);
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary><c>schemaVersion</c>: must be <see cref="DisclosureJson.SchemaVersion"/>.</summary>
internal sealed class SchemaVersionConverter : JsonConverter<int>
{
    public static SchemaVersionConverter Instance { get; } = new();

    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The serializer reads this member after the report's other members (it is not one of the model's), so its
        // errors stand at the report's end; DisclosureJson's own reader reports them at the member.
        var value = JsonNumbers.ReadInteger(ref reader, "The schema version");
        if (value != DisclosureJson.SchemaVersion)
        {
            JsonThrowHelper.ThrowUnsupportedSchemaVersion(value);
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>A blank-able amount of money: a number at least 0 with its scale kept, or null handled by the serializer.</summary>
internal sealed class NullableAmountConverter : JsonConverter<decimal?>
{
    public static NullableAmountConverter Instance { get; } = new();

    public override decimal? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonNumbers.ReadAmount(ref reader);

    public override void Write(Utf8JsonWriter writer, decimal? value, JsonSerializerOptions options)
    {
        if (value is { } amount)
        {
            writer.WriteNumberValue(amount);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>An amount of money: a number at least 0 with its scale kept.</summary>
internal sealed class AmountConverter : JsonConverter<decimal>
{
    public static AmountConverter Instance { get; } = new();

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonNumbers.ReadAmount(ref reader);

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>A text that must not be empty or white space (the agency name).</summary>
internal sealed class NonBlankStringConverter : JsonConverter<string>
{
    public static NonBlankStringConverter Instance { get; } = new();

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            JsonThrowHelper.ThrowNotANonBlankString(reader.TokenType);
        }

        var value = reader.GetString()!;
        if (string.IsNullOrWhiteSpace(value))
        {
            JsonThrowHelper.ThrowBlankString();
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>The edition as its identifier, <c>"2019"</c> or <c>"2021"</c> (<see cref="FormatEditions.GetIdentifier"/>).</summary>
internal sealed class FormatEditionConverter : JsonConverter<FormatEdition>
{
    public override FormatEdition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (reader.ValueTextEquals("2019"u8))
            {
                return FormatEdition.Edition2019;
            }

            if (reader.ValueTextEquals("2021"u8))
            {
                return FormatEdition.Edition2021;
            }
        }

        JsonThrowHelper.ThrowUnknownEdition(ref reader);
        return default;
    }

    public override void Write(Utf8JsonWriter writer, FormatEdition value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.GetIdentifier());
}

/// <summary>
/// <see cref="AgencyKind"/> as its camelCase name, e.g. <c>"department"</c>, exactly as the schema lists it: other
/// casings (<c>"Department"</c>, which System.Text.Json's enum converter accepts) and numbers are rejected.
/// </summary>
internal sealed class AgencyKindConverter : JsonConverter<AgencyKind>
{
    private static readonly (AgencyKind Kind, byte[] Name)[] Names =
        [.. Enum.GetValues<AgencyKind>().Select(kind => (kind, System.Text.Encoding.UTF8.GetBytes(JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()))))];

    /// <summary>Gets the names in the order of the enum, as the schema lists them.</summary>
    public static IEnumerable<string> AllNames => Names.Select(n => System.Text.Encoding.UTF8.GetString(n.Name));

    public override AgencyKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var (kind, name) in Names)
            {
                if (reader.ValueTextEquals(name))
                {
                    return kind;
                }
            }
        }

        throw JsonThrowHelper.UnexpectedToken(ref reader, "one of " + string.Join(", ", AllNames.Select(n => $"\"{n}\"")));
    }

    public override void Write(Utf8JsonWriter writer, AgencyKind value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Names.First(n => n.Kind == value).Name);
}

/// <summary>
/// <see cref="Import.ImportDiagnosticCode"/> (the reason of an <see cref="UnreadCell"/>) as its camelCase name, e.g.
/// <c>"ambiguousSplit"</c>; numbers are rejected.
/// </summary>
internal sealed class ImportDiagnosticCodeConverter() : JsonStringEnumConverter<Import.ImportDiagnosticCode>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);

/// <summary><see cref="MoneyUnit"/> as its camelCase name, <c>"yuan"</c> or <c>"tenThousandYuan"</c>; numbers are rejected.</summary>
internal sealed class MoneyUnitConverter() : JsonStringEnumConverter<MoneyUnit>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);

/// <summary>Reading numbers exactly as the JSON shape documents them.</summary>
internal static class JsonNumbers
{
    /// <summary>Reads a JSON number that must be an integer in the range of <see cref="int"/>.</summary>
    public static int ReadInteger(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            JsonThrowHelper.ThrowNotAnInteger(ref reader, what);
        }

        if (!reader.TryGetInt32(out var value))
        {
            JsonThrowHelper.ThrowNotAnInt32(ref reader, what);
        }

        return value;
    }

    /// <summary>Reads a JSON number that must be a <see cref="decimal"/> at least 0; its scale is kept.</summary>
    public static decimal ReadAmount(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            JsonThrowHelper.ThrowNotAnAmount(ref reader);
        }

        if (!reader.TryGetDecimal(out var value))
        {
            JsonThrowHelper.ThrowAmountOutOfRange(ref reader);
        }

        if (value < 0m)
        {
            JsonThrowHelper.ThrowNegativeAmount(ref reader);
        }

        // decimal rounds a number below its precision (1e-400) to a zero with 28 decimal places: rejected, not kept.
        if (value == 0m && HasNonZeroDigit(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan))
        {
            JsonThrowHelper.ThrowAmountOutOfRange(ref reader);
        }

        return value;
    }

    private static bool HasNonZeroDigit(ReadOnlySpan<byte> number)
    {
        foreach (var c in number)
        {
            if (c is (byte)'e' or (byte)'E')
            {
                return false;
            }

            if (c is >= (byte)'1' and <= (byte)'9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Describes the current token for a message.</summary>
    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String or JsonTokenType.Number => reader.TokenType + " " + Text(ref reader),
        _ => reader.TokenType.ToString(),
    };

    /// <summary>Whether the current number is written without point or exponent.</summary>
    public static bool IsIntegerLiteral(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> exponentOrPoint = ".eE"u8;
        return reader.HasValueSequence
            ? reader.ValueSequence.ToArray().AsSpan().IndexOfAny(exponentOrPoint) < 0
            : reader.ValueSpan.IndexOfAny(exponentOrPoint) < 0;
    }

    /// <summary>The current token's text for a message: at most 40 bytes, a string in quotes.</summary>
    public static string Text(ref Utf8JsonReader reader)
    {
        const int MaxShown = 40;
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        var text = System.Text.Encoding.UTF8.GetString(raw, 0, Math.Min(raw.Length, MaxShown));
        text = raw.Length > MaxShown ? text + "…" : text;
        return reader.TokenType == JsonTokenType.String ? "\"" + text + "\"" : text;
    }
}
