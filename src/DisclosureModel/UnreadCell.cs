using DisclosureModel.Import;
using DisclosureModel.Validation;

namespace DisclosureModel;

/// <summary>
/// A cell of the statutory tables that an importer could not read: the cell is blank in the report, but its value is
/// unknown rather than printed blank ("unread is not blank", docs/import.md). A report lists them in
/// <see cref="DisclosureReport.UnreadCells"/>; the validators report every rule that reads one as not assessable
/// (<c>NA</c>) rather than as an imbalance.
/// </summary>
/// <remarks>
/// <para>The reason is the code and message of the importer's <see cref="ImportSeverity.Error"/> diagnostic that named
/// the cell (or its row or table): <see cref="ImportDiagnosticCode.RowMissing"/>, <see cref="ImportDiagnosticCode.TableMissing"/>,
/// <see cref="ImportDiagnosticCode.AmbiguousSplit"/>, <see cref="ImportDiagnosticCode.UnreadableCells"/>,
/// <see cref="ImportDiagnosticCode.SplitSearchLimit"/> and the like.</para>
/// <para>The invariant that an unread cell holds no value is the validators' (rule <c>U1</c>), since <c>with</c> can
/// change the tables after the list is set; the JSON readers reject a document that breaks it.</para>
/// <para>Equality is by value.</para>
/// </remarks>
public sealed record UnreadCell
{
    /// <summary>
    /// Gets the path of the cell from the report root, as <see cref="CellDefinition.PropertyPath"/> names it, e.g.
    /// <c>Applications.Outcomes.PartiallyDisclosed.NaturalPerson</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    /// <exception cref="ArgumentException">On init: the value is not the path of a cell of either edition's <see cref="CellCatalog"/>.</exception>
    public required string PropertyPath { get; init => field = CheckPath(value); }

    /// <summary>Gets why the cell could not be read: the code of the importer's diagnostic that named it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is not defined.</exception>
    public required ImportDiagnosticCode Code { get; init => field = Preconditions.CheckDefined(value, nameof(Code)); }

    /// <summary>Gets the reason in English (the diagnostic's message).</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required string Message { get; init => field = Preconditions.CheckNotNull(value, nameof(Message)); }

    /// <summary>Gets the reason in Chinese (the diagnostic's message), or empty when there is none.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required string ChineseMessage { get; init => field = Preconditions.CheckNotNull(value, nameof(ChineseMessage)); }

    /// <summary>Gets what was seen on the page where the cell should be (e.g. the run of digits), or null.</summary>
    public string? Seen { get; init; }

    /// <summary>
    /// Gets the candidate readings of the cell's row or run (cells separated by spaces, one string per candidate, e.g.
    /// <c>88 55 698</c>), as the importer listed them; empty when there were none.
    /// </summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public ValueList<string> Candidates { get; init => field = Preconditions.CheckNotNull(value, nameof(Candidates)); } = ValueList<string>.Empty;

    /// <summary>Gets the reason in a language: <see cref="ChineseMessage"/> (when there is one) or <see cref="Message"/>.</summary>
    /// <param name="language">Chinese or English; <see cref="ValidationLanguage.CurrentUICulture"/> is resolved against the current UI culture.</param>
    /// <returns>The message.</returns>
    public string GetMessage(ValidationLanguage language) =>
        language.Resolve() == ValidationLanguage.Chinese && ChineseMessage.Length > 0 ? ChineseMessage : Message;

    /// <summary>Gets the path, the code and the English reason on one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{PropertyPath}: {Code}: {Message}";

    private static string CheckPath(string value)
    {
        Preconditions.CheckNotNull(value, nameof(PropertyPath));
        if (CellCatalog.Edition2019.Find(value) is null && CellCatalog.Edition2021.Find(value) is null)
        {
            throw new ArgumentException($"'{value}' is not the path of a cell of the statutory tables (CellDefinition.PropertyPath).", nameof(value));
        }

        return value;
    }
}
