using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using NodaTime;

namespace DisclosureModel.Json;

/// <summary>
/// Builds the published JSON Schema from the serializer contract with <see cref="JsonSchemaExporter"/>, then states
/// what the custom converters accept: NodaTime values as formatted strings, counts as integers at least 0, the edition
/// as <c>"2019"</c> or <c>"2021"</c>, and the rule that a report has one edition.
/// </summary>
internal static class DisclosureJsonSchema
{
    /// <summary>Gets the schema's identifier: a URN naming the shape and its version, not a download address.</summary>
    public static string Id => $"urn:disclosuremodel:disclosure-report:v{DisclosureJson.SchemaVersion}";

    /// <summary>Matches an ISO local date-time without offset, as NodaTime's extended ISO pattern writes it.</summary>
    public static string LocalDateTimePattern => @"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?$";

    public static JsonObject Create()
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
        var body = JsonSchemaExporter.GetJsonSchemaAsNode(DisclosureJson.Options, typeof(DisclosureReport), exporterOptions).AsObject();

        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Id,
            ["title"] = "Government information disclosure annual report (政府信息公开工作年度报告)",
            ["description"] = $"A DisclosureModel report, JSON shape version {DisclosureJson.SchemaVersion}, either statutory edition. See docs/json.md.",
        };
        foreach (var (name, value) in body.ToArray())
        {
            body.Remove(name);
            schema[name] = value;
        }

        schema["allOf"] = new JsonArray(EditionRule("2019"), EditionRule("2021"));
        return schema;
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (context.TypeInfo.Type == typeof(AgencyKind))
        {
            var names = new JsonArray();
            foreach (var name in AgencyKindConverter.AllNames)
            {
                names.Add((JsonNode)name);
            }

            return new JsonObject { ["enum"] = names };
        }

        if (context.PropertyInfo?.CustomConverter is { } converter)
        {
            return converter switch
            {
                CountConverter => CountSchema(),
                ReportYearConverter => new JsonObject { ["type"] = "integer", ["minimum"] = ReportYears.Minimum, ["maximum"] = ReportYears.Maximum },
                SchemaVersionConverter => new JsonObject { ["type"] = "integer", ["const"] = DisclosureJson.SchemaVersion },
                NullableAmountConverter => new JsonObject { ["type"] = new JsonArray("number", "null"), ["minimum"] = 0 },
                AmountConverter => new JsonObject { ["type"] = "number", ["minimum"] = 0 },
                NonBlankStringConverter => new JsonObject { ["type"] = "string", ["pattern"] = @"\S" },
                _ => schema,
            };
        }

        if (context.PropertyInfo is { } property && property.DeclaringType == typeof(UnreadCell) && property.Name == "propertyPath")
        {
            var paths = new JsonArray();
            foreach (var path in CellCatalog.Edition2019.Cells.Concat(CellCatalog.Edition2021.Cells).Select(c => c.PropertyPath).Distinct().Order(StringComparer.Ordinal))
            {
                paths.Add((JsonNode)path);
            }

            return new JsonObject { ["type"] = "string", ["enum"] = paths };
        }

        var type = context.TypeInfo.Type;
        var nullable = Nullable.GetUnderlyingType(type) is not null;
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(LocalDate))
        {
            return new JsonObject { ["type"] = StringType(nullable), ["format"] = "date" };
        }

        if (type == typeof(LocalDateTime))
        {
            return new JsonObject { ["type"] = StringType(nullable), ["pattern"] = LocalDateTimePattern };
        }

        if (type == typeof(DateInterval))
        {
            return new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["start"] = new JsonObject { ["type"] = "string", ["format"] = "date" },
                    ["end"] = new JsonObject { ["type"] = "string", ["format"] = "date" },
                },
                ["required"] = new JsonArray("start", "end"),
                ["additionalProperties"] = false,
            };
        }

        if (context.TypeInfo.Converter is ICountRowConverter row)
        {
            var properties = new JsonObject();
            var required = new JsonArray();
            foreach (var column in row.Columns)
            {
                properties[column.Name] = column.IsSigned ? new JsonObject { ["type"] = new JsonArray("integer", "null") } : CountSchema();
                required.Add((JsonNode)column.Name);
            }

            return new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = required, ["additionalProperties"] = false };
        }

        if (type == typeof(FormatEdition))
        {
            return new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("2019", "2021") };
        }

        if (type == typeof(ValueList<UnreadCell>))
        {
            var items = JsonSchemaExporter.GetJsonSchemaAsNode(
                DisclosureJson.Options,
                typeof(UnreadCell),
                new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform });
            return new JsonObject
            {
                ["description"] = "The cells that could not be read (each blank in the tables), with the reason; absent when there are none. Each path is a cell of the report's edition, named once.",
                ["type"] = "array",
                ["items"] = items,
            };
        }

        if (type == typeof(ValueList<string>))
        {
            return new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } };
        }

        if (type == typeof(Import.ImportDiagnosticCode))
        {
            var names = new JsonArray();
            foreach (var name in Enum.GetNames<Import.ImportDiagnosticCode>())
            {
                names.Add((JsonNode)System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name));
            }

            return new JsonObject { ["type"] = "string", ["enum"] = names };
        }

        if (type == typeof(ValueList<OverviewPart>))
        {
            var items = JsonSchemaExporter.GetJsonSchemaAsNode(
                DisclosureJson.Options,
                typeof(OverviewPart),
                new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform });
            return new JsonObject { ["type"] = "array", ["items"] = items };
        }

        return schema;
    }

    private static JsonObject CountSchema() => new()
    {
        ["type"] = new JsonArray("integer", "null"),
        ["minimum"] = 0,
        ["maximum"] = int.MaxValue,
    };

    private static JsonNode StringType(bool nullable) => nullable ? new JsonArray("string", "null") : "string";

    // if metadata.edition is E, then both edition-specific objects are of edition E.
    private static JsonObject EditionRule(string edition) => new()
    {
        ["if"] = new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["metadata"] = new JsonObject { ["properties"] = new JsonObject { ["edition"] = new JsonObject { ["const"] = edition } } },
            },
        },
        ["then"] = new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["proactiveDisclosure"] = new JsonObject { ["properties"] = new JsonObject { ["edition"] = new JsonObject { ["const"] = edition } } },
                ["applications"] = new JsonObject
                {
                    ["properties"] = new JsonObject
                    {
                        ["outcomes"] = new JsonObject { ["properties"] = new JsonObject { ["edition"] = new JsonObject { ["const"] = edition } } },
                    },
                },
            },
        },
    };
}
