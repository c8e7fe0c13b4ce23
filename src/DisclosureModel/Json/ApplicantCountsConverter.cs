using System.Text.Json;
using System.Text.Json.Serialization;

namespace DisclosureModel.Json;

/// <summary>
/// The seven-column row of Section 三 (<see cref="ApplicantCounts"/>) as an object whose members are the column
/// identifiers of <see cref="ApplicantColumns"/>, in print order, each a count or null.
/// </summary>
/// <remarks>
/// Hand-written because the row is most of a report (175 of a 2021 report's cells): it reads the cells straight into
/// the constructor, without the generic path's boxed constructor arguments. It is exactly as strict: every column
/// required, no other member, no duplicate, counts as <see cref="CountConverter"/> reads them. Its errors name the cell
/// through <see cref="DisclosureJsonException.PathSuffix"/>, which <see cref="DisclosureJson"/> appends to the row's path.
/// </remarks>
internal sealed class ApplicantCountsConverter : JsonConverter<ApplicantCounts>
{
    private const int AllColumns = (1 << 7) - 1;

    private static readonly JsonEncodedText[] Names =
        [.. ApplicantColumns.All.Select(column => JsonEncodedText.Encode(column.GetLabel().Identifier))];

    public override ApplicantCounts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object of the seven applicant columns; got {JsonNumbers.Describe(ref reader)}.");
        }

        Span<int?> cells = stackalloc int?[7];
        var seen = 0;
        var next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var column = FindColumn(ref reader, next);
            if (column < 0)
            {
                var name = reader.GetString()!;
                throw new DisclosureJsonException(
                    $"The member '{name}' is not a column of an applicant row; the columns are {string.Join(", ", Names.Select(n => n.Value))}.")
                {
                    PathSuffix = "." + name,
                };
            }

            if ((seen & (1 << column)) != 0)
            {
                throw new DisclosureJsonException($"Duplicate member '{Names[column]}' in an applicant row.") { PathSuffix = "." + Names[column].Value };
            }

            seen |= 1 << column;
            next = column + 1;
            reader.Read();
            if (reader.TokenType != JsonTokenType.Null)
            {
                try
                {
                    cells[column] = CountConverter.Instance.Read(ref reader, typeof(int?), options);
                }
                catch (JsonException exception) when (exception.Path is null)
                {
                    throw new DisclosureJsonException(exception.Message, exception) { PathSuffix = "." + Names[column].Value };
                }
            }
        }

        if (seen != AllColumns)
        {
            var missing = Enumerable.Range(0, 7).Where(c => (seen & (1 << c)) == 0).Select(c => $"'{Names[c]}'");
            throw new JsonException($"An applicant row is missing its required member(s) {string.Join(", ", missing)}; a blank cell is null.");
        }

        return new ApplicantCounts(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]);
    }

    public override void Write(Utf8JsonWriter writer, ApplicantCounts value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        for (var column = 0; column < Names.Length; column++)
        {
            if (value[(ApplicantColumn)column] is { } count)
            {
                writer.WriteNumber(Names[column], count);
            }
            else
            {
                writer.WriteNull(Names[column]);
            }
        }

        writer.WriteEndObject();
    }

    // Members usually come in print order: try the expected column first.
    private static int FindColumn(ref Utf8JsonReader reader, int expected)
    {
        if (expected < Names.Length && reader.ValueTextEquals(Names[expected].EncodedUtf8Bytes))
        {
            return expected;
        }

        for (var column = 0; column < Names.Length; column++)
        {
            if (reader.ValueTextEquals(Names[column].EncodedUtf8Bytes))
            {
                return column;
            }
        }

        return -1;
    }
}
