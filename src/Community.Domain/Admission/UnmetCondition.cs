using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Community.Domain.Explanations;
using Community.Domain.Sources;

namespace Community.Domain.Admission;

/// <summary>One condition a request failed: its code, the rule and sources that set it, and what it requires in English and Chinese.</summary>
/// <remarks>A view over texts the policy made when it was built; reading it allocates nothing.</remarks>
public readonly struct UnmetCondition : IEquatable<UnmetCondition>, Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    private readonly Policies.PolicyVersion<AdmissionPolicy> _version;

    internal UnmetCondition(AdmissionCondition condition, Policies.PolicyVersion<AdmissionPolicy> version)
    {
        _made = true;
        Condition = condition;
        _version = version;
    }

    /// <summary>Gets the condition that failed; its name is the stable code.</summary>
    public AdmissionCondition Condition { get => _made ? field : throw Community.Domain.Shared.GuardExtensions.DefaultInstance<UnmetCondition>("an AdmissionDecision's Unmet conditions"); }

    /// <summary>Gets the rule that sets the condition.</summary>
    /// <exception cref="InvalidOperationException">The condition is the default value, which holds none.</exception>
    public RuleId RuleId => Version.RuleId;

    /// <summary>Gets the rule's sources.</summary>
    /// <exception cref="InvalidOperationException">The condition is the default value, which holds none.</exception>
    public ImmutableArray<Citation> Citations => Version.Citations;

    /// <summary>Gets what the condition requires, in English.</summary>
    /// <exception cref="InvalidOperationException">The condition is the default value, which holds none.</exception>
    public string English => Version.Policy.RequirementOf(Condition).English;

    /// <summary>Gets what the condition requires, in Chinese.</summary>
    /// <exception cref="InvalidOperationException">The condition is the default value, which holds none.</exception>
    public string Chinese => Version.Policy.RequirementOf(Condition).Chinese;

    private Policies.PolicyVersion<AdmissionPolicy> Version => _version ?? throw GuardExtensions.DefaultInstance<UnmetCondition>("AdmissionDecision.UnmetConditions");

    /// <summary>Returns what the condition requires in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The English or Chinese text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is neither English nor Chinese.</exception>
    public string In(ExplanationLanguage language) => Guard.Against.Language(language) == ExplanationLanguage.Chinese ? Chinese : English;

    /// <summary>Compares two unmet conditions.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(UnmetCondition left, UnmetCondition right) => left.Equals(right);

    /// <summary>Compares two unmet conditions.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(UnmetCondition left, UnmetCondition right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(UnmetCondition other) => _made == other._made && (!_made || (Condition == other.Condition && ReferenceEquals(_version, other._version)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is UnmetCondition other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _made ? HashCode.Combine(Condition, _version) : 0;

    /// <summary>Formats the unmet condition.</summary>
    /// <returns>A text such as <c>Approval (ADM-01): The work must be approved by …</c>.</returns>
    public override string ToString() => !_made ? string.Empty : $"{Condition} ({RuleId}): {English}";
}
