using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Assessments;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Committees;

/// <summary>Evaluates committee policies: the quota in force for a community, a committee's assessment against it, and director candidate recommendation.</summary>
/// <remarks>
/// Stateless and thread-safe; register it as a singleton. <see cref="Quota"/> allocates nothing;
/// every <c>Explain…</c> method gives the same result as its plain counterpart, with its explanation.
/// </remarks>
public sealed class CommitteeEvaluator
{
    private readonly PolicyCatalog _catalog;

    /// <summary>Initializes a new instance of the <see cref="CommitteeEvaluator"/> class.</summary>
    /// <param name="catalog">The catalog to resolve policies in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public CommitteeEvaluator(PolicyCatalog catalog) => _catalog = Guard.Against.NullArgument(catalog);

    /// <summary>Returns the committee quota in force for a community of a given population.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="population">The community's resident population.</param>
    /// <returns>The quota: exact where the policy gives bands, the overall range where it does not.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No quota policy is in force there on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of the policy covers <paramref name="population"/>.</exception>
    public QuotaResult Quota(JurisdictionCode jurisdiction, LocalDate asOf, Population population) =>
        Result(_catalog.ResolveVersion(CommitteeKinds.Quota, jurisdiction, asOf), population);

    /// <summary>Returns the committee quota with its explanation: the version, the band and, at a boundary, the reading used.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="population">The community's resident population.</param>
    /// <returns>The same quota as <see cref="Quota"/>, explained.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No quota policy is in force there on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of the policy covers <paramref name="population"/>.</exception>
    public Explained<QuotaResult> ExplainQuota(JurisdictionCode jurisdiction, LocalDate asOf, Population population)
    {
        var resolution = _catalog.Resolve(CommitteeKinds.Quota, jurisdiction, asOf);
        var result = Evaluate(resolution, population, out var match);
        var explanation = ExplanationBuilder.For(_catalog, resolution).Input("population", population);
        ExplainQuotaSteps(explanation, result, match);
        return new(result, explanation.Result(
            "quota",
            "quota: " + CommitteeText.Quota(result.Quota, ExplanationLanguage.English),
            "职数:" + CommitteeText.Quota(result.Quota, ExplanationLanguage.Chinese)));
    }

    /// <summary>Assesses a committee against the quota, part-time source and office room policies in force for its community.</summary>
    /// <param name="committee">The committee.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The quota and every finding; compliant when no finding is an error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="committee"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No quota policy is in force there on <paramref name="asOf"/>.</exception>
    public CommitteeAssessment Assess(ResidentsCommittee committee, LocalDate asOf) => Assess(committee, asOf, null);

    /// <summary>Assesses a committee and explains every check: which held, which failed, against which rule.</summary>
    /// <param name="committee">The committee.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The same assessment as <see cref="Assess(ResidentsCommittee, LocalDate)"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="committee"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No quota policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<CommitteeAssessment> ExplainAssessment(ResidentsCommittee committee, LocalDate asOf)
    {
        Guard.Against.NullArgument(committee);
        var resolution = _catalog.Resolve(CommitteeKinds.Quota, committee.Community.Jurisdiction, asOf);
        var (compositionEn, compositionZh) = CommitteeText.Composition(committee);
        var explanation = ExplanationBuilder.For(_catalog, resolution)
            .Input("population", committee.Community.Population)
            .Input("composition", compositionEn, compositionZh);
        var assessment = Assess(committee, asOf, explanation);
        var errors = assessment.Findings.ErrorCount();
        return new(assessment, explanation.Result(
            "assessment",
            assessment.IsCompliant
                ? string.Create(CultureInfo.InvariantCulture, $"compliant ({assessment.Findings.Length} findings, none an error)")
                : string.Create(CultureInfo.InvariantCulture, $"not compliant: {errors} error finding(s) of {assessment.Findings.Length}"),
            assessment.IsCompliant
                ? string.Create(CultureInfo.InvariantCulture, $"符合规定(共{assessment.Findings.Length}项提示,无违规)")
                : string.Create(CultureInfo.InvariantCulture, $"不符合规定:{errors}项违规(共{assessment.Findings.Length}项)")));
    }

