using Ardalis.GuardClauses;
using Community.Domain.Documents;
using Community.Domain.Jurisdictions;
using Community.Domain.Modules;
using Community.Domain.Policies;

namespace Community.Domain.Funding;

/// <summary>The funding module: its policy kinds and their codecs, built-in versions, golden-case evaluations, JSON metadata and evaluator, registered through the one module contract.</summary>
/// <remarks>Registered in the library's <c>BuiltInModules</c>; like a user's module, it adds itself through <see cref="ModuleRegistration"/> alone.</remarks>
public sealed class FundingModule : DomainModule
{
    private static readonly PolicyKind<FundingPolicy>[] Kinds = [FundingKinds.OfficeFunds, FundingKinds.WorkFunds, FundingKinds.StaffFunds, FundingKinds.PartyBranchFunds, FundingKinds.SelfGovernanceFunds];

    private static readonly FundingJsonContext Json = FundingJsonContext.Default;

    /// <summary>Initializes a new instance of the <see cref="FundingModule"/> class.</summary>
    public FundingModule()
        : base("funding")
    {
    }

    /// <inheritdoc />
    protected internal override void Register(ModuleRegistration registration)
    {
        Guard.Against.NullArgument(registration);
        registration.AddKind(new FundingPolicyCodec(FundingKinds.OfficeFunds));
        registration.AddKind(new FundingPolicyCodec(FundingKinds.WorkFunds));
        registration.AddKind(new FundingPolicyCodec(FundingKinds.StaffFunds));
        registration.AddKind(new FundingPolicyCodec(FundingKinds.PartyBranchFunds));
        registration.AddKind(new FundingPolicyCodec(FundingKinds.SelfGovernanceFunds));
        registration.AddJurisdictions(KnownJurisdictions.All).AddBuiltIns(FundingPolicies.BuiltInVersions());
        registration.AddJsonMetadata(Json);
        registration.AddService(static catalog => new FundingEvaluator(catalog));
        registration.AddCaseEvaluation(CaseEvaluation.Create("funding.amount", DocumentSchema.Object(
            "The amount a year of a fund for a community.",
            DocumentMember.Required("kind", DocumentSchema.Kind("The fund.", Kinds)),
            DocumentMember.Optional("population", DocumentSchema.Integer("The residents; or give the community.", minimum: 0)),
            DocumentMember.Optional("households", DocumentSchema.Integer("The households, where the fund counts them; or give the community.", minimum: 0)),
            DocumentMember.Optional("community", DocumentSchema.Value("A community as the library writes it (CommunityProfile): {\"Jurisdiction\":\"429004\",\"Name\":\"…\",\"Kind\":\"PureResidential\",\"Setting\":\"Urban\",\"Population\":4500,\"Households\":1500}.").Describe("The community, which also gives its kind (a fund may exclude it); its population and households unless given.")),
            DocumentMember.Optional("workers", DocumentSchema.Integer("The workers, for a fund per worker.", minimum: 0)),
            DocumentMember.Optional("partyBranches", DocumentSchema.Integer("The Party branches, for a fund per branch.", minimum: 0))), Json.FundingAmount, static (inputs, place, asOf) =>
        {
            var kind = inputs.Required("kind").Kind(Kinds);
            var workers = inputs.Optional("workers")?.Int32();
            var branches = inputs.Optional("partyBranches")?.Int32();
            FundedUnits units;
            if (inputs.Optional("community") is { } given)
            {
                // The community gives its population, households and kind (which a fund may exclude).
                var community = given.Value(Json.CommunityProfile);
                units = inputs.Optional("population") is null && inputs.Optional("households") is null
                    ? inputs.Made(_ => FundedUnits.For(community, workers, branches))
                    : throw new DocumentNodeException(inputs.Path, DocumentProblemKind.NotApplying, "gives \"community\" with \"population\" or \"households\"; expected the community alone, which records them.");
            }
            else
            {
                var population = inputs.Required("population").Population();
                var households = inputs.Optional("households")?.Households();
                units = inputs.Made(_ => FundedUnits.Of(population, households, workers, branches));
            }

            return catalog => new FundingEvaluator(catalog).ExplainAmount(kind, place, asOf, units);
        }));
    }
}
