using System.Collections.Immutable;
using Community.Domain.Assessments;

namespace Community.Domain.Grids;

/// <summary>A jurisdiction's grid coverage against the milestones of its target that are due: each one missed an error, each one not yet due or not recorded a note.</summary>
public sealed class GridCoverageAssessment : Assessment
{
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
}
