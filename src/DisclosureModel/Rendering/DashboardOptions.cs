using DisclosureModel.Validation;
using NodaTime;

namespace DisclosureModel.Rendering;

/// <summary>Options of <see cref="FindingsDashboard"/>. Immutable.</summary>
public sealed record DashboardOptions
{
    /// <summary>Gets the default options: language from the current UI culture, no date, 50 agencies a page.</summary>
    public static DashboardOptions Default { get; } = new();

    /// <summary>Gets the language of the page (headings, labels, messages); <see cref="ValidationLanguage.CurrentUICulture"/>
    /// is resolved once per page written.</summary>
    public ValidationLanguage Language { get; init; }

    /// <summary>
    /// Gets the day the dashboard speaks of (an Asia/Shanghai date), or null. With a date, a report without a publication
    /// date whose deadline is before it is shown as unpublished, and one whose deadline is not yet past as not yet due;
    /// without one, such a report's publication is shown as not known. The dashboard never reads the clock itself, so the
    /// same entries and options always give the same bytes.
    /// </summary>
    public LocalDate? Today { get; init; }

    /// <summary>Gets how many agencies each page section of the agency list holds, from 1 to 10 000. Default: 50.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is out of that range.</exception>
    public int PageSize
    {
        get;
        init => field = value is >= 1 and <= 10_000 ? value : throw new ArgumentOutOfRangeException(nameof(PageSize), value, "The page size must be from 1 to 10 000.");
    } = 50;
}
