namespace DisclosureModel.Utility;

/// <summary>
/// An exception message with named placeholders (<c>{member}</c>, <c>{limit}</c>), in English only, as .NET writes
/// exception messages: the entries of the JSON and CSV error catalogues. Formatting is that of
/// <see cref="MessageTemplate"/>; tests compare against <see cref="Format"/> of the catalogue entry, not fragments.
/// </summary>
internal sealed class ErrorMessageTemplate
{
    /// <summary>Creates a template; <paramref name="id"/> is a stable key such as <c>json.unknownMember</c>.</summary>
    /// <exception cref="ArgumentException">A brace is unbalanced or a placeholder is not <c>{name}</c>.</exception>
    public ErrorMessageTemplate(string id, string text)
    {
        Id = id;
        Text = text;
        Placeholders = MessageTemplate.GetPlaceholders(text, id);
    }

    /// <summary>Gets the stable key of the message.</summary>
    public string Id { get; }

    /// <summary>Gets the template.</summary>
    public string Text { get; }

    /// <summary>Gets the placeholder names, sorted.</summary>
    public IReadOnlyList<string> Placeholders { get; }

    /// <summary>Formats the message; a placeholder without an argument is kept as written.</summary>
    public string Format(params ReadOnlySpan<MessageArgument> args) => MessageTemplate.Format(Text, args);

    /// <inheritdoc/>
    public override string ToString() => Id;
}
