using Community.Domain.Policies;

namespace Community.Domain.Committees;

/// <summary>The kinds of committee policy a catalog holds.</summary>
public static class CommitteeKinds
{
    /// <summary>Gets the committee quota (职数): its size in all and by population band.</summary>
    public static PolicyKind<CommitteeQuotaPolicy> Quota { get; } = PolicyKind<CommitteeQuotaPolicy>.Named("committees.quota", CommitteeText.KindName);

    /// <summary>Gets the sources part-time members may be elected from.</summary>
    public static PolicyKind<PartTimeSourcePolicy> PartTimeSources { get; } = PolicyKind<PartTimeSourcePolicy>.Named("committees.part-time-sources", CommitteeText.KindName);

    /// <summary>Gets the number of rooms a residents' committee may keep as dedicated offices.</summary>
    public static PolicyKind<OfficeRoomPolicy> OfficeRooms { get; } = PolicyKind<OfficeRoomPolicy>.Named("committees.office-rooms", CommitteeText.KindName);

    /// <summary>Gets the rule for recommending a director as a candidate for the next term.</summary>
    public static PolicyKind<CandidatePolicy> CandidateRecommendation { get; } = PolicyKind<CandidatePolicy>.Named("committees.candidate-recommendation", CommitteeText.KindName);

    /// <summary>Gets the committee size policy: the least and most members.</summary>
    public static PolicyKind<CommitteeSizePolicy> Size { get; } = PolicyKind<CommitteeSizePolicy>.Named("committees.size", CommitteeText.KindName);

    /// <summary>Gets the committee term policy: the term in years.</summary>
    public static PolicyKind<CommitteeTermPolicy> Term { get; } = PolicyKind<CommitteeTermPolicy>.Named("committees.term", CommitteeText.KindName);

    /// <summary>Gets the election policy: turnout and the share of votes that elects.</summary>
    public static PolicyKind<ElectionPolicy> Election { get; } = PolicyKind<ElectionPolicy>.Named("committees.election", CommitteeText.KindName);

    /// <summary>Gets the meeting policy: the least meetings a year.</summary>
    public static PolicyKind<MeetingPolicy> Meetings { get; } = PolicyKind<MeetingPolicy>.Named("committees.meetings", CommitteeText.KindName);
}
