using System.Globalization;
using Ardalis.GuardClauses;

namespace Community.Domain.Primitives;

/// <summary>An amount of money in yuan (CNY), held exactly as a <see cref="decimal"/>.</summary>
/// <remarks>
/// <para>Arithmetic is exact: nothing is rounded until the caller (or a policy) asks, with an
/// explicit <see cref="Rounding"/>. An amount may be negative, which is how a surplus shows up
/// when a shortfall is computed.</para>
/// <para>Monthly and annual amounts convert by exactly 12 (<see cref="MonthlyToAnnual"/>,
/// <see cref="AnnualToMonthly"/>). The default value is zero yuan.</para>
/// <para>An amount lies within ±<see cref="MaxYuan"/> (10^15 yuan, several times China's yearly
/// output): factories refuse a larger one, and an operation whose exact result would leave that
/// range throws <see cref="ArgumentOutOfRangeException"/> naming its operand, so no arithmetic
/// overflows.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(MoneyJsonConverter))]
public readonly record struct Money : IComparable<Money>
{
    private Money(decimal yuan) => Yuan = yuan;

    /// <summary>The largest amount, in yuan, that <see cref="Money"/> holds: 10^15. The smallest is its negation.</summary>
    public const decimal MaxYuan = 1_000_000_000_000_000m;

    private const ulong Limit = 1_000_000_000_000_000UL;

    /// <summary>Gets the amount in yuan.</summary>
    public decimal Yuan { get; }

    /// <summary>Gets zero yuan.</summary>
    public static Money Zero => default;

    /// <summary>Gets a value indicating whether the amount is below zero.</summary>
    public bool IsNegative => Yuan < 0m;

    /// <summary>Creates an amount from a number of yuan.</summary>
    /// <param name="yuan">The amount in yuan, within ±<see cref="MaxYuan"/>; it may be negative.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yuan"/> is beyond ±<see cref="MaxYuan"/>.</exception>
    public static Money FromYuan(decimal yuan) => new(Guard.Against.OutsideLimit(yuan, Limit, "yuan"));

    /// <summary>Creates an amount that may not be negative, such as a payment, a fund or a wage.</summary>
    /// <param name="yuan">The amount in yuan, from zero to <see cref="MaxYuan"/>.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yuan"/> is negative or beyond <see cref="MaxYuan"/>.</exception>
    public static Money NonNegative(decimal yuan) => new(Guard.Against.OutsideLimit(Guard.Against.NegativeAmount(yuan), Limit, "yuan", nameof(yuan)));

    /// <summary>Rounds the amount with an explicit rounding.</summary>
    /// <param name="rounding">The precision and direction.</param>
    /// <returns>The rounded amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Rounding away from zero takes the amount beyond ±<see cref="MaxYuan"/>.</exception>
    public Money Round(Rounding rounding) => Result(rounding.ApplyWithinLimit(Yuan), nameof(rounding), "the rounded amount");

    /// <summary>Converts a monthly amount to the annual amount, multiplying by exactly 12.</summary>
    /// <returns>Twelve times this amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Twelve times the amount is beyond ±<see cref="MaxYuan"/>; the parameter named is <c>this</c>.</exception>
    public Money MonthlyToAnnual() => Result(Yuan * 12m, "this", "twelve times the amount");

    /// <summary>Converts an annual amount to the monthly amount, dividing by exactly 12 without rounding.</summary>
    /// <returns>One twelfth of this amount; round it explicitly if a whole fen is needed.</returns>
    public Money AnnualToMonthly() => new(Yuan / 12m);

    /// <summary>Returns the larger of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount.</returns>
    public static Money Max(Money left, Money right) => left.Yuan >= right.Yuan ? left : right;

    /// <summary>Returns the smaller of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller amount.</returns>
    public static Money Min(Money left, Money right) => left.Yuan <= right.Yuan ? left : right;

    /// <inheritdoc />
    public int CompareTo(Money other) => Yuan.CompareTo(other.Yuan);

    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The sum is beyond ±<see cref="MaxYuan"/>.</exception>
    public static Money operator +(Money left, Money right) => Result(left.Yuan + right.Yuan, nameof(right), "left + right");

    /// <summary>Subtracts one amount from another.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference, negative when <paramref name="right"/> is larger.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The difference is beyond ±<see cref="MaxYuan"/>.</exception>
    public static Money operator -(Money left, Money right) => Result(left.Yuan - right.Yuan, nameof(right), "left - right");

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The amount with the opposite sign.</returns>
    public static Money operator -(Money value) => new(-value.Yuan);

    /// <summary>Multiplies an amount by a count, such as a number of posts or months.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="count">The count.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The product is beyond ±<see cref="MaxYuan"/>.</exception>
    public static Money operator *(Money amount, int count) => Result(amount.Yuan * count, nameof(count), "amount × count");

    /// <summary>Multiplies an amount by a count, such as a number of posts or months.</summary>
    /// <param name="count">The count.</param>
    /// <param name="amount">The amount.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The product is beyond ±<see cref="MaxYuan"/>.</exception>
    public static Money operator *(int count, Money amount) => Result(amount.Yuan * count, nameof(count), "count × amount");

    /// <summary>Multiplies an amount by a rate, exactly; round the result explicitly.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="rate">The rate, such as 150%.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The product is beyond ±<see cref="MaxYuan"/>.</exception>
    public static Money operator *(Money amount, Rate rate) => Result(amount.Yuan * rate.Fraction, nameof(rate), "amount × rate");

    /// <summary>Multiplies an amount by a rate, exactly; round the result explicitly.</summary>
    /// <param name="rate">The rate, such as 150%.</param>
    /// <param name="amount">The amount.</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The product is beyond ±<see cref="MaxYuan"/>.</exception>
    public static Money operator *(Rate rate, Money amount) => Result(amount.Yuan * rate.Fraction, nameof(rate), "rate × amount");

    /// <summary>Divides an amount by a positive count without rounding.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="count">The count, greater than zero.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is zero or negative.</exception>
    public static Money operator /(Money amount, int count) => new(amount.Yuan / Guard.Against.NotPositive(count));

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the smaller.</returns>
    public static bool operator <(Money left, Money right) => left.Yuan < right.Yuan;

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the larger.</returns>
    public static bool operator >(Money left, Money right) => left.Yuan > right.Yuan;

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(Money left, Money right) => left.Yuan <= right.Yuan;

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(Money left, Money right) => left.Yuan >= right.Yuan;

    /// <summary>Formats the amount in invariant culture with at least two decimals, for diagnostics.</summary>
    /// <returns>A text such as <c>855.00 CNY</c>.</returns>
    public override string ToString() => Format(Yuan) + " CNY";

    // Every operand is within ±MaxYuan (and a rate within Rate.MaxPercent), so the exact decimal
    // result cannot overflow; it is only checked against the documented range.
    private static Money Result(decimal yuan, string operand, string what) =>
        GuardExtensions.IsWithin(yuan, Limit)
            ? new(yuan)
            : throw new ArgumentOutOfRangeException(operand, yuan, string.Create(CultureInfo.InvariantCulture, $"{what} is {yuan} yuan, beyond ±{MaxYuan:0} yuan, the largest amount Money holds (the operand named is {operand})."));

    /// <summary>Formats an amount for an explanation: at least two decimals and at most four; an amount with more (a twelfth of a yearly wage, say) is rounded half away from zero to four and marked "≈", so no text prints a raw 28-digit decimal.</summary>
    internal static string Display(decimal yuan) =>
        yuan.Scale <= 4
            ? Format(yuan)
            : "≈" + Format(decimal.Round(yuan, 4, MidpointRounding.AwayFromZero));

    // At least two decimals and every significant one. Most amounts have at most two, which the
    // standard "F2" format writes several times faster than the custom pattern the rest need.
    internal static string Format(decimal yuan) =>
        yuan.Scale <= 2
            ? yuan.ToString("F2", CultureInfo.InvariantCulture)
            : yuan.ToString("0.00##########################", CultureInfo.InvariantCulture);
}
