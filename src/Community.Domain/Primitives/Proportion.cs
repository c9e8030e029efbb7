using System.Globalization;

namespace Community.Domain.Primitives;

/// <summary>A part of a whole, held exactly as two counts: 51 of 52 petitions mediated, 2320 of 2400 matters closed.</summary>
/// <remarks>
/// The percentage is computed from the counts with decimal division and rounded only when asked, half
/// away from zero (四舍五入), to the decimals a report states; <see cref="IsReportedAs"/> says whether a
/// reported percentage is what the counts give at its own precision (51 of 52 is 98.0769…%, reported as 98%).
/// A whole of zero has no percentage.
/// </remarks>
public readonly record struct Proportion
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal Proportion(long part, long whole)
    {
        if (whole < 0)
        {
            throw GuardExtensions.OutOfRange(nameof(whole), whole, "must be zero or more");
        }

        if (part < 0 || part > whole)
        {
            throw GuardExtensions.OutOfRange(nameof(part), part, string.Create(CultureInfo.InvariantCulture, $"must be from 0 to the whole, {whole}"));
        }

        Part = part;
        Whole = whole;
    }

    /// <summary>Gets the part: 51 in "51 of 52".</summary>
    public long Part { get; }

    /// <summary>Gets the whole: 52 in "51 of 52".</summary>
    public long Whole { get; }

    /// <summary>Gets a value indicating whether the whole is zero, so that there is no percentage.</summary>
    public bool IsEmpty => Whole == 0;

    /// <summary>Gets the exact percentage, to the precision of <see cref="decimal"/>: 98.076923076923076923076923077 for 51 of 52.</summary>
    /// <exception cref="InvalidOperationException">The whole is zero.</exception>
    [System.Text.Json.Serialization.JsonIgnore]
    public decimal Percent => IsEmpty
        ? throw new InvalidOperationException("The proportion's whole is 0, so it has no percentage; check IsEmpty first.")
        : Part * 100m / Whole;

    /// <summary>Creates a proportion.</summary>
    /// <param name="part">The part, from zero to <paramref name="whole"/>.</param>
    /// <param name="whole">The whole, zero or more.</param>
    /// <returns>The proportion.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> is negative, or <paramref name="part"/> is negative or above <paramref name="whole"/>.</exception>
    public static Proportion Of(long part, long whole) => new(part, whole);

    /// <summary>Rounds the percentage half away from zero (四舍五入) to a number of decimals.</summary>
    /// <param name="decimals">The decimals, from 0 to 6.</param>
    /// <returns>The rounded percentage: 98 for 51 of 52 at 0 decimals, 96.67 for 2320 of 2400 at 2.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 6.</exception>
    /// <exception cref="InvalidOperationException">The whole is zero.</exception>
    public decimal RoundedPercent(int decimals)
    {
        CheckDecimals(decimals);
        return Math.Round(Percent, decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>Says whether a reported percentage is what the counts give, rounded half away from zero to the reported number of decimals.</summary>
    /// <param name="percent">The reported percentage, such as 98 for "98%".</param>
    /// <param name="decimals">The decimals the report gives, from 0 to 6.</param>
    /// <returns><see langword="true"/> when the counts, so rounded, give the reported percentage; <see langword="false"/> when they do not, or the whole is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 6, or <paramref name="percent"/> is outside 0 to 100.</exception>
    public bool IsReportedAs(decimal percent, int decimals)
    {
        CheckDecimals(decimals);
        if (percent is < 0m or > 100m)
        {
            throw GuardExtensions.OutOfRange(nameof(percent), percent, "must be from 0 to 100");
        }

        return !IsEmpty && RoundedPercent(decimals) == percent;
    }

    /// <summary>Formats the proportion with its percentage to two decimals.</summary>
    /// <returns>A text such as <c>51 of 52 (98.08%)</c>.</returns>
    public override string ToString() => IsEmpty
        ? string.Create(CultureInfo.InvariantCulture, $"{Part} of {Whole}")
        : string.Create(CultureInfo.InvariantCulture, $"{Part} of {Whole} ({RoundedPercent(2):0.##}%)");

    private static void CheckDecimals(int decimals)
    {
        if (decimals is < 0 or > 6)
        {
            throw GuardExtensions.OutOfRange(nameof(decimals), decimals, "must be from 0 to 6");
        }
    }
}
