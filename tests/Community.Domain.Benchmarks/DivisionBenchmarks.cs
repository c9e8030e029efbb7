using BenchmarkDotNet.Attributes;
using Community.Domain.Jurisdictions;

namespace Community.Domain.Benchmarks;

/// <summary>The national division table (issue 16): loading it from the library's resource, and looking a unit up by code and by name.</summary>
[MemoryDiagnoser]
public class DivisionBenchmarks
{
    private static readonly JurisdictionCode[] Codes = [JurisdictionCode.Of(429004001), JurisdictionCode.Of(360828100), JurisdictionCode.Of(350802), JurisdictionCode.Of(110000), JurisdictionCode.Of(429004999)];
    private byte[] _resource = null!;
    private DivisionTable _table = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var stream = typeof(DivisionTable).Assembly.GetManifestResourceStream("Community.Domain.divisions.tsv")!;
        _resource = new byte[stream.Length];
        stream.ReadExactly(_resource);
        _table = DivisionTable.National;
    }

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
