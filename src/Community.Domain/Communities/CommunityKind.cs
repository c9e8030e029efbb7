namespace Community.Domain.Communities;

/// <summary>What a community grew out of.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<CommunityKind>))]
public enum CommunityKind
{
    /// <summary>A pure residential community (纯居型社区, 纯社区).</summary>
    PureResidential = 1,

    /// <summary>A community converted from a village (村改居).</summary>
    VillageConverted = 2,

    /// <summary>A community of a market town (集镇社区, 镇社区).</summary>
    Town = 3,
}
