using System.Globalization;
using Community.Domain.Explanations;

namespace Community.Domain.Admission;

/// <summary>Writes the explanation of an admission decision: the request, each check in the order the decision makes them, and the outcome.</summary>
internal static class AdmissionExplanation
{
    private const ExplanationLanguage En = ExplanationLanguage.English;
    private const ExplanationLanguage Zh = ExplanationLanguage.Chinese;

    public static Explanation Of(ExplanationBuilder explanation, AdmissionDecision decision)
    {
        var request = decision.Request;
        var policy = decision.Version.Policy;
        Inputs(explanation, request);

        var kindEn = AdmissionText.Kind(request.Kind, En);
        var kindZh = AdmissionText.Kind(request.Kind, Zh);
        var prohibitedEn = AdmissionText.All(policy.ProhibitedKinds, AdmissionText.Kind, En);
        var prohibitedZh = AdmissionText.All(policy.ProhibitedKinds, AdmissionText.Kind, Zh);
        var prohibited = decision.Outcome == AdmissionOutcome.Rejected;
        explanation.Condition(
            !prohibited,
            prohibited
                ? $"The work is {kindEn}, which this policy prohibits (prohibited: {prohibitedEn})."
                : $"The work, {kindEn}, is not a prohibited kind (prohibited: {prohibitedEn}).",
            prohibited
                ? $"该工作属{kindZh},为本政策禁止事项(禁止事项:{prohibitedZh})。"
                : $"该工作({kindZh})不属禁止事项(禁止事项:{prohibitedZh})。");
        if (prohibited)
        {
            explanation.Step(new(
                ExplanationStepKind.Condition,
                "No approval, funds or authority can admit a prohibited kind of work" + (HasBacking(request) ? "; the request's own approval, funds or authority do not change this." : "."),
                "禁止事项不因批准、经费或权限而准入" + (HasBacking(request) ? ";本请求所附的批准、经费或权限不改变这一结论。" : "。")));
            return Finish(explanation, decision);
        }

        var ownEn = AdmissionText.All(policy.OwnDuties, AdmissionText.Duty, En);
        var ownZh = AdmissionText.All(policy.OwnDuties, AdmissionText.Duty, Zh);
        if (request.Duty is { } duty)
        {
            var own = decision.Outcome == AdmissionOutcome.NotNeeded;
            explanation.Condition(
                own,
                own
                    ? $"The work falls under {AdmissionText.Duty(duty, En)}, one of the community's own duties under this policy ({ownEn}): no admission is needed."
                    : $"The work falls under {AdmissionText.Duty(duty, En)}, which is not among the community's own duties under this policy ({ownEn}), so it needs admission.",
                own
                    ? $"该工作属{AdmissionText.Duty(duty, Zh)},为本政策所列社区自身职责({ownZh}),无需准入。"
                    : $"该工作属{AdmissionText.Duty(duty, Zh)},不在本政策所列社区自身职责({ownZh})之内,须经准入。");
            if (own)
            {
                return Finish(explanation, decision);
            }
        }
        else
        {
            explanation.Condition(
                false,
                $"The work, {kindEn}, lies outside the community's own duties under this policy ({ownEn}), so it needs admission.",
                $"该工作({kindZh})在本政策所列社区自身职责({ownZh})之外,须经准入。");
        }

        if (request.Urgency != WorkUrgency.Ordinary)
        {
            var direct = decision.Outcome == AdmissionOutcome.CarriedOutDirectly;
            var urgencyEn = AdmissionText.Urgency(request.Urgency, En);
            var urgencyZh = AdmissionText.Urgency(request.Urgency, Zh);
            explanation.Condition(
                direct,
                direct
                    ? $"The work is {urgencyEn}: under this policy the town (street office) and the departments carry it out in the community directly; it is not entrusted to the committee."
                    : $"The work is {urgencyEn}, but this policy has no exception for it, so it goes through the conditions like other work.",
                direct
                    ? $"该工作属{urgencyZh},按本政策由镇(街道办事处)和相关部门直接到社区组织实施,不委托社区居委会。"
                    : $"该工作属{urgencyZh},但本政策未规定例外,仍须符合准入条件。");
            if (direct)
            {
                return Finish(explanation, decision);
            }
        }

        var unmet = decision.UnmetConditions.Conditions;
        for (var bit = 1; bit <= (int)AdmissionCondition.EntrustmentFormAccepted; bit <<= 1)
        {
            var condition = (AdmissionCondition)bit;
            if ((policy.Conditions & condition) == 0)
            {
                continue;
            }

            var (english, chinese) = policy.RequirementOf(condition);
            var (factEn, factZh) = Fact(condition, decision);
            if (factEn is null)
            {
                explanation.Step(new(ExplanationStepKind.Condition, $"Not checked: {english} ({Skipped(condition, En)})", $"未核查:{chinese}({Skipped(condition, Zh)})"));
                continue;
            }

            explanation.Condition((unmet & condition) == 0, $"{english} {factEn}", $"{chinese}{factZh}");
        }

        return Finish(explanation, decision);
    }

