using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Tests.Committees;

public class CommitteeFormulaQuotaTests
{
    private static readonly LocalDate AsOf = new(2024, 1, 1);
    private static readonly Jurisdiction Province = TestPlaces.Province;

    // 3 full-time, plus one part-time member per 1000 households, rounded up, 2 to 4; 5 to 7 in all.
    private static readonly CommitteeQuotaPolicy ByHouseholds = CommitteeQuotaPolicy.ByFormula(
        CountUnit.Households, CountRange.Between(5, 7), CountFormula.Fixed(3), CountFormula.PerUnits(1000, RoundingMode.Up).Between(2, 4));

    private static readonly CommitteeEvaluator Evaluator = new(BuiltInCatalog.Instance.ToBuilder()
        .AddJurisdiction(Province)
        .Add(CommitteeKinds.Quota, Province.Code, EffectivePeriod.Always, ByHouseholds, RuleId.Of("TP-COM-01"))
        .Build());

    private static CommunityProfile Community(int households, int residents) =>
        CommunityProfile.Create(Province.Code, "测试社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(residents), HouseholdCount.Of(households));

    [Theory]
    [InlineData(0, 2)]
    [InlineData(2000, 2)]
    [InlineData(2001, 3)]
    [InlineData(3000, 3)]
    [InlineData(3001, 4)]
    [InlineData(9000, 4)]
    public void Quota_CountsHouseholds_NotResidents(int households, int partTime)
    {
        // Residents far above households: a quota read from the population would give 4 every time.
        var result = Evaluator.Quota(AsOf, Community(households, 20_000));

        result.Quota.Should().Be(CommitteeQuota.Exact(3, partTime));
        result.IsComputed.Should().BeTrue();
        result.IsRangeOnly.Should().BeFalse();
        result.BandIndex.Should().Be(-1);
        result.ToString().Should().Be($"{3 + partTime} (3 full-time + {partTime} part-time) (TP-COM-01, by formula)");
    }

    [Fact]
    public void Quota_FromAPopulation_WherePolicyCountsHouseholds_ThrowsSayingWhatToAsk()
    {
        var act = () => Evaluator.Quota(Province.Code, AsOf, Population.Of(5000));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "population").WithMessage("*counts Households, not residents*Quota(asOf, community)*");
        FluentActions.Invoking(() => Evaluator.TryQuota(Province.Code, AsOf, Population.Of(5000), out _)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Evaluator.ExplainQuota(Province.Code, AsOf, Population.Of(5000))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ExplainQuota_PrintsHouseholds()
    {
        var explained = Evaluator.ExplainQuota(AsOf, Community(2500, 20_000));

        explained.Value.Should().Be(Evaluator.Quota(AsOf, Community(2500, 20_000)));
        explained.Explanation.Inputs.Should().ContainSingle().Which.English.Should().Be("2500 households");
        explained.Explanation.Steps.Select(s => s.English).Should().Contain("1 per 1000 households: 2500 ÷ 1000 = 2 remainder 500, rounded up (a part counts as one): 3.")
            .And.Contain("3 is at least 2 and at most 4: it stands.")
            .And.NotContain(s => s.Contains("residents", StringComparison.Ordinal));
        explained.Explanation.Steps.Select(s => s.Chinese).Should().Contain("每1000户计1:2500÷1000=2余500,不足1个单位按1计,向上取整为3。");
    }

    [Fact]
    public void Assess_ReadsHouseholds()
    {
        var community = Community(2500, 20_000);
        var committee = CommitteeFixtures.Committee(community, 3, 3);

        var assessment = Evaluator.Assess(AsOf, committee);

        assessment.Quota.Quota.Should().Be(CommitteeQuota.Exact(3, 3));
        assessment.IsCompliant.Should().BeTrue();
        var explained = Evaluator.ExplainAssessment(AsOf, committee);
        explained.Explanation.Inputs[0].English.Should().Be("2500 households");
    }

    [Fact]
    public void ByFormula_BadDefinition_ListsEveryProblem()
    {
        var act = () => CommitteeQuotaPolicy.ByFormula((CountUnit)0, CountRange.Between(5, 7), CountFormula.Fixed(-3), CountFormula.PerUnits(0, RoundingMode.Up));

        act.Should().Throw<PolicyDefinitionException>().Which.Problems.Select(p => p.Message).Should().Equal(
            "unit: 0 is not a CountUnit; expected Residents or Households.",
            "full-time: Fixed(-3): the count is -3; expected zero or more.",
            "part-time: PerUnits(0): the divisor is 0; expected a positive number of units per one.");
        FluentActions.Invoking(() => CommitteeQuotaPolicy.ByFormula(CountUnit.Households, CountRange.Exactly(5), null!, CountFormula.Fixed(1))).Should().Throw<ArgumentNullException>().WithParameterName("fullTime");
        FluentActions.Invoking(() => CommitteeQuotaPolicy.ByFormula(CountUnit.Households, CountRange.Exactly(5), CountFormula.Fixed(1), null!)).Should().Throw<ArgumentNullException>().WithParameterName("partTime");
    }

    [Fact]
    public void Policy_DescribesItsFormulas()
    {
        ByHouseholds.IsFormula.Should().BeTrue();
        ByHouseholds.Unit.Should().Be(CountUnit.Households);
        ByHouseholds.ToString().Should().Be("5-7 in all; full-time 3, part-time 1 per 1000 units rounded up, at least 2, at most 4, counting Households");
        CommitteePolicies.XiantaoThreePlusX.Unit.Should().Be(CountUnit.Residents);
        CommitteePolicies.XiantaoThreePlusX.IsFormula.Should().BeFalse();
    }
}
