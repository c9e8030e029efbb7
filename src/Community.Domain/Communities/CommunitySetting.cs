namespace Community.Domain.Communities;

/// <summary>Whether a community lies in a city's urban area or in a town.</summary>
/// <remarks>Targets often differ by setting: PAR-01 asks five volunteer organisations of an urban community and three of a town community.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<CommunitySetting>))]
public enum CommunitySetting
{
    /// <summary>An urban community (城区社区).</summary>
    Urban = 1,

    /// <summary>A town community (乡镇社区).</summary>
    Town = 2,
}
