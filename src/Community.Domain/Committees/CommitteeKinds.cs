using Community.Domain.Policies;

namespace Community.Domain.Committees;

/// <summary>The kinds of committee policy a catalog holds.</summary>
public static class CommitteeKinds
{
    /// <summary>Gets the committee quota (职数): its size in all and by population band.</summary>
    public static PolicyKind<CommitteeQuotaPolicy> Quota { get; } = Create<CommitteeQuotaPolicy>("committees.quota");

    /// <summary>Gets the sources part-time members may be elected from.</summary>
    public static PolicyKind<PartTimeSourcePolicy> PartTimeSources { get; } = Create<PartTimeSourcePolicy>("committees.part-time-sources");

    /// <summary>Gets the number of rooms a residents' committee may keep as dedicated offices.</summary>
    public static PolicyKind<OfficeRoomPolicy> OfficeRooms { get; } = Create<OfficeRoomPolicy>("committees.office-rooms");

    /// <summary>Gets the rule for recommending a director as a candidate for the next term.</summary>
    public static PolicyKind<CandidatePolicy> CandidateRecommendation { get; } = Create<CandidatePolicy>("committees.candidate-recommendation");

    private static PolicyKind<TPolicy> Create<TPolicy>(string name)
        where TPolicy : class
    {
        var (english, chinese) = CommitteeText.KindName(name);
        return new(name, english, chinese);
    }
}
