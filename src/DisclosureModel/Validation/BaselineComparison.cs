namespace DisclosureModel.Validation;

/// <summary>
/// What <see cref="FindingBaseline.Compare"/> found: the findings that are new (not in the baseline), those it accepts,
/// and the baseline entries that no longer occur.
/// </summary>
/// <remarks>
/// Each baseline entry accepts one finding: a fingerprint recorded twice accepts two findings with it, and a third one
/// is new. Equality is by value.
/// </remarks>
public sealed record BaselineComparison
{
    /// <summary>Gets the findings not in the baseline, in the order they were given.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required ValueList<BaselineEntry> New { get; init => field = Preconditions.CheckNotNull(value, nameof(New)); }

    /// <summary>Gets the findings the baseline accepts, in the order they were given.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required ValueList<BaselineEntry> Accepted { get; init => field = Preconditions.CheckNotNull(value, nameof(Accepted)); }

    /// <summary>Gets the baseline entries that matched no finding, in the baseline's order.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required ValueList<BaselineEntry> Gone { get; init => field = Preconditions.CheckNotNull(value, nameof(Gone)); }
}
