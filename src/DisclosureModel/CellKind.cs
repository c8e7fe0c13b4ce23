namespace DisclosureModel;

/// <summary>What a statutory table cell holds (<see cref="CellDefinition.Kind"/>).</summary>
public enum CellKind
{
    /// <summary>A count, at least 0.</summary>
    Count,

    /// <summary>A signed change (本年增/减, 2019 format).</summary>
    SignedCount,

    /// <summary>An amount of money, in the unit the format fixes (<see cref="CellDefinition.Unit"/>) or the one the cell printed.</summary>
    Amount,
}
