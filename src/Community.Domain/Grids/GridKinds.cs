using Community.Domain.Policies;

namespace Community.Domain.Grids;

/// <summary>The kinds of grid policy.</summary>
public static class GridKinds
{
    /// <summary>Gets the grid size and staffing policy (GRD-01, GRD-02).</summary>
    public static PolicyKind<GridPolicy> Size { get; } = Create<GridPolicy>("grids.size");

    private static PolicyKind<TPolicy> Create<TPolicy>(string name)
        where TPolicy : class
    {
        var (english, chinese) = GridText.KindName(name);
        return new(name, english, chinese);
    }
}
