using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using CsCheck;
using NodaTime;

namespace Community.Domain.Tests.Committees;

public class CommitteeQuotaTests
{
    private static readonly CommitteeEvaluator Evaluator = new(BuiltInCatalog.Instance);
    private static readonly LocalDate AsOf = new(2016, 11, 22);
    private static readonly JurisdictionCode Xiantao = KnownJurisdictions.Xiantao.Code;

    // A user-defined city for the unnamed city's rule (COM-03), which names no jurisdiction.
    private static readonly Jurisdiction UnnamedCity = Jurisdiction.Below(KnownJurisdictions.Fujian.Code, JurisdictionCode.Of(350900), "某市", "An unnamed city", JurisdictionLevel.City);

    private static QuotaResult XiantaoQuota(int residents) => Evaluator.Quota(Xiantao, AsOf, Population.Of(residents));

    [Theory]
    [InlineData(0, 5, 2, 0, false)]
    [InlineData(1, 5, 2, 0, false)]
    [InlineData(4999, 5, 2, 0, false)]
    [InlineData(5000, 5, 2, 0, true)]   // COM-01: 5000 is in "5000人以下" and "5000-10000人"; the first listed wins.
    [InlineData(5001, 6, 3, 1, false)]
    [InlineData(9999, 6, 3, 1, false)]
    [InlineData(10000, 6, 3, 1, true)]  // COM-01: 10000 is in "5000-10000人" and "10000人以上"; the first listed wins.
    [InlineData(10001, 7, 4, 2, false)]
    [InlineData(2_000_000_000, 7, 4, 2, false)]
    public void Quota_Xiantao_AtEveryBoundary(int residents, int total, int partTime, int band, bool firstListedWins)
    {
        var result = XiantaoQuota(residents);

        result.Quota.Total.Should().Be(CountRange.Exactly(total));
        result.Quota.FullTime.Should().Be(CountRange.Exactly(3));
        result.Quota.PartTime.Should().Be(CountRange.Exactly(partTime));
        result.Quota.IsSplitSpecified.Should().BeTrue();
        result.BandIndex.Should().Be(band);
        result.IsDecidedByFirstListedWins.Should().Be(firstListedWins);
        result.IsRangeOnly.Should().BeFalse();
        result.RuleId.Should().Be(RuleId.Com01);
        result.Overall.Should().Be(CountRange.Between(5, 7));
    }

    [Fact]
    public void ByPopulation_ABandOfTheDefaultQuota_IsADefinitionProblem()
    {
        var table = BandTable.Define(BoundaryReading.FirstListedWins, Band.Everywhere<Population, CommitteeQuota>(default, "任何"));

        FluentActions.Invoking(() => CommitteeQuotaPolicy.ByPopulation(CountRange.Between(5, 7), table))
            .Should().Throw<PolicyDefinitionException>().WithMessage("*gives the default CommitteeQuota, which holds no quota*CommitteeQuota.Exact*");
    }

    [Fact]
    public void Quota_TotalIsFullTimePlusPartTime() =>
        Gen.Int[0, 5_000_000].Sample(residents =>
        {
            var quota = XiantaoQuota(residents).Quota;
            return quota.Total == quota.FullTime + quota.PartTime;
        });

