using System.Text.Json.Serialization;

namespace Community.Domain.Admission;

/// <summary>The level of the body a requesting department belongs to; serialised by name.</summary>
/// <remarks>ADM-01 applies to departments "at any level", so the level is recorded, never used to exempt a request.</remarks>
[JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<DepartmentLevel>))]
public enum DepartmentLevel
{
    /// <summary>A central department or a unit directly under it (中央).</summary>
    Central = 0,

    /// <summary>A provincial department (省级).</summary>
    Province = 1,

    /// <summary>A department of a prefecture-level city (市级).</summary>
    City = 2,

    /// <summary>A department of a county, district or county-level city (县/区级).</summary>
    County = 3,

    /// <summary>A street office or town, or one of its offices (街道/镇).</summary>
    Street = 4,

    /// <summary>A unit stationed in the community's area, such as an enterprise or institution (驻区单位).</summary>
    Unit = 5,
}
