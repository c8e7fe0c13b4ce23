using NodaTime;

namespace DisclosureModel.Import;

/// <summary>
/// What an import may be told that the page does not say, and the limits it enforces. Every member is optional;
/// a value given here takes precedence over what the page shows (the log says so). Values are checked on init, so a
/// wrong option fails where it is set, not in the middle of an import.
/// </summary>
/// <remarks>Equality is by value. One instance may be shared between threads.</remarks>
public sealed record ImportOptions
{
    /// <summary>Gets the default maximum input length: 4 000 000 UTF-16 code units (about 8 MB).</summary>
    public static int DefaultMaxInputLength => 4_000_000;

    /// <summary>Gets the default options.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// Gets the agency name to use, or null to read it from the page (its title, or a sentence such as
    /// <c>本报告由XX编制</c>; docs/import.md, "Metadata: where each value comes from").
    /// </summary>
    /// <exception cref="ArgumentException">On init: the value is empty or white space.</exception>
    public string? AgencyName
    {
        get;
        init => field = value is null ? null : Preconditions.CheckNotBlank(value, nameof(AgencyName));
    }

    /// <summary>
    /// Gets the report year to use, from <see cref="ReportYears.Minimum"/> to <see cref="ReportYears.Maximum"/>, or null
    /// to read it from the page (its title, its statistics period or its first sentences).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the year is out of that range.</exception>
    public int? ReportYear
    {
        get;
        init => field = value is { } year ? Preconditions.CheckReportYear(year, nameof(ReportYear)) : null;
    }

    /// <summary>Gets the edition to use, or null to detect it from the table labels (docs/import.md, "How it reads a page", step 4).</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is not a defined edition.</exception>
    public FormatEdition? Edition
    {
        get;
        init => field = value is { } edition ? Preconditions.CheckDefined(edition, nameof(Edition)) : null;
    }

    /// <summary>Gets the kind of agency, which no page states. Defaults to <see cref="AgencyKind.Unspecified"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is not a defined kind.</exception>
    public AgencyKind AgencyKind
    {
        get;
        init => field = Preconditions.CheckDefined(value, nameof(AgencyKind));
    }

    /// <summary>Gets the address of the page, or null to read it from a crawler header (原文链接) when present.</summary>
    public Uri? SourceUrl { get; init; }

    /// <summary>Gets the publication time to use, or null to read it from the page.</summary>
    public LocalDateTime? PublishedAt { get; init; }

    /// <summary>
    /// Gets whether a blank cell may be read as 0 where the table clearly means it: in a Section 三 row or a Section 四
    /// block whose total is printed and whose printed cells already add up to it
    /// (<see cref="ImportDiagnosticCode.BlankReadAsZero"/>). Defaults to true, for published pages. Set it to false to
    /// keep every blank cell blank, e.g. when reading text written by <c>ReportRenderer.ToText</c>, where a blank cell
    /// means exactly that.
    /// </summary>
    public bool ReadBlanksAsZero { get; init; } = true;

    /// <summary>
    /// Gets the same agency's report for the year before, or null. It is only evidence: where a run of Section 二 digits
    /// can be split in several ways, the year-to-year relations X2–X4 (上一年项目数量 and 对外公开总数量 in the 2019 format,
    /// 现行有效件数 in the 2021 format) settle the run when exactly one candidate split satisfies them (docs/import.md,
    /// "Evidence for Section 二"). No cell is ever copied from it. It is not used when its edition differs from the
    /// page's or its year is not the year before the page's.
    /// </summary>
    public DisclosureReport? PreviousReport { get; init; }

    /// <summary>
    /// Gets the character set the bytes are in as the caller was told, e.g. the <c>charset</c> of an HTTP
    /// <c>Content-Type</c> header (<c>gbk</c>, <c>gb2312</c>, <c>utf-8</c>), or null to detect it. Used only when importing
    /// bytes or a stream: a byte order mark still wins; otherwise this comes before a page's <c>&lt;meta&gt;</c>
    /// declaration and detection. An unknown name is logged and ignored (<see cref="ImportDiagnosticCode.InputEncoding"/>).
    /// </summary>
    public string? Charset { get; init; }

    /// <summary>
    /// Gets the maximum input length in UTF-16 code units (of the text, of the HTML source, or of all cells together); longer input
    /// gives an <see cref="ImportDiagnosticCode.InputTooLarge"/> error and no report. Defaults to
    /// <see cref="DefaultMaxInputLength"/>; must be positive.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On init: the value is not positive.</exception>
    public int MaxInputLength
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxInputLength), value, "The maximum input length must be positive.");
    } = DefaultMaxInputLength;
}
