using Community.Domain.Budgets;
using Community.Domain.BuiltIn;
using Community.Domain.Communities;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Subsidies;
using CsCheck;
using NodaTime;

namespace Community.Domain.Tests.Budgets;

/// <summary>A budget in totals only gives exactly the sums of a budget with lines per community, allocating nothing per community.</summary>
[Collection(AllocationMeasurement.Name)]
public sealed class BudgetTotalsTests
{
    private static readonly LocalDate AsOf = new(2024, 1, 1);
    private static readonly Jurisdiction City = Jurisdiction.Below(KnownJurisdictions.Anhui.Code, JurisdictionCode.Of(340900), "测试市", "Test City", JurisdictionLevel.City);
    private static readonly Payer CityFinance = Payer.Of("city", "市级财政", "city finance");
    private static readonly Payer DistrictFinance = Payer.Of("district", "区级财政", "district finance");
    private static readonly Payer Province = Payer.Of("province", "省级财政", "provincial finance");

    // Shares that do not divide the amounts evenly, so that the per-line rounding of each payer's part matters;
    // a fund counted per worker, so that a community giving no workers leaves it uncosted; no pay for directors.
    private static readonly PolicyCatalog Catalog = BuiltInCatalog.Instance.ToBuilder()
        .AddJurisdiction(City)
        .Add(FundingKinds.WorkFunds, City.Code, EffectivePeriod.Always,
            FundingPolicy.Between(Money.FromYuan(30000.01m), Money.FromYuan(50000)).WithCostShare(CostShare.Ratio((CityFinance, 1), (DistrictFinance, 2))).Excluding(CommunityKind.VillageConverted),
            RuleId.Of("TT-FUN-01"))
        .Add(FundingKinds.StaffFunds, City.Code, EffectivePeriod.Always, FundingPolicy.PerWorker(Money.FromYuan(18000)), RuleId.Of("TT-FUN-02"))
        .Add(SubsidyKinds.Pay, City.Code, EffectivePeriod.Always,
            SubsidyPolicy.Amounts(
                SubsidyLine.Fixed(PayRole.FullTimeMember, Money.FromYuan(2000.03m)),
                SubsidyLine.Fixed(PayRole.DeputyDirector, Money.FromYuan(2333.33m))).WithCostShare(CostShare.Ratio((Province, 1), (CityFinance, 1), (DistrictFinance, 1))),
            RuleId.Of("TT-SUB-01"))
        .Build();

    private static BudgetCommunity Community(Random random, int i)
    {
        var kind = (CommunityKind)random.Next(1, 4);
        var residents = random.Next(0, 20000);
        return BudgetCommunity.Create(
        CommunityProfile.Create(City.Code, $"社区{i}", kind, kind == CommunityKind.Town ? CommunitySetting.Town : CommunitySetting.Urban, Population.Of(residents), HouseholdCount.Of(random.Next(0, (residents / 3) + 1))),
        [(PayRole.FullTimeMember, random.Next(0, 6)), (PayRole.DeputyDirector, random.Next(0, 3)), (PayRole.Director, random.Next(0, 2))],
        workers: random.Next(0, 3) == 0 ? null : random.Next(0, 12),
        partyBranches: 1);
    }

    [Fact]
    public void Totals_AreTheSumsOfTheBudgetWithLines_ForAnyCommunities()
    {
        var calculator = new BudgetCalculator(Catalog);
        Gen.Select(Gen.Int[0, 60], Gen.Int[0, 1_000_000], Gen.Bool).Sample((count, seed, floor) =>
        {
            var random = new Random(seed);
            var communities = Enumerable.Range(0, count).Select(i => Community(random, i)).ToList();
            var basis = floor ? BudgetBasis.PayAtLeastTheFloor : BudgetBasis.PayAsScheduled;

            var budget = calculator.Annual(AsOf, communities, basis);
            var totals = calculator.Totals(AsOf, communities, basis);

            totals.Communities.Should().Be(count);
            totals.Totals.Should().Equal(budget.Totals);
            totals.ByPayer.Should().Equal(budget.ByPayer);
            (totals.Minimum, totals.Maximum).Should().Be((budget.Minimum, budget.Maximum));
            totals.Incomplete.Should().Be(budget.Communities.Count(c => !c.UnpaidPosts.IsEmpty || !c.NotCosted.IsEmpty));
            totals.IsComplete.Should().Be(budget.IsComplete);
        }, iter: 60);
    }

