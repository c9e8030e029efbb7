using Community.Domain.Policies;

namespace Community.Domain.Premises;

/// <summary>The kinds of premises and land policy.</summary>
public static class PremisesKinds
{
    /// <summary>Gets the standard for a community's premises (FAC-01, FAC-02).</summary>
    public static PolicyKind<PremisesStandard> Standard { get; } = Create<PremisesStandard>("premises.standard");

    /// <summary>Gets the standard for a newly built community centre (FAC-06).</summary>
    public static PolicyKind<PremisesStandard> NewCentreStandard { get; } = Create<PremisesStandard>("premises.new-centre-standard");

    /// <summary>Gets a developer's required reservation of community service premises (FAC-03, FAC-04).</summary>
    public static PolicyKind<ReservationPolicy> DeveloperReservation { get; } = Create<ReservationPolicy>("premises.developer-reservation");

    /// <summary>Gets the fees on building a community office and the grant it receives (FAC-05).</summary>
    public static PolicyKind<BuildingFeePolicy> BuildingFees { get; } = Create<BuildingFeePolicy>("premises.building-fees");

    private static PolicyKind<TPolicy> Create<TPolicy>(string name)
        where TPolicy : class
    {
        var (english, chinese) = PremisesText.KindName(name);
        return new(name, english, chinese);
    }
}
