using Community.Domain.Budgets;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Subsidies;
using CsCheck;
using NodaTime;

using Community.Domain.Tests.Funding;

namespace Community.Domain.Tests.Budgets;

public class BudgetCalculatorTests
{
    private static readonly LocalDate March2008 = new(2008, 3, 1);
    private static readonly JurisdictionCode Xinluo = KnownJurisdictions.Xinluo.Code;

    private static BudgetCommunity XinluoCommunity(int i, int residents = 6000) => BudgetCommunity.Create(
        CommunityProfile.Create(Xinluo, $"社区{i}", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(residents), HouseholdCount.Of(2000)),
        [(PayRole.Director, 1), (PayRole.DeputyDirector, 1), (PayRole.FullTimeMember, 3)]);

    private static readonly BudgetCommunity[] District = [.. Enumerable.Range(1, 45).Select(i => XinluoCommunity(i))];

    // Xinluo's pay lifted to the Fujian floors: the same multiples of the minimum wage, as pay.
    private static PolicyCatalog Reformed() => BuiltInCatalog.Instance.ToBuilder()
        .Override(PolicyVersion.Create(
            SubsidyKinds.Pay,
            Xinluo,
            EffectivePeriod.From(new LocalDate(2008, 2, 1)),
            SubsidyPolicy.Define(
                SubsidyNature.Amount,
                Rounding.Floor,
                SubsidyLine.MultipleOf(PayRole.Director, ReferenceWageKinds.MinimumWage, Rate.FromPercent(150)),
                SubsidyLine.MultipleOf(PayRole.DeputyDirector, ReferenceWageKinds.MinimumWage, Rate.FromPercent(150)),
                SubsidyLine.MultipleOf(PayRole.FullTimeMember, ReferenceWageKinds.MinimumWage, Rate.FromPercent(130))),
            RuleId.Of("REFORM-01")))
        .Build();

    [Fact]
    public void Annual_Xinluo45Communities_AsScheduled()
    {
        var budget = new BudgetCalculator(BuiltInCatalog.Instance).Annual(March2008, District);

        // Each: 700 × 12 × 2 + 500 × 12 × 3 = 34800 of pay, and 10000 of office funds (FUN-01, 6000 residents).
        budget.Communities.Should().HaveCount(45);
        budget.Communities[0].Minimum.Should().Be(Money.FromYuan(44_800));
        budget.Communities[0].Lines.Select(l => l.Item.Key).Should().Equal(
            "subsidies.pay/Director", "subsidies.pay/DeputyDirector", "subsidies.pay/FullTimeMember", "funding.office-funds");
        budget.Totals.Select(l => l.Minimum.Yuan).Should().Equal(378_000m, 378_000m, 810_000m, 450_000m);
        budget.Minimum.Should().Be(Money.FromYuan(2_016_000));
        budget.Maximum.Should().Be(budget.Minimum);
        budget.ToString().Should().Be("45 communities: 2016000.00 CNY a year");
    }

    [Fact]
    public void Annual_PayAtLeastTheFloor_CostsTheGap()
    {
        var calculator = new BudgetCalculator(BuiltInCatalog.Instance);

        var comparison = Budget.Compare(calculator.Annual(March2008, District), calculator.Annual(March2008, District, BudgetBasis.PayAtLeastTheFloor));

        comparison.MinimumDifference.Should().Be(Money.FromYuan(557_820));
        comparison.Changes.Select(c => (c.Item.Key, c.MinimumDifference.Yuan)).Should().Equal(
            ("subsidies.pay/Director", 45 * 155m * 12),
            ("subsidies.pay/DeputyDirector", 45 * 155m * 12),
            ("subsidies.pay/FullTimeMember", 45 * 3 * 241m * 12),
            ("funding.office-funds", 0m));
    }

