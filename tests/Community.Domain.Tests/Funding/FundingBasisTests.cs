using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using CsCheck;
using NodaTime;

namespace Community.Domain.Tests.Funding;

public class FundingBasisTests
{
    private static readonly LocalDate In2012 = new(2012, 6, 30);

    // The unnamed city attached to a test city, and Xiantao's self-governance fund at 1000 a hundred households.
    private static readonly Jurisdiction Province = Jurisdiction.Province(JurisdictionCode.Of(990000), "测试省", "Test Province");
    private static readonly Jurisdiction City = Jurisdiction.Below(Province.Code, JurisdictionCode.Of(990100), "某市", "Unnamed City", JurisdictionLevel.City);

    private static readonly PolicyCatalog Catalog = CreateCatalog();
    private static readonly FundingEvaluator Evaluator = new(Catalog);

    private static PolicyCatalog CreateCatalog()
    {
        var builder = BuiltInCatalog.Instance.ToBuilder().AddJurisdiction(Province).AddJurisdiction(City);
        foreach (var version in FundingPolicies.UnnamedCityAt(City.Code, EffectivePeriod.Always))
        {
            builder.Add(version);
        }

        return builder
            .Add(FundingPolicies.XiantaoSelfGovernanceFundAt(KnownJurisdictions.Xiantao.Code, EffectivePeriod.Always, Money.FromYuan(1000)))
            .Build();
    }

    [Fact]
    public void StaffFunds_84Workers_Are1512000()
    {
        var amount = Evaluator.Amount(FundingKinds.StaffFunds, City.Code, In2012, FundedUnits.Of(Population.Of(5000), workers: 84));

        amount.Annual.Should().Be(Money.FromYuan(1_512_000));
        amount.Basis.Should().Be(FundingBasis.PerWorker);
        amount.Units.Should().Be(84);
        amount.RuleId.Should().Be(RuleId.Fun02);
        amount.IsRange.Should().BeFalse();
    }

    [Theory]
    [InlineData("staff", "workers")]
    [InlineData("branch", "partyBranches")]
    [InlineData("self-governance", "households")]
    public void AFundCountedOnSomethingNotGiven_IsRefusedNamingIt_NeverZero(string fund, string missing)
    {
        var (kind, jurisdiction) = fund switch
        {
            "staff" => (FundingKinds.StaffFunds, City.Code),
            "branch" => (FundingKinds.PartyBranchFunds, City.Code),
            _ => (FundingKinds.SelfGovernanceFunds, KnownJurisdictions.Xiantao.Code),
        };
        var units = FundedUnits.Of(Population.Of(5000));

        FluentActions.Invoking(() => Evaluator.Amount(kind, jurisdiction, In2012, units))
            .Should().Throw<ArgumentException>().WithParameterName("units").WithMessage($"units gives no {missing}, which the *");
        FluentActions.Invoking(() => Evaluator.ExplainAmount(kind, jurisdiction, In2012, units))
            .Should().Throw<ArgumentException>().WithParameterName("units");
        FluentActions.Invoking(() => Evaluator.TryAmount(kind, jurisdiction, In2012, units, out _))
            .Should().Throw<ArgumentException>("a count left out is the caller's mistake, not an absent policy").WithParameterName("units");
    }

    [Fact]
    public void ZeroWorkersGiven_CostNothing_BecauseZeroWasSaid()
    {
        var amount = Evaluator.Amount(FundingKinds.StaffFunds, City.Code, In2012, FundedUnits.Of(Population.Of(5000), workers: 0));

        amount.Annual.Should().Be(Money.Zero);
        FundedUnits.Of(Population.Of(5000)).Workers.Should().BeNull();
        FundedUnits.Of(Population.Of(5000), workers: 0).Workers.Should().Be(0);
    }

