using DisclosureModel.Analysis;

namespace DisclosureModel.Rendering;

/// <summary>
/// Lays out the statutory tables of an edition: the one place that knows the official template's merged headers.
/// Each table is stated as two trees of headers (columns and rows, like the axes of a pivot table) and turned into a
/// grid with spans.
/// </summary>
internal static class ReportTablesBuilder
{
    /// <summary>Lays out the tables; <paramref name="cells"/> are the report's cells in catalogue order (a cell's position is its index).</summary>
    /// <remarks>The catalogue fixes the rows: Section 二 of its edition, Section 三 of its <see cref="CellCatalog.ApplicationsEdition"/> (one （六）其他处理 row in the hybrid).</remarks>
    internal static RenderedSection[] Build(CellCatalog catalog, IReadOnlyList<TableCell> cells) =>
        [
            new(ProactiveDisclosureLayout.Title, [.. ProactiveDisclosureLayout.GetTables(catalog.Edition).Select(t => ProactiveTable(t, catalog, cells))]),
            new(ApplicationsLayout.Title, [ApplicationsTable(catalog.ApplicationsEdition, catalog, cells)]),
            new(ReviewAndLitigationLayout.Title, [ReviewTable(catalog, cells)]),
        ];

    private static RenderedTable ProactiveTable(ProactiveTableDefinition table, CellCatalog catalog, IReadOnlyList<TableCell> cells)
    {
        var columns = table.Columns.Select(c => Node.Leaf(c.Label, c)).ToArray();
        var rows = table.Rows.Select(r => Node.Leaf(r, r)).ToArray();
        CellDefinition CellOf(object? row, object column) => catalog.Find(table.Cells.Single(c => Equals(c.Row, row) && ReferenceEquals(c.Column, column)).PropertyPath)!;
        var corner = new Node(ProactiveTableDefinition.RowHeader.Chinese, ProactiveTableDefinition.RowHeader, null, []);
        return Grid(table.Title, table.Title.Chinese, corner, HeaderScope.Column, columns, rows, CellOf, cells);
    }

    private static RenderedTable ApplicationsTable(FormatEdition edition, CellCatalog catalog, IReadOnlyList<TableCell> cells)
    {
        // 申请人情况 over the seven columns; 法人或其他组织 over the five organisation columns.
        var organizations = Node.Group(ApplicantColumns.OrganizationGroupLabel, [.. ApplicantColumns.Organizations.Select(c => Node.Leaf(c.GetLabel(), c))]);
        var applicants = Node.Group(ApplicantColumns.HeaderLabel,
        [
            Node.Leaf(ApplicantColumn.NaturalPerson.GetLabel(), ApplicantColumn.NaturalPerson),
            organizations,
            Node.Leaf(ApplicantColumn.Total.GetLabel(), ApplicantColumn.Total),
        ]);

        // Rows nest under their group and the group's parents (三、本年度办理结果 > （三）不予公开 > 1.属于国家秘密).
        var roots = new List<Node>();
        var groups = new Dictionary<ApplicationRowGroup, Node>();
        List<Node> ChildrenOf(ApplicationRowGroup? group)
        {
            if (group is not { } g)
            {
                return roots;
            }

            if (!groups.TryGetValue(g, out var node))
            {
                var definition = ApplicationsLayout.GetGroup(g);
                node = Node.Group(definition.Label, []);
                ChildrenOf(definition.Parent).Add(node);
                groups.Add(g, node);
            }

            return node.Children;
        }

        foreach (var row in ApplicationsLayout.GetRows(edition))
        {
            ChildrenOf(row.Group).Add(Node.Leaf(row.Label, row));
        }

        var corner = new Node(ApplicationsLayout.BalancingNote, null, null, []);
        CellDefinition CellOf(object? row, object column) => catalog.GetCell(((ApplicationRowDefinition)row!).Row, (ApplicantColumn)column);
        return Grid(ApplicationsLayout.Title, null, corner, HeaderScope.None, [applicants], [.. roots], CellOf, cells);
    }

    private static RenderedTable ReviewTable(CellCatalog catalog, IReadOnlyList<TableCell> cells)
    {
        // 行政复议 | 行政诉讼 (未经复议直接起诉 | 复议后起诉), each block over the five result columns.
        Node Block(CaseBlock block) => Node.Group(block.GetLabel(), [.. ReviewAndLitigationLayout.Columns.Select(c => Node.Leaf(c.GetLabel(), (block, c)))]);
        Node[] columns =
        [
            Block(CaseBlock.AdministrativeReview),
            Node.Group(ReviewAndLitigationLayout.LitigationGroupLabel, [Block(CaseBlock.LitigationWithoutReview), Block(CaseBlock.LitigationAfterReview)]),
        ];
        CellDefinition CellOf(object? row, object column)
        {
            var (block, result) = ((CaseBlock, CaseResultColumn))column;
            return catalog.GetCell(block, result);
        }

        return Grid(ReviewAndLitigationLayout.Title, null, null, HeaderScope.None, columns, null, CellOf, cells);
    }

