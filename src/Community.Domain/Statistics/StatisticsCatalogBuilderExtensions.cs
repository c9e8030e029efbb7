using Ardalis.GuardClauses;
using Community.Domain.Policies;

namespace Community.Domain.Statistics;

/// <summary>Adds the statistics module's built-in reports to a <see cref="PolicyCatalogBuilder"/>.</summary>
public static class StatisticsCatalogBuilderExtensions
{
    /// <summary>Adds the reports of the source documents (STA rules), and the source documents' jurisdictions the builder does not hold yet.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <remarks>Adding them twice adds every version twice, which <see cref="PolicyCatalogBuilder.Build"/> reports as overlapping versions.</remarks>
    public static PolicyCatalogBuilder AddStatisticsPolicies(this PolicyCatalogBuilder builder) =>
        Guard.Against.NullArgument(builder).AddBuiltIns(StatisticsPolicies.BuiltInVersions());
}
