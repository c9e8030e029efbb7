using Community.Domain.Committees;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;

namespace Community.Domain.Policies;

/// <summary>Assembles the built-in catalog from each domain folder's built-in policies.</summary>
internal static class BuiltInPolicies
{
    public static PolicyCatalogBuilder CreateBuilder()
    {
        var builder = PolicyCatalog.CreateBuilder();
        foreach (var jurisdiction in KnownJurisdictions.All)
        {
            builder.AddJurisdiction(jurisdiction);
        }

        BuiltInCommittees.Register(builder);
        BuiltInFunding.Register(builder);
        Subsidies.BuiltInSubsidies.Register(builder);
        Grids.BuiltInGrids.Register(builder);
        Premises.BuiltInPremises.Register(builder);
        Admission.BuiltInAdmission.Register(builder);
        return builder;
    }
}
