using System.Globalization;
using System.Text;
using Community.Domain.Explanations;
using NodaTime;

namespace Community.Domain.Admission;

/// <summary>The English and Chinese names of the admission vocabulary, made once.</summary>
internal static class AdmissionText
{
    private const ExplanationLanguage En = ExplanationLanguage.English;
    private const ExplanationLanguage Zh = ExplanationLanguage.Chinese;

    private static readonly System.Globalization.CultureInfo Invariant = System.Globalization.CultureInfo.InvariantCulture;

    private static readonly (string English, string Chinese)[] Kinds =
    [
        ("setting up an organisation", "组织机构进社区"),
        ("hanging a plaque", "挂牌"),
        ("an assessment or competition", "考核评比"),
        ("a training class", "办班培训"),
        ("a special survey", "专项调查"),
        ("a subscription drive", "报刊征订"),
        ("a responsibility letter", "签订工作责任书"),
        ("selling insurance on a quota", "承办保险任务"),
        ("collecting a fee or allowance", "代收费用或优待金"),
        ("an economic target", "经济指标"),
        ("a revenue quota to hand up", "创收上缴任务"),
        ("an irregular charge", "违规收费"),
        ("a themed campaign", "专题活动"),
        ("other work outside the community's duties", "社区职能以外的其他工作"),
        ("the community's own duty", "社区自身职责"),
    ];

    private static readonly (string English, string Chinese)[] Duties =
    [
        ("city management", "城市管理"),
        ("public services", "公共服务"),
        ("community building", "社区建设"),
        ("safety supervision", "安全监督"),
        ("emergency management", "应急管理"),
        ("social stability", "社会稳定"),
        ("comprehensive governance of public order", "社会治安综合治理"),
        ("the duties the Organic Law of Urban Residents' Committees assigns", "《居民委员会组织法》规定的职责"),
    ];

    private static readonly (string English, string Chinese)[] Outcomes =
    [
        ("no admission needed: the community's own duty", "无需准入:属社区自身职责"),
        ("admitted: entrusted to the community", "准入:委托社区承担"),
        ("carried out directly by the town (street office) and the departments, not entrusted", "由镇(街道办事处)和相关部门直接组织实施,不委托社区"),
        ("refusable: the community may refuse it", "社区有权拒绝或不执行"),
        ("rejected: a prohibited kind of work", "禁止:不得进入社区"),
    ];

    private static readonly (string English, string Chinese)[] Forms =
    [
        ("an agreement", "签订协议"),
        ("purchase of services", "购买服务"),
        ("project management", "项目管理"),
    ];

    private static readonly (string English, string Chinese)[] Urgencies =
    [
        ("ordinary work", "一般工作"),
        ("temporary important work", "临时性重要工作"),
        ("a sudden major event", "突发性重大事件"),
    ];

    private static readonly (string English, string Chinese)[] Levels =
    [
        ("central", "中央"),
        ("provincial", "省级"),
        ("city", "市级"),
        ("county or district", "县(区)级"),
        ("street office or town", "街道(镇)"),
        ("stationed unit", "驻区单位"),
    ];

    public static string Kind(WorkItemKind kind, ExplanationLanguage language) => Pick(Kinds[(int)kind], language);

    public static string Duty(CommunityDuty duty, ExplanationLanguage language) => Pick(Duties[(int)duty], language);

    public static string Outcome(AdmissionOutcome outcome, ExplanationLanguage language) => Pick(Outcomes[(int)outcome], language);

    public static string Form(EntrustmentForm form, ExplanationLanguage language) => Pick(Forms[(int)form], language);

    public static string Urgency(WorkUrgency urgency, ExplanationLanguage language) => Pick(Urgencies[(int)urgency], language);

    public static string Level(DepartmentLevel level, ExplanationLanguage language) => Pick(Levels[(int)level], language);

