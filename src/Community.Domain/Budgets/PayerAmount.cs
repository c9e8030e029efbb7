using System.Collections.Immutable;
using Community.Domain.Primitives;

namespace Community.Domain.Budgets;

/// <summary>One payer's part of a cost a year: the least and the most, equal unless the cost is a range.</summary>
public readonly record struct PayerAmount : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    /// <summary>Initializes a new instance of the <see cref="PayerAmount"/> struct.</summary>
    /// <param name="payer">The payer.</param>
    /// <param name="minimum">The payer's part of the least cost.</param>
    /// <param name="maximum">The payer's part of the most cost.</param>
    /// <exception cref="ArgumentNullException"><paramref name="payer"/> is null.</exception>
    [System.Text.Json.Serialization.JsonConstructor]
    public PayerAmount(Payer payer, Money minimum, Money maximum)
    {
        _made = true;
        Payer = Ardalis.GuardClauses.Guard.Against.NullArgument(payer);
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the payer.</summary>
    public Payer Payer { get => _made ? field : throw GuardExtensions.DefaultInstance<PayerAmount>("its constructor or a budget's totals"); }

    /// <summary>Gets the payer's part of the least cost.</summary>
    public Money Minimum { get => _made ? field : throw GuardExtensions.DefaultInstance<PayerAmount>("its constructor or a budget's totals"); }

    /// <summary>Gets the payer's part of the most cost.</summary>
    public Money Maximum { get => _made ? field : throw GuardExtensions.DefaultInstance<PayerAmount>("its constructor or a budget's totals"); }

    /// <summary>Formats the part, for diagnostics.</summary>
    /// <returns>A text such as <c>city finance (city): 6000.00 CNY</c>.</returns>
    public override string ToString() => !_made ? "default PayerAmount" : Minimum == Maximum ? $"{Payer}: {Minimum}" : $"{Payer}: {Minimum} to {Maximum}";

    /// <summary>Adds up payers' parts across lines, in the order each payer is first met.</summary>
    internal static ImmutableArray<PayerAmount> Total(IEnumerable<PayerAmount> parts)
    {
        var order = new List<Payer>();
        var sums = new Dictionary<Payer, (Money Minimum, Money Maximum)>();
        foreach (var part in parts)
        {
            if (sums.TryGetValue(part.Payer, out var sum))
            {
                sums[part.Payer] = (sum.Minimum + part.Minimum, sum.Maximum + part.Maximum);
            }
            else
            {
                sums[part.Payer] = (part.Minimum, part.Maximum);
                order.Add(part.Payer);
            }
        }

        return [.. order.Select(p => new PayerAmount(p, sums[p].Minimum, sums[p].Maximum))];
    }
}
