using System.Globalization;

namespace DisclosureModel.Import;

/// <summary>
/// Where a piece of text sits on a page of a document with geometry (PDF, Word): the 1-based page and a rectangle in
/// points (1/72 inch), measured from the top-left corner of the page, x to the right and y downwards.
/// </summary>
/// <remarks>
/// <para>A PDF front end converts from PDF user space (origin at the bottom left, y upwards): <c>Top</c> is the page
/// height minus the top edge in PDF space. Reading order is then top to bottom, left to right, as on paper.</para>
/// <para>Equality is by value. Instances are immutable; the constructor checks every value.</para>
/// </remarks>
public sealed record PageRegion
{
    /// <summary>Initialises a region.</summary>
    /// <param name="page">The 1-based page number.</param>
    /// <param name="left">The distance of the left edge from the left of the page, in points.</param>
    /// <param name="top">The distance of the top edge from the top of the page, in points.</param>
    /// <param name="width">The width in points, not negative.</param>
    /// <param name="height">The height in points, not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="page"/> is less than 1; a coordinate is not a
    /// finite number; <paramref name="width"/> or <paramref name="height"/> is negative.</exception>
    public PageRegion(int page, double left, double top, double width, double height)
    {
        Page = page >= 1 ? page : throw new ArgumentOutOfRangeException(nameof(page), page, "The page number is 1-based: it must be at least 1.");
        Left = CheckFinite(left, nameof(left));
        Top = CheckFinite(top, nameof(top));
        Width = CheckSize(width, nameof(width));
        Height = CheckSize(height, nameof(height));
    }

    /// <summary>Gets the 1-based page number.</summary>
    public int Page { get; }

    /// <summary>Gets the distance of the left edge from the left of the page, in points.</summary>
    public double Left { get; }

    /// <summary>Gets the distance of the top edge from the top of the page, in points.</summary>
    public double Top { get; }

    /// <summary>Gets the width in points.</summary>
    public double Width { get; }

    /// <summary>Gets the height in points.</summary>
    public double Height { get; }

    /// <summary>Gets the distance of the right edge from the left of the page, in points.</summary>
    public double Right => Left + Width;

    /// <summary>Gets the distance of the bottom edge from the top of the page, in points.</summary>
    public double Bottom => Top + Height;

    /// <summary>Gets the region as text: <c>page[3] (72,144 200x14)</c> (left, top, width x height, in points).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"page[{Page}] ({Left},{Top} {Width}x{Height})");

    private static double CheckFinite(double value, string paramName) =>
        double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(paramName, value, "A coordinate must be a finite number of points.");

    private static double CheckSize(double value, string paramName) =>
        double.IsFinite(value) && value >= 0 ? value : throw new ArgumentOutOfRangeException(paramName, value, "A size must be a finite, non-negative number of points.");
}
