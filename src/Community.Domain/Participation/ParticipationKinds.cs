using Community.Domain.Policies;

namespace Community.Domain.Participation;

/// <summary>The kinds of participation target.</summary>
public static class ParticipationKinds
{
    /// <summary>Gets the volunteer organisations a community should have (PAR-01).</summary>
    public static PolicyKind<OrganisationTarget> VolunteerOrganisations { get; } = PolicyKind<OrganisationTarget>.Named("participation.volunteer-organisations", ParticipationText.KindName);

    /// <summary>Gets the shares of party members and residents that should volunteer (PAR-02).</summary>
    public static PolicyKind<VolunteerTarget> VolunteerService { get; } = PolicyKind<VolunteerTarget>.Named("participation.volunteer-service", ParticipationText.KindName);

    /// <summary>Gets the public-benefit and fellowship societies a community should foster (PAR-03).</summary>
    public static PolicyKind<OrganisationTarget> Societies { get; } = PolicyKind<OrganisationTarget>.Named("participation.societies", ParticipationText.KindName);

    /// <summary>Gets how often a community should hold themed activities and how many visits its rooms should see (PAR-04).</summary>
    public static PolicyKind<ActivityTarget> Activities { get; } = PolicyKind<ActivityTarget>.Named("participation.activities", ParticipationText.KindName);
}
