using BenchmarkDotNet.Attributes;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Benchmarks;

/// <summary>What registering the modules costs: building the built-in catalog, and making JSON options and writing a first result with them (issue 25).</summary>
[MemoryDiagnoser]
public class CatalogBuildBenchmarks
{
    private QuotaResult _quota;

    [GlobalSetup]
    public void Setup() =>
        _quota = new CommitteeEvaluator(BuiltInCatalog.Instance).Quota(KnownJurisdictions.Xiantao.Code, new LocalDate(2020, 1, 1), Population.Of(8000));

    [Benchmark(Description = "build the built-in catalog")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "BenchmarkDotNet runs instance methods.")]
    public PolicyCatalog BuildBuiltInCatalog() => BuiltInCatalog.CreateBuilder().Build();

    [Benchmark(Description = "JSON options bound to the built-in catalog, and one quota written")]
    public string JsonOptionsAndFirstWrite() =>
        System.Text.Json.JsonSerializer.Serialize(_quota, CommunityDomainJson.Options(BuiltInCatalog.Instance));
}
