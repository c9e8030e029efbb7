using System.Collections.Immutable;
using Community.Domain.Funding;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Subsidies;

namespace Community.Domain.Budgets;

/// <summary>Keeps one community's lines, unpaid posts and uncosted funds, to make its <see cref="CommunityBudget"/>.</summary>
internal sealed class CommunityBudgetSink(int capacity) : IBudgetSink
{
    private readonly ImmutableArray<BudgetLine>.Builder _lines = ImmutableArray.CreateBuilder<BudgetLine>(capacity);
    private readonly ImmutableArray<PayRole>.Builder _unpaid = ImmutableArray.CreateBuilder<PayRole>();
    private ImmutableArray<UncostedItem> _uncosted = [];

    public void Line(BudgetItem item, Money minimum, Money maximum, CostShare? share) => _lines.Add(new BudgetLine(item, minimum, maximum, share));

    public void Unpaid(PayRole role) => _unpaid.Add(role);

    public void NotCosted(PolicyKind<FundingPolicy> kind, PolicyVersion<FundingPolicy> version, string missing)
    {
        var (english, chinese) = BudgetText.NotCounted(version, missing);
        _uncosted = _uncosted.Add(new UncostedItem(BudgetItem.Funds(kind), english, chinese));
    }

    public CommunityBudget Budget(BudgetCommunity community) => new(community, _lines.DrainToImmutable(), _unpaid.ToImmutable(), _uncosted);
}
