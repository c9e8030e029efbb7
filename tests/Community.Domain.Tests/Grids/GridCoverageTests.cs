using Community.Domain.Assessments;
using Community.Domain.BuiltIn;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Grids;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Tests.Grids;

public class GridCoverageTests
{
    private static readonly GridEvaluator Evaluator = new(BuiltInCatalog.Instance);
    private static readonly JurisdictionCode Hefei = KnownJurisdictions.Hefei.Code;

    [Fact]
    public void Grd02_EndOf2011_AllUrbanAnd30PercentOfTownCommunities_The60PercentMilestoneNotYetDue()
    {
        var assessment = Evaluator.AssessCoverage(Hefei, new LocalDate(2011, 12, 31), GridCoverage.Of(Proportion.Of(400, 400), Proportion.Of(30, 100)));

        assessment.IsCompliant.Should().BeTrue();
        assessment.Findings.Should().ContainSingle().Which.Should().Match<Finding>(f => f.Code == GridFindingCodes.CoverageNotChecked && f.Severity == FindingSeverity.Info && f.RuleId == RuleId.Grd02);
        assessment.Findings[0].English.Should().Be("By 2012-07-31, at least 60% of town communities are to be under grid management; on 2011-12-31 it is not yet due.");
        assessment.Findings[0].Chinese.Should().Be("至2012年7月31日,城镇社区网格化管理覆盖率应达到60%;截至2011年12月31日尚未到期。");
    }

    [Theory]
    [InlineData(399, 400, 60, 100, 1)]
    [InlineData(400, 400, 29, 100, 2)]
    [InlineData(400, 400, 59, 100, 1)]
    [InlineData(400, 400, 60, 100, 0)]
    public void Grd02_After31July2012_EveryMilestoneIsChecked_AtItsBoundary(int urban, int urbanAll, int town, int townAll, int missed)
    {
        var assessment = Evaluator.AssessCoverage(Hefei, new LocalDate(2012, 8, 1), GridCoverage.Of(Proportion.Of(urban, urbanAll), Proportion.Of(town, townAll)));

        assessment.Findings.Count(f => f.Code == GridFindingCodes.CoverageBelowTarget).Should().Be(missed);
        assessment.IsCompliant.Should().Be(missed == 0);
    }

    [Fact]
    public void Grd02_ExplanationNotesTheTwoDatesTheSourcesGive()
    {
        var explained = Evaluator.ExplainCoverage(Hefei, new LocalDate(2012, 8, 1), GridCoverage.Of(Proportion.Of(400, 400), null));

        explained.Explanation.Steps.Should().Contain(s => s.Kind == ExplanationStepKind.Remark && s.Chinese.StartsWith("两份来源对60%目标的时限表述不一", StringComparison.Ordinal));
        explained.Explanation.Steps.Should().Contain(s => s.English == "Holds: By 2011-12-31, at least 100% of urban communities are to be under grid management; 400 of 400 are, which reaches it.");
        explained.Value.Findings.Should().OnlyContain(f => f.Code == GridFindingCodes.CoverageNotChecked, "no town coverage is recorded");
        explained.Value.Findings.Should().HaveCount(2);
        explained.Explanation.Result.English.Should().Be("every milestone due is reached (2 note(s))");
        explained.Explanation.Citations.Select(c => c.Title).Should().Equal("合肥社区服务管理创新调研报告", "“创新社区服务管理样本”的合肥实践");
        GridPolicies.HefeiCoverage.Milestones[2].Due.Should().Be(new LocalDate(2012, 7, 31));
    }

    [Fact]
    public void Grd02_ShortfallIsAnErrorNamingBothFigures()
    {
        var explained = Evaluator.ExplainCoverage(Hefei, new LocalDate(2013, 1, 1), GridCoverage.Of(Proportion.Of(400, 400), Proportion.Of(50, 100)));

        explained.Value.IsCompliant.Should().BeFalse();
        explained.Value.Findings.Should().ContainSingle(f => f.Severity == FindingSeverity.Error).Which.Chinese.Should().Be("至2012年7月31日,城镇社区网格化管理覆盖率应达到60%;现为100个中50个,未达到。");
        explained.Explanation.Result.Chinese.Should().Be("1项到期目标未达到");
        explained.Value.ToString().Should().Be("not compliant; 1 findings");
    }

