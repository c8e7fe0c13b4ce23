using System.Runtime.CompilerServices;

namespace DisclosureModel;

/// <summary>The items of 条例 第二十条 that Section 二 tabulates.</summary>
public enum Article20Item
{
    /// <summary>第二十条第（一）项: rules and normative documents.</summary>
    Item1 = 1,

    /// <summary>第二十条第（五）项: administrative licensing (and, in 2019, other external services).</summary>
    Item5 = 5,

    /// <summary>第二十条第（六）项: administrative penalties and coercion.</summary>
    Item6 = 6,

    /// <summary>第二十条第（八）项: administrative fees.</summary>
    Item8 = 8,

    /// <summary>第二十条第（九）项: centralised procurement (2019 format only).</summary>
    Item9 = 9,
}

/// <summary>A column of a Section 二 sub-table.</summary>
public sealed class ProactiveColumnDefinition
{
    internal ProactiveColumnDefinition(StatutoryLabel label, CellKind kind, MoneyUnit? unit = null)
    {
        Label = label;
        Kind = kind;
        Unit = unit;
    }

    /// <summary>Gets the column's statutory label.</summary>
    public StatutoryLabel Label { get; }

    /// <summary>Gets what the column's cells hold.</summary>
    public CellKind Kind { get; }

    /// <summary>
    /// Gets the unit the format fixes for an <see cref="CellKind.Amount"/> column (万元 for the 2021 fees),
    /// or null when the format fixes none (the 2019 采购总金额, whose unit is whatever the cell printed).
    /// </summary>
    public MoneyUnit? Unit { get; }

    /// <inheritdoc/>
    public override string ToString() => Label.ToString();
}

/// <summary>One cell of a Section 二 sub-table: its row, its column, its path, and how to read it.</summary>
public sealed class ProactiveCellDefinition
{
    private readonly Func<ProactiveDisclosure, decimal?> read;

    internal ProactiveCellDefinition(ProactiveTableDefinition table, StatutoryLabel row, ProactiveColumnDefinition column, string propertyPath, Func<ProactiveDisclosure, decimal?> read)
    {
        Table = table;
        Row = row;
        Column = column;
        PropertyPath = propertyPath;
        this.read = read;
    }

    /// <summary>Gets the sub-table.</summary>
    public ProactiveTableDefinition Table { get; }

    /// <summary>Gets the row's statutory label (信息内容), e.g. <c>规章</c>.</summary>
    public StatutoryLabel Row { get; }

    /// <summary>Gets the column.</summary>
    public ProactiveColumnDefinition Column { get; }

    /// <summary>Gets the cell's path from the report root, e.g. <c>ProactiveDisclosure.Article20Item1.Rules.CreatedThisYear</c>.</summary>
    public string PropertyPath { get; }

    /// <summary>
    /// Reads the cell's number: a count, a signed change or an amount (for the 2019 采购总金额, the amount without its
    /// printed unit: read <see cref="ProcurementCounts2019.TotalAmount"/> for the unit).
    /// </summary>
    /// <param name="disclosure">Section 二 of a report of this cell's edition.</param>
    /// <returns>The number, or null when the cell is blank.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disclosure"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="disclosure"/> is of the other edition.</exception>
    public decimal? GetNumber(ProactiveDisclosure disclosure)
    {
        Preconditions.CheckNotNull(disclosure);
        if (disclosure.Edition != Table.Edition)
        {
            throw new ArgumentException($"The cell {PropertyPath} belongs to the {Table.Edition.GetIdentifier()} format; the table is in the {disclosure.Edition.GetIdentifier()} format.", nameof(disclosure));
        }

        return read(disclosure);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Table.Title.Chinese} {Row.Chinese} {Column.Label.Chinese}";
}

/// <summary>One sub-table of Section 二 (one item of 条例 第二十条) in one edition.</summary>
public sealed class ProactiveTableDefinition
{
    internal ProactiveTableDefinition(FormatEdition edition, Article20Item item, string englishTitle, string propertyName, StatutoryLabel[] rows, ProactiveColumnDefinition[] columns)
    {
        Edition = edition;
        Item = item;
        var number = item switch
        {
            Article20Item.Item1 => "一",
            Article20Item.Item5 => "五",
            Article20Item.Item6 => "六",
            Article20Item.Item8 => "八",
            Article20Item.Item9 => "九",
            _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Not a tabulated item of 第二十条."),
        };
        Title = new("article20Item" + (int)item, $"第二十条第（{number}）项", englishTitle);
        PropertyPath = "ProactiveDisclosure." + propertyName;
        Rows = rows;
        Columns = columns;
    }

