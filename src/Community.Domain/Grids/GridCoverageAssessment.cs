using System.Collections.Immutable;
using Community.Domain.Assessments;

namespace Community.Domain.Grids;

/// <summary>A jurisdiction's grid coverage against the milestones of its target that are due: each one missed an error, each one not yet due or not recorded a note.</summary>
public sealed class GridCoverageAssessment : Assessment
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal GridCoverageAssessment(GridCoverage coverage, CoverageTarget target, ImmutableArray<Finding> findings)
        : base(findings)
    {
        Coverage = coverage;
        Target = target;
    }

    /// <summary>Gets the coverage assessed.</summary>
    public GridCoverage Coverage { get; }

    /// <summary>Gets the target in force.</summary>
    public CoverageTarget Target { get; }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is GridCoverageAssessment other && Equals(Coverage, other.Coverage) && Equals(Target, other.Target) && Equality.Same(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Coverage, Target, Equality.Hash(Findings));
}
