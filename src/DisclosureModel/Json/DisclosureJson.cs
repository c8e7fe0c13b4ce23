using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace DisclosureModel.Json;

/// <summary>
/// Reads and writes a <see cref="DisclosureReport"/> as strict JSON of the documented shape (<c>docs/json.md</c>),
/// whose contract is source-generated System.Text.Json metadata: AOT- and trim-safe, no reflection.
/// </summary>
/// <remarks>
/// <para>The shape: camelCase members named as the model's, a leading <c>"schemaVersion": 1</c>, every member present
/// (a blank cell is <c>null</c>), the edition as the string <c>"2019"</c> or <c>"2021"</c> in <c>metadata.edition</c> and
/// as the discriminator <c>edition</c> of the edition-specific objects <c>proactiveDisclosure</c> and
/// <c>applications.outcomes</c>, which must agree. Dates are <c>yyyy-MM-dd</c>, the publication time an ISO local
/// date-time without offset, money a JSON number with its scale kept.</para>
/// <para>Reading is strict: unknown members, duplicate members, missing members, <c>null</c> where the model does not
/// allow blank, wrong token types, fractional, overflowing or negative counts, an unknown edition, a document over
/// <see cref="DisclosureJsonLimits.MaxDocumentBytes"/>, a string over <see cref="DisclosureJsonLimits.MaxStringLength"/> and
/// nesting over <see cref="DisclosureJsonLimits.MaxDepth"/> all
/// throw <see cref="DisclosureJsonException"/> naming the JSON path and position. Nothing is dropped or defaulted.</para>
/// <para>The <c>Deserialize</c> methods read with a one-pass reader of exactly this shape (held to the source-generated
/// contract by tests, input by input), at about twice the cost of reading the bytes at all; <see cref="ReportTypeInfo"/>
/// gives the contract itself, for serializer calls of your own.</para>
/// <para>Every member is thread-safe; <see cref="Options"/> is read-only and shared.</para>
/// </remarks>
public static class DisclosureJson
{
    private static readonly JsonNamingPolicy Naming = JsonNamingPolicy.CamelCase;

    /// <summary>Gets the version of the JSON shape this library reads and writes: 1.</summary>
    public static int SchemaVersion => 1;

    /// <summary>
    /// Gets the read-only serializer options of the shape: the source-generated contract with its customisations,
    /// strictness set explicitly (<see cref="JsonUnmappedMemberHandling.Disallow"/>, no duplicate members, nullable
    /// annotations and required members respected), <see cref="DisclosureJsonLimits.MaxDepth"/>, and an encoder that
    /// leaves CJK text unescaped.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// Gets the metadata of <see cref="DisclosureReport"/> under <see cref="Options"/>, for
    /// <see cref="JsonSerializer"/> calls of your own (e.g. <c>JsonSerializer.Serialize(writer, report, DisclosureJson.ReportTypeInfo)</c>).
    /// Such calls read the same documents, but through the serializer's generic path, several times slower than
    /// <see cref="Deserialize(ReadOnlySpan{byte})"/>; they throw System.Text.Json's <see cref="JsonException"/> (whose path,
    /// for a bad cell of a row, names the row; the message names the cell) and do not check
    /// <see cref="DisclosureJsonLimits.MaxDocumentBytes"/> or <see cref="DisclosureJsonLimits.MaxStringLength"/>.
    /// </summary>
    public static JsonTypeInfo<DisclosureReport> ReportTypeInfo { get; } = CreateReportTypeInfo();

