using Community.Domain.Primitives;

namespace Community.Domain.Budgets;

/// <summary>One item of two budgets compared: its total before and after, and the difference.</summary>
public readonly record struct BudgetChange : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    [System.Text.Json.Serialization.JsonConstructor]
    internal BudgetChange(BudgetItem item, BudgetLine? before, BudgetLine? after)
    {
        _made = true;
        Item = item;
        Before = before;
        After = after;
    }

    /// <summary>Gets the item.</summary>
    public BudgetItem Item { get => _made ? field : throw GuardExtensions.DefaultInstance<BudgetChange>("a budget comparison"); }

    /// <summary>Gets its total before, or null when the item was not in the budget before.</summary>
    public BudgetLine? Before { get => _made ? field : throw GuardExtensions.DefaultInstance<BudgetChange>("a budget comparison"); }

    /// <summary>Gets its total after, or null when the item is not in the budget after.</summary>
    public BudgetLine? After { get => _made ? field : throw GuardExtensions.DefaultInstance<BudgetChange>("a budget comparison"); }

    /// <summary>Gets the change of the total (or of the least of a range).</summary>
    public Money MinimumDifference => (After?.Minimum ?? Money.Zero) - (Before?.Minimum ?? Money.Zero);

    /// <summary>Gets the change of the most of a range (the same as <see cref="MinimumDifference"/> for single amounts).</summary>
    public Money MaximumDifference => (After?.Maximum ?? Money.Zero) - (Before?.Maximum ?? Money.Zero);

    /// <summary>Formats the change.</summary>
    /// <returns>A text such as <c>pay of director: 378000.00 CNY → 461700.00 CNY (+83700.00 CNY)</c>.</returns>
    public override string ToString() =>
        !_made ? "default BudgetChange" : $"{Item.English}: {Before?.Minimum ?? Money.Zero} → {After?.Minimum ?? Money.Zero} ({(MinimumDifference.IsNegative ? string.Empty : "+")}{MinimumDifference})";
}
