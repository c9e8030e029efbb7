using System.Collections.Immutable;
using Community.Domain.Primitives;

namespace Community.Domain.Budgets;

/// <summary>Two budgets compared item by item: what a reform costs.</summary>
public sealed class BudgetComparison
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal BudgetComparison(ImmutableArray<BudgetChange> changes, Budget before, Budget after)
    {
        Changes = changes;
        Before = before;
        After = after;
    }

    /// <summary>Gets every item of either budget, with its change.</summary>
    public ImmutableArray<BudgetChange> Changes { get; }

    /// <summary>Gets the budget before.</summary>
    public Budget Before { get; }

    /// <summary>Gets the budget after.</summary>
    public Budget After { get; }

    /// <summary>Gets the change of the total (or of the least of it, where a range is given).</summary>
    public Money MinimumDifference => After.Minimum - Before.Minimum;

    /// <summary>Gets the change of the most of the total.</summary>
    public Money MaximumDifference => After.Maximum - Before.Maximum;

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is BudgetComparison other && Equality.Same(Changes, other.Changes) && Equals(Before, other.Before) && Equals(After, other.After);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.Hash(Changes), Before, After);

    /// <summary>Formats the comparison.</summary>
    /// <returns>The totals and the difference.</returns>
    public override string ToString() => $"{Before.Minimum} → {After.Minimum} a year ({(MinimumDifference.IsNegative ? string.Empty : "+")}{MinimumDifference})";
}
