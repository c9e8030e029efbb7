using Community.Domain.Assessments;

namespace Community.Domain.Committees;

/// <summary>The codes of the findings of residents' committee assessments (COM-01 to COM-05).</summary>
public static class CommitteeFindingCodes
{
    /// <summary>Gets the code <c>committees.too-few-members</c>: fewer members than the quota of the community's population band.</summary>
    public static FindingCode TooFewMembers { get; } = FindingCode.Of("committees.too-few-members");

    /// <summary>Gets the code <c>committees.too-many-members</c>: more members than the quota of the community's population band.</summary>
    public static FindingCode TooManyMembers { get; } = FindingCode.Of("committees.too-many-members");

    /// <summary>Gets the code <c>committees.too-few-full-time</c>: fewer full-time members than the quota.</summary>
    public static FindingCode TooFewFullTime { get; } = FindingCode.Of("committees.too-few-full-time");

    /// <summary>Gets the code <c>committees.too-many-full-time</c>: more full-time members than the quota.</summary>
    public static FindingCode TooManyFullTime { get; } = FindingCode.Of("committees.too-many-full-time");

    /// <summary>Gets the code <c>committees.too-few-part-time</c>: fewer part-time members than the quota.</summary>
    public static FindingCode TooFewPartTime { get; } = FindingCode.Of("committees.too-few-part-time");

    /// <summary>Gets the code <c>committees.too-many-part-time</c>: more part-time members than the quota.</summary>
    public static FindingCode TooManyPartTime { get; } = FindingCode.Of("committees.too-many-part-time");

    /// <summary>Gets the code <c>committees.outside-overall-range</c>: the committee's size lies outside the policy's overall range (COM-01: 5 to 7; COM-03: 4 to 7).</summary>
    public static FindingCode OutsideOverallRange { get; } = FindingCode.Of("committees.outside-overall-range");

    /// <summary>Gets the code <c>committees.part-time-source-not-allowed</c>: a part-time member was elected from a source the policy does not allow (COM-02).</summary>
    public static FindingCode PartTimeSourceNotAllowed { get; } = FindingCode.Of("committees.part-time-source-not-allowed");

    /// <summary>Gets the code <c>committees.no-director</c>: no member holds the post of director.</summary>
    public static FindingCode NoDirector { get; } = FindingCode.Of("committees.no-director");

    /// <summary>Gets the code <c>committees.more-than-one-director</c>: more than one member holds the post of director.</summary>
    public static FindingCode MoreThanOneDirector { get; } = FindingCode.Of("committees.more-than-one-director");

    /// <summary>Gets the code <c>committees.split-not-specified</c>: the policy gives only the overall size, so the full-time and part-time split was not checked.</summary>
    public static FindingCode SplitNotSpecified { get; } = FindingCode.Of("committees.split-not-specified");

    /// <summary>Gets the code <c>committees.sources-not-checked</c>: no part-time source policy is in force, so the part-time members' sources were not checked.</summary>
    public static FindingCode SourcesNotChecked { get; } = FindingCode.Of("committees.sources-not-checked");

    /// <summary>Gets the code <c>committees.too-many-office-rooms</c>: the committee keeps more rooms as dedicated offices than the policy allows (COM-05: one).</summary>
    public static FindingCode TooManyOfficeRooms { get; } = FindingCode.Of("committees.too-many-office-rooms");

    /// <summary>Gets the code <c>committees.size-outside-range</c>: the committee has fewer or more members than the size policy allows.</summary>
    public static FindingCode SizeOutsideRange { get; } = FindingCode.Of("committees.size-outside-range");

    /// <summary>Gets the code <c>committees.term-differs</c>: the committee's term is not the one the term policy sets.</summary>
    public static FindingCode TermDiffers { get; } = FindingCode.Of("committees.term-differs");

    /// <summary>Gets the code <c>committees.election-basis-differs</c>: the election was held by voters where the policy counts households, or the other way round; a warning, as the shares cannot be compared.</summary>
    public static FindingCode ElectionBasisDiffers { get; } = FindingCode.Of("committees.election-basis-differs");

    /// <summary>Gets the code <c>committees.turnout-too-low</c>: too few of those eligible took part for the election to be valid.</summary>
    public static FindingCode TurnoutTooLow { get; } = FindingCode.Of("committees.turnout-too-low");

    /// <summary>Gets the code <c>committees.elected-with-too-few-votes</c>: a member was elected with less than the share of the votes cast that elects.</summary>
    public static FindingCode ElectedWithTooFewVotes { get; } = FindingCode.Of("committees.elected-with-too-few-votes");

    /// <summary>Gets the code <c>committees.election-not-recorded</c>: an election policy is in force but the record holds no election; information.</summary>
    public static FindingCode ElectionNotRecorded { get; } = FindingCode.Of("committees.election-not-recorded");

    /// <summary>Gets the code <c>committees.too-few-meetings</c>: fewer meetings were held in the year than the meeting policy requires.</summary>
    public static FindingCode TooFewMeetings { get; } = FindingCode.Of("committees.too-few-meetings");

    /// <summary>Gets the code <c>committees.meetings-not-recorded</c>: a meeting policy is in force but the record holds no meeting count; information.</summary>
    public static FindingCode MeetingsNotRecorded { get; } = FindingCode.Of("committees.meetings-not-recorded");
}
