namespace DisclosureModel.Validation;

/// <summary>
/// Where a finding's narrative evidence is: a sentence of one of the report's narrative members (the preamble,
/// Section 一, Section 五 or Section 六), located by character offset.
/// </summary>
/// <remarks>Equality is by value.</remarks>
public sealed record NarrativeLocation
{
    /// <summary>
    /// Gets the path of the narrative member from the report root, e.g. <c>Overview.Introduction</c>,
    /// <c>Overview.Parts[1].Text</c>, <c>ProblemsAndImprovements</c> or <c>OtherMatters</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required string PropertyPath { get; init => field = Preconditions.CheckNotNull(value, nameof(PropertyPath)); }

    /// <summary>Gets the offset, in UTF-16 characters, of the quoted words in the member's text.</summary>
    public required int Offset { get; init; }

    /// <summary>Gets the length, in UTF-16 characters, of the quoted words (the phrase that states the figure).</summary>
    public required int Length { get; init; }

    /// <summary>Gets the whole sentence that holds the quoted words, trimmed, as printed.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required string Sentence { get; init => field = Preconditions.CheckNotNull(value, nameof(Sentence)); }
}
