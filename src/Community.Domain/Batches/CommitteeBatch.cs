using System.Globalization;
using System.Runtime.ExceptionServices;
using Ardalis.GuardClauses;
using Community.Domain.Budgets;
using Community.Domain.Committees;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Scale;
using NodaTime;

namespace Community.Domain.Batches;

/// <summary>
/// Assesses many residents' committees at once (a district's, a province's, the country's) under the
/// policies in force at each one's place: the members its quota allows, its size against the
/// recommended scale, and its posts and funds costed in totals only; summed by county-level unit, by
/// province and in all (<see cref="BatchSummary"/>).
/// </summary>
/// <remarks>
/// <para>Stateless and thread-safe. Each place's policies are resolved once per run, not once per
/// committee, and a committee costs no memory: the run allocates per place and per group, never per
/// committee.</para>
/// <para>With <c>parallelism</c> above 1 the committees are cut into that many runs of consecutive
/// committees, run on as many cores, and their sums added in order; the sums are exact decimals and
/// whole numbers, so the summary is the same as on one core, figure for figure and item for item.</para>
/// <para>A committee counts in the county-level unit its place lies in: the nearest county or
/// functional area at or above it, or a prefecture-level city that holds townships itself (东莞, 中山,
/// 儋州); and in the province above that. One placed at a province or city that has no county-level unit
/// between counts in the province only, and one placed above any province in the whole only.</para>
/// </remarks>
public sealed class CommitteeBatch
{
    private readonly PolicyCatalog _catalog;
    private readonly BudgetCalculator _budget;

    /// <summary>Initializes a new instance of the <see cref="CommitteeBatch"/> class, costing every kind of funds the catalog has.</summary>
    /// <param name="catalog">The catalog; built on the national division table (<see cref="PolicyCatalogBuilder.IncludeDivisions"/>), every township of the country resolves.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public CommitteeBatch(PolicyCatalog catalog)
    {
        _catalog = Guard.Against.NullArgument(catalog);
        _budget = new BudgetCalculator(catalog);
    }

    /// <summary>Initializes a new instance of the <see cref="CommitteeBatch"/> class, costing the kinds of funds given.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="funds">The kinds of funds to cost, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/>, <paramref name="funds"/> or a kind is null.</exception>
    /// <exception cref="ArgumentException">A kind is listed twice (it would be costed twice); the message names both places.</exception>
    public CommitteeBatch(PolicyCatalog catalog, IEnumerable<PolicyKind<FundingPolicy>> funds)
    {
        _catalog = Guard.Against.NullArgument(catalog);
        _budget = new BudgetCalculator(catalog, funds);
    }

    /// <summary>Assesses the committees and sums what it finds by county-level unit, by province and in all.</summary>
    /// <param name="asOf">The date whose policies apply.</param>
    /// <param name="communities">The committees' communities, with their paid posts, workers and party branches (for the budget); each placed at its township or at any unit the catalog knows.</param>
    /// <param name="basis">What each post is paid: as scheduled, or at least the floor.</param>
    /// <param name="parallelism">How many cores to run on: 1 (the default) runs on the calling thread; <see cref="Environment.ProcessorCount"/> on all of them. The answer is the same.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="communities"/> or one of them is null (named by its index).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not defined, <paramref name="parallelism"/> is below 1, no band of a quota in force covers a community's population, or a sum is beyond <see cref="Primitives.Money.MaxYuan"/>.</exception>
    /// <exception cref="ArgumentException">The catalog does not know a community's place (named by its index), or the date is not ISO.</exception>
    /// <exception cref="PolicyNotInForceException">A pay line needs a reference wage that is not known there.</exception>
    /// <remarks>Where several committees are at fault, the one with the lowest index is reported, however many cores ran.</remarks>
    public BatchSummary Run(LocalDate asOf, IReadOnlyList<BudgetCommunity> communities, BudgetBasis basis = BudgetBasis.PayAsScheduled, int parallelism = 1)
    {
        Guard.Against.NullArgument(communities);
        Guard.Against.UndefinedEnum(basis);
        if (parallelism < 1)
        {
            throw GuardExtensions.OutOfRange(nameof(parallelism), parallelism, "must be 1 or more: 1 runs on the calling thread, Environment.ProcessorCount on every core");
        }

        EffectivePeriod.CheckIso(asOf);

        // Runs of consecutive committees, at least MinimumRun each, so that a small batch is not cut for nothing.
        var count = communities.Count;
        var runs = Math.Max(1, Math.Min(parallelism, count / MinimumRun));
        var results = new Dictionary<int, TallySink>[runs];
        var failures = new ExceptionDispatchInfo?[runs];
        if (runs == 1)
        {
            results[0] = Assess(asOf, communities, basis, 0, count);
        }
        else
        {
            Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, run =>
            {
                try
                {
                    results[run] = Assess(asOf, communities, basis, (int)((long)count * run / runs), (int)((long)count * (run + 1) / runs));
                }
                catch (Exception e) when (e is ArgumentException or PolicyNotInForceException or InvalidOperationException)
                {
                    failures[run] = ExceptionDispatchInfo.Capture(e);
                }
            });

            // The runs are in index order: the first that failed holds the lowest index at fault.
            Array.Find(failures, failure => failure is not null)?.Throw();
        }

