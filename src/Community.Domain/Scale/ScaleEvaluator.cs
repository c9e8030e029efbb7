using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Community.Domain.Assessments;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Policies;
using NodaTime;

namespace Community.Domain.Scale;

/// <summary>Evaluates scale policies: whether a community's households or residents lie within the recommended scale, and the split or merge to suggest where they do not.</summary>
/// <remarks>Every question has the three forms of every evaluator; arguments are the date, then the community, whose jurisdiction is the one asked about. Stateless and thread-safe.</remarks>
public sealed class ScaleEvaluator
{
    private readonly PolicyCatalog _catalog;

    /// <summary>Initializes a new instance of the <see cref="ScaleEvaluator"/> class.</summary>
    /// <param name="catalog">The catalog to resolve policies in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public ScaleEvaluator(PolicyCatalog catalog) => _catalog = Guard.Against.NullArgument(catalog);

    /// <summary>Assesses a community's size against the recommended scale in force.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community; its households or residents, as the policy counts, are the ones used.</param>
    /// <returns>The assessment: within, or a split or merge suggestion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No scale policy is in force there on <paramref name="asOf"/>.</exception>
    public ScaleAssessment Assess(LocalDate asOf, CommunityProfile community)
    {
        Guard.Against.NullArgument(community);
        return AssessUnder(_catalog.ResolveVersion(ScaleKinds.Community, community.Jurisdiction, asOf), community, null);
    }

    /// <summary>Tries to assess a community's size, without throwing where no scale policy is in force.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community.</param>
    /// <param name="assessment">The assessment, when a policy is in force.</param>
    /// <returns><see langword="true"/> when a scale policy is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    public bool TryAssess(LocalDate asOf, CommunityProfile community, [NotNullWhen(true)] out ScaleAssessment? assessment)
    {
        Guard.Against.NullArgument(community);
        var version = _catalog.FindVersion(ScaleKinds.Community, community.Jurisdiction, asOf);
        assessment = version is null ? null : AssessUnder(version, community, null);
        return assessment is not null;
    }

    /// <summary>Assesses a community's size and explains it: the policy, the quantity and the comparison.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community.</param>
    /// <returns>The same assessment as <see cref="Assess"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No scale policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<ScaleAssessment> ExplainAssessment(LocalDate asOf, CommunityProfile community)
    {
        Guard.Against.NullArgument(community);
        var version = _catalog.ResolveVersion(ScaleKinds.Community, community.Jurisdiction, asOf);
        var unit = version.Policy.Unit;
        var units = community.Count(unit);
        var recorder = ExplanationRecorder.Begin(_catalog, version, community.Jurisdiction, asOf).Input(unit, units);
        var assessment = AssessUnder(version, community, recorder);
        var (english, chinese) = ScaleText.Result(assessment);
        return new(assessment, recorder.Result("scale", english, chinese));
    }

    private static ScaleAssessment AssessUnder(PolicyVersion<CommunityScalePolicy> version, CommunityProfile community, ExplanationRecorder? recorder)
    {
        var policy = version.Policy;
        var units = community.Count(policy.Unit);
        var findings = new FindingCollector(version, recorder);
        if (units > policy.Maximum)
        {
            findings.Add(ScaleFindingCodes.SplitSuggested, FindingSeverity.Warning, ScaleText.Split(policy, units, CommunityScalePolicy.CommunitiesFor(units, policy.Maximum)), holds: false);
        }
        else if (units < policy.Minimum)
        {
            findings.Add(ScaleFindingCodes.MergeSuggested, FindingSeverity.Warning, ScaleText.Merge(policy, units), holds: false);
        }
        else if (recorder is not null)
        {
            var (english, chinese) = ScaleText.Within(policy, units);
            recorder.Condition(true, english, chinese);
        }

        return new ScaleAssessment(policy, units, findings.ToImmutable());
    }
}