    /// <summary>Gets the edition that has this sub-table.</summary>
    public FormatEdition Edition { get; }

    /// <summary>Gets the item of 条例 第二十条.</summary>
    public Article20Item Item { get; }

    /// <summary>Gets the sub-table's title, e.g. <c>第二十条第（一）项</c>.</summary>
    public StatutoryLabel Title { get; }

    /// <summary>Gets the header of the row-label column: 信息内容.</summary>
    public static StatutoryLabel RowHeader { get; } = new("infoContent", "信息内容", "Information");

    /// <summary>Gets the path of the sub-table from the report root, e.g. <c>ProactiveDisclosure.Article20Item1</c>.</summary>
    public string PropertyPath { get; }

    /// <summary>Gets the row labels in print order.</summary>
    public IReadOnlyList<StatutoryLabel> Rows { get; }

    /// <summary>Gets the number columns in print order.</summary>
    public IReadOnlyList<ProactiveColumnDefinition> Columns { get; }

    /// <summary>Gets the cells, row by row in print order.</summary>
    public IReadOnlyList<ProactiveCellDefinition> Cells { get; internal set; } = [];

    /// <inheritdoc/>
    public override string ToString() => Title.ToString();
}

/// <summary>
/// The layout of Section 二 (主动公开政府信息情况) in both editions: sub-tables, rows, columns and cells with their
/// statutory labels. The single source of labels for validators, importers and renderers.
/// </summary>
public static class ProactiveDisclosureLayout
{
    private static readonly ProactiveTableDefinition[] Tables2019 = Create2019();
    private static readonly ProactiveTableDefinition[] Tables2021 = Create2021();

    /// <summary>Gets the section heading: 二、主动公开政府信息情况.</summary>
    public static StatutoryLabel Title { get; } = new("proactiveDisclosure", "二、主动公开政府信息情况", "Proactively disclosed information");

    /// <summary>Gets the sub-tables of an edition in print order: five in 2019, four in 2021.</summary>
    /// <param name="edition">A defined edition.</param>
    /// <returns>The sub-tables.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static IReadOnlyList<ProactiveTableDefinition> GetTables(FormatEdition edition) =>
        Preconditions.CheckDefined(edition) == FormatEdition.Edition2019 ? Tables2019 : Tables2021;

    /// <summary>Gets every cell of an edition in print order: 22 in 2019, 10 in 2021.</summary>
    /// <param name="edition">A defined edition.</param>
    /// <returns>The cells.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="edition"/> is not defined.</exception>
    public static IReadOnlyList<ProactiveCellDefinition> GetCells(FormatEdition edition) =>
        Preconditions.CheckDefined(edition) == FormatEdition.Edition2019 ? Cells2019.Value : Cells2021.Value;

    private static readonly Lazy<ProactiveCellDefinition[]> Cells2019 = new(() => [.. Tables2019.SelectMany(t => t.Cells)]);
    private static readonly Lazy<ProactiveCellDefinition[]> Cells2021 = new(() => [.. Tables2021.SelectMany(t => t.Cells)]);

    private static StatutoryLabel L(string id, string chinese, string english) => new(id, chinese, english);

