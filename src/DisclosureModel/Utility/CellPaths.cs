namespace DisclosureModel;

/// <summary>
/// The property paths of table cells and Section 二 rows, built in one place for the validators, the importer, the
/// cell list (<c>ReportCells</c>) and the renderer, so that every component names a cell the same way.
/// </summary>
internal static class CellPaths
{
    /// <summary>Gets the path of a Section 三 cell, e.g. <c>Applications.Outcomes.Withheld.StateSecret.NaturalPerson</c>.</summary>
    internal static string Of(ApplicationRowDefinition row, ApplicantColumn column) => row.PropertyPath + "." + column;

    /// <summary>Gets the path of a Section 四 cell, e.g. <c>ReviewAndLitigation.AdministrativeReview.Total</c>.</summary>
    internal static string Of(CaseBlock block, CaseResultColumn column) => ReviewAndLitigationLayout.GetPropertyPath(block) + "." + column;

    /// <summary>Gets the path of a Section 二 row from its camelCase identifier, e.g. <c>ProactiveDisclosure.Article20Item1.Rules</c>.</summary>
    internal static string OfRow(ProactiveTableDefinition table, string rowIdentifier) =>
        table.PropertyPath + "." + char.ToUpperInvariant(rowIdentifier[0]) + rowIdentifier[1..];

    /// <summary>
    /// Gets the member path a getter lambda reads, from the lambda's source text (supplied by
    /// <see cref="System.Runtime.CompilerServices.CallerArgumentExpressionAttribute"/>): <c>o =&gt; o.Withheld.StateSecret</c>
    /// gives <c>Withheld.StateSecret</c>. So a cell's path and its getter are one expression, checked by the compiler.
    /// </summary>
    /// <exception cref="InvalidOperationException">The text is not a plain member chain <c>x =&gt; x.A.B</c> (a catalogue bug, caught at type initialisation).</exception>
    internal static string FromGetter(string expression)
    {
        var arrow = expression.IndexOf("=>", StringComparison.Ordinal);
        if (arrow > 0)
        {
            var parameter = expression[..arrow].Trim();
            var body = expression[(arrow + 2)..].Trim();
            if (body.StartsWith(parameter + ".", StringComparison.Ordinal))
            {
                var path = body[(parameter.Length + 1)..];
                if (path.Length > 0 && path.All(c => char.IsAsciiLetterOrDigit(c) || c == '.') && !path.Contains("..", StringComparison.Ordinal) && !path.EndsWith('.'))
                {
                    return path;
                }
            }
        }

        throw new InvalidOperationException($"The getter '{expression}' is not a plain member chain such as 'x => x.A.B'.");
    }
}
