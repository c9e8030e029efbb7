using System.Globalization;
using Community.Domain.Primitives;

namespace Community.Domain.Staffing;

/// <summary>The staff a staffing policy requires of one community: the least number and the cap, and the quantity they were computed from.</summary>
public readonly record struct StaffingRequirement : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    [System.Text.Json.Serialization.JsonConstructor]
    internal StaffingRequirement(CountUnit unit, long units, int minimum, int? maximum)
    {
        _made = true;
        Unit = unit;
        Units = units;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets what the policy counts in.</summary>
    public CountUnit Unit { get => _made ? field : throw GuardExtensions.DefaultInstance<StaffingRequirement>("StaffingPolicy.Require"); }

    /// <summary>Gets the community's residents or households, as the policy counts.</summary>
    public long Units { get => _made ? field : throw GuardExtensions.DefaultInstance<StaffingRequirement>("StaffingPolicy.Require"); }

    /// <summary>Gets the least number of staff required.</summary>
    public int Minimum { get => _made ? field : throw GuardExtensions.DefaultInstance<StaffingRequirement>("StaffingPolicy.Require"); }

    /// <summary>Gets the most staff allowed, or <see langword="null"/> when the policy sets no cap.</summary>
    public int? Maximum { get => _made ? field : throw GuardExtensions.DefaultInstance<StaffingRequirement>("StaffingPolicy.Require"); }

    /// <summary>Says whether a number of staff meets the requirement: at least the minimum and no more than the cap.</summary>
    /// <param name="staff">The number of staff.</param>
    /// <returns><see langword="true"/> when it lies within.</returns>
    public bool Admits(int staff) => staff >= Minimum && (Maximum is not { } max || staff <= max);

    /// <summary>Formats the requirement, for diagnostics.</summary>
    /// <returns>A text such as <c>6 to 15 for 1234 Households</c>.</returns>
    public override string ToString() => !_made ? "default StaffingRequirement" : Maximum switch
    {
        null => string.Create(CultureInfo.InvariantCulture, $"at least {Minimum} for {Units} {Unit}"),
        { } max when max == Minimum => string.Create(CultureInfo.InvariantCulture, $"exactly {Minimum} for {Units} {Unit}"),
        { } max => string.Create(CultureInfo.InvariantCulture, $"{Minimum} to {max} for {Units} {Unit}"),
    };
}
