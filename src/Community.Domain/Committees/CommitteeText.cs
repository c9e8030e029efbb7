using System.Globalization;
using Community.Domain.Assessments;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Primitives;

namespace Community.Domain.Committees;

/// <summary>Every phrase of committee findings and explanations, in English and Chinese, kept in one place.</summary>
internal static class CommitteeText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Quota(CommitteeQuota quota, ExplanationLanguage language) =>
        language == ExplanationLanguage.Chinese
            ? quota.IsSplitSpecified ? $"{quota.Total}人(专职{quota.FullTime}人+兼职{quota.PartTime}人)" : $"{quota.Total}人(专兼职人数未规定)"
            : quota.IsSplitSpecified ? $"{quota.Total} members ({quota.FullTime} full-time + {quota.PartTime} part-time)" : $"{quota.Total} members (full-time and part-time split not specified)";

    public static (string English, string Chinese) Composition(ResidentsCommittee committee) => (
        string.Create(Invariant, $"{committee.Total} members: {committee.FullTimeCount} full-time, {committee.PartTimeCount} part-time, {committee.DirectorCount} director(s)"),
        string.Create(Invariant, $"成员{committee.Total}人:专职{committee.FullTimeCount}人,兼职{committee.PartTimeCount}人,主任{committee.DirectorCount}人"));

    public static (string English, string Chinese) Count(FindingCode code, int actual, CountRange expected) =>
        code == CommitteeFindingCodes.TooFewMembers ? (
            $"The committee has {actual} members, fewer than the quota of {expected}.",
            $"居委会现有成员{actual}人,少于职数{expected}人。")
        : code == CommitteeFindingCodes.TooManyMembers ? (
            $"The committee has {actual} members, more than the quota of {expected}.",
            $"居委会现有成员{actual}人,超过职数{expected}人。")
        : code == CommitteeFindingCodes.TooFewFullTime ? (
            $"The committee has {actual} full-time members, fewer than the quota of {expected}.",
            $"现有专职成员{actual}人,少于专职职数{expected}人。")
        : code == CommitteeFindingCodes.TooManyFullTime ? (
            $"The committee has {actual} full-time members, more than the quota of {expected}.",
            $"现有专职成员{actual}人,超过专职职数{expected}人。")
        : code == CommitteeFindingCodes.TooFewPartTime ? (
            $"The committee has {actual} part-time members, fewer than the quota of {expected}.",
            $"现有兼职成员{actual}人,少于兼职职数{expected}人。")
        : code == CommitteeFindingCodes.TooManyPartTime ? (
            $"The committee has {actual} part-time members, more than the quota of {expected}.",
            $"现有兼职成员{actual}人,超过兼职职数{expected}人。")
        : (
            $"The committee has {actual} members, outside the policy's overall size of {expected}.",
            $"居委会现有成员{actual}人,不在政策规定的{expected}人范围内。");

    /// <summary>States that a count lies within its range; the code of too few names what is counted.</summary>
    public static (string English, string Chinese) CountWithin(FindingCode tooFew, int actual, CountRange expected)
    {
        var (english, chinese) =
            tooFew == CommitteeFindingCodes.TooFewMembers ? ("Members", "成员")
            : tooFew == CommitteeFindingCodes.TooFewFullTime ? ("Full-time members", "专职成员")
            : tooFew == CommitteeFindingCodes.TooFewPartTime ? ("Part-time members", "兼职成员")
            : ("Members against the overall size", "成员总数");
        return (string.Create(Invariant, $"{english}: {actual}, within {expected}."), string.Create(Invariant, $"{chinese}:{actual}人,在{expected}人以内。"));
    }

    public static (string English, string Chinese) QuotaResult(CommitteeQuota quota) =>
        ("quota: " + Quota(quota, ExplanationLanguage.English), "职数:" + Quota(quota, ExplanationLanguage.Chinese));

    public static ExplanationStep RangeOnly(CountRange overall) => new(
        ExplanationStepKind.Formula,
        $"The policy gives only the committee's overall size, {overall} members, and no population bands, so the quota is that range; no number within it is chosen.",
        $"政策只规定居委会总人数为{overall}人,未按人口分档,故职数即为该范围,不在其中另定具体人数。");

    public static (string English, string Chinese) AssessmentResult(bool compliant, int errors, int findings) => compliant
        ? (string.Create(Invariant, $"compliant ({findings} findings, none an error)"), string.Create(Invariant, $"符合规定(共{findings}项提示,无违规)"))
        : (string.Create(Invariant, $"not compliant: {errors} error finding(s) of {findings}"), string.Create(Invariant, $"不符合规定:{errors}项违规(共{findings}项)"));

    public static (string English, string Chinese) OneDirector() => ("The committee has exactly one director.", "居委会设主任一名。");

    public static (string English, string Chinese) SourceAllowed(CommitteeMember member, PartTimeSource source) => (
        $"Part-time member \"{member.Name}\" was elected from among {SourceEnglish(source)}, an allowed source.",
        $"兼职成员“{member.Name}”来源为{SourceName(source)},属允许的来源。");

    public static (string English, string Chinese) Term(NodaTime.DateInterval term) => (
        $"term {KernelText.Date(term.Start, ExplanationLanguage.English)} to {KernelText.Date(term.End, ExplanationLanguage.English)}",
        $"任期{KernelText.Date(term.Start, ExplanationLanguage.Chinese)}至{KernelText.Date(term.End, ExplanationLanguage.Chinese)}");

    public static (string English, string Chinese) Record(DirectorRecord record) => (
        string.Create(Invariant, $"{record.Honours.Length} honour(s) and {record.Ranks.Length} assessment rank(s) on record"),
        string.Create(Invariant, $"记录荣誉{record.Honours.Length}次、考评名次{record.Ranks.Length}次"));

    /// <summary>States each clause of the candidate rule against the counts within the term: whether it holds, in both languages.</summary>
    public static (bool Holds, string English, string Chinese)[] Clauses(CandidatePolicy policy, int provincial, int city, int? best) =>
    [
        (provincial >= policy.ProvincialHonours,
            string.Create(Invariant, $"Provincial-or-above honours within the term: {provincial}; at least {policy.ProvincialHonours} qualifies."),
            string.Create(Invariant, $"届内省级以上荣誉{provincial}次;{policy.ProvincialHonours}次以上即符合。")),
        (city >= policy.CityHonours,
            string.Create(Invariant, $"City-or-above honours within the term (provincial and national included): {city}; at least {policy.CityHonours} qualifies."),
            string.Create(Invariant, $"届内市级以上荣誉(含省级、国家级){city}次;{policy.CityHonours}次以上即符合。")),
        (best is { } rank && rank <= policy.TopRank,
            string.Create(Invariant, $"Best assessment rank within the term: {(best is { } r ? r.ToString(Invariant) : "none")}; rank {policy.TopRank} or better qualifies."),
            string.Create(Invariant, $"届内综合考评最好名次:{(best is { } z ? "第" + Numeral(z) + "名" : "无")};{TopRanks(policy.TopRank)}即符合。")),
    ];

    /// <summary>Names the top ranks as the source does: 第一、二名 for the first two.</summary>
    public static string TopRanks(int top) => top switch
    {
        1 => "第一名",
        <= 10 => "第一、" + string.Join("、", Enumerable.Range(2, top - 1).Select(Numeral)) + "名",
        _ => string.Create(Invariant, $"前{top}名"),
    };

    private static string Numeral(int n) => n is >= 1 and <= 10 ? "一二三四五六七八九十"[n - 1].ToString() : n.ToString(Invariant);

    public static (string English, string Chinese) RecommendationResult(CandidateRecommendation result) => result.IsRecommended
        ? ($"recommended, by {Clause(result.Clause, ExplanationLanguage.English)}", $"可推荐为下一届主任候选人,依据:{Clause(result.Clause, ExplanationLanguage.Chinese)}")
        : ("not recommended: no clause is met", "不符合推荐条件");

    public static (string English, string Chinese) SourceNotAllowed(CommitteeMember member, PartTimeSourcePolicy policy) => (
        $"Part-time member \"{member.Name}\" was elected from among {SourceEnglish(member.Source)}, which the policy does not allow (allowed: {string.Join(", ", policy.Allowed.Select(s => SourceEnglish(s)))}).",
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

    public static string SourceEnglish(PartTimeSource? source) => source switch
    {
        PartTimeSource.GridWorker => "grid workers (网格员)",
        PartTimeSource.ResidentGroupLeader => "resident group leaders (居民小组长)",
        PartTimeSource.MemberUnitRepresentative => "representatives of member units (社区成员单位代表)",
        PartTimeSource.OwnersCommitteeChair => "owners' committee chairs (业主委员会主任)",
        _ => "other sources (其他)",
    };

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

    /// <summary>Names a kind of the module's policies, by its stable name, in English and Chinese.</summary>
    public static (string English, string Chinese) Record(CommitteeRecord record) => (
        string.Create(Invariant, $"{record.Members} members, a {record.TermYears}-year term{(record.Election is { } e ? $", {Election(e, ExplanationLanguage.English)}" : string.Empty)}{(record.MeetingsInYear is { } m ? $", {m} meetings in the year" : string.Empty)}"),
        string.Create(Invariant, $"成员{record.Members}人,任期{record.TermYears}年{(record.Election is { } e2 ? $",{Election(e2, ExplanationLanguage.Chinese)}" : string.Empty)}{(record.MeetingsInYear is { } m2 ? $",年内开会{m2}次" : string.Empty)}"));

    public static (string English, string Chinese) Size(int members, CountRange allowed, bool within) => within
        ? (string.Create(Invariant, $"The committee has {members} members, within the {allowed} the size policy allows."), string.Create(Invariant, $"居委会成员{members}人,在规定的{allowed}人之内。"))
        : (string.Create(Invariant, $"The committee has {members} members, outside the {allowed} the size policy allows."), string.Create(Invariant, $"居委会成员{members}人,不在规定的{allowed}人之内。"));

    public static (string English, string Chinese) Term(int actual, int years) => actual == years
        ? (string.Create(Invariant, $"The term is {actual} years, as the policy sets."), string.Create(Invariant, $"任期{actual}年,符合规定。"))
        : (string.Create(Invariant, $"The term is {actual} years; the policy sets {years}."), string.Create(Invariant, $"任期{actual}年,规定为{years}年。"));

    public static (string English, string Chinese) BasisDiffers(ElectionBasis recorded, ElectionBasis policy) =>
        ($"The election was counted by {Basis(recorded, ExplanationLanguage.English)}, but the policy counts {Basis(policy, ExplanationLanguage.English)}: its shares cannot be checked.",
         $"选举按{Basis(recorded, ExplanationLanguage.Chinese)}计,而规定按{Basis(policy, ExplanationLanguage.Chinese)}计,无法核对比例。");

    public static (string English, string Chinese) Turnout(ElectionResult result, ShareThreshold threshold, bool met) => met
        ? (string.Create(Invariant, $"{result.TookPart} of {result.Eligible} {Basis(result.Basis, ExplanationLanguage.English)} took part, {Share(threshold, ExplanationLanguage.English)}: the election is valid."),
           string.Create(Invariant, $"{result.Eligible}{Unit(result.Basis)}中{result.TookPart}{Unit(result.Basis)}参加,达到{Share(threshold, ExplanationLanguage.Chinese)}:选举有效。"))
        : (string.Create(Invariant, $"{result.TookPart} of {result.Eligible} {Basis(result.Basis, ExplanationLanguage.English)} took part, not {Share(threshold, ExplanationLanguage.English)} (at least {threshold.LeastPartOf(result.Eligible)} needed): the election is not valid."),
           string.Create(Invariant, $"{result.Eligible}{Unit(result.Basis)}中仅{result.TookPart}{Unit(result.Basis)}参加,未达到{Share(threshold, ExplanationLanguage.Chinese)}(至少需{threshold.LeastPartOf(result.Eligible)}{Unit(result.Basis)}):选举无效。"));

    public static (string English, string Chinese) Elected(ElectionResult result, ShareThreshold threshold, bool met) => met
        ? (string.Create(Invariant, $"Every elected member had at least {result.FewestVotesOfTheElected} of the {result.TookPart} votes cast, {Share(threshold, ExplanationLanguage.English)}."),
           string.Create(Invariant, $"当选者得票均不少于{result.FewestVotesOfTheElected}票(共投{result.TookPart}票),达到{Share(threshold, ExplanationLanguage.Chinese)}。"))
        : (string.Create(Invariant, $"A member was elected with {result.FewestVotesOfTheElected} of the {result.TookPart} votes cast, not {Share(threshold, ExplanationLanguage.English)} (at least {threshold.LeastPartOf(result.TookPart)} needed)."),
           string.Create(Invariant, $"有当选者仅得{result.FewestVotesOfTheElected}票(共投{result.TookPart}票),未达到{Share(threshold, ExplanationLanguage.Chinese)}(至少需{threshold.LeastPartOf(result.TookPart)}票)。"));

    public static (string English, string Chinese) ElectionNotRecorded() =>
        ("The record holds no election, so turnout and votes were not checked.", "记录中没有选举情况,未核对参选率和得票。");

    public static (string English, string Chinese) Meetings(int held, int perYear) => held >= perYear
        ? (string.Create(Invariant, $"{held} meetings were held in the year, at least the {perYear} required."), string.Create(Invariant, $"年内开会{held}次,不少于规定的{perYear}次。"))
        : (string.Create(Invariant, $"{held} meetings were held in the year, fewer than the {perYear} required."), string.Create(Invariant, $"年内开会{held}次,少于规定的{perYear}次。"));

    public static (string English, string Chinese) MeetingsNotRecorded() =>
        ("The record holds no meeting count, so meetings were not checked.", "记录中没有会议次数,未核对会议。");

    public static (string English, string Chinese) ReviewResult(CommitteeReview review) => review.IsCompliant
        ? (string.Create(Invariant, $"compliant ({review.Findings.Length} other finding(s))"), string.Create(Invariant, $"符合(其他提示{review.Findings.Length}条)"))
        : (string.Create(Invariant, $"not compliant: {review.Findings.ErrorCount()} error(s)"), string.Create(Invariant, $"不符合:问题{review.Findings.ErrorCount()}项"));

    private static string Election(ElectionResult result, ExplanationLanguage language) => language == ExplanationLanguage.Chinese
        ? string.Create(Invariant, $"选举时{result.Eligible}{Unit(result.Basis)}中{result.TookPart}{Unit(result.Basis)}参加,当选者最少得{result.FewestVotesOfTheElected}票")
        : string.Create(Invariant, $"an election in which {result.TookPart} of {result.Eligible} {Basis(result.Basis, language)} took part and the elected had at least {result.FewestVotesOfTheElected} votes");

    private static string Basis(ElectionBasis basis, ExplanationLanguage language) => (basis, language) switch
    {
        (ElectionBasis.Households, ExplanationLanguage.Chinese) => "户代表",
        (_, ExplanationLanguage.Chinese) => "选民",
        (ElectionBasis.Households, _) => "households",
        _ => "voters",
    };

    private static string Unit(ElectionBasis basis) => basis == ElectionBasis.Households ? "户" : "人";

    private static string Share(ShareThreshold threshold, ExplanationLanguage language) => (threshold.Numerator, threshold.Denominator, threshold.IsStrict, language) switch
    {
        (1, 2, true, ExplanationLanguage.Chinese) => "过半数",
        (1, 2, false, ExplanationLanguage.Chinese) => "半数以上",
        (1, 2, true, _) => "more than half",
        (1, 2, false, _) => "at least half",
        (var n, var d, true, ExplanationLanguage.Chinese) => string.Create(Invariant, $"超过{n}/{d}"),
        (var n, var d, false, ExplanationLanguage.Chinese) => string.Create(Invariant, $"{n}/{d}以上"),
        (var n, var d, true, _) => string.Create(Invariant, $"more than {n}/{d}"),
        (var n, var d, false, _) => string.Create(Invariant, $"at least {n}/{d}"),
    };

    public static (string English, string Chinese) KindName(string name) => name switch
    {
        "committees.quota" => ("committee quota", "居委会成员职数"),
        "committees.part-time-sources" => ("part-time member sources", "兼职成员来源"),
        "committees.office-rooms" => ("committee office rooms", "居委会专门办公室"),
        "committees.candidate-recommendation" => ("director candidate recommendation", "主任候选人推荐"),
        "committees.size" => ("committee size", "居委会成员人数"),
        "committees.term" => ("committee term", "居委会任期"),
        "committees.election" => ("committee election", "居委会选举"),
        "committees.meetings" => ("meetings", "会议次数"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "names no kind of this module."),
    };
}
