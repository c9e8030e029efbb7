using System.Collections.Immutable;
using Community.Domain.Primitives;
using Community.Domain.Subsidies;

namespace Community.Domain.Budgets;

/// <summary>One community's annual cost, item by item.</summary>
public sealed class CommunityBudget
{
    [System.Text.Json.Serialization.JsonConstructor]
    internal CommunityBudget(BudgetCommunity community, ImmutableArray<BudgetLine> lines, ImmutableArray<PayRole> unpaidPosts, ImmutableArray<UncostedItem> notCosted)
    {
        NotCosted = notCosted;
        Community = community;
        Lines = lines;
        UnpaidPosts = unpaidPosts;
        foreach (var line in lines)
        {
            Minimum += line.Minimum;
            Maximum += line.Maximum;
        }

        ByPayer = PayerAmount.Total(lines.SelectMany(l => l.ByPayer()));
    }

    /// <summary>Gets each payer's part of the community's cost a year, in the order each payer is first met; costs no policy shares are under <see cref="Payer.Unassigned"/>.</summary>
    public ImmutableArray<PayerAmount> ByPayer { get; }

    /// <summary>Gets the community.</summary>
    public BudgetCommunity Community { get; }

    /// <summary>Gets the cost of each item: each post's pay, then each fund in force.</summary>
    public ImmutableArray<BudgetLine> Lines { get; }

    /// <summary>Gets the posts no policy in force pays, which the budget leaves out.</summary>
    public ImmutableArray<PayRole> UnpaidPosts { get; }

    /// <summary>Gets the funds left out because their policy counts something the community did not give (workers, households, party branches), each with the reason; they are not in <see cref="Lines"/> or the totals.</summary>
    public ImmutableArray<UncostedItem> NotCosted { get; }

    /// <summary>Gets the total, or the least of it where a source gives a range.</summary>
    public Money Minimum { get; }

    /// <summary>Gets the total, or the most of it where a source gives a range.</summary>
    public Money Maximum { get; }

    /// <inheritdoc />
    public override bool Equals(object? obj) =>
        obj is CommunityBudget other && Equals(Community, other.Community) && Equality.Same(Lines, other.Lines) && Equality.Same(UnpaidPosts, other.UnpaidPosts) && Equality.Same(NotCosted, other.NotCosted);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Community, Equality.Hash(Lines), Equality.Hash(UnpaidPosts), Equality.Hash(NotCosted));

    /// <summary>Formats the budget.</summary>
    /// <returns>The community and its total.</returns>
    public override string ToString() => Minimum == Maximum
        ? $"{Community.Community.Name}: {Minimum} a year"
        : $"{Community.Community.Name}: {Minimum} to {Maximum} a year";
}
