using System.Globalization;
using Community.Domain.Assessments;
using Community.Domain.Communities;
using Community.Domain.Explanations;

namespace Community.Domain.Committees;

/// <summary>Every phrase of committee findings and explanations, in English and Chinese, kept in one place.</summary>
internal static class CommitteeText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Quota(CommitteeQuota quota, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese
            ? quota.IsSplitSpecified ? $"{quota.Total}人(专职{quota.FullTime}人+兼职{quota.PartTime}人)" : $"{quota.Total}人(专兼职人数未规定)"
            : quota.IsSplitSpecified ? $"{quota.Total} members ({quota.FullTime} full-time + {quota.PartTime} part-time)" : $"{quota.Total} members (full-time and part-time split not specified)";

    public static string Members(int count, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese ? string.Create(Invariant, $"{count}人") : string.Create(Invariant, $"{count} members");

    public static (string English, string Chinese) Composition(ResidentsCommittee committee) => (
        string.Create(Invariant, $"{committee.Total} members: {committee.FullTimeCount} full-time, {committee.PartTimeCount} part-time, {committee.DirectorCount} director(s)"),
        string.Create(Invariant, $"成员{committee.Total}人:专职{committee.FullTimeCount}人,兼职{committee.PartTimeCount}人,主任{committee.DirectorCount}人"));

    public static (string English, string Chinese) Count(FindingCode code, int actual, CountRange expected) => code switch
    {
        FindingCode.TooFewMembers => (
            $"The committee has {actual} members, fewer than the quota of {expected}.",
            $"居委会现有成员{actual}人,少于职数{expected}人。"),
        FindingCode.TooManyMembers => (
            $"The committee has {actual} members, more than the quota of {expected}.",
            $"居委会现有成员{actual}人,超过职数{expected}人。"),
        FindingCode.TooFewFullTime => (
            $"The committee has {actual} full-time members, fewer than the quota of {expected}.",
            $"现有专职成员{actual}人,少于专职职数{expected}人。"),
        FindingCode.TooManyFullTime => (
            $"The committee has {actual} full-time members, more than the quota of {expected}.",
            $"现有专职成员{actual}人,超过专职职数{expected}人。"),
        FindingCode.TooFewPartTime => (
            $"The committee has {actual} part-time members, fewer than the quota of {expected}.",
            $"现有兼职成员{actual}人,少于兼职职数{expected}人。"),
        FindingCode.TooManyPartTime => (
            $"The committee has {actual} part-time members, more than the quota of {expected}.",
            $"现有兼职成员{actual}人,超过兼职职数{expected}人。"),
        _ => (
            $"The committee has {actual} members, outside the policy's overall size of {expected}.",
            $"居委会现有成员{actual}人,不在政策规定的{expected}人范围内。"),
    };

    public static (string English, string Chinese) SourceNotAllowed(CommitteeMember member, PartTimeSourcePolicy policy) => (
        $"Part-time member \"{member.Name}\" was elected from {member.Source}, which the policy does not allow (allowed: {string.Join(", ", policy.Allowed)}).",
        $"兼职成员“{member.Name}”来源为{SourceName(member.Source)},不属政策允许的来源({string.Join("、", policy.Allowed.Select(s => SourceName(s)))})。");

    public static (string English, string Chinese) NoDirector() => (
        "No member holds the post of director (主任); a residents' committee has one director.",
        "居委会没有主任;居委会应设主任一名。");

    public static (string English, string Chinese) MoreThanOneDirector(int directors) => (
        string.Create(Invariant, $"{directors} members hold the post of director; a residents' committee has one director."),
        string.Create(Invariant, $"有{directors}名成员担任主任;居委会应设主任一名。"));

    public static (string English, string Chinese) SplitNotSpecified(CountRange overall) => (
        $"The policy gives only the overall size ({overall}), not how many members are full-time or part-time, so the split was not checked.",
        $"政策只规定总人数({overall}人),未规定专兼职人数,故未检查专兼职构成。");

    public static (string English, string Chinese) SourcesNotChecked() => (
        "No part-time source policy is in force here, so the part-time members' sources were not checked.",
        "本地无兼职成员来源的有效规定,故未检查兼职成员来源。");

    public static (string English, string Chinese) TooManyOfficeRooms(int rooms, int allowed) => (
        string.Create(Invariant, $"The committee keeps {rooms} rooms as dedicated offices; the policy allows at most {allowed}, the other rooms to serve residents' activities."),
        string.Create(Invariant, $"居委会有专门办公室{rooms}间;规定只允许{allowed}间,其余场所应腾出作为居民活动室。"));

    public static (string English, string Chinese) OfficeRoomsWithin(int rooms, int allowed) => (
        string.Create(Invariant, $"The committee keeps {rooms} room(s) as dedicated offices, within the {allowed} allowed."),
        string.Create(Invariant, $"居委会有专门办公室{rooms}间,未超过规定的{allowed}间。"));

    public static string SourceName(PartTimeSource? source) => source switch
    {
        PartTimeSource.GridWorker => "网格员",
        PartTimeSource.ResidentGroupLeader => "居民小组长",
        PartTimeSource.MemberUnitRepresentative => "社区成员单位代表",
        PartTimeSource.OwnersCommitteeChair => "业主委员会主任",
        _ => "其他",
    };

    public static string Clause(RecommendationClause clause, ExplanationLanguage language) => (clause, language) switch
    {
        (RecommendationClause.ProvincialHonours, ExplanationLanguage.Chinese) => "届内获得省级以上荣誉",
        (RecommendationClause.CityHonours, ExplanationLanguage.Chinese) => "届内获得市级以上荣誉",
        (RecommendationClause.AssessmentRank, ExplanationLanguage.Chinese) => "届内街道社区综合考评名列前茅",
        (RecommendationClause.None, ExplanationLanguage.Chinese) => "不符合任何条款",
        (RecommendationClause.ProvincialHonours, _) => "provincial-or-above honours during the term",
        (RecommendationClause.CityHonours, _) => "city-or-above honours during the term",
        (RecommendationClause.AssessmentRank, _) => "a top rank in the street's comprehensive assessment during the term",
        _ => "no clause",
    };
}