    [Fact]
    public void WorkFunds_UnnamedCity_AreARangeNeverANumberWithinIt()
    {
        var amount = Evaluator.Amount(FundingKinds.WorkFunds, City.Code, In2012, Population.Of(8000));

        amount.IsRange.Should().BeTrue();
        amount.Annual.Should().Be(Money.FromYuan(30000));
        amount.AnnualMaximum.Should().Be(Money.FromYuan(50000));
        amount.ToString().Should().Be("30000.00 CNY to 50000.00 CNY a year (FUN-02, a range)");

        // 18 communities: 540000 to 900000 in all; the source's 890000 lies within.
        var all = Enumerable.Repeat(amount, 18).ToList();
        all.Aggregate(Money.Zero, (s, a) => s + a.Annual).Should().Be(Money.FromYuan(540_000));
        all.Aggregate(Money.Zero, (s, a) => s + a.AnnualMaximum).Should().Be(Money.FromYuan(900_000));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1000)]
    [InlineData(3, 3000)]
    public void PartyBranchFunds_AreCountedPerBranch(int branches, decimal yuan)
    {
        var amount = Evaluator.Amount(FundingKinds.PartyBranchFunds, City.Code, In2012, FundedUnits.Of(Population.Of(100), partyBranches: branches));

        amount.Annual.Should().Be(Money.FromYuan(yuan));
        amount.RuleId.Should().Be(RuleId.Fun05);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(100, 1000)]
    [InlineData(250, 2500)]
    [InlineData(2601, 26010)]
    public void SelfGovernanceFund_IsInProportionToHouseholds(int households, decimal yuan)
    {
        var community = CommunityProfile.Create(KnownJurisdictions.Xiantao.Code, "干河社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(8000), HouseholdCount.Of(households));

        var amount = Evaluator.Amount(FundingKinds.SelfGovernanceFunds, KnownJurisdictions.Xiantao.Code, In2012, FundedUnits.For(community));

        amount.Annual.Should().Be(Money.FromYuan(yuan));
        amount.Units.Should().Be(households / 100m);
        amount.RuleId.Should().Be(RuleId.Fun04);
    }

    [Fact]
    public void SelfGovernanceFund_AShareOfAFen_RoundsHalfAwayFromZero()
    {
        var catalog = Catalog.ToBuilder()
            .Override(FundingPolicies.XiantaoSelfGovernanceFundAt(KnownJurisdictions.Xiantao.Code, EffectivePeriod.Always, Money.FromYuan(0.5m)))
            .Build();

        // 1 household: 0.5 × 0.01 = 0.005 → 0.01; 3 households: 0.015 → 0.02.
        new FundingEvaluator(catalog).Amount(FundingKinds.SelfGovernanceFunds, KnownJurisdictions.Xiantao.Code, In2012, FundedUnits.Of(Population.Of(1), HouseholdCount.Of(1))).Annual.Should().Be(Money.FromYuan(0.01m));
        new FundingEvaluator(catalog).Amount(FundingKinds.SelfGovernanceFunds, KnownJurisdictions.Xiantao.Code, In2012, FundedUnits.Of(Population.Of(1), HouseholdCount.Of(3))).Annual.Should().Be(Money.FromYuan(0.02m));
    }

    [Fact]
    public void PopulationOverload_OnAPolicyCountedPerWorker_ThrowsRatherThanGuess()
    {
        var act = () => Evaluator.Amount(FundingKinds.StaffFunds, City.Code, In2012, Population.Of(5000));
        var explain = () => Evaluator.ExplainAmount(FundingKinds.StaffFunds, City.Code, In2012, Population.Of(5000));

        act.Should().Throw<ArgumentException>().WithParameterName("population").WithMessage("*staff funds*FUN-02*PerWorker*FundedUnits*");
        explain.Should().Throw<ArgumentException>().WithParameterName("population");
    }

    [Fact]
    public void Explain_PerWorker_ShowsTheMultiplication()
    {
        var explained = Evaluator.ExplainAmount(FundingKinds.StaffFunds, City.Code, In2012, FundedUnits.Of(Population.Of(5000), workers: 84));

        explained.Value.Should().Be(Evaluator.Amount(FundingKinds.StaffFunds, City.Code, In2012, FundedUnits.Of(Population.Of(5000), workers: 84)));
        var explanation = explained.Explanation;
        explanation.Inputs.Select(i => i.Name).Should().Equal("population", "workers");
        explanation.Steps.Select(s => s.Kind).Should().Equal(ExplanationStepKind.Resolution, ExplanationStepKind.Band, ExplanationStepKind.Formula);
        explanation.Steps[1].English.Should().EndWith("which gives 18000.00 yuan a year per worker.");
        explanation.Steps[2].English.Should().Be("18000.00 yuan × 84 workers = 1512000.00 yuan a year.");
        explanation.Steps[2].Chinese.Should().Be("18000.00元×84人=1512000.00元。");
        explanation.Result.English.Should().Be("staff funds: 1512000.00 yuan a year");
    }

    [Fact]
    public void Explain_Range_SaysNoAmountIsChosen()
    {
        var explanation = Evaluator.ExplainAmount(FundingKinds.WorkFunds, City.Code, In2012, Population.Of(8000)).Explanation;

        explanation.Steps[^1].English.Should().Be("The source gives a range, 30000.00 to 50000.00 yuan a year for each of 1 community: 30000.00 to 50000.00 yuan a year; no amount within it is chosen.");
        explanation.Result.Chinese.Should().Be("工作经费:每年30000.00至50000.00元");
    }

    [Fact]
    public void Explain_PerHundredHouseholds_NamesTheRounding()
    {
        var explanation = Evaluator.ExplainAmount(FundingKinds.SelfGovernanceFunds, KnownJurisdictions.Xiantao.Code, In2012, FundedUnits.Of(Population.Of(8000), HouseholdCount.Of(250))).Explanation;

        explanation.Inputs.Select(i => i.English).Should().Equal("8000 residents", "250 households");
        explanation.Steps[^1].English.Should().Be("1000.00 yuan × 2.5 hundreds of households = rounded half away from zero to 0.01 yuan, 2500.00 yuan a year.");
    }

    [Fact]
    public void Explain_PerBranch_CountsBranches()
    {
        var explanation = Evaluator.ExplainAmount(FundingKinds.PartyBranchFunds, City.Code, In2012, FundedUnits.Of(Population.Of(100), partyBranches: 2)).Explanation;

        explanation.Inputs[1].Chinese.Should().Be("2个党支部");
        explanation.Steps[^1].Chinese.Should().Be("1000.00元×2个支部=2000.00元。");
    }

    [Fact]
    public void Policies_BadArguments_AreRejectedByName()
    {
        ((Action)(() => FundingPolicy.PerWorker(Money.FromYuan(-1)))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("annualPerWorker");
        ((Action)(() => FundingPolicy.PerHundredHouseholds(Money.FromYuan(-1)))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("annualPerHundred");
        ((Action)(() => FundingPolicy.PerPartyBranch(Money.FromYuan(-1)))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("annualPerBranch");
        ((Action)(() => FundingPolicy.Between(Money.FromYuan(-1), Money.FromYuan(5)))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimumAnnual");
        ((Action)(() => FundingPolicy.Between(Money.FromYuan(5), Money.FromYuan(4)))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maximumAnnual").WithMessage("*at least minimumAnnual, 5.00 CNY*");
        ((Action)(() => FundedUnits.Of(Population.Of(1), workers: -1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("workers");
        ((Action)(() => FundedUnits.Of(Population.Of(1), partyBranches: -1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("partyBranches");
        ((Action)(() => FundedUnits.For(null!))).Should().Throw<ArgumentNullException>().WithParameterName("community");
    }

    [Fact]
    public void Policies_Format()
    {
        FundingPolicies.UnnamedCityWorkFunds.ToString().Should().Be("30000.00 CNY to 50000.00 CNY a year");
        FundingPolicies.UnnamedCityWorkFunds.IsRange.Should().BeTrue();
        FundingPolicies.UnnamedCityStaffFunds.ToString().Should().StartWith("PerWorker: ");
        FundingPolicies.UnnamedCityStaffFunds.IsRange.Should().BeFalse();
        FundingPolicies.UnnamedCityPartyBranchFunds.Basis.Should().Be(FundingBasis.PerPartyBranch);
    }

    [Fact]
    public void Property_StaffFundsAddUpOverCommunities() =>
        Gen.Int[0, 30].Array[1, 40].Sample(workers =>
        {
            var each = workers.Select(w => Evaluator.Amount(FundingKinds.StaffFunds, City.Code, In2012, FundedUnits.Of(Population.Of(1), workers: w)).Annual);
            var whole = Evaluator.Amount(FundingKinds.StaffFunds, City.Code, In2012, FundedUnits.Of(Population.Of(1), workers: workers.Sum())).Annual;
            return each.Aggregate(Money.Zero, (s, m) => s + m) == whole;
        });
}
