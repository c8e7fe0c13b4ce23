using System.Text.Json;
using System.Text.Json.Serialization;

namespace DisclosureModel.Json;

/// <summary>
/// A row of count cells as an object whose members are the column identifiers of a layout catalog, in print order,
/// each a count or null: the seven-column row of Section 三, the five-cell block of Section 四, the three-cell rows of
/// Section 二 第二十条第（一）项, and the 2019 format's matter and fee rows with their signed 本年增/减 column.
/// </summary>
/// <remarks>
/// Hand-written because these rows are most of a report (175 of a 2021 report's cells are applicant cells, 15 are
/// Section 四): they read the cells straight into the constructor, without the generic path's boxed constructor
/// arguments. They are exactly as strict: every column required, no other member, no duplicate, counts as
/// <see cref="CountConverter"/> reads them, a signed column as any integer in the range of <see cref="int"/>. Their messages name the cell at fault (System.Text.Json's path names the row).
/// </remarks>
/// <typeparam name="T">The row type.</typeparam>
internal abstract class CountRowConverter<T> : JsonConverter<T>, ICountRowConverter
    where T : struct
{
    private const int MaxColumns = 8;

    private readonly JsonEncodedText[] names;
    private readonly int allColumns;
    private readonly int signedColumns;
    private readonly string rowKind;

    /// <summary>Creates the converter of a row of counts.</summary>
    /// <param name="rowKind">What the row is, for messages, e.g. <c>an applicant row</c>.</param>
    /// <param name="identifiers">The column identifiers in print order, from the layout catalog.</param>
    protected CountRowConverter(string rowKind, IEnumerable<string> identifiers)
        : this(rowKind, identifiers.Select(identifier => (identifier, false)))
    {
    }

    /// <summary>Creates the converter of a row whose columns may be signed.</summary>
    /// <param name="rowKind">What the row is, for messages.</param>
    /// <param name="columns">The column identifiers in print order, each with whether it is signed, from the layout catalog.</param>
    protected CountRowConverter(string rowKind, IEnumerable<(string Identifier, bool IsSigned)> columns)
    {
        var list = columns.ToList();
        if (list.Count > MaxColumns)
        {
            throw new ArgumentOutOfRangeException(nameof(columns), list.Count, "Too many columns for a count row.");
        }

        names = [.. list.Select(column => JsonEncodedText.Encode(column.Identifier))];
        allColumns = (1 << names.Length) - 1;
        signedColumns = list.Select((column, index) => column.IsSigned ? 1 << index : 0).Sum();
        this.rowKind = rowKind;
    }

    public IEnumerable<(string Name, bool IsSigned)> Columns => names.Select((name, index) => (name.Value, (signedColumns & (1 << index)) != 0));

    public int ColumnCount => names.Length;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Span<int?> cells = stackalloc int?[MaxColumns];
        ReadCells(ref reader, cells);
        return Create(cells[..names.Length]);
    }

    /// <summary>Reads the row's cells into <paramref name="cells"/> in column order, as strictly as <see cref="Read"/>.</summary>
    public void ReadCells(ref Utf8JsonReader reader, scoped Span<int?> cells)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            JsonThrowHelper.ThrowNotARow(ref reader, rowKind, ColumnList());
        }

        var seen = 0;
        var next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var column = FindColumn(ref reader, next);
            if (column < 0)
            {
                JsonThrowHelper.ThrowUnknownColumn(ref reader, rowKind, ColumnList());
            }

            if ((seen & (1 << column)) != 0)
            {
                JsonThrowHelper.ThrowDuplicateMember(names[column].Value, rowKind);
            }

            seen |= 1 << column;
            next = column + 1;
            reader.Read();
            if (reader.TokenType != JsonTokenType.Null)
            {
                try
                {
                    cells[column] = (signedColumns & (1 << column)) == 0
                        ? CountConverter.Read(ref reader)
                        : JsonNumbers.ReadInteger(ref reader, "A signed count");
                }
                catch (JsonException exception) when (exception.Path is null)
                {
                    JsonThrowHelper.ThrowInCell(names[column].Value, exception);
                }
            }
        }

        if (seen != allColumns)
        {
            JsonThrowHelper.ThrowMissingColumns(rowKind, Enumerable.Range(0, names.Length).Where(c => (seen & (1 << c)) == 0).Select(c => names[c].Value));
        }
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
        if (!reader.ValueIsEscaped && expected < names.Length && reader.ValueSpan.SequenceEqual(names[expected].EncodedUtf8Bytes))
        {
            return expected;
        }

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
    /// <summary>Gets the column identifiers in print order, each with whether it is signed (any integer) or a count (at least 0).</summary>
    IEnumerable<(string Name, bool IsSigned)> Columns { get; }

    /// <summary>Gets the number of columns.</summary>
    int ColumnCount { get; }

    /// <summary>Reads one row object into <paramref name="cells"/> (at least <see cref="ColumnCount"/> long) in column order.</summary>
    void ReadCells(ref Utf8JsonReader reader, scoped Span<int?> cells);
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
        2 => value.TotalPublished,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a column of the row."),
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
        2 => value.InForce,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a column of the row."),
    };
}

/// <summary>A row of 第二十条第（五）（六）项 in the 2019 format (<see cref="MatterCounts2019"/>), columns from <see cref="ProactiveDisclosureLayout"/>.</summary>
internal sealed class MatterCounts2019Converter() : CountRowConverter<MatterCounts2019>(
    "a matters row", Columns2019(Article20Item.Item5))
{
    protected override MatterCounts2019 Create(ReadOnlySpan<int?> cells) => new(cells[0], cells[1], cells[2]);

    protected override int? Get(MatterCounts2019 value, int column) => column switch
    {
        0 => value.PreviousYearItems,
        1 => value.ChangeThisYear,
        2 => value.Decisions,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a column of the row."),
    };

    /// <summary>Gets the columns of a 2019 table, each with whether it is signed (本年增/减).</summary>
    internal static IEnumerable<(string Identifier, bool IsSigned)> Columns2019(Article20Item item) =>
        ProactiveDisclosureLayout.GetTables(FormatEdition.Edition2019).Single(table => table.Item == item).Columns
            .Select(column => (column.Label.Identifier, column.Kind == CellKind.SignedCount));
}

/// <summary>The row of 第二十条第（八）项 in the 2019 format (<see cref="FeeItemCounts2019"/>), columns from <see cref="ProactiveDisclosureLayout"/>.</summary>
internal sealed class FeeItemCounts2019Converter() : CountRowConverter<FeeItemCounts2019>(
    "a fees row", MatterCounts2019Converter.Columns2019(Article20Item.Item8))
{
    protected override FeeItemCounts2019 Create(ReadOnlySpan<int?> cells) => new(cells[0], cells[1]);

    protected override int? Get(FeeItemCounts2019 value, int column) => column switch
    {
        0 => value.PreviousYearItems,
        1 => value.ChangeThisYear,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a column of the row."),
    };
}
