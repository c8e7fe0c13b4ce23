namespace DisclosureModel.Import;

/// <summary>
/// The three statutory tables an import recognised, in the shape of their edition, with or without the metadata a
/// <see cref="DisclosureReport"/> needs. <see cref="ImportResult.Tables"/> holds them whenever tables were
/// recognised, also when the page names no agency or year; <see cref="ImportResult.ToReport"/> completes them into a
/// report with metadata the caller supplies.
/// </summary>
/// <remarks>
/// <para>Cells the importer could not read are blank (null), listed in <see cref="UnreadCells"/> and named by an
/// <see cref="ImportSeverity.Error"/> diagnostic of the log, exactly as in <see cref="ImportResult.Report"/>: never 0,
/// never guessed.</para>
/// <para>Equality is by value.</para>
/// </remarks>
public sealed record ImportedTables
{
    /// <summary>Gets the edition the tables follow (detected, or given in <see cref="ImportOptions.Edition"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is not a defined edition.</exception>
    public required FormatEdition Edition { get; init => field = Preconditions.CheckDefined(value, nameof(Edition)); }

    /// <summary>Gets section 二、主动公开政府信息情况, in the shape of <see cref="Edition"/>.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required ProactiveDisclosure ProactiveDisclosure { get; init => field = Preconditions.CheckNotNull(value, nameof(ProactiveDisclosure)); }

    /// <summary>Gets section 三、收到和处理政府信息公开申请情况.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required ApplicationsTable Applications { get; init => field = Preconditions.CheckNotNull(value, nameof(Applications)); }

    /// <summary>Gets section 四、政府信息公开行政复议、行政诉讼情况.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required ReviewAndLitigationTable ReviewAndLitigation { get; init => field = Preconditions.CheckNotNull(value, nameof(ReviewAndLitigation)); }

    /// <summary>
    /// Gets the cells the import could not read (blank in the tables, never 0), in catalogue order; empty when every
    /// cell was read. A report completed from these tables carries them as <see cref="DisclosureReport.UnreadCells"/>.
    /// </summary>
    public ValueList<UnreadCell> UnreadCells { get; init; } = ValueList<UnreadCell>.Empty;
}
