using System.Diagnostics;
using System.Globalization;

namespace DisclosureModel;

/// <summary>A unit of money printed in a report cell.</summary>
public enum MoneyUnit
{
    /// <summary>元 (yuan).</summary>
    Yuan,

    /// <summary>万元 (ten thousand yuan).</summary>
    TenThousandYuan,
}

/// <summary>
/// An amount of money as printed in a cell whose unit the format does not fix (the 2019 采购总金额): the amount and,
/// when the cell printed one, its unit (e.g. <c>75394432.52元</c>). No unit is ever assumed.
/// </summary>
/// <remarks>
/// The amount keeps the scale it was given with (<c>1.50m</c> stays <c>1.50</c>), but equality follows
/// <see cref="decimal"/> equality, under which <c>1.5m == 1.50m</c>. Equality is by value.
/// </remarks>
public readonly record struct MoneyAmount
{
    /// <summary>Creates an amount.</summary>
    /// <param name="amount">The amount, at least 0.</param>
    /// <param name="unit">The unit printed with it, or null when none was printed.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative or <paramref name="unit"/> is not defined.</exception>
    public MoneyAmount(decimal amount, MoneyUnit? unit)
    {
        Amount = amount;
        Unit = unit;
    }

    /// <summary>Gets the amount as printed, in <see cref="Unit"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public decimal Amount { get; init => field = Preconditions.CheckAmount(value, nameof(Amount))!.Value; }

    /// <summary>Gets the unit printed with the amount, or null when the cell printed none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is not a defined unit.</exception>
    public MoneyUnit? Unit { get; init => field = value is { } unit ? Preconditions.CheckDefined(unit) : null; }

    /// <summary>Gets the amount in 元 when the unit is known.</summary>
    /// <returns>The amount in yuan, or null when <see cref="Unit"/> is null.</returns>
    /// <exception cref="OverflowException">The converted amount exceeds <see cref="decimal.MaxValue"/>.</exception>
    public decimal? ToYuan() => Unit switch
    {
        MoneyUnit.Yuan => Amount,
        MoneyUnit.TenThousandYuan => Amount * 10_000m,
        null => null,
        _ => throw new UnreachableException(),
    };

    /// <summary>Gets the amount as printed with its unit, e.g. <c>73802895.90元</c>, or the bare amount.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + Unit switch
    {
        MoneyUnit.Yuan => "元",
        MoneyUnit.TenThousandYuan => "万元",
        null => string.Empty,
        _ => throw new UnreachableException(),
    };
}
