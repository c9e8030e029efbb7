using Community.Domain.Assessments;

namespace Community.Domain.Participation;

/// <summary>The codes of the findings of participation assessments (PAR-01 to PAR-04).</summary>
public static class ParticipationFindingCodes
{
    /// <summary>Gets the code <c>participation.too-few-volunteer-organisations</c> (PAR-01).</summary>
    public static FindingCode TooFewVolunteerOrganisations { get; } = FindingCode.Of("participation.too-few-volunteer-organisations");

    /// <summary>Gets the code <c>participation.too-few-party-members-volunteering</c> (PAR-02).</summary>
    public static FindingCode TooFewPartyMembersVolunteering { get; } = FindingCode.Of("participation.too-few-party-members-volunteering");

    /// <summary>Gets the code <c>participation.too-few-residents-volunteering</c> (PAR-02).</summary>
    public static FindingCode TooFewResidentsVolunteering { get; } = FindingCode.Of("participation.too-few-residents-volunteering");

    /// <summary>Gets the code <c>participation.societies-outside-target</c>: fewer societies than the target, or more than its range names (PAR-03).</summary>
    public static FindingCode SocietiesOutsideTarget { get; } = FindingCode.Of("participation.societies-outside-target");

    /// <summary>Gets the code <c>participation.too-few-themed-activities</c> (PAR-04).</summary>
    public static FindingCode TooFewThemedActivities { get; } = FindingCode.Of("participation.too-few-themed-activities");

    /// <summary>Gets the code <c>participation.too-few-visits</c> (PAR-04).</summary>
    public static FindingCode TooFewVisits { get; } = FindingCode.Of("participation.too-few-visits");

    /// <summary>Gets the code <c>participation.not-recorded</c>: a target is in force but the record holds nothing to check it against; information.</summary>
    public static FindingCode NotRecorded { get; } = FindingCode.Of("participation.not-recorded");
}
