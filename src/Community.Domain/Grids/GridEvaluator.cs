using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Community.Domain.Assessments;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Grids;

/// <summary>Evaluates grid policies: the grids and managers a community's households call for, and an assessment of the actual counts.</summary>
/// <remarks>
/// Every question has three forms, as in every evaluator: <c>X</c>, <c>TryX</c> (no exception where
/// no grid policy is in force) and <c>ExplainX</c>, with arguments in one order: jurisdiction, date,
/// input. The community overloads read the households and grids the community records. Stateless and
/// thread-safe; register it as a singleton. <see cref="Plan(JurisdictionCode, LocalDate, HouseholdCount)"/> allocates nothing.
/// </remarks>
public sealed class GridEvaluator
{
    private readonly PolicyCatalog _catalog;

    /// <summary>Initializes a new instance of the <see cref="GridEvaluator"/> class.</summary>
    /// <param name="catalog">The catalog to resolve policies in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public GridEvaluator(PolicyCatalog catalog) => _catalog = Guard.Against.NullArgument(catalog);

    /// <summary>Returns the grids and grid managers a community's households call for.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="households">The community's households.</param>
    /// <returns>The fewest and most grids and managers.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No grid policy is in force there on <paramref name="asOf"/>.</exception>
    public GridPlan Plan(JurisdictionCode jurisdiction, LocalDate asOf, HouseholdCount households) =>
        PlanUnder(_catalog.ResolveVersion(GridKinds.Size, jurisdiction, asOf), households, null);

    /// <summary>Returns the grids and grid managers a community's recorded households call for.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community; its jurisdiction and households are the ones used.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No grid policy is in force there on <paramref name="asOf"/>.</exception>
    public GridPlan Plan(LocalDate asOf, CommunityProfile community)
    {
        Guard.Against.NullArgument(community);
        _catalog.GetJurisdiction(community.Jurisdiction, "community.Jurisdiction"); // an unknown place named as the caller passed it
        return Plan(community.Jurisdiction, asOf, community.Households);
    }

    /// <summary>Tries to return the plan, without throwing where no grid policy is in force.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="households">The community's households.</param>
    /// <param name="plan">The plan, when a policy is in force.</param>
    /// <returns><see langword="true"/> when a grid policy is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    public bool TryPlan(JurisdictionCode jurisdiction, LocalDate asOf, HouseholdCount households, out GridPlan plan)
    {
        var version = _catalog.FindVersion(GridKinds.Size, jurisdiction, asOf);
        plan = version is null ? default : PlanUnder(version, households, null);
        return version is not null;
    }

    /// <summary>Returns the plan with its explanation: the policy, the division and the sources.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="households">The community's households.</param>
    /// <returns>The same plan as <see cref="Plan(JurisdictionCode, LocalDate, HouseholdCount)"/>, explained.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No grid policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<GridPlan> ExplainPlan(JurisdictionCode jurisdiction, LocalDate asOf, HouseholdCount households)
    {
        var version = _catalog.ResolveVersion(GridKinds.Size, jurisdiction, asOf);
        var recorder = ExplanationRecorder.Begin(_catalog, version, jurisdiction, asOf).Input("households", households);
        var plan = PlanUnder(version, households, recorder);
        var (english, chinese) = GridText.PlanResult(plan);
        return new(plan, recorder.Result("grid-plan", english, chinese));
    }

    /// <summary>Returns the plan of a community's recorded households with its explanation.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community; its jurisdiction and households are the ones used.</param>
    /// <returns>The same plan as <see cref="Plan(LocalDate, CommunityProfile)"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No grid policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<GridPlan> ExplainPlan(LocalDate asOf, CommunityProfile community)
    {
        Guard.Against.NullArgument(community);
        _catalog.GetJurisdiction(community.Jurisdiction, "community.Jurisdiction"); // an unknown place named as the caller passed it
        return ExplainPlan(community.Jurisdiction, asOf, community.Households);
    }

