using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DisclosureModel.Validation;

/// <summary>
/// Computes <see cref="RuleViolation.Fingerprint"/>: the first 8 bytes, as 16 lowercase hexadecimal digits, of the
/// SHA-256 of the UTF-8 of a canonical text that names the rule, the cell and the numbers, and nothing else.
/// </summary>
/// <remarks>
/// The canonical text is six lines joined by <c>\n</c> (docs/validation.md, "Accepted findings"):
/// <c>disclosure-finding/1</c>; the rule code; the property path; <see cref="RuleViolation.Left"/> and
/// <see cref="RuleViolation.Right"/> in invariant decimal digits (empty when null); and every run of ASCII digits of
/// <see cref="RuleViolation.Equation"/>, in order, separated by single spaces (empty when there is no equation). The
/// messages, the labels, the narrative location (offsets, sentence) and the corrections are left out, so the fingerprint
/// is the same in both languages and across library versions that reword a message; it changes when a number changes.
/// </remarks>
internal static class FindingFingerprint
{
    /// <summary>The first line of the canonical text: the fingerprint's own version.</summary>
    internal const string Version = "disclosure-finding/1";

    /// <summary>The number of hexadecimal digits of a fingerprint.</summary>
    internal const int Length = 16;

    /// <summary>Gets the canonical text of a violation (see the type's remarks).</summary>
    internal static string CanonicalText(RuleViolation violation)
    {
        var text = new StringBuilder(Version.Length + 96)
            .Append(Version).Append('\n')
            .Append(violation.Code).Append('\n')
            .Append(violation.PropertyPath).Append('\n')
            .Append(violation.Left?.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(violation.Right?.ToString(CultureInfo.InvariantCulture)).Append('\n');
        AppendNumbers(text, violation.Equation);
        return text.ToString();
    }

    /// <summary>Gets the fingerprint of a violation.</summary>
    internal static string Compute(RuleViolation violation)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(violation)), hash);
        return Convert.ToHexStringLower(hash[..(Length / 2)]);
    }

    /// <summary>Checks that a text has the form of a fingerprint: <see cref="Length"/> lowercase hexadecimal digits.</summary>
    internal static bool IsWellFormed(string text) =>
        text.Length == Length && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    private static void AppendNumbers(StringBuilder text, string? equation)
    {
        if (equation is null)
        {
            return;
        }

        var inNumber = false;
        var first = true;
        foreach (var c in equation)
        {
            if (char.IsAsciiDigit(c))
            {
                if (!inNumber && !first)
                {
                    text.Append(' ');
                }

                text.Append(c);
                inNumber = true;
                first = false;
            }
            else
            {
                inNumber = false;
            }
        }
    }
}
