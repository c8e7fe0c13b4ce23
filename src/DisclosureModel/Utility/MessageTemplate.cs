using System.Globalization;
using System.Text;

namespace DisclosureModel.Utility;

/// <summary>One named argument of a <see cref="MessageTemplate"/>, e.g. <c>("row", "1.属于国家秘密")</c>.</summary>
/// <param name="Name">The placeholder name, without braces.</param>
/// <param name="Value">The value; formatted with the invariant culture, null as an empty text.</param>
internal readonly record struct MessageArgument(string Name, object? Value)
{
    public static implicit operator MessageArgument((string Name, object? Value) pair) => new(pair.Name, pair.Value);
}

/// <summary>
/// A message in Chinese and English with named placeholders (<c>{row}</c>, <c>{equation}</c>), the shape of the
/// bilingual messages the library writes (import log entries). Templates live in catalogue classes (one static property
/// per message); tests compare against the catalogue entry, not fragments of wording. The same placeholder syntax and
/// <see cref="Format(string, ReadOnlySpan{MessageArgument})"/> serve the rule messages (one template table per language,
/// whose two templates may use different placeholders) and the English-only exception messages
/// (<see cref="ErrorMessageTemplate"/>).
/// </summary>
/// <remarks>
/// Placeholders are <c>{name}</c> with a name of letters and digits; <c>{{</c> and <c>}}</c> stand for literal braces.
/// Both languages must use the same set of names (checked when the template is built). Formatting never throws for a
/// missing argument: the placeholder is kept as written, so a forgotten argument is visible in the text and in tests.
/// </remarks>
internal sealed class MessageTemplate
{
    /// <summary>Creates a template; <paramref name="id"/> is a stable key such as <c>import.rowMissing</c>.</summary>
    /// <exception cref="ArgumentException">The two languages use different placeholder names, or a brace is unbalanced.</exception>
    public MessageTemplate(string id, string chinese, string english)
    {
        Id = id;
        Chinese = chinese;
        English = english;
        var chineseNames = PlaceholderNames(chinese, id);
        var englishNames = PlaceholderNames(english, id);
        if (!chineseNames.SetEquals(englishNames))
        {
            throw new ArgumentException($"Message {id}: the Chinese placeholders ({string.Join(", ", chineseNames.Order(StringComparer.Ordinal))}) differ from the English ones ({string.Join(", ", englishNames.Order(StringComparer.Ordinal))}).", nameof(english));
        }

        Placeholders = [.. englishNames.Order(StringComparer.Ordinal)];
    }

    /// <summary>Gets the stable key of the message.</summary>
    public string Id { get; }

    /// <summary>Gets the Chinese template.</summary>
    public string Chinese { get; }

    /// <summary>Gets the English template.</summary>
    public string English { get; }

    /// <summary>Gets the placeholder names, sorted.</summary>
    public IReadOnlyList<string> Placeholders { get; }

    /// <summary>Formats the Chinese text.</summary>
    public string FormatChinese(params ReadOnlySpan<MessageArgument> args) => Format(Chinese, args);

    /// <summary>Formats the English text.</summary>
    public string FormatEnglish(params ReadOnlySpan<MessageArgument> args) => Format(English, args);

    /// <inheritdoc/>
    public override string ToString() => Id;

    /// <summary>Replaces each <c>{name}</c> of <paramref name="template"/> by its argument.</summary>
    internal static string Format(string template, ReadOnlySpan<MessageArgument> args)
    {
        var builder = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                builder.Append('{');
                i++;
                continue;
            }

            if (c == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                builder.Append('}');
                i++;
                continue;
            }

            if (c == '{')
            {
                var end = template.IndexOf('}', i + 1);
                var name = template.AsSpan(i + 1, end - i - 1);
                var found = false;
                foreach (var arg in args)
                {
                    if (name.SequenceEqual(arg.Name))
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"{arg.Value}");
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    builder.Append(template, i, end - i + 1);
                }

                i = end;
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Gets the placeholder names of a template, sorted, for templates kept outside a <see cref="MessageTemplate"/>.</summary>
    /// <param name="template">A template with <c>{name}</c> placeholders.</param>
    /// <param name="id">The template's key, for the exception message.</param>
    /// <exception cref="ArgumentException">A brace is unbalanced or a placeholder is not <c>{name}</c>.</exception>
    internal static IReadOnlyList<string> GetPlaceholders(string template, string id) =>
        [.. PlaceholderNames(template, id).Order(StringComparer.Ordinal)];

    private static HashSet<string> PlaceholderNames(string template, string id)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                i++;
                continue;
            }

            if (c == '}')
            {
                throw new ArgumentException($"Message {id}: unbalanced '}}' at {i}.", nameof(template));
            }

            if (c == '{')
            {
                var end = template.IndexOf('}', i + 1);
                if (end < 0 || end == i + 1 || !template.AsSpan(i + 1, end - i - 1).ContainsOnlyLettersOrDigits())
                {
                    throw new ArgumentException($"Message {id}: a placeholder at {i} is not {{name}}.", nameof(template));
                }

                names.Add(template[(i + 1)..end]);
                i = end;
            }
        }

        return names;
    }
}

file static class SpanText
{
    public static bool ContainsOnlyLettersOrDigits(this ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
