using BenchmarkDotNet.Attributes;
using Community.Domain.Batches;
using Community.Domain.Budgets;
using Community.Domain.BuiltIn;
using Community.Domain.Divisions.Villages;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using NodaTime;

namespace Community.Domain.Benchmarks;

/// <summary>
/// The national batch (issue 16): every residents' committee of the village-level table, with sizes
/// from the synthetic generator (seed 2023), assessed under the built-in catalog on the national
/// division table and summed by county-level unit, province and in all; on one core and on two.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class NationalBatchBenchmarks
{
    private static readonly LocalDate AsOf = new(2016, 11, 22);
    private BudgetCommunity[] _committees = null!;
    private CommitteeBatch _batch = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = BuiltInCatalog.CreateBuilder().IncludeDivisions(DivisionTable.National).Build();
        _committees = [.. SyntheticCommunities.WithSeed(2023).Generate(VillageTable.National.ResidentsCommittees.Select(v => v.Township))];
        _batch = new CommitteeBatch(catalog);
    }

    /// <summary>The whole country on the calling thread.</summary>
    /// <returns>The committees counted.</returns>
    [Benchmark(Description = "national batch, 126,794 committees, one core")]
    public int OneCore() => _batch.Run(AsOf, _committees).Total.Committees;

    /// <summary>The whole country on two cores.</summary>
    /// <returns>The committees counted.</returns>
    [Benchmark(Description = "national batch, 126,794 committees, two cores")]
    public int TwoCores() => _batch.Run(AsOf, _committees, parallelism: 2).Total.Committees;
}
