using Community.Domain.Admission;
using Community.Domain.Explanations;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using static Community.Domain.Tests.Admission.AdmissionFixtures;

namespace Community.Domain.Tests.Admission;

public class AdmissionExplanationTests
{
    private static string[] Steps(Explanation explanation, ExplanationLanguage language) =>
        [.. explanation.Steps.Select(step => language == ExplanationLanguage.Chinese ? step.Chinese : step.English)];

    [Fact]
    public void Explain_GivesTheSameDecisionAsDecide()
    {
        foreach (var jurisdiction in PolicyJurisdictions)
        {
            foreach (var request in new[] { Bare(), FullXinluo(), FullUnnamedCity(), FullXiantao(WorkItemKind.EconomicTarget), Bare().WithUrgency(WorkUrgency.Emergency) })
            {
                Evaluator.ExplainDecision(jurisdiction, Decided, request).Value.Should().Be(Evaluator.Decide(jurisdiction, Decided, request));
            }
        }
    }

    [Fact]
    public void Refusable_StatesEveryCheckHeldOrFailed_InBothLanguages()
    {
        var request = FullXinluo().WithApplicationTo(Authority.Of("district-education-bureau", "区教育局", "the district education bureau")).WithFunds(Money.Zero);

        var explained = Evaluator.ExplainDecision(Xinluo, Decided, request);
        var explanation = explained.Explanation;

        explanation.RuleId.Value.Should().Be("ADM-01");
        explanation.Citations.Should().ContainSingle().Which.Section.Should().Contain("先行先试");
        explanation.Inputs.Select(input => input.Name).Should().Equal("department", "work", "period", "urgency", "application", "documents", "approval", "funds", "authority", "entrustment");
        explanation.Inputs.Select(input => input.English).Skip(4).Should().Equal(
            "in writing to the district education bureau (区教育局)",
            "the superior's document and an implementation plan",
            "by the district party committee and government (区委、区政府) on 2010-02-20",
            "0.00 yuan",
            "comes with the work",
            "not stated");
        explanation.Inputs.Select(input => input.Chinese).Skip(4).Should().Equal(
            "已向区教育局提出书面申请", "上级有关文件、具体实施意见", "2010年2月20日经区委、区政府批准", "0.00元", "随责任赋予", "未载明");
        explanation.Inputs[0].English.Should().Be("区民政局 (county or district)");
        explanation.Inputs[1].Chinese.Should().Be("专项调查:老年人口专项调查");
        explanation.Inputs[2].English.Should().Be("2010-03-15 to 2010-06-30");
        explanation.Inputs[2].Chinese.Should().Be("2010年3月15日至2010年6月30日");
        Steps(explanation, ExplanationLanguage.English).Should().ContainInOrder(
            "Holds: The work, a special survey, is not a prohibited kind (prohibited: none).",
            "The work, a special survey, lies outside the community's own duties under this policy (the duties the Organic Law of Urban Residents' Committees assigns), so it needs admission.",
            "Holds: The department must apply in writing. It applied in writing to the district education bureau (区教育局).",
            "Fails: The application must go to the district community office (区社区办), not to another body. It applied in writing to the district education bureau (区教育局).",
            "Holds: The request must come with the superior authority's document. The superior's document came with it.",
            "Holds: The request must come with a concrete implementation plan. An implementation plan came with it.",
            "Holds: The work must be approved. It was approved by the district party committee and government (区委、区政府) on 2010-02-20.",
            "Holds: The approval must come from the district party committee and government (区委、区政府); another body's approval does not count. It was approved by the district party committee and government (区委、区政府).",
            "Holds: The approval must be given on or before the day the work begins. It was approved on 2010-02-20; the work begins on 2010-03-15.",
            "Fails: Funds must come with the task (费随事转). No funds come with it.",
            "Holds: Authority must come with the responsibility (权随责走). The authority it needs comes with it.");
        Steps(explanation, ExplanationLanguage.Chinese).Should().Contain("不符合:须按“费随事转”随任务拨付经费。未随任务拨付经费。")
            .And.Contain("不符合:书面申请须提交区社区办,而非其他机关。已向区教育局提出书面申请。");
        explanation.Result.English.Should().Be("refusable: the community may refuse it (2 conditions unmet)");
        explanation.Result.Chinese.Should().Be("社区有权拒绝或不执行(2项条件未满足)");
        explanation.ToText(ExplanationLanguage.Chinese).Should().Contain("社区建设工作的调查报告");
    }

