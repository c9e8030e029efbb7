using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using Community.Domain.Assessments;
using Community.Domain.Explanations;
using Community.Domain.Policies;
using NodaTime;

namespace Community.Domain.Participation;

/// <summary>Evaluates participation targets (PAR-01 to PAR-04): a community's organisations, volunteers and activities against the targets in force for it, urban and town communities apart.</summary>
/// <remarks>Every question has the three forms of every evaluator; arguments are the date, then the record, whose community's jurisdiction is the one asked about. A target that is in force is checked when the record holds what it needs, and noted (information) when it does not. Stateless and thread-safe.</remarks>
public sealed class ParticipationEvaluator
{
    private readonly PolicyCatalog _catalog;

    /// <summary>Initializes a new instance of the <see cref="ParticipationEvaluator"/> class.</summary>
    /// <param name="catalog">The catalog to resolve policies in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public ParticipationEvaluator(PolicyCatalog catalog) => _catalog = Guard.Against.NullArgument(catalog);

    /// <summary>Assesses a participation record against every target in force for its community.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="record">The record.</param>
    /// <returns>Every finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No participation target is in force there on <paramref name="asOf"/>; the exception names the volunteer organisations target.</exception>
    public ParticipationAssessment Assess(LocalDate asOf, ParticipationRecord record) =>
        TryAssess(asOf, record, out var assessment)
            ? assessment
            : throw _catalog.NotInForce(ParticipationKinds.VolunteerOrganisations, record.Community.Jurisdiction, asOf);

    /// <summary>Tries to assess a participation record, without throwing where no target is in force.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="record">The record.</param>
    /// <param name="assessment">The assessment, when a target is in force.</param>
    /// <returns><see langword="true"/> when at least one participation target is in force there on <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    public bool TryAssess(LocalDate asOf, ParticipationRecord record, [NotNullWhen(true)] out ParticipationAssessment? assessment)
    {
        Guard.Against.NullArgument(record);
        assessment = AssessUnder(asOf, record, explain: false, out _);
        return assessment is not null;
    }

    /// <summary>Assesses a participation record and explains every check, naming each target's rule.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="record">The record.</param>
    /// <returns>The same assessment as <see cref="Assess"/>, explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">No participation target is in force there on <paramref name="asOf"/>.</exception>
    public Explained<ParticipationAssessment> ExplainAssessment(LocalDate asOf, ParticipationRecord record)
    {
        Guard.Against.NullArgument(record);
        var assessment = AssessUnder(asOf, record, explain: true, out var recorder)
            ?? throw _catalog.NotInForce(ParticipationKinds.VolunteerOrganisations, record.Community.Jurisdiction, asOf);
        var (english, chinese) = ParticipationText.Result(assessment);
        return new(assessment, recorder!.Result("participation", english, chinese));
    }

