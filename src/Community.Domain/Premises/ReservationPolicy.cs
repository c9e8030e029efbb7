using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Premises;

/// <summary>What a residential development must reserve as community service premises: a share of its floor area by size band (FAC-03), an area per 100 households (FAC-04), or both.</summary>
/// <remarks>Where a policy gives both, the larger requirement governs, so that meeting it meets both.</remarks>
public sealed class ReservationPolicy
{
    private ReservationPolicy(BandTable<Area, Rate>? shareOfFloorArea, Area? perHundredHouseholds)
    {
        ShareOfFloorArea = shareOfFloorArea;
        PerHundredHouseholds = perHundredHouseholds;
    }

    /// <summary>Gets the share of the development's floor area to reserve, by the development's floor area; null when the policy sets none.</summary>
    public BandTable<Area, Rate>? ShareOfFloorArea { get; }

    /// <summary>Gets the area to reserve per 100 households, in proportion; null when the policy sets none.</summary>
    public Area? PerHundredHouseholds { get; }

    /// <summary>Defines a reservation by share of floor area, such as FAC-03's 3% up to 50000 m² and 2% from 50000 m².</summary>
    /// <param name="shareOfFloorArea">The shares by floor-area band.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shareOfFloorArea"/> is null.</exception>
    public static ReservationPolicy ByShare(BandTable<Area, Rate> shareOfFloorArea) => new(Guard.Against.NullArgument(shareOfFloorArea), null);

    /// <summary>Defines a reservation per 100 households, such as FAC-04's 20 m².</summary>
    /// <param name="perHundredHouseholds">The area per 100 households; more than zero.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perHundredHouseholds"/> is zero.</exception>
    public static ReservationPolicy ByHouseholds(Area perHundredHouseholds) => new(null, Positive(perHundredHouseholds));

    /// <summary>Defines a reservation by both; the larger requirement governs.</summary>
    /// <param name="shareOfFloorArea">The shares by floor-area band.</param>
    /// <param name="perHundredHouseholds">The area per 100 households; more than zero.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shareOfFloorArea"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perHundredHouseholds"/> is zero.</exception>
    public static ReservationPolicy ByBoth(BandTable<Area, Rate> shareOfFloorArea, Area perHundredHouseholds) =>
        new(Guard.Against.NullArgument(shareOfFloorArea), Positive(perHundredHouseholds));

    /// <summary>Formats the policy.</summary>
    /// <returns>The shares and the area per 100 households.</returns>
    public override string ToString() => string.Join(
        "; ",
        new[] { ShareOfFloorArea?.ToString(), PerHundredHouseholds is { } per ? string.Create(CultureInfo.InvariantCulture, $"{per} per 100 households") : null }.OfType<string>());

    private static Area Positive(Area area, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(area))] string? parameterName = null) =>
        area > Area.Zero ? area : throw GuardExtensions.OutOfRange(parameterName, area, "must be more than zero");
}
