using System.Globalization;
using Community.Domain.Assessments;
using Community.Domain.Communities;
using Community.Domain.Primitives;

namespace Community.Domain.Participation;

/// <summary>Every phrase of participation findings and explanations, in English and Chinese, kept in one place.</summary>
internal static class ParticipationText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static (string English, string Chinese) VolunteerOrganisations { get; } = ("volunteer organisations", "志愿者组织");

    public static (string English, string Chinese) Societies { get; } = ("public-benefit and fellowship societies", "公益性、联谊性社团");

    public static (string English, string Chinese) PartyMembers { get; } = ("party members", "党员");

    public static (string English, string Chinese) Residents { get; } = ("residents", "居民");

    public static (string English, string Chinese) Volunteers { get; } = ("volunteers", "志愿服务参与");

    public static (string English, string Chinese) ActivitiesRecorded { get; } = ("activities", "社区活动");

    public static (string English, string Chinese) KindName(string name) => name switch
    {
        "participation.volunteer-organisations" => ("volunteer organisations", "社区志愿者组织"),
        "participation.volunteer-service" => ("volunteer service", "参加志愿服务"),
        "participation.societies" => ("public-benefit and fellowship societies", "公益性、联谊性社团"),
        _ => ("community activities", "社区活动"),
    };

    public static (string English, string Chinese) Organisations((string English, string Chinese) what, CommunitySetting setting, int actual, (int Minimum, int? Maximum) target, bool met)
    {
        var where = setting == CommunitySetting.Town ? ("a town community", "镇社区") : ("an urban community", "城区社区");
        var (rangeEn, rangeZh) = target.Maximum is { } max
            ? (string.Create(Invariant, $"{target.Minimum} to {max}"), string.Create(Invariant, $"{target.Minimum}至{max}个"))
            : (string.Create(Invariant, $"at least {target.Minimum}"), string.Create(Invariant, $"{target.Minimum}个以上"));
        return (
            string.Create(Invariant, $"The community has {actual} {what.English}; {where.Item1} should have {rangeEn}{(met ? "." : ", which it does not.")}"),
            string.Create(Invariant, $"社区现有{what.Chinese}{actual}个,{where.Item2}应有{rangeZh}{(met ? "。" : ",未达到。")}"));
    }

    public static (string English, string Chinese) Share((string English, string Chinese) who, int part, int whole, ShareThreshold threshold, bool met) => (
        string.Create(Invariant, $"{part} of {whole} {who.English} volunteer; {Describe(threshold, false)} should{(met ? ", as they do." : $": at least {threshold.LeastPartOf(whole)}.")}"),
        string.Create(Invariant, $"{whole}名{who.Chinese}中{part}名参加志愿服务;应有{Describe(threshold, true)}参加{(met ? ",已达到。" : $",即至少{threshold.LeastPartOf(whole)}名。")}"));

    public static (string English, string Chinese) Activities(int held, int target, bool met) => (
        string.Create(Invariant, $"{held} themed activities in the month; at least {target} are due (one every half month){(met ? "." : ", which were not held.")}"),
        string.Create(Invariant, $"当月开展主题活动{held}次;每半个月应开展一次,即每月至少{target}次{(met ? "。" : ",未达到。")}"));

    public static (string English, string Chinese) Visits(int visits, int target, bool met) => (
        string.Create(Invariant, $"{visits} visits to the activity rooms in the week; at least {target} are due{(met ? "." : ", which there were not.")}"),
        string.Create(Invariant, $"当周活动室参加活动{visits}人次;应在{target}人次以上{(met ? "。" : ",未达到。")}"));

    public static (string English, string Chinese) NotRecorded((string English, string Chinese) what) =>
        ($"The record holds no {what.English}, so that target was not checked.", $"记录中没有{what.Chinese}情况,未核对该目标。");

    public static (string English, string Chinese) Result(ParticipationAssessment assessment) => assessment.IsCompliant
        ? (string.Create(Invariant, $"every recorded target met ({assessment.Findings.Length} note(s))"), string.Create(Invariant, $"所记录的目标均已达到(提示{assessment.Findings.Length}条)"))
        : (string.Create(Invariant, $"{assessment.Findings.ErrorCount()} target(s) missed"), string.Create(Invariant, $"{assessment.Findings.ErrorCount()}项目标未达到"));

    private static string Describe(ShareThreshold threshold, bool chinese)
    {
        var percent = threshold.Percent;
        var text = percent.ToString("0.##", Invariant);
        return chinese
            ? threshold.IsStrict ? $"超过{text}%" : $"{text}%以上"
            : threshold.IsStrict ? $"more than {text}%" : $"{text}% or more";
    }
}