    private ParticipationAssessment? AssessUnder(LocalDate asOf, ParticipationRecord record, bool explain, out ExplanationRecorder? recorder)
    {
        var community = record.Community;
        var jurisdiction = community.Jurisdiction;
        var organisations = _catalog.FindVersion(ParticipationKinds.VolunteerOrganisations, jurisdiction, asOf, "record.Community.Jurisdiction");
        var volunteers = _catalog.FindVersion(ParticipationKinds.VolunteerService, jurisdiction, asOf);
        var societies = _catalog.FindVersion(ParticipationKinds.Societies, jurisdiction, asOf);
        var activities = _catalog.FindVersion(ParticipationKinds.Activities, jurisdiction, asOf);
        recorder = null;
        var first = (PolicyVersion?)organisations ?? (PolicyVersion?)volunteers ?? (PolicyVersion?)societies ?? activities;
        if (first is null)
        {
            return null;
        }

        if (explain)
        {
            recorder = ExplanationRecorder.Begin(_catalog, first, jurisdiction, asOf).Input("population", community.Population);
        }

        var found = ImmutableArray.CreateBuilder<Finding>();
        var setting = community.Setting;
        if (organisations is not null)
        {
            var collector = FindingCollector.ForOneOf(organisations, first, recorder);
            CheckCount(collector, record.VolunteerOrganisations, organisations.Policy.For(setting), setting, ParticipationFindingCodes.TooFewVolunteerOrganisations, ParticipationText.VolunteerOrganisations);
            found.AddRange(collector.ToImmutable());
        }

        if (volunteers is not null)
        {
            var collector = FindingCollector.ForOneOf(volunteers, first, recorder);
            if (record.PartyMembers is { } party && record.ResidentsVolunteering is { } residents)
            {
                var target = volunteers.Policy;
                var partyMet = target.PartyMembers.IsMetBy(party.Volunteering, party.Members);
                collector.Check(partyMet, ParticipationFindingCodes.TooFewPartyMembersVolunteering,
                    ParticipationText.Share(ParticipationText.PartyMembers, party.Volunteering, party.Members, target.PartyMembers, false),
                    ParticipationText.Share(ParticipationText.PartyMembers, party.Volunteering, party.Members, target.PartyMembers, true));
                var residentsMet = target.Residents.IsMetBy(residents, community.Population.Residents);
                collector.Check(residentsMet, ParticipationFindingCodes.TooFewResidentsVolunteering,
                    ParticipationText.Share(ParticipationText.Residents, residents, community.Population.Residents, target.Residents, false),
                    ParticipationText.Share(ParticipationText.Residents, residents, community.Population.Residents, target.Residents, true));
            }
            else
            {
                collector.Add(ParticipationFindingCodes.NotRecorded, FindingSeverity.Info, ParticipationText.NotRecorded(ParticipationText.Volunteers));
            }

            found.AddRange(collector.ToImmutable());
        }

        if (societies is not null)
        {
            var collector = FindingCollector.ForOneOf(societies, first, recorder);
            CheckCount(collector, record.Societies, societies.Policy.For(setting), setting, ParticipationFindingCodes.SocietiesOutsideTarget, ParticipationText.Societies);
            found.AddRange(collector.ToImmutable());
        }

        if (activities is not null)
        {
            var collector = FindingCollector.ForOneOf(activities, first, recorder);
            if (record.Activities is { } held)
            {
                var target = activities.Policy;
                var themed = held.ThemedActivitiesInMonth >= target.ThemedActivitiesPerMonth;
                collector.Check(themed, ParticipationFindingCodes.TooFewThemedActivities,
                    ParticipationText.Activities(held.ThemedActivitiesInMonth, target.ThemedActivitiesPerMonth, false),
                    ParticipationText.Activities(held.ThemedActivitiesInMonth, target.ThemedActivitiesPerMonth, true));
                var visits = held.VisitsInWeek >= target.VisitsPerWeek;
                collector.Check(visits, ParticipationFindingCodes.TooFewVisits,
                    ParticipationText.Visits(held.VisitsInWeek, target.VisitsPerWeek, false),
                    ParticipationText.Visits(held.VisitsInWeek, target.VisitsPerWeek, true));
            }
            else
            {
                collector.Add(ParticipationFindingCodes.NotRecorded, FindingSeverity.Info, ParticipationText.NotRecorded(ParticipationText.ActivitiesRecorded));
            }

            found.AddRange(collector.ToImmutable());
        }

        return new ParticipationAssessment(record, found.ToImmutable());
    }

    private static void CheckCount(
        FindingCollector collector, int? actual, (int Minimum, int? Maximum) target, Communities.CommunitySetting setting, FindingCode code, (string English, string Chinese) what)
    {
        if (actual is not { } count)
        {
            collector.Add(ParticipationFindingCodes.NotRecorded, FindingSeverity.Info, ParticipationText.NotRecorded(what));
            return;
        }

        var met = count >= target.Minimum && (target.Maximum is not { } max || count <= max);
        collector.Check(met, code,
            ParticipationText.Organisations(what, setting, count, target, false),
            ParticipationText.Organisations(what, setting, count, target, true));
    }

}
