using Community.Domain.Primitives;
using CsCheck;

namespace Community.Domain.Tests.Primitives;

public class PopulationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5000)]
    [InlineData(int.MaxValue)]
    public void Of_ZeroOrMore_KeepsResidents(int residents) => Population.Of(residents).Residents.Should().Be(residents);

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Of_Negative_ThrowsNamingResidentsAndValue(int residents)
    {
        var act = () => Population.Of(residents);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "residents")
            .WithMessage($"*residents is {residents}*zero or more*");
    }

    [Fact]
    public void Default_IsZeroResidents() => default(Population).Should().Be(Population.Of(0));

    [Fact]
    public void ToString_NamesResidents() => Population.Of(5000).ToString().Should().Be("5000 residents");

    [Fact]
    public void Order_MatchesResidents() =>
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000]).Sample((a, b) =>
        {
            var x = Population.Of(a);
            var y = Population.Of(b);
            return (x < y) == (a < b) && (x > y) == (a > b) && (x <= y) == (a <= b) && (x >= y) == (a >= b)
                && Math.Sign(x.CompareTo(y)) == Math.Sign(a.CompareTo(b)) && (x == y) == (a == b);
        });

    [Fact]
    public void Comparison_EqualAndUnequal_AreExact()
    {
        var a = Population.Of(5000);
        var b = Population.Of(5000);
        var c = Population.Of(5001);

        (a < b).Should().BeFalse();
        (a > b).Should().BeFalse();
        (a <= b).Should().BeTrue();
        (a >= b).Should().BeTrue();
        (a < c).Should().BeTrue();
        (c > a).Should().BeTrue();
        (c <= a).Should().BeFalse();
        (a >= c).Should().BeFalse();
    }
}

public class HouseholdCountTests
{
    [Fact]
    public void Of_ZeroOrMore_KeepsHouseholds() => HouseholdCount.Of(300).Households.Should().Be(300);

    [Fact]
    public void Of_Negative_ThrowsNamingHouseholdsAndValue()
    {
        var act = () => HouseholdCount.Of(-3);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "households")
            .WithMessage("*households is -3*zero or more*");
    }

    [Fact]
    public void Default_IsZeroHouseholds() => default(HouseholdCount).Should().Be(HouseholdCount.Of(0));

    [Fact]
    public void ToString_NamesHouseholds() => HouseholdCount.Of(300).ToString().Should().Be("300 households");

    [Fact]
    public void Order_MatchesHouseholds() =>
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000]).Sample((a, b) =>
        {
            var x = HouseholdCount.Of(a);
            var y = HouseholdCount.Of(b);
            return (x < y) == (a < b) && (x > y) == (a > b) && (x <= y) == (a <= b) && (x >= y) == (a >= b)
                && Math.Sign(x.CompareTo(y)) == Math.Sign(a.CompareTo(b));
        });

    [Fact]
    public void Comparison_EqualAndUnequal_AreExact()
    {
        var a = HouseholdCount.Of(300);
        var b = HouseholdCount.Of(300);
        var c = HouseholdCount.Of(301);

        (a < b).Should().BeFalse();
        (a > b).Should().BeFalse();
        (a <= b).Should().BeTrue();
        (a >= b).Should().BeTrue();
        (a < c).Should().BeTrue();
        (c > a).Should().BeTrue();
        (c <= a).Should().BeFalse();
        (a >= c).Should().BeFalse();
    }
}

public class AreaTests
{
    [Fact]
    public void FromSquareMetres_KeepsValue() => Area.FromSquareMetres(300m).SquareMetres.Should().Be(300m);

    [Fact]
    public void FromMu_One_IsTenThousandFifteenthsOfASquareMetre()
    {
        var area = Area.FromMu(1m);

        area.SquareMetres.Should().Be(10000m / 15m);
        decimal.Round(area.SquareMetres, 2).Should().Be(666.67m);
    }

    [Fact]
    public void FromMu_Fifteen_IsExactlyTenThousandSquareMetres() => Area.FromMu(15m).SquareMetres.Should().Be(10000m);

    [Fact]
    public void Mu_ConvertsBack() => Area.FromSquareMetres(10000m).Mu.Should().Be(15m);

    [Fact]
    public void FromSquareMetres_Negative_ThrowsNamingArgument()
    {
        var act = () => Area.FromSquareMetres(-0.5m);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "squareMetres")
            .WithMessage("*squareMetres is -0.5*zero or more*");
    }

    [Fact]
    public void FromMu_Negative_ThrowsNamingArgument()
    {
        var act = () => Area.FromMu(-1m);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "mu").WithMessage("*mu is -1*");
    }

    [Fact]
    public void Default_IsZero() => default(Area).Should().Be(Area.Zero);

    [Fact]
    public void ShareAndSum_AreExact()
    {
        (Area.FromSquareMetres(50000m) * Rate.FromPercent(3m)).Should().Be(Area.FromSquareMetres(1500m));
        (Area.FromSquareMetres(100m) + Area.FromSquareMetres(200m)).Should().Be(Area.FromSquareMetres(300m));
    }

    [Fact]
    public void Comparison_FollowsSquareMetres()
    {
        var small = Area.FromSquareMetres(100m);
        var large = Area.FromSquareMetres(300m);

        (small < large).Should().BeTrue();
        (large > small).Should().BeTrue();
        (small <= Area.FromSquareMetres(100m)).Should().BeTrue();
        (large >= Area.FromSquareMetres(300m)).Should().BeTrue();
        (large < small).Should().BeFalse();
        (small > large).Should().BeFalse();
        (large <= small).Should().BeFalse();
        (small >= large).Should().BeFalse();
        small.CompareTo(large).Should().BeNegative();
    }

    [Fact]
    public void ToString_IsSquareMetres() => Area.FromSquareMetres(1200.5m).ToString().Should().Be("1200.5 m²");

    [Fact]
    public void Comparison_EqualAreas_AreNeitherLessNorGreater()
    {
        var a = Area.FromSquareMetres(300m);
        var b = Area.FromMu(0.45m);

        (a < b).Should().BeFalse();
        (a > b).Should().BeFalse();
        (a <= b).Should().BeTrue();
        (a >= b).Should().BeTrue();
    }
}
