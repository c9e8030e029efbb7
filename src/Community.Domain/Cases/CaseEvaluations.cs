using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Community.Domain.Admission;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Documents;
using Community.Domain.Explanations;
using Community.Domain.Funding;
using Community.Domain.Grids;
using Community.Domain.Json;
using Community.Domain.Participation;
using Community.Domain.Policies;
using Community.Domain.Premises;
using Community.Domain.Primitives;
using Community.Domain.Scale;
using Community.Domain.Staffing;
using Community.Domain.Statistics;
using Community.Domain.Subsidies;
using Community.Domain.Workflows;

namespace Community.Domain.Cases;

/// <summary>
/// The evaluations a golden case may name, each reading its inputs from the case and calling one
/// explaining method of an evaluator. Plain inputs are camelCase members (<c>"population": 3000</c>);
/// inputs that are library values (a community, a work request, a record) take the library's own JSON
/// form, as results are written.
/// </summary>
internal static class CaseEvaluations
{
    public static CaseEvaluation[] All { get; } =
    [
        new("committees.quota", ["population", "community"], (inputs, place, asOf) =>
        {
            // A quota counted in households needs the community, which records them.
            if (inputs.Optional("community") is { } given)
            {
                var community = Library<CommunityProfile>(given);
                return inputs.Optional("population") is null
                    ? catalog => Outcome(new CommitteeEvaluator(catalog).ExplainQuota(asOf, community))
                    : throw new DocumentNodeException(inputs.Path, "gives both \"population\" and \"community\"; expected one of them.");
            }

            var population = Population(inputs.Required("population"));
            return catalog => Outcome(new CommitteeEvaluator(catalog).ExplainQuota(place, asOf, population));
        }),
        new("committees.assessment", ["community", "members", "officeRooms"], (inputs, _, asOf) =>
        {
            var community = Library<CommunityProfile>(inputs.Required("community"));
            var members = inputs.Required("members").Items().Select(Member).ToList();
            var rooms = inputs.Optional("officeRooms")?.Int32();
            var committee = inputs.Made(_ => ResidentsCommittee.Create(community, members).WithOfficeRooms(rooms));
            return catalog => Outcome(new CommitteeEvaluator(catalog).ExplainAssessment(asOf, committee));
        }),
        new("committees.recommendation", ["termStart", "termEnd", "honours", "ranks"], (inputs, place, asOf) =>
        {
            var start = inputs.Required("termStart").Date();
            var end = inputs.Required("termEnd").Date();
            var honours = (inputs.Optional("honours")?.Items() ?? []).Select(Honour).ToList();
            var ranks = (inputs.Optional("ranks")?.Items() ?? []).Select(Rank).ToList();
            var record = inputs.Made(_ => DirectorRecord.Create(start <= end ? new NodaTime.DateInterval(start, end) : throw new ArgumentException($"termEnd is {end:uuuu-MM-dd}, before termStart {start:uuuu-MM-dd}; expected the term to end on or after its start.", "termEnd"), honours, ranks));
            return catalog => Outcome(new CommitteeEvaluator(catalog).ExplainRecommendation(place, asOf, record));
        }),
        new("subsidies.amount", ["kind", "role"], (inputs, place, asOf) =>
        {
            var kind = Kind(inputs.Required("kind"), SubsidyKinds.Floor, SubsidyKinds.Pay);
            var role = inputs.Required("role").Name<PayRole>();
            return catalog => Outcome(new SubsidyEvaluator(catalog).ExplainAmount(kind, place, asOf, role));
        }),
        new("subsidies.gap", ["role", "paidMonthly"], (inputs, place, asOf) =>
        {
            var role = inputs.Required("role").Name<PayRole>();
            var paid = inputs.Required("paidMonthly").Yuan();
            return catalog => Outcome(new SubsidyEvaluator(catalog).ExplainGap(place, asOf, role, paid));
        }),
        new("funding.amount", ["kind", "population", "households", "community", "workers", "partyBranches"], (inputs, place, asOf) =>
        {
            var kind = Kind(inputs.Required("kind"), FundingKinds.OfficeFunds, FundingKinds.WorkFunds, FundingKinds.StaffFunds, FundingKinds.PartyBranchFunds, FundingKinds.SelfGovernanceFunds);
            var workers = inputs.Optional("workers")?.Int32();
            var branches = inputs.Optional("partyBranches")?.Int32();
            FundedUnits units;
            if (inputs.Optional("community") is { } given)
            {
                // The community gives its population, households and kind (which a fund may exclude).
                var community = Library<CommunityProfile>(given);
                units = inputs.Optional("population") is null && inputs.Optional("households") is null
                    ? inputs.Made(_ => FundedUnits.For(community, workers, branches))
                    : throw new DocumentNodeException(inputs.Path, "gives \"community\" with \"population\" or \"households\"; expected the community alone, which records them.");
            }
            else
            {
                var population = Population(inputs.Required("population"));
                var households = inputs.Optional("households") is { } count ? Households(count) : (HouseholdCount?)null;
                units = inputs.Made(_ => FundedUnits.Of(population, households, workers, branches));
            }

            return catalog => Outcome(new FundingEvaluator(catalog).ExplainAmount(kind, place, asOf, units));
        }),
        new("grids.plan", ["households"], (inputs, place, asOf) =>
        {
            var households = Households(inputs.Required("households"));
            return catalog => Outcome(new GridEvaluator(catalog).ExplainPlan(place, asOf, households));
        }),
        new("grids.assessment", ["households", "grids", "managers"], (inputs, place, asOf) =>
        {
            var households = Households(inputs.Required("households"));
            var grids = inputs.Required("grids").Int32();
            var managers = inputs.Optional("managers")?.Int32();
            return catalog => Outcome(new GridEvaluator(catalog).ExplainAssessment(place, asOf, households, grids, managers));
        }),
        new("grids.coverage", ["coverage"], (inputs, place, asOf) =>
        {
            var coverage = Library<GridCoverage>(inputs.Required("coverage"));
            return catalog => Outcome(new GridEvaluator(catalog).ExplainCoverage(place, asOf, coverage));
        }),
        new("premises.assessment", ["kind", "premises"], (inputs, place, asOf) =>
        {
            var kind = Kind(inputs.Required("kind"), PremisesKinds.Standard, PremisesKinds.NewCentreStandard);
            var premises = Library<PremisesDescription>(inputs.Required("premises"));
            return catalog => Outcome(new PremisesEvaluator(catalog).ExplainAssessment(kind, place, asOf, premises));
        }),
        new("premises.reservation", ["developmentFloorArea", "households"], (inputs, place, asOf) =>
        {
            var area = SquareMetres(inputs.Required("developmentFloorArea"));
            var households = Households(inputs.Required("households"));
            return catalog => Outcome(new PremisesEvaluator(catalog).ExplainReservation(place, asOf, area, households));
        }),
        new("premises.building-cost", ["floorArea", "waivedFees"], (inputs, place, asOf) =>
        {
            var area = SquareMetres(inputs.Required("floorArea"));
            var waived = inputs.Optional("waivedFees")?.Items().Select(fee => fee.Text()).ToList();
            return catalog => Outcome(new PremisesEvaluator(catalog).ExplainBuildingCost(place, asOf, area, waived));
        }),
        new("premises.in-lieu-payment", ["buildingArea", "pricePerSquareMetre"], (inputs, place, asOf) =>
        {
            var area = SquareMetres(inputs.Required("buildingArea"));
            var price = inputs.Required("pricePerSquareMetre").Yuan();
            return catalog => Outcome(new PremisesEvaluator(catalog).ExplainInLieuPayment(place, asOf, area, price));
        }),
        new("staffing.requirement", ["kind", "community"], (inputs, _, asOf) =>
        {
            var kind = Kind(inputs.Required("kind"), StaffingKinds.CommunityWorkers, StaffingKinds.SocialWorkers, StaffingKinds.GridStaff);
            var community = Library<CommunityProfile>(inputs.Required("community"));
            return catalog => Outcome(new StaffingEvaluator(catalog).ExplainRequirement(kind, asOf, community));
        }),
        new("scale.assessment", ["community"], (inputs, _, asOf) =>
        {
            var community = Library<CommunityProfile>(inputs.Required("community"));
            return catalog => Outcome(new ScaleEvaluator(catalog).ExplainAssessment(asOf, community));
        }),
        new("admission.decision", ["request"], (inputs, place, asOf) =>
        {
            var request = Library<WorkRequest>(inputs.Required("request"));
            return catalog => Outcome(new AdmissionEvaluator(catalog).ExplainDecision(place, asOf, request));
        }),
        new("participation.assessment", ["record"], (inputs, _, asOf) =>
        {
            var record = Library<ParticipationRecord>(inputs.Required("record"));
            return catalog => Outcome(new ParticipationEvaluator(catalog).ExplainAssessment(asOf, record));
        }),
        new("statistics.check", ["kind"], (inputs, place, asOf) =>
        {
            var kind = Kind(inputs.Required("kind"), StatisticsKinds.Communities, StatisticsKinds.Workforce, StatisticsKinds.Outcomes);
            return catalog => Outcome(new StatisticsEvaluator(catalog).ExplainCheck(kind, place, asOf));
        }),
        new("workflows.open", ["kind", "caseId", "size"], (inputs, place, asOf) =>
        {
            var kind = Kind(inputs.Required("kind"), WorkflowKinds.GridEvents, WorkflowKinds.ResidentsMatters, WorkflowKinds.Petitions);
            var caseId = inputs.Required("caseId").Text();
            var size = inputs.Required("size").Name<MatterSize>();
            return catalog => Outcome(new WorkflowEvaluator(catalog).ExplainOpen(kind, place, asOf, caseId, size));
        }),
        new("workflows.duties", ["record"], (inputs, _, asOf) =>
        {
            var record = Library<DutyRecord>(inputs.Required("record"));
            return catalog => Outcome(new WorkflowEvaluator(catalog).ExplainAssessment(asOf, record));
        }),
    ];