    /// <summary>Assesses a community's actual grids, and grid managers if given, against the plan.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="households">The community's households.</param>
    /// <param name="grids">The grids the community is divided into; zero or more.</param>
    /// <param name="managers">The grid managers it has, if known; zero or more.</param>
    /// <returns>The plan and every finding; compliant when no finding is an error.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grids"/> or <paramref name="managers"/> is negative.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No grid policy is in force there on <paramref name="asOf"/>.</exception>
    public GridAssessment Assess(JurisdictionCode jurisdiction, LocalDate asOf, HouseholdCount households, int grids, int? managers = null)
    {
        CheckCounts(grids, managers);
        return AssessUnder(_catalog.ResolveVersion(GridKinds.Size, jurisdiction, asOf), households, grids, managers, null);
    }

    private GridAssessment AssessCommunity(LocalDate asOf, CommunityProfile community, int? managers)
    {
        var grids = GridsOf(community);
        CheckCounts(grids, managers);
        return AssessUnder(_catalog.ResolveVersion(GridKinds.Size, community.Jurisdiction, asOf), community.Households, grids, managers, null);
    }

    /// <summary>Assesses a community's recorded grids, and grid managers if given, against the plan its recorded households call for.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community; its jurisdiction, households and grid count are the ones used.</param>
    /// <param name="managers">The grid managers it has, if known; zero or more.</param>
    /// <returns>The plan and every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentException">The community records no grid count, the catalog does not know its jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="managers"/> is negative.</exception>
    /// <exception cref="PolicyNotInForceException">No grid policy is in force there on <paramref name="asOf"/>.</exception>
    public GridAssessment Assess(LocalDate asOf, CommunityProfile community, int? managers) =>
        AssessCommunity(asOf, Guard.Against.NullArgument(community), managers);

