using Community.Domain.Policies;

namespace Community.Domain.Scale;

/// <summary>The built-in scale policies.</summary>
/// <remarks>The source documents recommend no community scale, so there are none: every jurisdiction adds its own through a builder (docs/custom-policies.md shows how).</remarks>
public static class ScalePolicies
{
    /// <summary>Gets every built-in version of the module's kinds; none, as the remarks explain.</summary>
    /// <returns>The versions.</returns>
    public static IEnumerable<PolicyVersion> BuiltInVersions() => [];
}
