using System.Collections.Immutable;
using Community.Domain.Assessments;

namespace Community.Domain.Grids;

/// <summary>A jurisdiction's grid coverage against the milestones of its target that are due: each one missed an error, each one not yet due or not recorded a note.</summary>
public sealed class GridCoverageAssessment
{
    internal GridCoverageAssessment(GridCoverage coverage, CoverageTarget target, ImmutableArray<Finding> findings)
    {
        Coverage = coverage;
        Target = target;
        Findings = findings;
        IsCompliant = findings.ErrorCount() == 0;
    }

    /// <summary>Gets the coverage assessed.</summary>
    public GridCoverage Coverage { get; }

    /// <summary>Gets the target in force.</summary>
    public CoverageTarget Target { get; }

    /// <summary>Gets the findings: an error for each due milestone missed, information for milestones not yet due or with no coverage recorded.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether no due milestone was missed.</summary>
    public bool IsCompliant { get; }

    /// <summary>Formats the assessment.</summary>
    /// <returns>A text such as <c>not compliant; 3 findings</c>.</returns>
    public override string ToString() => $"{(IsCompliant ? "compliant" : "not compliant")}; {Findings.Length} findings";
}
