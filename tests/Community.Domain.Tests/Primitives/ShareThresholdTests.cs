using Community.Domain.Primitives;
using CsCheck;

namespace Community.Domain.Tests.Primitives;

public class ShareThresholdTests
{
    [Theory]
    [InlineData(1000, 2000, false)]
    [InlineData(1001, 2000, true)]
    [InlineData(0, 0, false)]
    public void MoreThanHalf_ExcludesHalfItself(int part, int whole, bool met) =>
        ShareThreshold.MoreThan(1, 2).IsMetBy(part, whole).Should().Be(met);

    [Theory]
    [InlineData(199, 300, false)]
    [InlineData(200, 300, true)]
    [InlineData(300, 300, true)]
    public void AtLeastTwoThirds_IsExact(int part, int whole, bool met) =>
        ShareThreshold.AtLeast(2, 3).IsMetBy(part, whole).Should().Be(met);

    [Theory]
    [InlineData(79, 100, false)]
    [InlineData(80, 100, true)]
    [InlineData(4, 5, true)]
    public void AtLeastARate_IncludesTheRate(int part, int whole, bool met) =>
        ShareThreshold.AtLeast(Rate.FromPercent(80)).IsMetBy(part, whole).Should().Be(met);

    [Fact]
    public void MoreThanARate_ExcludesTheRate()
    {
        ShareThreshold.MoreThan(Rate.FromPercent(80)).IsMetBy(80, 100).Should().BeFalse();
        ShareThreshold.MoreThan(Rate.FromPercent(80)).IsMetBy(81, 100).Should().BeTrue();
    }

    [Theory]
    [InlineData(2000, 1001)]
    [InlineData(2001, 1001)]
    [InlineData(0, 1)]
    public void LeastPartOf_MoreThanHalf(int whole, int least) =>
        ShareThreshold.MoreThan(1, 2).LeastPartOf(whole).Should().Be(least);

    [Fact]
    public void LeastPartOf_AtLeastTwoThirds() => ShareThreshold.AtLeast(2, 3).LeastPartOf(300).Should().Be(200);

    [Fact]
    public void LeastPartOf_MoreThanAll_IsBeyondTheWhole() => ShareThreshold.MoreThan(1, 1).LeastPartOf(10).Should().Be(11);

    [Fact]
    public void LeastPartOf_IsTheLeastPartThatMeetsTheThreshold() =>
        Gen.Select(Gen.Int[1, 20], Gen.Int[1, 20], Gen.Bool, Gen.Int[0, 5000]).Where((n, d, _, _) => n <= d).Sample((n, d, strict, whole) =>
        {
            var threshold = strict ? ShareThreshold.MoreThan(n, d) : ShareThreshold.AtLeast(n, d);
            var least = threshold.LeastPartOf(whole);
            return least > whole
                ? !threshold.IsMetBy(whole, whole)
                : threshold.IsMetBy(least, whole) && (least == 0 || !threshold.IsMetBy(least - 1, whole));
        });

    [Fact]
    public void Ratio_IsReducedAndEqualByValue()
    {
        ShareThreshold.AtLeast(2, 4).Should().Be(ShareThreshold.AtLeast(1, 2));
        ShareThreshold.AtLeast(Rate.FromPercent(50)).Should().Be(ShareThreshold.AtLeast(1, 2));
        ShareThreshold.AtLeast(2, 4).ToString().Should().Be("at least 1/2");
        default(ShareThreshold).ToString().Should().Be("default ShareThreshold");
        FluentActions.Invoking(() => default(ShareThreshold).IsMetBy(0, 5)).Should().Throw<InvalidOperationException>().WithMessage("*default*ShareThreshold.AtLeast*");
    }

    [Fact]
    public void BadInput_ThrowsNamingTheArgument()
    {
        FluentActions.Invoking(() => ShareThreshold.AtLeast(1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominator");
        FluentActions.Invoking(() => ShareThreshold.AtLeast(-1, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator");
        FluentActions.Invoking(() => ShareThreshold.MoreThan(3, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator").WithMessage("*denominator (2)*");
        FluentActions.Invoking(() => ShareThreshold.AtLeast(Rate.FromPercent(101))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rate");
        FluentActions.Invoking(() => ShareThreshold.AtLeast(Rate.FromFraction(0.1234567m))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rate").WithMessage("*six decimals*");
        FluentActions.Invoking(() => ShareThreshold.MoreThan(1, 2).IsMetBy(3, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("part");
        FluentActions.Invoking(() => ShareThreshold.MoreThan(1, 2).IsMetBy(-1, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("part");
        FluentActions.Invoking(() => ShareThreshold.MoreThan(1, 2).IsMetBy(0, -2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("whole");
        FluentActions.Invoking(() => ShareThreshold.MoreThan(1, 2).LeastPartOf(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("whole");
    }
}
