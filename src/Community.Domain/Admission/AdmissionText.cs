using Community.Domain.Explanations;

namespace Community.Domain.Admission;

/// <summary>The English and Chinese names of the admission vocabulary, made once.</summary>
internal static class AdmissionText
{
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
}
