using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace DisclosureModel.Benchmarks;

/// <summary>
/// The minimal Newtonsoft.Json setup that reads the library's JSON shape into the same model, for comparison only:
/// camelCase names, NodaTime dates, the edition strings and the two edition discriminators. It is not strict (unknown
/// and missing members pass) and checks nothing the model does not.
/// </summary>
internal static class NewtonsoftSetup
{
    public static JsonSerializerSettings Settings { get; } = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy() },
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
        Converters =
        {
            // Before the enum converter, which would take FormatEdition too.
            new EditionConverter(),
            new StringEnumConverter(new CamelCaseNamingStrategy(), allowIntegerValues: false),
            new LocalDateConverter(),
            new LocalDateTimeConverter(),
            new DateIntervalConverter(),
            new OverviewPartsConverter(),
            new EditionDiscriminatorConverter<ProactiveDisclosure, ProactiveDisclosure2019, ProactiveDisclosure2021>(),
            new EditionDiscriminatorConverter<ApplicationOutcomes, ApplicationOutcomes2019, ApplicationOutcomes2021>(),
        },
    };

    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(Settings);

    public static DisclosureReport Deserialize(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        return Serializer.Deserialize<DisclosureReport>(reader) ?? throw new JsonSerializationException("null report");
    }

    private static FormatEdition ParseEdition(string? text) => text switch
    {
        "2019" => FormatEdition.Edition2019,
        "2021" => FormatEdition.Edition2021,
        _ => throw new JsonSerializationException($"Unknown edition {text}."),
    };

    private sealed class EditionConverter : JsonConverter<FormatEdition>
    {
        public override FormatEdition ReadJson(JsonReader reader, Type objectType, FormatEdition existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            ParseEdition((string?)reader.Value);

        public override void WriteJson(JsonWriter writer, FormatEdition value, JsonSerializer serializer) => writer.WriteValue(value.GetIdentifier());
    }

    private sealed class LocalDateConverter : JsonConverter<LocalDate>
    {
        public override LocalDate ReadJson(JsonReader reader, Type objectType, LocalDate existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            LocalDatePattern.Iso.Parse((string)reader.Value!).GetValueOrThrow();

        public override void WriteJson(JsonWriter writer, LocalDate value, JsonSerializer serializer) => writer.WriteValue(LocalDatePattern.Iso.Format(value));
    }

    private sealed class LocalDateTimeConverter : JsonConverter<LocalDateTime>
    {
        public override LocalDateTime ReadJson(JsonReader reader, Type objectType, LocalDateTime existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            LocalDateTimePattern.ExtendedIso.Parse((string)reader.Value!).GetValueOrThrow();

        public override void WriteJson(JsonWriter writer, LocalDateTime value, JsonSerializer serializer) =>
            writer.WriteValue(LocalDateTimePattern.ExtendedIso.Format(value));
    }

    private sealed class DateIntervalConverter : JsonConverter<DateInterval>
    {
        public override DateInterval? ReadJson(JsonReader reader, Type objectType, DateInterval? existingValue, bool hasExistingValue, JsonSerializer serializer)
        {
            var period = JObject.Load(reader);
            return new DateInterval(
                LocalDatePattern.Iso.Parse((string)period["start"]!).GetValueOrThrow(),
                LocalDatePattern.Iso.Parse((string)period["end"]!).GetValueOrThrow());
        }

        public override void WriteJson(JsonWriter writer, DateInterval? value, JsonSerializer serializer) =>
            throw new NotSupportedException("Reading only.");
    }

    private sealed class OverviewPartsConverter : JsonConverter<ValueList<OverviewPart>>
    {
        public override ValueList<OverviewPart>? ReadJson(JsonReader reader, Type objectType, ValueList<OverviewPart>? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            ValueList.CreateRange(serializer.Deserialize<List<OverviewPart>>(reader) ?? []);

        public override void WriteJson(JsonWriter writer, ValueList<OverviewPart>? value, JsonSerializer serializer) =>
            throw new NotSupportedException("Reading only.");
    }

    /// <summary>Reads the object into a <see cref="JObject"/>, then into the type its <c>edition</c> names.</summary>
    private sealed class EditionDiscriminatorConverter<TBase, T2019, T2021> : JsonConverter
        where T2019 : TBase
        where T2021 : TBase
    {
        public override bool CanWrite => false;

        public override bool CanConvert(Type objectType) => objectType == typeof(TBase);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            var value = JObject.Load(reader);
            var type = ParseEdition((string?)value["edition"]) == FormatEdition.Edition2019 ? typeof(T2019) : typeof(T2021);
            return value.ToObject(type, serializer);
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
            throw new NotSupportedException("Reading only.");
    }
}

