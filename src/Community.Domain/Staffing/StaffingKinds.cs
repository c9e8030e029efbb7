using Community.Domain.Policies;

namespace Community.Domain.Staffing;

/// <summary>The kinds of staffing policy the library names; a user may define further kinds with <see cref="PolicyKind{TPolicy}"/>.</summary>
public static class StaffingKinds
{
    /// <summary>Gets the policy on community workers (社区工作者) in total.</summary>
    public static PolicyKind<StaffingPolicy> CommunityWorkers { get; } = PolicyKind<StaffingPolicy>.Named("staffing.community-workers", StaffingText.KindName);

    /// <summary>Gets the policy on full-time social workers (专职社工).</summary>
    public static PolicyKind<StaffingPolicy> SocialWorkers { get; } = PolicyKind<StaffingPolicy>.Named("staffing.social-workers", StaffingText.KindName);

    /// <summary>Gets the policy on full-time grid staff (专职网格员).</summary>
    public static PolicyKind<StaffingPolicy> GridStaff { get; } = PolicyKind<StaffingPolicy>.Named("staffing.grid-staff", StaffingText.KindName);
}