    /// <summary>Says whether a director qualifies to be recommended as a candidate for director in the next term, and by which clause.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="record">The director's term, honours and assessment ranks.</param>
    /// <param name="asOf">The date of the recommendation, which chooses the policy version.</param>
    /// <returns>The recommendation, the clause met and the counts behind it; only honours and ranks within the term count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No candidate policy is in force there on <paramref name="asOf"/>.</exception>
    public CandidateRecommendation RecommendCandidate(JurisdictionCode jurisdiction, DirectorRecord record, LocalDate asOf)
    {
        Guard.Against.NullArgument(record);
        var resolution = _catalog.Resolve(CommitteeKinds.CandidateRecommendation, jurisdiction, asOf);
        return Recommend(resolution, record);
    }

    /// <summary>Says whether a director qualifies as a candidate, with the explanation: the counts within the term and each clause checked.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="record">The director's term, honours and assessment ranks.</param>
    /// <param name="asOf">The date of the recommendation.</param>
    /// <returns>The same recommendation as <see cref="RecommendCandidate"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No candidate policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<CandidateRecommendation> ExplainCandidate(JurisdictionCode jurisdiction, DirectorRecord record, LocalDate asOf)
    {
        Guard.Against.NullArgument(record);
        var resolution = _catalog.Resolve(CommitteeKinds.CandidateRecommendation, jurisdiction, asOf);
        var result = Recommend(resolution, record);
        var policy = resolution.Policy;
        var term = record.Term;
        var explanation = ExplanationBuilder.For(_catalog, resolution)
            .Input(
                "term",
                $"term {Wording.Date(term.Start, ExplanationLanguage.English)} to {Wording.Date(term.End, ExplanationLanguage.English)}",
                $"任期{Wording.Date(term.Start, ExplanationLanguage.Chinese)}至{Wording.Date(term.End, ExplanationLanguage.Chinese)}")
            .Input(
                "record",
                string.Create(CultureInfo.InvariantCulture, $"{record.Honours.Length} honour(s) and {record.Ranks.Length} assessment rank(s) on record"),
                string.Create(CultureInfo.InvariantCulture, $"记录荣誉{record.Honours.Length}次、考评名次{record.Ranks.Length}次"))
            .Condition(
                result.ProvincialHonours >= policy.ProvincialHonours,
                string.Create(CultureInfo.InvariantCulture, $"Provincial-or-above honours within the term: {result.ProvincialHonours}; at least {policy.ProvincialHonours} qualifies."),
                string.Create(CultureInfo.InvariantCulture, $"届内省级以上荣誉{result.ProvincialHonours}次;{policy.ProvincialHonours}次以上即符合。"))
            .Condition(
                result.CityHonours >= policy.CityHonours,
                string.Create(CultureInfo.InvariantCulture, $"City-or-above honours within the term (provincial and national included): {result.CityHonours}; at least {policy.CityHonours} qualifies."),
                string.Create(CultureInfo.InvariantCulture, $"届内市级以上荣誉(含省级、国家级){result.CityHonours}次;{policy.CityHonours}次以上即符合。"))
            .Condition(
                result.BestRank is { } rank && rank <= policy.TopRank,
                string.Create(CultureInfo.InvariantCulture, $"Best assessment rank within the term: {(result.BestRank is { } r ? r.ToString(CultureInfo.InvariantCulture) : "none")}; rank {policy.TopRank} or better qualifies."),
                string.Create(CultureInfo.InvariantCulture, $"届内综合考评最好名次:{(result.BestRank is { } z ? "第" + z.ToString(CultureInfo.InvariantCulture) + "名" : "无")};前{policy.TopRank}名即符合。"));
        return new(result, explanation.Result(
            "recommendation",
            result.IsRecommended ? $"recommended, by {CommitteeText.Clause(result.Clause, ExplanationLanguage.English)}" : "not recommended: no clause is met",
            result.IsRecommended ? $"可推荐为下一届主任候选人,依据:{CommitteeText.Clause(result.Clause, ExplanationLanguage.Chinese)}" : "不符合推荐条件"));
    }

