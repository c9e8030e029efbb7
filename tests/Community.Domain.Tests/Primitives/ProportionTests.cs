using CsCheck;
using Community.Domain.Primitives;

namespace Community.Domain.Tests.Primitives;

public class ProportionTests
{
    [Fact]
    public void Wf03_51Of52_Is98Point08Percent_ReportedAs98AtWholePercent()
    {
        var mediated = Proportion.Of(51, 52);

        mediated.Percent.Should().Be(51m * 100m / 52m);
        mediated.RoundedPercent(2).Should().Be(98.08m);
        mediated.RoundedPercent(0).Should().Be(98m);
        mediated.IsReportedAs(98, 0).Should().BeTrue();
        mediated.IsReportedAs(98.1m, 1).Should().BeTrue();
        mediated.IsReportedAs(97, 0).Should().BeFalse();
        mediated.IsReportedAs(98, 1).Should().BeFalse("98.0769…% is 98.1% to one decimal");
        mediated.ToString().Should().Be("51 of 52 (98.08%)");
    }

    [Fact]
    public void Wf02_2320Of2400_Is96Point67Percent()
    {
        var closed = Proportion.Of(2320, 2400);

        closed.RoundedPercent(2).Should().Be(96.67m);
        closed.RoundedPercent(0).Should().Be(97m);
        closed.IsReportedAs(97, 0).Should().BeTrue();
    }

    [Theory]
    [InlineData(1, 8, 0, 13)] // 12.5 rounds away from zero
    [InlineData(1, 8, 1, 12.5)]
    [InlineData(1, 3, 4, 33.3333)]
    [InlineData(2, 3, 0, 67)]
    [InlineData(0, 5, 0, 0)]
    [InlineData(5, 5, 6, 100)]
    public void RoundedPercent_RoundsHalfAwayFromZero(long part, long whole, int decimals, double expected) =>
        Proportion.Of(part, whole).RoundedPercent(decimals).Should().Be((decimal)expected);

    [Fact]
    public void EmptyWhole_HasNoPercentage_AndMatchesNoReport()
    {
        var none = Proportion.Of(0, 0);

        none.IsEmpty.Should().BeTrue();
        none.IsReportedAs(0, 0).Should().BeFalse();
        none.ToString().Should().Be("0 of 0");
        FluentActions.Invoking(() => none.Percent).Should().Throw<InvalidOperationException>().WithMessage("*whole is 0*IsEmpty*");
        default(Proportion).IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData(-1, 5, "part")]
    [InlineData(6, 5, "part")]
    [InlineData(0, -1, "whole")]
    public void Of_OutOfRange_NamesTheArgument(long part, long whole, string parameter) =>
        FluentActions.Invoking(() => Proportion.Of(part, whole)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == parameter && e.Message.Contains(parameter + " is "));

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void Decimals_OutsideZeroToSix_AreRefused(int decimals)
    {
        FluentActions.Invoking(() => Proportion.Of(1, 2).RoundedPercent(decimals)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "decimals");
        FluentActions.Invoking(() => Proportion.Of(1, 2).IsReportedAs(50, decimals)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "decimals");
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(100.5)]
    public void IsReportedAs_PercentOutsideZeroToHundred_IsRefused(double percent) =>
        FluentActions.Invoking(() => Proportion.Of(1, 2).IsReportedAs((decimal)percent, 1)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "percent");

    [Fact]
    public void Property_RoundedPercentIsWithinHalfAUnitOfTheExactOne_AndReportsItself() =>
        Gen.Select(Gen.Long[1, 10_000_000], Gen.Int[0, 6]).SelectMany((whole, decimals) => Gen.Long[0, whole].Select(part => (part, whole, decimals)))
            .Sample(t =>
            {
                var p = Proportion.Of(t.part, t.whole);
                var rounded = p.RoundedPercent(t.decimals);
                var unit = 1m / (decimal)Math.Pow(10, t.decimals);
                return Math.Abs(rounded - p.Percent) <= unit / 2 && p.IsReportedAs(rounded, t.decimals) && rounded is >= 0 and <= 100;
            });

    [Fact]
    public void Messages_NameTheValueAndTheExpectation()
    {
        FluentActions.Invoking(() => Proportion.Of(6, 5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("part is 6; it must be from 0 to the whole, 5.*");
        FluentActions.Invoking(() => Proportion.Of(1, 2).IsReportedAs(101, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("percent is 101; it must be from 0 to 100.*");
        FluentActions.Invoking(() => Proportion.Of(1, 2).RoundedPercent(9)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("decimals is 9; it must be from 0 to 6.*");
    }
}