    public static string Authority(Authority authority, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese ? authority.Chinese : $"{authority.English} ({authority.Chinese})";

    /// <summary>Joins names as "a, b or c" / "a、b或c".</summary>
    public static string Either<T>(IReadOnlyList<T> items, Func<T, ExplanationLanguage, string> name, ExplanationLanguage language) =>
        Join(items, name, language, " or ", "或");

    /// <summary>Joins names as "a, b and c" / "a、b、c".</summary>
    public static string All<T>(IReadOnlyList<T> items, Func<T, ExplanationLanguage, string> name, ExplanationLanguage language) =>
        Join(items, name, language, " and ", "、");

    private static string Join<T>(IReadOnlyList<T> items, Func<T, ExplanationLanguage, string> name, ExplanationLanguage language, string englishLast, string chineseLast)
    {
        var names = items.Select(item => name(item, language)).ToArray();
        var chinese = language == ExplanationLanguage.Chinese;
        return names.Length switch
        {
            0 => chinese ? "无" : "none",
            1 => names[0],
            _ => string.Join(chinese ? "、" : ", ", names[..^1]) + (chinese ? chineseLast : englishLast) + names[^1],
        };
    }

    private static string Pick((string English, string Chinese) text, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese ? text.Chinese : text.English;

    /// <summary>Names a kind of the module's policies, by its stable name, in English and Chinese.</summary>
    public static (string English, string Chinese) Listed(AdmissionList list, AdmissionListItem item) => item.Standing switch
    {
        ListStanding.OwnDuty => ($"The {list.EnglishName} lists {item.Id} ({item.English}, {item.Category}) among the community's own duties: no admission is needed.",
            $"《{list.ChineseName}》将{item.Id}({item.Chinese},{item.Category}类)列为社区依法履职事项,无需准入。"),
        ListStanding.Assisting => ($"The {list.EnglishName} lists {item.Id} ({item.English}, {item.Category}) as work the community assists with: the list admits it.",
            $"《{list.ChineseName}》将{item.Id}({item.Chinese},{item.Category}类)列为协助政府工作事项,已由清单准入。"),
        _ => ($"The {list.EnglishName} excludes {item.Id} ({item.English}, {item.Category}): it is rejected.",
            $"《{list.ChineseName}》将{item.Id}({item.Chinese},{item.Category}类)列入负面清单,不予准入。"),
    };

    public static (string English, string Chinese) NotListed(AdmissionList? list, string id) => list is null
        ? ($"The request names list item {id}, but no admission list is in force: the admission conditions decide it.", $"申请注明清单事项{id},但无有效的准入清单,按准入条件审核。")
        : ($"The {list.EnglishName} does not hold item {id}: the admission conditions decide it.", $"《{list.ChineseName}》中没有事项{id},按准入条件审核。");

    public static ExplanationStep NoDeadline() => new(ExplanationStepKind.Condition, "Holds: the policy sets no decision deadline.", "符合:政策未规定审核期限。");

    public static ExplanationStep Deadline(NodaTime.LocalDate applied, int days, NodaTime.LocalDate deadline) => new(
        ExplanationStepKind.Formula,
        string.Create(Invariant, $"Applied on {KernelText.Date(applied, En)}; {days} working days later, by the caller's calendar, is {KernelText.Date(deadline, En)}, the last day to decide."),
        string.Create(Invariant, $"{KernelText.Date(applied, Zh)}提出申请;按调用方提供的工作日历,{days}个工作日后为{KernelText.Date(deadline, Zh)},即审核截止日。"));

    public static (string English, string Chinese) Decided(NodaTime.LocalDate decided, int taken, NodaTime.LocalDate deadline, int days, bool late) => late
        ? (string.Create(Invariant, $"Decided on {KernelText.Date(decided, En)}, {taken} working days after the application, after the deadline of {KernelText.Date(deadline, En)} ({days} working days)."),
           string.Create(Invariant, $"于{KernelText.Date(decided, Zh)}作出决定,距申请{taken}个工作日,超过{days}个工作日的期限({KernelText.Date(deadline, Zh)})。"))
        : (string.Create(Invariant, $"Decided on {KernelText.Date(decided, En)}, {taken} working days after the application, within the deadline of {KernelText.Date(deadline, En)} ({days} working days)."),
           string.Create(Invariant, $"于{KernelText.Date(decided, Zh)}作出决定,距申请{taken}个工作日,在{days}个工作日的期限({KernelText.Date(deadline, Zh)})之内。"));

    public static (string English, string Chinese) Overdue(NodaTime.LocalDate deadline, int late) => (
        string.Create(Invariant, $"Undecided, and the deadline of {KernelText.Date(deadline, En)} passed {late} working day(s) ago."),
        string.Create(Invariant, $"尚未作出决定,已超过审核截止日{KernelText.Date(deadline, Zh)}{late}个工作日。"));

    public static (string English, string Chinese) Pending(NodaTime.LocalDate deadline, int left) => (
        string.Create(Invariant, $"Undecided; {left} working day(s) remain until the deadline of {KernelText.Date(deadline, En)}."),
        string.Create(Invariant, $"尚未作出决定,距审核截止日{KernelText.Date(deadline, Zh)}还有{left}个工作日。"));

    public static (string English, string Chinese) TimelinessResult(DecisionTimeliness timeliness) =>
        timeliness.IsLate ? ("late", "逾期") : timeliness.DecidedOn is null ? ("pending", "待决定") : ("on time", "按期");

    public static (string English, string Chinese) KindName(string name) => name switch
    {
        "admission.work" => ("work admission", "社区工作准入"),
        "admission.list" => ("admission list", "社区工作事项准入清单"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "names no kind of this module."),
    };

    /// <summary>States what a policy requires of one condition.</summary>
    public static string Requirement(AdmissionPolicy policy, AdmissionCondition condition, ExplanationLanguage language)
    {
        var chinese = language == ExplanationLanguage.Chinese;
        string Named(Authority? authority) => Authority(authority!, language);
        var forms = Either(policy.EntrustmentForms, Form, language);
        return condition switch
        {
            AdmissionCondition.WrittenApplication when policy.ApplicationOffice is not null => chinese
                ? $"部门须向{Named(policy.ApplicationOffice)}提出书面申请。"
                : $"The department must apply in writing to {Named(policy.ApplicationOffice)}.",
            AdmissionCondition.WrittenApplication => chinese ? "部门须提出书面申请。" : "The department must apply in writing.",
            AdmissionCondition.ApplicationToNamedOffice => chinese
                ? $"书面申请须提交{Named(policy.ApplicationOffice)},而非其他机关。"
                : $"The application must go to {Named(policy.ApplicationOffice)}, not to another body.",
            AdmissionCondition.SuperiorDocument => chinese ? "须持上级有关文件。" : "The request must come with the superior authority's document.",
            AdmissionCondition.ImplementationPlan => chinese ? "须附具体实施意见。" : "The request must come with a concrete implementation plan.",
            AdmissionCondition.Approval when policy.ApprovingAuthority is not null => chinese
                ? $"须报{Named(policy.ApprovingAuthority)}批准。"
                : $"The work must be approved by {Named(policy.ApprovingAuthority)}.",
            AdmissionCondition.Approval => chinese ? "须经准入审批。" : "The work must be approved under the admission system.",
            AdmissionCondition.ApprovalByNamedAuthority => chinese
                ? $"批准机关须为{Named(policy.ApprovingAuthority)},其他机关的批准不能代替。"
                : $"The approval must come from {Named(policy.ApprovingAuthority)}; another body's approval does not count.",
            AdmissionCondition.ApprovalBeforeStart => chinese ? "须在工作开始之日或之前获得批准。" : "The approval must be given on or before the day the work begins.",
            AdmissionCondition.FundsTransferred => chinese ? "须按“费随事转”随任务拨付经费。" : "Funds must come with the task (费随事转).",
            AdmissionCondition.AuthorityTransferred => chinese ? "须按“权随责走”随责任赋予相应权限。" : "Authority must come with the responsibility (权随责走).",
            AdmissionCondition.Entrustment when !policy.EntrustmentForms.IsEmpty => chinese
                ? $"须通过{forms}等方式委托社区承担。"
                : $"The work must be entrusted to the community by {forms}.",
            AdmissionCondition.Entrustment => chinese ? "须以明确方式委托社区承担。" : "The work must be entrusted to the community in a stated form.",
            _ => chinese
                ? $"委托方式须为{forms}。"
                : $"The form of entrustment must be {forms}.",
        };
    }

    /// <summary>Writes a burden report as lines of text in a language.</summary>
    public static string Burden(BurdenReport report, ExplanationLanguage language)
    {
        var chinese = language == ExplanationLanguage.Chinese;
        var text = new StringBuilder();
        var period = report.Summary.Period;
        text.AppendLine(chinese
            ? $"{report.Community.Name}{report.Year}年工作负担({KernelText.Date(period.Start, language)}至{KernelText.Date(period.End, language)};{report.RuleId},上限依{report.CapsRuleId})"
            : $"Burden of {report.Community.Name} in {report.Year} ({KernelText.Date(period.Start, language)} to {KernelText.Date(period.End, language)}; {report.RuleId}, caps of {report.CapsRuleId})");
        foreach (var line in report.Lines.Append(report.Total))
        {
            var what = line.Kind is { } kind ? Kind(kind, language) : chinese ? "合计" : "all kinds";
            var cap = line.Cap is { } c
                ? chinese ? string.Create(CultureInfo.InvariantCulture, $",上限{c}项") : string.Create(CultureInfo.InvariantCulture, $", cap {c}")
                : chinese ? ",未设上限" : ", no cap";
            var over = line.IsOverCap
                ? chinese ? string.Create(CultureInfo.InvariantCulture, $",超出{line.Excess}项") : string.Create(CultureInfo.InvariantCulture, $", {line.Excess} over")
                : string.Empty;
            text.AppendLine(chinese
                ? string.Create(CultureInfo.InvariantCulture, $"  {what}:准入{line.Admitted}项{cap}{over}")
                : string.Create(CultureInfo.InvariantCulture, $"  {what}: {line.Admitted} admitted{cap}{over}"));
        }

        text.Append(chinese
            ? $"  随任务拨付经费:{KernelText.Money(report.FundsReceived, language)}"
            : $"  Funds received with the tasks: {KernelText.Money(report.FundsReceived, language)}");
        return text.ToString();
    }

    /// <summary>States whether the work is of a prohibited kind.</summary>
    public static (string English, string Chinese) Prohibition(WorkRequest request, AdmissionPolicy policy, bool prohibited)
    {
        var kindEn = Kind(request.Kind, En);
        var kindZh = Kind(request.Kind, Zh);
        var prohibitedEn = All(policy.ProhibitedKinds, Kind, En);
        var prohibitedZh = All(policy.ProhibitedKinds, Kind, Zh);
        return prohibited
            ? ($"The work is {kindEn}, which this policy prohibits (prohibited: {prohibitedEn}).", $"该工作属{kindZh},为本政策禁止事项(禁止事项:{prohibitedZh})。")
            : ($"The work, {kindEn}, is not a prohibited kind (prohibited: {prohibitedEn}).", $"该工作({kindZh})不属禁止事项(禁止事项:{prohibitedZh})。");
    }

    /// <summary>Says that nothing admits a prohibited kind of work.</summary>
    public static ExplanationStep NothingAdmitsProhibited(bool hasBacking) => new(
        ExplanationStepKind.Condition,
        "No approval, funds or authority can admit a prohibited kind of work" + (hasBacking ? "; the request's own approval, funds or authority do not change this." : "."),
        "禁止事项不因批准、经费或权限而准入" + (hasBacking ? ";本请求所附的批准、经费或权限不改变这一结论。" : "。"));

    /// <summary>States whether the work's duty is one of the community's own duties under the policy.</summary>
    public static (string English, string Chinese) OwnDuty(WorkRequest request, AdmissionPolicy policy, bool own)
    {
        var ownEn = All(policy.OwnDuties, Duty, En);
        var ownZh = All(policy.OwnDuties, Duty, Zh);
        if (request.Duty is not { } duty)
        {
            return ($"The work, {Kind(request.Kind, En)}, lies outside the community's own duties under this policy ({ownEn}), so it needs admission.",
                $"该工作({Kind(request.Kind, Zh)})在本政策所列社区自身职责({ownZh})之外,须经准入。");
        }

        return own
            ? ($"The work falls under {Duty(duty, En)}, one of the community's own duties under this policy ({ownEn}): no admission is needed.",
               $"该工作属{Duty(duty, Zh)},为本政策所列社区自身职责({ownZh}),无需准入。")
            : ($"The work falls under {Duty(duty, En)}, which is not among the community's own duties under this policy ({ownEn}), so it needs admission.",
               $"该工作属{Duty(duty, Zh)},不在本政策所列社区自身职责({ownZh})之内,须经准入。");
    }

    /// <summary>States whether urgent work is carried out directly under the policy's emergency exception.</summary>
    public static (string English, string Chinese) Emergency(WorkUrgency urgency, bool direct) => direct
        ? ($"The work is {Urgency(urgency, En)}: under this policy the town (street office) and the departments carry it out in the community directly; it is not entrusted to the committee.",
           $"该工作属{Urgency(urgency, Zh)},按本政策由镇(街道办事处)和相关部门直接到社区组织实施,不委托社区居委会。")
        : ($"The work is {Urgency(urgency, En)}, but this policy has no exception for it, so it goes through the conditions like other work.",
           $"该工作属{Urgency(urgency, Zh)},但本政策未规定例外,仍须符合准入条件。");

    /// <summary>Records a condition the policy sets: held or failed with the request's fact, or not checked.</summary>
    public static void Condition(ExplanationRecorder explanation, AdmissionPolicy policy, AdmissionCondition condition, WorkRequest request, AdmissionCondition unmet, LocalDate asOf)
    {
        var (english, chinese) = policy.RequirementOf(condition);
        var (factEn, factZh) = Fact(condition, request, unmet, asOf);
        if (factEn is null)
        {
            explanation.Step(new(ExplanationStepKind.Condition, $"Not checked: {english} ({Skipped(condition, En)})", $"未核查:{chinese}({Skipped(condition, Zh)})"));
            return;
        }

        var holds = (unmet & condition) == 0;
        if (holds && condition is AdmissionCondition.WrittenApplication or AdmissionCondition.Approval or AdmissionCondition.Entrustment)
        {
            // The condition that holds is that there is an application, approval or entrustment at all;
            // to whom, by whom and in what form is the dependent condition's to state.
            (english, chinese) = (Existence(condition, En), Existence(condition, Zh));
        }

        explanation.Condition(holds, $"{english} {factEn}", $"{chinese}{factZh}");
    }

    private static string Existence(AdmissionCondition condition, ExplanationLanguage language) => (condition, language) switch
    {
        (AdmissionCondition.WrittenApplication, ExplanationLanguage.Chinese) => "部门须提出书面申请。",
        (AdmissionCondition.WrittenApplication, _) => "The department must apply in writing.",
        (AdmissionCondition.Approval, ExplanationLanguage.Chinese) => "须经批准。",
        (AdmissionCondition.Approval, _) => "The work must be approved.",
        (_, ExplanationLanguage.Chinese) => "须以明确方式委托社区承担。",
        _ => "The work must be entrusted to the community in a stated form.",
    };

    /// <summary>States the outcome, with the number of unmet conditions when refusable.</summary>
    public static (string English, string Chinese) Result(AdmissionDecision decision)
    {
        var outcomeEn = decision.Describe(En);
        var outcomeZh = decision.Describe(Zh);
        if (decision.Outcome == AdmissionOutcome.Refusable)
        {
            var count = decision.UnmetConditions.Count;
            outcomeEn += string.Create(CultureInfo.InvariantCulture, $" ({count} condition{(count == 1 ? string.Empty : "s")} unmet)");
            outcomeZh += string.Create(CultureInfo.InvariantCulture, $"({count}项条件未满足)");
        }

        return (outcomeEn, outcomeZh);
    }

    /// <summary>Records every fact of a request as an input of the explanation.</summary>
    public static void Inputs(ExplanationRecorder explanation, WorkRequest request)
    {
        var department = request.Department;
        var kindEn = request.Duty is { } d ? $"{Kind(request.Kind, En)}: {Duty(d, En)}" : Kind(request.Kind, En);
        var kindZh = request.Duty is { } z ? $"{Kind(request.Kind, Zh)}:{Duty(z, Zh)}" : Kind(request.Kind, Zh);
        explanation
            .Input("department", $"{department.Name} ({Level(department.Level, En)})", $"{department.Name}({Level(department.Level, Zh)})")
            .Input("work", $"{kindEn}: {request.Description}", $"{kindZh}:{request.Description}")
            .Input("period", $"{KernelText.Date(request.Period.Start, En)} to {KernelText.Date(request.Period.End, En)}", $"{KernelText.Date(request.Period.Start, Zh)}至{KernelText.Date(request.Period.End, Zh)}")
            .Input("urgency", Urgency(request.Urgency, En), Urgency(request.Urgency, Zh));
        var documents = request.Documents;
        var superior = (documents & SupportingDocuments.SuperiorDocument) != 0;
        var plan = (documents & SupportingDocuments.ImplementationPlan) != 0;
        explanation
            .Input(
                "application",
                request.ApplicationTo is { } office ? $"in writing to {Authority(office, En)}" : "none",
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
                request.Approval is { } approval ? $"by {Authority(approval.Authority, En)} on {KernelText.Date(approval.Date, En)}" : "none",
                request.Approval is { } given ? $"{KernelText.Date(given.Date, Zh)}经{given.Authority.Chinese}批准" : "未经批准")
            .Input("funds", KernelText.Money(request.Funds, En), KernelText.Money(request.Funds, Zh))
            .Input("authority", request.AuthorityTransferred ? "comes with the work" : "does not come with the work", request.AuthorityTransferred ? "随责任赋予" : "未赋予")
            .Input(
                "entrustment",
                request.Entrustment is { } form ? Form(form, En) : "not stated",
                request.Entrustment is { } stated ? Form(stated, Zh) : "未载明");
        if (request.Reference is { } reference)
        {
            explanation.Input("reference", reference, reference);
        }
    }

    // What the request shows for a condition, or nulls when the condition depends on one that failed.
    public static (string? English, string? Chinese) Fact(AdmissionCondition condition, WorkRequest request, AdmissionCondition unmet, LocalDate asOf)
    {
        var approval = request.Approval;
        var approvalCounts = approval is not null && (unmet & AdmissionCondition.Approval) == 0;
        return condition switch
        {
            AdmissionCondition.WrittenApplication or AdmissionCondition.ApplicationToNamedOffice => request.ApplicationTo is { } office
                ? ($"It applied in writing to {Authority(office, En)}.", $"已向{office.Chinese}提出书面申请。")
                : condition == AdmissionCondition.WrittenApplication ? ("It shows no written application.", "未见书面申请。") : (null, null),
            AdmissionCondition.SuperiorDocument => (request.Documents & SupportingDocuments.SuperiorDocument) != 0
                ? ("The superior's document came with it.", "已附上级有关文件。")
                : ("The superior's document did not come with it.", "未附上级有关文件。"),
            AdmissionCondition.ImplementationPlan => (request.Documents & SupportingDocuments.ImplementationPlan) != 0
                ? ("An implementation plan came with it.", "已附具体实施意见。")
                : ("No implementation plan came with it.", "未附具体实施意见。"),
            AdmissionCondition.Approval when approval is null => ("It has no approval.", "未经批准。"),
            AdmissionCondition.Approval when !approvalCounts =>
                ($"Its approval is dated {KernelText.Date(approval!.Date, En)}, after the day of the decision, {KernelText.Date(asOf, En)}, so it had not been given yet.",
                 $"其批准日期为{KernelText.Date(approval!.Date, Zh)},晚于决定之日{KernelText.Date(asOf, Zh)},当日尚未批准。"),
            AdmissionCondition.Approval => ($"It was approved by {Authority(approval!.Authority, En)} on {KernelText.Date(approval.Date, En)}.", $"已于{KernelText.Date(approval!.Date, Zh)}经{approval.Authority.Chinese}批准。"),
            AdmissionCondition.ApprovalByNamedAuthority => approvalCounts
                ? ($"It was approved by {Authority(approval!.Authority, En)}.", $"批准机关为{approval!.Authority.Chinese}。")
                : (null, null),
            AdmissionCondition.ApprovalBeforeStart => approvalCounts
                ? ($"It was approved on {KernelText.Date(approval!.Date, En)}; the work begins on {KernelText.Date(request.Period.Start, En)}.", $"批准日期为{KernelText.Date(approval!.Date, Zh)},工作开始于{KernelText.Date(request.Period.Start, Zh)}。")
                : (null, null),
            AdmissionCondition.FundsTransferred => request.Funds.Yuan > 0m
                ? ($"Funds of {KernelText.Money(request.Funds, En)} come with it.", $"随任务拨付经费{KernelText.Money(request.Funds, Zh)}。")
                : ("No funds come with it.", "未随任务拨付经费。"),
            AdmissionCondition.AuthorityTransferred => request.AuthorityTransferred
                ? ("The authority it needs comes with it.", "已随责任赋予相应权限。")
                : ("No authority comes with it.", "未随责任赋予相应权限。"),
            AdmissionCondition.Entrustment or AdmissionCondition.EntrustmentFormAccepted => request.Entrustment is { } form
                ? ($"It is entrusted by {Form(form, En)}.", $"委托方式为{Form(form, Zh)}。")
                : condition == AdmissionCondition.Entrustment ? ("No form of entrustment is stated.", "未载明委托方式。") : (null, null),
            _ => (null, null),
        };
    }

    /// <summary>Says why a condition was not checked: the condition it depends on failed.</summary>
    public static string Skipped(AdmissionCondition condition, ExplanationLanguage language) =>
        (condition, language) switch
        {
            (AdmissionCondition.ApplicationToNamedOffice, Zh) => "未提出书面申请",
            (AdmissionCondition.ApplicationToNamedOffice, _) => "there is no written application",
            (AdmissionCondition.EntrustmentFormAccepted, Zh) => "未载明委托方式",
            (AdmissionCondition.EntrustmentFormAccepted, _) => "no form of entrustment is stated",
            (_, Zh) => "尚未获得批准",
            _ => "the work has not been approved",
        };

    /// <summary>Names the bodies the sources name, by their ids.</summary>
    public static (string Chinese, string English) BuiltInAuthority(string id) => id switch
    {
        "district-community-office" => ("区社区办", "the district community office"),
        "district-party-committee-and-government" => ("区委、区政府", "the district party committee and government"),
        "city-community-building-office" => ("市社区建设领导小组办公室", "the city community-building leading group office"),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "names no built-in authority."),
    };
}
