using System.Collections.Immutable;
using Community.Domain.Jurisdictions;
using Community.Domain.Sources;

namespace Community.Domain.Policies;

/// <summary>One version of a policy of type <typeparamref name="TPolicy"/>.</summary>
/// <typeparam name="TPolicy">The policy type.</typeparam>
public sealed class PolicyVersion<TPolicy> : PolicyVersion
    where TPolicy : class
{
    internal PolicyVersion(PolicyKind<TPolicy> kind, JurisdictionCode jurisdiction, EffectivePeriod period, TPolicy policy, RuleId ruleId, ImmutableArray<Citation> citations)
        : base(kind, jurisdiction, period, ruleId, citations)
    {
        Policy = policy;
    }

    /// <summary>Gets the kind of policy.</summary>
    public new PolicyKind<TPolicy> Kind => (PolicyKind<TPolicy>)base.Kind;

    /// <summary>Gets what the version says.</summary>
    public TPolicy Policy { get; }
}
