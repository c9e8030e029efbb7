namespace Community.Domain.Workflows;

/// <summary>How large a matter is, which bounds the level that handles it: small matters stay within the grid, large ones within the community (小事不出网格,大事不出社区).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<MatterSize>))]
public enum MatterSize
{
    /// <summary>A small matter (小事).</summary>
    Small = 1,

    /// <summary>A large matter (大事).</summary>
    Large = 2,
}
