namespace DisclosureModel.Validation;

/// <summary>
/// Matches findings against a <see cref="FindingBaseline"/> one at a time, as they come (the tool streams its findings),
/// holding only a count per accepted fingerprint. Not thread-safe: one caller at a time.
/// </summary>
internal sealed class BaselineMatcher
{
    private readonly FindingBaseline baseline;
    private readonly Dictionary<(string Agency, int Year, string Fingerprint), int> remaining = [];
    private readonly Dictionary<(string Agency, int Year, string Fingerprint), int> matched = [];

    /// <summary>Starts matching against <paramref name="baseline"/>.</summary>
    public BaselineMatcher(FindingBaseline baseline)
    {
        this.baseline = baseline;
        foreach (var entry in baseline.Entries)
        {
            var key = Key(entry);
            remaining[key] = remaining.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>Gets how many findings were accepted so far.</summary>
    public int AcceptedCount { get; private set; }

    /// <summary>Accepts a finding when an entry of the baseline is left for it (using that entry up).</summary>
    /// <returns>True when the baseline accepts the finding; false when it is new.</returns>
    public bool Accept(BaselineEntry finding)
    {
        var key = Key(finding);
        if (remaining.GetValueOrDefault(key) == 0)
        {
            return false;
        }

        remaining[key]--;
        matched[key] = matched.GetValueOrDefault(key) + 1;
        AcceptedCount++;
        return true;
    }

    /// <summary>Gets the baseline entries not used up so far, in the baseline's order.</summary>
    public List<BaselineEntry> Gone()
    {
        var skip = new Dictionary<(string Agency, int Year, string Fingerprint), int>(matched);
        var gone = new List<BaselineEntry>();
        foreach (var entry in baseline.Entries)
        {
            var key = Key(entry);
            if (skip.GetValueOrDefault(key) > 0)
            {
                skip[key]--;
            }
            else
            {
                gone.Add(entry);
            }
        }

        return gone;
    }

    private static (string Agency, int Year, string Fingerprint) Key(BaselineEntry entry) => (entry.Agency, entry.Year, entry.Fingerprint);
}
