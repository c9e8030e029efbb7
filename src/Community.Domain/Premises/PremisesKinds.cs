using Community.Domain.Policies;

namespace Community.Domain.Premises;

/// <summary>The kinds of premises and land policy.</summary>
public static class PremisesKinds
{
    /// <summary>Gets the standard for a community's premises (FAC-01, FAC-02).</summary>
    public static PolicyKind<PremisesStandard> Standard { get; } = new("premises.standard", "premises standard", "社区办公用房标准");

    /// <summary>Gets the standard for a newly built community centre (FAC-06).</summary>
    public static PolicyKind<PremisesStandard> NewCentreStandard { get; } = new("premises.new-centre-standard", "new community centre standard", "新建社区服务中心标准");

    /// <summary>Gets a developer's required reservation of community service premises (FAC-03, FAC-04).</summary>
    public static PolicyKind<ReservationPolicy> DeveloperReservation { get; } = new("premises.developer-reservation", "developer's premises reservation", "开发项目社区服务用房配建标准");

    /// <summary>Gets the fees on building a community office and the grant it receives (FAC-05).</summary>
    public static PolicyKind<BuildingFeePolicy> BuildingFees { get; } = new("premises.building-fees", "building fees and grant", "社区办公用房建设规费与补助");
}
