using Community.Domain.Sources;

namespace Community.Domain.Committees;

/// <summary>The committee quota in force for a community: the quota, the policy's overall range, and the rule and band that gave it.</summary>
public readonly record struct QuotaResult
{
    internal QuotaResult(CommitteeQuota quota, CountRange overall, RuleId ruleId, int bandIndex, bool isDecidedByFirstListedWins)
    {
        Quota = quota;
        Overall = overall;
        RuleId = ruleId;
        BandIndex = bandIndex;
        IsDecidedByFirstListedWins = isDecidedByFirstListedWins;
    }

    /// <summary>Gets the quota: total, full-time and part-time.</summary>
    public CommitteeQuota Quota { get; }

    /// <summary>Gets the committee's size in all, as the policy states it overall.</summary>
    public CountRange Overall { get; }

    /// <summary>Gets the rule applied.</summary>
    public RuleId RuleId { get; }

    /// <summary>Gets the zero-based listed position of the population band that applied, or -1 when the policy gives only a range.</summary>
    public int BandIndex { get; }

    /// <summary>Gets a value indicating whether the population was a boundary shared by two bands, decided by the first-listed-wins reading.</summary>
    public bool IsDecidedByFirstListedWins { get; }

    /// <summary>Gets a value indicating whether the policy gives only the overall range, with no bands.</summary>
    public bool IsRangeOnly => BandIndex < 0;

    /// <summary>Formats the result.</summary>
    /// <returns>A text such as <c>5 (3 full-time + 2 part-time) (COM-01, band 1)</c>.</returns>
    public override string ToString() => IsRangeOnly ? $"{Quota} ({RuleId}, range only)" : $"{Quota} ({RuleId}, band {BandIndex + 1})";
}
