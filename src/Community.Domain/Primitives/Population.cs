using System.Globalization;
using Ardalis.GuardClauses;

namespace Community.Domain.Primitives;

/// <summary>A community's resident population: a number of people, never negative.</summary>
/// <remarks>The default value is zero residents.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PopulationJsonConverter))]
public readonly record struct Population : IComparable<Population>
{
    private Population(int residents) => Residents = residents;

    /// <summary>Gets the number of residents.</summary>
    public int Residents { get; }

    /// <summary>Creates a population.</summary>
    /// <param name="residents">The number of residents, zero or more.</param>
    /// <returns>The population.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="residents"/> is negative.</exception>
    public static Population Of(int residents) => new(Guard.Against.NegativeCount(residents));

    /// <inheritdoc />
    public int CompareTo(Population other) => Residents.CompareTo(other.Residents);

    /// <summary>Compares two populations.</summary>
    /// <param name="left">The first population.</param>
    /// <param name="right">The second population.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the smaller.</returns>
    public static bool operator <(Population left, Population right) => left.Residents < right.Residents;

    /// <summary>Compares two populations.</summary>
    /// <param name="left">The first population.</param>
    /// <param name="right">The second population.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the larger.</returns>
    public static bool operator >(Population left, Population right) => left.Residents > right.Residents;

    /// <summary>Compares two populations.</summary>
    /// <param name="left">The first population.</param>
    /// <param name="right">The second population.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(Population left, Population right) => left.Residents <= right.Residents;

    /// <summary>Compares two populations.</summary>
    /// <param name="left">The first population.</param>
    /// <param name="right">The second population.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(Population left, Population right) => left.Residents >= right.Residents;

    /// <summary>Formats the population, for diagnostics.</summary>
    /// <returns>A text such as <c>5000 residents</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Residents} residents");
}