    [Fact]
    public void Compare_AReformCatalog_ItemByItem_WithoutTouchingTheBuiltIn()
    {
        var before = new BudgetCalculator(BuiltInCatalog.Instance).Annual(March2008, District);
        var after = new BudgetCalculator(Reformed()).Annual(March2008, District);

        var comparison = Budget.Compare(before, after);

        comparison.MinimumDifference.Should().Be(Money.FromYuan(557_820));
        comparison.Changes[0].ToString().Should().Be("pay of director: 378000.00 CNY → 461700.00 CNY (+83700.00 CNY)");
        comparison.ToString().Should().Be("2016000.00 CNY → 2573820.00 CNY a year (+557820.00 CNY)");
        new SubsidyEvaluator(BuiltInCatalog.Instance).Amount(SubsidyKinds.Pay, Xinluo, March2008, PayRole.Director).Monthly.Should().Be(Money.FromYuan(700));
    }

    [Fact]
    public void Annual_RangeFunds_StayARange_AndItemsMissingOnOneSideCompare()
    {
        var city = UnnamedCityFunding.City;
        var builder = UnnamedCityFunding.Builder();

        var communities = Enumerable.Range(1, 18).Select(i => BudgetCommunity.Create(
            CommunityProfile.Create(city.Code, $"社区{i}", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(4000), HouseholdCount.Of(1200)),
            [(PayRole.GridWorker, 2)],
            workers: i <= 12 ? 5 : 4,
            partyBranches: 1)).ToList();

        var budget = new BudgetCalculator(builder.Build()).Annual(new LocalDate(2012, 6, 30), communities);

        budget.Totals.Single(l => l.Item.Key == "funding.work-funds").Should().Be(new BudgetLine(BudgetItem.Funds(FundingKinds.WorkFunds), Money.FromYuan(540_000), Money.FromYuan(900_000)));
        budget.Totals.Single(l => l.Item.Key == "funding.staff-funds").Minimum.Should().Be(Money.FromYuan(1_512_000));
        budget.Totals.Single(l => l.Item.Key == "funding.party-branch-funds").Minimum.Should().Be(Money.FromYuan(18_000));
        budget.Communities[0].UnpaidPosts.Should().Equal(PayRole.GridWorker);
        budget.Communities[0].ToString().Should().Be("社区1: 129000.00 CNY to 149000.00 CNY a year"); // 5 workers, FUN-01 inherited from Fujian, a work-funds range, a branch
        budget.Maximum.Should().Be(budget.Minimum + Money.FromYuan(360_000));

        var comparison = Budget.Compare(new BudgetCalculator(BuiltInCatalog.Instance).Annual(March2008, [District[0]]), budget);
        comparison.Changes.Single(c => c.Item.Key == "subsidies.pay/Director").After.Should().BeNull();
        comparison.Changes.Single(c => c.Item.Key == "funding.work-funds").Before.Should().BeNull();
        comparison.Changes.Single(c => c.Item.Key == "funding.work-funds").MaximumDifference.Should().Be(Money.FromYuan(900_000));
    }

