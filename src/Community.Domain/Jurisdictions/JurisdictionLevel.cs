namespace Community.Domain.Jurisdictions;

/// <summary>The level of an administrative division.</summary>
/// <remarks>
/// The tiers, from the top: nation; province; city; county, district or functional area; street or town.
/// Street offices (街道) and towns (镇/乡) are one tier: both sit under a county or district.
/// A county-level city administered directly by its province (such as Xiantao) is a
/// <see cref="County"/> whose parent is a <see cref="Province"/>.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<JurisdictionLevel>))]
public enum JurisdictionLevel
{
    /// <summary>A province, autonomous region or municipality (省); code ends in 0000.</summary>
    Province = 1,

    /// <summary>A prefecture-level city (地级市); code ends in 00 but not 0000.</summary>
    City = 2,

    /// <summary>A county, district or county-level city (县/区/县级市); code does not end in 00.</summary>
    County = 3,

    /// <summary>A street (sub-district) office (街道办事处); a 9-digit statistical code.</summary>
    Street = 4,

    /// <summary>A town or township (镇/乡); a 9-digit statistical code.</summary>
    Town = 5,

    /// <summary>The nation (全国), above the provinces: national rules are defined here and inherited by every province under it; a 6-digit code ending in 0000 (the statistical tables use 100000).</summary>
    Nation = 6,

    /// <summary>A functional area (功能区: 新区, 开发区, 高新区 and the like) that the statistical tables number under a city, at the county tier; a 6-digit code not ending in 00, such as 340171.</summary>
    FunctionalArea = 7,
}
