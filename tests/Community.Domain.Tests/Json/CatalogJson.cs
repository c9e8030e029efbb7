namespace Community.Domain.Tests.Json;

/// <summary>Small catalog documents for tests that read one policy of a kind.</summary>
internal static class CatalogJson
{
    /// <summary>A catalog document of one version of a kind at 420000, with the policy given as JSON.</summary>
    /// <param name="kind">The kind's name, such as <c>staffing.community-workers</c>.</param>
    /// <param name="policy">The policy's JSON object.</param>
    /// <returns>The document's JSON.</returns>
    public static string OneVersion(string kind, string policy) =>
        $$"""{"format":"community-domain.catalog","formatVersion":1,"jurisdictions":[],"policies":[{"kind":"{{kind}}","jurisdiction":"420000","ruleId":"X-1","policy":{{policy}}}]}""";
}
