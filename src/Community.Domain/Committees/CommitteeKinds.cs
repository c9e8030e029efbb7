using Community.Domain.Policies;

namespace Community.Domain.Committees;

/// <summary>The kinds of committee policy a catalog holds.</summary>
public static class CommitteeKinds
{
    /// <summary>Gets the committee quota (职数): its size in all and by population band.</summary>
    public static PolicyKind<CommitteeQuotaPolicy> Quota { get; } = new("committees.quota", "committee quota", "居委会成员职数");

    /// <summary>Gets the sources part-time members may be elected from.</summary>
    public static PolicyKind<PartTimeSourcePolicy> PartTimeSources { get; } = new("committees.part-time-sources", "part-time member sources", "兼职成员来源");

    /// <summary>Gets the number of rooms a residents' committee may keep as dedicated offices.</summary>
    public static PolicyKind<OfficeRoomPolicy> OfficeRooms { get; } = new("committees.office-rooms", "committee office rooms", "居委会专门办公室");

    /// <summary>Gets the rule for recommending a director as a candidate for the next term.</summary>
    public static PolicyKind<CandidatePolicy> CandidateRecommendation { get; } = new("committees.candidate-recommendation", "director candidate recommendation", "主任候选人推荐");
}
