using BenchmarkDotNet.Attributes;
using Community.Domain.BuiltIn;
using Community.Domain.Cases;
using Community.Domain.Json;
using Community.Domain.Policies;

namespace Community.Domain.Benchmarks;

/// <summary>Policies and cases as data (issue 15): the built-in catalog's document parsed (and built into a catalog), written, and every built-in golden case run.</summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private byte[] _builtInDocument = null!;
    private PolicyDocument _document = null!;
    private GoldenCaseDocument _cases = null!;
    private string _casesJson = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = PolicyDocument.Create(BuiltInCatalog.Instance.Jurisdictions, BuiltInCatalog.Instance.Versions);
        _builtInDocument = System.Text.Encoding.UTF8.GetBytes(_document.ToJson());
        _cases = BuiltInGoldenCases.Document;
        _casesJson = BuiltInGoldenCases.Json;
    }

    /// <summary>Parses the built-in catalog's document (every problem checked, every policy made through its factory).</summary>
    [Benchmark]
    public PolicyDocument ParseBuiltInDocument() => PolicyDocument.Parse(_builtInDocument);

    /// <summary>Parses the built-in catalog's document and builds the catalog from it.</summary>
    [Benchmark]
    public PolicyCatalog ParseAndBuildCatalog() => PolicyDocument.Parse(_builtInDocument).AddTo(PolicyCatalog.CreateBuilder()).Build();

    /// <summary>Writes the built-in catalog as a document.</summary>
    [Benchmark]
    public string WriteBuiltInDocument() => _document.ToJson();

    /// <summary>Parses the built-in golden cases.</summary>
    [Benchmark]
    public GoldenCaseDocument ParseBuiltInCases() => GoldenCaseDocument.Parse(_casesJson);

    /// <summary>Runs every built-in golden case against the built-in catalog, explanations included.</summary>
    [Benchmark]
    public int RunBuiltInCases() => _cases.Run(BuiltInCatalog.Instance).Count(r => r.Passed);
}
