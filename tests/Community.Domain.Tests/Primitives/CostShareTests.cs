using Community.Domain.Policies;
using Community.Domain.Primitives;
using CsCheck;

namespace Community.Domain.Tests.Primitives;

public class CostShareTests
{
    private static readonly Payer City = Payer.Of("city", "市级财政", "city finance");
    private static readonly Payer District = Payer.Of("district", "区级财政", "district finance");
    private static readonly Payer Province = Payer.Of("province", "省级财政", "provincial finance");

    [Fact]
    public void Ratio_SixToFour_SplitsTheAmount()
    {
        var share = CostShare.Ratio((City, 6), (District, 4));

        share.Whole.Should().Be(10);
        share.ShareOf(City).Should().Be(Rate.FromPercent(60));
        share.ShareOf(Province).Should().Be(Rate.Zero);
        share.Split(Money.FromYuan(30000)).Should().Equal((City, Money.FromYuan(18000)), (District, Money.FromYuan(12000)));
        share.ToString().Should().Be("city 6 : district 4");
    }

    [Fact]
    public void Split_PartsAddUpExactly_TheFirstPayerTakesTheRounding()
    {
        var share = CostShare.Ratio((Province, 1), (City, 1), (District, 1));

        var parts = share.Split(Money.FromYuan(100));

        parts.Select(p => p.Amount).Should().Equal(Money.FromYuan(33.34m), Money.FromYuan(33.33m), Money.FromYuan(33.33m));
    }

    [Fact]
    public void Split_AlwaysAddsUpToTheAmount() =>
        Gen.Select(Gen.Int[1, 9], Gen.Int[1, 9], Gen.Int[1, 9], Gen.Decimal[0m, 10_000_000m]).Sample((a, b, c, yuan) =>
        {
            var amount = Money.FromYuan(decimal.Round(yuan, 2));
            var parts = CostShare.Ratio((Province, a), (City, b), (District, c)).Split(amount);
            return parts.Aggregate(Money.Zero, (sum, p) => sum + p.Amount) == amount;
        });

    [Fact]
    public void Percentages_ThatAddUpToTheWhole_AreAccepted()
    {
        var share = CostShare.Percentages((Province, Rate.FromPercent(50)), (City, Rate.FromPercent(30)), (District, Rate.FromPercent(20)));

        share.ShareOf(District).Should().Be(Rate.FromPercent(20));
        share.Split(Money.FromYuan(1000)).Select(p => p.Amount).Should().Equal(Money.FromYuan(500), Money.FromYuan(300), Money.FromYuan(200));
    }

    [Fact]
    public void Percentages_ThatDoNotAddUp_ListEveryProblem()
    {
        var act = () => CostShare.Percentages((City, Rate.FromPercent(60)), (District, Rate.FromPercent(30.005m)), (City, Rate.FromPercent(9)));

        act.Should().Throw<ArgumentException>().WithParameterName("shares").WithMessage(
            "shares is not a cost share: Payer 2 (district) has 30.005%, finer than a hundredth of a percent; expected at most two decimals. The shares add up to 99.005%; expected exactly 100%.*");
    }

    [Fact]
    public void Ratio_BadParts_ListEveryProblem()
    {
        var act = () => CostShare.Ratio((City, 0), (District, -1), (City, 3));

        act.Should().Throw<ArgumentException>().WithParameterName("parts").WithMessage(
            "parts is not a cost share: Payer 1 (city) has 0 parts; expected a positive number. Payer 2 (district) has -1 parts; expected a positive number. Payer 3 (city) appears twice; give each payer once.*");
        FluentActions.Invoking(() => CostShare.Ratio()).Should().Throw<ArgumentException>().WithParameterName("parts").WithMessage("parts is not a cost share: The share names no payer; expected at least one.*");
        FluentActions.Invoking(() => CostShare.Ratio((null!, 1))).Should().Throw<ArgumentNullException>().WithParameterName("parts[0].Payer");
        FluentActions.Invoking(() => CostShare.Percentages((null!, Rate.Whole))).Should().Throw<ArgumentNullException>().WithParameterName("shares[0].Payer");
        FluentActions.Invoking(() => CostShare.Ratio((City, 1)).ShareOf(null!)).Should().Throw<ArgumentNullException>().WithParameterName("payer");
    }

    [Fact]
    public void Payer_IsIdentifiedById()
    {
        Payer.Of("city", "市", "city").Should().Be(City);
        Payer.Of("city", "市", "city").GetHashCode().Should().Be(City.GetHashCode());
        City.Equals((object)District).Should().BeFalse();
        City.ToString().Should().Be("city finance (city)");
        Payer.Unassigned.ChineseName.Should().Be("未明确分担");
        FluentActions.Invoking(() => Payer.Of(" ", "市", "city")).Should().Throw<ArgumentException>().WithParameterName("id");
    }
}