    /// <summary>Tries to assess a community's grids, without throwing where no grid policy is in force.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="households">The community's households.</param>
    /// <param name="grids">The grids; zero or more.</param>
    /// <param name="managers">The grid managers, if known; zero or more.</param>
    /// <param name="assessment">The assessment, when a policy is in force.</param>
    /// <returns><see langword="true"/> when a grid policy is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grids"/> or <paramref name="managers"/> is negative.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    public bool TryAssess(
        JurisdictionCode jurisdiction, LocalDate asOf, HouseholdCount households, int grids, int? managers, [NotNullWhen(true)] out GridAssessment? assessment)
    {
        CheckCounts(grids, managers);
        var version = _catalog.FindVersion(GridKinds.Size, jurisdiction, asOf);
        assessment = version is null ? null : AssessUnder(version, households, grids, managers, null);
        return assessment is not null;
    }

    /// <summary>Assesses a community's grids and explains every check.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="households">The community's households.</param>
    /// <param name="grids">The grids; zero or more.</param>
    /// <param name="managers">The grid managers, if known; zero or more.</param>
    /// <returns>The same assessment as <see cref="Assess(JurisdictionCode, LocalDate, HouseholdCount, int, int?)"/>, explained.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grids"/> or <paramref name="managers"/> is negative.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No grid policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<GridAssessment> ExplainAssessment(JurisdictionCode jurisdiction, LocalDate asOf, HouseholdCount households, int grids, int? managers = null) =>
        Explain(jurisdiction, asOf, households, grids, managers, nameof(jurisdiction));

    private Explained<GridAssessment> Explain(JurisdictionCode jurisdiction, LocalDate asOf, HouseholdCount households, int grids, int? managers, string parameterName)
    {
        CheckCounts(grids, managers);
        var version = _catalog.ResolveVersion(GridKinds.Size, jurisdiction, asOf, parameterName);
        var recorder = ExplanationRecorder.Begin(_catalog, version, jurisdiction, asOf).Input("households", households);
        var (gridsEn, gridsZh) = GridText.Grids(grids);
        recorder.Input("grids", gridsEn, gridsZh);
        if (managers is { } m)
        {
            var (managersEn, managersZh) = GridText.Managers(m);
            recorder.Input("managers", managersEn, managersZh);
        }

        var assessment = AssessUnder(version, households, grids, managers, recorder);
        var (english, chinese) = GridText.AssessmentResult(assessment);
        return new(assessment, recorder.Result("assessment", english, chinese));
    }

    /// <summary>Assesses a community's recorded grids and explains every check.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="community">The community; its jurisdiction, households and grid count are the ones used.</param>
    /// <param name="managers">The grid managers, if known; zero or more.</param>
    /// <returns>The same assessment as <see cref="Assess(LocalDate, CommunityProfile, int?)"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentException">The community records no grid count, the catalog does not know its jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="managers"/> is negative.</exception>
    /// <exception cref="PolicyNotInForceException">No grid policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<GridAssessment> ExplainAssessment(LocalDate asOf, CommunityProfile community, int? managers) =>
        Explain(Guard.Against.NullArgument(community).Jurisdiction, asOf, community.Households, GridsOf(community), managers, "community.Jurisdiction");

    /// <summary>Assesses a jurisdiction's grid coverage against the milestones of the coverage target in force that are due on a date.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="asOf">The date; milestones due after it are noted, not checked.</param>
    /// <param name="coverage">The coverage, urban and town apart.</param>
    /// <returns>An error for each due milestone missed, notes for the rest.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No coverage target is in force there on <paramref name="asOf"/>.</exception>
    public GridCoverageAssessment AssessCoverage(JurisdictionCode jurisdiction, LocalDate asOf, GridCoverage coverage)
    {
        Guard.Against.DefaultValue(coverage, "GridCoverage.Of");
        return CoverageUnder(_catalog.ResolveVersion(GridKinds.Coverage, jurisdiction, asOf), asOf, coverage, null);
    }

    /// <summary>Tries to assess grid coverage, without throwing where no coverage target is in force.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="coverage">The coverage.</param>
    /// <param name="assessment">The assessment, when a target is in force.</param>
    /// <returns><see langword="true"/> when a coverage target is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    public bool TryAssessCoverage(JurisdictionCode jurisdiction, LocalDate asOf, GridCoverage coverage, [NotNullWhen(true)] out GridCoverageAssessment? assessment)
    {
        Guard.Against.DefaultValue(coverage, "GridCoverage.Of");
        assessment = _catalog.FindVersion(GridKinds.Coverage, jurisdiction, asOf) is { } version ? CoverageUnder(version, asOf, coverage, null) : null;
        return assessment is not null;
    }

    /// <summary>Assesses grid coverage and explains each milestone: what it asks, by when, and what is recorded.</summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="coverage">The coverage.</param>
    /// <returns>The same assessment as <see cref="AssessCoverage"/>, explained.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No coverage target is in force there on <paramref name="asOf"/>.</exception>
    public Explained<GridCoverageAssessment> ExplainCoverage(JurisdictionCode jurisdiction, LocalDate asOf, GridCoverage coverage)
    {
        var version = _catalog.ResolveVersion(GridKinds.Coverage, jurisdiction, asOf);
        var recorder = ExplanationRecorder.Begin(_catalog, version, jurisdiction, asOf);
        var (english, chinese) = GridText.Coverage(Guard.Against.DefaultValue(coverage, "GridCoverage.Of"));
        recorder.Input("coverage", english, chinese);
        var assessment = CoverageUnder(version, asOf, coverage, recorder);
        (english, chinese) = GridText.CoverageResult(assessment);
        return new(assessment, recorder.Result("coverage", english, chinese));
    }

    private static GridCoverageAssessment CoverageUnder(PolicyVersion<CoverageTarget> version, LocalDate asOf, GridCoverage coverage, ExplanationRecorder? recorder)
    {
        Guard.Against.DefaultValue(coverage, "GridCoverage.Of");
        var findings = new FindingCollector(version, recorder);
        foreach (var milestone in version.Policy.Milestones)
        {
            var recorded = coverage.Of(milestone.Setting);
            if (milestone.Due > asOf)
            {
                findings.Add(GridFindingCodes.CoverageNotChecked, FindingSeverity.Info, GridText.NotYetDue(milestone, asOf));
            }
            else if (recorded is not { } share)
            {
                findings.Add(GridFindingCodes.CoverageNotChecked, FindingSeverity.Info, GridText.Milestone(milestone, null, false));
            }
            else
            {
                var met = milestone.Share.IsMetBy(share);
                findings.Check(met, GridFindingCodes.CoverageBelowTarget, GridText.Milestone(milestone, share, false), GridText.Milestone(milestone, share, true));
            }
        }

        return new GridCoverageAssessment(coverage, version.Policy, findings.ToImmutable());
    }

    private static int GridsOf(CommunityProfile community) =>
        community.GridCount ?? throw new ArgumentException(
            $"community is {community.Name}, which records no grid count; expected one (CommunityProfile.WithGridCount), or give the grids to the overload that takes them.",
            nameof(community));

    private static void CheckCounts(int grids, int? managers)
    {
        Guard.Against.NegativeCount(grids);
        if (managers is { } given)
        {
            Guard.Against.NegativeCount(given, nameof(managers));
        }
    }

    private static GridAssessment AssessUnder(PolicyVersion<GridPolicy> version, HouseholdCount households, int grids, int? managers, ExplanationRecorder? recorder)
    {
        var plan = PlanUnder(version, households, recorder);
        var findings = new FindingCollector(version, recorder);
        var (gridsEn, gridsZh) = GridText.GridsAgainstPlan(grids, households, plan);
        findings.Check(plan.AllowsGrids(grids), grids < plan.MinimumGrids ? GridFindingCodes.TooFewGrids : GridFindingCodes.TooManyGrids, gridsEn, gridsZh);
        if (managers is { } actual)
        {
            var (managersEn, managersZh) = GridText.ManagersAgainstPlan(actual, plan);
            findings.Check(
                plan.AllowsManagers(actual), actual < plan.MinimumManagers ? GridFindingCodes.TooFewGridManagers : GridFindingCodes.TooManyGridManagers, managersEn, managersZh);
        }

        return new GridAssessment(plan, grids, managers, findings.ToImmutable());
    }

    // The one computation of a plan; the plain path passes no recorder and allocates nothing.
    private static GridPlan PlanUnder(PolicyVersion<GridPolicy> version, HouseholdCount households, ExplanationRecorder? recorder)
    {
        var policy = version.Policy;
        var count = households.Households;
        int fewest, most;
        if (count == 0)
        {
            (fewest, most) = (0, 0);
        }
        else if (policy.IsApproximate)
        {
            fewest = Math.Max(1, count / policy.MinimumHouseholds);
            most = Math.Max(1, (int)(((long)count + policy.MinimumHouseholds - 1) / policy.MinimumHouseholds));
        }
        else
        {
            fewest = Math.Max(1, (int)(((long)count + policy.MaximumHouseholds - 1) / policy.MaximumHouseholds));
            most = Math.Max(fewest, count / policy.MinimumHouseholds);
        }

        var minimumManagers = (int)Math.Min(int.MaxValue, (long)fewest * policy.MinimumManagersPerGrid);
        int? maximumManagers = policy.MaximumManagersPerGrid is { } perGrid ? (int)Math.Min(int.MaxValue, (long)most * perGrid) : null;
        var plan = new GridPlan(households, fewest, most, minimumManagers, maximumManagers, version);
        recorder?.Step(GridText.Division(policy, plan));
        return plan;
    }
}