    [Fact]
    public void Annual_FundsCountedOnWhatACommunityDidNotGive_AreListedAsNotCosted_NeverCostedAtZero()
    {
        var city = UnnamedCityFunding.City;
        var builder = UnnamedCityFunding.Builder();

        var profile = CommunityProfile.Create(city.Code, "社区1", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(4000), HouseholdCount.Of(1200));
        var calculator = new BudgetCalculator(builder.Build());
        var counted = calculator.Annual(new LocalDate(2012, 6, 30), [BudgetCommunity.Create(profile, [], workers: 5, partyBranches: 1)]);
        var uncounted = calculator.Annual(new LocalDate(2012, 6, 30), [BudgetCommunity.Create(profile, [])]);

        counted.IsComplete.Should().BeTrue();
        counted.Communities[0].NotCosted.Should().BeEmpty();
        uncounted.IsComplete.Should().BeFalse();
        uncounted.Communities[0].NotCosted.Select(i => i.Item.Key).Should().Equal("funding.staff-funds", "funding.party-branch-funds");
        uncounted.Communities[0].NotCosted[0].English.Should().Be("not costed: the community gives no number of workers, which the staff funds in force (FUN-02) counts per worker");
        uncounted.Communities[0].NotCosted[0].Chinese.Should().StartWith("未测算：社区未给出工作人员人数");
        uncounted.Communities[0].NotCosted[0].ToString().Should().StartWith(uncounted.Communities[0].NotCosted[0].Item.English + ": not costed");
        uncounted.Totals.Select(l => l.Item.Key).Should().NotContain(["funding.staff-funds", "funding.party-branch-funds"], "a fund not costed is not in the totals at 0");
        uncounted.Minimum.Should().Be(counted.Minimum - Money.FromYuan(5 * 18_000 + 1_000));

        var mixed = calculator.Annual(new LocalDate(2012, 6, 30), [BudgetCommunity.Create(profile, [], workers: 5, partyBranches: 1), BudgetCommunity.Create(profile, [])]);
        mixed.IsComplete.Should().BeFalse("one community of two leaves funds out");
        mixed.ToString().Should().Be($"2 communities: {mixed.Minimum} to {mixed.Maximum} a year");
        FluentActions.Invoking(() => BudgetCommunity.Create(profile, [], partyBranches: -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("partyBranches");
        FluentActions.Invoking(() => BudgetCommunity.Create(profile, [], workers: -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("workers");
    }

    [Fact]
    public void Annual_UnknownJurisdiction_NamesTheCommunityByIndex()
    {
        var stranger = BudgetCommunity.Create(CommunityProfile.Create(JurisdictionCode.Of(990100), "某社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(100), HouseholdCount.Of(10)), []);

        FluentActions.Invoking(() => new BudgetCalculator(BuiltInCatalog.Instance).Annual(March2008, [District[0], stranger]))
            .Should().Throw<ArgumentException>().WithParameterName("communities[1].Community.Jurisdiction").WithMessage("communities[1].Community.Jurisdiction is 990100, which this catalog does not know*");
        FluentActions.Invoking(() => new BudgetCalculator(BuiltInCatalog.Instance).ExplainCommunity(March2008, stranger))
            .Should().Throw<ArgumentException>().WithParameterName("community.Community.Jurisdiction");
    }

    [Fact]
    public void Calculator_WithChosenFunds_CostsOnlyThose()
    {
        var budget = new BudgetCalculator(BuiltInCatalog.Instance, []).Annual(March2008, [District[0]]);

        budget.Totals.Select(l => l.Item.Key).Should().NotContain("funding.office-funds");
        budget.Minimum.Should().Be(Money.FromYuan(34_800));
    }

    [Fact]
    public void BadInput_IsRejectedByName()
    {
        var profile = District[0].Community;
        ((Action)(() => BudgetCommunity.Create(null!, []))).Should().Throw<ArgumentNullException>().WithParameterName("community");
        ((Action)(() => BudgetCommunity.Create(profile, null!))).Should().Throw<ArgumentNullException>().WithParameterName("posts");
        ((Action)(() => BudgetCommunity.Create(profile, [(PayRole.Director, -1)]))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("posts[0].People");
        ((Action)(() => BudgetCommunity.Create(profile, [(PayRole.Director, 1), ((PayRole)99, 1)]))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("posts[1].Role");
        ((Action)(() => BudgetCommunity.Create(profile, [(PayRole.Director, 1), (PayRole.Director, 2)]))).Should().Throw<ArgumentException>().WithParameterName("posts[1].Role").WithMessage("posts[1].Role is Director, already given by posts[0]*");
        ((Action)(() => BudgetCommunity.Create(profile, [], workers: -1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("workers");
        ((Action)(() => _ = new BudgetCalculator(null!))).Should().Throw<ArgumentNullException>().WithParameterName("catalog");
        ((Action)(() => _ = new BudgetCalculator(BuiltInCatalog.Instance, null!))).Should().Throw<ArgumentNullException>().WithParameterName("funds");
        ((Action)(() => _ = new BudgetCalculator(BuiltInCatalog.Instance, [null!]))).Should().Throw<ArgumentNullException>().WithParameterName("funds[0]");
        var calculator = new BudgetCalculator(BuiltInCatalog.Instance);
        ((Action)(() => calculator.Annual(March2008, null!))).Should().Throw<ArgumentNullException>().WithParameterName("communities");
        ((Action)(() => calculator.Annual(March2008, [null!]))).Should().Throw<ArgumentNullException>().WithParameterName("communities[0]");
        ((Action)(() => calculator.Annual(March2008, [], (BudgetBasis)9))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("basis");
        ((Action)(() => Budget.Compare(null!, calculator.Annual(March2008, [])))).Should().Throw<ArgumentNullException>().WithParameterName("before");
        ((Action)(() => Budget.Compare(calculator.Annual(March2008, []), null!))).Should().Throw<ArgumentNullException>().WithParameterName("after");
    }

    [Fact]
    public void Property_CostsAddUpOverCommunities() =>
        Gen.Select(Gen.Int[2000, 20_000].Array[0, 12], Gen.Int[2000, 20_000].Array[0, 12]).Sample((left, right) =>
        {
            var calculator = new BudgetCalculator(BuiltInCatalog.Instance);
            var a = left.Select((p, i) => XinluoCommunity(i, p)).ToList();
            var b = right.Select((p, i) => XinluoCommunity(100 + i, p)).ToList();
            var whole = calculator.Annual(March2008, a.Concat(b));
            return whole.Minimum == calculator.Annual(March2008, a).Minimum + calculator.Annual(March2008, b).Minimum
                && whole.Minimum == whole.Communities.Aggregate(Money.Zero, (s, c) => s + c.Minimum)
                && whole.Minimum == whole.Totals.Aggregate(Money.Zero, (s, l) => s + l.Minimum);
        });

    [Fact]
    public void Property_ARaisedFloorNeverLowersTheCostOfComplying() =>
        Gen.Select(Gen.Int[0, 300], Gen.Int[0, 300]).Sample((directorRaise, memberRaise) =>
        {
            var raised = BuiltInCatalog.Instance.ToBuilder()
                .Override(PolicyVersion.Create(SubsidyKinds.Floor, KnownJurisdictions.Fujian.Code, EffectivePeriod.Always, SubsidyPolicy.Floors(
                    SubsidyLine.MultipleOf(PayRole.Director, ReferenceWageKinds.MinimumWage, Rate.FromPercent(150 + directorRaise)),
                    SubsidyLine.MultipleOf(PayRole.DeputyDirector, ReferenceWageKinds.MinimumWage, Rate.FromPercent(150 + directorRaise)),
                    SubsidyLine.MultipleOf(PayRole.FullTimeMember, ReferenceWageKinds.MinimumWage, Rate.FromPercent(130 + memberRaise))), RuleId.Sub01))
                .Build();
            var communities = District.Take(3).ToList();
            var before = new BudgetCalculator(BuiltInCatalog.Instance).Annual(March2008, communities, BudgetBasis.PayAtLeastTheFloor);
            var after = new BudgetCalculator(raised).Annual(March2008, communities, BudgetBasis.PayAtLeastTheFloor);
            return Budget.Compare(before, after).Changes.All(c => !c.MinimumDifference.IsNegative);
        });

    [Fact]
    public void ExplainCommunity_ExplainsEveryFigure()
    {
        var calculator = new BudgetCalculator(BuiltInCatalog.Instance);

        var (budget, explanations) = calculator.ExplainCommunity(March2008, District[0], BudgetBasis.PayAtLeastTheFloor);

        budget.Minimum.Should().Be(calculator.Annual(March2008, [District[0]], BudgetBasis.PayAtLeastTheFloor).Minimum);
        explanations.Select(e => e.RuleId.Value).Should().Equal("SUB-02", "SUB-01", "SUB-02", "SUB-01", "SUB-02", "SUB-01", "FUN-01");
        calculator.ExplainCommunity(March2008, District[0]).Explanations.Select(e => e.RuleId.Value).Should().Equal("SUB-02", "SUB-02", "SUB-02", "FUN-01");
        ((Action)(() => calculator.ExplainCommunity(March2008, null!))).Should().Throw<ArgumentNullException>().WithParameterName("community");
        ((Action)(() => calculator.ExplainCommunity(March2008, District[0], (BudgetBasis)9))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("basis");
    }
}
