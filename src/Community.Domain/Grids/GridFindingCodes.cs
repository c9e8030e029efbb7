using Community.Domain.Assessments;

namespace Community.Domain.Grids;

/// <summary>The codes of the findings of grid assessments (GRD-01, GRD-02).</summary>
public static class GridFindingCodes
{
    /// <summary>Gets the code <c>grids.too-few-grids</c>: a community has fewer grids than its households need under the grid policy (GRD-01, GRD-02).</summary>
    public static FindingCode TooFewGrids { get; } = FindingCode.Of("grids.too-few-grids");

    /// <summary>Gets the code <c>grids.too-many-grids</c>: a community has more grids than its households allow under the grid policy.</summary>
    public static FindingCode TooManyGrids { get; } = FindingCode.Of("grids.too-many-grids");

    /// <summary>Gets the code <c>grids.too-few-grid-managers</c>: a community has fewer grid managers than its grids need.</summary>
    public static FindingCode TooFewGridManagers { get; } = FindingCode.Of("grids.too-few-grid-managers");

    /// <summary>Gets the code <c>grids.too-many-grid-managers</c>: a community has more grid managers than its grids allow.</summary>
    public static FindingCode TooManyGridManagers { get; } = FindingCode.Of("grids.too-many-grid-managers");

    /// <summary>Gets the code <c>grids.coverage-below-target</c>: a milestone of the coverage target is due and the coverage falls short of it.</summary>
    public static FindingCode CoverageBelowTarget { get; } = FindingCode.Of("grids.coverage-below-target");

    /// <summary>Gets the code <c>grids.coverage-not-checked</c>: a milestone is not yet due, or no coverage is recorded for its setting; information.</summary>
    public static FindingCode CoverageNotChecked { get; } = FindingCode.Of("grids.coverage-not-checked");
}
