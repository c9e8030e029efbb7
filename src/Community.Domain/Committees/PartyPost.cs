namespace Community.Domain.Committees;

/// <summary>A post in the community's party organisation that a committee member may hold as well (交叉任职); it is not counted in the committee's quota.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<PartyPost>))]
public enum PartyPost
{
    /// <summary>Party secretary (书记).</summary>
    Secretary = 1,

    /// <summary>Deputy party secretary (副书记).</summary>
    DeputySecretary = 2,
}
