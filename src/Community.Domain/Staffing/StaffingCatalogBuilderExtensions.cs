using Ardalis.GuardClauses;
using Community.Domain.Policies;

namespace Community.Domain.Staffing;

/// <summary>Adds the staffing module's built-in policies to a <see cref="PolicyCatalogBuilder"/>.</summary>
public static class StaffingCatalogBuilderExtensions
{
    /// <summary>Adds the staffing policies of the source documents (none yet: see <see cref="StaffingPolicies"/>), and the source documents' jurisdictions the builder does not hold yet.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static PolicyCatalogBuilder AddStaffingPolicies(this PolicyCatalogBuilder builder) =>
        Guard.Against.NullArgument(builder).AddBuiltIns(StaffingPolicies.BuiltInVersions());
}
