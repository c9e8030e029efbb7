namespace Community.Domain.Committees;

/// <summary>The level of the body that awarded an honour.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<HonourLevel>))]
public enum HonourLevel
{
    /// <summary>Below city level: a county, district, street or town.</summary>
    BelowCity = 1,

    /// <summary>City level (市级).</summary>
    City = 2,

    /// <summary>Provincial level (省级).</summary>
    Provincial = 3,

    /// <summary>National level (国家级).</summary>
    National = 4,
}
