using System.Globalization;
using Community.Domain.Policies;

namespace Community.Domain.Grids;

/// <summary>A grid policy: how many households a grid (网格) holds, and how many grid managers each grid has.</summary>
/// <remarks>
/// Two shapes of source rule: grids of about a number of households (GRD-01: about 300), read as
/// "the whole number of grids nearest below or above households ÷ 300"; and grids of a range of
/// households (GRD-02: 300 to 500), read as "every count of grids whose average size lies in the
/// range". A community with households but fewer than one grid's worth has one grid.
/// </remarks>
public sealed class GridPolicy
{
    private GridPolicy(int minimumHouseholds, int maximumHouseholds, bool isApproximate, int minimumManagersPerGrid, int? maximumManagersPerGrid)
    {
        MinimumHouseholds = minimumHouseholds;
        MaximumHouseholds = maximumHouseholds;
        IsApproximate = isApproximate;
        MinimumManagersPerGrid = minimumManagersPerGrid;
        MaximumManagersPerGrid = maximumManagersPerGrid;
    }

    /// <summary>Gets the fewest households a grid should hold (the target, for an approximate policy).</summary>
    public int MinimumHouseholds { get; }

    /// <summary>Gets the most households a grid should hold (the target, for an approximate policy).</summary>
    public int MaximumHouseholds { get; }

    /// <summary>Gets a value indicating whether the policy gives a target size ("about 300") rather than a range.</summary>
    public bool IsApproximate { get; }

    /// <summary>Gets the fewest grid managers each grid has.</summary>
    public int MinimumManagersPerGrid { get; }

    /// <summary>Gets the most grid managers each grid has, or null when the policy sets no most ("一格多员").</summary>
    public int? MaximumManagersPerGrid { get; }

    /// <summary>Defines grids of about a number of households, such as GRD-01's 300 with one manager a grid.</summary>
    /// <param name="householdsPerGrid">The target households per grid; more than zero.</param>
    /// <param name="managersPerGrid">The grid managers per grid; more than zero.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyDefinitionException">A number is zero or negative; every problem is listed.</exception>
    public static GridPolicy About(int householdsPerGrid, int managersPerGrid) =>
        Define(householdsPerGrid, householdsPerGrid, true, managersPerGrid, managersPerGrid);

    /// <summary>Defines grids of a range of households, such as GRD-02's 300 to 500.</summary>
    /// <param name="minimumHouseholds">The fewest households per grid; more than zero.</param>
    /// <param name="maximumHouseholds">The most households per grid; at least <paramref name="minimumHouseholds"/>.</param>
    /// <param name="minimumManagersPerGrid">The fewest managers per grid; more than zero.</param>
    /// <param name="maximumManagersPerGrid">The most managers per grid, or null for no most; at least <paramref name="minimumManagersPerGrid"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyDefinitionException">The numbers are invalid; every problem is listed.</exception>
    public static GridPolicy Between(int minimumHouseholds, int maximumHouseholds, int minimumManagersPerGrid, int? maximumManagersPerGrid = null) =>
        Define(minimumHouseholds, maximumHouseholds, false, minimumManagersPerGrid, maximumManagersPerGrid);

    /// <summary>Formats the policy.</summary>
    /// <returns>A text such as <c>grids of 300 to 500 households, 1 or more managers each</c>.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"grids of {(IsApproximate ? $"about {MinimumHouseholds}" : $"{MinimumHouseholds} to {MaximumHouseholds}")} households, {(MaximumManagersPerGrid is { } most ? most == MinimumManagersPerGrid ? $"{most}" : $"{MinimumManagersPerGrid} to {most}" : $"{MinimumManagersPerGrid} or more")} managers each");

    private static GridPolicy Define(int minimumHouseholds, int maximumHouseholds, bool isApproximate, int minimumManagers, int? maximumManagers)
    {
        var problems = new List<DefinitionProblem>();
        if (minimumHouseholds <= 0)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"Households per grid is {minimumHouseholds}; expected more than zero."), nameof(minimumHouseholds)));
        }

        if (maximumHouseholds < minimumHouseholds)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"The most households per grid, {maximumHouseholds}, is below the fewest, {minimumHouseholds}."), nameof(maximumHouseholds)));
        }

        if (minimumManagers <= 0)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"Managers per grid is {minimumManagers}; expected more than zero."), "minimumManagersPerGrid"));
        }

        if (maximumManagers < minimumManagers)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"The most managers per grid, {maximumManagers}, is below the fewest, {minimumManagers}."), "maximumManagersPerGrid"));
        }

        return problems.Count == 0
            ? new(minimumHouseholds, maximumHouseholds, isApproximate, minimumManagers, maximumManagers)
            : throw new PolicyDefinitionException("grid policy", problems);
    }
}