    [Fact]
    public void Inputs_OfABareRequest_SayWhatIsMissing()
    {
        var explanation = Evaluator.ExplainDecision(Xinluo, Decided, Bare().WithReference("统计〔2010〕3号").WithDocuments(SupportingDocuments.ImplementationPlan)).Explanation;

        explanation.Inputs.Select(input => input.English).Skip(4).Should().Equal("none", "an implementation plan", "none", "0.00 yuan", "does not come with the work", "not stated", "统计〔2010〕3号");
        explanation.Inputs.Select(input => input.Chinese).Skip(4).Should().Equal("无书面申请", "具体实施意见", "未经批准", "0.00元", "未赋予", "未载明", "统计〔2010〕3号");
        explanation.Inputs[^1].Name.Should().Be("reference");
        Evaluator.ExplainDecision(Xinluo, Decided, Bare().WithDocuments(SupportingDocuments.SuperiorDocument).WithEntrustment(EntrustmentForm.ProjectManagement)).Explanation
            .Inputs.Select(input => input.Chinese).Should().Contain("上级有关文件").And.Contain("项目管理");
        Evaluator.ExplainDecision(Xinluo, Decided, Bare().WithDocuments(SupportingDocuments.SuperiorDocument)).Explanation
            .Inputs.Single(input => input.Name == "documents").English.Should().Be("the superior's document");
        Evaluator.ExplainDecision(Xinluo, Decided, Bare()).Explanation.Inputs.Select(input => input.Chinese).Should().Contain("无").And.HaveCount(10);
    }

    [Fact]
    public void DependentConditions_OfAMissingApplicationOrApproval_AreMarkedNotChecked()
    {
        var explanation = Evaluator.ExplainDecision(Xinluo, Decided, Bare()).Explanation;

        var steps = Steps(explanation, ExplanationLanguage.English);
        steps.Should().Contain("Not checked: The application must go to the district community office (区社区办), not to another body. (there is no written application)");
        steps.Should().Contain("Not checked: The approval must be given on or before the day the work begins. (the work has not been approved)");
        steps.Should().Contain("Fails: The work must be approved by the district party committee and government (区委、区政府). It has no approval.");
        Steps(explanation, ExplanationLanguage.Chinese).Should().Contain("未核查:书面申请须提交区社区办,而非其他机关。(未提出书面申请)")
            .And.Contain("未核查:须在工作开始之日或之前获得批准。(尚未获得批准)");
        explanation.Result.English.Should().EndWith("(6 conditions unmet)");

        var city = Steps(Evaluator.ExplainDecision(City.Code, Decided, FullUnnamedCity().WithEntrustment(null)).Explanation, ExplanationLanguage.English);
        city.Should().Contain("Fails: The work must be entrusted to the community by an agreement, purchase of services or project management. No form of entrustment is stated.");
        Steps(Evaluator.ExplainDecision(City.Code, Decided, FullUnnamedCity()).Explanation, ExplanationLanguage.Chinese)
            .Should().Contain("符合:须以明确方式委托社区承担。委托方式为购买服务。");
    }

