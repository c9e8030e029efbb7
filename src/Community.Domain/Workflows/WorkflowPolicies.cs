using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;

namespace Community.Domain.Workflows;

/// <summary>The workflows and duties of the source documents (WF-01 to WF-04), and the occasions of 三必到五必访.</summary>
public static class WorkflowPolicies
{
    /// <summary>Gets the occasion of an emergency (突发事件), which cadres must attend.</summary>
    public static DutyOccasion Emergency { get; } = DutyOccasion.Of("emergency", "突发事件", "emergency");

    /// <summary>Gets the occasion of discontent among residents (不满情绪), which cadres must attend.</summary>
    public static DutyOccasion Discontent { get; } = DutyOccasion.Of("discontent", "不满情绪", "residents' discontent");

    /// <summary>Gets the occasion of a family dispute (家庭纠纷), which cadres must attend.</summary>
    public static DutyOccasion FamilyDispute { get; } = DutyOccasion.Of("family-dispute", "家庭纠纷", "family dispute");

    /// <summary>Gets a family in hardship (困难家庭), which cadres must visit.</summary>
    public static DutyOccasion FamilyInHardship { get; } = DutyOccasion.Of("family-in-hardship", "困难家庭", "family in hardship");

    /// <summary>Gets a household with a patient in hospital (住院病人), which cadres must visit.</summary>
    public static DutyOccasion Inpatient { get; } = DutyOccasion.Of("inpatient", "住院病人", "patient in hospital");

    /// <summary>Gets a laid-off or unemployed person (下岗失业人员), whom cadres must visit.</summary>
    public static DutyOccasion Unemployed { get; } = DutyOccasion.Of("unemployed", "下岗失业人员", "laid-off or unemployed person");

    /// <summary>Gets a person released from re-education through labour (劳教释放人员), whom cadres must visit.</summary>
    public static DutyOccasion ReleasedFromCustody { get; } = DutyOccasion.Of("released-from-custody", "劳教释放人员", "person released from custody");

    /// <summary>Gets an elderly person living alone (孤寡老人), whom cadres must visit.</summary>
    public static DutyOccasion ElderlyAlone { get; } = DutyOccasion.Of("elderly-alone", "孤寡老人", "elderly person living alone");

    /// <summary>Gets WF-01, Xiantao's handling of grid events: register, dispatch, handle, follow-up visit, evaluate and close, in that order; dispatch names the level, small matters staying within the grid and large ones within the community.</summary>
    public static WorkflowDefinition XiantaoGridEvents { get; } = WorkflowDefinition.Define("网格事件处理", "grid event handling",
            WorkflowStep.Of("register", "事件登记", "register the event"),
            WorkflowStep.Of("dispatch", "调度派遣", "dispatch"),
            WorkflowStep.Of("handle", "任务处理", "handle the task"),
            WorkflowStep.Of("follow-up", "跟踪回访", "follow-up visit"),
            WorkflowStep.Of("close", "评估结案", "evaluate and close"))
        .InSequence()
        .Require("dispatch", TransitionRequirements.Level)
        .KeepWithin(HandlingLevel.Grid, HandlingLevel.Community)
        .Build();

    /// <summary>Gets WF-02, Shashi's six steps of 居民说事: raise, sort, deliberate, handle with a named person responsible, evaluate in public (with a verdict), follow up. Sorting names the level, every matter staying within the community; a matter counts as closed (办结) when it reaches public evaluation. The fourth step is 办事 in one of the source's lists and 干事 in the other.</summary>
    public static WorkflowDefinition ShashiResidentsMatters { get; } = WorkflowDefinition.Define("居民说事", "residents raising matters",
            WorkflowStep.Of("raise", "说事", "raise the matter"),
            WorkflowStep.Of("sort", "理事", "sort the matter"),
            WorkflowStep.Of("deliberate", "议事", "deliberate"),
            WorkflowStep.Of("handle", "办事", "handle with named responsibility").AlsoCalledAs("干事"),
            WorkflowStep.Of("evaluate", "评事", "evaluate in public"),
            WorkflowStep.Of("follow-up", "查事", "follow up"))
        .InSequence()
        .Require("sort", TransitionRequirements.Level)
        .Require("handle", TransitionRequirements.Handler)
        .Require("evaluate", TransitionRequirements.Verdict)
        .ClosingAt("evaluate")
        .KeepWithin(HandlingLevel.Community, HandlingLevel.Community)
        .Build();

    /// <summary>Gets WF-03, Furong's petitions as the source counts them: received (接访), then mediated (调处), which closes the case. The source names no other step.</summary>
    public static WorkflowDefinition FurongPetitions { get; } = WorkflowDefinition.Define("信访接访", "petitions",
            WorkflowStep.Of("receive", "接访", "receive the petition"),
            WorkflowStep.Of("mediate", "调处", "mediate"))
        .InSequence()
        .Build();

    /// <summary>Gets WF-04, Xiantao's 三必到五必访: cadres attend emergencies, discontent and family disputes, and visit families in hardship, patients in hospital, the laid-off and unemployed, people released from custody and elderly people living alone.</summary>
    public static DutyPolicy XiantaoDuties { get; } = DutyPolicy.Of(
        [Emergency, Discontent, FamilyDispute],
        [FamilyInHardship, Inpatient, Unemployed, ReleasedFromCustody, ElderlyAlone]);

    /// <summary>Gets every built-in version, each cited to the section that states it.</summary>
    /// <returns>The versions.</returns>
    public static IEnumerable<PolicyVersion> BuiltInVersions()
    {
        var xiantao = KnownJurisdictions.Xiantao.Code;
        yield return PolicyVersion.Create(WorkflowKinds.GridEvents, xiantao, EffectivePeriod.Always, XiantaoGridEvents, RuleId.Wf01,
            SourceDocuments.XiantaoReport.WithSection("四、建议及对策,(六)2、夯实网格化管理"));
        yield return PolicyVersion.Create(WorkflowKinds.ResidentsMatters, KnownJurisdictions.Shashi.Code, EffectivePeriod.Always, ShashiResidentsMatters, RuleId.Wf02,
            SourceDocuments.ShashiReview.WithSection("三、(二)规范提升“居民说事”制度"));
        yield return PolicyVersion.Create(WorkflowKinds.Petitions, KnownJurisdictions.Wanan.Code, EffectivePeriod.Always, FurongPetitions, RuleId.Wf03,
            SourceDocuments.FurongNotice.WithSection("一、(二)2、社区服务中心工作创新"));
        yield return PolicyVersion.Create(WorkflowKinds.Duties, xiantao, EffectivePeriod.Always, XiantaoDuties, RuleId.Wf04,
            SourceDocuments.XiantaoReport.WithSection("二、(四)3、在责任中强化作为"));
    }
}
