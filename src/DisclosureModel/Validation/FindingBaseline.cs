using System.Text;

namespace DisclosureModel.Validation;

/// <summary>
/// Accepted findings: the findings of one or many reports recorded once (<c>disclosure validate --write-baseline</c>),
/// so that a later validation reports only the new ones and lists the recorded ones that no longer occur
/// (<see cref="Compare"/>). Each entry is a report (agency and year) and a finding's <see cref="RuleViolation.Fingerprint"/>.
/// </summary>
/// <remarks>
/// <para>The entries are kept sorted (ordinally by agency, year, code, path, fingerprint, message), so that the same
/// findings always give the same baseline and the same file. A finding that occurs twice is recorded twice.</para>
/// <para>The JSON form is versioned and strict: <c>{"version": 1, "entries": [{"agency", "year", "fingerprint", "code",
/// "path", "message"}, …]}</c> (docs/validation.md, "Accepted findings"). Reading and writing use
/// <see cref="System.Text.Json.Utf8JsonReader"/> and <see cref="System.Text.Json.Utf8JsonWriter"/> only (no reflection;
/// Native AOT and trimming safe).</para>
/// <para>Immutable and thread-safe. Equality is by value: the same entries in the same order.</para>
/// </remarks>
public sealed record FindingBaseline
{
    private FindingBaseline(ValueList<BaselineEntry> entries) => Entries = entries;

    /// <summary>Gets the version of the JSON form this library writes and reads: 1.</summary>
    public static int FormatVersion => FindingBaselineJson.Version;

    /// <summary>Gets the baseline with no entry: every finding is new.</summary>
    public static FindingBaseline Empty { get; } = new(ValueList<BaselineEntry>.Empty);

    /// <summary>Gets the largest baseline file <see cref="Read"/> and <see cref="Parse(ReadOnlySpan{byte})"/> accept: 64 MiB of UTF-8.</summary>
    public static int MaxDocumentBytes => FindingBaselineJson.MaxDocumentBytes;

    /// <summary>Gets the entries, sorted.</summary>
    public ValueList<BaselineEntry> Entries { get; }

    /// <summary>Creates a baseline of entries (of one or many reports), sorted.</summary>
    /// <param name="entries">The entries; one per finding (a finding recorded twice accepts two occurrences).</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null or holds null.</exception>
    public static FindingBaseline Create(IEnumerable<BaselineEntry> entries)
    {
        Preconditions.CheckNotNull(entries);
        var list = entries.ToList();
        foreach (var entry in list)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
        }

        list.Sort(Order);
        return new(ValueList.CreateRange(list));
    }

    /// <summary>Creates the baseline of the findings of one report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="findings">Its findings, e.g. <c>validator.Validate(report).GetViolations()</c>.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="findings"/> holds null.</exception>
    public static FindingBaseline Create(DisclosureReport report, IEnumerable<RuleViolation> findings)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(findings);
        return Create(findings.Select(f => BaselineEntry.Create(report, f)));
    }

    /// <summary>
    /// Compares findings with the baseline: each finding is accepted when an entry of the same report and fingerprint is
    /// left for it, and new otherwise; the entries left over are gone.
    /// </summary>
    /// <param name="findings">The current findings as entries (<see cref="BaselineEntry.Create"/>), of one or many reports.</param>
    /// <returns>The new findings, the accepted ones and the gone entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null or holds null.</exception>
    public BaselineComparison Compare(IEnumerable<BaselineEntry> findings)
    {
        Preconditions.CheckNotNull(findings);
        var matcher = new BaselineMatcher(this);
        var added = new List<BaselineEntry>();
        var accepted = new List<BaselineEntry>();
        foreach (var finding in findings)
        {
            ArgumentNullException.ThrowIfNull(finding, nameof(findings));
            (matcher.Accept(finding) ? accepted : added).Add(finding);
        }

        return new()
        {
            New = ValueList.CreateRange(added),
            Accepted = ValueList.CreateRange(accepted),
            Gone = ValueList.CreateRange(matcher.Gone()),
        };
    }

    /// <summary>Reads a baseline from its JSON form.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The baseline, its entries sorted.</returns>
    /// <exception cref="FindingBaselineException">The JSON is not a finding baseline of version 1, or is larger than <see cref="MaxDocumentBytes"/>; the exception names where.</exception>
    public static FindingBaseline Parse(ReadOnlySpan<byte> utf8Json) => Create(FindingBaselineJson.Read(utf8Json));

    /// <summary>Reads a baseline from its JSON form.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The baseline, its entries sorted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FindingBaselineException">As <see cref="Parse(ReadOnlySpan{byte})"/>.</exception>
    public static FindingBaseline Parse(string json) => Parse(Encoding.UTF8.GetBytes(Preconditions.CheckNotNull(json)));

    /// <summary>Reads a baseline from a stream of UTF-8 JSON, to its end (not beyond <see cref="MaxDocumentBytes"/> plus one chunk).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The baseline, its entries sorted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="FindingBaselineException">As <see cref="Parse(ReadOnlySpan{byte})"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static FindingBaseline Read(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json);
        var bytes = Import.BoundedRead.ToEnd(utf8Json, MaxDocumentBytes) ?? throw FindingBaselineJson.TooLarge();
        return Parse(bytes);
    }

    /// <summary>Writes the JSON form: indented, entries in order, non-ASCII text unescaped, ending with a line feed.</summary>
    /// <returns>The JSON text; the same entries always give the same text.</returns>
    public string ToJson() => Encoding.UTF8.GetString(FindingBaselineJson.Write(Entries));

    /// <summary>Writes the JSON form (<see cref="ToJson"/>) as UTF-8 to a stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public void WriteTo(Stream utf8Json) => Preconditions.CheckNotNull(utf8Json).Write(FindingBaselineJson.Write(Entries));

    /// <summary>Gets the number of entries, e.g. for logs.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"FindingBaseline ({Entries.Count} entries)";

    private static int Order(BaselineEntry a, BaselineEntry b)
    {
        var order = string.CompareOrdinal(a.Agency, b.Agency);
        if (order == 0)
        {
            order = a.Year.CompareTo(b.Year);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Code, b.Code);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Path, b.Path);
        }

        if (order == 0)
        {
            order = string.CompareOrdinal(a.Fingerprint, b.Fingerprint);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
    }
}
