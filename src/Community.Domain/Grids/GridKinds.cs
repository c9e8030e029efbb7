using Community.Domain.Policies;

namespace Community.Domain.Grids;

/// <summary>The kinds of grid policy.</summary>
public static class GridKinds
{
    /// <summary>Gets the grid size and staffing policy (GRD-01, GRD-02).</summary>
    public static PolicyKind<GridPolicy> Size { get; } = PolicyKind<GridPolicy>.Named("grids.size", GridText.KindName);

    /// <summary>Gets targets for bringing communities under grid management (GRD-02).</summary>
    public static PolicyKind<CoverageTarget> Coverage { get; } = PolicyKind<CoverageTarget>.Named("grids.coverage", GridText.KindName);
}
