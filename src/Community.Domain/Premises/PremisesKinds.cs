using Community.Domain.Policies;

namespace Community.Domain.Premises;

/// <summary>The kinds of premises and land policy.</summary>
public static class PremisesKinds
{
    /// <summary>Gets the standard for a community's premises (FAC-01, FAC-02).</summary>
    public static PolicyKind<PremisesStandard> Standard { get; } = PolicyKind<PremisesStandard>.Named("premises.standard", PremisesText.KindName);

    /// <summary>Gets the standard for a newly built community centre (FAC-06).</summary>
    public static PolicyKind<PremisesStandard> NewCentreStandard { get; } = PolicyKind<PremisesStandard>.Named("premises.new-centre-standard", PremisesText.KindName);

    /// <summary>Gets a developer's required reservation of community service premises (FAC-03, FAC-04).</summary>
    public static PolicyKind<ReservationPolicy> DeveloperReservation { get; } = PolicyKind<ReservationPolicy>.Named("premises.developer-reservation", PremisesText.KindName);

    /// <summary>Gets the fees on building a community office and the grant it receives (FAC-05).</summary>
    public static PolicyKind<BuildingFeePolicy> BuildingFees { get; } = PolicyKind<BuildingFeePolicy>.Named("premises.building-fees", PremisesText.KindName);

    /// <summary>Gets a developer's payment in lieu of community premises, as a share of the building area converted to money (FAC-06).</summary>
    public static PolicyKind<InLieuPaymentPolicy> InLieuPayment { get; } = PolicyKind<InLieuPaymentPolicy>.Named("premises.in-lieu-payment", PremisesText.KindName);
}
