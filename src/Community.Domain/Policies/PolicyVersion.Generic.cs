using System.Collections.Immutable;
using Community.Domain.Jurisdictions;
using Community.Domain.Sources;

namespace Community.Domain.Policies;

/// <summary>One version of a policy of type <typeparamref name="TPolicy"/>.</summary>
/// <typeparam name="TPolicy">The policy type.</typeparam>
public sealed class PolicyVersion<TPolicy> : PolicyVersion
    where TPolicy : class
{
    internal PolicyVersion(PolicyKind<TPolicy> kind, JurisdictionCode jurisdiction, EffectivePeriod period, TPolicy policy, RuleId ruleId, ImmutableArray<Citation> citations, PolicyStatus status, ImmutableArray<SourceNote> notes)
        : base(kind, jurisdiction, period, ruleId, citations, status, notes)
    {
        Policy = policy;
    }

    /// <summary>Gets the kind of policy.</summary>
    public new PolicyKind<TPolicy> Kind => (PolicyKind<TPolicy>)base.Kind;

    /// <summary>Gets what the version says.</summary>
    public TPolicy Policy { get; }

    /// <summary>Returns a copy of this version marked as a proposal (建议), not a rule in force.</summary>
    /// <returns>The version, proposed.</returns>
    public PolicyVersion<TPolicy> AsProposed() => new(Kind, Jurisdiction, Period, Policy, RuleId, Citations, PolicyStatus.Proposed, Notes);

    /// <summary>Returns a copy of this version with a note on how its rule stands in its sources.</summary>
    /// <param name="note">The note.</param>
    /// <returns>The version with the note after any it has.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    public PolicyVersion<TPolicy> WithNote(SourceNote note) =>
        new(Kind, Jurisdiction, Period, Policy, RuleId, Citations, Status, Notes.Add(Ardalis.GuardClauses.Guard.Against.NullArgument(note)));
}
