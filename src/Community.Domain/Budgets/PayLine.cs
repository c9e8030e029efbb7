using Community.Domain.Primitives;
using Community.Domain.Subsidies;

namespace Community.Domain.Budgets;

/// <summary>What a budget line needs of a post's pay or floor: its yearly amount and who shares it; small, so that costing copies little.</summary>
internal readonly record struct PayLine(Money Annual, CostShare? Share)
{
    public static PayLine Of(in SubsidyAmount amount) => new(amount.Annual, amount.Version?.Policy.CostShare);
}
