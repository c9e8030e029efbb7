using System.Globalization;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;

namespace Community.Domain.Premises;

/// <summary>The community service premises a development must reserve: by each requirement the policy sets, and which governs.</summary>
public readonly record struct ReservationRequirement : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    // For JSON: the version by reference, resolved in the catalog the options are bound to.
    [System.Text.Json.Serialization.JsonConstructor]
    internal ReservationRequirement(PolicyVersion? versionReference, Area? byShare, Rate? share, int shareBandIndex, bool isDecidedByFirstListedWins, Area? byHouseholds)
        : this(PolicyVersionJsonConverter.As<ReservationPolicy>(versionReference ?? throw JsonValues.Invalid("no Version", "the version applied")), byShare, share, shareBandIndex, isDecidedByFirstListedWins, byHouseholds)
    {
    }

    internal ReservationRequirement(PolicyVersion<ReservationPolicy> version, Area? byShare, Rate? share, int shareBand, bool isDecidedByFirstListedWins, Area? byHouseholds)
    {
        _made = true;
        Version = version;
        ByShare = byShare;
        Share = share;
        ShareBandIndex = shareBand;
        IsDecidedByFirstListedWins = isDecidedByFirstListedWins;
        ByHouseholds = byHouseholds;
    }

    /// <summary>Gets the area the share of floor area requires, or null when the policy sets no share.</summary>
    public Area? ByShare { get => _made ? field : throw GuardExtensions.DefaultInstance<ReservationRequirement>("PremisesEvaluator.Reservation"); }

    /// <summary>Gets the share applied, or null.</summary>
    public Rate? Share { get => _made ? field : throw GuardExtensions.DefaultInstance<ReservationRequirement>("PremisesEvaluator.Reservation"); }

    /// <summary>Gets the zero-based listed position of the floor-area band applied, or -1.</summary>
    public int ShareBandIndex { get => _made ? field : throw GuardExtensions.DefaultInstance<ReservationRequirement>("PremisesEvaluator.Reservation"); }

    /// <summary>Gets a value indicating whether the floor area was a boundary shared by two bands, decided by the first-listed-wins reading.</summary>
    public bool IsDecidedByFirstListedWins { get => _made ? field : throw GuardExtensions.DefaultInstance<ReservationRequirement>("PremisesEvaluator.Reservation"); }

    /// <summary>Gets the area the households require, or null when the policy sets no area per 100 households.</summary>
    public Area? ByHouseholds { get => _made ? field : throw GuardExtensions.DefaultInstance<ReservationRequirement>("PremisesEvaluator.Reservation"); }

    /// <summary>Gets the requirement that governs: the larger, and the share when they are equal.</summary>
    public ReservationBasis Governing => ByShare is { } share && (ByHouseholds is not { } households || share >= households)
        ? ReservationBasis.ShareOfFloorArea
        : ReservationBasis.PerHundredHouseholds;

    /// <summary>Gets the area to reserve: the governing requirement's.</summary>
    public Area Required => Governing == ReservationBasis.ShareOfFloorArea ? ByShare.GetValueOrDefault() : ByHouseholds.GetValueOrDefault();

    /// <summary>Gets the rule applied.</summary>
    public RuleId RuleId => Version?.RuleId ?? default;

    /// <summary>Gets the policy version applied.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PolicyVersion<ReservationPolicy> Version { get => _made ? field : throw GuardExtensions.DefaultInstance<ReservationRequirement>("PremisesEvaluator.Reservation"); }

    // JSON names the version by reference, through a property of the non-generic type (see PolicyVersionJsonConverter).
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyName("Version")]
    internal PolicyVersion? VersionReference => Version;

    /// <summary>Formats the requirement.</summary>
    /// <returns>A text such as <c>1500 m² (3% of floor area, FAC-03)</c>.</returns>
    public override string ToString() => !_made ? "default ReservationRequirement" : Governing == ReservationBasis.ShareOfFloorArea
        ? string.Create(CultureInfo.InvariantCulture, $"{Required} ({Share} of floor area, {RuleId})")
        : string.Create(CultureInfo.InvariantCulture, $"{Required} (per 100 households, {RuleId})");
}
