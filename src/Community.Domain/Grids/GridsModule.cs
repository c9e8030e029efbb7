using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using Community.Domain.Modules;

namespace Community.Domain.Grids;

/// <summary>The grids module: its policy kinds and their codecs, built-in versions, golden-case evaluations, JSON metadata and evaluator, registered through the one module contract.</summary>
/// <remarks>Registered in the library's <c>BuiltInModules</c>; like a user's module, it adds itself through <see cref="ModuleRegistration"/> alone.</remarks>
public sealed class GridsModule : DomainModule
{
    private static readonly GridsJsonContext Json = GridsJsonContext.Default;

    /// <summary>Initializes a new instance of the <see cref="GridsModule"/> class.</summary>
    public GridsModule()
        : base("grids")
    {
    }

    /// <inheritdoc />
    protected internal override void Register(ModuleRegistration registration)
    {
        Guard.Against.NullArgument(registration);
        registration.AddKind(new GridPolicyCodec());
        registration.AddKind(new CoverageTargetCodec());
        registration.AddJurisdictions(KnownJurisdictions.All).AddBuiltIns(GridPolicies.BuiltInVersions());
        registration.AddJsonMetadata(Json);
        registration.AddService(static catalog => new GridEvaluator(catalog));
        registration.AddCaseEvaluation(CaseEvaluation.Create("grids.plan", ["households"], Json.GridPlan, static (inputs, place, asOf) =>
        {
            var households = inputs.Required("households").Households();
            return catalog => new GridEvaluator(catalog).ExplainPlan(place, asOf, households);
        }));
        registration.AddCaseEvaluation(CaseEvaluation.Create("grids.assessment", ["households", "grids", "managers"], Json.GridAssessment, static (inputs, place, asOf) =>
        {
            var households = inputs.Required("households").Households();
            var grids = inputs.Required("grids").Int32();
            var managers = inputs.Optional("managers")?.Int32();
            return catalog => new GridEvaluator(catalog).ExplainAssessment(place, asOf, households, grids, managers);
        }));
        registration.AddCaseEvaluation(CaseEvaluation.Create("grids.coverage", ["coverage"], Json.GridCoverageAssessment, static (inputs, place, asOf) =>
        {
            var coverage = inputs.Required("coverage").Value(Json.GridCoverage);
            return catalog => new GridEvaluator(catalog).ExplainCoverage(place, asOf, coverage);
        }));
    }
}