    private static ProactiveTableDefinition[] Create2019()
    {
        var documentColumns = new ProactiveColumnDefinition[]
        {
            new(L("createdThisYear", "本年新制作数量", "Made this year"), CellKind.Count),
            new(L("publishedThisYear", "本年新公开数量", "Published this year"), CellKind.Count),
            new(L("totalPublished", "对外公开总数量", "Published in all"), CellKind.Count),
        };
        var matterColumns = new ProactiveColumnDefinition[]
        {
            new(L("previousYearItems", "上一年项目数量", "Items last year"), CellKind.Count),
            new(L("changeThisYear", "本年增/减", "Change this year"), CellKind.SignedCount),
            new(L("decisions", "处理决定数量", "Decisions"), CellKind.Count),
        };
        var item1 = new ProactiveTableDefinition(FormatEdition.Edition2019, Article20Item.Item1, "Rules and normative documents", nameof(ProactiveDisclosure2019.Article20Item1),
            [L("rules", "规章", "Rules"), L("normativeDocuments", "规范性文件", "Normative documents")], documentColumns);
        var item5 = new ProactiveTableDefinition(FormatEdition.Edition2019, Article20Item.Item5, "Licensing and other external services", nameof(ProactiveDisclosure2019.Article20Item5),
            [L("administrativeLicensing", "行政许可", "Administrative licensing"), L("otherExternalServices", "其他对外管理服务事项", "Other external management and services")], matterColumns);
        var item6 = new ProactiveTableDefinition(FormatEdition.Edition2019, Article20Item.Item6, "Penalties and coercion", nameof(ProactiveDisclosure2019.Article20Item6),
            [L("administrativePenalty", "行政处罚", "Administrative penalty"), L("administrativeCoercion", "行政强制", "Administrative coercion")], matterColumns);
        var item8 = new ProactiveTableDefinition(FormatEdition.Edition2019, Article20Item.Item8, "Administrative fees", nameof(ProactiveDisclosure2019.Article20Item8),
            [L("administrativeFees", "行政事业性收费", "Administrative fees")], matterColumns[..2]);
        var item9 = new ProactiveTableDefinition(FormatEdition.Edition2019, Article20Item.Item9, "Centralised procurement", nameof(ProactiveDisclosure2019.Article20Item9),
            [L("centralizedProcurement", "政府集中采购", "Centralised government procurement")],
            [
                new(L("procurementProjects", "采购项目数量", "Procurement projects"), CellKind.Count),
                new(L("procurementTotalAmount", "采购总金额", "Total procurement amount"), CellKind.Amount),
            ]);

        static CellGetter R(Func<ProactiveDisclosure2019, decimal?> read, [CallerArgumentExpression(nameof(read))] string expression = "") =>
            new(CellPaths.FromGetter(expression), d => read((ProactiveDisclosure2019)d));
        item1.Cells = Cells(item1,
            R(d => d.Article20Item1.Rules.CreatedThisYear), R(d => d.Article20Item1.Rules.PublishedThisYear), R(d => d.Article20Item1.Rules.TotalPublished),
            R(d => d.Article20Item1.NormativeDocuments.CreatedThisYear), R(d => d.Article20Item1.NormativeDocuments.PublishedThisYear), R(d => d.Article20Item1.NormativeDocuments.TotalPublished));
        item5.Cells = Cells(item5,
            R(d => d.Article20Item5.AdministrativeLicensing.PreviousYearItems), R(d => d.Article20Item5.AdministrativeLicensing.ChangeThisYear), R(d => d.Article20Item5.AdministrativeLicensing.Decisions),
            R(d => d.Article20Item5.OtherExternalServices.PreviousYearItems), R(d => d.Article20Item5.OtherExternalServices.ChangeThisYear), R(d => d.Article20Item5.OtherExternalServices.Decisions));
        item6.Cells = Cells(item6,
            R(d => d.Article20Item6.AdministrativePenalty.PreviousYearItems), R(d => d.Article20Item6.AdministrativePenalty.ChangeThisYear), R(d => d.Article20Item6.AdministrativePenalty.Decisions),
            R(d => d.Article20Item6.AdministrativeCoercion.PreviousYearItems), R(d => d.Article20Item6.AdministrativeCoercion.ChangeThisYear), R(d => d.Article20Item6.AdministrativeCoercion.Decisions));
        item8.Cells = Cells(item8,
            R(d => d.Article20Item8.AdministrativeFees.PreviousYearItems), R(d => d.Article20Item8.AdministrativeFees.ChangeThisYear));

        // 采购总金额 is a MoneyAmount (the amount with the unit the cell printed); the cell's number is its amount.
        static CellGetter Money(Func<ProactiveDisclosure2019, MoneyAmount?> read, [CallerArgumentExpression(nameof(read))] string expression = "") =>
            new(CellPaths.FromGetter(expression), d => read((ProactiveDisclosure2019)d)?.Amount);
        item9.Cells = Cells(item9,
            R(d => d.Article20Item9.CentralizedProcurement.Projects), Money(d => d.Article20Item9.CentralizedProcurement.TotalAmount));
        return [item1, item5, item6, item8, item9];
    }