    // The one computation of a quota. It returns the result by value and takes no out parameter,
    // which keeps the plain lookup free of write barriers (docs/benchmarks.md).
    private static QuotaResult Result(PolicyVersion<CommitteeQuotaPolicy> version, Population population) =>
        new(version, version.Policy.Bands is { } bands ? bands.Hit(population) : BandHit.None);

    // The explained and assessing paths also need the band match, for the explanation.
    private static QuotaResult Evaluate(in PolicyResolution<CommitteeQuotaPolicy> resolution, Population population, out BandMatch<Population, CommitteeQuota> match)
    {
        match = resolution.Policy.Bands?.Find(population) ?? default;
        return Result(resolution.Version, population);
    }

    private static void ExplainQuotaSteps(ExplanationBuilder explanation, QuotaResult result, BandMatch<Population, CommitteeQuota> match)
    {
        if (result.IsRangeOnly)
        {
            explanation.Step(new(
                ExplanationStepKind.Formula,
                $"The policy gives only the committee's overall size, {result.Overall} members, and no population bands, so the quota is that range; no number within it is chosen.",
                $"政策只规定居委会总人数为{result.Overall}人,未按人口分档,故职数即为该范围,不在其中另定具体人数。"));
        }
        else
        {
            explanation.Band(match, CommitteeText.Quota);
        }
    }

    private CommitteeAssessment Assess(ResidentsCommittee committee, LocalDate asOf, ExplanationBuilder? explanation)
    {
        Guard.Against.NullArgument(committee);
        var community = committee.Community;
        var resolution = _catalog.Resolve(CommitteeKinds.Quota, community.Jurisdiction, asOf);
        var quota = Evaluate(resolution, community.Population, out var match);
        if (explanation is not null)
        {
            ExplainQuotaSteps(explanation, quota, match);
        }

        var findings = new Findings(resolution.Version, explanation);
        if (quota.IsRangeOnly)
        {
            findings.CheckCount(FindingCode.OutsideOverallRange, FindingCode.OutsideOverallRange, committee.Total, quota.Overall);
            findings.Add(FindingCode.SplitNotSpecified, FindingSeverity.Information, CommitteeText.SplitNotSpecified(quota.Overall));
        }
        else
        {
            findings.CheckCount(FindingCode.TooFewMembers, FindingCode.TooManyMembers, committee.Total, quota.Quota.Total);
            findings.CheckCount(FindingCode.OutsideOverallRange, FindingCode.OutsideOverallRange, committee.Total, quota.Overall);
            findings.CheckCount(FindingCode.TooFewFullTime, FindingCode.TooManyFullTime, committee.FullTimeCount, quota.Quota.FullTime);
            findings.CheckCount(FindingCode.TooFewPartTime, FindingCode.TooManyPartTime, committee.PartTimeCount, quota.Quota.PartTime);
        }

        findings.Check(
            committee.DirectorCount == 1,
            committee.DirectorCount == 0 ? FindingCode.NoDirector : FindingCode.MoreThanOneDirector,
            committee.DirectorCount == 0 ? CommitteeText.NoDirector() : CommitteeText.MoreThanOneDirector(committee.DirectorCount),
            ("The committee has exactly one director.", "居委会设主任一名。"));

        if (committee.PartTimeCount > 0)
        {
            if (_catalog.TryResolve(CommitteeKinds.PartTimeSources, community.Jurisdiction, asOf, out var sources))
            {
                explanation?.AlsoApplies(sources);
                var sourceFindings = new Findings(sources.Version, explanation);
                foreach (var member in committee.Members)
                {
                    if (member.Source is { } source)
                    {
                        sourceFindings.Check(
                            sources.Policy.IsAllowed(source),
                            FindingCode.PartTimeSourceNotAllowed,
                            CommitteeText.SourceNotAllowed(member, sources.Policy),
                            ($"Part-time member \"{member.Name}\" was elected from {source}, an allowed source.", $"兼职成员“{member.Name}”来源为{CommitteeText.SourceName(source)},属允许的来源。"));
                    }
                }

                findings.AddRange(sourceFindings);
            }
            else
            {
                findings.Add(FindingCode.SourcesNotChecked, FindingSeverity.Information, CommitteeText.SourcesNotChecked());
            }
        }

        if (committee.OfficeRooms is { } rooms && _catalog.TryResolve(CommitteeKinds.OfficeRooms, community.Jurisdiction, asOf, out var offices))
        {
            explanation?.AlsoApplies(offices);
            var officeFindings = new Findings(offices.Version, explanation);
            var allowed = offices.Policy.MaximumOfficeRooms;
            officeFindings.Check(rooms <= allowed, FindingCode.TooManyOfficeRooms, CommitteeText.TooManyOfficeRooms(rooms, allowed), CommitteeText.OfficeRoomsWithin(rooms, allowed));
            findings.AddRange(officeFindings);
        }

        return new CommitteeAssessment(quota, findings.ToImmutable());
    }

