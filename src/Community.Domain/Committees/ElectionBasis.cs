namespace Community.Domain.Committees;

/// <summary>Who takes part in a residents' committee election: the registered voters, or one representative per household.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<ElectionBasis>))]
public enum ElectionBasis
{
    /// <summary>The registered voters (登记参加选举的选民).</summary>
    Voters = 1,

    /// <summary>One representative per household (每户派代表).</summary>
    Households = 2,
}