    private static void Inputs(ExplanationBuilder explanation, WorkRequest request)
    {
        var department = request.Department;
        var kindEn = request.Duty is { } d ? $"{AdmissionText.Kind(request.Kind, En)}: {AdmissionText.Duty(d, En)}" : AdmissionText.Kind(request.Kind, En);
        var kindZh = request.Duty is { } z ? $"{AdmissionText.Kind(request.Kind, Zh)}:{AdmissionText.Duty(z, Zh)}" : AdmissionText.Kind(request.Kind, Zh);
        explanation
            .Input("department", $"{department.Name} ({AdmissionText.Level(department.Level, En)})", $"{department.Name}({AdmissionText.Level(department.Level, Zh)})")
            .Input("work", $"{kindEn}: {request.Description}", $"{kindZh}:{request.Description}")
            .Input("period", $"{Wording.Date(request.Period.Start, En)} to {Wording.Date(request.Period.End, En)}", $"{Wording.Date(request.Period.Start, Zh)}至{Wording.Date(request.Period.End, Zh)}")
            .Input("urgency", AdmissionText.Urgency(request.Urgency, En), AdmissionText.Urgency(request.Urgency, Zh));
        var documents = request.Documents;
        var superior = (documents & SupportingDocuments.SuperiorDocument) != 0;
        var plan = (documents & SupportingDocuments.ImplementationPlan) != 0;
        explanation
            .Input(
                "application",
                request.ApplicationTo is { } office ? $"in writing to {AdmissionText.Authority(office, En)}" : "none",
                request.ApplicationTo is { } to ? $"已向{to.Chinese}提出书面申请" : "无书面申请")
            .Input(
                "documents",
                (superior, plan) switch
                {
                    (true, true) => "the superior's document and an implementation plan",
                    (true, false) => "the superior's document",
                    (false, true) => "an implementation plan",
                    _ => "none",
                },
                (superior, plan) switch
                {
                    (true, true) => "上级有关文件、具体实施意见",
                    (true, false) => "上级有关文件",
                    (false, true) => "具体实施意见",
                    _ => "无",
                })
            .Input(
                "approval",
                request.Approval is { } approval ? $"by {AdmissionText.Authority(approval.Authority, En)} on {Wording.Date(approval.Date, En)}" : "none",
                request.Approval is { } given ? $"{Wording.Date(given.Date, Zh)}经{given.Authority.Chinese}批准" : "未经批准")
            .Input("funds", Wording.Money(request.Funds, En), Wording.Money(request.Funds, Zh))
            .Input("authority", request.AuthorityTransferred ? "comes with the work" : "does not come with the work", request.AuthorityTransferred ? "随责任赋予" : "未赋予")
            .Input(
                "entrustment",
                request.Entrustment is { } form ? AdmissionText.Form(form, En) : "not stated",
                request.Entrustment is { } stated ? AdmissionText.Form(stated, Zh) : "未载明");
        if (request.Reference is { } reference)
        {
            explanation.Input("reference", reference, reference);
        }
    }

    private static Explanation Finish(ExplanationBuilder explanation, AdmissionDecision decision)
    {
        var outcomeEn = decision.Describe(En);
        var outcomeZh = decision.Describe(Zh);
        if (decision.Outcome == AdmissionOutcome.Refusable)
        {
            var count = decision.UnmetConditions.Count;
            outcomeEn += string.Create(CultureInfo.InvariantCulture, $" ({count} condition{(count == 1 ? string.Empty : "s")} unmet)");
            outcomeZh += string.Create(CultureInfo.InvariantCulture, $"({count}项条件未满足)");
        }

        return explanation.Result("admission", outcomeEn, outcomeZh);
    }

