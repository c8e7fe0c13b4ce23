namespace DisclosureModel.Validation;

/// <summary>
/// One accepted finding of a <see cref="FindingBaseline"/>: the report it belongs to (agency and year), the finding's
/// <see cref="RuleViolation.Fingerprint"/>, and for people reading the file its rule code, cell path and English message.
/// </summary>
/// <remarks>
/// A finding matches an entry when the agency, the year and the fingerprint are equal (ordinal comparison); the code,
/// the path and the message are not compared (the code and the path are part of the fingerprint, and a message may be
/// reworded by a later version of the library). Equality is by value, over every member.
/// </remarks>
public sealed record BaselineEntry
{
    /// <summary>Gets the agency name of the report (<see cref="ReportMetadata.AgencyName"/>).</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required string Agency { get; init => field = Preconditions.CheckNotNull(value, nameof(Agency)); }

    /// <summary>Gets the report year (<see cref="ReportMetadata.ReportYear"/>).</summary>
    public required int Year { get; init; }

    /// <summary>Gets the finding's fingerprint (<see cref="RuleViolation.Fingerprint"/>): 16 lowercase hexadecimal digits.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required string Fingerprint { get; init => field = Preconditions.CheckNotNull(value, nameof(Fingerprint)); }

    /// <summary>Gets the rule code, e.g. <c>R2</c>.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required string Code { get; init => field = Preconditions.CheckNotNull(value, nameof(Code)); }

    /// <summary>Gets the path of the cell or member, e.g. <c>Applications.Outcomes.Total.NaturalPerson</c>.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required string Path { get; init => field = Preconditions.CheckNotNull(value, nameof(Path)); }

    /// <summary>Gets the finding's message in English, for people reading the baseline; not compared.</summary>
    /// <exception cref="ArgumentNullException">On init: the value is null.</exception>
    public required string Message { get; init => field = Preconditions.CheckNotNull(value, nameof(Message)); }

    /// <summary>Creates the entry of a finding of a report.</summary>
    /// <param name="report">The report the finding is about.</param>
    /// <param name="violation">The finding.</param>
    /// <returns>The entry: the report's agency and year, and the finding's fingerprint, code, path and English message.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static BaselineEntry Create(DisclosureReport report, RuleViolation violation)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(violation);
        return new()
        {
            Agency = report.Metadata.AgencyName,
            Year = report.Metadata.ReportYear,
            Fingerprint = violation.Fingerprint,
            Code = violation.Code,
            Path = violation.PropertyPath,
            Message = violation.EnglishMessage,
        };
    }

    /// <summary>Gets the code, path, report and message, e.g. for logs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {Path} ({Agency} {Year}, {Fingerprint}): {Message}";
}
