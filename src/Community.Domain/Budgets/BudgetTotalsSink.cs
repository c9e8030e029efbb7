using Community.Domain.Funding;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Subsidies;

namespace Community.Domain.Budgets;

/// <summary>
/// Adds each community's lines to running totals by item and by payer, keeping no line: the same
/// sums, in the same order, as a <see cref="Budget"/> of the same communities, each line split between
/// its payers as the budget splits it (rounded per line), without allocating per community once the
/// items and payers have been seen.
/// </summary>
internal sealed class BudgetTotalsSink : IBudgetSink
{
    private readonly List<(BudgetItem Item, Money Minimum, Money Maximum)> _items = [];
    private readonly List<(Payer Payer, Money Minimum, Money Maximum)> _payers = [];
    private bool _incomplete;

    public int Communities { get; private set; }

    public int Incomplete { get; private set; }

    public Money Minimum { get; private set; }

    public Money Maximum { get; private set; }

    public void Line(BudgetItem item, Money minimum, Money maximum, CostShare? share)
    {
        var at = -1;
        for (var i = 0; i < _items.Count && at < 0; i++)
        {
            at = _items[i].Item.Equals(item) ? i : -1;
        }

        if (at < 0)
        {
            _items.Add((item, minimum, maximum));
        }
        else
        {
            _items[at] = (item, _items[at].Minimum + minimum, _items[at].Maximum + maximum);
        }

        Minimum += minimum;
        Maximum += maximum;
        if (share is null)
        {
            AddPayer(Payer.Unassigned, minimum, maximum);
            return;
        }

        for (var part = 0; part < share.Parts.Length; part++)
        {
            AddPayer(share.Parts[part].Payer, share.PartOf(minimum, part), share.PartOf(maximum, part));
        }
    }

    public void Unpaid(PayRole role) => _incomplete = true;

    public void NotCosted(PolicyKind<FundingPolicy> kind, PolicyVersion<FundingPolicy> version, string missing) => _incomplete = true;

    /// <summary>Ends one community: counts it, and counts it as incomplete if a post went unpaid or a fund uncosted.</summary>
    public void EndCommunity()
    {
        Communities++;
        Incomplete += _incomplete ? 1 : 0;
        _incomplete = false;
    }

    public BudgetTotals Totals() => new(
        Communities,
        Incomplete,
        [.. _items.Select(i => new BudgetLine(i.Item, i.Minimum, i.Maximum))],
        [.. _payers.Select(p => new PayerAmount(p.Payer, p.Minimum, p.Maximum))],
        Minimum,
        Maximum);

    private void AddPayer(Payer payer, Money minimum, Money maximum)
    {
        for (var i = 0; i < _payers.Count; i++)
        {
            if (_payers[i].Payer.Equals(payer))
            {
                _payers[i] = (payer, _payers[i].Minimum + minimum, _payers[i].Maximum + maximum);
                return;
            }
        }

        _payers.Add((payer, minimum, maximum));
    }
}
