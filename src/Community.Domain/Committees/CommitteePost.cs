namespace Community.Domain.Committees;

/// <summary>A post on a residents' committee, counted in its quota.</summary>
/// <remarks>Party posts are a separate type, <see cref="PartyPost"/>: a member may hold one at the same time (交叉任职) without being counted twice.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<CommitteePost>))]
public enum CommitteePost
{
    /// <summary>Director of the residents' committee (主任).</summary>
    Director = 1,

    /// <summary>Deputy director (副主任).</summary>
    DeputyDirector = 2,

    /// <summary>Member (委员).</summary>
    Member = 3,
}
