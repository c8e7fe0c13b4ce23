using System.Globalization;

namespace DisclosureModel;

/// <summary>
/// The content of one statutory table cell: a number, or blank; for the one cell that prints its own unit (the 2019
/// 采购总金额), the unit it printed.
/// </summary>
/// <remarks>
/// <c>default</c> is the blank cell. A blank cell is not 0: the format leaves the choice to the agency, and the model keeps
/// what was published. Equality is by value (<c>1.0</c> and <c>1</c> are equal, as <see cref="decimal"/> compares them).
/// </remarks>
/// <param name="Number">The number, or null when the cell is blank.</param>
/// <param name="Unit">The unit printed with the number, or null when none was printed or the format fixes it.</param>
public readonly record struct CellValue(decimal? Number, MoneyUnit? Unit = null)
{
    /// <summary>Gets the blank cell.</summary>
    public static CellValue Blank => default;

    /// <summary>Gets a value indicating whether the cell is blank.</summary>
    public bool IsBlank => Number is null;

    /// <summary>Gets the number as a count (the importer's cells are whole numbers within <see cref="int"/> by construction).</summary>
    internal int? AsInt => Number is { } n ? (int)n : null;

    /// <summary>Gets the number as printed: invariant digits, the printed unit appended; empty when blank.</summary>
    /// <returns>The text, e.g. <c>12</c>, <c>9116.36</c> or <c>73802895.90元</c>.</returns>
    public string Format() => Number is not { } number
        ? string.Empty
        : Unit is { } unit ? new MoneyAmount(number, unit).ToString() : number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets the number as printed, or <c>_</c> when blank.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsBlank ? "_" : Format();
}
