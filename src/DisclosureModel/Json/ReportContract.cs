using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace DisclosureModel.Json;

/// <summary>
/// The object contract of <see cref="DisclosureReport"/> itself, for <see cref="DisclosureJson.Options"/>: the type carries
/// <c>[JsonConverter(typeof(DisclosureReportJsonConverter))]</c> so that any options read and write the shape, which
/// makes the source generator describe it as a value of that converter. This resolver, placed before
/// <see cref="DisclosureJsonContext"/>, gives the members instead (what the generator wrote before the attribute), so
/// that the converter, which serializes through <see cref="DisclosureJson.ReportTypeInfo"/>, does not call itself.
/// </summary>
internal sealed class ReportContract : IJsonTypeInfoResolver
{
    public static ReportContract Instance { get; } = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        type == typeof(DisclosureReport) ? Create(options) : null;

    private static JsonTypeInfo<DisclosureReport> Create(JsonSerializerOptions options)
    {
        var values = new JsonObjectInfoValues<DisclosureReport>
        {
            ObjectWithParameterizedConstructorCreator = static args => new DisclosureReport
            {
                Metadata = (ReportMetadata)args[0],
                Preamble = (string)args[1],
                Overview = (OverviewSection)args[2],
                ProactiveDisclosure = (ProactiveDisclosure)args[3],
                Applications = (ApplicationsTable)args[4],
                ReviewAndLitigation = (ReviewAndLitigationTable)args[5],
                ProblemsAndImprovements = (string)args[6],
                OtherMatters = (string)args[7],
                UnreadCells = (ValueList<UnreadCell>)args[8],
            },
            PropertyMetadataInitializer = _ =>
            [
                Property(options, nameof(DisclosureReport.Metadata), static r => r.Metadata, required: true),
                Property(options, nameof(DisclosureReport.Preamble), static r => r.Preamble, required: false),
                Property(options, nameof(DisclosureReport.Overview), static r => r.Overview, required: true),
                Property(options, nameof(DisclosureReport.ProactiveDisclosure), static r => r.ProactiveDisclosure, required: true),
                Property(options, nameof(DisclosureReport.Applications), static r => r.Applications, required: true),
                Property(options, nameof(DisclosureReport.ReviewAndLitigation), static r => r.ReviewAndLitigation, required: true),
                Property(options, nameof(DisclosureReport.ProblemsAndImprovements), static r => r.ProblemsAndImprovements, required: true),
                Property(options, nameof(DisclosureReport.OtherMatters), static r => r.OtherMatters, required: true),
                Property(options, nameof(DisclosureReport.UnreadCells), static r => r.UnreadCells, required: false),
            ],
            ConstructorParameterMetadataInitializer = static () =>
            [
                Parameter<ReportMetadata>(nameof(DisclosureReport.Metadata), 0),
                Parameter<string>(nameof(DisclosureReport.Preamble), 1),
                Parameter<OverviewSection>(nameof(DisclosureReport.Overview), 2),
                Parameter<ProactiveDisclosure>(nameof(DisclosureReport.ProactiveDisclosure), 3),
                Parameter<ApplicationsTable>(nameof(DisclosureReport.Applications), 4),
                Parameter<ReviewAndLitigationTable>(nameof(DisclosureReport.ReviewAndLitigation), 5),
                Parameter<string>(nameof(DisclosureReport.ProblemsAndImprovements), 6),
                Parameter<string>(nameof(DisclosureReport.OtherMatters), 7),
                Parameter<ValueList<UnreadCell>>(nameof(DisclosureReport.UnreadCells), 8),
            ],
        };
        var typeInfo = JsonMetadataServices.CreateObjectInfo(options, values);
        typeInfo.OriginatingResolver = Instance;
        return typeInfo;
    }

    private static JsonPropertyInfo Property<T>(JsonSerializerOptions options, string name, Func<DisclosureReport, T> getter, bool required)
    {
        var property = JsonMetadataServices.CreatePropertyInfo(options, new JsonPropertyInfoValues<T>
        {
            IsProperty = true,
            IsPublic = true,
            DeclaringType = typeof(DisclosureReport),
            Getter = obj => getter((DisclosureReport)obj),

            // Init-only: set through the constructor delegate above, as the generator does.
            Setter = static (_, _) => throw new InvalidOperationException("Init-only members are set by the constructor delegate."),
            PropertyName = name,
        });
        property.IsRequired = required;
        property.IsGetNullable = false;
        property.IsSetNullable = false;
        return property;
    }

    private static JsonParameterInfoValues Parameter<T>(string name, int position) => new()
    {
        Name = name,
        ParameterType = typeof(T),
        Position = position,
        IsNullable = false,
        IsMemberInitializer = true,
    };
}
