using Community.Domain.Assessments;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Explanations;
using Community.Domain.Grids;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using CsCheck;
using NodaTime;

namespace Community.Domain.Tests.Grids;

public class GridEvaluatorTests
{
    private static readonly LocalDate In2012 = new(2012, 6, 30);
    private static readonly JurisdictionCode Hefei = KnownJurisdictions.Hefei.Code;
    private static readonly Jurisdiction Province = Jurisdiction.Province(JurisdictionCode.Of(990000), "测试省", "Test Province");
    private static readonly Jurisdiction City = Jurisdiction.Below(Province.Code, JurisdictionCode.Of(990100), "某市", "Unnamed City", JurisdictionLevel.City);
    private static readonly GridEvaluator Evaluator = new(BuiltInCatalog.Instance.ToBuilder()
        .AddJurisdiction(Province)
        .AddJurisdiction(City)
        .Add(GridPolicies.UnnamedCityGridsAt(City.Code, EffectivePeriod.Always))
        .Build());

    private static HouseholdCount H(int n) => HouseholdCount.Of(n);

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 1, 1)]
    [InlineData(299, 1, 1)]
    [InlineData(300, 1, 1)]
    [InlineData(499, 1, 1)]
    [InlineData(500, 1, 1)]
    [InlineData(501, 2, 2)]
    [InlineData(599, 2, 2)]
    [InlineData(600, 2, 2)]
    [InlineData(1000, 2, 3)]
    [InlineData(1500, 3, 5)]
    [InlineData(2500, 5, 8)]
    public void Plan_Hefei_GridsOf300To500Households(int households, int fewest, int most)
    {
        var plan = Evaluator.Plan(Hefei, In2012, H(households));

        (plan.MinimumGrids, plan.MaximumGrids).Should().Be((fewest, most));
        plan.MinimumManagers.Should().Be(fewest);
        plan.MaximumManagers.Should().BeNull("一格多员 sets no most");
        plan.RuleId.Should().Be(RuleId.Grd02);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(100, 1, 1)]
    [InlineData(299, 1, 1)]
    [InlineData(300, 1, 1)]
    [InlineData(301, 1, 2)]
    [InlineData(600, 2, 2)]
    [InlineData(1000, 3, 4)]
    public void Plan_UnnamedCity_AboutThreeHundredAGrid_OneManagerEach(int households, int fewest, int most)
    {
        var plan = Evaluator.Plan(City.Code, In2012, H(households));

        (plan.MinimumGrids, plan.MaximumGrids).Should().Be((fewest, most));
        (plan.MinimumManagers, plan.MaximumManagers).Should().Be((fewest, most));
        plan.RuleId.Should().Be(RuleId.Grd01);
    }

    [Fact]
    public void Assess_GridsAndManagersWithinThePlan_IsCompliant()
    {
        var assessment = Evaluator.Assess(Hefei, In2012, H(2500), grids: 6, managers: 10);

        assessment.IsCompliant.Should().BeTrue();
        assessment.Findings.Should().BeEmpty();
        assessment.Grids.Should().Be(6);
        assessment.Managers.Should().Be(10);
        assessment.ToString().Should().Be("6 grids against 2500 households: 5 to 8 grids, 5 or more managers (GRD-02): compliant");
    }

    [Theory]
    [InlineData(4, "grids.too-few-grids")]
    [InlineData(9, "grids.too-many-grids")]
    public void Assess_GridsOutsideThePlan_IsAFinding(int grids, string code)
    {
        var assessment = Evaluator.Assess(Hefei, In2012, H(2500), grids);

        assessment.IsCompliant.Should().BeFalse();
        var finding = assessment.Findings.Single();
        finding.Code.Value.Should().Be(code);
        finding.Severity.Should().Be(FindingSeverity.Error);
        finding.RuleId.Should().Be(RuleId.Grd02);
        finding.Citations.Should().ContainSingle();
        finding.English.Should().Be($"The community has {grids} grids; its 2500 households call for 5 to 8 grids.");
        finding.Chinese.Should().Be($"社区划分网格{grids}个;按其2500户应为5至8个网格。");
    }

    [Theory]
    [InlineData(2, "grids.too-few-grid-managers")]
    [InlineData(5, "grids.too-many-grid-managers")]
    public void Assess_ManagersOutsideThePlan_IsAFinding(int managers, string code)
    {
        var assessment = Evaluator.Assess(City.Code, In2012, H(1000), grids: 3, managers: managers);

        assessment.Findings.Single().Code.Value.Should().Be(code);
        assessment.Findings.Single().English.Should().Be($"The community has {managers} grid managers; its grids call for 3 to 4.");
    }

    [Fact]
    public void ExplainPlan_ShowsTheDivision()
    {
        var explained = Evaluator.ExplainPlan(Hefei, In2012, H(2500));

        explained.Value.Should().Be(Evaluator.Plan(Hefei, In2012, H(2500)));
        var explanation = explained.Explanation;
        explanation.RuleId.Value.Should().Be("GRD-02");
        explanation.Steps[^1].Kind.Should().Be(ExplanationStepKind.Formula);
        explanation.Steps[^1].English.Should().Be("Grids of 300 to 500 households: 2500 households need at least 2500 ÷ 500 rounded up and at most 2500 ÷ 300 rounded down, at least one: 5 to 8 grids.");
        explanation.Result.English.Should().Be("5 to 8 grids, with 5 or more grid managers");
        explanation.Result.Chinese.Should().Be("5至8个网格,网格员5名以上");
    }

    [Fact]
    public void ExplainAssessment_RecordsEachCheck()
    {
        var explained = Evaluator.ExplainAssessment(City.Code, In2012, H(600), grids: 3, managers: 2);

        explained.Value.Findings.Select(f => f.Code).Should().Equal(GridFindingCodes.TooManyGrids);
        var explanation = explained.Explanation;
        explanation.Inputs.Select(i => i.Name).Should().Equal("households", "grids", "managers");
        explanation.Steps[^2].English.Should().Be("Fails: The community has 3 grids; its 600 households call for 2 grids.");
        explanation.Steps[^1].English.Should().Be("Holds: The community has 2 grid managers; its grids call for 2.");
        explanation.Steps.Single(s => s.Kind == ExplanationStepKind.Formula).English.Should().StartWith("Grids of about 300 households: 600 ÷ 300 = 2,");
        explanation.Result.English.Should().Be("not compliant: 1 finding(s)");
        Evaluator.ExplainAssessment(City.Code, In2012, H(0), grids: 0).Explanation.Result.Chinese.Should().Be("符合规定");
    }

    [Fact]
    public void BadInput_IsRejectedByName()
    {
        ((Action)(() => Evaluator.Assess(Hefei, In2012, H(10), -1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("grids");
        ((Action)(() => Evaluator.Assess(Hefei, In2012, H(10), 1, -1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("managers");
        ((Action)(() => _ = new GridEvaluator(null!))).Should().Throw<ArgumentNullException>().WithParameterName("catalog");
        ((Action)(() => Evaluator.Plan(KnownJurisdictions.Xiantao.Code, In2012, H(10)))).Should().Throw<PolicyNotInForceException>().WithMessage("*grids.size*");
        var problems = ((Func<GridPolicy>)(() => GridPolicy.Between(0, -1, 0, -1))).Should().Throw<PolicyDefinitionException>().Which.Problems;
        problems.Should().HaveCount(4);
        problems.Select(p => p.Kind).Should().AllBeEquivalentTo(DefinitionProblemKind.InvalidValue);
    }

    [Fact]
    public void Policies_Format()
    {
        GridPolicies.HefeiGrids.ToString().Should().Be("grids of 300 to 500 households, 1 or more managers each");
        GridPolicies.UnnamedCityGrids.ToString().Should().Be("grids of about 300 households, 1 managers each");
        GridPolicy.Between(300, 500, 1, 3).ToString().Should().Be("grids of 300 to 500 households, 1 to 3 managers each");
        Evaluator.Plan(City.Code, In2012, H(300)).ToString().Should().Be("300 households: 1 grids, 1 managers (GRD-01)");
    }

    [Fact]
    public void Property_EveryPlannedCountGivesGridsWithinTheRange() =>
        Gen.Int[1, 100_000].Sample(households =>
        {
            var plan = Evaluator.Plan(Hefei, In2012, H(households));
            if (plan.MinimumGrids > plan.MaximumGrids || plan.MinimumGrids < 1)
            {
                return false;
            }

            // Where the range can be met at all (households of at least one full grid), every count in
            // the plan gives an average grid size within 300 to 500, and the counts just outside do not.
            if (households < 300)
            {
                return plan.MinimumGrids == 1 && plan.MaximumGrids == 1;
            }

            bool Fits(int grids) => grids > 0 && households <= 500L * grids && households >= 300L * grids;
            return Enumerable.Range(plan.MinimumGrids, plan.MaximumGrids - plan.MinimumGrids + 1).All(Fits) == (households <= 500 || Fits(plan.MinimumGrids))
                && !Fits(plan.MinimumGrids - 1) && !Fits(plan.MaximumGrids + 1);
        });

    [Fact]
    public void Plan_ManagersPerGrid_MultiplyTheFewestAndTheMostGrids()
    {
        var evaluator = new GridEvaluator(BuiltInCatalog.Instance.ToBuilder()
            .Override(PolicyVersion.Create(GridKinds.Size, Hefei, EffectivePeriod.Always, GridPolicy.Between(300, 500, 2, 3), RuleId.Of("TEST-01")))
            .Build());

        var plan = evaluator.Plan(Hefei, In2012, H(2500));

        (plan.MinimumManagers, plan.MaximumManagers).Should().Be((10, 24));
        plan.AllowsManagers(24).Should().BeTrue();
        plan.AllowsManagers(25).Should().BeFalse();
        plan.ToString().Should().Be("2500 households: 5 to 8 grids, 10 to 24 managers (TEST-01)");
        evaluator.ExplainPlan(Hefei, In2012, H(2500)).Explanation.Result.Chinese.Should().Be("5至8个网格,网格员10至24名");
    }

    [Fact]
    public void ExplainPlan_NoHouseholds_AndAboutAHundred_SayHowTheyDivide()
    {
        Evaluator.ExplainPlan(Hefei, In2012, H(0)).Explanation.Steps[^1].English.Should().Be("With no households there is nothing to divide: no grids.");
        Evaluator.ExplainPlan(Hefei, In2012, H(0)).Explanation.Steps[^1].Chinese.Should().Be("没有住户,无需划分网格。");
        Evaluator.ExplainPlan(City.Code, In2012, H(1000)).Explanation.Steps[^1].Chinese.Should().Be("每格约300户:1000÷300=3.33,取其上下相邻的整数(至少1个):3至4个网格。");
        Evaluator.ExplainPlan(Hefei, In2012, H(2500)).Explanation.Steps[^1].Chinese.Should().Be("每格300至500户:2500户至少需2500÷500向上取整个,至多2500÷300向下取整个(至少1个):5至8个网格。");
        Evaluator.Assess(Hefei, In2012, H(2500), 5).ToString().Should().EndWith(": compliant");
        Evaluator.Assess(Hefei, In2012, H(2500), 4).ToString().Should().EndWith(": 1 finding(s)");
        Evaluator.ExplainAssessment(City.Code, In2012, H(300), 1, 1).Explanation.Steps[^1].Chinese.Should().Be("符合:社区配备网格员1名;按网格数应为1名。");
    }
}
