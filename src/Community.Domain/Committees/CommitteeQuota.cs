using System.Diagnostics;
using Community.Domain.Communities;

namespace Community.Domain.Committees;

/// <summary>The quota of posts (职数) of a residents' committee: members in total, full-time and part-time.</summary>
/// <remarks>
/// Where a policy gives the split (the 3+X model: 3 full-time, X part-time), the total is its sum.
/// Where it gives only the total as a range (COM-03: 4 to 7), <see cref="IsSplitSpecified"/> is
/// false, and the full-time and part-time ranges only say what the total allows.
/// </remarks>
public readonly record struct CommitteeQuota : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    // For JSON: the quota as Split or TotalOnly makes it, or refused.
    [System.Text.Json.Serialization.JsonConstructor]
    internal CommitteeQuota(CountRange total, CountRange fullTime, CountRange partTime, bool isSplitSpecified)
        : this(total, fullTime, partTime, isSplitSpecified, checkedByFactory: true)
    {
        var made = isSplitSpecified ? Split(fullTime, partTime) : TotalOnly(total);
        if (made != this)
        {
            throw JsonValues.Invalid($"a quota of {total} with {fullTime} full-time and {partTime} part-time members", isSplitSpecified ? "the full-time and part-time ranges adding up to the total" : "full-time and part-time ranges from 0 to the total's maximum");
        }
    }

    private CommitteeQuota(CountRange total, CountRange fullTime, CountRange partTime, bool isSplitSpecified, bool checkedByFactory)
    {
        _made = true;
        Debug.Assert(checkedByFactory, "Only the factories make quotas unchecked.");
        Total = total;
        FullTime = fullTime;
        PartTime = partTime;
        IsSplitSpecified = isSplitSpecified;
    }

    /// <summary>Gets the number of members in total.</summary>
    public CountRange Total { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<CommitteeQuota>("CommitteeQuota.Exact, Split or TotalOnly"); }

    /// <summary>Gets the number of full-time members.</summary>
    public CountRange FullTime { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<CommitteeQuota>("CommitteeQuota.Exact, Split or TotalOnly"); }

    /// <summary>Gets the number of part-time members.</summary>
    public CountRange PartTime { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<CommitteeQuota>("CommitteeQuota.Exact, Split or TotalOnly"); }

    /// <summary>Gets a value indicating whether the policy says how many members are full-time and how many part-time.</summary>
    public bool IsSplitSpecified { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<CommitteeQuota>("CommitteeQuota.Exact, Split or TotalOnly"); }

    /// <summary>Creates a quota of full-time and part-time members, whose sum is the total.</summary>
    /// <param name="fullTime">The full-time members.</param>
    /// <param name="partTime">The part-time members.</param>
    /// <returns>The quota.</returns>
    /// <exception cref="ArgumentException">A range is the default value.</exception>
    public static CommitteeQuota Split(CountRange fullTime, CountRange partTime)
    {
        Ardalis.GuardClauses.Guard.Against.DefaultValue(fullTime, CountRange.Factories);
        Ardalis.GuardClauses.Guard.Against.DefaultValue(partTime, CountRange.Factories);
        return (long)fullTime.Max + partTime.Max <= int.MaxValue
            ? new(fullTime + partTime, fullTime, partTime, true, checkedByFactory: true)
            : throw GuardExtensions.OutOfRange(nameof(partTime), partTime, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"must leave the total within {int.MaxValue} members with fullTime ({fullTime})"));
    }

    /// <summary>Creates an exact quota of full-time and part-time members, such as 3 + 2.</summary>
    /// <param name="fullTime">The full-time members, zero or more.</param>
    /// <param name="partTime">The part-time members, zero or more.</param>
    /// <returns>The quota.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static CommitteeQuota Exact(int fullTime, int partTime) => Split(CountRange.Exactly(fullTime, nameof(fullTime)), CountRange.Exactly(partTime, nameof(partTime)));

    /// <summary>Creates a quota known only as a total, such as 4 to 7 staff.</summary>
    /// <param name="total">The total.</param>
    /// <returns>The quota; any split of the total is allowed.</returns>
    public static CommitteeQuota TotalOnly(CountRange total) =>
        new(Ardalis.GuardClauses.Guard.Against.DefaultValue(total, CountRange.Factories), CountRange.Between(0, total.Max), CountRange.Between(0, total.Max), false, checkedByFactory: true);

    /// <summary>Formats the quota.</summary>
    /// <returns>A text such as <c>5 (3 full-time + 2 part-time)</c> or <c>4-7 (split not specified)</c>.</returns>
    public override string ToString() =>
        !_made ? "default CommitteeQuota" : IsSplitSpecified ? $"{Total} ({FullTime} full-time + {PartTime} part-time)" : $"{Total} (split not specified)";
}
