namespace Community.Domain.Subsidies;

/// <summary>What a subsidy policy's amounts are.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<SubsidyNature>))]
public enum SubsidyNature
{
    /// <summary>Floors (不低于): the least a post may be paid; computed floors round up, so that paying the floor satisfies it.</summary>
    Floor,

    /// <summary>Amounts actually paid or set for each post; computed amounts round half away from zero.</summary>
    Amount,
}
