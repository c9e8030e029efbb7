using Community.Domain.Budgets;
using Community.Domain.BuiltIn;
using Community.Domain.Communities;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Subsidies;
using NodaTime;

namespace Community.Domain.Tests.Budgets;

public class CostSharingTests
{
    private static readonly LocalDate AsOf = new(2024, 1, 1);
    private static readonly Jurisdiction City = Jurisdiction.Below(KnownJurisdictions.Anhui.Code, JurisdictionCode.Of(340900), "测试市", "Test City", JurisdictionLevel.City);
    private static readonly Payer CityFinance = Payer.Of("city", "市级财政", "city finance");
    private static readonly Payer DistrictFinance = Payer.Of("district", "区级财政", "district finance");

    // Work funds of 30000 a community a year, shared city 6 : district 4, not for village-converted communities;
    // a member's pay of 2000 a month shared half and half.
    private static readonly PolicyCatalog Catalog = BuiltInCatalog.Instance.ToBuilder()
        .AddJurisdiction(City)
        .Add(FundingKinds.WorkFunds, City.Code, EffectivePeriod.Always,
            FundingPolicy.Fixed(Money.FromYuan(30000)).WithCostShare(CostShare.Ratio((CityFinance, 6), (DistrictFinance, 4))).Excluding(CommunityKind.VillageConverted),
            RuleId.Of("TC-FUN-01"))
        .Add(SubsidyKinds.Pay, City.Code, EffectivePeriod.Always,
            SubsidyPolicy.Amounts(SubsidyLine.Fixed(PayRole.FullTimeMember, Money.FromYuan(2000))).WithCostShare(CostShare.Ratio((CityFinance, 1), (DistrictFinance, 1))),
            RuleId.Of("TC-SUB-02"))
        .Build();

    private static CommunityProfile Community(CommunityKind kind, string name = "测试社区") =>
        CommunityProfile.Create(City.Code, name, kind, CommunitySetting.Urban, Population.Of(6000), HouseholdCount.Of(2000));

    [Fact]
    public void Budget_ReportsEachPayersPart()
    {
        var calculator = new BudgetCalculator(Catalog, [FundingKinds.WorkFunds]);

        var budget = calculator.Annual(AsOf, [BudgetCommunity.Create(Community(CommunityKind.PureResidential), [(PayRole.FullTimeMember, 3)])]);

        // Funds 30000: city 18000, district 12000. Pay 3 × 24000 = 72000: 36000 each.
        budget.Minimum.Should().Be(Money.FromYuan(102000));
        budget.ByPayer.Should().Equal(
            new PayerAmount(CityFinance, Money.FromYuan(54000), Money.FromYuan(54000)),
            new PayerAmount(DistrictFinance, Money.FromYuan(48000), Money.FromYuan(48000)));
        budget.Communities[0].ByPayer.Should().Equal(budget.ByPayer);
    }

    [Fact]
    public void Budget_CostsNoPolicyShares_AreUnassigned()
    {
        var calculator = new BudgetCalculator(BuiltInCatalog.Instance, [FundingKinds.WorkFunds]);
        var shashi = CommunityProfile.Create(KnownJurisdictions.Shashi.Code, "某社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(6000), HouseholdCount.Of(2000));

        var budget = calculator.Annual(new LocalDate(2008, 6, 30), [BudgetCommunity.Create(shashi, [])]);

        budget.ByPayer.Should().ContainSingle().Which.Payer.Should().Be(Payer.Unassigned);
        budget.ByPayer[0].Minimum.Should().Be(budget.Minimum);
    }

    [Fact]
    public void Funding_ExcludedKindOfCommunity_GetsNothing()
    {
        var evaluator = new FundingEvaluator(Catalog);

        var excluded = evaluator.Amount(FundingKinds.WorkFunds, City.Code, AsOf, FundedUnits.For(Community(CommunityKind.VillageConverted)));
        var funded = evaluator.Amount(FundingKinds.WorkFunds, City.Code, AsOf, FundedUnits.For(Community(CommunityKind.PureResidential)));

        excluded.IsExcluded.Should().BeTrue();
        excluded.Annual.Should().Be(Money.Zero);
        excluded.ToString().Should().Be("0.00 CNY a year (TC-FUN-01, kind of community excluded)");
        funded.IsExcluded.Should().BeFalse();
        funded.Annual.Should().Be(Money.FromYuan(30000));
        funded.CostShare!.ToString().Should().Be("city 6 : district 4");
        evaluator.Amount(FundingKinds.WorkFunds, City.Code, AsOf, Population.Of(6000)).Annual.Should().Be(Money.FromYuan(30000), "units without a kind match no exclusion");
    }

    [Fact]
    public void Funding_ExcludedKind_IsExplained()
    {
        var explained = new FundingEvaluator(Catalog).ExplainAmount(FundingKinds.WorkFunds, City.Code, AsOf, FundedUnits.For(Community(CommunityKind.VillageConverted)));

        explained.Explanation.Steps.Select(s => s.Chinese).Should().Contain("不符合:本项经费不适用于村改居社区,金额为零。");
        explained.Explanation.Steps.Select(s => s.English).Should().Contain("Fails: the policy does not fund village-converted communities, so the amount is zero.");
    }

    [Fact]
    public void Budget_ExcludedCommunity_HasNoFundsCost()
    {
        var calculator = new BudgetCalculator(Catalog, [FundingKinds.WorkFunds]);

        var budget = calculator.Annual(AsOf, [BudgetCommunity.Create(Community(CommunityKind.VillageConverted), [])]);

        budget.Minimum.Should().Be(Money.Zero);
    }

    [Fact]
    public void Policies_DescribeTheirShareAndExclusions()
    {
        FundingPolicy.Fixed(Money.FromYuan(100)).Excluding(CommunityKind.VillageConverted, CommunityKind.VillageConverted).ExcludedKinds.Should().Equal(CommunityKind.VillageConverted);
        FundingPolicy.Fixed(Money.FromYuan(100)).Funds(CommunityKind.Town).Should().BeTrue();
        Catalog.Resolve(FundingKinds.WorkFunds, City.Code, AsOf).Policy.ToString().Should().EndWith("; not for VillageConverted; shared city 6 : district 4");
        Catalog.Resolve(SubsidyKinds.Pay, City.Code, AsOf).Policy.ToString().Should().EndWith("; shared city 1 : district 1");
        FluentActions.Invoking(() => FundingPolicy.Fixed(Money.FromYuan(100)).Excluding((CommunityKind)9)).Should().Throw<ArgumentException>().WithParameterName("kinds");
        FluentActions.Invoking(() => FundingPolicy.Fixed(Money.FromYuan(100)).WithCostShare(null!)).Should().Throw<ArgumentNullException>().WithParameterName("share");
        FluentActions.Invoking(() => SubsidyPolicy.Amounts(SubsidyLine.Fixed(PayRole.Director, Money.FromYuan(1))).WithCostShare(null!)).Should().Throw<ArgumentNullException>().WithParameterName("share");
        new BudgetLine(BudgetItem.Funds(FundingKinds.WorkFunds), Money.FromYuan(10), Money.FromYuan(20)).ByPayer().Should().Equal(new PayerAmount(Payer.Unassigned, Money.FromYuan(10), Money.FromYuan(20)));
        new PayerAmount(CityFinance, Money.FromYuan(1), Money.FromYuan(2)).ToString().Should().Be("city finance (city): 1.00 CNY to 2.00 CNY");
        FluentActions.Invoking(() => new PayerAmount(null!, Money.Zero, Money.Zero)).Should().Throw<ArgumentNullException>().WithParameterName("payer");
    }
}
