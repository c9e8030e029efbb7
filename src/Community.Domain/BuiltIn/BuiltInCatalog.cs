using Community.Domain.Admission;
using Community.Domain.Committees;
using Community.Domain.Funding;
using Community.Domain.Grids;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Participation;
using Community.Domain.Premises;
using Community.Domain.Scale;
using Community.Domain.Staffing;
using Community.Domain.Statistics;
using Community.Domain.Subsidies;
using Community.Domain.Workflows;

namespace Community.Domain.BuiltIn;

/// <summary>The catalog of the source documents: their jurisdictions and every module's built-in policies, assembled in one place.</summary>
/// <remarks>
/// <para>The kernel knows no module: this class, outside it, calls each module's builder extension
/// (<see cref="CommitteeCatalogBuilderExtensions.AddCommitteePolicies"/> and the others). To extend
/// or override the built-in policies, start from <see cref="Instance"/> with
/// <see cref="PolicyCatalog.ToBuilder"/>; nothing here can be changed in place.</para>
/// </remarks>
public static class BuiltInCatalog
{
    /// <summary>Gets the catalog of the source documents' jurisdictions and policies, built once.</summary>
    public static PolicyCatalog Instance { get; } = CreateBuilder().Build();

    /// <summary>Starts a builder holding the source documents' jurisdictions and every module's built-in policies.</summary>
    /// <returns>A new builder; changing it changes no catalog.</returns>
    public static PolicyCatalogBuilder CreateBuilder() =>
        PolicyCatalog.CreateBuilder()
            .IncludeJurisdictions(KnownJurisdictions.All)
            .AddCommitteePolicies()
            .AddFundingPolicies()
            .AddSubsidyPolicies()
            .AddGridPolicies()
            .AddPremisesPolicies()
            .AddAdmissionPolicies()
            .AddStaffingPolicies()
            .AddScalePolicies()
            .AddParticipationPolicies()
            .AddStatisticsPolicies()
            .AddWorkflowPolicies();
}
