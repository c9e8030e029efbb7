using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;

namespace Community.Domain.Grids;

/// <summary>The grid policies of the source documents that have a jurisdiction.</summary>
internal static class BuiltInGrids
{
    public static void Register(PolicyCatalogBuilder builder) =>
        // GRD-02: Hefei's civil affairs bureau's opinion on grid management, as the feature reports it.
        builder.Add(
            GridKinds.Size,
            KnownJurisdictions.Hefei.Code,
            EffectivePeriod.Always,
            GridPolicies.HefeiGrids,
            RuleId.Grd02,
            SourceDocuments.HefeiPractice.WithSection("“网格化”编织出万千百姓笑脸"));
}
