using System.Collections.Immutable;
using Community.Domain.Primitives;

namespace Community.Domain.Budgets;

/// <summary>The annual cost of one item: a single amount, or the range a source gives.</summary>
public readonly record struct BudgetLine : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    /// <summary>Initializes a new instance of the <see cref="BudgetLine"/> struct.</summary>
    /// <param name="item">The item.</param>
    /// <param name="minimum">The annual cost, or the least of the range.</param>
    /// <param name="maximum">The same as <paramref name="minimum"/>, or the most of the range; not below it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is below <paramref name="minimum"/>.</exception>
    public BudgetLine(BudgetItem item, Money minimum, Money maximum)
        : this(item, minimum, maximum, null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BudgetLine"/> struct, with the payers' shares of its cost.</summary>
    /// <param name="item">The item.</param>
    /// <param name="minimum">The annual cost, or the least of the range.</param>
    /// <param name="maximum">The same as <paramref name="minimum"/>, or the most of the range; not below it.</param>
    /// <param name="share">How the payers share the cost, or null when unassigned.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is below <paramref name="minimum"/>.</exception>
    [System.Text.Json.Serialization.JsonConstructor]
    public BudgetLine(BudgetItem item, Money minimum, Money maximum, CostShare? share)
    {
        _made = true;
        Share = share;
        Item = Ardalis.GuardClauses.Guard.Against.DefaultValue(item, "BudgetItem.Pay or BudgetItem.Funds");
        Minimum = minimum;
        Maximum = maximum < minimum ? throw GuardExtensions.OutOfRange(nameof(maximum), maximum, $"must be at least minimum, {minimum}") : maximum;
    }

    /// <summary>Gets the item.</summary>
    public BudgetItem Item { get => _made ? field : throw GuardExtensions.DefaultInstance<BudgetLine>("its constructor or a budget"); }

    /// <summary>Gets the annual cost, or the least of the range.</summary>
    public Money Minimum { get => _made ? field : throw GuardExtensions.DefaultInstance<BudgetLine>("its constructor or a budget"); }

    /// <summary>Gets the most of the range, or the cost.</summary>
    public Money Maximum { get => _made ? field : throw GuardExtensions.DefaultInstance<BudgetLine>("its constructor or a budget"); }

    /// <summary>Gets how the payers share the cost, or <see langword="null"/> when the policy does not say (the cost is then reported under <see cref="Payer.Unassigned"/>).</summary>
    public CostShare? Share { get => _made ? field : throw GuardExtensions.DefaultInstance<BudgetLine>("its constructor or a budget"); }

    /// <summary>Gets each payer's part of the cost: the least and the most.</summary>
    /// <returns>Each payer's part, in the share's order; the whole under <see cref="Payer.Unassigned"/> when the line has no share.</returns>
    public ImmutableArray<PayerAmount> ByPayer()
    {
        if (Share is not { } share)
        {
            return [new PayerAmount(Payer.Unassigned, Minimum, Maximum)];
        }

        var least = share.Split(Minimum);
        var most = share.Split(Maximum);
        var parts = ImmutableArray.CreateBuilder<PayerAmount>(least.Length);
        for (var i = 0; i < least.Length; i++)
        {
            parts.Add(new PayerAmount(least[i].Payer, least[i].Amount, most[i].Amount));
        }

        return parts.MoveToImmutable();
    }

    /// <summary>Gets a value indicating whether the cost is a range.</summary>
    public bool IsRange => Minimum != Maximum;

    /// <summary>Formats the line.</summary>
    /// <returns>A text such as <c>office funds: 10000.00 CNY</c>.</returns>
    public override string ToString() => !_made ? "default BudgetLine" : IsRange ? $"{Item.English}: {Minimum} to {Maximum}" : $"{Item.English}: {Minimum}";
}
