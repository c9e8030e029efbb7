namespace Community.Domain.Primitives;

/// <summary>What a count-based rule counts: the unit its bands and formulas are stated in.</summary>
/// <remarks>A rule says "one worker per 250 households" or "5000 residents and above": the policy declares the unit, the assessment reads that quantity from the community, and every text names it.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<CountUnit>))]
public enum CountUnit
{
    /// <summary>Resident population (人, 常住人口).</summary>
    Residents = 1,

    /// <summary>Households (户).</summary>
    Households = 2,
}
