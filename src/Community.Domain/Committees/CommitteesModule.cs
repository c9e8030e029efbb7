using Ardalis.GuardClauses;
using Community.Domain.Documents;
using Community.Domain.Jurisdictions;
using Community.Domain.Modules;

namespace Community.Domain.Committees;

/// <summary>The committees module: its policy kinds and their codecs, built-in versions, golden-case evaluations, JSON metadata and evaluator, registered through the one module contract.</summary>
/// <remarks>Registered in the library's <c>BuiltInModules</c>; like a user's module, it adds itself through <see cref="ModuleRegistration"/> alone.</remarks>
public sealed class CommitteesModule : DomainModule
{
    private static readonly CommitteesJsonContext Json = CommitteesJsonContext.Default;

    /// <summary>Initializes a new instance of the <see cref="CommitteesModule"/> class.</summary>
    public CommitteesModule()
        : base("committees")
    {
    }

    /// <inheritdoc />
    protected internal override void Register(ModuleRegistration registration)
    {
        Guard.Against.NullArgument(registration);
        registration.AddKind(new CommitteeQuotaPolicyCodec());
        registration.AddKind(new PartTimeSourcePolicyCodec());
        registration.AddKind(new OfficeRoomPolicyCodec());
        registration.AddKind(new CandidatePolicyCodec());
        registration.AddKind(new CommitteeSizePolicyCodec());
        registration.AddKind(new CommitteeTermPolicyCodec());
        registration.AddKind(new ElectionPolicyCodec());
        registration.AddKind(new MeetingPolicyCodec());
        registration.AddJurisdictions(KnownJurisdictions.All).AddBuiltIns(CommitteePolicies.BuiltInVersions());
        registration.AddJsonMetadata(Json);
        registration.AddService(static catalog => new CommitteeEvaluator(catalog));
        registration.AddCaseEvaluation(CaseEvaluation.Create("committees.quota", ["population", "community"], Json.QuotaResult, static (inputs, place, asOf) =>
        {
            // A quota counted in households needs the community, which records them.
            if (inputs.Optional("community") is { } given)
            {
                var community = given.Value(Json.CommunityProfile);
                return inputs.Optional("population") is null
                    ? catalog => new CommitteeEvaluator(catalog).ExplainQuota(asOf, community)
                    : throw new DocumentNodeException(inputs.Path, "gives both \"population\" and \"community\"; expected one of them.");
            }

            var population = inputs.Required("population").Population();
            return catalog => new CommitteeEvaluator(catalog).ExplainQuota(place, asOf, population);
        }));
        registration.AddCaseEvaluation(CaseEvaluation.Create("committees.assessment", ["community", "members", "officeRooms"], Json.CommitteeAssessment, static (inputs, _, asOf) =>
        {
            var community = inputs.Required("community").Value(Json.CommunityProfile);
            var members = inputs.Required("members").Items().Select(Member).ToList();
            var rooms = inputs.Optional("officeRooms")?.Int32();
            var committee = inputs.Made(_ => ResidentsCommittee.Create(community, members).WithOfficeRooms(rooms));
            return catalog => new CommitteeEvaluator(catalog).ExplainAssessment(asOf, committee);
        }));
        registration.AddCaseEvaluation(CaseEvaluation.Create("committees.recommendation", ["termStart", "termEnd", "honours", "ranks"], Json.CandidateRecommendation, static (inputs, place, asOf) =>
        {
            var start = inputs.Required("termStart").Date();
            var end = inputs.Required("termEnd").Date();
            var honours = (inputs.Optional("honours")?.Items() ?? []).Select(Honour).ToList();
            var ranks = (inputs.Optional("ranks")?.Items() ?? []).Select(Rank).ToList();
            var record = inputs.Made(_ => DirectorRecord.Create(Term(start, end), honours, ranks));
            return catalog => new CommitteeEvaluator(catalog).ExplainRecommendation(place, asOf, record);
        }));
    }

    private static NodaTime.DateInterval Term(NodaTime.LocalDate termStart, NodaTime.LocalDate termEnd) =>
        termStart <= termEnd
            ? new NodaTime.DateInterval(termStart, termEnd)
            : throw new ArgumentException($"termEnd is {termEnd:uuuu-MM-dd}, before termStart {termStart:uuuu-MM-dd}; expected the term to end on or after its start.", nameof(termEnd));

    private static CommitteeMember Member(DocumentNode member)
    {
        member.OnlyMembers("name", "post", "employment", "source", "partyPost");
        var name = member.Required("name").Text();
        var post = member.Required("post").Name<CommitteePost>();
        var employment = member.Required("employment").Name<Employment>();
        var source = member.Optional("source")?.Name<PartTimeSource>();
        var partyPost = member.Optional("partyPost")?.Name<PartyPost>();
        return member.Made(_ => CommitteeMember.Create(name, post, employment, source, partyPost));
    }

    private static Honour Honour(DocumentNode honour)
    {
        honour.OnlyMembers("level", "awardedOn");
        var level = honour.Required("level").Name<HonourLevel>();
        var on = honour.Required("awardedOn").Date();
        return honour.Made(_ => Committees.Honour.Of(level, on));
    }

    private static AssessmentRank Rank(DocumentNode rank)
    {
        rank.OnlyMembers("rank", "assessedOn");
        var place = rank.Required("rank").Int32();
        var on = rank.Required("assessedOn").Date();
        return rank.Made(_ => AssessmentRank.Of(place, on));
    }
}
