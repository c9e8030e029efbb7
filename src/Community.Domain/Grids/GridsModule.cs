using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using Community.Domain.Documents;
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
        registration.AddCaseEvaluation(CaseEvaluation.Create("grids.plan", DocumentSchema.Object("The grids a community needs.", DocumentMember.Required("households", DocumentSchema.Integer("The community's households.", minimum: 0))), Json.GridPlan, static (inputs, place, asOf) =>
        {
            var households = inputs.Required("households").Households();
            return catalog => new GridEvaluator(catalog).ExplainPlan(place, asOf, households);
        }));
        registration.AddCaseEvaluation(CaseEvaluation.Create("grids.assessment", DocumentSchema.Object("A community's grids assessed against the grid rules.", DocumentMember.Required("households", DocumentSchema.Integer("The community's households.", minimum: 0)), DocumentMember.Required("grids", DocumentSchema.Integer("Its grids.", minimum: 0)), DocumentMember.Optional("managers", DocumentSchema.Integer("Its grid managers; not assessed if left out.", minimum: 0))), Json.GridAssessment, static (inputs, place, asOf) =>
        {
            var households = inputs.Required("households").Households();
            var grids = inputs.Required("grids").Int32();
            var managers = inputs.Optional("managers")?.Int32();
            return catalog => new GridEvaluator(catalog).ExplainAssessment(place, asOf, households, grids, managers);
        }));
        registration.AddCaseEvaluation(CaseEvaluation.Create("grids.coverage", DocumentSchema.Object("Grid coverage assessed against the milestones.", DocumentMember.Required("coverage", DocumentSchema.Value("The coverage reached, as the library writes a GridCoverage."))), Json.GridCoverageAssessment, static (inputs, place, asOf) =>
        {
            var coverage = inputs.Required("coverage").Value(Json.GridCoverage);
            return catalog => new GridEvaluator(catalog).ExplainCoverage(place, asOf, coverage);
        }));
    }
}
