namespace DisclosureModel;

/// <summary>
/// Section 一、总体情况 (overview): a narrative, usually an introduction followed by the sub-parts the format suggests
/// (（一）主动公开, （二）依申请公开, （三）政府信息管理, （四）平台建设, （五）监督保障).
/// </summary>
/// <remarks>Equality is by value, including <see cref="Parts"/> element by element.</remarks>
public sealed record OverviewSection
{
    /// <summary>Gets the text before the first sub-part (the whole section when it has no sub-parts); may be empty.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public string Introduction { get; init => field = Preconditions.CheckNotNull(value, nameof(Introduction)); } = string.Empty;

    /// <summary>Gets the sub-parts in print order; empty when the section has none.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public ValueList<OverviewPart> Parts { get; init => field = Preconditions.CheckNotNull(value, nameof(Parts)); } = ValueList<OverviewPart>.Empty;

    /// <summary>
    /// Gets the total number of items proactively disclosed in the year, as the narrative states it
    /// (e.g. <c>主动公开信息118条</c>), or null when it states none. The statutory tables do not hold this figure.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is negative.</exception>
    public int? ProactivelyDisclosedCount { get; init => field = Preconditions.CheckCount(value, nameof(ProactivelyDisclosedCount)); }
}

/// <summary>A sub-part of Section 一, e.g. heading <c>(一)主动公开情况</c> and its text.</summary>
/// <remarks>Equality is by value.</remarks>
public sealed record OverviewPart
{
    /// <summary>Creates a sub-part.</summary>
    /// <param name="heading">The heading as printed, with its number, e.g. <c>(二)依申请公开</c>.</param>
    /// <param name="text">The text after the heading.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OverviewPart(string heading, string text)
    {
        Heading = heading;
        Text = text;
    }

    /// <summary>Gets the heading as printed, with its number.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public string Heading { get; init => field = Preconditions.CheckNotNull(value, nameof(Heading)); }

    /// <summary>Gets the text after the heading.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public string Text { get; init => field = Preconditions.CheckNotNull(value, nameof(Text)); }
}
