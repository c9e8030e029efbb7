using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Community.Domain.Assessments;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Policies;
using NodaTime;

namespace Community.Domain.Staffing;

/// <summary>Evaluates staffing policies: the staff of a kind a community needs, and its actual staff assessed against the policy in force and the higher levels' policies of the same kind.</summary>
/// <remarks>
/// <para>Every question has the three forms of every evaluator: <c>X</c>, <c>TryX</c> and
/// <c>ExplainX</c>. Arguments come in one order: the kind of staff, the date, then the community,
/// whose jurisdiction is the one asked about and whose residents or households (as the policy
/// counts) are the quantity used.</para>
/// <para>The policy in force is the nearest level's. Where higher levels keep a policy of the same
/// kind in force, the nearer requirement is checked against each: a lower level may narrow a higher
/// one, and where it contradicts it the assessment carries a warning citing both rules.</para>
/// <para>Stateless and thread-safe. <see cref="Requirement"/> and <see cref="Assess"/> allocate
/// nothing unless there is a finding to report.</para>
/// </remarks>
public sealed class StaffingEvaluator
{
    private readonly PolicyCatalog _catalog;

    /// <summary>Initializes a new instance of the <see cref="StaffingEvaluator"/> class.</summary>
    /// <param name="catalog">The catalog to resolve policies in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public StaffingEvaluator(PolicyCatalog catalog) => _catalog = Guard.Against.NullArgument(catalog);

    /// <summary>Returns the staff of a kind that the policy in force requires of a community.</summary>
    /// <param name="kind">The kind of staff, such as <see cref="StaffingKinds.CommunityWorkers"/>.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community; its jurisdiction, and its residents or households as the policy counts, are the ones used.</param>
    /// <returns>The least number required and the cap, if any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No policy of <paramref name="kind"/> is in force there on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of a banded formula covers the community's quantity.</exception>
    public StaffingRequirement Requirement(PolicyKind<StaffingPolicy> kind, LocalDate asOf, CommunityProfile community)
    {
        Guard.Against.NullArgument(community);
        return RequirementUnder(_catalog.ResolveVersion(kind, community.Jurisdiction, asOf), community, null);
    }

    /// <summary>Tries to return the staff a community needs, without throwing where no policy of the kind is in force.</summary>
    /// <param name="kind">The kind of staff.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community.</param>
    /// <param name="requirement">The requirement, when a policy is in force.</param>
    /// <returns><see langword="true"/> when a policy of <paramref name="kind"/> is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of a banded formula covers the community's quantity.</exception>
    public bool TryRequirement(PolicyKind<StaffingPolicy> kind, LocalDate asOf, CommunityProfile community, out StaffingRequirement requirement)
    {
        Guard.Against.NullArgument(community);
        var version = _catalog.FindVersion(kind, community.Jurisdiction, asOf);
        requirement = version is null ? default : RequirementUnder(version, community, null);
        return version is not null;
    }

    /// <summary>Returns the staff a community needs with the explanation: the policy, the quantity, each step of the formula and the cap.</summary>
    /// <param name="kind">The kind of staff.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community.</param>
    /// <returns>The same requirement as <see cref="Requirement"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No policy of <paramref name="kind"/> is in force there on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No band of a banded formula covers the community's quantity.</exception>
    public Explained<StaffingRequirement> ExplainRequirement(PolicyKind<StaffingPolicy> kind, LocalDate asOf, CommunityProfile community)
    {
        Guard.Against.NullArgument(community);
        var version = _catalog.ResolveVersion(kind, community.Jurisdiction, asOf);
        var recorder = Start(version, asOf, community);
        var requirement = RequirementUnder(version, community, recorder);
        var (english, chinese) = StaffingText.Requirement(requirement);
        return new(requirement, recorder.Result("requirement", english, chinese));
    }

    /// <summary>Assesses a community's staff of a kind against the policy in force, and that policy against the higher levels' policies of the kind.</summary>
    /// <param name="kind">The kind of staff.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community.</param>
    /// <param name="staff">The staff of that kind the community has; zero or more.</param>
    /// <returns>The requirement, the staff and every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="staff"/> is negative, or no band of a banded formula covers the community's quantity.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No policy of <paramref name="kind"/> is in force there on <paramref name="asOf"/>.</exception>
    public StaffingAssessment Assess(PolicyKind<StaffingPolicy> kind, LocalDate asOf, CommunityProfile community, int staff)
    {
        Guard.Against.NullArgument(community);
        Guard.Against.NegativeCount(staff);
        return AssessUnder(_catalog.ResolveVersion(kind, community.Jurisdiction, asOf), asOf, community, staff, null);
    }

