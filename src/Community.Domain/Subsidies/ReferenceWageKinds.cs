using Community.Domain.Policies;

namespace Community.Domain.Subsidies;

/// <summary>The kinds of reference wage that subsidy floors are multiples of.</summary>
public static class ReferenceWageKinds
{
    /// <summary>Gets the local minimum wage (最低工资标准), which SUB-01's floors are multiples of.</summary>
    public static PolicyKind<ReferenceWage> MinimumWage { get; } = PolicyKind<ReferenceWage>.Named("wages.minimum", SubsidyText.KindName);

    /// <summary>Gets the local average social wage (社会平均工资), which SUB-06's floor is tied to.</summary>
    public static PolicyKind<ReferenceWage> AverageSocialWage { get; } = PolicyKind<ReferenceWage>.Named("wages.average-social", SubsidyText.KindName);
}
