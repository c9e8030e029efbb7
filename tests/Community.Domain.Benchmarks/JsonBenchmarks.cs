using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Community.Domain.Budgets;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Json;
using Community.Domain.Jurisdictions;
using Community.Domain.Primitives;
using Community.Domain.Subsidies;
using NodaTime;

namespace Community.Domain.Benchmarks;

/// <summary>JSON through the source-generated context bound to the built-in catalog: a quota result written and read (its version resolved by reference), and a budget of 100 Xinluo communities written and read.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private CommunityDomainJsonContext _context = null!;
    private System.Text.Json.Serialization.Metadata.JsonTypeInfo<QuotaResult> _quotaInfo = null!;
    private QuotaResult _quota;
    private string _quotaJson = null!;
    private Budget _budget = null!;
    private string _budgetJson = null!;

    [GlobalSetup]
    public void Setup()
    {
        _context = CommunityDomainJson.Context(BuiltInCatalog.Instance);
        _quotaInfo = CommunityDomainJson.TypeInfo<QuotaResult>(CommunityDomainJson.Options(BuiltInCatalog.Instance));
        _quota = new CommitteeEvaluator(BuiltInCatalog.Instance).Quota(KnownJurisdictions.Xiantao.Code, new LocalDate(2020, 1, 1), Population.Of(8000));
        _quotaJson = JsonSerializer.Serialize(_quota, _quotaInfo);
        var communities = Enumerable.Range(0, 100).Select(i => BudgetCommunity.Create(
            CommunityProfile.Create(KnownJurisdictions.Xinluo.Code, $"社区{i}", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(3000 + (i * 50)), HouseholdCount.Of(1000 + (i * 10))),
            [(PayRole.Director, 1), (PayRole.FullTimeMember, 3)],
            workers: 4,
            partyBranches: 1));
        _budget = new BudgetCalculator(BuiltInCatalog.Instance).Annual(new LocalDate(2008, 6, 30), communities);
        _budgetJson = JsonSerializer.Serialize(_budget, _context.Budget);
    }

    /// <summary>Writes a quota result.</summary>
    [Benchmark]
    public string WriteQuota() => JsonSerializer.Serialize(_quota, _quotaInfo);

    /// <summary>Reads a quota result, finding its version in the catalog.</summary>
    [Benchmark]
    public QuotaResult ReadQuota() => JsonSerializer.Deserialize(_quotaJson, _quotaInfo);

    /// <summary>Writes a budget of 100 communities.</summary>
    [Benchmark]
    public string WriteBudget() => JsonSerializer.Serialize(_budget, _context.Budget);

    /// <summary>Reads a budget of 100 communities back.</summary>
    [Benchmark]
    public Budget? ReadBudget() => JsonSerializer.Deserialize(_budgetJson, _context.Budget);
}
