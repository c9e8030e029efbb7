using BenchmarkDotNet.Attributes;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Policies;
using Community.Domain.Primitives;

namespace Community.Domain.Benchmarks;

/// <summary>The two parts of a quota lookup on their own: resolving the policy in force, and finding the band.</summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private readonly PopulationCycle _cycle = new();
    private PolicyCatalog _catalog = null!;
    private BandTable<Population, CommitteeQuota> _bands = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = BuiltInCatalog.Instance;
        _bands = CommitteePolicies.XiantaoThreePlusX.Bands!;
    }

    [Benchmark(Description = "catalog resolve (Xiantao quota)")]
    public int Resolve() => _catalog.Resolve(CommitteeKinds.Quota, PopulationCycle.Xiantao, PopulationCycle.AsOf).Version.Period.Start is null ? 1 : 0;

    [Benchmark(Description = "band table find (3 bands)")]
    public int BandFind() => _bands.Find(_cycle.Next()).ListedIndex;
}