    [Fact]
    public void XinluosDistrict_TotalsAsItsBudget_AndDescribesItself()
    {
        var communities = Enumerable.Range(0, 45).Select(i => BudgetCommunity.Create(
            CommunityProfile.Create(KnownJurisdictions.Xinluo.Code, $"社区{i}", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(4000 + (i * 100)), HouseholdCount.Of(1500)),
            [(PayRole.Director, 1), (PayRole.FullTimeMember, 3)])).ToList();
        var calculator = new BudgetCalculator(BuiltInCatalog.Instance);

        var totals = calculator.Totals(new LocalDate(2008, 3, 1), communities);
        var budget = calculator.Annual(new LocalDate(2008, 3, 1), communities);

        totals.Totals.Should().Equal(budget.Totals);
        totals.ToString().Should().Be($"45 communities: {budget.Minimum}{(budget.IsComplete ? string.Empty : $" ({totals.Incomplete} incomplete)")}");
    }

    [Fact]
    public void XinluosDistrict_PaidAtLeastTheFloors_TotalsAsItsBudget()
    {
        // Fujian's floors (855 and 741 yuan) lie above Xinluo's pay (700 and 500): the floors are paid.
        var communities = Enumerable.Range(0, 12).Select(i => BudgetCommunity.Create(
            CommunityProfile.Create(KnownJurisdictions.Xinluo.Code, $"社区{i}", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(4000 + (i * 100)), HouseholdCount.Of(1500)),
            [(PayRole.Director, 1), (PayRole.DeputyDirector, 1), (PayRole.FullTimeMember, 3)])).ToList();
        var calculator = new BudgetCalculator(BuiltInCatalog.Instance);

        var totals = calculator.Totals(new LocalDate(2008, 3, 1), communities, BudgetBasis.PayAtLeastTheFloor);
        var budget = calculator.Annual(new LocalDate(2008, 3, 1), communities, BudgetBasis.PayAtLeastTheFloor);

        totals.Totals.Should().Equal(budget.Totals);
        totals.Minimum.Should().Be(budget.Minimum);
        totals.Minimum.Should().NotBe(calculator.Totals(new LocalDate(2008, 3, 1), communities).Minimum, "the floors lie above the pay");
    }

    [Fact]
    public void ManyItemsAndPayers_AndOnePayerMadeTwice_TotalAsTheBudget()
    {
        // Nine payers in one share (more than are split on the stack), pay for eight posts and the funds
        // (more items and payers than the sums start with), and the city's finance made twice, alike.
        var payers = Enumerable.Range(1, 9).Select(i => Payer.Of($"p{i}", $"付款方{i}", $"payer {i}")).ToList();
        var cityAgain = Payer.Of("city", "市级财政", "city finance");
        var roles = new[] { PayRole.Secretary, PayRole.DeputySecretary, PayRole.Director, PayRole.DeputyDirector, PayRole.FullTimeMember, PayRole.PartTimeMember, PayRole.CommunityWorker, PayRole.GridWorker };
        var catalog = BuiltInCatalog.Instance.ToBuilder()
            .AddJurisdiction(City)
            .Add(SubsidyKinds.Pay, City.Code, EffectivePeriod.Always,
                SubsidyPolicy.Amounts(roles.Select((role, i) => SubsidyLine.Fixed(role, Money.FromYuan(1000.07m + i)))).WithCostShare(CostShare.Ratio(payers.Select((p, i) => (p, i + 1)))),
                RuleId.Of("TT-SUB-02"))
            .Add(FundingKinds.WorkFunds, City.Code, EffectivePeriod.Always, FundingPolicy.Between(Money.FromYuan(30000.01m), Money.FromYuan(50000)).WithCostShare(CostShare.Ratio((CityFinance, 1), (DistrictFinance, 2))), RuleId.Of("TT-FUN-03"))
            .Add(FundingKinds.StaffFunds, City.Code, EffectivePeriod.Always, FundingPolicy.PerWorker(Money.FromYuan(18000)).WithCostShare(CostShare.Ratio((cityAgain, 1))), RuleId.Of("TT-FUN-04"))
            .Build();
        var communities = Enumerable.Range(0, 7).Select(i => BudgetCommunity.Create(
            CommunityProfile.Create(City.Code, $"社区{i}", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(3000 + i), HouseholdCount.Of(1000)),
            roles.Select((role, r) => (role, 1 + ((i + r) % 3))), workers: 9, partyBranches: 2)).ToList();
        var calculator = new BudgetCalculator(catalog);

        var totals = calculator.Totals(AsOf, communities);
        var budget = calculator.Annual(AsOf, communities);

        totals.Totals.Should().Equal(budget.Totals);
        totals.Totals.Length.Should().BeGreaterThan(8);
        totals.ByPayer.Should().Equal(budget.ByPayer);
        totals.ByPayer.Count(p => p.Payer.Id == "city").Should().Be(1, "a payer made twice is one payer");
        totals.ByPayer.Length.Should().BeGreaterThan(9);
    }

