namespace Community.Domain.Committees;

/// <summary>Which clause of the candidate rule a director meets, checked in the rule's order.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<RecommendationClause>))]
public enum RecommendationClause
{
    /// <summary>No clause: the director is not recommended by this rule.</summary>
    None = 0,

    /// <summary>Enough provincial-or-above honours during the term.</summary>
    ProvincialHonours = 1,

    /// <summary>Enough city-or-above honours during the term.</summary>
    CityHonours = 2,

    /// <summary>A top rank in the street's comprehensive assessment during the term.</summary>
    AssessmentRank = 3,
}
