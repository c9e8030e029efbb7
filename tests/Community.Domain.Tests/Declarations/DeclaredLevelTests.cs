using Community.Domain.Assessments;
using Community.Domain.Declarations;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;
using static Community.Domain.Tests.Declarations.DeclaredSamples;

namespace Community.Domain.Tests.Declarations;

/// <summary>A declared kind is level-checked like every kind a higher level binds: a higher level's version in force is run on the same inputs, and what it finds that the nearer rule does not is a warning citing both; the nearer rule applies.</summary>
public sealed class DeclaredLevelTests
{
    private static readonly Jurisdiction City = Jurisdiction.Below(Province, JurisdictionCode.Of(990100), "测试市", "Test City", JurisdictionLevel.City);

    private static readonly DeclaredRule Half = DeclaredRule.AllOf(
        DeclaredRule.Threshold("attendance", DeclaredComparison.MoreThan, 1, 2, "council.not-quorate", FindingSeverity.Error),
        DeclaredRule.Threshold("support", DeclaredComparison.MoreThan, 1, 2, "council.motion-fails", FindingSeverity.Error));

    private static readonly DeclaredEvaluator Evaluator = new(PolicyCatalog.CreateBuilder()
        .IncludeJurisdictions(KnownJurisdictions.All)
        .AddJurisdiction(TestPlaces.Province)
        .AddJurisdiction(City)
        .Add(Council.Version(Province, EffectivePeriod.Always, CouncilRule, RuleId.Of("TST-PRV-01")))
        .Add(Council.Version(City.Code, EffectivePeriod.Always, Half, RuleId.Of("TST-CTY-01")))
        .Build());

    [Fact]
    public void ACityRuleLooserThanItsProvinces_IsAppliedWithAWarningCitingBoth()
    {
        var assessment = Evaluator.Assess(Council, City.Code, Day, [21, 12, 8]); // 12/21 is more than half, less than two thirds

        assessment.Holds.Should().BeTrue("the nearer rule, the city's, applies");
        assessment.Severity.Should().Be(FindingSeverity.Warning);
        var warning = assessment.Findings.Should().ContainSingle().Subject;
        warning.Code.Should().Be(AssessmentFindingCodes.ContradictsHigherLevel);
        warning.RuleId.Value.Should().Be("TST-CTY-01");
        warning.English.Should().Contain("TST-PRV-01 of Test Province").And.Contain("the meeting is not quorate");
        warning.Chinese.Should().Contain("上级测试省规则TST-PRV-01").And.Contain("会议未达法定人数");
        Evaluator.Evaluate(Council, City.Code, Day, [21, 12, 8]).Holds.Should().BeTrue("the plain evaluation answers by the rule in force alone");
    }

    [Fact]
    public void InputsBothLevelsAgreeOn_RaiseNoWarning_AndTheExplanationSaysSo()
    {
        var explained = Evaluator.ExplainAssessment(Council, City.Code, Day, [21, 14, 8]);

        explained.Value.Findings.Should().BeEmpty();
        explained.Explanation.ToText(ExplanationLanguage.English).Should().Contain("TST-PRV-01 of Test Province, a higher level, finds nothing more on these inputs.");
    }

    [Fact]
    public void AFailureBothLevelsFind_IsReportedOnceByTheRuleInForce()
    {
        var assessment = Evaluator.Assess(Council, City.Code, Day, [21, 10, 8]); // not more than half, nor two thirds

        assessment.Findings.Select(f => f.Code.Value).Should().Equal("council.not-quorate");
        assessment.Severity.Should().Be(FindingSeverity.Error);
    }
}
