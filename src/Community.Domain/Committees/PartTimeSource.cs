namespace Community.Domain.Committees;

/// <summary>Where a part-time committee member was elected from.</summary>
/// <remarks>COM-02 allows the first four; a member from any other source is recorded as <see cref="Other"/> and is a finding where a policy restricts sources.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<PartTimeSource>))]
public enum PartTimeSource
{
    /// <summary>A grid worker (网格员).</summary>
    GridWorker = 1,

    /// <summary>A resident group leader (居民小组长).</summary>
    ResidentGroupLeader = 2,

    /// <summary>A representative of a member unit of the community (社区成员单位代表).</summary>
    MemberUnitRepresentative = 3,

    /// <summary>The chair of an owners' committee (业主委员会主任).</summary>
    OwnersCommitteeChair = 4,

    /// <summary>Any other source.</summary>
    Other = 5,
}