    private static CaseOutcome Outcome<T>(Explained<T> explained) =>
        new(JsonSerializer.SerializeToElement(explained.Value, (JsonTypeInfo<T>)CommunityDomainJsonContext.Default.GetTypeInfo(typeof(T))!), explained.Explanation);

    private static T Library<T>(DocumentNode node)
    {
        var info = (JsonTypeInfo<T>)CommunityDomainJsonContext.Default.GetTypeInfo(typeof(T))!;
        try
        {
            return JsonSerializer.Deserialize(node.Element, info) ?? throw new DocumentNodeException(node.Path, $"is null; expected a {typeof(T).Name}.");
        }
        catch (JsonException refused)
        {
            var inner = refused.Path is { Length: > 1 } path ? node.Path + path[1..] : node.Path;
            throw new DocumentNodeException(inner, refused.InnerException is ArgumentException argument ? DocumentNode.Reason(argument) : refused.Message);
        }
        catch (ArgumentException refused)
        {
            throw new DocumentNodeException(node.Path, DocumentNode.Reason(refused));
        }
    }

    private static PolicyKind<TPolicy> Kind<TPolicy>(DocumentNode node, params PolicyKind<TPolicy>[] kinds)
        where TPolicy : class
    {
        var name = node.Text();
        return Array.Find(kinds, k => k.Name == name)
            ?? throw new DocumentNodeException(node.Path, $"is \"{name}\"; expected one of {string.Join(", ", kinds.Select(k => k.Name))}.");
    }

    private static Population Population(DocumentNode node) => node.Made(n => Primitives.Population.Of(n.Int32()));

    private static HouseholdCount Households(DocumentNode node) => node.Made(n => HouseholdCount.Of(n.Int32()));

    private static Area SquareMetres(DocumentNode node) => node.Made(n => Area.FromSquareMetres(n.Number()));

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
