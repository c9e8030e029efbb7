using BenchmarkDotNet.Attributes;
using Community.Domain.Budgets;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Subsidies;
using NodaTime;

namespace Community.Domain.Benchmarks;

/// <summary>A district budget of 100,000 synthetic Xinluo communities, reported per community.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class DistrictBudgetBenchmarks
{
    private const int Communities = 100_000;
    private static readonly LocalDate AsOf = new(2008, 3, 1);
    private BudgetCommunity[] _district = null!;
    private BudgetCalculator _calculator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var xinluo = KnownJurisdictions.Xinluo.Code;
        _district = [.. Enumerable.Range(0, Communities).Select(i => BudgetCommunity.Create(
            CommunityProfile.Create(xinluo, "社区" + i, CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(2000 + (i % 9000)), HouseholdCount.Of(600 + (i % 2000))),
            [(PayRole.Director, 1), (PayRole.DeputyDirector, 1 + (i % 2)), (PayRole.FullTimeMember, 2 + (i % 3))]))];
        _calculator = new BudgetCalculator(BuiltInCatalog.Instance);
    }

    [Benchmark(OperationsPerInvoke = Communities, Description = "district budget, per community (100,000 communities)")]
    public decimal DistrictBudget() => _calculator.Annual(AsOf, _district, BudgetBasis.PayAtLeastTheFloor).Minimum.Yuan;

    /// <summary>The same district in totals only (issue 16): sums by item and payer, no line per community.</summary>
    /// <returns>The least total, in yuan.</returns>
    [Benchmark(OperationsPerInvoke = Communities, Description = "district totals only, per community (100,000 communities)")]
    public decimal DistrictTotals() => _calculator.Totals(AsOf, _district, BudgetBasis.PayAtLeastTheFloor).Minimum.Yuan;
}
