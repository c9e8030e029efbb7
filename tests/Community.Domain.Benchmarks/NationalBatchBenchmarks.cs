using BenchmarkDotNet.Attributes;
using Community.Domain.Batches;
using Community.Domain.Budgets;
using Community.Domain.BuiltIn;
using Community.Domain.Divisions.Villages;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Subsidies;
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

    /// <summary>
    /// Gets or sets a value indicating whether every committee is paid and funded: with the built-in
    /// catalog alone most of the country has no pay in force (the sources set pay in Fujian and Hubei
    /// only), so its committees cost no budget lines; paid everywhere adds a national pay schedule and
    /// two national funds, so that every committee costs three pay lines and three funds.
    /// </summary>
    [Params(false, true)]
    public bool PaidEverywhere { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = BuiltInCatalog.CreateBuilder();
        if (PaidEverywhere)
        {
            var china = KnownJurisdictions.China.Code;
            builder
                .Add(SubsidyKinds.Pay, china, EffectivePeriod.Always, SubsidyPolicy.Amounts(
                    SubsidyLine.Fixed(PayRole.Director, Money.FromYuan(3200)),
                    SubsidyLine.Fixed(PayRole.DeputyDirector, Money.FromYuan(2900)),
                    SubsidyLine.Fixed(PayRole.FullTimeMember, Money.FromYuan(2600))), RuleId.Of("BM-SUB-01"))
                .Add(FundingKinds.WorkFunds, china, EffectivePeriod.Always, FundingPolicy.Between(Money.FromYuan(30000), Money.FromYuan(50000)), RuleId.Of("BM-FUN-01"))
                .Add(FundingKinds.StaffFunds, china, EffectivePeriod.Always, FundingPolicy.PerWorker(Money.FromYuan(18000)), RuleId.Of("BM-FUN-02"));
        }

        var catalog = builder.IncludeDivisions(DivisionTable.National).Build();
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
