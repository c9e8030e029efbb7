using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using Community.Domain.Sources;

namespace Community.Domain.Policies;

/// <summary>One version of a policy: what it says, where, from when to when, which rule it encodes and where that rule comes from.</summary>
/// <remarks>Create versions with <see cref="Create{TPolicy}"/>; a catalog checks that versions of one kind at one jurisdiction do not overlap in time.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(PolicyVersionJsonConverter))]
public abstract class PolicyVersion
{
    private protected PolicyVersion(PolicyKind kind, JurisdictionCode jurisdiction, EffectivePeriod period, RuleId ruleId, ImmutableArray<Citation> citations, PolicyStatus status, ImmutableArray<SourceNote> notes)
    {
        Kind = kind;
        Jurisdiction = jurisdiction;
        Period = period;
        RuleId = ruleId;
        Citations = citations;
        Status = status;
        Notes = notes;
    }

    /// <summary>Gets the kind of policy.</summary>
    public PolicyKind Kind { get; }

    /// <summary>Gets the jurisdiction that defines this version; descendants without their own version inherit it.</summary>
    public JurisdictionCode Jurisdiction { get; }

    /// <summary>Gets when the version is in force.</summary>
    public EffectivePeriod Period { get; }

    /// <summary>Gets the id of the rule the version encodes.</summary>
    public RuleId RuleId { get; }

    /// <summary>Gets the sources of the rule; every built-in version has at least one.</summary>
    public ImmutableArray<Citation> Citations { get; }

    /// <summary>Gets whether the version is a rule in force or a proposal; explanations say which.</summary>
    public PolicyStatus Status { get; }

    /// <summary>Gets notes on how the rule stands in its sources, such as two sources that give it differently; explanations repeat them.</summary>
    public ImmutableArray<SourceNote> Notes { get; }

    /// <summary>Creates a policy version.</summary>
    /// <typeparam name="TPolicy">The policy type.</typeparam>
    /// <param name="kind">The kind of policy.</param>
    /// <param name="jurisdiction">The defining jurisdiction.</param>
    /// <param name="period">When the version is in force.</param>
    /// <param name="policy">What the version says.</param>
    /// <param name="ruleId">The rule it encodes; not the default, empty id.</param>
    /// <param name="citations">The rule's sources, if any.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/>, <paramref name="policy"/> or a citation is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="jurisdiction"/> or <paramref name="ruleId"/> is the default value.</exception>
    public static PolicyVersion<TPolicy> Create<TPolicy>(
        PolicyKind<TPolicy> kind,
        JurisdictionCode jurisdiction,
        EffectivePeriod period,
        TPolicy policy,
        RuleId ruleId,
        params IEnumerable<Citation> citations)
        where TPolicy : class
    {
        Guard.Against.NullArgument(kind);
        Guard.Against.NullArgument(policy);
        Guard.Against.NullArgument(citations);
        if (jurisdiction == default)
        {
            throw new ArgumentException("jurisdiction is the default value 0; expected a division code.", nameof(jurisdiction));
        }

        if (ruleId.IsEmpty)
        {
            throw new ArgumentException("ruleId is the default, empty id; expected a rule id such as \"FUN-01\".", nameof(ruleId));
        }

        var sources = citations.ToImmutableArray();
        for (var i = 0; i < sources.Length; i++)
        {
            if (sources[i] is null)
            {
                throw GuardExtensions.Null(string.Create(CultureInfo.InvariantCulture, $"citations[{i}]"));
            }
        }

        return new PolicyVersion<TPolicy>(kind, jurisdiction, period, policy, ruleId, sources, PolicyStatus.InForce, []);
    }

    /// <summary>Formats the version, for diagnostics.</summary>
    /// <returns>A text such as <c>funding.office-funds at 350000 [not stated, open) (FUN-01)</c>.</returns>
    public override string ToString() => Status == PolicyStatus.Proposed
        ? $"{Kind} at {Jurisdiction} {Period} ({RuleId}, proposed)"
        : $"{Kind} at {Jurisdiction} {Period} ({RuleId})";
}
