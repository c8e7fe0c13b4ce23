using System.Text.Json;

namespace DisclosureModel.Json;

/// <summary>
/// The statutory tables of the one-pass reader. It keeps no structure of its own: the JSON objects of each table, their
/// members and where each number goes are derived from the edition's <see cref="CellCatalog"/> (the model's property
/// paths, camelCased as the contract names them); the numbers are read into a sheet of the catalogue's cells and the
/// tables are built by the catalogue's builders, the same ones CSV, roll-ups and the importer use.
/// </summary>
internal ref partial struct ReportJsonReader
{
    private ProactiveDisclosure ReadProactiveDisclosure()
    {
        var edition = ReadEdition(out proactiveEditionEnd);
        var shape = TableShapes.Get(edition);
        Span<int?> counts = stackalloc int?[shape.Catalog.Count];
        Span<CellValue> amounts = stackalloc CellValue[shape.Catalog.AmountCount];
        ReadObject(shape.ProactiveDisclosure, counts, amounts);
        return shape.Catalog.BuildProactiveDisclosure(new Sheet(shape.Catalog, counts, amounts));
    }

    private ApplicationsTable ReadApplications()
    {
        // The shape of Section 三 is the edition its outcomes state, wherever they stand in the object.
        var shape = TableShapes.Get(PeekOutcomesEdition());
        Span<int?> counts = stackalloc int?[shape.Catalog.Count];
        ReadObject(shape.Applications, counts, []);
        return shape.Catalog.BuildApplications(new Sheet(shape.Catalog, counts, []));
    }

    private ReviewAndLitigationTable ReadReview()
    {
        // Section 四 is the same in both editions.
        var shape = TableShapes.Get(FormatEdition.Edition2021);
        Span<int?> counts = stackalloc int?[shape.Catalog.Count];
        ReadObject(shape.ReviewAndLitigation, counts, []);
        return shape.Catalog.BuildReviewAndLitigation(new Sheet(shape.Catalog, counts, []));
    }

    /// <summary>
    /// Reads one object of a table's shape into the sheet (counts by catalogue index, amounts by their position among
    /// the amount cells): nested objects recursively, cells by their kind.
    /// </summary>
    private void ReadObject(TableShape shape, scoped Span<int?> counts, scoped Span<CellValue> amounts)
    {
        if (shape.HasEdition && shape.IsNested)
        {
            // An edition-specific object inside a table (Section 三's outcomes): its edition was chosen when the table
            // began; read it again here to know where it stands for the report's edition check.
            ReadEdition(out outcomesEditionEnd);
        }

        if (shape.Row is { } row)
        {
            // A row of counts: read by the contract's own row converter, so both readers say the same of a bad row. Its
            // cells are consecutive in the catalogue, in the converter's column order (checked when the shape is made).
            row.Converter.ReadCells(ref json, counts.Slice(row.First, row.Length));
            return;
        }

        var seen = Begin(shape.Members);
        while (NextMember(shape.Members, ref seen, out var index))
        {
            if (shape.HasEdition && index == 0)
            {
                json.Skip();
            }
            else if (shape.Children[index] is { } child)
            {
                ReadObject(child, counts, amounts);
            }
            else
            {
                var cell = shape.Cells[index]!;
                if (cell.Kind == CellKind.Amount)
                {
                    amounts[shape.AmountOrdinals[index]] = ReadCell(cell);
                }
                else
                {
                    counts[cell.Index] = IsNull ? null : cell.Kind == CellKind.Count ? CountConverter.Read(ref json) : JsonNumbers.ReadInteger(ref json, "A signed count");
                }
            }
        }
    }

    /// <summary>Reads an amount cell: in the column's unit, or with the unit the cell printed.</summary>
    private CellValue ReadCell(CellDefinition cell) =>
        IsNull ? CellValue.Blank : cell.CarriesUnit ? ReadMoneyCell() : new(Value(AmountConverter.Instance));

    private CellValue ReadMoneyCell()
    {
        var money = ReadMoney();
        return new(money.Amount, money.Unit);
    }

    /// <summary>
    /// Finds the edition of Section 三's <c>outcomes</c> with a copy of the reader, before the table is read; a table
    /// without outcomes is read in the 2021 shape and then fails on the missing member, as any object does.
    /// </summary>
    private FormatEdition PeekOutcomesEdition()
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            return FormatEdition.Edition2021;
        }

        var ahead = json;
        while (ahead.Read() && ahead.TokenType == JsonTokenType.PropertyName)
        {
            var isOutcomes = ahead.ValueTextEquals("outcomes"u8);
            ahead.Read();
            if (isOutcomes)
            {
                var saved = json;
                json = ahead;
                var edition = ReadEdition(out _);
                json = saved;
                return edition;
            }

            ahead.Skip();
        }

        return FormatEdition.Edition2021;
    }

    /// <summary>The JSON objects of one edition's three tables, derived once from its catalogue.</summary>
    private sealed class TableShapes
    {
        private static readonly Lazy<TableShapes> Shapes2019 = new(() => new(CellCatalog.Edition2019));
        private static readonly Lazy<TableShapes> Shapes2021 = new(() => new(CellCatalog.Edition2021));

        private TableShapes(CellCatalog catalog)
        {
            Catalog = catalog;
            ProactiveDisclosure = TableShape.Create(catalog, StatutoryTable.ProactiveDisclosure, "ProactiveDisclosure", typeof(DisclosureReport));
            Applications = TableShape.Create(catalog, StatutoryTable.Applications, "Applications", typeof(DisclosureReport));
            ReviewAndLitigation = TableShape.Create(catalog, StatutoryTable.ReviewAndLitigation, "ReviewAndLitigation", typeof(DisclosureReport));
        }

        public CellCatalog Catalog { get; }

        public TableShape ProactiveDisclosure { get; }

        public TableShape Applications { get; }

        public TableShape ReviewAndLitigation { get; }

        public static TableShapes Get(FormatEdition edition) => edition == FormatEdition.Edition2019 ? Shapes2019.Value : Shapes2021.Value;
    }

    /// <summary>The sheet the reader fills: counts checked by the converters as they were read, and the few amounts.</summary>
    private readonly ref struct Sheet(CellCatalog catalog, Span<int?> counts, Span<CellValue> amounts) : ICellSheet
    {
        private readonly Span<int?> counts = counts;
        private readonly Span<CellValue> amounts = amounts;

        public int? Count(CellDefinition cell) => counts[cell.Index];

        public decimal? Amount(CellDefinition cell) => amounts[catalog.AmountOrdinal(cell)].Number;

        public MoneyAmount? Money(CellDefinition cell) =>
            amounts[catalog.AmountOrdinal(cell)] is { Number: { } amount } value ? new MoneyAmount(amount, value.Unit) : null;
    }

    /// <summary>A row object that the contract reads with a row converter: the converter and the catalogue cell of each of its columns.</summary>
    private sealed record RowShape(ICountRowConverter Converter, int First, int Length)
    {
        public static RowShape? Of(Type type, string[] names, CellDefinition?[] leaves)
        {
            if (Options.GetTypeInfo(type).Converter is not ICountRowConverter converter)
            {
                return null;
            }

            var columns = converter.Columns.ToList();
            var cells = new CellDefinition[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                var i = Array.IndexOf(names, columns[c].Name);
                cells[c] = (i < 0 ? null : leaves[i]) is { } cell && (cell.Kind == CellKind.SignedCount) == columns[c].IsSigned
                    ? cell
                    : throw new InvalidOperationException($"The row converter of {type.Name} has the column '{columns[c].Name}', which the catalogue does not list as such.");
            }

            if (names.Length != cells.Length || cells.Where((cell, c) => cell.Index != cells[0].Index + c).Any())
            {
                throw new InvalidOperationException($"The catalogue's cells of {type.Name} are not the {cells.Length} consecutive cells its row converter reads.");
            }

            return new RowShape(converter, cells[0].Index, cells.Length);
        }
    }

    /// <summary>
    /// One JSON object of a table: its members in print order (the catalogue's path segments, camelCased), each either a
    /// nested object or a cell. Edition-specific objects (the contract's polymorphic types) have <c>edition</c> first.
    /// </summary>
    private sealed class TableShape
    {
        private TableShape(Members members, TableShape?[] children, CellDefinition?[] cells, bool hasEdition, bool isNested, RowShape? row, int[] amountOrdinals)
        {
            Row = row;
            AmountOrdinals = amountOrdinals;
            Members = members;
            Children = children;
            Cells = cells;
            HasEdition = hasEdition;
            IsNested = isNested;
        }

        public Members Members { get; }

        public TableShape?[] Children { get; }

        public CellDefinition?[] Cells { get; }

        public bool HasEdition { get; }

        /// <summary>Gets, for each member that is an amount cell, its position among the catalogue's amount cells.</summary>
        public int[] AmountOrdinals { get; }

        /// <summary>Gets the row converter and its cells in column order, when the contract reads this object as a row of counts.</summary>
        public RowShape? Row { get; }

        /// <summary>Gets a value indicating whether the object is inside a table rather than the table itself.</summary>
        public bool IsNested { get; }

        public static TableShape Create(CellCatalog catalog, StatutoryTable table, string property, Type parentType)
        {
            var cells = catalog.GetCells(table);
            return Create(catalog, cells, property, parentType, depth: 0, kind: JsonNamingPolicy.CamelCase.ConvertName(property));
        }

        private static TableShape Create(CellCatalog catalog, IReadOnlyList<CellDefinition> cells, string path, Type parentType, int depth, string kind)
        {
            // The member names of this object, in the order the catalogue first reaches them.
            var names = new List<string>();
            var groups = new Dictionary<string, List<CellDefinition>>(StringComparer.Ordinal);
            foreach (var cell in cells)
            {
                var segments = cell.PropertyPath.Split('.');
                var name = segments[depth + 1];
                if (!groups.TryGetValue(name, out var group))
                {
                    names.Add(name);
                    groups[name] = group = [];
                }

                group.Add(cell);
            }

            var type = ContractType(parentType, path.Split('.')[^1], catalog.Edition, out var polymorphic);
            var offset = polymorphic ? 1 : 0;
            var children = new TableShape?[names.Count + offset];
            var leaves = new CellDefinition?[names.Count + offset];
            for (var i = 0; i < names.Count; i++)
            {
                var group = groups[names[i]];
                if (group.Count == 1 && group[0].PropertyPath.Split('.').Length == depth + 2)
                {
                    leaves[i + offset] = group[0];
                }
                else
                {
                    children[i + offset] = Create(catalog, group, path + "." + names[i], type, depth + 1, kind + "." + JsonNamingPolicy.CamelCase.ConvertName(names[i]));
                }
            }

            var description = polymorphic ? $"{kind} ({catalog.Edition.GetIdentifier()} format)" : kind;
            var memberNames = names.Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray();
            var members = Members.ForShape(description, memberNames, polymorphic, type);
            var amountOrdinals = leaves.Select(leaf => leaf is null ? -1 : catalog.AmountOrdinal(leaf)).ToArray();
            return new TableShape(members, children, leaves, polymorphic, depth > 0, RowShape.Of(type, memberNames, leaves), amountOrdinals);
        }

        /// <summary>
        /// Gets the contract type of a member (the edition's derived type where the contract is polymorphic), so that the
        /// members derived from the catalogue are checked against the contract's.
        /// </summary>
        private static Type ContractType(Type parentType, string property, FormatEdition edition, out bool polymorphic)
        {
            var parent = Options.GetTypeInfo(parentType);
            var name = JsonNamingPolicy.CamelCase.ConvertName(property);
            var member = parent.Properties.FirstOrDefault(p => p.Name == name)
                ?? throw new InvalidOperationException($"The contract of {parentType.Name} has no member '{name}' that the catalogue names.");
            var info = Options.GetTypeInfo(member.PropertyType);
            polymorphic = info.PolymorphismOptions is not null;
            if (!polymorphic)
            {
                return member.PropertyType;
            }

            var identifier = edition.GetIdentifier();
            return info.PolymorphismOptions!.DerivedTypes.Single(d => (string?)d.TypeDiscriminator == identifier).DerivedType;
        }
    }
}
