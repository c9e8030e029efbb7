using System.Collections.Immutable;
using Community.Domain.Assessments;

namespace Community.Domain.Grids;

/// <summary>A community's actual grids and grid managers against the plan of the grid policy in force.</summary>
public sealed class GridAssessment
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal GridAssessment(GridPlan plan, int grids, int? managers, ImmutableArray<Finding> findings)
    {
        Plan = plan;
        Grids = grids;
        Managers = managers;
        Findings = findings;
    }

    /// <summary>Gets the plan the counts were checked against.</summary>
    public GridPlan Plan { get; }

    /// <summary>Gets the actual number of grids.</summary>
    public int Grids { get; }

    /// <summary>Gets the actual number of grid managers, or null when not given (and not checked).</summary>
    public int? Managers { get; }

    /// <summary>Gets every finding.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets a value indicating whether no finding is an error.</summary>
    public bool IsCompliant => Findings.ErrorCount() == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is GridAssessment other && Equals(Plan, other.Plan) && Equals(Grids, other.Grids) && Equals(Managers, other.Managers) && Equality.Same(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Plan, Grids, Managers, Equality.Hash(Findings));

    /// <summary>Formats the assessment.</summary>
    /// <returns>The counts and the number of findings.</returns>
    public override string ToString() => $"{Grids} grids against {Plan}: {(IsCompliant ? "compliant" : $"{Findings.Length} finding(s)")}";
}
