using Community.Domain.Admission;
using Community.Domain.Explanations;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using static Community.Domain.Tests.Admission.AdmissionFixtures;

namespace Community.Domain.Tests.Admission;

/// <summary>Pins every word of representative admission explanations, in both languages: explanations are part of the public contract.</summary>
public class AdmissionExplanationGoldenTests
{
    [Fact]
    public void Explanations_ReadExactlyAsReviewed()
    {
        var onlyAgreements = new AdmissionEvaluator(Catalog.ToBuilder()
            .Override(PolicyVersion.Create(AdmissionKinds.WorkAdmission, City.Code, EffectivePeriod.Always, AdmissionPolicies.UnnamedCity.ToBuilder().RequireEntrustment(EntrustmentForm.Agreement).Build(), RuleId.Adm02, SourceDocuments.UnnamedCitySurvey))
            .Build());
        var cases = new (string Name, Explanation Explanation)[]
        {
            ("XinluoBare", Evaluator.ExplainDecision(Xinluo, Decided, Bare()).Explanation),
            ("XinluoFull", Evaluator.ExplainDecision(Xinluo, Decided, FullXinluo()).Explanation),
            ("XinluoOwnDuty", Evaluator.ExplainDecision(Xinluo, Decided, WorkRequest.ForDuty(CivilAffairs, CommunityDuty.StatutoryDuties, "调解", Start, End).WithUrgency(WorkUrgency.Emergency)).Explanation),
            ("XinluoOtherDuty", Evaluator.ExplainDecision(Xinluo, Decided, WorkRequest.ForDuty(CivilAffairs, CommunityDuty.CityManagement, "市容", Start, End).WithUrgency(WorkUrgency.Emergency)).Explanation),
            ("CityEmergency", Evaluator.ExplainDecision(City.Code, Decided, Bare().WithUrgency(WorkUrgency.Emergency)).Explanation),
            ("CityRejectedBare", Evaluator.ExplainDecision(City.Code, Decided, Bare(WorkItemKind.EconomicTarget)).Explanation),
            ("CityRejectedBacked", Evaluator.ExplainDecision(City.Code, Decided, FullUnnamedCity(WorkItemKind.EconomicTarget)).Explanation),
            ("CityWrongForm", onlyAgreements.ExplainDecision(City.Code, Decided, FullUnnamedCity().WithEntrustment(EntrustmentForm.ProjectManagement).WithApproval(Authority.DistrictCommunityOffice, Decided)).Explanation),
            ("CityNoForm", onlyAgreements.ExplainDecision(City.Code, Decided, FullUnnamedCity().WithEntrustment(null)).Explanation),
        };
        var writer = new StringWriter();
        foreach (var (name, explanation) in cases)
        {
            writer.WriteLine("## " + name);
            foreach (var step in explanation.Steps.Skip(1))
            {
                writer.WriteLine("E " + step.English);
                writer.WriteLine("Z " + step.Chinese);
            }

            writer.WriteLine("RE " + explanation.Result.English);
            writer.WriteLine("RZ " + explanation.Result.Chinese);
            writer.WriteLine("IZ " + string.Join(" | ", explanation.Inputs.Select(i => i.Chinese)));
        }

        writer.ToString().ReplaceLineEndings().TrimEnd().Should().Be(Golden.ReplaceLineEndings());
    }

