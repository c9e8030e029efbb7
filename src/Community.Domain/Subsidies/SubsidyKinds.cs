using Community.Domain.Policies;

namespace Community.Domain.Subsidies;

/// <summary>The kinds of subsidy policy: the floors a post must be paid at least, and the pay actually set.</summary>
public static class SubsidyKinds
{
    /// <summary>Gets the living subsidy floors (SUB-01, SUB-06).</summary>
    public static PolicyKind<SubsidyPolicy> Floor { get; } = Create<SubsidyPolicy>("subsidies.floor");

    /// <summary>Gets the pay schedules actually in force (SUB-02 to SUB-05).</summary>
    public static PolicyKind<SubsidyPolicy> Pay { get; } = Create<SubsidyPolicy>("subsidies.pay");

    private static PolicyKind<TPolicy> Create<TPolicy>(string name)
        where TPolicy : class
    {
        var (english, chinese) = SubsidyText.KindName(name);
        return new(name, english, chinese);
    }
}
