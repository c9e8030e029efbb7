using System.Collections.Immutable;
using Community.Domain.Assessments;
using Community.Domain.Primitives;

namespace Community.Domain.Subsidies;

/// <summary>What one person is entitled to under a pay or allowance line: its amount, and whether they meet its eligibility conditions.</summary>
public sealed class SubsidyEntitlement
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal SubsidyEntitlement(SubsidyAmount amount, ImmutableArray<Finding> unmet)
    {
        Amount = amount;
        Unmet = unmet;
    }

    /// <summary>Gets the line's amount for the post, whether or not the person is eligible.</summary>
    public SubsidyAmount Amount { get; }

    /// <summary>Gets the conditions the person does not meet, each as an error finding citing the rule; empty when eligible.</summary>
    public ImmutableArray<Finding> Unmet { get; }

    /// <summary>Gets a value indicating whether the person meets every condition of the line.</summary>
    public bool IsEligible => Unmet.IsEmpty;

    /// <summary>Gets what the person receives per month: the amount when eligible, zero otherwise.</summary>
    public Money Monthly => IsEligible ? Amount.Monthly : Money.Zero;

    /// <summary>Gets what the person receives per year: the amount when eligible, zero otherwise.</summary>
    public Money Annual => IsEligible ? Amount.Annual : Money.Zero;

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is SubsidyEntitlement other && Equals(Amount, other.Amount) && Equality.Same(Unmet, other.Unmet);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, Equality.Hash(Unmet));

    /// <summary>Formats the entitlement, for diagnostics.</summary>
    /// <returns>A text such as <c>eligible: GridWorker: 400.00 CNY a month (SUB-06 amount)</c>.</returns>
    public override string ToString() => (IsEligible ? "eligible: " : $"not eligible ({Unmet.Length} condition(s) unmet): ") + Amount;
}
