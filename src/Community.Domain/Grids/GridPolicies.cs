using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;

namespace Community.Domain.Grids;

/// <summary>The grid policies of the source documents.</summary>
public static class GridPolicies
{
    /// <summary>Gets the unnamed city's grids (GRD-01): about 300 households a grid, one grid manager a grid.</summary>
    public static GridPolicy UnnamedCityGrids { get; } = GridPolicy.About(300, 1);

    /// <summary>Gets Hefei's grids (GRD-02): 300 to 500 households a grid in principle, one or more staff a grid ("一格多员").</summary>
    public static GridPolicy HefeiGrids { get; } = GridPolicy.Between(300, 500, 1);

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
    }
}