    [Fact]
    public void TryAssessCoverage_WhereNoTargetIsInForce_IsFalse()
    {
        Evaluator.TryAssessCoverage(KnownJurisdictions.Xiantao.Code, new LocalDate(2012, 1, 1), GridCoverage.Of(null, null), out var none).Should().BeFalse();
        none.Should().BeNull();
        Evaluator.TryAssessCoverage(KnownJurisdictions.Shushan.Code, new LocalDate(2012, 1, 1), GridCoverage.Of(null, null), out var inherited).Should().BeTrue();
        inherited!.Findings.Should().HaveCount(3, "nothing recorded, so every milestone is a note");
        FluentActions.Invoking(() => Evaluator.AssessCoverage(KnownJurisdictions.Xiantao.Code, new LocalDate(2012, 1, 1), GridCoverage.Of(null, null))).Should().Throw<PolicyNotInForceException>();
        FluentActions.Invoking(() => Evaluator.AssessCoverage(Hefei, new LocalDate(2012, 1, 1), default)).Should().Throw<ArgumentException>().WithParameterName("coverage");
    }

    [Fact]
    public void Target_ListsEveryProblem_AndRefusesBadMilestones()
    {
        var due = new LocalDate(2012, 1, 1);
        var act = () => CoverageTarget.Of(
            CoverageMilestone.Of(CommunitySetting.Town, ShareThreshold.AtLeast(Rate.FromPercent(60)), due),
            CoverageMilestone.Of(CommunitySetting.Town, ShareThreshold.AtLeast(Rate.FromPercent(30)), due.PlusYears(1)),
            CoverageMilestone.Of(CommunitySetting.Town, ShareThreshold.AtLeast(Rate.FromPercent(70)), due),
            CoverageMilestone.Of(CommunitySetting.Urban, ShareThreshold.AtLeast(Rate.FromPercent(10)), due));

        act.Should().Throw<PolicyDefinitionException>().Which.Problems.Select(p => p.Message).Should().Equal(
            "the milestone \"Town: at least 30% by 2013-01-01\" asks less than the earlier \"Town: at least 60% by 2012-01-01\"; expected shares that do not fall.",
            "milestones 1 and 3 are both for Town communities on 2012-01-01.",
            "the milestone \"Town: at least 30% by 2013-01-01\" asks less than the earlier \"Town: at least 70% by 2012-01-01\"; expected shares that do not fall.");
        FluentActions.Invoking(() => CoverageTarget.Of()).Should().Throw<PolicyDefinitionException>();
        FluentActions.Invoking(() => CoverageMilestone.Of((CommunitySetting)7, ShareThreshold.AtLeast(1, 2), due)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "setting");
        FluentActions.Invoking(() => CoverageMilestone.Of(CommunitySetting.Town, default, due)).Should().Throw<ArgumentException>().Where(e => e.ParamName == "share");
        FluentActions.Invoking(() => CoverageTarget.Of([null!])).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "milestones[0]");
        GridPolicies.HefeiCoverage.ToString().Should().StartWith("Urban: at least 100% by 2011-12-31; Town: at least 30% by 2011-12-31");
    }

    [Fact]
    public void ShareThreshold_IsMetByAProportion_Exactly()
    {
        ShareThreshold.AtLeast(Rate.FromPercent(60)).IsMetBy(Proportion.Of(60, 100)).Should().BeTrue();
        ShareThreshold.MoreThan(Rate.FromPercent(60)).IsMetBy(Proportion.Of(60, 100)).Should().BeFalse();
        ShareThreshold.AtLeast(2, 3).IsMetBy(Proportion.Of(666_666_666_667, 1_000_000_000_000)).Should().BeTrue();
        ShareThreshold.AtLeast(2, 3).IsMetBy(Proportion.Of(666_666_666_666, 1_000_000_000_000)).Should().BeFalse();
        ShareThreshold.AtLeast(0, 1).IsMetBy(Proportion.Of(0, 0)).Should().BeTrue();
        FluentActions.Invoking(() => default(ShareThreshold).IsMetBy(Proportion.Of(0, 5))).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Milestone_MoreThanAShare_IsWrittenSo_AndAssessmentFormats()
    {
        CoverageMilestone.Of(CommunitySetting.Urban, ShareThreshold.MoreThan(1, 2), new LocalDate(2012, 1, 1)).ToString().Should().Be("Urban: more than 50% by 2012-01-01");
        Evaluator.AssessCoverage(Hefei, new LocalDate(2011, 1, 1), GridCoverage.Of(null, null)).ToString().Should().Be("compliant; 3 findings");
    }
}