    [Fact]
    public void Quota_NeverDecreasesAsPopulationGrows() =>
        Gen.Select(Gen.Int[0, 5_000_000], Gen.Int[0, 5_000_000]).Sample((a, b) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            return XiantaoQuota(low).Quota.Total.Min <= XiantaoQuota(high).Quota.Total.Min;
        });

    [Fact]
    public void Quota_Xiantao_StaysWithinFiveToSeven() =>
        Gen.Int[0, int.MaxValue].Sample(residents => XiantaoQuota(residents).Quota.Total is { Min: >= 5, Max: <= 7 });

    [Fact]
    public void Quota_InheritedDownTheTree_ForAStreetOfXiantao()
    {
        var street = Jurisdiction.Below(Xiantao, JurisdictionCode.Of(429004001), "干河街道", "Ganhe Street", JurisdictionLevel.Street);
        var catalog = BuiltInCatalog.Instance.ToBuilder().AddJurisdiction(street).Build();

        new CommitteeEvaluator(catalog).Quota(street.Code, AsOf, Population.Of(5001)).Quota.Total.Should().Be(CountRange.Exactly(6));
    }

    [Fact]
    public void Quota_UnnamedCity_IsReturnedAsARangeNeverAnInventedNumber()
    {
        var catalog = BuiltInCatalog.Instance.ToBuilder()
            .AddJurisdiction(UnnamedCity)
            .Add(CommitteePolicies.UnnamedCityQuota(UnnamedCity.Code, EffectivePeriod.Always))
            .Build();

        foreach (var residents in new[] { 0, 5000, 10000, 50000 })
        {
            var result = new CommitteeEvaluator(catalog).Quota(UnnamedCity.Code, AsOf, Population.Of(residents));

            result.Quota.Total.Should().Be(CountRange.Between(4, 7));
            result.Quota.IsSplitSpecified.Should().BeFalse();
            result.Quota.Total.IsExact.Should().BeFalse();
            result.IsRangeOnly.Should().BeTrue();
            result.BandIndex.Should().Be(-1);
            result.RuleId.Should().Be(RuleId.Com03);
            result.ToString().Should().Be("4-7 (split not specified) (COM-03, range only)");
        }
    }

    [Fact]
    public void Quota_UserDefinedCity_OtherFullTimeCountBandsAndSources()
    {
        var city = Jurisdiction.Below(KnownJurisdictions.Hubei.Code, JurisdictionCode.Of(420100), "武汉市", "Wuhan", JurisdictionLevel.City);
        var quota = CommitteeQuotaPolicy.ThreePlusX(
            fullTime: 4,
            overall: CountRange.Between(5, 9),
            BandTable.Define(
                BoundaryReading.Strict,
                Band.Between(Bound.Inclusive(Population.Of(0)), Bound.Exclusive(Population.Of(3000)), 1, "不满3000人"),
                Band.Between(Bound.Inclusive(Population.Of(3000)), Bound.Inclusive(Population.Of(8000)), 3, "3000-8000人"),
                Band.From(Bound.Exclusive(Population.Of(8000)), 5, "超过8000人")));
        var catalog = BuiltInCatalog.Instance.ToBuilder()
            .AddJurisdiction(city)
            .Add(CommitteeKinds.Quota, city.Code, EffectivePeriod.From(new LocalDate(2020, 1, 1)), quota, RuleId.Of("WH-COM-01"))
            .Add(CommitteeKinds.PartTimeSources, city.Code, EffectivePeriod.From(new LocalDate(2020, 1, 1)), PartTimeSourcePolicy.Allowing(PartTimeSource.GridWorker), RuleId.Of("WH-COM-02"))
            .Build();
        var evaluator = new CommitteeEvaluator(catalog);

        evaluator.Quota(city.Code, new LocalDate(2021, 1, 1), Population.Of(2999)).Quota.Should().Be(CommitteeQuota.Exact(4, 1));
        evaluator.Quota(city.Code, new LocalDate(2021, 1, 1), Population.Of(8000)).Quota.Should().Be(CommitteeQuota.Exact(4, 3));
        evaluator.Quota(city.Code, new LocalDate(2021, 1, 1), Population.Of(8001)).Quota.Should().Be(CommitteeQuota.Exact(4, 5));
        FluentActions.Invoking(() => evaluator.Quota(city.Code, new LocalDate(2019, 12, 31), Population.Of(1)))
            .Should().Throw<PolicyNotInForceException>().WithMessage("*committees.quota*武汉市*2019-12-31*");
    }

    [Fact]
    public void Quota_NegativePopulation_IsRejectedWhereItIsMade() =>
        FluentActions.Invoking(() => Evaluator.Quota(Xiantao, AsOf, Population.Of(-1)))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "residents");

    [Fact]
    public void ExplainQuota_AtFiveThousand_NamesBandReadingAndSource()
    {
        var explained = Evaluator.ExplainQuota(Xiantao, AsOf, Population.Of(5000));
        var explanation = explained.Explanation;

        explained.Value.Should().Be(XiantaoQuota(5000));
        explanation.RuleId.Value.Should().Be("COM-01");
        explanation.Steps.Select(s => s.Kind).Should().Equal(ExplanationStepKind.Resolution, ExplanationStepKind.Remark, ExplanationStepKind.Band, ExplanationStepKind.BoundaryReading);
        explanation.Steps[1].English.Should().StartWith("COM-01 is the 3+X model: 3 full-time members plus X part-time members");
        explanation.Steps[1].Chinese.Should().StartWith("COM-01即“3+X”模式");
        explanation.Steps[2].English.Should().Contain("band 1 of 3 (\"5000人以下\")").And.Contain("5 members (3 full-time + 2 part-time)");
        explanation.Steps[2].Chinese.Should().Contain("5人(专职3人+兼职2人)");
        explanation.Steps[3].English.Should().Contain("band 2 (\"5000-10000人\")").And.Contain("first wins");
        explanation.Result.English.Should().Be("quota: 5 members (3 full-time + 2 part-time)");
        explanation.Result.Chinese.Should().Be("职数:5人(专职3人+兼职2人)");
        explanation.Citations.Should().ContainSingle().Which.Title.Should().Be("仙桃市社区工作现状及改善对策");
    }

    [Fact]
    public void ExplainQuota_RangeOnly_SaysNoNumberIsChosen()
    {
        var catalog = BuiltInCatalog.Instance.ToBuilder().AddJurisdiction(UnnamedCity).Add(CommitteePolicies.UnnamedCityQuota(UnnamedCity.Code, EffectivePeriod.Always)).Build();

        var explanation = new CommitteeEvaluator(catalog).ExplainQuota(UnnamedCity.Code, AsOf, Population.Of(8000)).Explanation;

        explanation.Steps.Select(s => s.Kind).Should().Equal(ExplanationStepKind.Resolution, ExplanationStepKind.Formula);
        explanation.Steps[1].English.Should().Contain("4-7 members").And.Contain("no number within it is chosen");
        explanation.Result.Chinese.Should().Be("职数:4-7人(专兼职人数未规定)");
        explanation.Citations.Single().Section.Should().Contain("加大投入");
    }

    [Fact]
    public void Policy_BandTotalOutsideOverall_IsADefinitionError()
    {
        var act = () => CommitteeQuotaPolicy.ThreePlusX(
            3,
            CountRange.Between(5, 7),
            BandTable.Define(
                BoundaryReading.Strict,
                Band.Between(Bound.Inclusive(Population.Of(0)), Bound.Exclusive(Population.Of(100)), 1),
                Band.From(Bound.Inclusive(Population.Of(100)), 5)));

        act.Should().Throw<PolicyDefinitionException>().Which.Problems.Should().HaveCount(2)
            .And.OnlyContain(p => p.Kind == DefinitionProblemKind.InvalidValue);
    }

    [Fact]
    public void Policy_NegativePartTime_IsADefinitionError()
    {
        var act = () => CommitteeQuotaPolicy.ThreePlusX(3, CountRange.Between(0, 7), BandTable.Define(BoundaryReading.Strict, Band.Everywhere<Population, int>(-1)));

        act.Should().Throw<PolicyDefinitionException>().Which.Problems.Should().ContainSingle().Which.Message.Should().Contain("negative");
    }

    [Fact]
    public void Policy_BadArguments_Throw()
    {
        FluentActions.Invoking(() => CommitteeQuotaPolicy.ThreePlusX(-1, CountRange.Between(5, 7), BandTable.Define(BoundaryReading.Strict, Band.Everywhere<Population, int>(2))))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "fullTime");
        FluentActions.Invoking(() => CommitteeQuotaPolicy.ThreePlusX(3, CountRange.Between(5, 7), null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CommitteeQuotaPolicy.ByPopulation(CountRange.Between(5, 7), null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Policies_Format()
    {
        CommitteePolicies.UnnamedCityRange.ToString().Should().Be("4-7 in all (no bands)");
        CommitteePolicies.XiantaoThreePlusX.ToString().Should().StartWith("5-7 in all; FirstListedWins: [0 residents, 5000 residents] → 5 (3 full-time + 2 part-time)");
        CommitteePolicies.XiantaoThreePlusX.Bands.Should().NotBeNull();
        XiantaoQuota(5000).ToString().Should().Be("5 (3 full-time + 2 part-time) (COM-01, band 1)");
    }

    [Fact]
    public void CountRange_Validates_Adds_AndFormats()
    {
        CountRange.Exactly(3).IsExact.Should().BeTrue();
        CountRange.Between(4, 7).Contains(4).Should().BeTrue();
        CountRange.Between(4, 7).Contains(7).Should().BeTrue();
        CountRange.Between(4, 7).Contains(3).Should().BeFalse();
        CountRange.Between(4, 7).Contains(8).Should().BeFalse();
        (CountRange.Exactly(3) + CountRange.Between(2, 4)).Should().Be(CountRange.Between(5, 7));
        CountRange.Between(4, 7).ToString().Should().Be("4-7");
        CountRange.Exactly(5).ToString().Should().Be("5");
        FluentActions.Invoking(() => CountRange.Exactly(-1)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "count");
        FluentActions.Invoking(() => CountRange.Between(-1, 3)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "min");
        FluentActions.Invoking(() => CountRange.Between(5, 4)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "max").WithMessage("*max is 4*at least min (5)*");
    }

    [Fact]
    public void CommitteeQuota_TotalOnly_AllowsAnySplit()
    {
        var quota = CommitteeQuota.TotalOnly(CountRange.Between(4, 7));

        quota.FullTime.Should().Be(CountRange.Between(0, 7));
        quota.PartTime.Should().Be(CountRange.Between(0, 7));
        quota.ToString().Should().Be("4-7 (split not specified)");
        CommitteeQuota.Exact(3, 2).ToString().Should().Be("5 (3 full-time + 2 part-time)");
    }
}
