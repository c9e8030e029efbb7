using Ardalis.GuardClauses;
using Community.Domain.Policies;

namespace Community.Domain.Scale;

/// <summary>Adds the scale module's built-in policies to a <see cref="PolicyCatalogBuilder"/>.</summary>
public static class ScaleCatalogBuilderExtensions
{
    /// <summary>Adds the scale policies of the source documents (none yet: see <see cref="ScalePolicies"/>), and the source documents' jurisdictions the builder does not hold yet.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static PolicyCatalogBuilder AddScalePolicies(this PolicyCatalogBuilder builder) =>
        Guard.Against.NullArgument(builder).AddBuiltIns(ScalePolicies.BuiltInVersions());
}
