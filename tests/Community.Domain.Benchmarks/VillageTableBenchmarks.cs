using BenchmarkDotNet.Attributes;
using Community.Domain.Divisions.Villages;

namespace Community.Domain.Benchmarks;

/// <summary>The village-level package (issue 16): reading its table, and a look-up by code.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class VillageTableBenchmarks
{
    private readonly string _resource = "Community.Domain.Divisions.Villages.villages.tsv.gz";
    private readonly VillageCode _shazui = VillageCode.Of(429004001002);
    private byte[] _text = null!;
    private VillageTable _table = null!;

    [GlobalSetup]
    public void Setup()
    {
        _table = VillageTable.National;
        _text = Unpack().ToArray();
    }

    /// <summary>Reading the table from its resource, as the first use does: unpacking and parsing.</summary>
    /// <returns>The units read.</returns>
    [Benchmark(Description = "village table: unpack and read 620,573 units")]
    public int UnpackAndRead()
    {
        using var buffer = Unpack();
        return VillageTable.Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)).Count;
    }

    /// <summary>Parsing the unpacked text alone.</summary>
    /// <returns>The units read.</returns>
    [Benchmark(Description = "village table: read the unpacked text")]
    public int Read() => VillageTable.Parse(_text).Count;

    /// <summary>A look-up by code.</summary>
    /// <returns>Whether it was found.</returns>
    [Benchmark(Description = "village look-up by code")]
    public bool FindByCode() => _table.TryFind(_shazui, out _);

    private MemoryStream Unpack()
    {
        using var stream = typeof(VillageTable).Assembly.GetManifestResourceStream(_resource)!;
        using var unpacked = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress);
        var buffer = new MemoryStream(16 << 20);
        unpacked.CopyTo(buffer);
        return buffer;
    }
}
