using System.Globalization;
using Ardalis.GuardClauses;

namespace Community.Domain.Primitives;

/// <summary>A threshold on a share of a whole: "more than half" (过半数), "at least two thirds" (三分之二以上), "at least 80%".</summary>
/// <remarks>
/// The share is held as an exact ratio, so "two thirds" is compared without rounding: 200 of 300 is
/// at least two thirds, 199 is not. Following the boundary convention, <see cref="AtLeast(int, int)"/>
/// (以上) includes the share itself and <see cref="MoreThan(int, int)"/> (超过, 过) excludes it.
/// </remarks>
public readonly record struct ShareThreshold : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    [System.Text.Json.Serialization.JsonConstructor]
    internal ShareThreshold(long numerator, long denominator, bool isStrict)
    {
        _made = true;
        if (denominator <= 0 || numerator < 0 || numerator > denominator)
        {
            throw JsonValues.Invalid(string.Create(CultureInfo.InvariantCulture, $"a share of {numerator}/{denominator}"), "a whole above zero and a part from zero to the whole");
        }

        Numerator = numerator;
        Denominator = denominator;
        IsStrict = isStrict;
    }

    /// <summary>Gets the share's numerator: 2 in "two thirds".</summary>
    public long Numerator { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<ShareThreshold>("ShareThreshold.AtLeast or ShareThreshold.MoreThan"); }

    /// <summary>Gets the share's denominator: 3 in "two thirds".</summary>
    public long Denominator { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<ShareThreshold>("ShareThreshold.AtLeast or ShareThreshold.MoreThan"); }

    /// <summary>Gets the share as a percentage, for display: 66.666… for two thirds; 0 for the default value.</summary>
    internal decimal Percent => Denominator == 0 ? 0m : Numerator * 100m / Denominator;

    /// <summary>Gets a value indicating whether the share itself falls short: true for "more than", false for "at least".</summary>
    public bool IsStrict { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<ShareThreshold>("ShareThreshold.AtLeast or ShareThreshold.MoreThan"); }

    /// <summary>A threshold met by a share equal to or above <paramref name="numerator"/>/<paramref name="denominator"/> (以上).</summary>
    /// <param name="numerator">The numerator, from zero to <paramref name="denominator"/>.</param>
    /// <param name="denominator">The denominator, positive.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is not positive, or <paramref name="numerator"/> is negative or above it.</exception>
    public static ShareThreshold AtLeast(int numerator, int denominator) => Create(numerator, denominator, false);

    /// <summary>A threshold met only by a share above <paramref name="numerator"/>/<paramref name="denominator"/> (超过, 过半数).</summary>
    /// <param name="numerator">The numerator, from zero to <paramref name="denominator"/>.</param>
    /// <param name="denominator">The denominator, positive.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is not positive, or <paramref name="numerator"/> is negative or above it.</exception>
    public static ShareThreshold MoreThan(int numerator, int denominator) => Create(numerator, denominator, true);

    /// <summary>A threshold met by a share equal to or above a rate, such as 80%.</summary>
    /// <param name="rate">The rate, at most 100%, with at most six decimals of its fraction.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is above 100% or has more than six decimals.</exception>
    public static ShareThreshold AtLeast(Rate rate) => FromRate(rate, false);

    /// <summary>A threshold met only by a share above a rate.</summary>
    /// <param name="rate">The rate, at most 100%, with at most six decimals of its fraction.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is above 100% or has more than six decimals.</exception>
    public static ShareThreshold MoreThan(Rate rate) => FromRate(rate, true);

    /// <summary>Says whether a part of a whole meets the threshold, exactly.</summary>
    /// <param name="part">The part, from zero to <paramref name="whole"/>.</param>
    /// <param name="whole">The whole, zero or more; a share of nothing meets only a threshold of "at least 0".</param>
    /// <returns><see langword="true"/> when the share meets the threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> or <paramref name="part"/> is negative, or <paramref name="part"/> is above <paramref name="whole"/>.</exception>
    public bool IsMetBy(int part, int whole)
    {
        Guard.Against.NegativeCount(whole);
        Guard.Against.NegativeCount(part);
        if (part > whole)
        {
            throw GuardExtensions.OutOfRange(nameof(part), part, string.Create(CultureInfo.InvariantCulture, $"must not exceed whole ({whole})"));
        }

        // part / whole against n / d, without division: part * d against n * whole.
        var denominator = Denominator == 0 ? 1 : Denominator;
        var left = (long)part * denominator;
        var right = Numerator * whole;
        return IsStrict ? left > right : left >= right;
    }

    /// <summary>Says whether a proportion meets the threshold, exactly, for any counts.</summary>
    /// <param name="share">The proportion.</param>
    /// <returns><see langword="true"/> when the share meets the threshold; a share of nothing meets only a threshold of "at least 0".</returns>
    public bool IsMetBy(Proportion share)
    {
        var denominator = Denominator == 0 ? 1 : Denominator;
        var left = (Int128)share.Part * denominator;
        var right = (Int128)Numerator * share.Whole;
        return IsStrict ? left > right : left >= right;
    }

    /// <summary>Returns the least part of a whole that meets the threshold.</summary>
    /// <param name="whole">The whole, zero or more.</param>
    /// <returns>The least part, or <c>whole + 1</c> when no part of the whole meets it (more than all of it).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> is negative.</exception>
    public int LeastPartOf(int whole)
    {
        Guard.Against.NegativeCount(whole);
        var denominator = Denominator == 0 ? 1 : Denominator;
        var product = Numerator * whole;
        var least = product / denominator + (IsStrict || product % denominator != 0 ? 1 : 0);
        return (int)Math.Min(least, (long)whole + 1);
    }

    /// <summary>Formats the threshold, for diagnostics.</summary>
    /// <returns>A text such as <c>more than 1/2</c> or <c>at least 2/3</c>.</returns>
    public override string ToString() =>
        !_made ? "default ShareThreshold" : string.Create(CultureInfo.InvariantCulture, $"{(IsStrict ? "more than" : "at least")} {Numerator}/{(Denominator == 0 ? 1 : Denominator)}");

    private static ShareThreshold Create(int numerator, int denominator, bool strict)
    {
        Guard.Against.NotPositive(denominator);
        Guard.Against.NegativeCount(numerator);
        if (numerator > denominator)
        {
            throw GuardExtensions.OutOfRange(nameof(numerator), numerator, string.Create(CultureInfo.InvariantCulture, $"must not exceed denominator ({denominator}); a share is at most the whole"));
        }

        var gcd = Gcd(numerator, denominator);
        return new(numerator / gcd, denominator / gcd, strict);
    }

    private static ShareThreshold FromRate(Rate rate, bool strict)
    {
        if (rate.Fraction > 1m)
        {
            throw GuardExtensions.OutOfRange(nameof(rate), rate, "must be at most 100%, as a share is at most the whole");
        }

        var scaled = rate.Fraction * 1_000_000m;
        if (scaled != decimal.Truncate(scaled))
        {
            throw GuardExtensions.OutOfRange(nameof(rate), rate, "must have at most six decimals of its fraction (four of its percentage); for a share such as two thirds, use the ratio form");
        }

        return Create((int)scaled, 1_000_000, strict);
    }

    private static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a == 0 ? 1 : a;
    }
}
