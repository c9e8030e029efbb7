using Community.Domain.Budgets;
using Community.Domain.Explanations;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Premises;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Subsidies;

namespace Community.Domain.Tests.Explanations;

/// <summary>Pins the names and phrases explanations are made of, in both languages, one by one.</summary>
public class PhraseTests
{
    [Theory]
    [InlineData(PayRole.Secretary, "secretary", "书记")]
    [InlineData(PayRole.DeputySecretary, "deputy secretary", "副书记")]
    [InlineData(PayRole.Director, "director", "主任")]
    [InlineData(PayRole.DeputyDirector, "deputy director", "副主任")]
    [InlineData(PayRole.FullTimeMember, "full-time member", "专职委员")]
    [InlineData(PayRole.PartTimeMember, "part-time member", "兼职委员")]
    [InlineData(PayRole.CommunityWorker, "community worker", "社区工作者")]
    [InlineData(PayRole.GridWorker, "grid worker", "网格员")]
    [InlineData(PayRole.PublicWelfarePost, "public-welfare post", "公益性岗位")]
    [InlineData(PayRole.SpecialistPost, "specialist post", "专职专干")]
    public void EveryPost_IsNamedInBothLanguages(PayRole role, string english, string chinese)
    {
        SubsidyText.Role(role, ExplanationLanguage.English).Should().Be(english);
        SubsidyText.Role(role, ExplanationLanguage.Chinese).Should().Be(chinese);
        var item = BudgetItem.Pay(role);
        (item.Key, item.English, item.Chinese, item.Role).Should().Be(("subsidies.pay/" + role, "pay of " + english, chinese + "待遇", (PayRole?)role));
    }

    [Theory]
    [InlineData(Facility.ServiceCentre, "a service centre", "社区服务中心")]
    [InlineData(Facility.HealthStation, "a health station", "卫生服务站")]
    [InlineData(Facility.PoliceRoom, "a police room", "警务室")]
    [InlineData(Facility.ReadingRoom, "a reading room", "文化阅览室")]
    [InlineData(Facility.FitnessVenue, "a fitness venue", "体育健身场所")]
    [InlineData(Facility.Parking, "parking", "停车场")]
    public void EveryFacility_IsNamedInBothLanguages(Facility facility, string english, string chinese)
    {
        PremisesText.Facility(facility, ExplanationLanguage.English).Should().Be(english);
        PremisesText.Facility(facility, ExplanationLanguage.Chinese).Should().Be(chinese);
    }

    [Theory]
    [InlineData(FundingBasis.PerCommunity, "1000.00 yuan a year", "每年1000.00元")]
    [InlineData(FundingBasis.PerWorker, "1000.00 yuan a year per worker", "每人每年1000.00元")]
    [InlineData(FundingBasis.PerHundredHouseholds, "1000.00 yuan a year per 100 households", "每百户每年1000.00元")]
    [InlineData(FundingBasis.PerPartyBranch, "1000.00 yuan a year per party branch", "每个党支部每年1000.00元")]
    public void EveryFundingBasis_NamesItsUnit(FundingBasis basis, string english, string chinese)
    {
        var perUnit = FundingText.PerUnit(basis);

        perUnit(Money.FromYuan(1000), ExplanationLanguage.English).Should().Be(english);
        perUnit(Money.FromYuan(1000), ExplanationLanguage.Chinese).Should().Be(chinese);
    }

    [Theory]
    [InlineData(FundingBasis.PerWorker, "7 workers", "7名工作人员")]
    [InlineData(FundingBasis.PerHundredHouseholds, "250 households", "250户")]
    [InlineData(FundingBasis.PerPartyBranch, "2 party branches", "2个党支部")]
    public void EveryCountedUnit_IsAnInput(FundingBasis basis, string english, string chinese)
    {
        var input = FundingText.UnitsInput(basis, FundedUnits.Of(Population.Of(1000), HouseholdCount.Of(250), workers: 7, partyBranches: 2))!;

        (input.English, input.Chinese).Should().Be((english, chinese));
        FundingText.UnitsInput(FundingBasis.PerCommunity, FundedUnits.Of(Population.Of(1))).Should().BeNull();
    }

    [Fact]
    public void Formula_PerHundredHouseholds_StatesTheRoundingInBothLanguages()
    {
        var policy = FundingPolicy.PerHundredHouseholds(Money.FromYuan(1000));
        var amount = new FundingAmount(Money.FromYuan(2500), Money.FromYuan(2500), FundingBasis.PerHundredHouseholds, 2.5m, default, 0, false);

        var step = FundingText.Formula(policy, amount.Annual, amount, Money.FromYuan(1000));

        step.English.Should().Be("1000.00 yuan × 2.5 hundreds of households = rounded half away from zero to 0.01 yuan, 2500.00 yuan a year.");
        step.Chinese.Should().Be("1000.00元×2.5个百户=2500.00元(四舍五入到0.01元)。");
        FundingText.Formula(FundingPolicy.Fixed(Money.FromYuan(5)), Money.FromYuan(5), new FundingAmount(Money.FromYuan(5), Money.FromYuan(5), FundingBasis.PerCommunity, 1m, default, 0, false), Money.FromYuan(5))
            .English.Should().Be("5.00 yuan × 1 community = 5.00 yuan a year.");
    }

    [Fact]
    public void Rounding_OfAnAmountHalfAway_NamesItsMode()
    {
        var catalog = PolicyCatalog.CreateBuilder()
            .AddJurisdiction(KnownJurisdictions.China)
            .AddJurisdiction(KnownJurisdictions.Fujian)
            .Add(ReferenceWageKinds.MinimumWage, KnownJurisdictions.Fujian.Code, EffectivePeriod.Always, ReferenceWage.PerMonth(Money.FromYuan(1234.57m)), RuleId.Of("TEST-01"))
            .Add(SubsidyKinds.Pay, KnownJurisdictions.Fujian.Code, EffectivePeriod.Always,
                SubsidyPolicy.Amounts(SubsidyLine.MultipleOf(PayRole.FullTimeMember, ReferenceWageKinds.MinimumWage, Rate.FromPercent(130))), RuleId.Of("TEST-01"))
            .Build();

        var explanation = new SubsidyEvaluator(catalog).ExplainAmount(SubsidyKinds.Pay, KnownJurisdictions.Fujian.Code, new NodaTime.LocalDate(2020, 1, 1), PayRole.FullTimeMember).Explanation;

        explanation.Steps[^1].English.Should().Be("Rounded to 0.01 yuan (HalfAwayFromZero): 1604.94 yuan a month.");
        explanation.Steps[^1].Chinese.Should().Be("按0.01元取整(HalfAwayFromZero):每月1604.94元。");
        explanation.Steps[^2].English.Should().Be("The amount for a full-time member is 130% of the minimum wage, 1234.57 yuan a month: 1234.57 yuan × 130% = 1604.941 yuan.");
    }
}
