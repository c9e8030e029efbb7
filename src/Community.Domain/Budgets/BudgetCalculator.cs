using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Community.Domain.Explanations;
using Community.Domain.Funding;
using Community.Domain.Policies;
using Community.Domain.Subsidies;
using NodaTime;

namespace Community.Domain.Budgets;

/// <summary>Costs a set of communities for a year under a catalog: each post's pay and each fund in force, per community and in all.</summary>
/// <remarks>
/// Stateless and thread-safe. A reform is a second catalog (built from the first with
/// <see cref="PolicyCatalog.ToBuilder"/>, which changes neither): cost the same communities under
/// both and compare with <see cref="Budget.Compare"/>.
/// </remarks>
public sealed class BudgetCalculator
{
    private readonly PolicyCatalog _catalog;
    private readonly SubsidyEvaluator _subsidies;
    private readonly FundingEvaluator _funding;
    private readonly ImmutableArray<PolicyKind<FundingPolicy>> _funds;

    /// <summary>Initializes a new instance of the <see cref="BudgetCalculator"/> class, costing every kind of funds the catalog has.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public BudgetCalculator(PolicyCatalog catalog)
        : this(catalog, Guard.Against.NullArgument(catalog).Kinds.OfType<PolicyKind<FundingPolicy>>())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BudgetCalculator"/> class, costing the kinds of funds given.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="funds">The kinds of funds to cost, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/>, <paramref name="funds"/> or a kind is null.</exception>
    /// <exception cref="ArgumentException">A kind is listed twice (it would be costed twice); the message names both places.</exception>
    public BudgetCalculator(PolicyCatalog catalog, IEnumerable<PolicyKind<FundingPolicy>> funds)
    {
        _catalog = Guard.Against.NullArgument(catalog);
        _funds = [.. Guard.Against.NullArgument(funds).Select((kind, i) => kind ?? throw GuardExtensions.Null($"funds[{i}]"))];
        for (var i = 0; i < _funds.Length; i++)
        {
            for (var first = 0; first < i; first++)
            {
                if (!ReferenceEquals(_funds[first], _funds[i]))
                {
                    continue;
                }

                throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"funds[{i}] is {_funds[i].Name}, which funds[{first}] lists already; a fund is costed once, so list each once."), nameof(funds));
            }
        }

        _subsidies = new SubsidyEvaluator(catalog);
        _funding = new FundingEvaluator(catalog);
    }

    /// <summary>Costs communities for a year.</summary>
    /// <param name="asOf">The date whose policies apply.</param>
    /// <param name="communities">The communities.</param>
    /// <param name="basis">What each post is paid: as scheduled, or at least the floor.</param>
    /// <returns>The budget per community, per item and in all.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="communities"/> or a community is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The catalog does not know a community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">A pay line needs a reference wage that is not known there.</exception>
    public Budget Annual(LocalDate asOf, IEnumerable<BudgetCommunity> communities, BudgetBasis basis = BudgetBasis.PayAsScheduled)
    {
        Guard.Against.UndefinedEnum(basis);
        var given = Guard.Against.NullArgument(communities);
        var budgets = new List<CommunityBudget>();
        foreach (var community in given)
        {
            budgets.Add(Cost(asOf, community ?? throw GuardExtensions.Null(Element(budgets.Count)), basis, null, budgets.Count));
        }

        return new Budget([.. budgets]);
    }

    /// <summary>
    /// Costs communities as <see cref="Annual"/> does, keeping totals only: the sums by item and by payer,
    /// without a line per community, so that a district's or the country's communities cost no memory
    /// per community. The sums are those of <see cref="Annual"/> for the same communities.
    /// </summary>
    /// <param name="asOf">The date whose policies apply.</param>
    /// <param name="communities">The communities.</param>
    /// <param name="basis">What each post is paid.</param>
    /// <returns>The totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="communities"/> or one of them is null (named by its index).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The catalog does not know a community's jurisdiction (named by its index), or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">A pay line needs a reference wage that is not known there.</exception>
    public BudgetTotals Totals(LocalDate asOf, IEnumerable<BudgetCommunity> communities, BudgetBasis basis = BudgetBasis.PayAsScheduled)
    {
        Guard.Against.UndefinedEnum(basis);
        var given = Guard.Against.NullArgument(communities);
        var sink = new BudgetTotalsSink();
        var places = new Dictionary<Jurisdictions.JurisdictionCode, PlaceCosts>();
        var shared = new Dictionary<object, PlaceCosts>();
        foreach (var community in given)
        {
            var checkedCommunity = community ?? throw GuardExtensions.Null(Element(sink.Communities));
            var code = checkedCommunity.Community.Jurisdiction;
            if (!places.TryGetValue(code, out var place))
            {
                place = Place(code, asOf, sink.Communities, shared);
                places.Add(code, place);
            }

            Visit(asOf, checkedCommunity, basis, null, sink.Communities, sink, place);
            sink.EndCommunity();
        }

        return sink.Totals();
    }

    /// <summary>Explains every figure of one community's budget: for each post, its pay (and, paying at least the floor, its floor); for each fund in force, its amount.</summary>
    /// <param name="asOf">The date whose policies apply.</param>
    /// <param name="community">The community.</param>
    /// <param name="basis">What each post is paid.</param>
    /// <returns>The community's budget, and one explanation per figure behind it, in the order of its lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="community"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The catalog does not know the community's jurisdiction, or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">A pay line needs a reference wage that is not known there.</exception>
    public (CommunityBudget Budget, ImmutableArray<Explanations.Explanation> Explanations) ExplainCommunity(LocalDate asOf, BudgetCommunity community, BudgetBasis basis = BudgetBasis.PayAsScheduled)
    {
        Guard.Against.NullArgument(community);
        Guard.Against.UndefinedEnum(basis);
        var explanations = ImmutableArray.CreateBuilder<Explanations.Explanation>();
        var budget = Cost(asOf, community, basis, explanations, -1);
        return (budget, explanations.ToImmutable());
    }

    // One pass over a community's posts and funds, each line's policy resolved once: a post's pay
    // through the subsidy evaluator's Try forms (resolving and computing in one call), a fund through
    // the version found here, so that a fund counted on something the community did not give can be
    // listed as not costed; with explanations wanted, the explained forms give the same figures.
    // index is the community's place in Annual's communities, or -1 for ExplainCommunity's one community.
    private CommunityBudget Cost(LocalDate asOf, BudgetCommunity community, BudgetBasis basis, ImmutableArray<Explanations.Explanation>.Builder? explanations, int index)
    {
        var sink = new CommunityBudgetSink(community.Posts.Length + _funds.Length);
        Visit(asOf, community, basis, explanations, index, sink);
        return sink.Budget(community);
    }

    /// <summary>
    /// What costing a place resolves, kept for its next community, and shared with every place the
    /// catalog resolves alike (most townships define nothing of their own, so the country's costs a few
    /// resolutions, not one per township). The place is checked here, named as the community at
    /// <paramref name="index"/> gave it.
    /// </summary>
    internal PlaceCosts Place(Jurisdictions.JurisdictionCode jurisdiction, LocalDate asOf, int index, Dictionary<object, PlaceCosts> shared)
    {
        Known(jurisdiction, index);
        var key = _catalog.ResolutionKey(jurisdiction)!;
        if (!shared.TryGetValue(key, out var place))
        {
            place = new PlaceCosts(jurisdiction, asOf, _subsidies, _catalog, _funds);
            shared.Add(key, place);
        }

        return place;
    }

    /// <summary>Costs one community into a sink: a community's budget keeps the lines, totals only add them up.</summary>
    /// <remarks>With a place (checked when it was made), its resolved pay and funds are used; without one, the community's place is checked and resolved here.</remarks>
    internal void Visit(LocalDate asOf, BudgetCommunity community, BudgetBasis basis, ImmutableArray<Explanations.Explanation>.Builder? explanations, int index, IBudgetSink sink, PlaceCosts? place = null)
    {
        var jurisdiction = community.Community.Jurisdiction;
        if (place is null)
        {
            Known(jurisdiction, index);
        }

        foreach (var (role, people) in community.Posts)
        {
            PayLine pay;
            var scheduled = place is null
                ? Subsidy(SubsidyKinds.Pay, jurisdiction, asOf, role, explanations, out pay)
                : place.Subsidy(SubsidyKinds.Pay, role, out pay);
            var floor = default(PayLine);
            var floored = basis == BudgetBasis.PayAtLeastTheFloor && (place is null
                ? Subsidy(SubsidyKinds.Floor, jurisdiction, asOf, role, explanations, out floor)
                : place.Subsidy(SubsidyKinds.Floor, role, out floor));
            if (!scheduled && !floored)
            {
                sink.Unpaid(role);
                continue;
            }

            // Yearly amounts, each computed from its yearly base and rounded once.
            var paid = floored && (!scheduled || floor.Annual > pay.Annual) ? floor : pay;
            var annual = paid.Annual * people;
            sink.Line(BudgetItem.Pay(role), annual, annual, paid.Share);
        }

        var units = community.Units;
        for (var f = 0; f < _funds.Length; f++)
        {
            // The version is resolved once. A fund counted on something the community did not give is
            // listed as not costed, never costed at 0.
            var kind = _funds[f];
            var version = place is null ? _catalog.FindVersion(kind, jurisdiction, asOf) : place.Fund(f);
            if (version is null)
            {
                continue;
            }

            if (FundingEvaluator.MissingCount(version.Policy, units) is { } missing)
            {
                sink.NotCosted(kind, version, missing);
                continue;
            }

            FundingAmount amount;
            if (explanations is null)
            {
                amount = FundingEvaluator.AmountIn(version, units);
            }
            else
            {
                var explained = _funding.ExplainIn(version, jurisdiction, asOf, units);
                explanations.Add(explained.Explanation);
                amount = explained.Value;
            }

            sink.Line(BudgetItem.Funds(kind), amount.Annual, amount.AnnualMaximum, amount.CostShare);
        }
    }

    private bool Subsidy(
        PolicyKind<SubsidyPolicy> kind, Jurisdictions.JurisdictionCode jurisdiction, LocalDate asOf, PayRole role, ImmutableArray<Explanations.Explanation>.Builder? explanations, out PayLine line)
    {
        SubsidyAmount amount;
        var found = explanations is null
            ? _subsidies.TryAmount(kind, jurisdiction, asOf, role, out amount)
            : Keep(_subsidies.TryExplainAmount(kind, jurisdiction, asOf, role, out var explained), explained, explanations, out amount);
        line = found ? PayLine.Of(amount) : default;
        return found;
    }

    // An unknown place is named as the caller passed it; the name is made only then.
    private void Known(Jurisdictions.JurisdictionCode jurisdiction, int index)
    {
        if (!_catalog.TryGetJurisdiction(jurisdiction, out _))
        {
            throw _catalog.UnknownJurisdiction(jurisdiction, (index < 0 ? "community" : Element(index)) + ".Community.Jurisdiction");
        }
    }

    private static string Element(int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"communities[{index}]");

    // What every explained line does with its answer: keep the explanation when a policy was in force.
    private static bool Keep<T>(bool found, Explained<T> explained, ImmutableArray<Explanations.Explanation>.Builder explanations, out T value)
    {
        value = found ? explained.Value : default!;
        if (found)
        {
            explanations.Add(explained.Explanation);
        }

        return found;
    }
}
