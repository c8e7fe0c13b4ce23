namespace DisclosureModel.Validation;

/// <summary>One cell change of a <see cref="Correction"/>: the cell, its printed value and the value that would make the equations hold.</summary>
/// <remarks>Equality is by value.</remarks>
public sealed record CellChange
{
    /// <summary>Gets the path of the cell from the report root, e.g. <c>ReviewAndLitigation.AdministrativeReview.Total</c>.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required string PropertyPath { get; init => field = Preconditions.CheckNotNull(value, nameof(PropertyPath)); }

    /// <summary>Gets the Chinese statutory label of the cell's row (or block), or null.</summary>
    public string? RowLabel { get; init; }

    /// <summary>Gets the Chinese statutory label of the cell's column, or null.</summary>
    public string? ColumnLabel { get; init; }

    /// <summary>Gets the printed value, or null when the cell is blank.</summary>
    public long? From { get; init; }

    /// <summary>Gets the value the correction puts in the cell.</summary>
    public required long To { get; init; }
}

/// <summary>
/// A smallest set of cell changes that makes every equation of a table hold: suggested with a failed balancing rule
/// (<see cref="RuleViolation.Corrections"/>).
/// </summary>
/// <remarks>Equality is by value.</remarks>
public sealed record Correction
{
    /// <summary>Gets the cell changes, in the order of the table's cells.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required ValueList<CellChange> Changes { get; init => field = Preconditions.CheckNotNull(value, nameof(Changes)); }
}
