using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Community.Domain.Assessments;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Committees;

/// <summary>Evaluates committee policies: the quota in force for a community, a committee's assessment against it, and director candidate recommendation.</summary>
/// <remarks>
/// <para>Every question has the same three forms, as in every evaluator of the library: <c>X</c>
/// (throws <see cref="PolicyNotInForceException"/> where no policy is in force), <c>TryX</c> (returns
/// <see langword="false"/> there instead) and <c>ExplainX</c> (the same result with its
/// explanation). Arguments come in one order: jurisdiction, date, input; where the input carries its
/// community, the community's jurisdiction is the one asked about.</para>
/// <para>Stateless and thread-safe; register it as a singleton. <see cref="Quota(JurisdictionCode, LocalDate, Population)"/>
/// allocates nothing. The explained forms run the same function with a recorder.</para>
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
        QuotaUnder(ResidentsOnly(_catalog.ResolveVersion(CommitteeKinds.Quota, jurisdiction, asOf), nameof(population)), population.Residents, null);

    /// <summary>Returns the committee quota in force for a community, read from what the community records.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community; its jurisdiction and resident population are the ones used.</param>
    /// <returns>The quota.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No quota policy is in force there on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of the policy covers the community's population.</exception>
    public QuotaResult Quota(LocalDate asOf, CommunityProfile community)
    {
        Guard.Against.NullArgument(community);
        return QuotaIn(_catalog.ResolveVersion(CommitteeKinds.Quota, community.Jurisdiction, asOf), community);
    }

    /// <summary>Tries to return the committee quota, without throwing where no quota policy is in force.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="population">The community's resident population.</param>
    /// <param name="quota">The quota, when a policy is in force.</param>
    /// <returns><see langword="true"/> when a quota policy is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of the policy in force covers <paramref name="population"/>.</exception>
    public bool TryQuota(JurisdictionCode jurisdiction, LocalDate asOf, Population population, out QuotaResult quota)
    {
        var version = _catalog.FindVersion(CommitteeKinds.Quota, jurisdiction, asOf);
        quota = version is null ? default : QuotaUnder(ResidentsOnly(version, nameof(population)), population.Residents, null);
        return version is not null;
    }

    /// <summary>Returns the committee quota with its explanation: the version, the band and, at a boundary, the reading used.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="population">The community's resident population.</param>
    /// <returns>The same quota as <see cref="Quota(JurisdictionCode, LocalDate, Population)"/>, explained.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No quota policy is in force there on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of the policy covers <paramref name="population"/>.</exception>
    public Explained<QuotaResult> ExplainQuota(JurisdictionCode jurisdiction, LocalDate asOf, Population population)
    {
        var version = ResidentsOnly(_catalog.ResolveVersion(CommitteeKinds.Quota, jurisdiction, asOf), nameof(population));
        return ExplainQuotaUnder(version, jurisdiction, asOf, population.Residents);
    }

    /// <summary>Returns the committee quota of a community with its explanation.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community; its jurisdiction and resident population are the ones used.</param>
    /// <returns>The same quota as <see cref="Quota(LocalDate, CommunityProfile)"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No quota policy is in force there on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of the policy covers the community's population.</exception>
    public Explained<QuotaResult> ExplainQuota(LocalDate asOf, CommunityProfile community)
    {
        Guard.Against.NullArgument(community);
        var version = _catalog.ResolveVersion(CommitteeKinds.Quota, community.Jurisdiction, asOf);
        return ExplainQuotaUnder(version, community.Jurisdiction, asOf, community.Count(version.Policy.Unit));
    }

    /// <summary>Assesses a committee against the quota, part-time source and office room policies in force for its community.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="committee">The committee; its community's jurisdiction and population are the ones used.</param>
    /// <returns>The quota and every finding; compliant when no finding is an error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="committee"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No quota policy is in force there on <paramref name="asOf"/>.</exception>
    public CommitteeAssessment Assess(LocalDate asOf, ResidentsCommittee committee)
    {
        Guard.Against.NullArgument(committee);
        return AssessUnder(_catalog.ResolveVersion(CommitteeKinds.Quota, committee.Community.Jurisdiction, asOf), asOf, committee, null);
    }

    /// <summary>Tries to assess a committee, without throwing where no quota policy is in force.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="committee">The committee.</param>
    /// <param name="assessment">The assessment, when a quota policy is in force.</param>
    /// <returns><see langword="true"/> when a quota policy is in force for the committee's community on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="committee"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    public bool TryAssess(LocalDate asOf, ResidentsCommittee committee, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CommitteeAssessment? assessment)
    {
        Guard.Against.NullArgument(committee);
        var version = _catalog.FindVersion(CommitteeKinds.Quota, committee.Community.Jurisdiction, asOf);
        assessment = version is null ? null : AssessUnder(version, asOf, committee, null);
        return assessment is not null;
    }

    /// <summary>Assesses a committee and explains every check: which held, which failed, against which rule.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="committee">The committee.</param>
    /// <returns>The same assessment as <see cref="Assess"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="committee"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No quota policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<CommitteeAssessment> ExplainAssessment(LocalDate asOf, ResidentsCommittee committee)
    {
        Guard.Against.NullArgument(committee);
        var jurisdiction = committee.Community.Jurisdiction;
        var version = _catalog.ResolveVersion(CommitteeKinds.Quota, jurisdiction, asOf, "committee.Community.Jurisdiction");
        var (compositionEn, compositionZh) = CommitteeText.Composition(committee);
        var recorder = Counted(ExplanationRecorder.Begin(_catalog, version, jurisdiction, asOf), version.Policy.Unit, committee.Community.Count(version.Policy.Unit))
            .Input("composition", compositionEn, compositionZh);
        var assessment = AssessUnder(version, asOf, committee, recorder);
        var (english, chinese) = CommitteeText.AssessmentResult(assessment.IsCompliant, assessment.Findings.ErrorCount(), assessment.Findings.Length);
        return new(assessment, recorder.Result("assessment", english, chinese));
    }

    /// <summary>Says whether a director qualifies to be recommended as a candidate for director in the next term, and by which clause.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date of the recommendation, which chooses the policy version.</param>
    /// <param name="record">The director's term, honours and assessment ranks.</param>
    /// <returns>The recommendation, the clause met and the counts behind it; only honours and ranks within the term count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No candidate policy is in force there on <paramref name="asOf"/>.</exception>
    public CandidateRecommendation Recommend(JurisdictionCode jurisdiction, LocalDate asOf, DirectorRecord record)
    {
        Guard.Against.NullArgument(record);
        return RecommendUnder(_catalog.ResolveVersion(CommitteeKinds.CandidateRecommendation, jurisdiction, asOf), record, null);
    }

    /// <summary>Tries to say whether a director qualifies as a candidate, without throwing where no candidate policy is in force.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date of the recommendation.</param>
    /// <param name="record">The director's term, honours and assessment ranks.</param>
    /// <param name="recommendation">The recommendation, when a policy is in force.</param>
    /// <returns><see langword="true"/> when a candidate policy is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    public bool TryRecommend(JurisdictionCode jurisdiction, LocalDate asOf, DirectorRecord record, out CandidateRecommendation recommendation)
    {
        Guard.Against.NullArgument(record);
        var version = _catalog.FindVersion(CommitteeKinds.CandidateRecommendation, jurisdiction, asOf);
        recommendation = version is null ? default : RecommendUnder(version, record, null);
        return version is not null;
    }

    /// <summary>Says whether a director qualifies as a candidate, with the explanation: the counts within the term and each clause checked.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date of the recommendation.</param>
    /// <param name="record">The director's term, honours and assessment ranks.</param>
    /// <returns>The same recommendation as <see cref="Recommend"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No candidate policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<CandidateRecommendation> ExplainRecommendation(JurisdictionCode jurisdiction, LocalDate asOf, DirectorRecord record)
    {
        Guard.Against.NullArgument(record);
        var version = _catalog.ResolveVersion(CommitteeKinds.CandidateRecommendation, jurisdiction, asOf);
        var (termEn, termZh) = CommitteeText.Term(record.Term);
        var (recordEn, recordZh) = CommitteeText.Record(record);
        var recorder = ExplanationRecorder.Begin(_catalog, version, jurisdiction, asOf)
            .Input("term", termEn, termZh)
            .Input("record", recordEn, recordZh);
        var result = RecommendUnder(version, record, recorder);
        var (english, chinese) = CommitteeText.RecommendationResult(result);
        return new(result, recorder.Result("recommendation", english, chinese));
    }

    /// <summary>Reviews a committee's record against the size, term, election and meeting policies in force for its community; the size policy is also checked against the higher levels' size policies.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="record">The committee's record; its community's jurisdiction is the one used.</param>
    /// <returns>What each policy in force requires and every finding; a policy not in force is not checked.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">None of the four policies is in force there on <paramref name="asOf"/>; the exception names the size policy.</exception>
    public CommitteeReview Review(LocalDate asOf, CommitteeRecord record) =>
        TryReview(asOf, record, out var review)
            ? review
            : throw _catalog.NotInForce(CommitteeKinds.Size, Guard.Against.NullArgument(record).Community.Jurisdiction, asOf);

    /// <summary>Tries to review a committee's record, without throwing where none of the policies is in force.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="record">The committee's record.</param>
    /// <param name="review">The review, when at least one policy is in force.</param>
    /// <returns><see langword="true"/> when a size, term, election or meeting policy is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    public bool TryReview(LocalDate asOf, CommitteeRecord record, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CommitteeReview? review)
    {
        Guard.Against.NullArgument(record);
        review = ReviewUnder(asOf, record, explain: false, out _);
        return review is not null;
    }

    /// <summary>Reviews a committee's record and explains every check, naming each policy and each higher level's size policy.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="record">The committee's record.</param>
    /// <returns>The same review as <see cref="Review"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">None of the four policies is in force there on <paramref name="asOf"/>.</exception>
    public Explained<CommitteeReview> ExplainReview(LocalDate asOf, CommitteeRecord record)
    {
        Guard.Against.NullArgument(record);
        var review = ReviewUnder(asOf, record, explain: true, out var recorder)
            ?? throw _catalog.NotInForce(CommitteeKinds.Size, record.Community.Jurisdiction, asOf);
        var (english, chinese) = CommitteeText.ReviewResult(review);
        return new(review, recorder!.Result("review", english, chinese));
    }

    private CommitteeReview? ReviewUnder(LocalDate asOf, CommitteeRecord record, bool explain, out ExplanationRecorder? recorder)
    {
        var jurisdiction = record.Community.Jurisdiction;
        var size = _catalog.FindVersion(CommitteeKinds.Size, jurisdiction, asOf, "record.Community.Jurisdiction");
        var term = _catalog.FindVersion(CommitteeKinds.Term, jurisdiction, asOf);
        var election = _catalog.FindVersion(CommitteeKinds.Election, jurisdiction, asOf);
        var meetings = _catalog.FindVersion(CommitteeKinds.Meetings, jurisdiction, asOf);
        recorder = null;
        var first = (PolicyVersion?)size ?? (PolicyVersion?)term ?? (PolicyVersion?)election ?? meetings;
        if (first is null)
        {
            return null;
        }

        if (explain)
        {
            var (recordEn, recordZh) = CommitteeText.Record(record);
            recorder = ExplanationRecorder.Begin(_catalog, first, jurisdiction, asOf).Input("record", recordEn, recordZh);
        }

        var findings = ImmutableArray.CreateBuilder<Finding>();
        if (size is not null)
        {
            var collector = FindingCollector.ForOneOf(size, first, recorder);
            var allowed = size.Policy.Members;
            var within = allowed.Contains(record.Members);
            if (within)
            {
                collector.Check(true, CommitteeFindingCodes.SizeOutsideRange, CommitteeText.Size(record.Members, allowed, false), CommitteeText.Size(record.Members, allowed, true));
            }
            else
            {
                // Each side has its severity: a recommended most that committees may pass is a warning.
                collector.Add(CommitteeFindingCodes.SizeOutsideRange, record.Members < allowed.Min ? size.Policy.BelowMinimum : size.Policy.AboveMaximum, CommitteeText.Size(record.Members, allowed, false));
            }
            foreach (var higher in _catalog.ResolveLineage(CommitteeKinds.Size, jurisdiction, asOf))
            {
                if (!ReferenceEquals(higher, size)
                    && LevelCheck.Check(_catalog, size, (allowed.Min, allowed.Max), higher, (higher.Policy.Members.Min, higher.Policy.Members.Max), (size.Kind.EnglishName, size.Kind.ChineseName), recorder) is { } warning)
                {
                    collector.Add(warning);
                }
            }

            findings.AddRange(collector.ToImmutable());
        }

        if (term is not null)
        {
            var collector = FindingCollector.ForOneOf(term, first, recorder);
            collector.Check(record.TermYears == term.Policy.Years, CommitteeFindingCodes.TermDiffers, CommitteeText.Term(record.TermYears, term.Policy.Years), CommitteeText.Term(record.TermYears, term.Policy.Years));
            findings.AddRange(collector.ToImmutable());
        }

        if (election is not null)
        {
            var collector = FindingCollector.ForOneOf(election, first, recorder);
            var policy = election.Policy;
            if (record.Election is not { } result)
            {
                collector.Add(CommitteeFindingCodes.ElectionNotRecorded, FindingSeverity.Info, CommitteeText.ElectionNotRecorded());
            }
            else if (result.Basis != policy.Basis)
            {
                collector.Add(CommitteeFindingCodes.ElectionBasisDiffers, FindingSeverity.Warning, CommitteeText.BasisDiffers(result.Basis, policy.Basis));
            }
            else
            {
                var turnout = policy.Turnout.IsMetBy(result.TookPart, result.Eligible);
                collector.Check(turnout, CommitteeFindingCodes.TurnoutTooLow, CommitteeText.Turnout(result, policy.Turnout, false), CommitteeText.Turnout(result, policy.Turnout, true));
                var elected = policy.Elects.IsMetBy(result.FewestVotesOfTheElected, result.TookPart);
                collector.Check(elected, CommitteeFindingCodes.ElectedWithTooFewVotes, CommitteeText.Elected(result, policy.Elects, false), CommitteeText.Elected(result, policy.Elects, true));
            }

            findings.AddRange(collector.ToImmutable());
        }

        if (meetings is not null)
        {
            var collector = FindingCollector.ForOneOf(meetings, first, recorder);
            if (record.MeetingsInYear is { } held)
            {
                collector.Check(held >= meetings.Policy.PerYear, CommitteeFindingCodes.TooFewMeetings, CommitteeText.Meetings(held, meetings.Policy.PerYear), CommitteeText.Meetings(held, meetings.Policy.PerYear));
            }
            else
            {
                collector.Add(CommitteeFindingCodes.MeetingsNotRecorded, FindingSeverity.Info, CommitteeText.MeetingsNotRecorded());
            }

            findings.AddRange(collector.ToImmutable());
        }

        return new CommitteeReview(size?.Policy.Members, term?.Policy.Years, election?.Policy, meetings?.Policy.PerYear, findings.ToImmutable());
    }


    // A population is the right input only for a policy that counts residents: a policy that counts
    // households is asked through the community, which records them.
    private static PolicyVersion<CommitteeQuotaPolicy> ResidentsOnly(PolicyVersion<CommitteeQuotaPolicy> version, string parameterName) =>
        version.Policy.Unit == CountUnit.Residents
            ? version
            : throw new ArgumentException(
                $"The quota policy in force ({version.RuleId}) counts {version.Policy.Unit}, not residents; ask with the community, Quota(asOf, community), which records them.", parameterName);

    private static ExplanationRecorder Counted(ExplanationRecorder recorder, CountUnit unit, long units) =>
        unit == CountUnit.Residents
            ? recorder.Input("population", Population.Of(checked((int)units)))
            : recorder.Input("households", HouseholdCount.Of(checked((int)units)));

    private Explained<QuotaResult> ExplainQuotaUnder(PolicyVersion<CommitteeQuotaPolicy> version, JurisdictionCode jurisdiction, LocalDate asOf, long units)
    {
        var recorder = Counted(ExplanationRecorder.Begin(_catalog, version, jurisdiction, asOf), version.Policy.Unit, units);
        var result = QuotaUnder(version, units, recorder);
        var (english, chinese) = CommitteeText.QuotaResult(result.Quota);
        return new(result, recorder.Result("quota", english, chinese));
    }

    // The one computation of a quota, for the quantity the policy counts. The plain path passes no
    // recorder and allocates nothing; it returns the result by value and takes no out parameter,
    // which keeps it free of write barriers.
    /// <summary>The quota under a version already resolved, for a community, read as <see cref="Quota(LocalDate, CommunityProfile)"/> reads it; allocates nothing.</summary>
    internal static QuotaResult QuotaIn(PolicyVersion<CommitteeQuotaPolicy> version, CommunityProfile community) =>
        QuotaUnder(version, community.Count(version.Policy.Unit), null);

    private static QuotaResult QuotaUnder(PolicyVersion<CommitteeQuotaPolicy> version, long units, ExplanationRecorder? recorder)
    {
        var policy = version.Policy;
        if (policy.FullTimeFormula is { } fullTime)
        {
            var partTime = policy.PartTimeFormula!;
            recorder?.Formula(fullTime, policy.Unit, units).Formula(partTime, policy.Unit, units);
            return new QuotaResult(version, fullTime.Count(units), partTime.Count(units));
        }

        var population = Population.Of(checked((int)units));
        var bands = policy.Bands;
        var result = new QuotaResult(version, bands is null ? BandHit.None : bands.Hit(population));
        if (recorder is not null)
        {
            if (bands is null)
            {
                recorder.Step(CommitteeText.RangeOnly(result.Overall));
            }
            else
            {
                recorder.Band(bands.Find(population), CommitteeText.Quota);
            }
        }

        return result;
    }

    private CommitteeAssessment AssessUnder(PolicyVersion<CommitteeQuotaPolicy> version, LocalDate asOf, ResidentsCommittee committee, ExplanationRecorder? recorder)
    {
        var community = committee.Community;
        var quota = QuotaUnder(version, community.Count(version.Policy.Unit), recorder);
        var findings = new FindingCollector(version, recorder);
        if (quota.IsRangeOnly)
        {
            CheckCount(findings, CommitteeFindingCodes.OutsideOverallRange, CommitteeFindingCodes.OutsideOverallRange, committee.Total, quota.Overall);
            findings.Add(CommitteeFindingCodes.SplitNotSpecified, FindingSeverity.Info, CommitteeText.SplitNotSpecified(quota.Overall));
        }
        else
        {
            CheckCount(findings, CommitteeFindingCodes.TooFewMembers, CommitteeFindingCodes.TooManyMembers, committee.Total, quota.Quota.Total);
            CheckCount(findings, CommitteeFindingCodes.OutsideOverallRange, CommitteeFindingCodes.OutsideOverallRange, committee.Total, quota.Overall);
            CheckCount(findings, CommitteeFindingCodes.TooFewFullTime, CommitteeFindingCodes.TooManyFullTime, committee.FullTimeCount, quota.Quota.FullTime);
            CheckCount(findings, CommitteeFindingCodes.TooFewPartTime, CommitteeFindingCodes.TooManyPartTime, committee.PartTimeCount, quota.Quota.PartTime);
        }

        findings.Check(
            committee.DirectorCount == 1,
            committee.DirectorCount == 0 ? CommitteeFindingCodes.NoDirector : CommitteeFindingCodes.MoreThanOneDirector,
            committee.DirectorCount == 0 ? CommitteeText.NoDirector() : CommitteeText.MoreThanOneDirector(committee.DirectorCount),
            CommitteeText.OneDirector());

        if (committee.PartTimeCount > 0)
        {
            if (_catalog.FindVersion(CommitteeKinds.PartTimeSources, community.Jurisdiction, asOf) is { } sources)
            {
                recorder?.AlsoApplies(sources);
                var sourceFindings = new FindingCollector(sources, recorder);
                foreach (var member in committee.Members)
                {
                    if (member.Source is { } source)
                    {
                        sourceFindings.Check(
                            sources.Policy.IsAllowed(source),
                            CommitteeFindingCodes.PartTimeSourceNotAllowed,
                            CommitteeText.SourceNotAllowed(member, sources.Policy),
                            CommitteeText.SourceAllowed(member, source));
                    }
                }

                findings.AddRange(sourceFindings);
            }
            else
            {
                findings.Add(CommitteeFindingCodes.SourcesNotChecked, FindingSeverity.Info, CommitteeText.SourcesNotChecked());
            }
        }

        if (committee.OfficeRooms is { } rooms && _catalog.FindVersion(CommitteeKinds.OfficeRooms, community.Jurisdiction, asOf) is { } offices)
        {
            recorder?.AlsoApplies(offices);
            var officeFindings = new FindingCollector(offices, recorder);
            var allowed = offices.Policy.MaximumOfficeRooms;
            officeFindings.Check(rooms <= allowed, CommitteeFindingCodes.TooManyOfficeRooms, CommitteeText.TooManyOfficeRooms(rooms, allowed), CommitteeText.OfficeRoomsWithin(rooms, allowed));
            findings.AddRange(officeFindings);
        }

        return new CommitteeAssessment(quota, findings.ToImmutable());
    }

    private static void CheckCount(FindingCollector findings, Assessments.FindingCode tooFew, Assessments.FindingCode tooMany, int actual, CountRange expected) =>
        findings.Check(
            expected.Contains(actual),
            actual < expected.Min ? tooFew : tooMany,
            CommitteeText.Count(actual < expected.Min ? tooFew : tooMany, actual, expected),
            CommitteeText.CountWithin(tooFew, actual, expected));

    private static CandidateRecommendation RecommendUnder(PolicyVersion<CandidatePolicy> version, DirectorRecord record, ExplanationRecorder? recorder)
    {
        var policy = version.Policy;
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
        if (recorder is not null)
        {
            foreach (var (holds, english, chinese) in CommitteeText.Clauses(policy, provincial, city, best))
            {
                recorder.Condition(holds, english, chinese);
            }
        }

        return new CandidateRecommendation(clause, provincial, city, best, version.RuleId);
    }
}
