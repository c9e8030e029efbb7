using Community.Domain.Primitives;

namespace Community.Domain.Tests.Primitives;

public class RateTests
{
    [Fact]
    public void FromPercent_KeepsFractionAndPercent()
    {
        var rate = Rate.FromPercent(150m);

        rate.Fraction.Should().Be(1.5m);
        rate.Percent.Should().Be(150m);
    }

    [Fact]
    public void FromFraction_EqualsSamePercent() => Rate.FromFraction(1.3m).Should().Be(Rate.FromPercent(130m));

    [Fact]
    public void Default_IsZero() => default(Rate).Should().Be(Rate.Zero);

    [Fact]
    public void Whole_IsOneHundredPercent() => Rate.Whole.Percent.Should().Be(100m);

    [Theory]
    [InlineData(0, 98)]
    [InlineData(2, 98.08)]
    [InlineData(4, 98.0769)]
    public void FromRatio_FiftyOneOfFiftyTwo_RoundsAtStatedDecimals(int decimals, decimal percent) =>
        Rate.FromRatio(51, 52).ToPercent(decimals).Should().Be(percent);

    [Fact]
    public void ToPercent_Up_NeverBelowExact() =>
        Rate.FromRatio(51, 52).ToPercent(2, RoundingMode.Up).Should().Be(98.08m);

    [Fact]
    public void ToPercent_Down_NeverAboveExact() =>
        Rate.FromRatio(2320, 2400).ToPercent(0, RoundingMode.Down).Should().Be(96m);

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void ToPercent_DecimalsOutOfRange_ThrowsNamingDecimals(int decimals)
    {
        var act = () => Rate.FromPercent(50).ToPercent(decimals);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "decimals")
            .WithMessage($"*decimals is {decimals}*0 to 10*");
    }

    [Fact]
    public void FromPercent_Negative_ThrowsNamingPercent()
    {
        var act = () => Rate.FromPercent(-1m);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "percent").WithMessage("*percent is -1*");
    }

    [Fact]
    public void FromFraction_Negative_ThrowsNamingFraction()
    {
        var act = () => Rate.FromFraction(-0.5m);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "fraction").WithMessage("*fraction is -0.5*");
    }

    [Fact]
    public void FromRatio_PartLargerThanWhole_ThrowsNamingPart()
    {
        var act = () => Rate.FromRatio(53, 52);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "part")
            .WithMessage("*part is 53*must not exceed whole (52)*");
    }

    [Fact]
    public void FromRatio_NegativePart_ThrowsNamingPart()
    {
        var act = () => Rate.FromRatio(-1, 52);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "part");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void FromRatio_NonPositiveWhole_ThrowsNamingWhole(int whole)
    {
        var act = () => Rate.FromRatio(0, whole);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "whole").WithMessage($"*whole is {whole}*");
    }

    [Fact]
    public void FromRatio_Bounds_AreZeroAndWhole()
    {
        Rate.FromRatio(0, 52).Should().Be(Rate.Zero);
        Rate.FromRatio(52, 52).Should().Be(Rate.Whole);
    }

    [Fact]
    public void Comparison_FollowsTheFraction()
    {
        var low = Rate.FromPercent(130m);
        var high = Rate.FromPercent(150m);

        (low < high).Should().BeTrue();
        (high > low).Should().BeTrue();
        (low <= Rate.FromPercent(130m)).Should().BeTrue();
        (high >= Rate.FromPercent(150m)).Should().BeTrue();
        (high < low).Should().BeFalse();
        (low > high).Should().BeFalse();
        (high <= low).Should().BeFalse();
        (low >= high).Should().BeFalse();
        low.CompareTo(high).Should().BeNegative();
    }

    [Theory]
    [InlineData(150, "150%")]
    [InlineData(12.5, "12.5%")]
    public void ToString_IsPercent(decimal percent, string text) => Rate.FromPercent(percent).ToString().Should().Be(text);

    [Fact]
    public void ToString_Ratio_ShowsFourDecimals() => Rate.FromRatio(51, 52).ToString().Should().Be("98.0769%");

    [Fact]
    public void Comparison_EqualRates_AreNeitherLessNorGreater()
    {
        var a = Rate.FromPercent(150m);
        var b = Rate.FromFraction(1.5m);

        (a < b).Should().BeFalse();
        (a > b).Should().BeFalse();
        (a <= b).Should().BeTrue();
        (a >= b).Should().BeTrue();
    }

    [Fact]
    public void ToPercent_TenDecimals_IsTheLargestAllowed() =>
        Rate.FromRatio(1, 3).ToPercent(10).Should().Be(33.3333333333m);
}