    private static bool HasBacking(WorkRequest request) => request.Approval is not null || request.Funds.Yuan > 0m || request.AuthorityTransferred;

    // What the request shows for a condition, or nulls when the condition depends on one that failed.
    private static (string? English, string? Chinese) Fact(AdmissionCondition condition, AdmissionDecision decision)
    {
        var request = decision.Request;
        var unmet = decision.UnmetConditions.Conditions;
        var approval = request.Approval;
        var approvalCounts = approval is not null && (unmet & AdmissionCondition.Approval) == 0;
        return condition switch
        {
            AdmissionCondition.WrittenApplication or AdmissionCondition.ApplicationToNamedOffice => request.ApplicationTo is { } office
                ? ($"It applied in writing to {AdmissionText.Authority(office, En)}.", $"已向{office.Chinese}提出书面申请。")
                : condition == AdmissionCondition.WrittenApplication ? ("It shows no written application.", "未见书面申请。") : (null, null),
            AdmissionCondition.SuperiorDocument => (request.Documents & SupportingDocuments.SuperiorDocument) != 0
                ? ("The superior's document came with it.", "已附上级有关文件。")
                : ("The superior's document did not come with it.", "未附上级有关文件。"),
            AdmissionCondition.ImplementationPlan => (request.Documents & SupportingDocuments.ImplementationPlan) != 0
                ? ("An implementation plan came with it.", "已附具体实施意见。")
                : ("No implementation plan came with it.", "未附具体实施意见。"),
            AdmissionCondition.Approval when approval is null => ("It has no approval.", "未经批准。"),
            AdmissionCondition.Approval when !approvalCounts =>
                ($"Its approval is dated {Wording.Date(approval!.Date, En)}, after the day of the decision, {Wording.Date(decision.AsOf, En)}, so it had not been given yet.",
                 $"其批准日期为{Wording.Date(approval!.Date, Zh)},晚于决定之日{Wording.Date(decision.AsOf, Zh)},当日尚未批准。"),
            AdmissionCondition.Approval => ($"It was approved by {AdmissionText.Authority(approval!.Authority, En)} on {Wording.Date(approval.Date, En)}.", $"已于{Wording.Date(approval!.Date, Zh)}经{approval.Authority.Chinese}批准。"),
            AdmissionCondition.ApprovalByNamedAuthority => approvalCounts
                ? ($"It was approved by {AdmissionText.Authority(approval!.Authority, En)}.", $"批准机关为{approval!.Authority.Chinese}。")
                : (null, null),
            AdmissionCondition.ApprovalBeforeStart => approvalCounts
                ? ($"It was approved on {Wording.Date(approval!.Date, En)}; the work begins on {Wording.Date(request.Period.Start, En)}.", $"批准日期为{Wording.Date(approval!.Date, Zh)},工作开始于{Wording.Date(request.Period.Start, Zh)}。")
                : (null, null),
            AdmissionCondition.FundsTransferred => request.Funds.Yuan > 0m
                ? ($"Funds of {Wording.Money(request.Funds, En)} come with it.", $"随任务拨付经费{Wording.Money(request.Funds, Zh)}。")
                : ("No funds come with it.", "未随任务拨付经费。"),
            AdmissionCondition.AuthorityTransferred => request.AuthorityTransferred
                ? ("The authority it needs comes with it.", "已随责任赋予相应权限。")
                : ("No authority comes with it.", "未随责任赋予相应权限。"),
            AdmissionCondition.Entrustment or AdmissionCondition.EntrustmentFormAccepted => request.Entrustment is { } form
                ? ($"It is entrusted by {AdmissionText.Form(form, En)}.", $"委托方式为{AdmissionText.Form(form, Zh)}。")
                : condition == AdmissionCondition.Entrustment ? ("No form of entrustment is stated.", "未载明委托方式。") : (null, null),
            _ => (null, null),
        };
    }

    private static string Skipped(AdmissionCondition condition, ExplanationLanguage language) =>
        (condition, language) switch
        {
            (AdmissionCondition.ApplicationToNamedOffice, Zh) => "未提出书面申请",
            (AdmissionCondition.ApplicationToNamedOffice, _) => "there is no written application",
            (AdmissionCondition.EntrustmentFormAccepted, Zh) => "未载明委托方式",
            (AdmissionCondition.EntrustmentFormAccepted, _) => "no form of entrustment is stated",
            (_, Zh) => "尚未获得批准",
            _ => "the work has not been approved",
        };
}
