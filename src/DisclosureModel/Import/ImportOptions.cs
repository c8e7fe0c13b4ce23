using NodaTime;

namespace DisclosureModel.Import;

/// <summary>
/// What an import may be told that the page does not say, and the limits it enforces. Every member is optional;
/// a value given here takes precedence over what the page shows (the log says so).
/// </summary>
/// <remarks>Equality is by value. One instance may be shared between threads.</remarks>
public sealed record ImportOptions
{
    /// <summary>Gets the default maximum input length: 4 000 000 UTF-16 code units (about 8 MB).</summary>
    public static int DefaultMaxInputLength => 4_000_000;

    /// <summary>Gets the default options.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>Gets the agency name to use, or null to read it from the page title.</summary>
    public string? AgencyName { get; init; }

    /// <summary>Gets the report year to use, or null to read it from the page title.</summary>
    public int? ReportYear { get; init; }

    /// <summary>Gets the edition to use, or null to detect it from the table labels (docs/import.md, "How it reads a page", step 4).</summary>
    public FormatEdition? Edition { get; init; }

    /// <summary>Gets the kind of agency, which no page states. Defaults to <see cref="AgencyKind.Unspecified"/>.</summary>
    public AgencyKind AgencyKind { get; init; }

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
