namespace DisclosureModel;

/// <summary>
/// One block of Section 四: the number of cases by result, and the printed 总计.
/// </summary>
/// <remarks>
/// Every cell is a count of at least 0, or null when blank. <see cref="Total"/> is stored as printed;
/// <see cref="ResultSum"/> is the computed sum of the four results. <c>default</c> is the all-blank block.
/// Equality is by value.
/// </remarks>
public readonly record struct CaseResultCounts
{
    /// <summary>Creates a block from its five cells in print order.</summary>
    /// <param name="upheld">结果维持.</param>
    /// <param name="corrected">结果纠正.</param>
    /// <param name="otherResult">其他结果.</param>
    /// <param name="pending">尚未审结.</param>
    /// <param name="total">总计, as printed.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public CaseResultCounts(int? upheld, int? corrected, int? otherResult, int? pending, int? total)
    {
        Upheld = upheld;
        Corrected = corrected;
        OtherResult = otherResult;
        Pending = pending;
        Total = total;
    }

    /// <summary>Gets the block with 0 in every cell.</summary>
    public static CaseResultCounts Zero { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Gets the 结果维持 (upheld) count, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? Upheld { get; init => field = Preconditions.CheckCount(value, nameof(Upheld)); }

    /// <summary>Gets the 结果纠正 (corrected) count, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? Corrected { get; init => field = Preconditions.CheckCount(value, nameof(Corrected)); }

    /// <summary>Gets the 其他结果 (other result) count, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? OtherResult { get; init => field = Preconditions.CheckCount(value, nameof(OtherResult)); }

    /// <summary>Gets the 尚未审结 (pending) count, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? Pending { get; init => field = Preconditions.CheckCount(value, nameof(Pending)); }

    /// <summary>Gets the 总计 (total) count as printed, or null when blank.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? Total { get; init => field = Preconditions.CheckCount(value, nameof(Total)); }

    /// <summary>Gets the sum of the four result columns, blank counted as 0.</summary>
    public long ResultSum => (long)(Upheld ?? 0) + (Corrected ?? 0) + (OtherResult ?? 0) + (Pending ?? 0);

    /// <summary>Gets a cell by its column.</summary>
    /// <param name="column">A defined column.</param>
    /// <returns>The count, or null when blank.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is not defined.</exception>
    public int? this[CaseResultColumn column] => column switch
    {
        CaseResultColumn.Upheld => Upheld,
        CaseResultColumn.Corrected => Corrected,
        CaseResultColumn.OtherResult => OtherResult,
        CaseResultColumn.Pending => Pending,
        CaseResultColumn.Total => Total,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a defined result column."),
    };

    /// <summary>Adds two blocks cell by cell; blank plus a count gives the count, blank plus blank gives blank.</summary>
    /// <param name="left">The first block.</param>
    /// <param name="right">The second block.</param>
    /// <returns>The cell-wise sum.</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="int.MaxValue"/>.</exception>
    public static CaseResultCounts operator +(CaseResultCounts left, CaseResultCounts right) => new(
        Add(left.Upheld, right.Upheld),
        Add(left.Corrected, right.Corrected),
        Add(left.OtherResult, right.OtherResult),
        Add(left.Pending, right.Pending),
        Add(left.Total, right.Total));

    /// <summary>Creates a block from the four results, with 总计 computed.</summary>
    /// <param name="upheld">结果维持.</param>
    /// <param name="corrected">结果纠正.</param>
    /// <param name="otherResult">其他结果.</param>
    /// <param name="pending">尚未审结.</param>
    /// <returns>The block.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="OverflowException">The total exceeds <see cref="int.MaxValue"/>.</exception>
    public static CaseResultCounts FromResults(int upheld, int corrected, int otherResult, int pending) =>
        new(upheld, corrected, otherResult, pending, checked(upheld + corrected + otherResult + pending));

    /// <summary>Gets a copy with one cell replaced.</summary>
    /// <param name="column">The column to replace.</param>
    /// <param name="value">The new count, or null for blank.</param>
    /// <returns>The changed block.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is not defined, or <paramref name="value"/> is negative.</exception>
    public CaseResultCounts With(CaseResultColumn column, int? value) => column switch
    {
        CaseResultColumn.Upheld => this with { Upheld = value },
        CaseResultColumn.Corrected => this with { Corrected = value },
        CaseResultColumn.OtherResult => this with { OtherResult = value },
        CaseResultColumn.Pending => this with { Pending = value },
        CaseResultColumn.Total => this with { Total = value },
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a defined result column."),
    };

    /// <summary>Gets the five cells in print order, blank shown as <c>_</c>, e.g. <c>0 1 1 0 2</c>.</summary>
    /// <returns>The cells separated by spaces.</returns>
    public override string ToString()
    {
        var self = this;
        return string.Join(' ', ReviewAndLitigationLayout.Columns.Select(c => self[c] is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "_"));
    }

    private static int? Add(int? left, int? right) =>
        left is null && right is null ? null : checked((left ?? 0) + (right ?? 0));
}
