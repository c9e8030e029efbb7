using Community.Domain.Assessments;
using Community.Domain.BuiltIn;
using Community.Domain.Communities;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Scale;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Tests.Scale;

public class ScaleEvaluatorTests
{
    private static readonly LocalDate AsOf = new(2024, 1, 1);
    private static readonly Jurisdiction Province = TestPlaces.Province;
    private static readonly Jurisdiction City = Jurisdiction.Below(Province.Code, JurisdictionCode.Of(990100), "测试市", "Test City", JurisdictionLevel.City);

    // The province: 1000 to 3000 households a community; the city: at most 10000 residents.
    private static readonly ScaleEvaluator Evaluator = new(BuiltInCatalog.Instance.ToBuilder()
        .AddJurisdiction(Province).AddJurisdiction(City)
        .Add(ScaleKinds.Community, Province.Code, EffectivePeriod.Always, CommunityScalePolicy.Between(CountUnit.Households, 1000, 3000), RuleId.Of("TP-SCL-01"))
        .Add(ScaleKinds.Community, City.Code, EffectivePeriod.Always, CommunityScalePolicy.AtMost(CountUnit.Residents, 10000), RuleId.Of("TC-SCL-02"))
        .Build());

    private static CommunityProfile Community(Jurisdiction at, int households, int residents) =>
        CommunityProfile.Create(at.Code, "测试社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(residents), HouseholdCount.Of(households));

    [Theory]
    [InlineData(999, false, true, 1)]
    [InlineData(1000, true, false, 1)]
    [InlineData(3000, true, false, 1)]
    [InlineData(3001, false, false, 2)]
    [InlineData(6000, false, false, 2)]
    [InlineData(6001, false, false, 3)]
    public void Assess_Households_AtEveryBoundary(int households, bool within, bool below, long communities)
    {
        var assessment = Evaluator.Assess(AsOf, Community(Province, households, 20000));

        (assessment.IsWithin, assessment.IsBelow, assessment.SuggestedCommunities).Should().Be((within, below, communities));
        assessment.Unit.Should().Be(CountUnit.Households);
        assessment.Findings.Select(f => f.Code).Should().Equal(within ? [] : [below ? ScaleFindingCodes.MergeSuggested : ScaleFindingCodes.SplitSuggested]);
        assessment.Findings.Select(f => f.Severity).Should().AllBeEquivalentTo(FindingSeverity.Warning);
    }

    [Fact]
    public void Assess_Above_SuggestsASplitInBothLanguages()
    {
        var finding = Evaluator.Assess(AsOf, Community(Province, 4200, 12000)).Findings.Should().ContainSingle().Which;

        finding.English.Should().Be("The community has 4200 households, above the recommended 1000 households to 3000 households: consider splitting it into 2 communities.");
        finding.Chinese.Should().Be("社区现有4200户,超过建议规模1000户至3000户,可考虑拆分为2个社区。");
        finding.RuleId.Should().Be(RuleId.Of("TP-SCL-01"));
    }

    [Fact]
    public void Assess_Below_SuggestsAMerge()
    {
        var finding = Evaluator.Assess(AsOf, Community(Province, 600, 1800)).Findings.Should().ContainSingle().Which;

        finding.Chinese.Should().Be("社区现有600户,低于建议规模1000户至3000户,可考虑与相邻社区合并。");
    }

    [Theory]
    [InlineData(10000, true)]
    [InlineData(10001, false)]
    public void Assess_Residents_WherePolicyCountsResidents(int residents, bool within)
    {
        var assessment = Evaluator.Assess(AsOf, Community(City, 100, residents));

        assessment.Unit.Should().Be(CountUnit.Residents);
        assessment.Units.Should().Be(residents);
        assessment.IsWithin.Should().Be(within);
        assessment.IsAbove.Should().Be(!within);
    }

    [Fact]
    public void ExplainAssessment_PrintsTheUnit()
    {
        var explained = Evaluator.ExplainAssessment(AsOf, Community(Province, 2000, 6000));

        explained.Value.IsWithin.Should().BeTrue();
        explained.Explanation.Inputs.Should().ContainSingle().Which.Chinese.Should().Be("2000户");
        explained.Explanation.Steps.Select(s => s.English).Should().Contain("Holds: The community has 2000 households, within the recommended 1000 households to 3000 households.");
        explained.Explanation.Result.English.Should().Be("within the recommended scale");
        var above = Evaluator.ExplainAssessment(AsOf, Community(City, 100, 20001)).Explanation;
        above.Result.Chinese.Should().Be("超过建议规模:拆分为3个");
        above.Steps.Select(s => s.English).Should().Contain("Fails: [scale.split-suggested, TC-SCL-02] The community has 20001 residents, above the recommended at most 10000 residents: consider splitting it into 3 communities.");
        Evaluator.ExplainAssessment(AsOf, Community(Province, 10, 30)).Explanation.Result.English.Should().Be("below the recommended scale: merge");
    }

    [Fact]
    public void TryAssess_NoPolicyInForce_ReturnsFalse_AndAssessThrows()
    {
        var xinluo = Community(KnownJurisdictions.Xinluo, 2000, 6000);

        Evaluator.TryAssess(AsOf, xinluo, out var none).Should().BeFalse();
        none.Should().BeNull();
        Evaluator.TryAssess(AsOf, Community(Province, 2000, 6000), out var some).Should().BeTrue();
        some!.IsWithin.Should().BeTrue();
        FluentActions.Invoking(() => Evaluator.Assess(AsOf, xinluo)).Should().Throw<PolicyNotInForceException>();
        FluentActions.Invoking(() => Evaluator.ExplainAssessment(AsOf, xinluo)).Should().Throw<PolicyNotInForceException>();
    }

    [Fact]
    public void Policy_BadDefinition_ListsEveryProblem()
    {
        var act = () => CommunityScalePolicy.Between((CountUnit)7, -1, -2);

        act.Should().Throw<PolicyDefinitionException>().WithMessage("The community scale policy is invalid*").Which.Problems.Select(p => p.Message).Should().Equal(
            "unit: 7 is not a CountUnit; expected Residents or Households.",
            "minimum: -1 is negative; expected zero or more.",
            "maximum: -2 is not positive; expected a positive size.",
            "minimum -1 is above maximum -2; expected a minimum no greater than the maximum.");
        FluentActions.Invoking(() => CommunityScalePolicy.AtMost(CountUnit.Households, 0)).Should().Throw<PolicyDefinitionException>();
        FluentActions.Invoking(() => CommunityScalePolicy.AtLeast(CountUnit.Households, -5)).Should().Throw<PolicyDefinitionException>();
    }

    [Fact]
    public void BadInput_ThrowsNamingTheArgument()
    {
        FluentActions.Invoking(() => Evaluator.Assess(AsOf, null!)).Should().Throw<ArgumentNullException>().WithParameterName("community");
        FluentActions.Invoking(() => Evaluator.TryAssess(AsOf, null!, out _)).Should().Throw<ArgumentNullException>().WithParameterName("community");
        FluentActions.Invoking(() => Evaluator.ExplainAssessment(AsOf, null!)).Should().Throw<ArgumentNullException>().WithParameterName("community");
        FluentActions.Invoking(() => new ScaleEvaluator(null!)).Should().Throw<ArgumentNullException>().WithParameterName("catalog");
    }

    [Fact]
    public void Describe_Themselves()
    {
        CommunityScalePolicy.Between(CountUnit.Households, 1000, 3000).ToString().Should().Be("1000 to 3000 Households");
        CommunityScalePolicy.AtMost(CountUnit.Residents, 9).ToString().Should().Be("at most 9 Residents");
        CommunityScalePolicy.AtLeast(CountUnit.Residents, 9).ToString().Should().Be("at least 9 Residents");
        Evaluator.Assess(AsOf, Community(Province, 4200, 12600)).ToString().Should().Be("4200 Households: above, split into 2");
        Evaluator.Assess(AsOf, Community(Province, 10, 30)).ToString().Should().Be("10 Households: below, merge");
        Evaluator.Assess(AsOf, Community(Province, 1000, 3000)).ToString().Should().Be("1000 Households: within");
        ScaleKinds.Community.ChineseName.Should().Be("社区规模");
        ScalePolicies.BuiltInVersions().Should().BeEmpty();
    }
}
