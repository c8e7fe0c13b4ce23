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
}