    [Fact]
    public void AnApprovalNotYetGiven_IsExplained()
    {
        var request = FullXinluo().WithApproval(Authority.DistrictPartyCommitteeAndGovernment, Decided.PlusDays(3));

        var explanation = Evaluator.ExplainDecision(Xinluo, Decided, request).Explanation;

        Steps(explanation, ExplanationLanguage.English).Should().Contain(
            "Fails: The work must be approved by the district party committee and government (区委、区政府). Its approval is dated 2010-03-04, after the day of the decision, 2010-03-01, so it had not been given yet.");
        Steps(explanation, ExplanationLanguage.Chinese).Should().Contain(
            "不符合:须报区委、区政府批准。其批准日期为2010年3月4日,晚于决定之日2010年3月1日,当日尚未批准。");
        explanation.Result.English.Should().EndWith("(1 condition unmet)");
    }

    [Fact]
    public void Admitted_SaysSo()
    {
        var explanation = Evaluator.ExplainDecision(City.Code, Decided, FullUnnamedCity()).Explanation;

        explanation.RuleId.Value.Should().Be("ADM-02");
        explanation.Result.English.Should().Be("admitted: entrusted to the community");
        explanation.Result.Chinese.Should().Be("准入:委托社区承担");
        Steps(explanation, ExplanationLanguage.English).Should().Contain("Holds: Funds must come with the task (费随事转). Funds of 5000.00 yuan come with it.")
            .And.NotContain(step => step.StartsWith("Fails", StringComparison.Ordinal) && !step.Contains("own duties", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejected_SaysNoApprovalCanAdmitIt_AndStopsThere()
    {
        var request = FullUnnamedCity(WorkItemKind.RevenueQuota);

        var explanation = Evaluator.ExplainDecision(City.Code, Decided, request).Explanation;

        var steps = Steps(explanation, ExplanationLanguage.English);
        steps.Should().Contain("Fails: The work is a revenue quota to hand up, which this policy prohibits (prohibited: a responsibility letter, an economic target, a revenue quota to hand up and an irregular charge).");
        steps.Should().Contain("No approval, funds or authority can admit a prohibited kind of work; the request's own approval, funds or authority do not change this.");
        steps.Should().NotContain(step => step.Contains("must", StringComparison.Ordinal));
        Steps(explanation, ExplanationLanguage.Chinese).Should().Contain("不符合:该工作属创收上缴任务,为本政策禁止事项(禁止事项:签订工作责任书、经济指标、创收上缴任务、违规收费)。")
            .And.Contain("禁止事项不因批准、经费或权限而准入;本请求所附的批准、经费或权限不改变这一结论。");
        explanation.Result.English.Should().Be("rejected: a prohibited kind of work");
        explanation.Result.Chinese.Should().Be("禁止:不得进入社区");

        Steps(Evaluator.ExplainDecision(City.Code, Decided, Bare(WorkItemKind.IrregularCharge)).Explanation, ExplanationLanguage.English)
            .Should().Contain("No approval, funds or authority can admit a prohibited kind of work.");
        Steps(Evaluator.ExplainDecision(City.Code, Decided, Bare(WorkItemKind.IrregularCharge).WithAuthorityTransferred()).Explanation, ExplanationLanguage.English)
            .Should().Contain(step => step.EndsWith("do not change this.", StringComparison.Ordinal));
        Steps(Evaluator.ExplainDecision(City.Code, Decided, Bare(WorkItemKind.IrregularCharge).WithFunds(Money.FromYuan(1m))).Explanation, ExplanationLanguage.Chinese)
            .Should().Contain(step => step.EndsWith("不改变这一结论。", StringComparison.Ordinal));
    }

    [Fact]
    public void NotNeeded_NamesTheDuty()
    {
        var request = WorkRequest.ForDuty(CivilAffairs, CommunityDuty.EmergencyManagement, "防汛演练", Decided, End);

        var explanation = Evaluator.ExplainDecision(Xiantao, Decided, request).Explanation;

        explanation.RuleId.Value.Should().Be("ADM-03");
        explanation.Inputs[1].English.Should().Be("the community's own duty: emergency management: 防汛演练");
        Steps(explanation, ExplanationLanguage.English).Should().Contain(
            "The work falls under emergency management, one of the community's own duties under this policy (city management, public services, community building, safety supervision, emergency management, social stability and comprehensive governance of public order): no admission is needed.");
        Steps(explanation, ExplanationLanguage.Chinese).Should().Contain(
            "该工作属应急管理,为本政策所列社区自身职责(城市管理、公共服务、社区建设、安全监督、应急管理、社会稳定、社会治安综合治理),无需准入。");
        explanation.Result.English.Should().Be("no admission needed: the community's own duty");

        var outside = Evaluator.ExplainDecision(Xinluo, Decided, WorkRequest.ForDuty(CivilAffairs, CommunityDuty.CityManagement, "x", Decided, End)).Explanation;
        Steps(outside, ExplanationLanguage.English).Should().Contain(
            "The work falls under city management, which is not among the community's own duties under this policy (the duties the Organic Law of Urban Residents' Committees assigns), so it needs admission.");
        Steps(outside, ExplanationLanguage.Chinese).Should().Contain(
            "该工作属城市管理,不在本政策所列社区自身职责(《居民委员会组织法》规定的职责)之内,须经准入。");
    }

    [Fact]
    public void Emergency_IsExplainedWithOrWithoutTheException()
    {
        var request = Bare().WithUrgency(WorkUrgency.Emergency);

        var direct = Evaluator.ExplainDecision(City.Code, Decided, request).Explanation;
        Steps(direct, ExplanationLanguage.English).Should().Contain(
            "The work is a sudden major event: under this policy the town (street office) and the departments carry it out in the community directly; it is not entrusted to the committee.");
        Steps(direct, ExplanationLanguage.Chinese).Should().Contain(
            "该工作属突发性重大事件,按本政策由镇(街道办事处)和相关部门直接到社区组织实施,不委托社区居委会。");
        direct.Result.English.Should().Be("carried out directly by the town (street office) and the departments, not entrusted");
        direct.Inputs[3].Chinese.Should().Be("突发性重大事件");

        var noException = Evaluator.ExplainDecision(Xinluo, Decided, request.WithUrgency(WorkUrgency.TemporaryImportant)).Explanation;
        Steps(noException, ExplanationLanguage.English).Should().Contain(
            "The work is temporary important work, but this policy has no exception for it, so it goes through the conditions like other work.");
        Steps(noException, ExplanationLanguage.Chinese).Should().Contain(
            "该工作属临时性重要工作,但本政策未规定例外,仍须符合准入条件。");
    }

    [Fact]
    public void InheritedPolicy_IsExplainedAsInherited()
    {
        var explanation = Evaluator.ExplainDecision(XinluoStreet.Code, Decided, FullXinluo()).Explanation;

        explanation.Steps.Should().Contain(step => step.Kind == ExplanationStepKind.Inheritance);
        explanation.Citations.Should().ContainSingle().Which.Title.Should().Be(SourceDocuments.XinluoSurvey.Title);
    }

    [Fact]
    public void EveryOutcome_DescribesItselfInBothLanguages()
    {
        var decisions = new[]
        {
            Evaluator.Decide(Xiantao, Decided, WorkRequest.ForDuty(CivilAffairs, CommunityDuty.PublicOrder, "x", Start, End)),
            Evaluator.Decide(Xinluo, Decided, FullXinluo()),
            Evaluator.Decide(City.Code, Decided, Bare().WithUrgency(WorkUrgency.Emergency)),
            Evaluator.Decide(Xinluo, Decided, Bare()),
            Evaluator.Decide(City.Code, Decided, Bare(WorkItemKind.EconomicTarget)),
        };

        decisions.Select(d => d.Outcome).Should().Equal(Enum.GetValues<AdmissionOutcome>());
        decisions.Select(d => d.Describe(ExplanationLanguage.English)).Should().OnlyHaveUniqueItems();
        decisions.Select(d => d.Describe(ExplanationLanguage.Chinese)).Should().OnlyHaveUniqueItems();
    }
}
