using Community.Domain.Jurisdictions;

namespace Community.Domain.Tests;

/// <summary>Invented places the tests define rules for, outside the national division table's codes in use.</summary>
internal static class TestPlaces
{
    /// <summary>Gets the test province, 990000 测试省, directly below the nation.</summary>
    public static Jurisdiction Province { get; } = Jurisdiction.Below(KnownJurisdictions.China.Code, JurisdictionCode.Of(990000), "测试省", "Test Province", JurisdictionLevel.Province);
}
