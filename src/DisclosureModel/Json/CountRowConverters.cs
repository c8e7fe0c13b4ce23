using System.Text.Json;
using System.Text.Json.Serialization;

namespace DisclosureModel.Json;

/// <summary>
/// A row of count cells as an object whose members are the column identifiers of a layout catalog, in print order,
/// each a count or null: the seven-column row of Section 三, the five-cell block of Section 四, the three-cell rows of
/// Section 二 第二十条第（一）项.
/// </summary>
/// <remarks>
/// Hand-written because these rows are most of a report (175 of a 2021 report's cells are applicant cells, 15 are
/// Section 四): they read the cells straight into the constructor, without the generic path's boxed constructor
/// arguments. They are exactly as strict: every column required, no other member, no duplicate, counts as
/// <see cref="CountConverter"/> reads them. Their errors name the cell through
/// <see cref="DisclosureJsonException.PathSuffix"/>, which <see cref="DisclosureJson"/> appends to the row's path.
/// </remarks>
/// <typeparam name="T">The row type.</typeparam>
internal abstract class CountRowConverter<T> : JsonConverter<T>, ICountRowConverter
    where T : struct
{
    private const int MaxColumns = 8;

    private readonly JsonEncodedText[] names;
    private readonly int allColumns;
    private readonly string rowKind;

    /// <summary>Creates the converter.</summary>
    /// <param name="rowKind">What the row is, for messages, e.g. <c>an applicant row</c>.</param>
    /// <param name="identifiers">The column identifiers in print order, from the layout catalog.</param>
    protected CountRowConverter(string rowKind, IEnumerable<string> identifiers)
    {
        names = [.. identifiers.Select(identifier => JsonEncodedText.Encode(identifier))];
        if (names.Length > MaxColumns)
        {
            throw new ArgumentOutOfRangeException(nameof(identifiers), names.Length, "Too many columns for a count row.");
        }

        allColumns = (1 << names.Length) - 1;
        this.rowKind = rowKind;
    }

    public IEnumerable<string> Columns => names.Select(name => name.Value);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object with the members {ColumnList()} ({rowKind}); got {JsonNumbers.Describe(ref reader)}.");
        }

        Span<int?> cells = stackalloc int?[MaxColumns];
        var seen = 0;
        var next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var column = FindColumn(ref reader, next);
            if (column < 0)
            {
                var name = reader.GetString()!;
                throw new DisclosureJsonException($"The member '{name}' is not a column of {rowKind}; the columns are {ColumnList()}.")
                {
                    PathSuffix = "." + name,
                };
            }

            if ((seen & (1 << column)) != 0)
            {
                throw new DisclosureJsonException($"Duplicate member '{names[column]}' in {rowKind}.") { PathSuffix = "." + names[column].Value };
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
                    throw new DisclosureJsonException(exception.Message, exception) { PathSuffix = "." + names[column].Value };
                }
            }
        }

        if (seen != allColumns)
        {
            var missing = Enumerable.Range(0, names.Length).Where(c => (seen & (1 << c)) == 0).Select(c => $"'{names[c]}'");
            throw new JsonException($"{char.ToUpperInvariant(rowKind[0])}{rowKind[1..]} is missing its required member(s) {string.Join(", ", missing)}; a blank cell is null.");
        }

        return Create(cells[..names.Length]);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        for (var column = 0; column < names.Length; column++)
        {
            if (Get(value, column) is { } count)
            {
                writer.WriteNumber(names[column], count);
            }
            else
            {
                writer.WriteNull(names[column]);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Builds the row from its cells in print order.</summary>
    protected abstract T Create(ReadOnlySpan<int?> cells);

    /// <summary>Gets a cell of the row by its column's index in print order.</summary>
    protected abstract int? Get(T value, int column);

    private string ColumnList() => string.Join(", ", names.Select(name => name.Value));

    // Members usually come in print order: try the expected column first.
    private int FindColumn(ref Utf8JsonReader reader, int expected)
    {
        if (expected < names.Length && reader.ValueTextEquals(names[expected].EncodedUtf8Bytes))
        {
            return expected;
        }

        for (var column = 0; column < names.Length; column++)
        {
            if (reader.ValueTextEquals(names[column].EncodedUtf8Bytes))
            {
                return column;
            }
        }

        return -1;
    }
}

/// <summary>A converter of a row of count cells, for the schema: its members in print order, each a count or null.</summary>
internal interface ICountRowConverter
{
    /// <summary>Gets the column identifiers in print order.</summary>
    IEnumerable<string> Columns { get; }
}

/// <summary>The seven-column row of Section 三 (<see cref="ApplicantCounts"/>), columns from <see cref="ApplicantColumns"/>.</summary>
internal sealed class ApplicantCountsConverter() : CountRowConverter<ApplicantCounts>(
    "an applicant row", ApplicantColumns.All.Select(column => column.GetLabel().Identifier))
{
    protected override ApplicantCounts Create(ReadOnlySpan<int?> cells) =>
        new(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]);

    protected override int? Get(ApplicantCounts value, int column) => value[(ApplicantColumn)column];
}

/// <summary>A block of Section 四 (<see cref="CaseResultCounts"/>), columns from <see cref="ReviewAndLitigationLayout"/>.</summary>
internal sealed class CaseResultCountsConverter() : CountRowConverter<CaseResultCounts>(
    "a review or litigation block", ReviewAndLitigationLayout.Columns.Select(column => column.GetLabel().Identifier))
{
    protected override CaseResultCounts Create(ReadOnlySpan<int?> cells) => new(cells[0], cells[1], cells[2], cells[3], cells[4]);

    protected override int? Get(CaseResultCounts value, int column) => value[ReviewAndLitigationLayout.Columns[column]];
}

/// <summary>A row of 第二十条第（一）项 in the 2019 format (<see cref="DocumentCounts2019"/>), columns from <see cref="ProactiveDisclosureLayout"/>.</summary>
internal sealed class DocumentCounts2019Converter() : CountRowConverter<DocumentCounts2019>(
    "a rules or normative documents row", Item1Columns(FormatEdition.Edition2019))
{
    protected override DocumentCounts2019 Create(ReadOnlySpan<int?> cells) => new(cells[0], cells[1], cells[2]);

    protected override int? Get(DocumentCounts2019 value, int column) => column switch
    {
        0 => value.CreatedThisYear,
        1 => value.PublishedThisYear,
        _ => value.TotalPublished,
    };

    internal static IEnumerable<string> Item1Columns(FormatEdition edition) =>
        ProactiveDisclosureLayout.GetTables(edition).Single(table => table.Item == Article20Item.Item1).Columns.Select(column => column.Label.Identifier);
}

/// <summary>A row of 第二十条第（一）项 in the 2021 format (<see cref="DocumentCounts2021"/>), columns from <see cref="ProactiveDisclosureLayout"/>.</summary>
internal sealed class DocumentCounts2021Converter() : CountRowConverter<DocumentCounts2021>(
    "a rules or normative documents row", DocumentCounts2019Converter.Item1Columns(FormatEdition.Edition2021))
{
    protected override DocumentCounts2021 Create(ReadOnlySpan<int?> cells) => new(cells[0], cells[1], cells[2]);

    protected override int? Get(DocumentCounts2021 value, int column) => column switch
    {
        0 => value.IssuedThisYear,
        1 => value.RepealedThisYear,
        _ => value.InForce,
    };
}
