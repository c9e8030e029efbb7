using System.Collections.Immutable;
using Community.Domain.Assessments;
using Community.Domain.Primitives;

namespace Community.Domain.Scale;

/// <summary>A community's size assessed against the recommended scale in force: within, above (split suggested) or below (merge suggested).</summary>
public sealed class ScaleAssessment
{
    internal ScaleAssessment(CommunityScalePolicy policy, long units, ImmutableArray<Finding> findings)
        : this(policy.Unit, units, policy.Minimum, policy.Maximum, findings)
    {
    }

    // For JSON: the figures the policy gave.
    [System.Text.Json.Serialization.JsonConstructor]
    internal ScaleAssessment(CountUnit unit, long units, long? minimum, long? maximum, ImmutableArray<Finding> findings)
    {
        Unit = unit;
        Units = units;
        Minimum = minimum;
        Maximum = maximum;
        Findings = findings;
    }

    /// <summary>Gets what the scale counts.</summary>
    public CountUnit Unit { get; }

    /// <summary>Gets the community's households or residents.</summary>
    public long Units { get; }

    /// <summary>Gets the least recommended size, if the policy sets one.</summary>
    public long? Minimum { get; }

    /// <summary>Gets the most recommended size, if the policy sets one.</summary>
    public long? Maximum { get; }

    /// <summary>Gets a value indicating whether the community is within the recommended scale.</summary>
    public bool IsWithin => !IsAbove && !IsBelow;

    /// <summary>Gets a value indicating whether the community is above the recommended most size: a split is suggested.</summary>
    public bool IsAbove => Units > Maximum;

    /// <summary>Gets a value indicating whether the community is below the recommended least size: a merge is suggested.</summary>
    public bool IsBelow => Units < Minimum;

    /// <summary>Gets the least number of communities the community would split into to keep each within the most size; 1 when it is not above.</summary>
    public long SuggestedCommunities => CommunityScalePolicy.CommunitiesFor(Units, Maximum);

    /// <summary>Gets the findings: a split or merge suggestion (warnings), or none.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is ScaleAssessment other && Equals(Unit, other.Unit) && Equals(Units, other.Units) && Equals(Minimum, other.Minimum) && Equals(Maximum, other.Maximum) && Equality.Same(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Units, Minimum, Maximum, Equality.Hash(Findings));

    /// <summary>Formats the assessment, for diagnostics.</summary>
    /// <returns>A text such as <c>4200 Households: above, split into 2</c>.</returns>
    public override string ToString() =>
        $"{Units} {Unit}: {(IsAbove ? $"above, split into {SuggestedCommunities}" : IsBelow ? "below, merge" : "within")}";
}
