using Community.Domain.BuiltIn;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;

namespace Community.Domain.Tests.Funding;

/// <summary>The unnamed city of the Xinluo survey, placed under Fujian at 350900 (a code the tests borrow: the survey names no city), with its funds (FUN-02, FUN-05) in force always.</summary>
internal static class UnnamedCityFunding
{
    /// <summary>Gets the city.</summary>
    public static Jurisdiction City { get; } = Jurisdiction.Below(KnownJurisdictions.Fujian.Code, JurisdictionCode.Of(350900), "某市", "The unnamed city", JurisdictionLevel.City);

    /// <summary>Gets a builder holding the built-in catalog, the city and its funds.</summary>
    public static PolicyCatalogBuilder Builder() =>
        BuiltInCatalog.Instance.ToBuilder().AddJurisdiction(City).AddRange(FundingPolicies.UnnamedCityAt(City.Code, EffectivePeriod.Always));

    /// <summary>Gets the built catalog.</summary>
    public static PolicyCatalog Catalog { get; } = Builder().Build();
}
