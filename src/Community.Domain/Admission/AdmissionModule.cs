using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using Community.Domain.Documents;
using Community.Domain.Modules;

namespace Community.Domain.Admission;

/// <summary>The admission module: its policy kinds and their codecs, built-in versions, golden-case evaluations, JSON metadata and evaluator, registered through the one module contract.</summary>
/// <remarks>Registered in the library's <c>BuiltInModules</c>; like a user's module, it adds itself through <see cref="ModuleRegistration"/> alone.</remarks>
public sealed class AdmissionModule : DomainModule
{
    private static readonly AdmissionJsonContext Json = AdmissionJsonContext.Default;

    /// <summary>Initializes a new instance of the <see cref="AdmissionModule"/> class.</summary>
    public AdmissionModule()
        : base("admission")
    {
    }

    /// <inheritdoc />
    protected internal override void Register(ModuleRegistration registration)
    {
        Guard.Against.NullArgument(registration);
        registration.AddKind(new AdmissionPolicyCodec());
        registration.AddKind(new AdmissionListCodec());
        registration.AddJurisdictions(KnownJurisdictions.All).AddBuiltIns(AdmissionPolicies.BuiltInVersions());
        registration.AddJsonMetadata(Json);
        registration.AddService(static catalog => new AdmissionEvaluator(catalog));
        registration.AddCaseEvaluation(CaseEvaluation.Create("admission.decision", DocumentSchema.Object("Whether a department's work may enter a community.", DocumentMember.Required("request", DocumentSchema.Value("The request, as the library writes a WorkRequest."))), Json.AdmissionDecision, static (inputs, place, asOf) =>
        {
            var request = inputs.Required("request").Value(Json.WorkRequest);
            return catalog => new AdmissionEvaluator(catalog).ExplainDecision(place, asOf, request);
        }));
    }
}
