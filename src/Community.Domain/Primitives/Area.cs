using System.Globalization;
using Ardalis.GuardClauses;

namespace Community.Domain.Primitives;

/// <summary>A floor or land area in square metres (m²), never negative.</summary>
/// <remarks>
/// <para>Land is often stated in 亩 (mu): one mu is exactly 10000/15 m², about 666.67 m².
/// <see cref="FromMu"/> and <see cref="Mu"/> convert with that exact ratio.</para>
/// <para>The default value is zero square metres. An area is at most <see cref="MaxSquareMetres"/>
/// (10^13 m², more than China's land area): factories refuse a larger one, and an operation whose
/// result would pass it throws <see cref="ArgumentOutOfRangeException"/> naming its operand.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(AreaJsonConverter))]
public readonly record struct Area : IComparable<Area>
{
    private const decimal SquareMetresPerFifteenMu = 10000m;

    private Area(decimal squareMetres) => SquareMetres = squareMetres;

    /// <summary>The largest area, in square metres, that <see cref="Area"/> holds: 10^13.</summary>
    public const decimal MaxSquareMetres = 10_000_000_000_000m;

    private const ulong Limit = 10_000_000_000_000UL;

    /// <summary>Gets the area in square metres.</summary>
    public decimal SquareMetres { get; }

    /// <summary>Gets the area in mu (亩), at 10000/15 m² per mu.</summary>
    public decimal Mu => SquareMetres * 15m / SquareMetresPerFifteenMu;

    /// <summary>Gets an area of zero.</summary>
    public static Area Zero => default;

    /// <summary>Creates an area from square metres.</summary>
    /// <param name="squareMetres">The area in m², from zero to <see cref="MaxSquareMetres"/>.</param>
    /// <returns>The area.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="squareMetres"/> is negative or beyond <see cref="MaxSquareMetres"/>.</exception>
    public static Area FromSquareMetres(decimal squareMetres) =>
        new(Guard.Against.OutsideLimit(Guard.Against.NegativeAmount(squareMetres), Limit, "m²", nameof(squareMetres)));

    /// <summary>Creates an area from mu (亩), at exactly 10000/15 m² per mu.</summary>
    /// <param name="mu">The area in mu, from zero to 15,000,000,000 (<see cref="MaxSquareMetres"/> in mu).</param>
    /// <returns>The area: one mu is 666.666… m².</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mu"/> is negative or beyond 15,000,000,000 mu.</exception>
    public static Area FromMu(decimal mu) =>
        new(Guard.Against.OutsideLimit(Guard.Against.NegativeAmount(mu), Limit * 15 / 10_000, "mu", nameof(mu)) * SquareMetresPerFifteenMu / 15m);

    /// <inheritdoc />
    public int CompareTo(Area other) => SquareMetres.CompareTo(other.SquareMetres);

    /// <summary>Adds two areas.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The sum is beyond <see cref="MaxSquareMetres"/>.</exception>
    public static Area operator +(Area left, Area right) => Result(left.SquareMetres + right.SquareMetres, nameof(right), "left + right");

    /// <summary>Takes a share of an area, such as the 3% a developer reserves.</summary>
    /// <param name="area">The area.</param>
    /// <param name="rate">The share.</param>
    /// <returns>The share of the area, exact.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The product is beyond <see cref="MaxSquareMetres"/>.</exception>
    public static Area operator *(Area area, Rate rate) => Result(area.SquareMetres * rate.Fraction, nameof(rate), "area × rate");

    /// <summary>Compares two areas.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the smaller.</returns>
    public static bool operator <(Area left, Area right) => left.SquareMetres < right.SquareMetres;

    /// <summary>Compares two areas.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the larger.</returns>
    public static bool operator >(Area left, Area right) => left.SquareMetres > right.SquareMetres;

    /// <summary>Compares two areas.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(Area left, Area right) => left.SquareMetres <= right.SquareMetres;

    /// <summary>Compares two areas.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(Area left, Area right) => left.SquareMetres >= right.SquareMetres;

    // The operands are within their limits, so the exact result cannot overflow a decimal.
    private static Area Result(decimal squareMetres, string operand, string what) =>
        GuardExtensions.IsWithin(squareMetres, Limit)
            ? new(squareMetres)
            : throw new ArgumentOutOfRangeException(operand, squareMetres, string.Create(CultureInfo.InvariantCulture, $"{what} is {squareMetres} m², beyond {MaxSquareMetres:0} m², the largest area Area holds (the operand named is {operand})."));

    /// <summary>Formats the area, for diagnostics.</summary>
    /// <returns>A text such as <c>300 m²</c>.</returns>
    public override string ToString() =>
        SquareMetres.ToString("0.##########", CultureInfo.InvariantCulture) + " m²";
}
