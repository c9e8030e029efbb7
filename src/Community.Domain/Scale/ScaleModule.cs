using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using Community.Domain.Documents;
using Community.Domain.Modules;

namespace Community.Domain.Scale;

/// <summary>The scale module: its policy kinds and their codecs, built-in versions, golden-case evaluations, JSON metadata and evaluator, registered through the one module contract.</summary>
/// <remarks>Registered in the library's <c>BuiltInModules</c>; like a user's module, it adds itself through <see cref="ModuleRegistration"/> alone.</remarks>
public sealed class ScaleModule : DomainModule
{
    private static readonly ScaleJsonContext Json = ScaleJsonContext.Default;

    /// <summary>Initializes a new instance of the <see cref="ScaleModule"/> class.</summary>
    public ScaleModule()
        : base("scale")
    {
    }

    /// <inheritdoc />
    protected internal override void Register(ModuleRegistration registration)
    {
        Guard.Against.NullArgument(registration);
        registration.AddKind(new CommunityScalePolicyCodec());
        registration.AddJurisdictions(KnownJurisdictions.All).AddBuiltIns(ScalePolicies.BuiltInVersions());
        registration.AddJsonMetadata(Json);
        registration.AddService(static catalog => new ScaleEvaluator(catalog));
        registration.AddCaseEvaluation(CaseEvaluation.Create("scale.assessment", DocumentSchema.Object("A community's size assessed against the scale rule.", DocumentMember.Required("community", DocumentSchema.Value("A community as the library writes it (CommunityProfile): {\"Jurisdiction\":\"429004\",\"Name\":\"…\",\"Kind\":\"PureResidential\",\"Setting\":\"Urban\",\"Population\":4500,\"Households\":1500}."))), Json.ScaleAssessment, static (inputs, _, asOf) =>
        {
            var community = inputs.Required("community").Value(Json.CommunityProfile);
            return catalog => new ScaleEvaluator(catalog).ExplainAssessment(asOf, community);
        }));
    }
}
