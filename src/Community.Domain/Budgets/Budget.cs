using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Community.Domain.Primitives;

namespace Community.Domain.Budgets;

/// <summary>The annual cost of a set of communities, such as a district: per community, per item, and in all.</summary>
public sealed class Budget
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal Budget(ImmutableArray<CommunityBudget> communities)
    {
        Communities = communities;
        var totals = new Dictionary<BudgetItem, (Money Minimum, Money Maximum)>();
        var order = new List<BudgetItem>();
        foreach (var community in communities)
        {
            foreach (var line in community.Lines)
            {
                if (totals.TryGetValue(line.Item, out var sum))
                {
                    totals[line.Item] = (sum.Minimum + line.Minimum, sum.Maximum + line.Maximum);
                }
                else
                {
                    totals[line.Item] = (line.Minimum, line.Maximum);
                    order.Add(line.Item);
                }
            }

            Minimum += community.Minimum;
            Maximum += community.Maximum;
        }

        Totals = [.. order.Select(item => new BudgetLine(item, totals[item].Minimum, totals[item].Maximum))];
        ByPayer = PayerAmount.Total(communities.SelectMany(c => c.ByPayer));
    }

    /// <summary>Gets each payer's part of the whole cost a year: what each level of government (or other payer) funds; costs no policy shares are under <see cref="Payer.Unassigned"/>.</summary>
    public ImmutableArray<PayerAmount> ByPayer { get; }

    /// <summary>Gets each community's budget, in the order given.</summary>
    public ImmutableArray<CommunityBudget> Communities { get; }

    /// <summary>Gets a value indicating whether every post is paid and every fund costed: no community has <see cref="CommunityBudget.UnpaidPosts"/> or <see cref="CommunityBudget.NotCosted"/>, so the totals leave nothing out.</summary>
    public bool IsComplete => Communities.All(c => c.UnpaidPosts.IsEmpty && c.NotCosted.IsEmpty);

    /// <summary>Gets each item's total over the communities, in the order items first appear.</summary>
    public ImmutableArray<BudgetLine> Totals { get; }

    /// <summary>Gets the total, or the least of it where a source gives a range.</summary>
    public Money Minimum { get; }

    /// <summary>Gets the total, or the most of it where a source gives a range.</summary>
    public Money Maximum { get; }

    /// <summary>Compares two budgets of the same communities item by item, such as before and after a reform.</summary>
    /// <param name="before">The budget before.</param>
    /// <param name="after">The budget after.</param>
    /// <returns>Every item of either budget with both totals and the difference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is null.</exception>
    public static BudgetComparison Compare(Budget before, Budget after)
    {
        Guard.Against.NullArgument(before);
        Guard.Against.NullArgument(after);
        var items = before.Totals.Select(l => l.Item).Concat(after.Totals.Select(l => l.Item)).Distinct();
        var changes = items.Select(item =>
        {
            var was = before.Totals.Where(l => l.Item == item).Select(l => (BudgetLine?)l).FirstOrDefault();
            var now = after.Totals.Where(l => l.Item == item).Select(l => (BudgetLine?)l).FirstOrDefault();
            return new BudgetChange(item, was, now);
        });
        return new BudgetComparison([.. changes], before, after);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is Budget other && Equality.Same(Communities, other.Communities);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Equality.Hash(Communities));

    /// <summary>Formats the budget.</summary>
    /// <returns>The number of communities and the total.</returns>
    public override string ToString() => Minimum == Maximum
        ? $"{Communities.Length} communities: {Minimum} a year"
        : $"{Communities.Length} communities: {Minimum} to {Maximum} a year";
}
