namespace Community.Domain.Premises;

/// <summary>A facility a community centre may be required to have (FAC-06's "五个一" and parking).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<Facility>))]
public enum Facility
{
    /// <summary>A community service centre (社区服务中心).</summary>
    ServiceCentre,

    /// <summary>A community health station (卫生服务站).</summary>
    HealthStation,

    /// <summary>A community police room (警务室).</summary>
    PoliceRoom,

    /// <summary>A reading room (阅览室).</summary>
    ReadingRoom,

    /// <summary>A fitness venue (健身场所).</summary>
    FitnessVenue,

    /// <summary>Parking (停车场).</summary>
    Parking,
}
