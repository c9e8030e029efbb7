using BenchmarkDotNet.Attributes;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Benchmarks;

/// <summary>The national division table (issue 16): loading it from the library's resource, and looking a unit up by code and by name.</summary>
[MemoryDiagnoser]
public class DivisionBenchmarks
{
    private static readonly JurisdictionCode[] Codes = [JurisdictionCode.Of(429004001), JurisdictionCode.Of(360828100), JurisdictionCode.Of(350802), JurisdictionCode.Of(110000), JurisdictionCode.Of(429004999)];
    private byte[] _resource = null!;
    private DivisionTable _table = null!;
    private CommitteeEvaluator _national = null!;
    private CommitteeEvaluator _builtIn = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var stream = typeof(DivisionTable).Assembly.GetManifestResourceStream("Community.Domain.divisions.tsv")!;
        _resource = new byte[stream.Length];
        stream.ReadExactly(_resource);
        _table = DivisionTable.National;
        _national = new CommitteeEvaluator(BuildNationalCatalog());
        _builtIn = new CommitteeEvaluator(BuiltInCatalog.Instance);
    }

    /// <summary>Builds the built-in catalog on the national tree (44,691 units added and checked).</summary>
    [Benchmark]
    public PolicyCatalog BuildNationalCatalog() => BuiltInCatalog.CreateBuilder().IncludeDivisions(_table).Build();

    /// <summary>A COM-01 quota at a street of Xiantao, in the catalog on the national tree.</summary>
    [Benchmark]
    public QuotaResult QuotaAtAStreet_National() => _national.Quota(JurisdictionCode.Of(429004001), new LocalDate(2016, 6, 30), Population.Of(5000));

    /// <summary>The same quota at Xiantao itself, in the built-in catalog, for comparison.</summary>
    [Benchmark(Baseline = true)]
    public QuotaResult QuotaAtXiantao_BuiltIn() => _builtIn.Quota(JurisdictionCode.Of(429004), new LocalDate(2016, 6, 30), Population.Of(5000));

    /// <summary>Loads the whole county and township table from its resource bytes.</summary>
    [Benchmark]
    public int Load() => DivisionTable.Parse(_resource).Count;

    /// <summary>Looks five codes up (four held, one not).</summary>
    [Benchmark]
    public int FindByCode()
    {
        var found = 0;
        foreach (var code in Codes)
        {
            found += _table.TryFind(code, out _) ? 1 : 0;
        }

        return found;
    }

    /// <summary>Finds every town named 城关镇.</summary>
    [Benchmark]
    public int FindByName() => _table.FindByName("城关镇").Length;
}
