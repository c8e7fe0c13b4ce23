namespace DisclosureModel.Validation;

/// <summary>
/// One named placeholder of a rule's message templates, e.g. <c>{column}</c>: its name and what the validators put
/// there.
/// </summary>
/// <param name="Name">The placeholder's name, without braces, e.g. <c>column</c>; ASCII letters and digits.</param>
/// <param name="Description">What the placeholder stands for, in English, e.g. <c>the column's label (Chinese)</c>.</param>
/// <remarks>Equality is by value.</remarks>
public readonly record struct RuleMessagePlaceholder(string Name, string Description)
{
    /// <summary>Gets the placeholder as it is written in a template, e.g. <c>{column}</c>.</summary>
    /// <returns>The name in braces.</returns>
    public override string ToString() => "{" + Name + "}";
}
