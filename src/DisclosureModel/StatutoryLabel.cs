namespace DisclosureModel;

/// <summary>
/// The names of one row, column, group or table of the statutory format: the Chinese label exactly as the
/// official template prints it, the stable English identifier (camelCase, used in JSON, CSV and canonical text)
/// and a short English description.
/// </summary>
/// <remarks>Every label of the model is defined once, in the layout classes (<see cref="ApplicationsLayout"/>,
/// <see cref="ReviewAndLitigationLayout"/>, <see cref="ProactiveDisclosureLayout"/>); validators, importers and
/// renderers read them from there. Equality is by value.</remarks>
/// <param name="Identifier">The stable camelCase identifier, e.g. <c>stateSecret</c>.</param>
/// <param name="Chinese">The label as printed in the official template, e.g. <c>1.属于国家秘密</c>.</param>
/// <param name="English">A short English description, e.g. <c>State secret</c>.</param>
public sealed record StatutoryLabel(string Identifier, string Chinese, string English)
{
    /// <summary>Gets the Chinese label followed by the identifier, e.g. <c>1.属于国家秘密 (stateSecret)</c>.</summary>
    /// <returns>A text for logs and messages.</returns>
    public override string ToString() => $"{Chinese} ({Identifier})";
}
