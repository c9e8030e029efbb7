using System.Globalization;
using Ardalis.GuardClauses;

namespace Community.Domain.Primitives;

/// <summary>A number of households (户), never negative.</summary>
/// <remarks>The default value is zero households.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(HouseholdCountJsonConverter))]
public readonly record struct HouseholdCount : IComparable<HouseholdCount>
{
    private HouseholdCount(int households) => Households = households;

    /// <summary>Gets the number of households.</summary>
    public int Households { get; }

    /// <summary>Creates a household count.</summary>
    /// <param name="households">The number of households, zero or more.</param>
    /// <returns>The household count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="households"/> is negative.</exception>
    public static HouseholdCount Of(int households) => new(Guard.Against.NegativeCount(households));

    /// <inheritdoc />
    public int CompareTo(HouseholdCount other) => Households.CompareTo(other.Households);

    /// <summary>Compares two household counts.</summary>
    /// <param name="left">The first household count.</param>
    /// <param name="right">The second household count.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the smaller.</returns>
    public static bool operator <(HouseholdCount left, HouseholdCount right) => left.Households < right.Households;

    /// <summary>Compares two household counts.</summary>
    /// <param name="left">The first household count.</param>
    /// <param name="right">The second household count.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the larger.</returns>
    public static bool operator >(HouseholdCount left, HouseholdCount right) => left.Households > right.Households;

    /// <summary>Compares two household counts.</summary>
    /// <param name="left">The first household count.</param>
    /// <param name="right">The second household count.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(HouseholdCount left, HouseholdCount right) => left.Households <= right.Households;

    /// <summary>Compares two household counts.</summary>
    /// <param name="left">The first household count.</param>
    /// <param name="right">The second household count.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(HouseholdCount left, HouseholdCount right) => left.Households >= right.Households;

    /// <summary>Formats the household count, for diagnostics.</summary>
    /// <returns>A text such as <c>5000 households</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Households} households");
}
