using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using Community.Domain.Documents;
using Community.Domain.Modules;

namespace Community.Domain.Participation;

/// <summary>The participation module: its policy kinds and their codecs, built-in versions, golden-case evaluations, JSON metadata and evaluator, registered through the one module contract.</summary>
/// <remarks>Registered in the library's <c>BuiltInModules</c>; like a user's module, it adds itself through <see cref="ModuleRegistration"/> alone.</remarks>
public sealed class ParticipationModule : DomainModule
{
    private static readonly ParticipationJsonContext Json = ParticipationJsonContext.Default;

    /// <summary>Initializes a new instance of the <see cref="ParticipationModule"/> class.</summary>
    public ParticipationModule()
        : base("participation")
    {
    }

    /// <inheritdoc />
    protected internal override void Register(ModuleRegistration registration)
    {
        Guard.Against.NullArgument(registration);
        registration.AddKind(new OrganisationTargetCodec(ParticipationKinds.VolunteerOrganisations));
        registration.AddKind(new VolunteerTargetCodec());
        registration.AddKind(new OrganisationTargetCodec(ParticipationKinds.Societies));
        registration.AddKind(new ActivityTargetCodec());
        registration.AddJurisdictions(KnownJurisdictions.All).AddBuiltIns(ParticipationPolicies.BuiltInVersions());
        registration.AddJsonMetadata(Json);
        registration.AddService(static catalog => new ParticipationEvaluator(catalog));
        registration.AddCaseEvaluation(CaseEvaluation.Create("participation.assessment", DocumentSchema.Object("A community's participation assessed against the targets.", DocumentMember.Required("record", DocumentSchema.Value("What the community has, as the library writes a ParticipationRecord."))), Json.ParticipationAssessment, static (inputs, _, asOf) =>
        {
            var record = inputs.Required("record").Value(Json.ParticipationRecord);
            return catalog => new ParticipationEvaluator(catalog).ExplainAssessment(asOf, record);
        }));
    }
}
