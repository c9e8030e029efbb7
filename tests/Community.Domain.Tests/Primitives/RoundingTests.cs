using Community.Domain.Primitives;
using CsCheck;

namespace Community.Domain.Tests.Primitives;

public class RoundingTests
{
    [Fact]
    public void Default_IsHalfAwayFromZeroToFen()
    {
        default(Rounding).Step.Should().Be(0.01m);
        default(Rounding).Mode.Should().Be(RoundingMode.HalfAwayFromZero);
        default(Rounding).Should().Be(Rounding.Amount);
    }

    [Fact]
    public void Floor_IsUpToFen()
    {
        Rounding.Floor.Step.Should().Be(0.01m);
        Rounding.Floor.Mode.Should().Be(RoundingMode.Up);
    }

    [Theory]
    [InlineData(1.0, RoundingMode.HalfAwayFromZero, 854.5, 855)]
    [InlineData(1.0, RoundingMode.HalfAwayFromZero, 854.49, 854)]
    [InlineData(1.0, RoundingMode.Up, 854.01, 855)]
    [InlineData(1.0, RoundingMode.Down, 854.99, 854)]
    [InlineData(10.0, RoundingMode.Up, 851, 860)]
    [InlineData(10.0, RoundingMode.HalfAwayFromZero, 855, 860)]
    [InlineData(0.1, RoundingMode.Down, 1.29, 1.2)]
    [InlineData(0.01, RoundingMode.Up, -1.239, -1.23)]
    [InlineData(0.01, RoundingMode.Down, -1.231, -1.24)]
    public void Apply_RoundsToStepInDirection(decimal step, RoundingMode mode, decimal value, decimal expected) =>
        Rounding.To(step, mode).Apply(value).Should().Be(expected);

    [Theory]
    [InlineData(0)]
    [InlineData(-0.01)]
    public void To_NonPositiveStep_ThrowsNamingStep(decimal step)
    {
        var act = () => Rounding.To(step, RoundingMode.Up);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "step")
            .WithMessage("*step is*from 0.0000000001 to 10000000000*");
    }

    [Fact]
    public void To_UndefinedMode_ThrowsNamingMode()
    {
        var act = () => Rounding.To(0.01m, (RoundingMode)42);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "mode")
            .WithMessage("*mode is 42*HalfAwayFromZero*Up*Down*");
    }

    [Fact]
    public void Up_NeverLowersAValue_AndStaysWithinOneStep() =>
        Gen.Select(Gen.Decimal[-10_000_000m, 10_000_000m], Gen.Int[0, 3].Select(i => new[] { 0.01m, 0.1m, 1m, 10m }[i]))
            .Sample((value, step) =>
            {
                var rounded = Rounding.To(step, RoundingMode.Up).Apply(value);
                return rounded >= value && rounded - value < step && rounded % step == 0m;
            });

    [Fact]
    public void Down_NeverRaisesAValue() =>
        Gen.Decimal[-10_000_000m, 10_000_000m].Sample(value => Rounding.To(0.01m, RoundingMode.Down).Apply(value) <= value);

    [Fact]
    public void HalfAwayFromZero_StaysWithinHalfAStep() =>
        Gen.Decimal[-10_000_000m, 10_000_000m].Sample(value =>
            Math.Abs(Rounding.Amount.Apply(value) - value) <= 0.005m);

    [Theory]
    [InlineData(RoundingMode.Up, "up to 0.01")]
    [InlineData(RoundingMode.Down, "down to 0.01")]
    [InlineData(RoundingMode.HalfAwayFromZero, "half away from zero to 0.01")]
    public void ToString_NamesDirectionAndStep(RoundingMode mode, string text) =>
        Rounding.To(0.01m, mode).ToString().Should().Be(text);

    [Fact]
    public void Equality_NeedsSameStepAndSameMode()
    {
        Rounding.To(0.01m, RoundingMode.Up).Should().NotBe(Rounding.Amount);
        Rounding.To(1m, RoundingMode.HalfAwayFromZero).Should().NotBe(Rounding.Amount);
        Rounding.To(0.01m, RoundingMode.HalfAwayFromZero).Should().Be(Rounding.Amount);
        Rounding.To(0.01m, RoundingMode.HalfAwayFromZero).GetHashCode().Should().Be(default(Rounding).GetHashCode());
    }

    [Fact]
    public void Steps_AtTheirLimits_AreAccepted_AndValuesBeyondTheLimitRefused()
    {
        Rounding.To(10_000_000_000m, RoundingMode.Up).Step.Should().Be(10_000_000_000m);
        Rounding.To(0.0000000001m, RoundingMode.Down).Step.Should().Be(0.0000000001m);
        FluentActions.Invoking(() => Rounding.To(10_000_000_001m, RoundingMode.Up)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("step");
        Rounding.Amount.Apply(Rounding.MaxValue).Should().Be(Rounding.MaxValue);
        FluentActions.Invoking(() => Rounding.Amount.Apply(-Rounding.MaxValue - 1m))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value").WithMessage("value is -1000000000000000001; it must be at most 1000000000000000000 (a value Rounding rounds) in size, the documented limit.*");
    }
}
