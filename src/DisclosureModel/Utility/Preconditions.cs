using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace DisclosureModel;

/// <summary>The one place where the model's invariants are checked.</summary>
internal static class Preconditions
{
    /// <summary>Checks that a count cell is blank or not negative.</summary>
    internal static int? CheckCount(int? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            ThrowNegative(value.Value, paramName);
        }

        return value;
    }

    /// <summary>Checks that an amount of money is blank or not negative.</summary>
    internal static decimal? CheckAmount(decimal? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "An amount of money cannot be negative.");
        }

        return value;
    }

    /// <summary>Checks a reference argument for null.</summary>
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    /// <summary>Checks that a text is neither null nor white space only.</summary>
    internal static string CheckNotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return value;
    }

    /// <summary>Checks that an enum value is one of its defined members.</summary>
    internal static T CheckDefined<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{value} is not a defined {typeof(T).Name}.");
        }

        return value;
    }

    /// <summary>Checks that a report year lies in the range the statutory formats cover.</summary>
    internal static int CheckReportYear(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < ReportYears.Minimum || value > ReportYears.Maximum)
        {
            throw new ArgumentOutOfRangeException(
                paramName, value, $"A report year must lie between {ReportYears.Minimum} and {ReportYears.Maximum}.");
        }

        return value;
    }

    [DoesNotReturn]
    private static void ThrowNegative(int value, string? paramName) =>
        throw new ArgumentOutOfRangeException(paramName, value, "A count cannot be negative.");
}
