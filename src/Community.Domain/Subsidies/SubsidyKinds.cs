using Community.Domain.Policies;

namespace Community.Domain.Subsidies;

/// <summary>The kinds of subsidy policy: the floors a post must be paid at least, and the pay actually set.</summary>
public static class SubsidyKinds
{
    /// <summary>Gets the floors on what a post is paid: Fujian's on the fiscal living subsidy (SUB-01), Hefei's on pay and benefits (SUB-06); each line says which.</summary>
    public static PolicyKind<SubsidyPolicy> Floor { get; } = PolicyKind<SubsidyPolicy>.Named("subsidies.floor", SubsidyText.KindName);

    /// <summary>Gets the pay schedules actually in force (SUB-02 to SUB-05).</summary>
    public static PolicyKind<SubsidyPolicy> Pay { get; } = PolicyKind<SubsidyPolicy>.Named("subsidies.pay", SubsidyText.KindName);
}
