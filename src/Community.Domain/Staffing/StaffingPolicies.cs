using Community.Domain.Policies;

namespace Community.Domain.Staffing;

/// <summary>The built-in staffing policies.</summary>
/// <remarks>
/// The source documents give no staffing figure for community workers, social workers or grid staff
/// apart from those the committees (COM-03) and grids (GRD-01, GRD-02) modules already hold, so
/// there are none: the module gives the kinds, the formula vocabulary and the assessment, and every
/// jurisdiction adds its own rule through a builder (docs/custom-policies.md shows how).
/// </remarks>
public static class StaffingPolicies
{
    /// <summary>Gets every built-in version of the module's kinds; none, as the remarks explain.</summary>
    /// <returns>The versions.</returns>
    public static IEnumerable<PolicyVersion> BuiltInVersions() => [];
}
