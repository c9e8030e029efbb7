namespace Community.Domain.Workflows;

/// <summary>The level that handles a case, from the grid upwards.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<HandlingLevel>))]
public enum HandlingLevel
{
    /// <summary>The grid and its grid worker (网格).</summary>
    Grid = 1,

    /// <summary>The community and its residents' committee (社区).</summary>
    Community = 2,

    /// <summary>The street office or town (街道、乡镇).</summary>
    Street = 3,

    /// <summary>The district or county and its departments (区、县).</summary>
    District = 4,
}
