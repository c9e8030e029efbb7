using BenchmarkDotNet.Attributes;
using Community.Domain.Committees;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Benchmarks;

/// <summary>The two parts of a quota lookup on their own: resolving the policy in force, and finding the band.</summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private static readonly LocalDate AsOf = new(2016, 11, 22);
    private static readonly JurisdictionCode Xiantao = KnownJurisdictions.Xiantao.Code;
    private readonly int[] _populations = [0, 4999, 5000, 5001, 9999, 10000, 10001, 25000];
    private PolicyCatalog _catalog = null!;
    private BandTable<Population, CommitteeQuota> _bands = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = PolicyCatalog.BuiltIn;
        _bands = CommitteePolicies.XiantaoThreePlusX.Bands!;
    }

    [Benchmark(Description = "catalog resolve (Xiantao quota)")]
    public int Resolve() => _catalog.Resolve(CommitteeKinds.Quota, Xiantao, AsOf).Version.Period.Start is null ? 1 : 0;

    [Benchmark(Description = "band table find (3 bands)")]
    public int BandFind()
    {
        var population = _populations[_next];
        _next = (_next + 1) & 7;
        return _bands.Find(Population.Of(population)).ListedIndex;
    }
}