    /// <summary>
    /// Turns a column tree and a row tree into a grid. A column header sits in the header row of its depth and spans
    /// its leaves; a leaf spans down to the last header row. A row header starts in the body row of its first leaf
    /// and spans its leaves; a leaf spans right to the last row-label column. Without a row tree the body is one row.
    /// </summary>
    private static RenderedTable Grid(
        StatutoryLabel label,
        string? caption,
        Node? corner,
        HeaderScope cornerScope,
        Node[] columnRoots,
        Node[]? rowRoots,
        Func<object?, object, CellDefinition> cellOf,
        IReadOnlyList<TableCell> cells)
    {
        var headerDepth = columnRoots.Max(Depth);
        var rowHeaderColumns = rowRoots is null ? 0 : rowRoots.Max(Depth);
        var headerRows = Enumerable.Range(0, headerDepth).Select(_ => new List<RenderedHeaderCell>()).ToArray();
        if (corner is not null)
        {
            headerRows[0].Add(new(corner.Text, corner.Label, cornerScope, 0, headerDepth, rowHeaderColumns));
        }

        var columns = new List<RenderedColumn>();
        var columnKeys = new List<object>();
        void AddColumn(Node node, int level, List<RenderedHeaderCell> path)
        {
            var leaf = node.Children.Count == 0;
            var cell = new RenderedHeaderCell(node.Text, node.Label, leaf ? HeaderScope.Column : HeaderScope.ColumnGroup, level, leaf ? headerDepth - level : 1, Leaves(node));
            headerRows[level].Add(cell);
            path.Add(cell);
            if (leaf)
            {
                columns.Add(new(columns.Count, [.. path]));
                columnKeys.Add(node.Key!);
            }

            foreach (var child in node.Children)
            {
                AddColumn(child, level + 1, path);
            }

            path.RemoveAt(path.Count - 1);
        }

        foreach (var root in columnRoots)
        {
            AddColumn(root, 0, []);
        }

        var bodyRows = new List<RenderedRow>();
        RenderedRow Row(RenderedHeaderCell[] headers, object? rowKey) => new(headers, [.. columns.Select(c =>
        {
            var i = cellOf(rowKey, columnKeys[c.Index]).Index;
            return new RenderedDataCell(i, cells[i], c);
        })]);

        var pending = new List<RenderedHeaderCell>();
        void AddRow(Node node, int level)
        {
            if (node.Children.Count == 0)
            {
                pending.Add(new(node.Text, node.Label, HeaderScope.Row, level, 1, rowHeaderColumns - level));
                bodyRows.Add(Row([.. pending], node.Key));
                pending.Clear();
                return;
            }

            pending.Add(new(node.Text, node.Label, HeaderScope.RowGroup, level, Leaves(node), 1));
            foreach (var child in node.Children)
            {
                AddRow(child, level + 1);
            }
        }

        if (rowRoots is null)
        {
            bodyRows.Add(Row([], null));
        }
        else
        {
            foreach (var root in rowRoots)
            {
                AddRow(root, 0);
            }
        }

        return new(label, caption, rowHeaderColumns, [.. columns], [.. headerRows.Select(h => new RenderedRow([.. h], []))], [.. bodyRows]);
    }

    private static int Depth(Node node) => 1 + (node.Children.Count == 0 ? 0 : node.Children.Max(Depth));

    private static int Leaves(Node node) => node.Children.Count == 0 ? 1 : node.Children.Sum(Leaves);

    /// <summary>A header in a column or row tree; a leaf carries the key its cells are found by.</summary>
    private sealed class Node(string text, StatutoryLabel? label, object? key, List<Node> children)
    {
        public string Text { get; } = text;

        public StatutoryLabel? Label { get; } = label;

        public object? Key { get; } = key;

        public List<Node> Children { get; } = children;

        public static Node Leaf(StatutoryLabel label, object key) => new(label.Chinese, label, key, []);

        public static Node Group(StatutoryLabel label, List<Node> children) => new(label.Chinese, label, null, children);
    }
}
