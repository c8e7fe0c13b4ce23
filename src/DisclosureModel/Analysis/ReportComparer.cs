namespace DisclosureModel.Analysis;

/// <summary>How a cell differs between two reports.</summary>
public enum CellChangeKind
{
    /// <summary>Both reports have the cell and its value differs (including blank versus a number).</summary>
    Changed,

    /// <summary>Only the newer report's edition has the cell.</summary>
    Added,

    /// <summary>Only the older report's edition has the cell.</summary>
    Removed,
}

/// <summary>One cell that differs between two reports: where it is, its labels, and its old and new value.</summary>
/// <remarks>Equality is by value.</remarks>
public sealed record CellChange
{
    internal CellChange(TableCell? old, TableCell? @new)
    {
        Old = old;
        New = @new;
    }

    /// <summary>Gets how the cell differs.</summary>
    public CellChangeKind Kind => Old is null ? CellChangeKind.Added : New is null ? CellChangeKind.Removed : CellChangeKind.Changed;

    /// <summary>Gets the cell of the older report, or null when its edition has no such cell.</summary>
    public TableCell? Old { get; }

    /// <summary>Gets the cell of the newer report, or null when its edition has no such cell.</summary>
    public TableCell? New { get; }

    /// <summary>Gets the cell's labels and path: those of the newer report when it has the cell, else those of the older.</summary>
    public TableCell Cell => New ?? Old!;

    /// <summary>Gets the cell's key (<see cref="TableCell.Key"/>).</summary>
    public string Key => Cell.Key;

    /// <summary>Gets the cell's path from the report root, e.g. <c>Applications.NewlyReceived.Total</c>.</summary>
    public string PropertyPath => Cell.PropertyPath;

    /// <summary>Gets the old value, or null when blank or absent.</summary>
    public decimal? OldValue => Old?.Value;

    /// <summary>Gets the new value, or null when blank or absent.</summary>
    public decimal? NewValue => New?.Value;

    /// <summary>Gets the change of the value (new minus old, blank or absent counted as 0).</summary>
    public decimal Delta => (NewValue ?? 0m) - (OldValue ?? 0m);

    /// <summary>Gets the key, the labels and both values, e.g. <c>applications/newlyReceived/total 一、本年新收政府信息公开申请数量|总计: 21 → 74</c>.</summary>
    /// <returns>The text; a blank value shows as <c>_</c>, an absent cell as <c>—</c>.</returns>
    public override string ToString() =>
        $"{Key} {(Cell.Table is null ? string.Empty : Cell.Table.Chinese + " ")}{Cell.Row.Chinese}|{Cell.Column.Chinese}: {Show(Old)} → {Show(New)}";

    private static string Show(TableCell? cell) => cell is null ? "—" : cell.IsBlank ? "_" : cell.FormatValue();
}

/// <summary>The cells that differ between two reports, typically two years of the same agency.</summary>
/// <remarks>Equality is by value.</remarks>
public sealed record ReportDiff
{
    /// <summary>Gets the metadata of the older report.</summary>
    public required ReportMetadata Old { get; init; }

    /// <summary>Gets the metadata of the newer report.</summary>
    public required ReportMetadata New { get; init; }

    /// <summary>Gets every differing cell: the older report's cells in print order (changed or removed), then the cells
    /// only the newer report's edition has (added).</summary>
    public required ValueList<CellChange> Changes { get; init; }

    /// <summary>Gets a value indicating whether any cell differs.</summary>
    public bool HasChanges => Changes.Count > 0;
}

/// <summary>Compares the statutory tables of two reports cell by cell.</summary>
public static class ReportComparer
{
    /// <summary>
    /// Lists every cell of Sections 二, 三 and 四 whose value differs between two reports. Cells are matched by
    /// <see cref="TableCell.Key"/>, so reports of different editions can be compared: the rows and columns one
    /// edition lacks show as <see cref="CellChangeKind.Added"/> or <see cref="CellChangeKind.Removed"/> (convert
    /// first with <see cref="EditionConverter"/> to compare like with like). A blank cell differs from 0; amounts
    /// differ when their value or their printed unit differs (not their scale: 1.5 equals 1.50).
    /// </summary>
    /// <param name="older">The earlier report (e.g. last year's).</param>
    /// <param name="newer">The later report.</param>
    /// <returns>The differences.</returns>
    /// <exception cref="ArgumentNullException">A report is null.</exception>
    /// <exception cref="ArgumentException">A report's tables are not of its stated edition.</exception>
    public static ReportDiff Compare(DisclosureReport older, DisclosureReport newer)
    {
        Preconditions.CheckNotNull(older);
        Preconditions.CheckNotNull(newer);
        ReportCells.CheckEditions(older, nameof(older));
        ReportCells.CheckEditions(newer, nameof(newer));
        var oldCells = ReportCells.GetCells(older);
        var newCells = ReportCells.GetCells(newer);
        var newByKey = newCells.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var oldKeys = oldCells.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var changes = new List<CellChange>();
        foreach (var old in oldCells)
        {
            if (!newByKey.TryGetValue(old.Key, out var @new))
            {
                changes.Add(new(old, null));
            }
            else if (old.Value != @new.Value || old.Unit != @new.Unit)
            {
                changes.Add(new(old, @new));
            }
        }

        changes.AddRange(newCells.Where(c => !oldKeys.Contains(c.Key)).Select(c => new CellChange(null, c)));
        return new ReportDiff { Old = older.Metadata, New = newer.Metadata, Changes = [.. changes] };
    }
}