    private static CandidateRecommendation Recommend(PolicyResolution<CandidatePolicy> resolution, DirectorRecord record)
    {
        var policy = resolution.Policy;
        var provincial = 0;
        var city = 0;
        foreach (var honour in record.Honours)
        {
            if (record.Term.Contains(honour.AwardedOn))
            {
                provincial += honour.Level >= HonourLevel.Provincial ? 1 : 0;
                city += honour.Level >= HonourLevel.City ? 1 : 0;
            }
        }

        int? best = null;
        foreach (var rank in record.Ranks)
        {
            if (record.Term.Contains(rank.AssessedOn) && (best is null || rank.Rank < best))
            {
                best = rank.Rank;
            }
        }

        var clause = provincial >= policy.ProvincialHonours ? RecommendationClause.ProvincialHonours
            : city >= policy.CityHonours ? RecommendationClause.CityHonours
            : best <= policy.TopRank ? RecommendationClause.AssessmentRank
            : RecommendationClause.None;
        return new CandidateRecommendation(clause, provincial, city, best, resolution.Version.RuleId);
    }

    /// <summary>Collects findings of one rule, and records each check in the explanation when one is being built.</summary>
    private sealed class Findings(PolicyVersion version, ExplanationBuilder? explanation)
    {
        private readonly ImmutableArray<Finding>.Builder _found = ImmutableArray.CreateBuilder<Finding>();

        public void CheckCount(FindingCode tooFew, FindingCode tooMany, int actual, CountRange expected)
        {
            var code = actual < expected.Min ? tooFew : tooMany;
            Check(
                expected.Contains(actual),
                code,
                CommitteeText.Count(code, actual, expected),
                (string.Create(CultureInfo.InvariantCulture, $"{Describe(tooFew)}: {actual}, within {expected}."),
                 string.Create(CultureInfo.InvariantCulture, $"{DescribeChinese(tooFew)}:{actual}人,在{expected}人以内。")));
        }

        public void Check(bool holds, FindingCode code, (string English, string Chinese) failure, (string English, string Chinese) success)
        {
            if (holds)
            {
                explanation?.Condition(true, success.English, success.Chinese);
            }
            else
            {
                Add(code, FindingSeverity.Error, failure);
            }
        }

        public void Add(FindingCode code, FindingSeverity severity, (string English, string Chinese) message)
        {
            _found.Add(new Finding(code, severity, version.RuleId, version.Citations, message.English, message.Chinese));
            explanation?.Condition(severity != FindingSeverity.Error, $"[{code}, {version.RuleId}] {message.English}", $"[{code},{version.RuleId}]{message.Chinese}");
        }

        public void AddRange(Findings other) => _found.AddRange(other._found);

        public ImmutableArray<Finding> ToImmutable() => _found.ToImmutable();

        private static string Describe(FindingCode code) => code switch
        {
            FindingCode.TooFewMembers => "Members",
            FindingCode.TooFewFullTime => "Full-time members",
            FindingCode.TooFewPartTime => "Part-time members",
            _ => "Members against the overall size",
        };

        private static string DescribeChinese(FindingCode code) => code switch
        {
            FindingCode.TooFewMembers => "成员",
            FindingCode.TooFewFullTime => "专职成员",
            FindingCode.TooFewPartTime => "兼职成员",
            _ => "成员总数",
        };
    }
}
