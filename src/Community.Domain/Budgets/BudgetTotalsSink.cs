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
/// <remarks>
/// The running sums are plain decimals, added in place: exact, as Money's sums are, and checked
/// against <see cref="Money.MaxYuan"/> once, when the totals are made. Items arrive in the same order
/// for every community of a place, so the item after the last one met is tried first.
/// </remarks>
internal sealed class BudgetTotalsSink : IBudgetSink
{
    private Sum<BudgetItem>[] _items = new Sum<BudgetItem>[8];
    private Sum<Payer>[] _payers = new Sum<Payer>[4];
    private int _itemCount;
    private int _payerCount;
    private int _next;
    private bool _incomplete;

    public int Communities { get; private set; }

    public int Incomplete { get; private set; }

    public void Line(BudgetItem item, Money minimum, Money maximum, CostShare? share)
    {
        ref var sum = ref ItemSum(item);
        sum.Minimum += minimum.Yuan;
        sum.Maximum += maximum.Yuan;
        if (share is null)
        {
            ref var unassigned = ref PayerSum(Payer.Unassigned);
            unassigned.Minimum += minimum.Yuan;
            unassigned.Maximum += maximum.Yuan;
            return;
        }

        // Each part rounded once per amount; a line whose least and most agree is split once.
        var count = share.Parts.Length;
        Span<Money> least = count <= CostShare.MostPartsOnTheStack ? stackalloc Money[CostShare.MostPartsOnTheStack] : new Money[count];
        share.SplitInto(minimum, least);
        Span<Money> most = least;
        if (maximum != minimum)
        {
            most = count <= CostShare.MostPartsOnTheStack ? stackalloc Money[CostShare.MostPartsOnTheStack] : new Money[count];
            share.SplitInto(maximum, most);
        }

        for (var part = 0; part < count; part++)
        {
            ref var payer = ref PayerSum(share.Parts[part].Payer);
            payer.Minimum += least[part].Yuan;
            payer.Maximum += most[part].Yuan;
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
        _next = 0;
    }

    /// <summary>Adds totals (another group's, or another shard's) after this sink's: items and payers this sink has not met come after its own, in the totals' order.</summary>
    public void Add(BudgetTotals totals)
    {
        foreach (var line in totals.Totals)
        {
            ref var sum = ref ItemSum(line.Item);
            sum.Minimum += line.Minimum.Yuan;
            sum.Maximum += line.Maximum.Yuan;
        }

        foreach (var payer in totals.ByPayer)
        {
            ref var sum = ref PayerSum(payer.Payer);
            sum.Minimum += payer.Minimum.Yuan;
            sum.Maximum += payer.Maximum.Yuan;
        }

        Communities += totals.Communities;
        Incomplete += totals.Incomplete;
        _next = 0;
    }

    /// <summary>The totals; a sum beyond <see cref="Money.MaxYuan"/> is refused, naming what it sums.</summary>
    public BudgetTotals Totals()
    {
        var minimum = 0m;
        var maximum = 0m;
        var lines = new BudgetLine[_itemCount];
        for (var i = 0; i < _itemCount; i++)
        {
            ref var sum = ref _items[i];
            lines[i] = new BudgetLine(sum.Key, Checked(sum.Minimum, sum.Key.English), Checked(sum.Maximum, sum.Key.English));
            minimum += sum.Minimum;
            maximum += sum.Maximum;
        }

        var payers = new PayerAmount[_payerCount];
        for (var i = 0; i < _payerCount; i++)
        {
            ref var sum = ref _payers[i];
            payers[i] = new PayerAmount(sum.Key, Checked(sum.Minimum, sum.Key.Id), Checked(sum.Maximum, sum.Key.Id));
        }

        return new(Communities, Incomplete, [.. lines], [.. payers], Checked(minimum, "the total"), Checked(maximum, "the total"));
    }

    // The sums are checked once, here; the argument at fault is the caller's communities.
#pragma warning disable CA2208
    private static Money Checked(decimal yuan, string what) =>
        Math.Abs(yuan) <= Money.MaxYuan
            ? Money.FromYuan(yuan)
            : throw new ArgumentOutOfRangeException(
                "communities",
                yuan,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The communities' {what} add up to {yuan} yuan, beyond ±{Money.MaxYuan} yuan, the most an amount may be; cost fewer communities at once."));
#pragma warning restore CA2208

    private ref Sum<BudgetItem> ItemSum(BudgetItem item)
    {
        // The item after the last one met is usually the one: every community of a place lists its items in the same order.
        if (_next < _itemCount && _items[_next].Key.Equals(item))
        {
            return ref _items[_next++];
        }

        for (var i = 0; i < _itemCount; i++)
        {
            if (_items[i].Key.Equals(item))
            {
                _next = i + 1;
                return ref _items[i];
            }
        }

        if (_itemCount == _items.Length)
        {
            Array.Resize(ref _items, _itemCount * 2);
        }

        _items[_itemCount] = new Sum<BudgetItem> { Key = item };
        _next = _itemCount + 1;
        return ref _items[_itemCount++];
    }

    private ref Sum<Payer> PayerSum(Payer payer)
    {
        for (var i = 0; i < _payerCount; i++)
        {
            if (ReferenceEquals(_payers[i].Key, payer) || _payers[i].Key.Equals(payer))
            {
                return ref _payers[i];
            }
        }

        if (_payerCount == _payers.Length)
        {
            Array.Resize(ref _payers, _payerCount * 2);
        }

        _payers[_payerCount] = new Sum<Payer> { Key = payer };
        return ref _payers[_payerCount++];
    }

    // One running sum: its item or payer, and its least and most in yuan.
    private struct Sum<TKey>
    {
        public TKey Key;
        public decimal Minimum;
        public decimal Maximum;
    }
}
