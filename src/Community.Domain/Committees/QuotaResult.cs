using Community.Domain.Communities;
using Community.Domain.Policies;
using Community.Domain.Sources;

namespace Community.Domain.Committees;

/// <summary>The committee quota in force for a community: the quota, the policy's overall range, and the rule, version and band that gave it.</summary>
/// <remarks>
/// Two results are equal when they give the same quota, overall range, rule, band and boundary
/// reading, whichever catalog they came from. The result refers to the version applied rather than
/// copying its figures, so that a lookup returns it in two registers.
/// </remarks>
public readonly record struct QuotaResult : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    // The members a formula policy computed; zero for banded and range-only policies. Two counts
    // rather than a CommitteeQuota keep the result small, as the hot path returns it by value.
    private readonly int _fullTime;
    private readonly int _partTime;

    internal QuotaResult(PolicyVersion<CommitteeQuotaPolicy> version, BandHit hit)
    {
        _made = true;
        Version = version;
        BandIndex = hit.Listed;
        IsDecidedByFirstListedWins = hit.IsDecidedByFirstListedWins;
    }

    // For JSON: the version by reference, and for a computed quota the members it computed.
    [System.Text.Json.Serialization.JsonConstructor]
    internal QuotaResult(PolicyVersion? versionReference, CommitteeQuota quota, int bandIndex, bool isDecidedByFirstListedWins)
    {
        _made = true;
        Version = PolicyVersionJsonConverter.As<CommitteeQuotaPolicy>(versionReference ?? throw JsonValues.Invalid("no Version", "the version that gave the quota"));
        BandIndex = bandIndex;
        IsDecidedByFirstListedWins = isDecidedByFirstListedWins;
        var policy = Version.Policy;
        if (policy.IsFormula)
        {
            _fullTime = quota.FullTime.Min;
            _partTime = quota.PartTime.Min;
            BandIndex = -1;
        }
        else if (bandIndex < -1 || bandIndex >= (policy.Bands?.Bands.Length ?? 0))
        {
            throw JsonValues.Invalid(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"band {bandIndex}"), $"one of the version's {policy.Bands?.Bands.Length ?? 0} bands, counted from 0, or -1 for none");
        }

        if (Quota != quota)
        {
            throw JsonValues.Invalid($"a quota of {quota}", $"the quota the version gives there, {Quota}");
        }
    }

    internal QuotaResult(PolicyVersion<CommitteeQuotaPolicy> version, int fullTime, int partTime)
    {
        _made = true;
        Version = version;
        BandIndex = -1;
        _fullTime = fullTime;
        _partTime = partTime;
    }

    /// <summary>Gets the policy version applied: its jurisdiction, period, rule and sources.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PolicyVersion<CommitteeQuotaPolicy> Version { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<QuotaResult>("CommitteeEvaluator.Quota"); }

    // JSON names the version by reference, through a property of the non-generic type (see PolicyVersionJsonConverter).
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyName("Version")]
    internal PolicyVersion? VersionReference => Version;

    /// <summary>Gets the quota: total, full-time and part-time.</summary>
    public CommitteeQuota Quota => Version is null ? default
        : IsComputed ? CommitteeQuota.Exact(_fullTime, _partTime)
        : BandIndex < 0 ? CommitteeQuota.TotalOnly(Version.Policy.Overall)
        : Version.Policy.Bands!.Bands[BandIndex].Value;

    /// <summary>Gets the committee's size in all, as the policy states it overall.</summary>
    public CountRange Overall => Version?.Policy.Overall ?? default;

    /// <summary>Gets the rule applied.</summary>
    public RuleId RuleId => Version?.RuleId ?? default;

    /// <summary>Gets the zero-based listed position of the population band that applied, or -1 when the policy gives only a range or computes the quota by formulas.</summary>
    public int BandIndex { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<QuotaResult>("CommitteeEvaluator.Quota"); }

    /// <summary>Gets a value indicating whether the population was a boundary shared by two bands, decided by the first-listed-wins reading.</summary>
    public bool IsDecidedByFirstListedWins { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<QuotaResult>("CommitteeEvaluator.Quota"); }

    /// <summary>Gets a value indicating whether the policy gives only the overall range, with no bands or formulas.</summary>
    public bool IsRangeOnly => BandIndex < 0 && !IsComputed;

    /// <summary>Gets a value indicating whether the quota was computed by the policy's formulas.</summary>
    public bool IsComputed => Version?.Policy.IsFormula ?? false;

    /// <summary>Tells whether two results give the same quota, range, rule, band and reading.</summary>
    /// <param name="other">The other result.</param>
    /// <returns><see langword="true"/> when every figure is the same.</returns>
    public bool Equals(QuotaResult other) =>
        _made == other._made && (!_made || EqualsMade(other));

    /// <inheritdoc />
    public override int GetHashCode() => _made ? HashCode.Combine(Quota, Overall, RuleId, BandIndex, IsDecidedByFirstListedWins) : 0;

    private bool EqualsMade(QuotaResult other) =>
        Quota == other.Quota && Overall == other.Overall && RuleId == other.RuleId
        && BandIndex == other.BandIndex && IsDecidedByFirstListedWins == other.IsDecidedByFirstListedWins;

    /// <summary>Formats the result.</summary>
    /// <returns>A text such as <c>5 (3 full-time + 2 part-time) (COM-01, band 1)</c>.</returns>
    public override string ToString() =>
        !_made ? "default QuotaResult" : IsComputed ? $"{Quota} ({RuleId}, by formula)" : IsRangeOnly ? $"{Quota} ({RuleId}, range only)" : $"{Quota} ({RuleId}, band {BandIndex + 1})";
}