        return Summary(asOf, results);
    }

    // The fewest committees worth a core of their own.
    private const int MinimumRun = 1024;

    // One run of consecutive committees, [start, end), on one thread: its own places and groups.
    private Dictionary<int, TallySink> Assess(LocalDate asOf, IReadOnlyList<BudgetCommunity> communities, BudgetBasis basis, int start, int end)
    {
        var groups = new Dictionary<int, TallySink>();
        var places = new Dictionary<JurisdictionCode, BatchPlace>();
        var costs = new Dictionary<object, PlaceCosts>();
        for (var i = start; i < end; i++)
        {
            var community = communities[i] ?? throw GuardExtensions.Null(string.Create(CultureInfo.InvariantCulture, $"communities[{i}]"));
            var profile = community.Community;
            if (!places.TryGetValue(profile.Jurisdiction, out var place))
            {
                place = Place(profile.Jurisdiction, asOf, i, groups, costs);
                places.Add(profile.Jurisdiction, place);
            }

            var tally = place.Tally;
            tally.Committees++;
            tally.Population += profile.Population.Residents;
            tally.Households += profile.Households.Households;
            if (place.Quota is { } quota)
            {
                var total = CommitteeEvaluator.QuotaIn(quota, profile).Quota.Total;
                tally.MembersMinimum += total.Min;
                tally.MembersMaximum += total.Max;
            }
            else
            {
                tally.WithoutQuota++;
            }

            if (place.Scale is { } scale)
            {
                var policy = scale.Policy;
                var units = profile.Count(policy.Unit);
                if (units > policy.Maximum)
                {
                    tally.AboveScale++;
                    tally.SuggestedCommunities += CommunityScalePolicy.CommunitiesFor(units, policy.Maximum);
                }
                else if (units < policy.Minimum)
                {
                    tally.BelowScale++;
                }
                else
                {
                    tally.WithinScale++;
                }
            }
            else
            {
                tally.WithoutScale++;
            }

            _budget.Visit(asOf, community, basis, null, i, tally.Budget, place.Costs);
            tally.Budget.EndCommunity();
        }

        return groups;
    }

    // A place met for the first time in a run: checked, its group found, its policies resolved (its
    // costs shared with the places the catalog resolves alike).
    private BatchPlace Place(JurisdictionCode code, LocalDate asOf, int index, Dictionary<int, TallySink> groups, Dictionary<object, PlaceCosts> shared)
    {
        var costs = _budget.Place(code, asOf, index, shared);
        var (county, province) = Group(code);
        var key = county?.Value ?? province?.Value ?? 0;
        if (!groups.TryGetValue(key, out var tally))
        {
            tally = new TallySink(county, province);
            groups.Add(key, tally);
        }

        return new BatchPlace(
            tally,
            _catalog.FindVersion(CommitteeKinds.Quota, code, asOf),
            _catalog.FindVersion(ScaleKinds.Community, code, asOf),
            costs);
    }

    // The county-level unit and the province a place lies in, read up its chain in the catalog.
    private (JurisdictionCode? County, JurisdictionCode? Province) Group(JurisdictionCode code)
    {
        JurisdictionCode? county = null;
        var below = default(JurisdictionLevel);
        for (JurisdictionCode? at = code; at is { } current && _catalog.TryGetJurisdiction(current, out var unit); at = unit.Parent)
        {
            if (county is null
                && (unit.Level is JurisdictionLevel.County or JurisdictionLevel.FunctionalArea
                    || (unit.Level == JurisdictionLevel.City && below is JurisdictionLevel.Street or JurisdictionLevel.Town)))
            {
                county = unit.Code;
            }

            if (unit.Level == JurisdictionLevel.Province)
            {
                return (county, unit.Code);
            }

            below = unit.Level;
        }

        return (county, null);
    }

    // The runs' groups added up in run order (so items keep the order they were first met in), then
    // summed by province and in all, groups in code order.
    private static BatchSummary Summary(LocalDate asOf, Dictionary<int, TallySink>[] results)
    {
        var groups = new Dictionary<int, TallySink>(results[0]);
        for (var run = 1; run < results.Length; run++)
        {
            foreach (var (key, tally) in results[run])
            {
                if (groups.TryGetValue(key, out var kept))
                {
                    kept.Add(tally);
                }
                else
                {
                    groups.Add(key, tally);
                }
            }
        }

        var ordered = groups.Values.OrderBy(tally => tally.Key).ToArray();
        var whole = new TallySink(null, null);
        var provinces = new SortedDictionary<int, TallySink>();
        foreach (var tally in ordered)
        {
            whole.Add(tally);
            if (tally.Province is { } province)
            {
                if (!provinces.TryGetValue(province.Value, out var sum))
                {
                    sum = new TallySink(null, province);
                    provinces.Add(province.Value, sum);
                }

                sum.Add(tally);
            }
        }

        return new BatchSummary(
            asOf,
            whole.Tally(null),
            [.. provinces.Values.Select(sum => sum.Tally(sum.Province))],
            [.. ordered.Where(tally => tally.County is not null).Select(tally => tally.Tally(tally.County))]);
    }
}
