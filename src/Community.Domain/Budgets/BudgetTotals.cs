using System.Collections.Immutable;
using System.Globalization;
using Community.Domain.Primitives;

namespace Community.Domain.Budgets;

/// <summary>
/// A budget in totals only (<see cref="BudgetCalculator.Totals"/>): the sums by item and by payer of a
/// district's or the country's communities, without a line per community. The sums are those a
/// <see cref="Budget"/> of the same communities gives, in the same order.
/// </summary>
public sealed class BudgetTotals
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal BudgetTotals(int communities, int incomplete, ImmutableArray<BudgetLine> totals, ImmutableArray<PayerAmount> byPayer, Money minimum, Money maximum)
    {
        Communities = communities;
        Incomplete = incomplete;
        Totals = totals;
        ByPayer = byPayer;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets how many communities were costed.</summary>
    public int Communities { get; }

    /// <summary>Gets how many communities have a post with no pay in force or a fund that could not be costed (their other lines are in the totals); a budget with lines per community says which.</summary>
    public int Incomplete { get; }

    /// <summary>Gets a value indicating whether every post was paid and every fund costed.</summary>
    public bool IsComplete => Incomplete == 0;

    /// <summary>Gets the totals by item (a post's pay, a fund), in the order items were first met.</summary>
    public ImmutableArray<BudgetLine> Totals { get; }

    /// <summary>Gets the totals by payer, each line split as its cost share splits it; what no share assigns is under <see cref="Payer.Unassigned"/>.</summary>
    public ImmutableArray<PayerAmount> ByPayer { get; }

    /// <summary>Gets the least total.</summary>
    public Money Minimum { get; }

    /// <summary>Gets the most total.</summary>
    public Money Maximum { get; }

    /// <summary>Tells whether two totals give the same sums for the same number of communities.</summary>
    /// <param name="obj">The other value.</param>
    /// <returns><see langword="true"/> when every figure is the same.</returns>
    public override bool Equals(object? obj) =>
        obj is BudgetTotals other && Communities == other.Communities && Incomplete == other.Incomplete && Minimum == other.Minimum && Maximum == other.Maximum
        && Equality.Same(Totals, other.Totals) && Equality.Same(ByPayer, other.ByPayer);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Communities, Incomplete, Minimum, Maximum, Equality.Hash(Totals), Equality.Hash(ByPayer));

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Communities} communities: {(Minimum == Maximum ? Minimum.ToString() : $"{Minimum} to {Maximum}")}{(IsComplete ? string.Empty : $" ({Incomplete} incomplete)")}");
}
