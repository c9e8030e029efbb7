using Community.Domain.Primitives;
using CsCheck;

namespace Community.Domain.Tests.Primitives;

public class MoneyTests
{
    [Fact]
    public void FromYuan_AnyAmount_KeepsItExactly() =>
        Money.FromYuan(1234.567m).Yuan.Should().Be(1234.567m);

    [Fact]
    public void FromYuan_NegativeAmount_IsAllowedForShortfalls() =>
        Money.FromYuan(-155m).IsNegative.Should().BeTrue();

    [Fact]
    public void NonNegative_NegativeAmount_ThrowsNamingArgumentAndValue()
    {
        var act = () => Money.NonNegative(-0.01m);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "yuan")
            .WithMessage("*yuan is -0.01*zero or more*");
    }

    [Fact]
    public void NonNegative_Zero_IsAccepted() => Money.NonNegative(0m).Should().Be(Money.Zero);

    [Fact]
    public void Default_IsZeroYuan() => default(Money).Yuan.Should().Be(0m);

    [Fact]
    public void Equality_SameValueDifferentScale_AreEqualWithEqualHashes()
    {
        var a = Money.FromYuan(855m);
        var b = Money.FromYuan(855.00m);

        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Arithmetic_AddSubtractNegate_AreExact()
    {
        var floor = Money.FromYuan(855m);
        var paid = Money.FromYuan(700m);

        (floor - paid).Should().Be(Money.FromYuan(155m));
        (paid - floor).Should().Be(Money.FromYuan(-155m));
        (floor + paid).Should().Be(Money.FromYuan(1555m));
        (-floor).Should().Be(Money.FromYuan(-855m));
    }

    [Fact]
    public void Multiply_ByCountEitherSide_IsExact()
    {
        (Money.FromYuan(18000m) * 84).Should().Be(Money.FromYuan(1_512_000m));
        (84 * Money.FromYuan(18000m)).Should().Be(Money.FromYuan(1_512_000m));
    }

    [Fact]
    public void Multiply_ByRate_IsExactUntilRounded()
    {
        var wage = Money.FromYuan(570m);

        (wage * Rate.FromPercent(150)).Should().Be(Money.FromYuan(855m));
        (Rate.FromPercent(130) * wage).Should().Be(Money.FromYuan(741m));
        (Money.FromYuan(1234.57m) * Rate.FromPercent(150)).Yuan.Should().Be(1851.855m);
    }

    [Fact]
    public void Divide_ByCount_IsUnrounded() =>
        (Money.FromYuan(10m) / 3).Yuan.Should().Be(10m / 3m);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Divide_ByZeroOrNegativeCount_ThrowsNamingCount(int count)
    {
        var act = () => Money.FromYuan(10m) / count;

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "count")
            .WithMessage($"*count is {count}*greater than zero*");
    }

    [Fact]
    public void MonthlyToAnnual_MultipliesByExactlyTwelve() =>
        Money.FromYuan(570m).MonthlyToAnnual().Should().Be(Money.FromYuan(6840m));

    [Fact]
    public void AnnualToMonthly_DividesByExactlyTwelveWithoutRounding()
    {
        Money.FromYuan(30000m).AnnualToMonthly().Should().Be(Money.FromYuan(2500m));
        Money.FromYuan(10000m).AnnualToMonthly().Yuan.Should().Be(10000m / 12m);
    }

    [Fact]
    public void MonthlyAnnual_RoundTrip_IsExactForWholeFen() =>
        Gen.Decimal[0m, 1_000_000m].Select(d => decimal.Round(d, 2))
            .Sample(yuan => Money.FromYuan(yuan).MonthlyToAnnual().AnnualToMonthly() == Money.FromYuan(yuan));

    [Theory]
    [InlineData(1851.855, 1851.86)]
    [InlineData(1851.845, 1851.85)]
    [InlineData(1851.8449, 1851.84)]
    [InlineData(-1851.855, -1851.86)]
    public void Round_Amount_IsHalfAwayFromZeroToFen(decimal exact, decimal rounded) =>
        Money.FromYuan(exact).Round(Rounding.Amount).Should().Be(Money.FromYuan(rounded));

    [Theory]
    [InlineData(1851.851, 1851.86)]
    [InlineData(1851.85, 1851.85)]
    [InlineData(741.0000001, 741.01)]
    public void Round_Floor_IsUpToFen(decimal exact, decimal rounded) =>
        Money.FromYuan(exact).Round(Rounding.Floor).Should().Be(Money.FromYuan(rounded));

    [Fact]
    public void Comparison_Operators_FollowTheAmount()
    {
        var small = Money.FromYuan(500m);
        var large = Money.FromYuan(741m);

        (small < large).Should().BeTrue();
        (large > small).Should().BeTrue();
        (small <= Money.FromYuan(500m)).Should().BeTrue();
        (large >= Money.FromYuan(741m)).Should().BeTrue();
        (large < small).Should().BeFalse();
        (small > large).Should().BeFalse();
        (large <= small).Should().BeFalse();
        (small >= large).Should().BeFalse();
        small.CompareTo(large).Should().BeNegative();
        large.CompareTo(small).Should().BePositive();
        small.CompareTo(Money.FromYuan(500.00m)).Should().Be(0);
    }

    [Fact]
    public void MaxMin_ReturnTheLargerAndSmaller()
    {
        var a = Money.FromYuan(700m);
        var b = Money.FromYuan(855m);

        Money.Max(a, b).Should().Be(b);
        Money.Max(b, a).Should().Be(b);
        Money.Min(a, b).Should().Be(a);
        Money.Min(b, a).Should().Be(a);
    }

    [Theory]
    [InlineData(855, "855.00 CNY")]
    [InlineData(1851.855, "1851.855 CNY")]
    [InlineData(-155.5, "-155.50 CNY")]
    public void ToString_IsInvariantWithAtLeastTwoDecimals(decimal yuan, string text) =>
        Money.FromYuan(yuan).ToString().Should().Be(text);

    [Fact]
    public void Addition_IsCommutativeAndAssociative() =>
        Gen.Select(Gen.Decimal[-1_000_000m, 1_000_000m], Gen.Decimal[-1_000_000m, 1_000_000m], Gen.Decimal[-1_000_000m, 1_000_000m])
            .Sample((a, b, c) =>
            {
                var x = Money.FromYuan(decimal.Round(a, 2));
                var y = Money.FromYuan(decimal.Round(b, 2));
                var z = Money.FromYuan(decimal.Round(c, 2));
                return x + y == y + x && (x + y) + z == x + (y + z) && x - y + y == x;
            });

    [Fact]
    public void Comparison_EqualAmounts_AreNeitherLessNorGreater()
    {
        var a = Money.FromYuan(741m);
        var b = Money.FromYuan(741.00m);

        (a < b).Should().BeFalse();
        (a > b).Should().BeFalse();
        (a <= b).Should().BeTrue();
        (a >= b).Should().BeTrue();
        Money.Max(a, Money.FromYuan(740m)).Should().Be(a);
        Money.Min(a, Money.FromYuan(742m)).Should().Be(a);
    }

    [Fact]
    public void Property_Format_WritesTwoDecimalsAtLeastAndEveryOtherDigit() =>
        CsCheck.Gen.Select(CsCheck.Gen.Decimal[-1_000_000_000m, 1_000_000_000m], CsCheck.Gen.Int[0, 6]).Sample((value, places) =>
        {
            var yuan = decimal.Round(value, places);
            var full = yuan.ToString("0.00##########################", System.Globalization.CultureInfo.InvariantCulture);
            return Money.Format(yuan) == full && Money.Format(-yuan) == (-yuan).ToString("0.00##########################", System.Globalization.CultureInfo.InvariantCulture);
        });

    [Fact]
    public void Format_ZeroOfAnySignAndScale_IsZeroPointZeroZero()
    {
        Money.Format(0m).Should().Be("0.00");
        Money.Format(-0m).Should().Be("0.00");
        Money.Format(decimal.Negate(0.00m)).Should().Be("0.00");
        Money.Format(-Money.Zero.Yuan).Should().Be("0.00");
        Money.Format(1.5m).Should().Be("1.50");
        Money.Format(1851.855m).Should().Be("1851.855");
    }

    [Theory]
    [InlineData("1000000000000000", true)]
    [InlineData("-1000000000000000", true)]
    [InlineData("1000000000000000.000", true)] // the limit itself, written with a mantissa above it
    [InlineData("999999999999999.99", true)] // a mantissa above the limit, a value below it
    [InlineData("1000000000000000.01", false)]
    [InlineData("-1000000000000000.01", false)]
    [InlineData("79228162514264337593543950335", false)]
    [InlineData("0.0000000000000000000000000001", true)]
    public void FromYuan_HoldsAmountsUpToTheLimit_AtAnyScale(string text, bool held)
    {
        var yuan = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        var act = () => Money.FromYuan(yuan);

        if (held)
        {
            act().Yuan.Should().Be(yuan);
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("yuan").WithMessage("yuan is *; it must be at most 1000000000000000 yuan in size, the documented limit.*");
        }
    }

    [Fact]
    public void Arithmetic_BeyondTheLimit_RefusesTheOperand_AndJustWithinItAnswers()
    {
        var most = Money.FromYuan(Money.MaxYuan);

        (most - Money.FromYuan(1)).Yuan.Should().Be(Money.MaxYuan - 1);
        (most + -most).Should().Be(Money.Zero);
        FluentActions.Invoking(() => most + Money.FromYuan(0.01m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("right");
        FluentActions.Invoking(() => -most - Money.FromYuan(0.01m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("right");
        FluentActions.Invoking(() => most * 2).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
        FluentActions.Invoking(() => 2 * most).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
        FluentActions.Invoking(() => most * Rate.FromPercent(101)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rate");
        FluentActions.Invoking(() => Rate.FromPercent(101) * most).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rate");
        FluentActions.Invoking(() => most.MonthlyToAnnual()).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("this");
        FluentActions.Invoking(() => Money.FromYuan(999_999_999_999_999.999m).Round(Rounding.Floor)).Should().NotThrow();
        FluentActions.Invoking(() => Money.FromYuan(999_999_999_999_999.999m).Round(Rounding.To(7, RoundingMode.Up))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rounding");
        (most * Rate.Whole).Should().Be(most);
        (most / 3).Yuan.Should().BeLessThan(Money.MaxYuan);
    }
}
