using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using Community.Domain.Modules;

namespace Community.Domain.Premises;

/// <summary>The premises module: its policy kinds and their codecs, built-in versions, golden-case evaluations, JSON metadata and evaluator, registered through the one module contract.</summary>
/// <remarks>Registered in the library's <c>BuiltInModules</c>; like a user's module, it adds itself through <see cref="ModuleRegistration"/> alone.</remarks>
public sealed class PremisesModule : DomainModule
{
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
        registration.AddCaseEvaluation(CaseEvaluation.Create("premises.assessment", ["kind", "premises"], Json.PremisesAssessment, static (inputs, place, asOf) =>
        {
            var kind = inputs.Required("kind").Kind(PremisesKinds.Standard, PremisesKinds.NewCentreStandard);
            var premises = inputs.Required("premises").Value(Json.PremisesDescription);
            return catalog => new PremisesEvaluator(catalog).ExplainAssessment(kind, place, asOf, premises);
        }));
        registration.AddCaseEvaluation(CaseEvaluation.Create("premises.reservation", ["developmentFloorArea", "households"], Json.ReservationRequirement, static (inputs, place, asOf) =>
        {
            var area = inputs.Required("developmentFloorArea").SquareMetres();
            var households = inputs.Required("households").Households();
            return catalog => new PremisesEvaluator(catalog).ExplainReservation(place, asOf, area, households);
        }));
        registration.AddCaseEvaluation(CaseEvaluation.Create("premises.building-cost", ["floorArea", "waivedFees"], Json.BuildingCost, static (inputs, place, asOf) =>
        {
            var area = inputs.Required("floorArea").SquareMetres();
            var waived = inputs.Optional("waivedFees")?.Items().Select(fee => fee.Text()).ToList();
            return catalog => new PremisesEvaluator(catalog).ExplainBuildingCost(place, asOf, area, waived);
        }));
        registration.AddCaseEvaluation(CaseEvaluation.Create("premises.in-lieu-payment", ["buildingArea", "pricePerSquareMetre"], Json.InLieuPayment, static (inputs, place, asOf) =>
        {
            var area = inputs.Required("buildingArea").SquareMetres();
            var price = inputs.Required("pricePerSquareMetre").Yuan();
            return catalog => new PremisesEvaluator(catalog).ExplainInLieuPayment(place, asOf, area, price);
        }));
    }
}
