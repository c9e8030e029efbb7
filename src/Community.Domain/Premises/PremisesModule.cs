using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using Community.Domain.Documents;
using Community.Domain.Modules;
using Community.Domain.Policies;

namespace Community.Domain.Premises;

/// <summary>The premises module: its policy kinds and their codecs, built-in versions, golden-case evaluations, JSON metadata and evaluator, registered through the one module contract.</summary>
/// <remarks>Registered in the library's <c>BuiltInModules</c>; like a user's module, it adds itself through <see cref="ModuleRegistration"/> alone.</remarks>
public sealed class PremisesModule : DomainModule
{
    private static readonly PolicyKind<PremisesStandard>[] Standards = [PremisesKinds.Standard, PremisesKinds.NewCentreStandard];

    private static readonly PremisesJsonContext Json = PremisesJsonContext.Default;

    /// <summary>Initializes a new instance of the <see cref="PremisesModule"/> class.</summary>
    public PremisesModule()
        : base("premises")
    {
    }

    /// <inheritdoc />
    protected internal override void Register(ModuleRegistration registration)
    {
        Guard.Against.NullArgument(registration);
        registration.AddKind(new PremisesStandardCodec(PremisesKinds.Standard));
        registration.AddKind(new PremisesStandardCodec(PremisesKinds.NewCentreStandard));
        registration.AddKind(new ReservationPolicyCodec());
        registration.AddKind(new BuildingFeePolicyCodec());
        registration.AddKind(new InLieuPaymentPolicyCodec());
        registration.AddJurisdictions(KnownJurisdictions.All).AddBuiltIns(PremisesPolicies.BuiltInVersions());
        registration.AddJsonMetadata(Json);
        registration.AddService(static catalog => new PremisesEvaluator(catalog));
        registration.AddCaseEvaluation(CaseEvaluation.Create("premises.assessment", DocumentSchema.Object("Premises assessed against a standard.", DocumentMember.Required("kind", DocumentSchema.Kind("The standard.", Standards)), DocumentMember.Required("premises", DocumentSchema.Value("The premises, as the library writes a PremisesDescription."))), Json.PremisesAssessment, static (inputs, place, asOf) =>
        {
            var kind = inputs.Required("kind").Kind(Standards);
            var premises = inputs.Required("premises").Value(Json.PremisesDescription);
            return catalog => new PremisesEvaluator(catalog).ExplainAssessment(kind, place, asOf, premises);
        }));
        registration.AddCaseEvaluation(CaseEvaluation.Create("premises.reservation", DocumentSchema.Object("The premises a development must reserve.", DocumentMember.Required("developmentFloorArea", DocumentSchema.Number("The development's floor area, in square metres.", minimum: 0)), DocumentMember.Required("households", DocumentSchema.Integer("The development's households.", minimum: 0))), Json.ReservationRequirement, static (inputs, place, asOf) =>
        {
            var area = inputs.Required("developmentFloorArea").SquareMetres();
            var households = inputs.Required("households").Households();
            return catalog => new PremisesEvaluator(catalog).ExplainReservation(place, asOf, area, households);
        }));
        registration.AddCaseEvaluation(CaseEvaluation.Create("premises.building-cost", DocumentSchema.Object("What building premises costs after the grant and the fees waived.", DocumentMember.Required("floorArea", DocumentSchema.Number("The premises' floor area, in square metres.", minimum: 0)), DocumentMember.Optional("waivedFees", DocumentSchema.Array("The names of the fees waived; every fee of the policy if left out.", DocumentSchema.Text("A fee's name, as the policy names it.")))), Json.BuildingCost, static (inputs, place, asOf) =>
        {
            var area = inputs.Required("floorArea").SquareMetres();
            var waived = inputs.Optional("waivedFees")?.Items().Select(fee => fee.Text()).ToList();
            return catalog => new PremisesEvaluator(catalog).ExplainBuildingCost(place, asOf, area, waived);
        }));
        registration.AddCaseEvaluation(CaseEvaluation.Create("premises.in-lieu-payment", DocumentSchema.Object("The payment in lieu of premises for a building.", DocumentMember.Required("buildingArea", DocumentSchema.Number("The building's floor area, in square metres.", minimum: 0)), DocumentMember.Required("pricePerSquareMetre", DocumentSchema.Number("The price per square metre, in yuan.", minimum: 0))), Json.InLieuPayment, static (inputs, place, asOf) =>
        {
            var area = inputs.Required("buildingArea").SquareMetres();
            var price = inputs.Required("pricePerSquareMetre").Yuan();
            return catalog => new PremisesEvaluator(catalog).ExplainInLieuPayment(place, asOf, area, price);
        }));
    }
}
