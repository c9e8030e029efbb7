using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Premises;

/// <summary>A premises standard: the least floor area, rooms, halls and land, and the facilities required.</summary>
/// <remarks>FAC-01 (300 m², six rooms and a hall), FAC-02 (100 m²) and FAC-06 (new centres: 1 亩 of land, 1200 m², five facilities and parking).</remarks>
public sealed class PremisesStandard
{
    private PremisesStandard(FloorAreaRule floorArea, int minimumRooms, int minimumHalls, Area? minimumLand, ImmutableArray<Facility> requiredFacilities)
    {
        FloorArea = floorArea;
        MinimumFloorArea = floorArea.FixedArea;
        MinimumRooms = minimumRooms;
        MinimumHalls = minimumHalls;
        MinimumLand = minimumLand;
        RequiredFacilities = requiredFacilities;
    }

    /// <summary>Gets the least floor area: the fixed area, or the floor of an area per households or residents (zero for bands; see <see cref="FloorArea"/>).</summary>
    public Area MinimumFloorArea { get; }

    /// <summary>Gets the fewest rooms.</summary>
    public int MinimumRooms { get; }

    /// <summary>Gets the fewest halls.</summary>
    public int MinimumHalls { get; }

    /// <summary>Gets the least land area, or null when the standard sets none.</summary>
    public Area? MinimumLand { get; }

    /// <summary>Gets the facilities required, each once, in order.</summary>
    public ImmutableArray<Facility> RequiredFacilities { get; }

    /// <summary>Gets how much floor area the standard requires: fixed, or scaled to the community's households or residents.</summary>
    public FloorAreaRule FloorArea { get; }

    /// <summary>Defines a standard.</summary>
    /// <param name="minimumFloorArea">The least floor area.</param>
    /// <param name="minimumRooms">The fewest rooms; zero or more.</param>
    /// <param name="minimumHalls">The fewest halls; zero or more.</param>
    /// <param name="minimumLand">The least land area, or null for none.</param>
    /// <param name="requiredFacilities">The facilities required; none by default.</param>
    /// <returns>The standard.</returns>
    /// <exception cref="PolicyDefinitionException">A count is negative, or a facility is not defined; every problem is listed.</exception>
    public static PremisesStandard Define(Area minimumFloorArea, int minimumRooms = 0, int minimumHalls = 0, Area? minimumLand = null, IEnumerable<Facility>? requiredFacilities = null) =>
        Scaled(FloorAreaRule.Fixed(minimumFloorArea), minimumRooms, minimumHalls, minimumLand, requiredFacilities);

    /// <summary>Defines a standard whose floor area scales with the community: by band of households or residents, or an area per so many with a floor.</summary>
    /// <param name="floorArea">How much floor area the standard requires.</param>
    /// <param name="minimumRooms">The fewest rooms, zero or more.</param>
    /// <param name="minimumHalls">The fewest halls, zero or more.</param>
    /// <param name="minimumLand">The least land, if the standard sets one.</param>
    /// <param name="requiredFacilities">The facilities required, if any.</param>
    /// <returns>The standard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="floorArea"/> is null.</exception>
    /// <exception cref="PolicyDefinitionException">A count is negative or a facility undefined; every problem is listed.</exception>
    public static PremisesStandard Scaled(FloorAreaRule floorArea, int minimumRooms = 0, int minimumHalls = 0, Area? minimumLand = null, IEnumerable<Facility>? requiredFacilities = null)
    {
        Guard.Against.NullArgument(floorArea);
        var facilities = (requiredFacilities ?? []).ToImmutableArray();
        var problems = new List<DefinitionProblem>();
        if (minimumRooms < 0)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"The fewest rooms is {minimumRooms}; expected zero or more."), nameof(minimumRooms)));
        }

        if (minimumHalls < 0)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"The fewest halls is {minimumHalls}; expected zero or more."), nameof(minimumHalls)));
        }

        foreach (var facility in facilities.Where(f => !Enum.IsDefined(f)))
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"Facility {(int)facility} is not a defined facility.")));
        }

        return problems.Count == 0
            ? new(floorArea, minimumRooms, minimumHalls, minimumLand, [.. facilities.Distinct().Order()])
            : throw new PolicyDefinitionException("premises standard", problems);
    }

    /// <summary>Formats the standard.</summary>
    /// <returns>A text such as <c>at least 300 m², 6 rooms, 1 hall</c>.</returns>
    public override string ToString()
    {
        var parts = new List<string> { FloorArea.IsScaled ? $"floor area {FloorArea}" : $"at least {MinimumFloorArea}" };
        if (MinimumRooms > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{MinimumRooms} rooms"));
        }

        if (MinimumHalls > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{MinimumHalls} hall(s)"));
        }

        if (MinimumLand is { } land)
        {
            parts.Add($"land of at least {land}");
        }

        if (!RequiredFacilities.IsEmpty)
        {
            parts.Add("with " + string.Join(", ", RequiredFacilities));
        }

        return string.Join(", ", parts);
    }
}
