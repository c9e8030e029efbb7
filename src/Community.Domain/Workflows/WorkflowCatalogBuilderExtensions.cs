using Ardalis.GuardClauses;
using Community.Domain.Policies;

namespace Community.Domain.Workflows;

/// <summary>Adds the workflows module's built-in policies to a <see cref="PolicyCatalogBuilder"/>.</summary>
public static class WorkflowCatalogBuilderExtensions
{
    /// <summary>Adds the workflows and duties of the source documents (WF rules), and the source documents' jurisdictions the builder does not hold yet.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <remarks>Adding them twice adds every version twice, which <see cref="PolicyCatalogBuilder.Build"/> reports as overlapping versions.</remarks>
    public static PolicyCatalogBuilder AddWorkflowPolicies(this PolicyCatalogBuilder builder) =>
        Guard.Against.NullArgument(builder).AddBuiltIns(WorkflowPolicies.BuiltInVersions());
}
