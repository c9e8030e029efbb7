using Community.Domain.Assessments;
using Community.Domain.BuiltIn;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Staffing;
using NodaTime;

namespace Community.Domain.Tests.Staffing;

public class StaffingEvaluatorTests
{
    private static readonly LocalDate Day = new(2024, 7, 1);
    private static readonly Jurisdiction Province = TestPlaces.Province;
    private static readonly Jurisdiction City = Jurisdiction.Below(Province.Code, JurisdictionCode.Of(990100), "测试市", "Test City", JurisdictionLevel.City);
    private static readonly Jurisdiction Narrower = Jurisdiction.Below(City.Code, JurisdictionCode.Of(990102), "窄区", "Narrow District", JurisdictionLevel.County);
    private static readonly Jurisdiction Wider = Jurisdiction.Below(City.Code, JurisdictionCode.Of(990103), "宽区", "Wide District", JurisdictionLevel.County);
    private static readonly Citation ProvinceSource = Citation.Create("测试省社区工作者队伍建设办法", "测试省民政厅", "测试省", SourceDate.InYear(2023));
    private static readonly Citation DistrictSource = Citation.Create("宽区社区工作者配备规定", "宽区人民政府", "测试省测试市宽区", SourceDate.InYear(2024));

    // Province: one community worker per 250 households, rounded up, at least 6 and at most 15.
    // Narrow district: 7 to 9 in every community, inside the province's range for mid-size communities.
    // Wide district: 4 to 20, outside the province's range.
    private static readonly PolicyCatalog Catalog = BuiltInCatalog.Instance.ToBuilder()
        .AddJurisdiction(Province).AddJurisdiction(City).AddJurisdiction(Narrower).AddJurisdiction(Wider)
        .Add(StaffingKinds.CommunityWorkers, Province.Code, EffectivePeriod.Always,
            StaffingPolicy.Exactly(CountUnit.Households, CountFormula.PerUnits(250, RoundingMode.Up).Between(6, 15)), RuleId.Of("TP-STF-01"), ProvinceSource)
        .Add(StaffingKinds.CommunityWorkers, Narrower.Code, EffectivePeriod.Always,
            StaffingPolicy.Between(CountUnit.Households, CountFormula.Fixed(7), CountFormula.Fixed(9)), RuleId.Of("TP-STF-02"))
        .Add(StaffingKinds.CommunityWorkers, Wider.Code, EffectivePeriod.Always,
            StaffingPolicy.Between(CountUnit.Households, CountFormula.Fixed(4), CountFormula.Fixed(20)), RuleId.Of("TP-STF-03"), DistrictSource)
        .Add(StaffingKinds.SocialWorkers, Province.Code, EffectivePeriod.Always,
            StaffingPolicy.AtLeast(CountUnit.Residents, CountFormula.Stepped(1, 3000, 3000)), RuleId.Of("TP-STF-04"))
        .Build();

    private static readonly StaffingEvaluator Evaluator = new(Catalog);

    private static (CountUnit Unit, long Units, int Minimum, int? Maximum) Of(StaffingRequirement r) => (r.Unit, r.Units, r.Minimum, r.Maximum);

