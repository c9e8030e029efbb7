using Community.Domain.Primitives;

namespace Community.Domain.Budgets;

/// <summary>The annual cost of one item: a single amount, or the range a source gives.</summary>
public readonly record struct BudgetLine
{
    /// <summary>Initializes a new instance of the <see cref="BudgetLine"/> struct.</summary>
    /// <param name="item">The item.</param>
    /// <param name="minimum">The annual cost, or the least of the range.</param>
    /// <param name="maximum">The same as <paramref name="minimum"/>, or the most of the range; not below it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is below <paramref name="minimum"/>.</exception>
    public BudgetLine(BudgetItem item, Money minimum, Money maximum)
    {
        Item = item;
        Minimum = minimum;
        Maximum = maximum < minimum ? throw GuardExtensions.OutOfRange(nameof(maximum), maximum, $"must be at least minimum, {minimum}") : maximum;
    }

    /// <summary>Gets the item.</summary>
    public BudgetItem Item { get; }

    /// <summary>Gets the annual cost, or the least of the range.</summary>
    public Money Minimum { get; }

    /// <summary>Gets the most of the range, or the cost.</summary>
    public Money Maximum { get; }

    /// <summary>Gets a value indicating whether the cost is a range.</summary>
    public bool IsRange => Minimum != Maximum;

    /// <summary>Formats the line.</summary>
    /// <returns>A text such as <c>office funds: 10000.00 CNY</c>.</returns>
    public override string ToString() => IsRange ? $"{Item.English}: {Minimum} to {Maximum}" : $"{Item.English}: {Minimum}";
}