    /// <summary>Writes a report as JSON text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">True to indent with two spaces, one member a line; false for the compact form.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Serialize(DisclosureReport report, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        Write(buffer, report, indented);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a report as UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">True to indent; false for the compact form.</param>
    /// <returns>The UTF-8 bytes, without a byte-order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(DisclosureReport report, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        Write(buffer, report, indented);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a report as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    /// <param name="report">The report.</param>
    /// <param name="indented">True to indent; false for the compact form.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(Stream utf8Json, DisclosureReport report, bool indented = false)
    {
        Preconditions.CheckNotNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions(indented));
        JsonSerializer.Serialize(writer, Preconditions.CheckNotNull(report), ReportTypeInfo);
    }

    /// <summary>Writes a report as UTF-8 JSON to a stream, asynchronously.</summary>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    /// <param name="report">The report.</param>
    /// <param name="indented">True to indent; false for the compact form.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The task.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task SerializeAsync(Stream utf8Json, DisclosureReport report, bool indented = false, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        Write(buffer, report, indented);
        await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a report from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DisclosureJsonException">The text is not a report of the documented shape, or exceeds a limit.</exception>
    public static DisclosureReport Deserialize(string json)
    {
        Preconditions.CheckNotNull(json);
        if (json.Length > DisclosureJsonLimits.MaxDocumentBytes || Encoding.UTF8.GetByteCount(json) > DisclosureJsonLimits.MaxDocumentBytes)
        {
            throw JsonThrowHelper.DocumentTooLarge(DisclosureJsonLimits.MaxDocumentBytes);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, buffer);
            return Deserialize(buffer.AsSpan(0, length), ndjsonLine: null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a report from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <returns>The report.</returns>
    /// <exception cref="DisclosureJsonException">The bytes are not a report of the documented shape, or exceed a limit.</exception>
    public static DisclosureReport Deserialize(ReadOnlySpan<byte> utf8Json) => Deserialize(utf8Json, ndjsonLine: null);

    /// <summary>Reads a report from a stream of UTF-8 JSON, reading it to its end.</summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DisclosureJsonException">The stream does not hold a report of the documented shape, or exceeds a limit.</exception>
    public static DisclosureReport Deserialize(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json);
        var buffer = new DocumentBuffer();
        try
        {
            while (buffer.Filled(utf8Json.Read(buffer.FreeSpace.Span)))
            {
            }

            return Deserialize(buffer.Content, ndjsonLine: null);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>Reads a report from a stream of UTF-8 JSON asynchronously, reading it to its end.</summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DisclosureJsonException">The stream does not hold a report of the documented shape, or exceeds a limit.</exception>
    public static async ValueTask<DisclosureReport> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json);
        var buffer = new DocumentBuffer();
        try
        {
            while (buffer.Filled(await utf8Json.ReadAsync(buffer.FreeSpace, cancellationToken).ConfigureAwait(false)))
            {
            }

            return Deserialize(buffer.Content, ndjsonLine: null);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>
    /// Gets the JSON Schema (draft 2020-12) of the shape, as published in <c>docs/schema/disclosure-report.schema.json</c>.
    /// </summary>
    /// <returns>A new, mutable schema document.</returns>
    public static JsonObject GetSchema() => DisclosureJsonSchema.Create();

    internal static DisclosureReport Deserialize(ReadOnlySpan<byte> utf8Json, long? ndjsonLine)
    {
        // A UTF-8 byte-order mark is skipped; positions count from after it.
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        if (utf8Json.Length > DisclosureJsonLimits.MaxDocumentBytes)
        {
            throw JsonThrowHelper.DocumentTooLarge(DisclosureJsonLimits.MaxDocumentBytes, ndjsonLine);
        }

        // UTF-16 (with or without its byte-order mark) would otherwise be reported as an invalid first byte.
        if (utf8Json.StartsWith([(byte)0xFF, (byte)0xFE]) || utf8Json.StartsWith([(byte)0xFE, (byte)0xFF])
            || (utf8Json.Length >= 2 && (utf8Json[0] == 0 || utf8Json[1] == 0)))
        {
            throw JsonThrowHelper.NotUtf8(ndjsonLine);
        }

        StringLengthCheck.Check(utf8Json, ndjsonLine);
        return ReportJsonReader.Read(utf8Json, ndjsonLine);
    }

    internal static void Write(IBufferWriter<byte> buffer, DisclosureReport report, bool indented)
    {
        using var writer = new Utf8JsonWriter(buffer, WriterOptions(indented));
        JsonSerializer.Serialize(writer, Preconditions.CheckNotNull(report), ReportTypeInfo);
    }

    internal static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Encoder = Options.Encoder,
        Indented = indented,
        MaxDepth = DisclosureJsonLimits.MaxDepth,
    };

    /// <summary>A pooled buffer that takes a whole document, up to <see cref="DisclosureJsonLimits.MaxDocumentBytes"/>.</summary>
    private struct DocumentBuffer : IDisposable
    {
        private byte[] bytes;
        private int length;

        public DocumentBuffer() => bytes = ArrayPool<byte>.Shared.Rent(16 * 1024);

        public readonly ReadOnlySpan<byte> Content => bytes.AsSpan(0, length);

        /// <summary>Gets room for the next read: at most one byte beyond the limit, enough to know it is exceeded.</summary>
        public Memory<byte> FreeSpace
        {
            get
            {
                if (length == bytes.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(bytes.Length * 2L, DisclosureJsonLimits.MaxDocumentBytes + 1L));
                    bytes.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(bytes);
                    bytes = larger;
                }

                return bytes.AsMemory(length, Math.Min(bytes.Length, DisclosureJsonLimits.MaxDocumentBytes + 1) - length);
            }
        }

        /// <summary>Counts bytes read; false at the end of the stream.</summary>
        public bool Filled(int count)
        {
            length += count;
            if (length > DisclosureJsonLimits.MaxDocumentBytes)
            {
                throw JsonThrowHelper.DocumentTooLarge(DisclosureJsonLimits.MaxDocumentBytes);
            }

            return count > 0;
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(bytes);
            bytes = [];
        }
    }

    /// <summary>Reads a report from JSON text, returning the error instead of throwing it.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="report">The report; null when the text is rejected.</param>
    /// <param name="error">Why the text was rejected, located as by <see cref="Deserialize(string)"/>; null when it was read.</param>
    /// <returns>True when the text is a report of the documented shape within the limits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryDeserialize(string json, [NotNullWhen(true)] out DisclosureReport? report, [NotNullWhen(false)] out DisclosureJsonException? error)
    {
        Preconditions.CheckNotNull(json);
        try
        {
            (report, error) = (Deserialize(json), null);
            return true;
        }
        catch (DisclosureJsonException exception)
        {
            (report, error) = (null, exception);
            return false;
        }
    }

    /// <summary>Reads a report from UTF-8 JSON, returning the error instead of throwing it.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <param name="report">The report; null when the bytes are rejected.</param>
    /// <param name="error">Why the bytes were rejected, located as by <see cref="Deserialize(ReadOnlySpan{byte})"/>; null when they were read.</param>
    /// <returns>True when the bytes are a report of the documented shape within the limits.</returns>
    public static bool TryDeserialize(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out DisclosureReport? report, [NotNullWhen(false)] out DisclosureJsonException? error)
    {
        try
        {
            (report, error) = (Deserialize(utf8Json), null);
            return true;
        }
        catch (DisclosureJsonException exception)
        {
            (report, error) = (null, exception);
            return false;
        }
    }

    private static JsonTypeInfo<DisclosureReport> CreateReportTypeInfo()
    {
        var typeInfo = (JsonTypeInfo<DisclosureReport>)Options.GetTypeInfo(typeof(DisclosureReport));

        // The converter attribute must not be the contract: DisclosureReportJsonConverter writes through this type info.
        return typeInfo.Kind == JsonTypeInfoKind.Object
            ? typeInfo
            : throw new InvalidOperationException("The contract of DisclosureReport must be its members (ReportContract), not its converter.");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(ReportContract.Instance, DisclosureJsonContext.Default).WithAddedModifier(Customize),
            PropertyNamingPolicy = Naming,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowOutOfOrderMetadataProperties = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            NumberHandling = JsonNumberHandling.Strict,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = DisclosureJsonLimits.MaxDepth,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            Converters =
            {
                // As listed on DisclosureJsonContext, which keeps the generator out of NodaTime's types; runtime
                // options need them too.
                new LocalDateConverter(),
                new LocalDateTimeConverter(),
                new DateIntervalConverter(),
                new FormatEditionConverter(),
                new AgencyKindConverter(),
                new MoneyUnitConverter(),
                new ValueListConverter<OverviewPart>(),
                new ValueListConverter<UnreadCell>(),
                new ValueListConverter<string>(),
                new ImportDiagnosticCodeConverter(),
                new ApplicantCountsConverter(),
                new CaseResultCountsConverter(),
                new DocumentCounts2019Converter(),
                new DocumentCounts2021Converter(),
                new MatterCounts2019Converter(),
                new FeeItemCounts2019Converter(),
            },
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Shapes the generated contract: see the remarks of <see cref="DisclosureJson"/>.</summary>
    private static void Customize(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type.Namespace != typeof(DisclosureReport).Namespace)
        {
            return;
        }

        var properties = typeInfo.Properties;
        for (var i = properties.Count - 1; i >= 0; i--)
        {
            // Computed members (Edition, ApplicantSum, ResultSum, …) have no setter: they are not part of the shape.
            if (properties[i].Set is null)
            {
                properties.RemoveAt(i);
            }
        }

        foreach (var property in properties)
        {
            // Every member is written, so every member must be read: nothing is defaulted.
            property.IsRequired = true;
            property.CustomConverter ??= CellConverter(typeInfo.Type, property);
        }

        if (typeInfo.Type.BaseType == typeof(ApplicationOutcomes))
        {
            // The generator lists a derived type's own members first; print order puts （六）其他处理 before （七）总计.
            var otherHandling = properties.Single(p => p.Name == Naming.ConvertName(nameof(ApplicationOutcomes2019.OtherHandling)));
            properties.Remove(otherHandling);
            properties.Insert(properties.IndexOf(properties.Single(p => p.Name == Naming.ConvertName(nameof(ApplicationOutcomes.Total)))), otherHandling);
        }

        if (typeInfo.Type == typeof(DisclosureReport))
        {
            // schemaVersion is a member of the shape, not of the model: written as SchemaVersion, checked when read.
            var version = JsonMetadataServices.CreatePropertyInfo(typeInfo.Options, new JsonPropertyInfoValues<int>
            {
                IsProperty = true,
                IsPublic = true,
                DeclaringType = typeof(DisclosureReport),
                PropertyName = nameof(SchemaVersion),
                JsonPropertyName = "schemaVersion",
                Getter = static _ => SchemaVersion,
                Setter = static (_, _) => { },
                Converter = SchemaVersionConverter.Instance,
            });
            version.IsRequired = true;
            version.Order = -1;
            properties.Insert(0, version);

            // unreadCells is the one optional member: written only when there are unread cells, absent means none,
            // so that every report without them keeps the shape of version 1 unchanged.
            var unread = properties.Single(p => p.Name == Naming.ConvertName(nameof(DisclosureReport.UnreadCells)));
            unread.IsRequired = false;
            unread.ShouldSerialize = static (_, value) => value is ValueList<UnreadCell> { Count: > 0 };
            typeInfo.OnDeserialized = static report =>
            {
                CheckEditions((DisclosureReport)report);
                if (UnreadCellError((DisclosureReport)report) is { } error)
                {
                    throw error.Error;
                }
            };
        }
        else if (typeInfo.Type == typeof(ProactiveDisclosure))
        {
            Discriminate<ProactiveDisclosure2019, ProactiveDisclosure2021>(typeInfo, "proactiveDisclosure");
        }
        else if (typeInfo.Type == typeof(ApplicationOutcomes))
        {
            Discriminate<ApplicationOutcomes2019, ApplicationOutcomes2021>(typeInfo, "applications.outcomes");
        }
    }

    private static JsonConverter? CellConverter(Type declaringType, JsonPropertyInfo property)
    {
        if (property.PropertyType == typeof(int?))
        {
            return CountConverter.Instance;
        }

        if (property.PropertyType == typeof(decimal?))
        {
            return NullableAmountConverter.Instance;
        }

        if (property.PropertyType == typeof(decimal))
        {
            return AmountConverter.Instance;
        }

        if (declaringType == typeof(ReportMetadata))
        {
            if (property.Name == Naming.ConvertName(nameof(ReportMetadata.ReportYear)))
            {
                return ReportYearConverter.Instance;
            }

            if (property.Name == Naming.ConvertName(nameof(ReportMetadata.AgencyName)))
            {
                return NonBlankStringConverter.Instance;
            }
        }

        return null;
    }

    private static void Discriminate<T2019, T2021>(JsonTypeInfo typeInfo, string member)
    {
        typeInfo.PolymorphismOptions = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = "edition",
            UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
            IgnoreUnrecognizedTypeDiscriminators = false,
            DerivedTypes =
            {
                new JsonDerivedType(typeof(T2019), FormatEdition.Edition2019.GetIdentifier()),
                new JsonDerivedType(typeof(T2021), FormatEdition.Edition2021.GetIdentifier()),
            },
        };

        // Reached only when the object has no "edition": the base type is abstract.
        typeInfo.CreateObject = () => throw JsonThrowHelper.MissingEdition(member);
    }

    private static void CheckEditions(DisclosureReport report)
    {
        if (EditionMismatch(report) is { } mismatch)
        {
            throw mismatch.Error;
        }
    }

    /// <summary>
    /// Finds the first unread cell that breaks the shape: named twice, not a cell of the report's edition, or holding a
    /// value; null when there is none. Shared by the contract (after reading) and <see cref="ReportJsonReader"/> (which
    /// locates the error at that element). Called once the editions agree.
    /// </summary>
    /// <returns>The index of the element in <c>unreadCells</c>, and the error to throw.</returns>
    internal static (int Index, JsonException Error)? UnreadCellError(DisclosureReport report)
    {
        var unread = report.UnreadCells;
        if (unread.Count == 0)
        {
            return null;
        }

        var catalog = CellCatalog.Get(report.Edition);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < unread.Count; i++)
        {
            var path = unread[i].PropertyPath;
            if (!seen.Add(path))
            {
                return (i, JsonThrowHelper.UnreadCellTwice(path));
            }

            if (catalog.Find(path) is not { } cell)
            {
                return (i, JsonThrowHelper.UnreadCellNotOfEdition(path, report.Edition));
            }

            if (cell.GetValue(report) is { IsBlank: false } value)
            {
                return (i, JsonThrowHelper.UnreadCellHoldsValue(path, value));
            }
        }

        return null;
    }

    /// <summary>
    /// Finds the first edition-specific section whose edition is not the metadata's; null when they agree. Shared by the
    /// contract (after reading) and <see cref="ReportJsonReader"/> (which locates the error at that section's edition).
    /// </summary>
    /// <returns>Whether it is <c>proactiveDisclosure</c> (else <c>applications.outcomes</c>), and the error to throw.</returns>
    internal static (bool IsProactiveDisclosure, JsonException Error)? EditionMismatch(DisclosureReport report)
    {
        if (CellCatalog.TryFor(report) is { IsHybrid: true })
        {
            // The supported hybrid: a 2021 report whose Section 三 has the 2019 shape (each table writes its edition).
            return null;
        }

        var edition = report.Metadata.Edition;
        var (isProactive, member, actual) = report.ProactiveDisclosure.Edition != edition
            ? (true, "proactiveDisclosure.edition", report.ProactiveDisclosure.Edition)
            : (false, "applications.outcomes.edition", report.Applications.Outcomes.Edition);
        return actual == edition
            ? null
            : (isProactive, JsonThrowHelper.EditionMismatch(member, actual, edition));
    }
}