    private const string Golden = """
        ## XinluoBare
        E ADM-01 is a proposal, not a rule in force: this answer says what the proposal would give.
        Z ADM-01为建议,尚未施行:以下结果为按该建议测算。
        E Holds: The work, a special survey, is not a prohibited kind (prohibited: none).
        Z 符合:该工作(专项调查)不属禁止事项(禁止事项:无)。
        E The work, a special survey, lies outside the community's own duties under this policy (the duties the Organic Law of Urban Residents' Committees assigns), so it needs admission.
        Z 该工作(专项调查)在本政策所列社区自身职责(《居民委员会组织法》规定的职责)之外,须经准入。
        E Fails: The department must apply in writing to the district community office (区社区办). It shows no written application.
        Z 不符合:部门须向区社区办提出书面申请。未见书面申请。
        E Not checked: The application must go to the district community office (区社区办), not to another body. (there is no written application)
        Z 未核查:书面申请须提交区社区办,而非其他机关。(未提出书面申请)
        E Fails: The request must come with the superior authority's document. The superior's document did not come with it.
        Z 不符合:须持上级有关文件。未附上级有关文件。
        E Fails: The request must come with a concrete implementation plan. No implementation plan came with it.
        Z 不符合:须附具体实施意见。未附具体实施意见。
        E Fails: The work must be approved by the district party committee and government (区委、区政府). It has no approval.
        Z 不符合:须报区委、区政府批准。未经批准。
        E Not checked: The approval must come from the district party committee and government (区委、区政府); another body's approval does not count. (the work has not been approved)
        Z 未核查:批准机关须为区委、区政府,其他机关的批准不能代替。(尚未获得批准)
        E Not checked: The approval must be given on or before the day the work begins. (the work has not been approved)
        Z 未核查:须在工作开始之日或之前获得批准。(尚未获得批准)
        E Fails: Funds must come with the task (费随事转). No funds come with it.
        Z 不符合:须按“费随事转”随任务拨付经费。未随任务拨付经费。
        E Fails: Authority must come with the responsibility (权随责走). No authority comes with it.
        Z 不符合:须按“权随责走”随责任赋予相应权限。未随责任赋予相应权限。
        RE refusable: the community may refuse it (6 conditions unmet)
        RZ 社区有权拒绝或不执行(6项条件未满足)
        IZ 区民政局(县(区)级) | 专项调查:老年人口专项调查 | 2010年3月15日至2010年6月30日 | 一般工作 | 无书面申请 | 无 | 未经批准 | 0.00元 | 未赋予 | 未载明
        ## XinluoFull
        E ADM-01 is a proposal, not a rule in force: this answer says what the proposal would give.
        Z ADM-01为建议,尚未施行:以下结果为按该建议测算。
        E Holds: The work, a special survey, is not a prohibited kind (prohibited: none).
        Z 符合:该工作(专项调查)不属禁止事项(禁止事项:无)。
        E The work, a special survey, lies outside the community's own duties under this policy (the duties the Organic Law of Urban Residents' Committees assigns), so it needs admission.
        Z 该工作(专项调查)在本政策所列社区自身职责(《居民委员会组织法》规定的职责)之外,须经准入。
        E Holds: The department must apply in writing. It applied in writing to the district community office (区社区办).
        Z 符合:部门须提出书面申请。已向区社区办提出书面申请。
        E Holds: The application must go to the district community office (区社区办), not to another body. It applied in writing to the district community office (区社区办).
        Z 符合:书面申请须提交区社区办,而非其他机关。已向区社区办提出书面申请。
        E Holds: The request must come with the superior authority's document. The superior's document came with it.
        Z 符合:须持上级有关文件。已附上级有关文件。
        E Holds: The request must come with a concrete implementation plan. An implementation plan came with it.
        Z 符合:须附具体实施意见。已附具体实施意见。
        E Holds: The work must be approved. It was approved by the district party committee and government (区委、区政府) on 2010-02-20.
        Z 符合:须经批准。已于2010年2月20日经区委、区政府批准。
        E Holds: The approval must come from the district party committee and government (区委、区政府); another body's approval does not count. It was approved by the district party committee and government (区委、区政府).
        Z 符合:批准机关须为区委、区政府,其他机关的批准不能代替。批准机关为区委、区政府。
        E Holds: The approval must be given on or before the day the work begins. It was approved on 2010-02-20; the work begins on 2010-03-15.
        Z 符合:须在工作开始之日或之前获得批准。批准日期为2010年2月20日,工作开始于2010年3月15日。
        E Holds: Funds must come with the task (费随事转). Funds of 5000.00 yuan come with it.
        Z 符合:须按“费随事转”随任务拨付经费。随任务拨付经费5000.00元。
        E Holds: Authority must come with the responsibility (权随责走). The authority it needs comes with it.
        Z 符合:须按“权随责走”随责任赋予相应权限。已随责任赋予相应权限。
        RE admitted: entrusted to the community
        RZ 准入:委托社区承担
        IZ 区民政局(县(区)级) | 专项调查:老年人口专项调查 | 2010年3月15日至2010年6月30日 | 一般工作 | 已向区社区办提出书面申请 | 上级有关文件、具体实施意见 | 2010年2月20日经区委、区政府批准 | 5000.00元 | 随责任赋予 | 未载明
        ## XinluoOwnDuty
        E ADM-01 is a proposal, not a rule in force: this answer says what the proposal would give.
        Z ADM-01为建议,尚未施行:以下结果为按该建议测算。
        E Holds: The work, the community's own duty, is not a prohibited kind (prohibited: none).
        Z 符合:该工作(社区自身职责)不属禁止事项(禁止事项:无)。
        E The work falls under the duties the Organic Law of Urban Residents' Committees assigns, one of the community's own duties under this policy (the duties the Organic Law of Urban Residents' Committees assigns): no admission is needed.
        Z 该工作属《居民委员会组织法》规定的职责,为本政策所列社区自身职责(《居民委员会组织法》规定的职责),无需准入。
        RE no admission needed: the community's own duty
        RZ 无需准入:属社区自身职责
        IZ 区民政局(县(区)级) | 社区自身职责:《居民委员会组织法》规定的职责:调解 | 2010年3月15日至2010年6月30日 | 突发性重大事件 | 无书面申请 | 无 | 未经批准 | 0.00元 | 未赋予 | 未载明
        ## XinluoOtherDuty
        E ADM-01 is a proposal, not a rule in force: this answer says what the proposal would give.
        Z ADM-01为建议,尚未施行:以下结果为按该建议测算。
        E Holds: The work, the community's own duty, is not a prohibited kind (prohibited: none).
        Z 符合:该工作(社区自身职责)不属禁止事项(禁止事项:无)。
        E The work falls under city management, which is not among the community's own duties under this policy (the duties the Organic Law of Urban Residents' Committees assigns), so it needs admission.
        Z 该工作属城市管理,不在本政策所列社区自身职责(《居民委员会组织法》规定的职责)之内,须经准入。
        E The work is a sudden major event, but this policy has no exception for it, so it goes through the conditions like other work.
        Z 该工作属突发性重大事件,但本政策未规定例外,仍须符合准入条件。
        E Fails: The department must apply in writing to the district community office (区社区办). It shows no written application.
        Z 不符合:部门须向区社区办提出书面申请。未见书面申请。
        E Not checked: The application must go to the district community office (区社区办), not to another body. (there is no written application)
        Z 未核查:书面申请须提交区社区办,而非其他机关。(未提出书面申请)
        E Fails: The request must come with the superior authority's document. The superior's document did not come with it.
        Z 不符合:须持上级有关文件。未附上级有关文件。
        E Fails: The request must come with a concrete implementation plan. No implementation plan came with it.
        Z 不符合:须附具体实施意见。未附具体实施意见。
        E Fails: The work must be approved by the district party committee and government (区委、区政府). It has no approval.
        Z 不符合:须报区委、区政府批准。未经批准。
        E Not checked: The approval must come from the district party committee and government (区委、区政府); another body's approval does not count. (the work has not been approved)
        Z 未核查:批准机关须为区委、区政府,其他机关的批准不能代替。(尚未获得批准)
        E Not checked: The approval must be given on or before the day the work begins. (the work has not been approved)
        Z 未核查:须在工作开始之日或之前获得批准。(尚未获得批准)
        E Fails: Funds must come with the task (费随事转). No funds come with it.
        Z 不符合:须按“费随事转”随任务拨付经费。未随任务拨付经费。
        E Fails: Authority must come with the responsibility (权随责走). No authority comes with it.
        Z 不符合:须按“权随责走”随责任赋予相应权限。未随责任赋予相应权限。
        RE refusable: the community may refuse it (6 conditions unmet)
        RZ 社区有权拒绝或不执行(6项条件未满足)
        IZ 区民政局(县(区)级) | 社区自身职责:城市管理:市容 | 2010年3月15日至2010年6月30日 | 突发性重大事件 | 无书面申请 | 无 | 未经批准 | 0.00元 | 未赋予 | 未载明
        ## CityEmergency
        E Holds: The work, a special survey, is not a prohibited kind (prohibited: a responsibility letter, an economic target, a revenue quota to hand up and an irregular charge).
        Z 符合:该工作(专项调查)不属禁止事项(禁止事项:签订工作责任书、经济指标、创收上缴任务、违规收费)。
        E The work, a special survey, lies outside the community's own duties under this policy (the duties the Organic Law of Urban Residents' Committees assigns), so it needs admission.
        Z 该工作(专项调查)在本政策所列社区自身职责(《居民委员会组织法》规定的职责)之外,须经准入。
        E The work is a sudden major event: under this policy the town (street office) and the departments carry it out in the community directly; it is not entrusted to the committee.
        Z 该工作属突发性重大事件,按本政策由镇(街道办事处)和相关部门直接到社区组织实施,不委托社区居委会。
        RE carried out directly by the town (street office) and the departments, not entrusted
        RZ 由镇(街道办事处)和相关部门直接组织实施,不委托社区
        IZ 区民政局(县(区)级) | 专项调查:老年人口专项调查 | 2010年3月15日至2010年6月30日 | 突发性重大事件 | 无书面申请 | 无 | 未经批准 | 0.00元 | 未赋予 | 未载明
        ## CityRejectedBare
        E Fails: The work is an economic target, which this policy prohibits (prohibited: a responsibility letter, an economic target, a revenue quota to hand up and an irregular charge).
        Z 不符合:该工作属经济指标,为本政策禁止事项(禁止事项:签订工作责任书、经济指标、创收上缴任务、违规收费)。
        E No approval, funds or authority can admit a prohibited kind of work.
        Z 禁止事项不因批准、经费或权限而准入。
        RE rejected: a prohibited kind of work
        RZ 禁止:不得进入社区
        IZ 区民政局(县(区)级) | 经济指标:老年人口专项调查 | 2010年3月15日至2010年6月30日 | 一般工作 | 无书面申请 | 无 | 未经批准 | 0.00元 | 未赋予 | 未载明
        ## CityRejectedBacked
        E Fails: The work is an economic target, which this policy prohibits (prohibited: a responsibility letter, an economic target, a revenue quota to hand up and an irregular charge).
        Z 不符合:该工作属经济指标,为本政策禁止事项(禁止事项:签订工作责任书、经济指标、创收上缴任务、违规收费)。
        E No approval, funds or authority can admit a prohibited kind of work; the request's own approval, funds or authority do not change this.
        Z 禁止事项不因批准、经费或权限而准入;本请求所附的批准、经费或权限不改变这一结论。
        RE rejected: a prohibited kind of work
        RZ 禁止:不得进入社区
        IZ 区民政局(县(区)级) | 经济指标:老年人口专项调查 | 2010年3月15日至2010年6月30日 | 一般工作 | 无书面申请 | 无 | 2010年2月20日经市社区建设领导小组办公室批准 | 5000.00元 | 随责任赋予 | 购买服务
        ## CityWrongForm
        E Holds: The work, a special survey, is not a prohibited kind (prohibited: a responsibility letter, an economic target, a revenue quota to hand up and an irregular charge).
        Z 符合:该工作(专项调查)不属禁止事项(禁止事项:签订工作责任书、经济指标、创收上缴任务、违规收费)。
        E The work, a special survey, lies outside the community's own duties under this policy (the duties the Organic Law of Urban Residents' Committees assigns), so it needs admission.
        Z 该工作(专项调查)在本政策所列社区自身职责(《居民委员会组织法》规定的职责)之外,须经准入。
        E Holds: The work must be approved. It was approved by the district community office (区社区办) on 2010-03-01.
        Z 符合:须经批准。已于2010年3月1日经区社区办批准。
        E Fails: The approval must come from the city community-building leading group office (市社区建设领导小组办公室); another body's approval does not count. It was approved by the district community office (区社区办).
        Z 不符合:批准机关须为市社区建设领导小组办公室,其他机关的批准不能代替。批准机关为区社区办。
        E Holds: The approval must be given on or before the day the work begins. It was approved on 2010-03-01; the work begins on 2010-03-15.
        Z 符合:须在工作开始之日或之前获得批准。批准日期为2010年3月1日,工作开始于2010年3月15日。
        E Holds: Funds must come with the task (费随事转). Funds of 5000.00 yuan come with it.
        Z 符合:须按“费随事转”随任务拨付经费。随任务拨付经费5000.00元。
        E Holds: Authority must come with the responsibility (权随责走). The authority it needs comes with it.
        Z 符合:须按“权随责走”随责任赋予相应权限。已随责任赋予相应权限。
        E Holds: The work must be entrusted to the community in a stated form. It is entrusted by project management.
        Z 符合:须以明确方式委托社区承担。委托方式为项目管理。
        E Fails: The form of entrustment must be an agreement. It is entrusted by project management.
        Z 不符合:委托方式须为签订协议。委托方式为项目管理。
        RE refusable: the community may refuse it (2 conditions unmet)
        RZ 社区有权拒绝或不执行(2项条件未满足)
        IZ 区民政局(县(区)级) | 专项调查:老年人口专项调查 | 2010年3月15日至2010年6月30日 | 一般工作 | 无书面申请 | 无 | 2010年3月1日经区社区办批准 | 5000.00元 | 随责任赋予 | 项目管理
        ## CityNoForm
        E Holds: The work, a special survey, is not a prohibited kind (prohibited: a responsibility letter, an economic target, a revenue quota to hand up and an irregular charge).
        Z 符合:该工作(专项调查)不属禁止事项(禁止事项:签订工作责任书、经济指标、创收上缴任务、违规收费)。
        E The work, a special survey, lies outside the community's own duties under this policy (the duties the Organic Law of Urban Residents' Committees assigns), so it needs admission.
        Z 该工作(专项调查)在本政策所列社区自身职责(《居民委员会组织法》规定的职责)之外,须经准入。
        E Holds: The work must be approved. It was approved by the city community-building leading group office (市社区建设领导小组办公室) on 2010-02-20.
        Z 符合:须经批准。已于2010年2月20日经市社区建设领导小组办公室批准。
        E Holds: The approval must come from the city community-building leading group office (市社区建设领导小组办公室); another body's approval does not count. It was approved by the city community-building leading group office (市社区建设领导小组办公室).
        Z 符合:批准机关须为市社区建设领导小组办公室,其他机关的批准不能代替。批准机关为市社区建设领导小组办公室。
        E Holds: The approval must be given on or before the day the work begins. It was approved on 2010-02-20; the work begins on 2010-03-15.
        Z 符合:须在工作开始之日或之前获得批准。批准日期为2010年2月20日,工作开始于2010年3月15日。
        E Holds: Funds must come with the task (费随事转). Funds of 5000.00 yuan come with it.
        Z 符合:须按“费随事转”随任务拨付经费。随任务拨付经费5000.00元。
        E Holds: Authority must come with the responsibility (权随责走). The authority it needs comes with it.
        Z 符合:须按“权随责走”随责任赋予相应权限。已随责任赋予相应权限。
        E Fails: The work must be entrusted to the community by an agreement. No form of entrustment is stated.
        Z 不符合:须通过签订协议等方式委托社区承担。未载明委托方式。
        E Not checked: The form of entrustment must be an agreement. (no form of entrustment is stated)
        Z 未核查:委托方式须为签订协议。(未载明委托方式)
        RE refusable: the community may refuse it (1 condition unmet)
        RZ 社区有权拒绝或不执行(1项条件未满足)
        IZ 区民政局(县(区)级) | 专项调查:老年人口专项调查 | 2010年3月15日至2010年6月30日 | 一般工作 | 无书面申请 | 无 | 2010年2月20日经市社区建设领导小组办公室批准 | 5000.00元 | 随责任赋予 | 未载明
        """;
}
