using System.Text.Json.Serialization;

namespace DisclosureModel.Json;

/// <summary>
/// The source-generated System.Text.Json metadata of every type of the report's JSON shape. Options and contract
/// customisation (strictness, converters, the edition discriminators) are applied by <see cref="DisclosureJson"/>;
/// use <see cref="DisclosureJson.Options"/> or <see cref="DisclosureJson.ReportTypeInfo"/> rather than this context.
/// </summary>
/// <remarks>
/// <see cref="DisclosureReport"/> carries <see cref="DisclosureReportJsonConverter"/> as its converter attribute, so the
/// generator describes it as a value of that converter and does not reach its members' types: they are listed here, and
/// the report's own members come from <see cref="ReportContract"/>, which <see cref="DisclosureJson.Options"/> asks first.
/// </remarks>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters =
    [
        typeof(LocalDateConverter),
        typeof(LocalDateTimeConverter),
        typeof(DateIntervalConverter),
        typeof(FormatEditionConverter),
        typeof(AgencyKindConverter),
        typeof(MoneyUnitConverter),
        typeof(ValueListConverter<OverviewPart>),
        typeof(ValueListConverter<UnreadCell>),
        typeof(ValueListConverter<string>),
        typeof(ImportDiagnosticCodeConverter),
        typeof(ApplicantCountsConverter),
        typeof(CaseResultCountsConverter),
        typeof(DocumentCounts2019Converter),
        typeof(DocumentCounts2021Converter),
        typeof(MatterCounts2019Converter),
        typeof(FeeItemCounts2019Converter),
    ])]
[JsonSerializable(typeof(DisclosureReport))]
[JsonSerializable(typeof(ReportMetadata))]
[JsonSerializable(typeof(OverviewSection))]
[JsonSerializable(typeof(ProactiveDisclosure))]
[JsonSerializable(typeof(ApplicationsTable))]
[JsonSerializable(typeof(ReviewAndLitigationTable))]
[JsonSerializable(typeof(ValueList<UnreadCell>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(ProactiveDisclosure2019))]
[JsonSerializable(typeof(ProactiveDisclosure2021))]
[JsonSerializable(typeof(ApplicationOutcomes2019))]
[JsonSerializable(typeof(ApplicationOutcomes2021))]
internal sealed partial class DisclosureJsonContext : JsonSerializerContext;
