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
        registration.AddCaseEvaluation(CaseEvaluation.Create("committees.quota", DocumentSchema.Object("The committee quota of a place, for a population or a community.", DocumentMember.Optional("population", DocumentSchema.Integer("The residents; or give the community.", minimum: 0)), DocumentMember.Optional("community", DocumentSchema.Value("A community as the library writes it (CommunityProfile): {\"Jurisdiction\":\"429004\",\"Name\":\"…\",\"Kind\":\"PureResidential\",\"Setting\":\"Urban\",\"Population\":4500,\"Households\":1500}.").Describe("The community, for a quota counted in households; its population unless population is given."))), Json.QuotaResult, static (inputs, place, asOf) =>
        {
            // A quota counted in households needs the community, which records them.
            if (inputs.Optional("community") is { } given)
            {
                var community = given.Value(Json.CommunityProfile);
                return inputs.Optional("population") is null
                    ? catalog => new CommitteeEvaluator(catalog).ExplainQuota(asOf, community)
                    : throw new DocumentNodeException(inputs.Path, DocumentProblemKind.NotApplying, "gives both \"population\" and \"community\"; expected one of them.");
            }

            var population = inputs.Required("population").Population();
            return catalog => new CommitteeEvaluator(catalog).ExplainQuota(place, asOf, population);
        }));
        registration.AddCaseEvaluation(CaseEvaluation.Create("committees.assessment", DocumentSchema.Object(
            "A committee assessed against the place's committee rules.",
            DocumentMember.Required("community", DocumentSchema.Value("A community as the library writes it (CommunityProfile): {\"Jurisdiction\":\"429004\",\"Name\":\"…\",\"Kind\":\"PureResidential\",\"Setting\":\"Urban\",\"Population\":4500,\"Households\":1500}.")),
            DocumentMember.Required("members", DocumentSchema.Array(
                "The committee's members.",
                DocumentSchema.Object(
                    "One member.",
                    DocumentMember.Required("name", DocumentSchema.Text("The member's name.")),
                    DocumentMember.Required("post", DocumentSchema.Name<CommitteePost>("The member's post.")),
                    DocumentMember.Required("employment", DocumentSchema.Name<Employment>("FullTime or PartTime.")),
                    DocumentMember.Optional("source", DocumentSchema.Name<PartTimeSource>("Where a part-time member comes from; none if left out.")),
                    DocumentMember.Optional("partyPost", DocumentSchema.Name<PartyPost>("The Party post the member also holds; none if left out."))))),
            DocumentMember.Optional("officeRooms", DocumentSchema.Integer("The office rooms the committee keeps; not assessed if left out.", minimum: 0))), Json.CommitteeAssessment, static (inputs, _, asOf) =>
        {
            var community = inputs.Required("community").Value(Json.CommunityProfile);
            var members = inputs.Required("members").Items().Select(Member).ToList();
            var rooms = inputs.Optional("officeRooms")?.Int32();
            var committee = inputs.Made(_ => ResidentsCommittee.Create(community, members).WithOfficeRooms(rooms));
            return catalog => new CommitteeEvaluator(catalog).ExplainAssessment(asOf, committee);
        }));
        registration.AddCaseEvaluation(CaseEvaluation.Create("committees.recommendation", DocumentSchema.Object(
            "Whether a committee member may be recommended as a candidate, from the honours and ranks of the term.",
            DocumentMember.Required("termStart", DocumentSchema.Date("The term's first day.")),
            DocumentMember.Required("termEnd", DocumentSchema.Date("The term's last day.")),
            DocumentMember.Optional("honours", DocumentSchema.Array("The member's honours; none if left out.", DocumentSchema.Object("One honour.", DocumentMember.Required("level", DocumentSchema.Name<HonourLevel>("The honour's level.")), DocumentMember.Required("awardedOn", DocumentSchema.Date("The day it was awarded."))))),
            DocumentMember.Optional("ranks", DocumentSchema.Array("The member's assessment ranks; none if left out.", DocumentSchema.Object("One rank.", DocumentMember.Required("rank", DocumentSchema.Integer("The rank, 1 for the top.", minimum: 1)), DocumentMember.Required("assessedOn", DocumentSchema.Date("The day of the assessment.")))))), Json.CandidateRecommendation, static (inputs, place, asOf) =>
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
