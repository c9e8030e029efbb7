using System.Text.RegularExpressions;
using Community.Domain.BuiltIn;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Subsidies;
using NodaTime;

namespace Community.Domain.Tests.Subsidies;

public partial class AnnualAmountTests
{
    private static readonly LocalDate AsOf = new(2024, 1, 1);
    private static readonly Jurisdiction Province = TestPlaces.Province;

    private static SubsidyEvaluator Evaluator(ReferenceWage minimum, ReferenceWage average) => new(BuiltInCatalog.Instance.ToBuilder()
        .AddJurisdiction(Province)
        .Add(ReferenceWageKinds.MinimumWage, Province.Code, EffectivePeriod.Always, minimum, RuleId.Of("TP-WAG-01"))
        .Add(ReferenceWageKinds.AverageSocialWage, Province.Code, EffectivePeriod.Always, average, RuleId.Of("TP-WAG-02"))
        .Add(SubsidyKinds.Floor, Province.Code, EffectivePeriod.Always, SubsidyPolicy.Floors(
            SubsidyLine.MultipleOf(PayRole.FullTimeMember, ReferenceWageKinds.MinimumWage, Rate.FromPercent(130)),
            SubsidyLine.MultipleOf(PayRole.CommunityWorker, ReferenceWageKinds.AverageSocialWage, Rate.FromPercent(60))), RuleId.Of("TP-SUB-01"))
        .Build());

    [GeneratedRegex(@"\d\.\d{5,}")]
    private static partial Regex RawDecimal();

    [Fact]
    public void Annual_IsComputedFromTheYearlyBaseAndRoundedOnce_NotTheRoundedMonthTimesTwelve()
    {
        // 1234.57 × 130% = 1604.941 a month, rounded up to 1604.95; a year: 1234.57 × 12 × 130% = 19259.292, rounded up to 19259.30
        // (the rounded month times twelve would be 19259.40, 0.10 too much).
        var amount = Evaluator(ReferenceWage.PerMonth(Money.FromYuan(1234.57m)), ReferenceWage.PerYear(Money.FromYuan(60000))).Amount(SubsidyKinds.Floor, Province.Code, AsOf, PayRole.FullTimeMember);

        amount.Monthly.Should().Be(Money.FromYuan(1604.95m));
        amount.Annual.Should().Be(Money.FromYuan(19259.30m));
    }

    [Fact]
    public void WageStatedPerYear_GivesTheYearExactlyAndTheMonthRoundedOnce()
    {
        // 61234 a year × 60% = 36740.40 a year; a month: 61234 / 12 × 60% = 3061.7, rounded up to 3061.70.
        var evaluator = Evaluator(ReferenceWage.PerMonth(Money.FromYuan(1000)), ReferenceWage.PerYear(Money.FromYuan(61234)));

        var amount = evaluator.Amount(SubsidyKinds.Floor, Province.Code, AsOf, PayRole.CommunityWorker);

        amount.Annual.Should().Be(Money.FromYuan(36740.40m));
        amount.Monthly.Should().Be(Money.FromYuan(3061.70m));
    }

    [Fact]
    public void GapAndBudget_UseTheYearlyFloor()
    {
        var evaluator = Evaluator(ReferenceWage.PerMonth(Money.FromYuan(1234.57m)), ReferenceWage.PerYear(Money.FromYuan(60000)));

        var gap = evaluator.Gap(Province.Code, AsOf, PayRole.FullTimeMember, Money.FromYuan(1600));

        gap.ShortfallMonthly.Should().Be(Money.FromYuan(4.95m));
        gap.ShortfallAnnual.Should().Be(Money.FromYuan(59.30m), "19259.30 a year less 12 × 1600");
        evaluator.Gap(Province.Code, AsOf, PayRole.FullTimeMember, Money.FromYuan(1700)).ShortfallAnnual.Should().Be(Money.Zero);
    }

    [Fact]
    public void Explanation_PrintsAmountsToFourDecimalsAtMost()
    {
        // 100000 a year is 8333.333… a month: printed as ≈8333.3333, never as a 28-digit decimal.
        var evaluator = Evaluator(ReferenceWage.PerMonth(Money.FromYuan(1000)), ReferenceWage.PerYear(Money.FromYuan(100000)));

        var explained = evaluator.ExplainAmount(SubsidyKinds.Floor, Province.Code, AsOf, PayRole.CommunityWorker);

        var texts = explained.Explanation.Steps.SelectMany(s => new[] { s.English, s.Chinese }).Append(explained.Explanation.Result.English).ToList();
        texts.Should().NotContain(t => RawDecimal().IsMatch(t));
        texts.Should().Contain(t => t.Contains("≈8333.3333", StringComparison.Ordinal));
        explained.Value.Monthly.Should().Be(Money.FromYuan(5000m));
        explained.Value.Annual.Should().Be(Money.FromYuan(60000m));
    }

    [Fact]
    public void WageStatedPerYear_MonthIsTheYearTimesTheRateOverTwelve_SoNoRepeatingDigitRoundsUp()
    {
        // 100001 ÷ 12 is 8333.41666…; times 60% through the month it would be 5000.0500…02 and round up to 5000.06.
        // Through the year: 100001 × 60% = 60000.60, over twelve exactly 5000.05.
        var amount = Evaluator(ReferenceWage.PerMonth(Money.FromYuan(1000)), ReferenceWage.PerYear(Money.FromYuan(100001))).Amount(SubsidyKinds.Floor, Province.Code, AsOf, PayRole.CommunityWorker);

        amount.Monthly.Should().Be(Money.FromYuan(5000.05m));
        amount.Annual.Should().Be(Money.FromYuan(60000.60m));
    }

    [Fact]
    public void ReferenceWage_PerYear_StatesTheYear()
    {
        var wage = ReferenceWage.PerYear(Money.FromYuan(60000));

        wage.IsStatedPerYear.Should().BeTrue();
        wage.Annual.Should().Be(Money.FromYuan(60000));
        wage.Monthly.Should().Be(Money.FromYuan(5000));
        wage.ToString().Should().Be("60000.00 CNY a year");
        ReferenceWage.PerMonth(Money.FromYuan(500)).IsStatedPerYear.Should().BeFalse();
        ReferenceWage.PerMonth(Money.FromYuan(500)).Annual.Should().Be(Money.FromYuan(6000));
        FluentActions.Invoking(() => ReferenceWage.PerYear(Money.Zero)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("annual");
    }
}