    /// <summary>Tries to assess a community's staff, without throwing where no policy of the kind is in force.</summary>
    /// <param name="kind">The kind of staff.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community.</param>
    /// <param name="staff">The staff of that kind the community has; zero or more.</param>
    /// <param name="assessment">The assessment, when a policy is in force.</param>
    /// <returns><see langword="true"/> when a policy of <paramref name="kind"/> is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="staff"/> is negative, or no band of a banded formula covers the community's quantity.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    public bool TryAssess(PolicyKind<StaffingPolicy> kind, LocalDate asOf, CommunityProfile community, int staff, out StaffingAssessment assessment)
    {
        Guard.Against.NullArgument(community);
        Guard.Against.NegativeCount(staff);
        var version = _catalog.FindVersion(kind, community.Jurisdiction, asOf);
        assessment = version is null ? default : AssessUnder(version, asOf, community, staff, null);
        return version is not null;
    }

    /// <summary>Assesses a community's staff and explains every check, including each higher level's policy.</summary>
    /// <param name="kind">The kind of staff.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community.</param>
    /// <param name="staff">The staff of that kind the community has; zero or more.</param>
    /// <returns>The same assessment as <see cref="Assess"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="staff"/> is negative, or no band of a banded formula covers the community's quantity.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No policy of <paramref name="kind"/> is in force there on <paramref name="asOf"/>.</exception>
    public Explained<StaffingAssessment> ExplainAssessment(PolicyKind<StaffingPolicy> kind, LocalDate asOf, CommunityProfile community, int staff)
    {
        Guard.Against.NullArgument(community);
        Guard.Against.NegativeCount(staff);
        var version = _catalog.ResolveVersion(kind, community.Jurisdiction, asOf);
        var (staffEn, staffZh) = StaffingText.InPost(staff);
        var recorder = Start(version, asOf, community).Input("staff", staffEn, staffZh);
        var assessment = AssessUnder(version, asOf, community, staff, recorder);
        var (english, chinese) = StaffingText.AssessmentResult(assessment);
        return new(assessment, recorder.Result("assessment", english, chinese));
    }

    private ExplanationRecorder Start(PolicyVersion<StaffingPolicy> version, LocalDate asOf, CommunityProfile community)
    {
        var unit = version.Policy.Unit;
        var units = community.Count(unit);
        return ExplanationRecorder.Begin(_catalog, version, community.Jurisdiction, asOf).Input(unit, units);
    }

    private static StaffingRequirement RequirementUnder(PolicyVersion<StaffingPolicy> version, CommunityProfile community, ExplanationRecorder? recorder)
    {
        var policy = version.Policy;
        var units = community.Count(policy.Unit);
        var requirement = policy.RequireUnchecked(units, nameof(community));
        if (recorder is not null)
        {
            recorder.Formula(policy.Minimum, policy.Unit, units);
            if (policy.Maximum is { } maximum && !ReferenceEquals(maximum, policy.Minimum))
            {
                recorder.Formula(maximum, policy.Unit, units);
                var (english, chinese) = StaffingText.Cap(policy, requirement.Maximum!.Value);
                recorder.Step(new(ExplanationStepKind.Formula, english, chinese));
            }
        }

        return requirement;
    }

    private StaffingAssessment AssessUnder(PolicyVersion<StaffingPolicy> version, LocalDate asOf, CommunityProfile community, int staff, ExplanationRecorder? recorder)
    {
        var requirement = RequirementUnder(version, community, recorder);
        var kind = version.Kind;
        ImmutableArray<Finding>.Builder? found = null;
        if (staff < requirement.Minimum)
        {
            Report(ref found, version, StaffingFindingCodes.TooFewStaff, StaffingText.Short(kind, staff, requirement.Minimum, version.Policy.BelowMinimum), recorder, version.Policy.BelowMinimum);
        }
        else if (recorder is not null)
        {
            var (english, chinese) = StaffingText.Enough(kind, staff, requirement.Minimum);
            recorder.Condition(true, english, chinese);
        }

        if (requirement.Maximum is { } max)
        {
            if (staff > max)
            {
                Report(ref found, version, StaffingFindingCodes.OverCap, StaffingText.Over(kind, staff, max, version.Policy.AboveMaximum), recorder, version.Policy.AboveMaximum);
            }
            else if (recorder is not null)
            {
                var (english, chinese) = StaffingText.WithinCap(kind, staff, max);
                recorder.Condition(true, english, chinese);
            }
        }

        foreach (var higher in _catalog.ResolveLineage(kind, community.Jurisdiction, asOf))
        {
            if (ReferenceEquals(higher, version))
            {
                continue;
            }

            var above = higher.Policy.RequireUnchecked(community.Count(higher.Policy.Unit), nameof(community));
            if (LevelCheck.Check(_catalog, version, (requirement.Minimum, requirement.Maximum), higher, (above.Minimum, above.Maximum), (kind.EnglishName, kind.ChineseName), recorder) is { } warning)
            {
                LevelCheck.Add(ref found, warning);
            }
        }

        return new(requirement, staff, found is null ? [] : found.ToImmutable());
    }

    private static void Report(ref ImmutableArray<Finding>.Builder? found, PolicyVersion version, FindingCode code, (string English, string Chinese) message, ExplanationRecorder? recorder, FindingSeverity severity)
    {
        recorder?.Condition(false, message.English, message.Chinese);
        LevelCheck.Add(ref found, new Finding(code, severity, version.RuleId, version.Citations, message.English, message.Chinese));
    }
}
