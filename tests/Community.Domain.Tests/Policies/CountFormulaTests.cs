using Community.Domain.Policies;
using Community.Domain.Primitives;
using CsCheck;

namespace Community.Domain.Tests.Policies;

public class CountFormulaTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(249, 1)]
    [InlineData(250, 1)]
    [InlineData(251, 2)]
    [InlineData(500, 2)]
    [InlineData(501, 3)]
    public void PerUnits_RoundedUp_APartCountsAsOne(long units, int count) =>
        CountFormula.PerUnits(250, RoundingMode.Up).Evaluate(units).Should().Be(count);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(249, 0)]
    [InlineData(250, 1)]
    [InlineData(499, 1)]
    [InlineData(500, 2)]
    public void PerUnits_RoundedDown_OnlyWholeOnesCount(long units, int count) =>
        CountFormula.PerUnits(250, RoundingMode.Down).Evaluate(units).Should().Be(count);

    [Theory]
    [InlineData(124, 0)]
    [InlineData(125, 1)]
    [InlineData(374, 1)]
    [InlineData(375, 2)]
    [InlineData(249, 1)]
    public void PerUnits_RoundedToTheNearest_HalfGoesUp(long units, int count) =>
        CountFormula.PerUnits(250, RoundingMode.HalfAwayFromZero).Evaluate(units).Should().Be(count);

    [Theory]
    [InlineData(0, 3)]
    [InlineData(1000, 3)]
    [InlineData(1001, 4)]
    [InlineData(1500, 4)]
    [InlineData(1501, 5)]
    [InlineData(2000, 5)]
    public void Stepped_BaseForTheFirstUnits_PlusOnePerFurtherStepOrPart(long units, int count) =>
        CountFormula.Stepped(3, 1000, 500).Evaluate(units).Should().Be(count);

    [Theory]
    [InlineData(1001, 3)]
    [InlineData(1499, 3)]
    [InlineData(1500, 4)]
    [InlineData(1999, 4)]
    [InlineData(2000, 5)]
    public void Stepped_RoundedDown_CountsOnlyWholeSteps(long units, int count) =>
        CountFormula.Stepped(3, 1000, 500, RoundingMode.Down).Evaluate(units).Should().Be(count);

    [Theory]
    [InlineData(0, 6)]
    [InlineData(1250, 6)]
    [InlineData(1500, 6)]
    [InlineData(1501, 7)]
    [InlineData(3750, 15)]
    [InlineData(3751, 15)]
    [InlineData(100_000, 15)]
    public void Between_HoldsTheCountWithinItsBounds(long units, int count) =>
        CountFormula.PerUnits(250, RoundingMode.Up).Between(6, 15).Evaluate(units).Should().Be(count);

    [Fact]
    public void AtLeastAndAtMost_BoundOneSideEach()
    {
        CountFormula.PerUnits(100, RoundingMode.Up).AtLeast(2).Evaluate(50).Should().Be(2);
        CountFormula.PerUnits(100, RoundingMode.Up).AtLeast(2).Evaluate(1000).Should().Be(10);
        CountFormula.PerUnits(100, RoundingMode.Up).AtMost(5).Evaluate(50).Should().Be(1);
        CountFormula.PerUnits(100, RoundingMode.Up).AtMost(5).Evaluate(1000).Should().Be(5);
    }

    [Theory]
    [InlineData(1000, 4, 2)]
    [InlineData(3000, 10, 6)]
    [InlineData(6000, 20, 12)]
    public void LargerAndSmaller_ChooseBetweenTwoFormulas(long units, int larger, int smaller)
    {
        var perResidents = CountFormula.PerUnits(300, RoundingMode.Up);
        var perFiveHundred = CountFormula.PerUnits(500, RoundingMode.Up);

        CountFormula.Larger(perResidents, perFiveHundred).Evaluate(units).Should().Be(larger);
        CountFormula.Smaller(perResidents, perFiveHundred).Evaluate(units).Should().Be(smaller);
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(2999, 5)]
    [InlineData(3000, 5)]
    [InlineData(3001, 6)]
    [InlineData(6000, 10)]
    public void Banded_EachBandHasItsFormula_FirstListedWinsAtTheSharedBoundary(long units, int count)
    {
        var formula = CountFormula.Banded(BandTable.Define(
            BoundaryReading.FirstListedWins,
            Band.Between(Bound.Inclusive(0L), Bound.Inclusive(3000L), CountFormula.Fixed(5), "3000户以下"),
            Band.From(Bound.Inclusive(3000L), CountFormula.PerUnits(600, RoundingMode.Up), "3000户以上")));

        formula.Evaluate(units).Should().Be(count);
    }

    [Fact]
    public void Fixed_IsTheSameWhateverTheUnits()
    {
        CountFormula.Fixed(7).Evaluate(0).Should().Be(7);
        CountFormula.Fixed(7).Evaluate(1_000_000).Should().Be(7);
    }

    [Fact]
    public void Evaluate_NegativeUnits_ThrowsNamingUnits()
    {
        var act = () => CountFormula.Fixed(1).Evaluate(-1);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "units").WithMessage("*-1*zero or more*");
    }

    [Fact]
    public void Evaluate_CountBeyondAnInt_Throws()
    {
        var act = () => CountFormula.PerUnits(1, RoundingMode.Up).Evaluate(long.MaxValue);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("units").WithMessage("*beyond 2147483647*");
    }

    [Fact]
    public void Problems_OfEveryPart_AreListedAtOnce()
    {
        var formula = CountFormula.Larger(
            CountFormula.PerUnits(0, RoundingMode.Up).Between(10, 5),
            CountFormula.Stepped(-1, -2, 0, (RoundingMode)9));

        formula.IsValid.Should().BeFalse();
        formula.Problems.Select(p => p.Message).Should().SatisfyRespectively(
            p => p.Should().Be("Larger, first: PerUnits(0): the divisor is 0; expected a positive number of units per one."),
            p => p.Should().Be("Larger, first: between 10 and 5: the minimum is above the maximum; expected a minimum no greater than 5."),
            p => p.Should().Be("Larger, second: Stepped(-1, -2, 0): the base count is -1; expected zero or more."),
            p => p.Should().Be("Larger, second: Stepped(-1, -2, 0): the first units are -2; expected zero or more."),
            p => p.Should().Be("Larger, second: Stepped(-1, -2, 0): the step is 0; expected a positive number of units per further one."),
            p => p.Should().Be("Larger, second: Stepped(-1, -2, 0): the rounding is 9, which is not a RoundingMode; expected Up, Down or HalfAwayFromZero."));
        formula.Problems.Should().OnlyContain(p => p.Kind == DefinitionProblemKind.InvalidValue);
    }

    [Fact]
    public void Problems_OfNegativeBoundsAndCounts_NameThePart()
    {
        CountFormula.Fixed(-1).Problems.Should().ContainSingle().Which.Message.Should().Contain("Fixed(-1)");
        CountFormula.PerUnits(-5, RoundingMode.Down).Problems.Should().ContainSingle().Which.Message.Should().Contain("divisor is -5");
        CountFormula.Fixed(1).AtLeast(-1).Problems.Should().ContainSingle().Which.Message.Should().Contain("minimum is negative");
        CountFormula.Fixed(1).AtMost(-1).Problems.Should().ContainSingle().Which.Message.Should().Contain("maximum is negative");
        CountFormula.Smaller(CountFormula.Fixed(-1), CountFormula.Fixed(1)).Problems.Should().ContainSingle().Which.Message.Should().StartWith("Smaller, first:");
    }

    [Fact]
    public void Problems_OfABandsFormula_NameTheBand()
    {
        var formula = CountFormula.Banded(BandTable.Define(
            BoundaryReading.Strict,
            Band.Everywhere<long, CountFormula>(CountFormula.PerUnits(0, RoundingMode.Up))));

        formula.Problems.Should().ContainSingle().Which.Message.Should().StartWith("band 1 ").And.Contain("divisor is 0");
    }

    [Fact]
    public void Evaluate_InvalidFormula_ThrowsListingEveryProblem()
    {
        var act = () => CountFormula.PerUnits(0, RoundingMode.Up).Between(3, 2).Evaluate(10);

        act.Should().Throw<PolicyDefinitionException>().Which.Problems.Should().HaveCount(2);
    }

    [Fact]
    public void Valid_Formula_HasNoProblems() =>
        CountFormula.Stepped(3, 1000, 500).Between(3, 9).Problems.Should().BeEmpty();

    [Fact]
    public void Factories_NullFormula_ThrowNamingTheArgument()
    {
        FluentActions.Invoking(() => CountFormula.Larger(null!, CountFormula.Fixed(1))).Should().Throw<ArgumentNullException>().WithParameterName("first");
        FluentActions.Invoking(() => CountFormula.Smaller(CountFormula.Fixed(1), null!)).Should().Throw<ArgumentNullException>().WithParameterName("second");
        FluentActions.Invoking(() => CountFormula.Banded(null!)).Should().Throw<ArgumentNullException>().WithParameterName("bands");
    }

    [Fact]
    public void ToString_DescribesTheFormula()
    {
        CountFormula.PerUnits(250, RoundingMode.Up).Between(6, 15).ToString().Should().Be("1 per 250 units rounded up, at least 6, at most 15");
        CountFormula.Stepped(3, 1000, 500, RoundingMode.Down).ToString().Should().Be("3 for the first 1000 units, plus 1 per further 500 units rounded down");
        CountFormula.Larger(CountFormula.Fixed(2), CountFormula.PerUnits(9, RoundingMode.HalfAwayFromZero)).ToString()
            .Should().Be("the larger of (2) and (1 per 9 units rounded to the nearest)");
    }

    [Fact]
    public void PerUnitsRoundedUp_IsTheLeastCountWhoseUnitsCoverTheQuantity() =>
        Gen.Select(Gen.Long[0, 10_000_000], Gen.Long[1, 100_000]).Sample((units, per) =>
        {
            long count = CountFormula.PerUnits(per, RoundingMode.Up).Evaluate(units);
            return count * per >= units && (count - 1) * per < units;
        });

    [Fact]
    public void PerUnitsRoundedDown_IsTheMostWholeOnes() =>
        Gen.Select(Gen.Long[0, 10_000_000], Gen.Long[1, 100_000]).Sample((units, per) =>
        {
            long count = CountFormula.PerUnits(per, RoundingMode.Down).Evaluate(units);
            return count * per <= units && (count + 1) * per > units;
        });

    [Fact]
    public void Stepped_NeverFallsAsUnitsGrow() =>
        Gen.Select(Gen.Long[0, 1_000_000], Gen.Long[0, 1000], Gen.Int[0, 10], Gen.Long[0, 5000], Gen.Long[1, 2000]).Sample((units, more, baseCount, first, step) =>
        {
            var formula = CountFormula.Stepped(baseCount, first, step);
            return formula.Evaluate(units + more) >= formula.Evaluate(units) && formula.Evaluate(units) >= baseCount;
        });

    [Fact]
    public void Between_AlwaysLiesWithinItsBounds() =>
        Gen.Select(Gen.Long[0, 1_000_000], Gen.Int[0, 50], Gen.Int[0, 50], Gen.Long[1, 5000]).Sample((units, a, b, per) =>
        {
            var (min, max) = (Math.Min(a, b), Math.Max(a, b));
            var count = CountFormula.PerUnits(per, RoundingMode.Up).Between(min, max).Evaluate(units);
            return count >= min && count <= max;
        });

    [Fact]
    public void LargerAndSmaller_AreTheMaximumAndMinimumOfTheirParts() =>
        Gen.Select(Gen.Long[0, 1_000_000], Gen.Long[1, 5000], Gen.Long[1, 5000]).Sample((units, p, q) =>
        {
            var (a, b) = (CountFormula.PerUnits(p, RoundingMode.Up), CountFormula.PerUnits(q, RoundingMode.Down));
            return CountFormula.Larger(a, b).Evaluate(units) == Math.Max(a.Evaluate(units), b.Evaluate(units))
                && CountFormula.Smaller(a, b).Evaluate(units) == Math.Min(a.Evaluate(units), b.Evaluate(units));
        });
}