    [Fact]
    public void TotalsBeyondTheMostAnAmountMayBe_AreRefused_NamingTheItem()
    {
        var catalog = BuiltInCatalog.Instance.ToBuilder()
            .AddJurisdiction(City)
            .Add(SubsidyKinds.Pay, City.Code, EffectivePeriod.Always, SubsidyPolicy.Amounts(SubsidyLine.Fixed(PayRole.Director, Money.FromYuan(50_000_000_000_000m))), RuleId.Of("TT-SUB-03"))
            .Build();
        var community = BudgetCommunity.Create(
            CommunityProfile.Create(City.Code, "社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(3000), HouseholdCount.Of(1000)), [(PayRole.Director, 1)]);
        var calculator = new BudgetCalculator(catalog);

        calculator.Totals(AsOf, [community]).Minimum.Should().Be(Money.FromYuan(600_000_000_000_000m), "one community is within the limit");
        FluentActions.Invoking(() => calculator.Totals(AsOf, [community, community])).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("communities")
            .WithMessage("The communities' pay of director add up to 1200000000000000 yuan, beyond ±1000000000000000 yuan, the most an amount may be; cost fewer communities at once.*");
    }

    [Fact]
    public void Totals_AllocateNothingPerCommunity()
    {
        var random = new Random(20261203);
        var few = Enumerable.Range(0, 1_000).Select(i => Community(random, i)).ToArray();
        var many = Enumerable.Range(0, 4_000).Select(i => Community(random, i)).ToArray();
        var calculator = new BudgetCalculator(Catalog);
        calculator.Totals(AsOf, few);
        calculator.Totals(AsOf, many);

        // The least of six passes: a one-off allocation of tiered compilation (on-stack replacement, delayed under a loaded machine) is not the code's.
        var forFew = long.MaxValue;
        var forMany = long.MaxValue;
        for (var pass = 0; pass < 6; pass++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            calculator.Totals(AsOf, few);
            forFew = Math.Min(forFew, GC.GetAllocatedBytesForCurrentThread() - before);
            before = GC.GetAllocatedBytesForCurrentThread();
            calculator.Totals(AsOf, many);
            forMany = Math.Min(forMany, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        (forMany - forFew).Should().BeLessThanOrEqualTo(0, "3,000 more communities cost no more memory ({0} B for 1,000, {1} B for 4,000)", forFew, forMany);
    }

    [Fact]
    public void BadCommunities_AreNamedByTheirIndex()
    {
        var calculator = new BudgetCalculator(Catalog);
        var random = new Random(1);
        var unknown = BudgetCommunity.Create(CommunityProfile.Create(JurisdictionCode.Of(990100), "无处", CommunityKind.Town, CommunitySetting.Town, Population.Of(1), HouseholdCount.Of(1)), []);

        FluentActions.Invoking(() => calculator.Totals(AsOf, [Community(random, 0), null!])).Should().Throw<ArgumentNullException>().WithParameterName("communities[1]");
        FluentActions.Invoking(() => calculator.Totals(AsOf, [Community(random, 0), unknown])).Should().Throw<ArgumentException>().WithParameterName("communities[1].Community.Jurisdiction");
        FluentActions.Invoking(() => calculator.Totals(AsOf, null!)).Should().Throw<ArgumentNullException>().WithParameterName("communities");
        FluentActions.Invoking(() => calculator.Totals(AsOf, [], (BudgetBasis)9)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("basis");
        calculator.Totals(AsOf, []).Should().Match<BudgetTotals>(t => t.Communities == 0 && t.Totals.IsEmpty && t.ByPayer.IsEmpty && t.IsComplete);
    }
}
