using System.Globalization;
using Ardalis.GuardClauses;

namespace Community.Domain.Primitives;

/// <summary>A non-negative rate or share, such as 150% of the minimum wage or 51 of 52 petitions mediated.</summary>
/// <remarks>
/// <para>The rate is held as an exact decimal fraction (150% is 1.5). A ratio such as 51/52 is kept
/// to decimal's 28 significant digits; turn it into a reported percentage with
/// <see cref="ToPercent(int, RoundingMode)"/>, which states its rounding.</para>
/// <para>The default value is a rate of zero. A rate is at most <see cref="MaxPercent"/>
/// (1,000,000%); factories refuse a larger one.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(RateJsonConverter))]
public readonly record struct Rate : IComparable<Rate>
{
    private Rate(decimal fraction) => Fraction = fraction;

    /// <summary>The largest rate, as a percentage, that <see cref="Rate"/> holds: 1,000,000% (a fraction of 10,000).</summary>
    public const decimal MaxPercent = 1_000_000m;

    /// <summary>Gets the rate as a fraction: 1.5 for 150%.</summary>
    public decimal Fraction { get; }

    /// <summary>Gets the rate as a percentage: 150 for 150%.</summary>
    public decimal Percent => Fraction * 100m;

    /// <summary>Gets a rate of zero.</summary>
    public static Rate Zero => default;

    /// <summary>Gets a rate of 100%.</summary>
    public static Rate Whole => new(1m);

    /// <summary>Creates a rate from a percentage.</summary>
    /// <param name="percent">The percentage, from zero to <see cref="MaxPercent"/>: 150 for 150%.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative or beyond <see cref="MaxPercent"/>.</exception>
    public static Rate FromPercent(decimal percent) => new(Guard.Against.OutsideLimit(Guard.Against.NegativeAmount(percent), 1_000_000UL, "percent", nameof(percent)) / 100m);

    /// <summary>Creates a rate from a fraction.</summary>
    /// <param name="fraction">The fraction, from zero to 10,000: 1.5 for 150%.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is negative or beyond 10,000 (<see cref="MaxPercent"/>).</exception>
    public static Rate FromFraction(decimal fraction) => new(Guard.Against.OutsideLimit(Guard.Against.NegativeAmount(fraction), 10_000UL, "as a fraction", nameof(fraction)));

    /// <summary>Creates a share from a part and a whole, such as 51 petitions mediated of 52 received.</summary>
    /// <param name="part">The part, from zero to <paramref name="whole"/>.</param>
    /// <param name="whole">The whole, greater than zero.</param>
    /// <returns>The share, from 0% to 100%.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> is not positive, or <paramref name="part"/> is negative or larger than <paramref name="whole"/>.</exception>
    public static Rate FromRatio(int part, int whole)
    {
        Guard.Against.NotPositive(whole);
        Guard.Against.NegativeCount(part);
        if (part > whole)
        {
            throw GuardExtensions.OutOfRange(nameof(part), part, string.Create(CultureInfo.InvariantCulture, $"must not exceed whole ({whole})"));
        }

        return new((decimal)part / whole);
    }

    /// <summary>Returns the rate as a percentage rounded to a stated number of decimals.</summary>
    /// <param name="decimals">The number of decimals of the percentage, from 0 to 10.</param>
    /// <param name="mode">The direction of rounding; half away from zero when not given.</param>
    /// <returns>The rounded percentage: 51/52 gives 98 at 0 decimals and 98.08 at 2.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 10.</exception>
    public decimal ToPercent(int decimals, RoundingMode mode = RoundingMode.HalfAwayFromZero)
    {
        if (decimals is < 0 or > 10)
        {
            throw GuardExtensions.OutOfRange(nameof(decimals), decimals, "must be from 0 to 10");
        }

        var step = 1m;
        for (var i = 0; i < decimals; i++)
        {
            step /= 10m;
        }

        return Rounding.To(step, mode).Apply(Percent);
    }

    /// <inheritdoc />
    public int CompareTo(Rate other) => Fraction.CompareTo(other.Fraction);

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the smaller.</returns>
    public static bool operator <(Rate left, Rate right) => left.Fraction < right.Fraction;

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the larger.</returns>
    public static bool operator >(Rate left, Rate right) => left.Fraction > right.Fraction;

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(Rate left, Rate right) => left.Fraction <= right.Fraction;

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(Rate left, Rate right) => left.Fraction >= right.Fraction;

    /// <summary>Formats the rate as a percentage with up to four decimals, for diagnostics.</summary>
    /// <returns>A text such as <c>150%</c> or <c>98.0769%</c>.</returns>
    public override string ToString() =>
        decimal.Round(Percent, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture) + "%";
}
