using Community.Domain.Communities;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Grids;

/// <summary>The grid policies of the source documents.</summary>
public static class GridPolicies
{
    /// <summary>Gets the unnamed city's grids (GRD-01): about 300 households a grid, one grid manager a grid.</summary>
    public static GridPolicy UnnamedCityGrids { get; } = GridPolicy.About(300, 1);

    /// <summary>Gets Hefei's grids (GRD-02): 300 to 500 households a grid in principle, one or more staff a grid ("一格多员").</summary>
    public static GridPolicy HefeiGrids { get; } = GridPolicy.Between(300, 500, 1);

    /// <summary>Gets Hefei's grid coverage target (GRD-02): every urban community and 30% of the three counties' town communities by the end of 2011, 60% of those town communities by July 2012. The survey dates the 60% milestone July 2012, the news feature the end of 2012; this reads the survey, the plan's own statement, and the version notes the other.</summary>
    public static CoverageTarget HefeiCoverage { get; } = CoverageTarget.Of(
        CoverageMilestone.Of(CommunitySetting.Urban, ShareThreshold.AtLeast(1, 1), new LocalDate(2011, 12, 31)),
        CoverageMilestone.Of(CommunitySetting.Town, ShareThreshold.AtLeast(Rate.FromPercent(30)), new LocalDate(2011, 12, 31)),
        CoverageMilestone.Of(CommunitySetting.Town, ShareThreshold.AtLeast(Rate.FromPercent(60)), new LocalDate(2012, 7, 31)));

    /// <summary>Gets the note on GRD-02's 60% milestone, which the two Hefei sources date differently.</summary>
    public static SourceNote HefeiCoverageDates { get; } = SourceNote.Of(
        "The sources date the 60% milestone two ways: July 2012 in the Hefei survey, the end of 2012 in the Hefei Daily feature; this version reads the survey's July 2012.",
        "两份来源对60%目标的时限表述不一:调研报告为“到2012年7月”,《合肥日报》报道为“到2012年底”;本版本按调研报告取2012年7月。");

    /// <summary>Creates a version of the unnamed city's grid policy (GRD-01) at a jurisdiction of the caller's choosing, since the source does not name the city.</summary>
    /// <param name="jurisdiction">The jurisdiction to attach it to, which a catalog must know.</param>
    /// <param name="period">When it is in force.</param>
    /// <returns>The version, citing the unnamed city's survey.</returns>
    /// <exception cref="ArgumentException"><paramref name="jurisdiction"/> is the default code.</exception>
    public static PolicyVersion<GridPolicy> UnnamedCityGridsAt(JurisdictionCode jurisdiction, EffectivePeriod period) =>
        PolicyVersion.Create(
            GridKinds.Size,
            jurisdiction,
            period,
            UnnamedCityGrids,
            RuleId.Grd01,
            SourceDocuments.UnnamedCitySurvey.WithSection("一、(二)加大投入,夯实基础,四是服务有网"));

    /// <summary>Gets the versions of this module's policies that the source documents define, as <see cref="GridCatalogBuilderExtensions.AddGridPolicies"/> adds them to a catalog.</summary>
    /// <returns>The built-in versions, each with its rule id and citations, in a fresh sequence.</returns>
    public static IEnumerable<PolicyVersion> BuiltInVersions()
    {
        // GRD-02: Hefei's civil affairs bureau's opinion on grid management, as the feature reports it.
        yield return PolicyVersion.Create(
            GridKinds.Size,
            KnownJurisdictions.Hefei.Code,
            EffectivePeriod.Always,
            GridPolicies.HefeiGrids,
            RuleId.Grd02,
            SourceDocuments.HefeiPractice.WithSection("“网格化”编织出万千百姓笑脸"));

        // GRD-02: the coverage target, with the two sources' dates for its last milestone noted.
        yield return PolicyVersion.Create(
            GridKinds.Coverage,
            KnownJurisdictions.Hefei.Code,
            EffectivePeriod.Always,
            GridPolicies.HefeiCoverage,
            RuleId.Grd02,
            SourceDocuments.HefeiSurvey.WithSection("四、(四)主要任务,1、推进社区网格化建设"),
            SourceDocuments.HefeiPractice.WithSection("“网格化”编织出万千百姓笑脸"))
            .WithNote(GridPolicies.HefeiCoverageDates);
    }
}