    private static ProactiveTableDefinition[] Create2021()
    {
        var decisions = new ProactiveColumnDefinition(L("decisionsThisYear", "本年处理决定数量", "Decisions this year"), CellKind.Count);
        var item1 = new ProactiveTableDefinition(FormatEdition.Edition2021, Article20Item.Item1, "Rules and administrative normative documents", nameof(ProactiveDisclosure2021.Article20Item1),
            [L("rules", "规章", "Rules"), L("normativeDocuments", "行政规范性文件", "Administrative normative documents")],
            [
                new(L("issuedThisYear", "本年制发件数", "Issued this year"), CellKind.Count),
                new(L("repealedThisYear", "本年废止件数", "Repealed this year"), CellKind.Count),
                new(L("inForce", "现行有效件数", "In force"), CellKind.Count),
            ]);
        var item5 = new ProactiveTableDefinition(FormatEdition.Edition2021, Article20Item.Item5, "Administrative licensing", nameof(ProactiveDisclosure2021.Article20Item5),
            [L("administrativeLicensing", "行政许可", "Administrative licensing")], [decisions]);
        var item6 = new ProactiveTableDefinition(FormatEdition.Edition2021, Article20Item.Item6, "Penalties and coercion", nameof(ProactiveDisclosure2021.Article20Item6),
            [L("administrativePenalty", "行政处罚", "Administrative penalty"), L("administrativeCoercion", "行政强制", "Administrative coercion")], [decisions]);
        var item8 = new ProactiveTableDefinition(FormatEdition.Edition2021, Article20Item.Item8, "Administrative fees", nameof(ProactiveDisclosure2021.Article20Item8),
            [L("administrativeFees", "行政事业性收费", "Administrative fees")],
            [new(L("feesCollected", "本年收费金额（单位：万元）", "Fees collected this year (10,000 yuan)"), CellKind.Amount, MoneyUnit.TenThousandYuan)]);

        static CellGetter R(Func<ProactiveDisclosure2021, decimal?> read, [CallerArgumentExpression(nameof(read))] string expression = "") =>
            new(CellPaths.FromGetter(expression), d => read((ProactiveDisclosure2021)d));
        item1.Cells = Cells(item1,
            R(d => d.Article20Item1.Rules.IssuedThisYear), R(d => d.Article20Item1.Rules.RepealedThisYear), R(d => d.Article20Item1.Rules.InForce),
            R(d => d.Article20Item1.NormativeDocuments.IssuedThisYear), R(d => d.Article20Item1.NormativeDocuments.RepealedThisYear), R(d => d.Article20Item1.NormativeDocuments.InForce));

        // Single-column sub-tables hold the cell directly on the row property, so the path ends at the row.
        item5.Cells = Cells(item5, R(d => d.Article20Item5.AdministrativeLicensing));
        item6.Cells = Cells(item6, R(d => d.Article20Item6.AdministrativePenalty), R(d => d.Article20Item6.AdministrativeCoercion));
        item8.Cells = Cells(item8, R(d => d.Article20Item8.AdministrativeFees));
        return [item1, item5, item6, item8];
    }

    /// <summary>
    /// Pairs a sub-table's rows and columns (row by row) with the getters of its cells; each getter is the one expression
    /// that states both how a cell is read and its path. A getter that reads outside its sub-table, or a count that does
    /// not match rows × columns, fails at type initialisation.
    /// </summary>
    private static ProactiveCellDefinition[] Cells(ProactiveTableDefinition table, params CellGetter[] getters)
    {
        if (getters.Length != table.Rows.Count * table.Columns.Count)
        {
            throw new InvalidOperationException($"{table.PropertyPath} has {table.Rows.Count} × {table.Columns.Count} cells; {getters.Length} getters were given.");
        }

        var cells = new ProactiveCellDefinition[getters.Length];
        for (var i = 0; i < getters.Length; i++)
        {
            var path = "ProactiveDisclosure." + getters[i].Path;
            if (!path.StartsWith(table.PropertyPath + ".", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The getter of {path} reads outside {table.PropertyPath}.");
            }

            cells[i] = new(table, table.Rows[i / table.Columns.Count], table.Columns[i % table.Columns.Count], path, getters[i].Read);
        }

        return cells;
    }

    /// <summary>A cell's path below <c>ProactiveDisclosure</c> and the getter it was derived from.</summary>
    private readonly record struct CellGetter(string Path, Func<ProactiveDisclosure, decimal?> Read);
}
