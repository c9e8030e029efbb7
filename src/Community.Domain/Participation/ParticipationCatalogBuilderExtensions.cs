using Ardalis.GuardClauses;
using Community.Domain.Policies;

namespace Community.Domain.Participation;

/// <summary>Adds the participation module's built-in policies to a <see cref="PolicyCatalogBuilder"/>.</summary>
public static class ParticipationCatalogBuilderExtensions
{
    /// <summary>Adds the participation targets of the source documents (PAR rules), and the source documents' jurisdictions the builder does not hold yet.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <remarks>Adding them twice adds every version twice, which <see cref="PolicyCatalogBuilder.Build"/> reports as overlapping versions.</remarks>
    public static PolicyCatalogBuilder AddParticipationPolicies(this PolicyCatalogBuilder builder) =>
        Guard.Against.NullArgument(builder).AddBuiltIns(ParticipationPolicies.BuiltInVersions());
}
