using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Communities;

namespace Community.Domain.Participation;

/// <summary>What a community records of its residents' participation: its organisations, its volunteers and its activities; what is not recorded is not checked.</summary>
public sealed record ParticipationRecord
{
    private ParticipationRecord(CommunityProfile community) => Community = community;

    // For JSON: the counts as the With methods record them, each group given whole or not at all.
    [System.Text.Json.Serialization.JsonConstructor]
    internal ParticipationRecord(CommunityProfile community, int? volunteerOrganisations, int? societies, int? partyMemberCount, int? partyMembersVolunteering, int? residentsVolunteering, int? themedActivitiesInMonth, int? visitsInWeek)
        : this(Made(community, (volunteerOrganisations, societies), (partyMemberCount, partyMembersVolunteering, residentsVolunteering), (themedActivitiesInMonth, visitsInWeek)))
    {
    }

    /// <summary>Gets the community; its jurisdiction, setting and residents are the ones used.</summary>
    public CommunityProfile Community { get; }

    /// <summary>Gets the volunteer organisations, when recorded.</summary>
    public int? VolunteerOrganisations { get; private init; }

    /// <summary>Gets the public-benefit and fellowship societies, when recorded.</summary>
    public int? Societies { get; private init; }

    /// <summary>Gets the party members and how many of them volunteer, when recorded.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public (int Members, int Volunteering)? PartyMembers { get; private init; }

    /// <summary>Gets the residents who volunteer, when recorded; the community's population is the whole.</summary>
    public int? ResidentsVolunteering { get; private init; }

    /// <summary>Gets the themed activities held in a month and the visits to the activity rooms in a week, when recorded.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public (int ThemedActivitiesInMonth, int VisitsInWeek)? Activities { get; private init; }

    // JSON writes the tuples' counts by name (it writes no tuple fields).
    [System.Text.Json.Serialization.JsonInclude]
    internal int? PartyMemberCount => PartyMembers?.Members;

    [System.Text.Json.Serialization.JsonInclude]
    internal int? PartyMembersVolunteering => PartyMembers?.Volunteering;

    [System.Text.Json.Serialization.JsonInclude]
    internal int? ThemedActivitiesInMonth => Activities?.ThemedActivitiesInMonth;

    [System.Text.Json.Serialization.JsonInclude]
    internal int? VisitsInWeek => Activities?.VisitsInWeek;

    /// <summary>Starts a record of a community, with nothing recorded yet.</summary>
    /// <param name="community">The community.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="community"/> is null.</exception>
    public static ParticipationRecord Of(CommunityProfile community) => new(Guard.Against.NullArgument(community));

    /// <summary>Returns a copy recording the organisations.</summary>
    /// <param name="volunteerOrganisations">The volunteer organisations, zero or more.</param>
    /// <param name="societies">The public-benefit and fellowship societies, zero or more.</param>
    /// <returns>A new record.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public ParticipationRecord WithOrganisations(int volunteerOrganisations, int societies) =>
        this with { VolunteerOrganisations = Guard.Against.NegativeCount(volunteerOrganisations), Societies = Guard.Against.NegativeCount(societies) };

    /// <summary>Returns a copy recording who volunteers.</summary>
    /// <param name="partyMembers">The community's party members, zero or more.</param>
    /// <param name="partyMembersVolunteering">How many of them volunteer, at most <paramref name="partyMembers"/>.</param>
    /// <param name="residentsVolunteering">How many residents volunteer, at most the community's population.</param>
    /// <returns>A new record.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or larger than its whole.</exception>
    public ParticipationRecord WithVolunteers(int partyMembers, int partyMembersVolunteering, int residentsVolunteering)
    {
        Guard.Against.NegativeCount(partyMembers);
        Guard.Against.NegativeCount(partyMembersVolunteering);
        Guard.Against.NegativeCount(residentsVolunteering);
        if (partyMembersVolunteering > partyMembers)
        {
            throw GuardExtensions.OutOfRange(nameof(partyMembersVolunteering), partyMembersVolunteering, string.Create(CultureInfo.InvariantCulture, $"must not exceed partyMembers ({partyMembers})"));
        }

        if (residentsVolunteering > Community.Population.Residents)
        {
            throw GuardExtensions.OutOfRange(nameof(residentsVolunteering), residentsVolunteering, string.Create(CultureInfo.InvariantCulture, $"must not exceed the community's {Community.Population.Residents} residents"));
        }

        return this with { PartyMembers = (partyMembers, partyMembersVolunteering), ResidentsVolunteering = residentsVolunteering };
    }

    /// <summary>Returns a copy recording the activities of a month and the visits of a week.</summary>
    /// <param name="themedActivitiesInMonth">Themed activities held in the month, zero or more.</param>
    /// <param name="visitsInWeek">Visits to the activity rooms in the week, zero or more.</param>
    /// <returns>A new record.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public ParticipationRecord WithActivities(int themedActivitiesInMonth, int visitsInWeek) =>
        this with { Activities = (Guard.Against.NegativeCount(themedActivitiesInMonth), Guard.Against.NegativeCount(visitsInWeek)) };

    private static ParticipationRecord Made(CommunityProfile community, (int? Organisations, int? Societies) organisations, (int? Members, int? Volunteering, int? Residents) volunteers, (int? Themed, int? Visits) activities)
    {
        if (organisations.Organisations is null != organisations.Societies is null
            || (volunteers.Members is null ? 1 : 0) + (volunteers.Volunteering is null ? 1 : 0) + (volunteers.Residents is null ? 1 : 0) is 1 or 2
            || activities.Themed is null != activities.Visits is null)
        {
            throw JsonValues.Invalid("part of a group of participation counts", "each group whole or not at all: VolunteerOrganisations with Societies; PartyMemberCount, PartyMembersVolunteering and ResidentsVolunteering; ThemedActivitiesInMonth with VisitsInWeek");
        }

        var record = Of(community);
        record = organisations is ({ } count, { } clubs) ? record.WithOrganisations(count, clubs) : record;
        record = volunteers is ({ } members, { } volunteering, { } residents) ? record.WithVolunteers(members, volunteering, residents) : record;
        return activities is ({ } themed, { } visits) ? record.WithActivities(themed, visits) : record;
    }
}
