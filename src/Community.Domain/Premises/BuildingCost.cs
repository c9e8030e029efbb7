using System.Collections.Immutable;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Premises;

/// <summary>The fees on building a community office of a floor area, any fees waived, and the grant it receives.</summary>
public sealed class BuildingCost
{
    // For JSON: the version by reference, resolved in the catalog the options are bound to.
    [System.Text.Json.Serialization.JsonConstructor]
    internal BuildingCost(Area floorArea, ImmutableArray<(BuildingFee Fee, Money Amount, bool IsWaived)> fees, Money grant, PolicyVersion? versionReference)
        : this(floorArea, fees, grant, PolicyVersionJsonConverter.As<BuildingFeePolicy>(versionReference ?? throw JsonValues.Invalid("no Version", "the version applied")))
    {
    }

    internal BuildingCost(Area floorArea, ImmutableArray<(BuildingFee Fee, Money Amount, bool IsWaived)> fees, Money grant, PolicyVersion<BuildingFeePolicy> version)
    {
        FloorArea = floorArea;
        Fees = fees;
        Grant = grant;
        Version = version;
        foreach (var (_, amount, waived) in fees)
        {
            TotalFees += amount;
            Waived += waived ? amount : Money.Zero;
        }
    }

    /// <summary>Gets the floor area built.</summary>
    public Area FloorArea { get; }

    /// <summary>Gets each fee, its amount for the floor area, and whether it is waived.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(FeesJsonConverter))]
    public ImmutableArray<(BuildingFee Fee, Money Amount, bool IsWaived)> Fees { get; }

    /// <summary>Gets every fee's amount, waived or not.</summary>
    public Money TotalFees { get; }

    /// <summary>Gets the amount of the fees waived.</summary>
    public Money Waived { get; }

    /// <summary>Gets the fees still due: the total less the waived.</summary>
    public Money FeesDue => TotalFees - Waived;

    /// <summary>Gets the grant the new office receives.</summary>
    public Money Grant { get; }

    /// <summary>Gets the fees due less the grant: negative when the grant more than covers the fees.</summary>
    public Money FeesDueAfterGrant => FeesDue - Grant;

    /// <summary>Gets the policy version applied.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PolicyVersion<BuildingFeePolicy> Version { get; }

    // JSON names the version by reference, through a property of the non-generic type (see PolicyVersionJsonConverter).
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyName("Version")]
    internal PolicyVersion? VersionReference => Version;

    /// <summary>Gets each payer's part of the grant: the policy's share of it, or the whole under <see cref="Payer.Unassigned"/> when the policy does not say.</summary>
    /// <returns>Each payer and its part, adding up to <see cref="Grant"/> exactly.</returns>
    public ImmutableArray<(Payer Payer, Money Amount)> GrantByPayer() =>
        Version.Policy.GrantShare is { } share ? share.Split(Grant) : [(Payer.Unassigned, Grant)];

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is BuildingCost other && Equals(FloorArea, other.FloorArea) && Equality.Same(Fees, other.Fees) && Equals(Grant, other.Grant) && Equals(Version, other.Version);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FloorArea, Equality.Hash(Fees), Grant, Version);

    /// <summary>Formats the cost.</summary>
    /// <returns>The fees, the waiver and the grant.</returns>
    public override string ToString() => $"{FloorArea}: fees {TotalFees}, waived {Waived}, due {FeesDue}, grant {Grant} ({Version.RuleId})";
}
