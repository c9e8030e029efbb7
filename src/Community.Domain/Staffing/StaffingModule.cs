using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using Community.Domain.Documents;
using Community.Domain.Modules;
using Community.Domain.Policies;

namespace Community.Domain.Staffing;

/// <summary>The staffing module: its policy kinds and their codecs, built-in versions, golden-case evaluations, JSON metadata and evaluator, registered through the one module contract.</summary>
/// <remarks>Registered in the library's <c>BuiltInModules</c>; like a user's module, it adds itself through <see cref="ModuleRegistration"/> alone.</remarks>
public sealed class StaffingModule : DomainModule
{
    private static readonly PolicyKind<StaffingPolicy>[] Kinds = [StaffingKinds.CommunityWorkers, StaffingKinds.SocialWorkers, StaffingKinds.GridStaff];

    private static readonly StaffingJsonContext Json = StaffingJsonContext.Default;

    /// <summary>Initializes a new instance of the <see cref="StaffingModule"/> class.</summary>
    public StaffingModule()
        : base("staffing")
    {
    }

    /// <inheritdoc />
    protected internal override void Register(ModuleRegistration registration)
    {
        Guard.Against.NullArgument(registration);
        registration.AddKind(new StaffingPolicyCodec(StaffingKinds.CommunityWorkers));
        registration.AddKind(new StaffingPolicyCodec(StaffingKinds.SocialWorkers));
        registration.AddKind(new StaffingPolicyCodec(StaffingKinds.GridStaff));
        registration.AddJurisdictions(KnownJurisdictions.All).AddBuiltIns(StaffingPolicies.BuiltInVersions());
        registration.AddJsonMetadata(Json);
        registration.AddService(static catalog => new StaffingEvaluator(catalog));
        registration.AddCaseEvaluation(CaseEvaluation.Create("staffing.requirement", DocumentSchema.Object("The workers of one kind a community needs.", DocumentMember.Required("kind", DocumentSchema.Kind("The kind of workers.", Kinds)), DocumentMember.Required("community", DocumentSchema.Value("A community as the library writes it (CommunityProfile): {\"Jurisdiction\":\"429004\",\"Name\":\"…\",\"Kind\":\"PureResidential\",\"Setting\":\"Urban\",\"Population\":4500,\"Households\":1500}."))), Json.StaffingRequirement, static (inputs, _, asOf) =>
        {
            var kind = inputs.Required("kind").Kind(Kinds);
            var community = inputs.Required("community").Value(Json.CommunityProfile);
            return catalog => new StaffingEvaluator(catalog).ExplainRequirement(kind, asOf, community);
        }));
    }
}
