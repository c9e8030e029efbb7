namespace Community.Domain.DependencyInjection;

/// <summary>When dependency injection builds the policy catalog, and so when a bad policy definition fails.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<CatalogBuildTime>))]
public enum CatalogBuildTime
{
    /// <summary>When the catalog is first resolved: a bad definition throws from the first service that needs it.</summary>
    FirstUse,

    /// <summary>At registration, inside <c>AddCommunityDomain</c>: a bad definition throws while the application starts, before any service runs.</summary>
    Registration,
}
