using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Assessments;
using Community.Domain.Committees;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Grids;

/// <summary>Evaluates grid policies: the grids and managers a community's households call for, and an assessment of the actual counts.</summary>
/// <remarks>Stateless and thread-safe; register it as a singleton. <see cref="Plan"/> allocates nothing.</remarks>
public sealed class GridEvaluator
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
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
        Compute(_catalog.ResolveVersion(GridKinds.Size, jurisdiction, asOf), households);

    /// <summary>Returns the plan with its explanation: the policy, the division and the sources.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="households">The community's households.</param>
    /// <returns>The same plan as <see cref="Plan"/>, explained.</returns>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No grid policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<GridPlan> ExplainPlan(JurisdictionCode jurisdiction, LocalDate asOf, HouseholdCount households)
    {
        var resolution = _catalog.Resolve(GridKinds.Size, jurisdiction, asOf);
        var plan = Compute(resolution.Version, households);
        var explanation = Start(resolution, plan);
        return new(plan, Finish(explanation, plan));
    }

    /// <summary>Assesses a community's actual grids, and grid managers if given, against the plan.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="households">The community's households.</param>
    /// <param name="grids">The actual number of grids; zero or more.</param>
    /// <param name="managers">The actual number of grid managers, zero or more; null to leave them unchecked.</param>
    /// <returns>The plan and every finding; compliant when no finding is an error.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grids"/> or <paramref name="managers"/> is negative.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No grid policy is in force there on <paramref name="asOf"/>.</exception>
    public GridAssessment Assess(JurisdictionCode jurisdiction, LocalDate asOf, HouseholdCount households, int grids, int? managers = null) =>
        Assess(jurisdiction, asOf, households, grids, managers, null);

    /// <summary>Assesses a community's grids and explains every check.</summary>
    /// <param name="jurisdiction">The community's jurisdiction.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="households">The community's households.</param>
    /// <param name="grids">The actual number of grids; zero or more.</param>
    /// <param name="managers">The actual number of grid managers, zero or more; null to leave them unchecked.</param>
    /// <returns>The same assessment as <see cref="Assess(JurisdictionCode, LocalDate, HouseholdCount, int, int?)"/>, explained.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grids"/> or <paramref name="managers"/> is negative.</exception>
    /// <exception cref="ArgumentException">The catalog does not know <paramref name="jurisdiction"/>, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No grid policy is in force there on <paramref name="asOf"/>.</exception>
    public Explained<GridAssessment> ExplainAssessment(JurisdictionCode jurisdiction, LocalDate asOf, HouseholdCount households, int grids, int? managers = null)
    {
        var builder = new List<ExplanationRecorder>(1);
        var assessment = Assess(jurisdiction, asOf, households, grids, managers, builder);
        var explanation = builder[0];
        return new(assessment, explanation.Result(
            "assessment",
            assessment.IsCompliant ? "compliant" : string.Create(Invariant, $"not compliant: {assessment.Findings.Length} finding(s)"),
            assessment.IsCompliant ? "符合规定" : string.Create(Invariant, $"不符合规定:{assessment.Findings.Length}项")));
    }

    private GridAssessment Assess(JurisdictionCode jurisdiction, LocalDate asOf, HouseholdCount households, int grids, int? managers, List<ExplanationRecorder>? explained)
    {
        Guard.Against.NegativeCount(grids);
        if (managers is { } given)
        {
            Guard.Against.NegativeCount(given, nameof(managers));
        }

        var resolution = _catalog.Resolve(GridKinds.Size, jurisdiction, asOf);
        var version = resolution.Version;
        var plan = Compute(version, households);
        ExplanationRecorder? explanation = null;
        if (explained is not null)
        {
            explanation = Start(resolution, plan)
                .Input("grids", string.Create(Invariant, $"{grids} grids"), string.Create(Invariant, $"{grids}个网格"));
            if (managers is { } m)
            {
                explanation.Input("managers", string.Create(Invariant, $"{m} grid managers"), string.Create(Invariant, $"网格员{m}名"));
            }

            explained.Add(explanation);
        }

        var findings = new FindingCollector(version, explanation);

        var gridRange = Range(plan.MinimumGrids, plan.MaximumGrids);
        findings.Check(
            plan.AllowsGrids(grids),
            grids < plan.MinimumGrids ? GridFindingCodes.TooFewGrids : GridFindingCodes.TooManyGrids,
            string.Create(Invariant, $"The community has {grids} grids; its {households} call for {gridRange.English}."),
            string.Create(Invariant, $"社区划分网格{grids}个;按其{households.Households}户应为{gridRange.Chinese}。"));
        if (managers is { } actual)
        {
            var managerRange = Managers(plan);
            findings.Check(
                plan.AllowsManagers(actual),
                actual < plan.MinimumManagers ? GridFindingCodes.TooFewGridManagers : GridFindingCodes.TooManyGridManagers,
                string.Create(Invariant, $"The community has {actual} grid managers; its grids call for {managerRange.English}."),
                string.Create(Invariant, $"社区配备网格员{actual}名;按网格数应为{managerRange.Chinese}。"));
        }

        return new GridAssessment(plan, grids, managers, findings.ToImmutable());
    }

    private static GridPlan Compute(PolicyVersion<GridPolicy> version, HouseholdCount households)
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
        return new GridPlan(households, fewest, most, minimumManagers, maximumManagers, version);
    }

    private ExplanationRecorder Start(PolicyResolution<GridPolicy> resolution, GridPlan plan)
    {
        var policy = resolution.Policy;
        var count = plan.Households.Households;
        var range = Range(plan.MinimumGrids, plan.MaximumGrids);
        var (english, chinese) = count == 0
            ? ("With no households there is nothing to divide: no grids.", "没有住户,无需划分网格。")
            : policy.IsApproximate
                ? (string.Create(Invariant, $"Grids of about {policy.MinimumHouseholds} households: {count} ÷ {policy.MinimumHouseholds} = {count / (decimal)policy.MinimumHouseholds:0.##}, so the whole numbers nearest below and above, at least one: {range.English}."),
                   string.Create(Invariant, $"每格约{policy.MinimumHouseholds}户:{count}÷{policy.MinimumHouseholds}={count / (decimal)policy.MinimumHouseholds:0.##},取其上下相邻的整数(至少1个):{range.Chinese}。"))
                : (string.Create(Invariant, $"Grids of {policy.MinimumHouseholds} to {policy.MaximumHouseholds} households: {count} households need at least {count} ÷ {policy.MaximumHouseholds} rounded up and at most {count} ÷ {policy.MinimumHouseholds} rounded down, at least one: {range.English}."),
                   string.Create(Invariant, $"每格{policy.MinimumHouseholds}至{policy.MaximumHouseholds}户:{count}户至少需{count}÷{policy.MaximumHouseholds}向上取整个,至多{count}÷{policy.MinimumHouseholds}向下取整个(至少1个):{range.Chinese}。"));
        return ExplanationRecorder.Start(_catalog, resolution)
            .Input("households", KernelText.Households(plan.Households, ExplanationLanguage.English), KernelText.Households(plan.Households, ExplanationLanguage.Chinese))
            .Step(new(ExplanationStepKind.Formula, english, chinese));
    }

    private static Explanation Finish(ExplanationRecorder explanation, GridPlan plan)
    {
        var grids = Range(plan.MinimumGrids, plan.MaximumGrids);
        var managers = Managers(plan);
        return explanation.Result(
            "grid-plan",
            $"{grids.English}, with {managers.English} grid managers",
            $"{grids.Chinese},网格员{managers.Chinese}");
    }

    private static (string English, string Chinese) Range(int fewest, int most) => Range(fewest, most, " grids", "个网格");

    private static (string English, string Chinese) Managers(GridPlan plan) =>
        plan.MaximumManagers is { } most
            ? Range(plan.MinimumManagers, most, string.Empty, "名")
            : (string.Create(Invariant, $"{plan.MinimumManagers} or more"), string.Create(Invariant, $"{plan.MinimumManagers}名以上"));

    private static (string English, string Chinese) Range(int fewest, int most, string englishUnit, string chineseUnit) =>
        fewest == most
            ? (string.Create(Invariant, $"{fewest}{englishUnit}"), string.Create(Invariant, $"{fewest}{chineseUnit}"))
            : (string.Create(Invariant, $"{fewest} to {most}{englishUnit}"), string.Create(Invariant, $"{fewest}至{most}{chineseUnit}"));
}
