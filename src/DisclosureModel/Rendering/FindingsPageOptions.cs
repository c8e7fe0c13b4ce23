using DisclosureModel.Import;
using DisclosureModel.Validation;

namespace DisclosureModel.Rendering;

/// <summary>Options of <see cref="FindingsPage"/>: the language, the import diagnostics to show and a link back to a dashboard.</summary>
/// <remarks>Immutable. Equality is by value; <see cref="ImportDiagnostics"/> is compared element by element.</remarks>
public sealed record FindingsPageOptions
{
    /// <summary>Gets the default options: language from the current UI culture, no import diagnostics, no dashboard link.</summary>
    public static FindingsPageOptions Default { get; } = new();

    /// <summary>
    /// Gets the language of the page's own text and of the findings' messages; the statutory tables keep their Chinese
    /// labels. <see cref="ValidationLanguage.CurrentUICulture"/> is resolved when the page is written.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is not defined.</exception>
    public ValidationLanguage Language { get; init => field = Preconditions.CheckDefined(value, nameof(Language)); }

    /// <summary>
    /// Gets the diagnostics of the import that read the report (<see cref="ImportLog.Diagnostics"/>), listed at the end
    /// of the page in their order, or null (the default) to list none.
    /// </summary>
    public IReadOnlyList<ImportDiagnostic>? ImportDiagnostics { get; init; }

    /// <summary>
    /// Gets the target of a link back to a dashboard over many reports (written as given, HTML-escaped, e.g.
    /// <c>index.html#agency-12</c>), or null (the default) for no link.
    /// </summary>
    public string? DashboardHref { get; init; }

    /// <summary>Gets the text of the link to <see cref="DashboardHref"/>, or null for the page's own wording (返回总览 / Back to the dashboard).</summary>
    public string? DashboardText { get; init; }

    /// <inheritdoc/>
    public bool Equals(FindingsPageOptions? other) =>
        other is not null
        && Language == other.Language
        && DashboardHref == other.DashboardHref
        && DashboardText == other.DashboardText
        && (ReferenceEquals(ImportDiagnostics, other.ImportDiagnostics)
            || (ImportDiagnostics is not null && other.ImportDiagnostics is not null && ImportDiagnostics.SequenceEqual(other.ImportDiagnostics)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Language, DashboardHref, DashboardText, ImportDiagnostics?.Count);
}
