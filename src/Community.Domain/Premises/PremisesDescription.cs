using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Community.Domain.Primitives;

namespace Community.Domain.Premises;

/// <summary>A community's premises as they are: floor area, rooms, halls, land and facilities.</summary>
public sealed record PremisesDescription
{
    // For JSON: the facilities as written.
    [System.Text.Json.Serialization.JsonConstructor]
    internal PremisesDescription(Area floorArea, int rooms, int halls, Area? land, ImmutableArray<Facility> facilities)
        : this(floorArea, rooms, halls, land, facilities.IsDefault ? null : (IEnumerable<Facility>)facilities)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PremisesDescription"/> class.</summary>
    /// <param name="floorArea">The floor area.</param>
    /// <param name="rooms">The rooms (室); zero or more.</param>
    /// <param name="halls">The halls (厅); zero or more.</param>
    /// <param name="land">The land area, or null when not known (and not checked).</param>
    /// <param name="facilities">The facilities present; none by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rooms"/> or <paramref name="halls"/> is negative, or a facility is not defined.</exception>
    public PremisesDescription(Area floorArea, int rooms, int halls, Area? land = null, IEnumerable<Facility>? facilities = null)
    {
        FloorArea = floorArea;
        Rooms = Guard.Against.NegativeCount(rooms);
        Halls = Guard.Against.NegativeCount(halls);
        Land = land;
        var given = (facilities ?? []).ToImmutableArray();
        foreach (var facility in given)
        {
            Guard.Against.UndefinedEnum(facility, nameof(facilities));
        }

        Facilities = [.. given.Distinct().Order()];
    }

    /// <summary>Gets the floor area.</summary>
    public Area FloorArea { get; }

    /// <summary>Gets the rooms.</summary>
    public int Rooms { get; }

    /// <summary>Gets the halls.</summary>
    public int Halls { get; }

    /// <summary>Gets the land area, if known.</summary>
    public Area? Land { get; }

    /// <summary>Gets the facilities present, each once, in order.</summary>
    public ImmutableArray<Facility> Facilities { get; }

    /// <summary>Tells whether two values are equal, item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when every figure is the same.</returns>
    public bool Equals(PremisesDescription? other) =>
        other is not null && Equals(FloorArea, other.FloorArea) && Equals(Rooms, other.Rooms) && Equals(Halls, other.Halls) && Equals(Land, other.Land) && Equality.Same(Facilities, other.Facilities);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FloorArea, Rooms, Halls, Land, Equality.Hash(Facilities));
}