    private static CommunityProfile Community(Jurisdiction at, int households, int residents = 0) =>
        CommunityProfile.Create(at.Code, "测试社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(Math.Max(residents, households * 3)), HouseholdCount.Of(households));

    [Theory]
    [InlineData(0, 6)]
    [InlineData(1500, 6)]
    [InlineData(1501, 7)]
    [InlineData(2000, 8)]
    [InlineData(3750, 15)]
    [InlineData(3751, 15)]
    public void Requirement_CountsHouseholds_WhereThePolicySaysHouseholds(int households, int workers)
    {
        var requirement = Evaluator.Requirement(StaffingKinds.CommunityWorkers, Day, Community(City, households));

        Of(requirement).Should().Be((CountUnit.Households, households, workers, workers));
    }

    [Theory]
    [InlineData(3000, 1)]
    [InlineData(3001, 2)]
    [InlineData(6000, 2)]
    [InlineData(6001, 3)]
    public void Requirement_CountsResidents_WhereThePolicySaysResidents(int residents, int workers)
    {
        var requirement = Evaluator.Requirement(StaffingKinds.SocialWorkers, Day, Community(City, 100, residents));

        (requirement.Unit, requirement.Units, requirement.Minimum, requirement.Maximum).Should().Be((CountUnit.Residents, residents, workers, (int?)null));
    }

    [Fact]
    public void Assess_FewerThanRequired_IsAnErrorSayingHowMany()
    {
        var assessment = Evaluator.Assess(StaffingKinds.CommunityWorkers, Day, Community(City, 2000), 6);

        assessment.IsCompliant.Should().BeFalse();
        assessment.Shortfall.Should().Be(2);
        assessment.Excess.Should().Be(0);
        var finding = assessment.Findings.Should().ContainSingle().Which;
        finding.Code.Should().Be(StaffingFindingCodes.TooFewStaff);
        finding.Severity.Should().Be(FindingSeverity.Error);
        finding.RuleId.Should().Be(RuleId.Of("TP-STF-01"));
        finding.Citations.Should().Equal(ProvinceSource);
        finding.English.Should().Be("community workers: 6 in post, short by 2 of the 8 required.");
        finding.Chinese.Should().Be("社区工作者配备:现有6人,应不少于8人,缺2人。");
    }

    [Fact]
    public void Assess_OverTheCap_IsAnErrorSayingByHowMany()
    {
        var assessment = Evaluator.Assess(StaffingKinds.CommunityWorkers, Day, Community(City, 2000), 9);

        assessment.Excess.Should().Be(1);
        assessment.Findings.Should().ContainSingle().Which.Code.Should().Be(StaffingFindingCodes.OverCap);
        assessment.Findings[0].English.Should().Be("community workers: 9 in post, over the cap of 8 by 1.");
        assessment.Findings[0].Chinese.Should().Be("社区工作者配备:现有9人,超过上限8人1人。");
    }

    [Fact]
    public void Assess_Compliant_HasNoFindings()
    {
        var assessment = Evaluator.Assess(StaffingKinds.CommunityWorkers, Day, Community(City, 2000), 8);

        assessment.IsCompliant.Should().BeTrue();
        assessment.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Assess_NoCap_NeverOver()
    {
        var assessment = Evaluator.Assess(StaffingKinds.SocialWorkers, Day, Community(City, 100, 3000), 40);

        assessment.IsCompliant.Should().BeTrue();
        assessment.Excess.Should().Be(0);
    }

    [Fact]
    public void Assess_NearerRangeAroundTheHigherExactCount_AppliesTheNearerRuleAndWarns()
    {
        // 2000 households: the province requires exactly 8; the narrow district's 7 to 9 is wider than that.
        var assessment = Evaluator.Assess(StaffingKinds.CommunityWorkers, Day, Community(Narrower, 2000), 8);

        Of(assessment.Requirement).Should().Be((CountUnit.Households, 2000, 7, 9));
        assessment.IsCompliant.Should().BeTrue("the nearer rule is the one in force");
        assessment.Findings.Should().ContainSingle().Which.Severity.Should().Be(FindingSeverity.Warning);
    }

    [Fact]
    public void Assess_NearerRuleOutsideTheHigherOne_WarnsCitingBoth()
    {
        var assessment = Evaluator.Assess(StaffingKinds.CommunityWorkers, Day, Community(Wider, 2000), 10);

        assessment.IsCompliant.Should().BeTrue();
        var warning = assessment.Findings.Should().ContainSingle().Which;
        warning.Code.Should().Be(AssessmentFindingCodes.ContradictsHigherLevel);
        warning.Severity.Should().Be(FindingSeverity.Warning);
        warning.RuleId.Should().Be(RuleId.Of("TP-STF-03"));
        warning.Citations.Should().Equal(DistrictSource, ProvinceSource);
        warning.English.Should().Be("The rule in force, TP-STF-03 of Wide District, allows 4 to 20 (community workers), which does not lie within the exactly 8 that TP-STF-01 of Test Province, a higher level, requires; the nearer rule is applied, and the two should be reconciled.");
        warning.Chinese.Should().Be("适用的宽区规则TP-STF-03规定社区工作者配备4至20,超出上级测试省规则TP-STF-01规定的8;现按较近一级的规则执行,两者应予协调。");
    }

    [Fact]
    public void Assess_NarrowingInsideAHigherRange_IsConsistent()
    {
        var catalog = Catalog.ToBuilder()
            .Override(PolicyVersion.Create(StaffingKinds.CommunityWorkers, Province.Code, EffectivePeriod.Always,
                StaffingPolicy.Between(CountUnit.Households, CountFormula.Fixed(5), CountFormula.Fixed(11)), RuleId.Of("TP-STF-05")))
            .Build();

        var assessment = new StaffingEvaluator(catalog).Assess(StaffingKinds.CommunityWorkers, Day, Community(Narrower, 2000), 8);

        assessment.Findings.Should().BeEmpty("7 to 9 lies inside 5 to 11");
    }

    [Fact]
    public void ExplainAssessment_NamesEachLevelChecked()
    {
        var explained = Evaluator.ExplainAssessment(StaffingKinds.CommunityWorkers, Day, Community(Wider, 2000), 3);

        explained.Value.Should().Be(Evaluator.Assess(StaffingKinds.CommunityWorkers, Day, Community(Wider, 2000), 3));
        explained.Explanation.RuleId.Should().Be(RuleId.Of("TP-STF-03"));
        explained.Explanation.Steps.Select(s => s.English).Should().Contain(s => s.StartsWith("TP-STF-01 (community workers) also applies.", StringComparison.Ordinal))
            .And.Contain("Fails: community workers: 3 in post, short by 1 of the 4 required.");
        explained.Explanation.Citations.Should().Equal(DistrictSource, ProvinceSource);
        explained.Explanation.Result.English.Should().Be("not compliant: 3 in post, 1 error(s)");
        explained.Explanation.Result.Chinese.Should().Be("不符合:现有3人,问题1项");
    }

    [Fact]
    public void ExplainRequirement_NarratesTheFormulaInTheRightUnit()
    {
        var explained = Evaluator.ExplainRequirement(StaffingKinds.CommunityWorkers, Day, Community(City, 1234));

        explained.Value.Should().Be(Evaluator.Requirement(StaffingKinds.CommunityWorkers, Day, Community(City, 1234)));
        explained.Explanation.Inputs.Should().ContainSingle().Which.English.Should().Be("1234 households");
        explained.Explanation.Steps.Where(s => s.Kind == ExplanationStepKind.Formula).Select(s => s.English).Should().Equal(
            "1 per 250 households: 1234 ÷ 250 = 4 remainder 234, rounded up (a part counts as one): 5.",
            "At least 6: 5 is raised to 6.");
        explained.Explanation.Steps.Where(s => s.Kind == ExplanationStepKind.Formula).Select(s => s.Chinese).Should().Equal(
            "每250户计1:1234÷250=4余234,不足1个单位按1计,向上取整为5。",
            "不少于6:5提高到6。");
        explained.Explanation.Result.English.Should().Be("exactly 6 for 1234 households");
        explained.Explanation.Result.Chinese.Should().Be("1234户应配6人");
    }

    [Fact]
    public void ExplainRequirement_Stepped_NarratesTheBaseAndTheSteps()
    {
        var explained = Evaluator.ExplainRequirement(StaffingKinds.SocialWorkers, Day, Community(City, 100, 7500));

        explained.Explanation.Steps.Where(s => s.Kind == ExplanationStepKind.Formula).Select(s => s.English).Should().Equal(
            "The first 3000 residents count 1; the further 4500 residents at 1 per 3000 residents: 4500 ÷ 3000 = 1 remainder 1500, rounded up (a part counts as one): 2; 1 + 2 = 3.");
        explained.Explanation.Result.Chinese.Should().Be("7500人应配不少于3人");
    }

    [Fact]
    public void TryForms_WhereNoPolicyIsInForce_ReturnFalse()
    {
        var community = Community(KnownJurisdictions.Xinluo, 2000);

        Evaluator.TryRequirement(StaffingKinds.GridStaff, Day, community, out _).Should().BeFalse();
        Evaluator.TryAssess(StaffingKinds.GridStaff, Day, community, 3, out _).Should().BeFalse();
        Evaluator.TryAssess(StaffingKinds.CommunityWorkers, Day, Community(City, 2000), 8, out var assessment).Should().BeTrue();
        assessment.Should().Be(Evaluator.Assess(StaffingKinds.CommunityWorkers, Day, Community(City, 2000), 8));
        Evaluator.TryRequirement(StaffingKinds.CommunityWorkers, Day, Community(City, 2000), out var requirement).Should().BeTrue();
        requirement.Minimum.Should().Be(8);
    }

    [Fact]
    public void PlainForms_WhereNoPolicyIsInForce_Throw()
    {
        var community = Community(KnownJurisdictions.Xinluo, 2000);

        FluentActions.Invoking(() => Evaluator.Requirement(StaffingKinds.GridStaff, Day, community)).Should().Throw<PolicyNotInForceException>();
        FluentActions.Invoking(() => Evaluator.Assess(StaffingKinds.GridStaff, Day, community, 1)).Should().Throw<PolicyNotInForceException>();
        FluentActions.Invoking(() => Evaluator.ExplainAssessment(StaffingKinds.GridStaff, Day, community, 1)).Should().Throw<PolicyNotInForceException>();
    }

    [Fact]
    public void BadInput_ThrowsNamingTheArgument()
    {
        var community = Community(City, 2000);

        FluentActions.Invoking(() => Evaluator.Assess(StaffingKinds.CommunityWorkers, Day, community, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("staff");
        FluentActions.Invoking(() => Evaluator.TryAssess(StaffingKinds.CommunityWorkers, Day, community, -1, out _)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("staff");
        FluentActions.Invoking(() => Evaluator.ExplainAssessment(StaffingKinds.CommunityWorkers, Day, community, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("staff");
        FluentActions.Invoking(() => Evaluator.Assess(StaffingKinds.CommunityWorkers, Day, null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("community");
        FluentActions.Invoking(() => Evaluator.Requirement(null!, Day, community)).Should().Throw<ArgumentNullException>().WithParameterName("kind");
        FluentActions.Invoking(() => Evaluator.ExplainRequirement(StaffingKinds.CommunityWorkers, Day, null!)).Should().Throw<ArgumentNullException>().WithParameterName("community");
        FluentActions.Invoking(() => new StaffingEvaluator(null!)).Should().Throw<ArgumentNullException>().WithParameterName("catalog");
    }

    [Fact]
    public void Policy_BadDefinition_ListsEveryProblemAtOnce()
    {
        var act = () => StaffingPolicy.Between((CountUnit)9, CountFormula.PerUnits(0, RoundingMode.Up), CountFormula.Fixed(3).Between(5, 4));

        var problems = act.Should().Throw<PolicyDefinitionException>().WithMessage("The staffing policy is invalid: 3 problems*").Which.Problems;
        problems.Select(p => p.Message).Should().Equal(
            "unit: 9 is not a CountUnit; expected Residents or Households.",
            "minimum: PerUnits(0): the divisor is 0; expected a positive number of units per one.",
            "maximum: between 5 and 4: the minimum is above the maximum; expected a minimum no greater than 4.");
    }

    [Fact]
    public void Policy_FixedMinimumAboveFixedMaximum_IsRefused()
    {
        var act = () => StaffingPolicy.Between(CountUnit.Residents, CountFormula.Fixed(5), CountFormula.Fixed(3));

        act.Should().Throw<PolicyDefinitionException>().Which.Problems.Should().ContainSingle().Which.Message.Should().Be("minimum 5 is above maximum 3; expected a minimum no greater than the maximum.");
    }

    [Fact]
    public void Policy_NullFormula_ThrowsNamingIt()
    {
        FluentActions.Invoking(() => StaffingPolicy.AtLeast(CountUnit.Residents, null!)).Should().Throw<ArgumentNullException>().WithParameterName("minimum");
        FluentActions.Invoking(() => StaffingPolicy.Exactly(CountUnit.Residents, null!)).Should().Throw<ArgumentNullException>().WithParameterName("count");
        FluentActions.Invoking(() => StaffingPolicy.Between(CountUnit.Residents, CountFormula.Fixed(1), null!)).Should().Throw<ArgumentNullException>().WithParameterName("maximum");
    }

    [Fact]
    public void Policy_Require_ComputesFromUnitsAndRefusesNegative()
    {
        var policy = StaffingPolicy.Between(CountUnit.Households, CountFormula.PerUnits(300, RoundingMode.Up), CountFormula.PerUnits(200, RoundingMode.Down).AtLeast(1));

        Of(policy.Require(900)).Should().Be((CountUnit.Households, 900, 3, 4));
        policy.Require(900).Admits(3).Should().BeTrue();
        policy.Require(900).Admits(5).Should().BeFalse();
        policy.Require(900).Admits(2).Should().BeFalse();
        FluentActions.Invoking(() => policy.Require(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("units");
        policy.ToString().Should().Be("at least (1 per 300 units rounded up), at most (1 per 200 units rounded down, at least 1), counting Households");
    }

    [Fact]
    public void Requirement_ToString_SaysTheRange()
    {
        StaffingPolicy.Between(CountUnit.Households, CountFormula.Fixed(3), CountFormula.Fixed(4)).Require(900).ToString().Should().Be("3 to 4 for 900 Households");
        StaffingPolicy.Exactly(CountUnit.Households, CountFormula.Fixed(3)).Require(900).ToString().Should().Be("exactly 3 for 900 Households");
        StaffingPolicy.AtLeast(CountUnit.Residents, CountFormula.Fixed(3)).Require(900).ToString().Should().Be("at least 3 for 900 Residents");
    }

    [Fact]
    public void Kinds_AreNamedInBothLanguages()
    {
        StaffingKinds.CommunityWorkers.Name.Should().Be("staffing.community-workers");
        StaffingKinds.SocialWorkers.ChineseName.Should().Be("专职社工配备");
        StaffingKinds.GridStaff.EnglishName.Should().Be("full-time grid staff");
        StaffingPolicies.BuiltInVersions().Should().BeEmpty();
    }
}
