using BenchmarkDotNet.Attributes;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;
using RulesEngine.Models;

namespace Community.Domain.Benchmarks;

/// <summary>The 3+X quota lookup (COM-01) against a hand-written if/else and Microsoft's RulesEngine evaluating the same bands.</summary>
[MemoryDiagnoser]
public class QuotaBenchmarks
{
    private static readonly LocalDate AsOf = PopulationCycle.AsOf;
    private static readonly JurisdictionCode Xiantao = PopulationCycle.Xiantao;
    private readonly PopulationCycle _cycle = new();
    private CommitteeEvaluator _evaluator = null!;
    private ResidentsCommittee _committee = null!;
    private RulesEngine.RulesEngine _rulesEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = new CommitteeEvaluator(BuiltInCatalog.Instance);
        var community = CommunityProfile.Create(Xiantao, "干河社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(8000), HouseholdCount.Of(2500));
        _committee = ResidentsCommittee.Create(community,
        [
            CommitteeMember.FullTime("甲", CommitteePost.Director, PartyPost.Secretary),
            CommitteeMember.FullTime("乙", CommitteePost.DeputyDirector),
            CommitteeMember.FullTime("丙", CommitteePost.Member),
            CommitteeMember.PartTime("丁", CommitteePost.Member, PartTimeSource.GridWorker),
            CommitteeMember.PartTime("戊", CommitteePost.Member, PartTimeSource.ResidentGroupLeader),
            CommitteeMember.PartTime("己", CommitteePost.Member, PartTimeSource.OwnersCommitteeChair),
        ]);

        // The same reading of COM-01 as the library's: first listed wins at 5000 and 10000.
        var workflow = new Workflow
        {
            WorkflowName = "ThreePlusX",
            Rules =
            [
                new Rule { RuleName = "upTo5000", Expression = "population <= 5000", SuccessEvent = "5" },
                new Rule { RuleName = "upTo10000", Expression = "population > 5000 && population <= 10000", SuccessEvent = "6" },
                new Rule { RuleName = "above10000", Expression = "population > 10000", SuccessEvent = "7" },
            ],
        };
        _rulesEngine = new RulesEngine.RulesEngine([workflow], new ReSettings());
    }

    [Benchmark(Baseline = true, Description = "hand-written if/else")]
    public int HandWritten()
    {
        var population = _cycle.NextResidents();
        return population <= 5000 ? 5 : population <= 10000 ? 6 : 7;
    }

    [Benchmark(Description = "library quota lookup")]
    public int LibraryQuota() => _evaluator.Quota(Xiantao, AsOf, _cycle.Next()).Quota.Total.Min;

    [Benchmark(Description = "library quota lookup, explained")]
    public int LibraryQuotaExplained() => _evaluator.ExplainQuota(Xiantao, AsOf, _cycle.Next()).Explanation.Steps.Length;

    [Benchmark(Description = "library committee assessment")]
    public int LibraryAssessment() => _evaluator.Assess(AsOf, _committee).Findings.Length;

    [Benchmark(Description = "RulesEngine 6.0.1, same bands")]
    public async Task<int> RulesEngineQuota()
    {
        var results = await _rulesEngine.ExecuteAllRulesAsync("ThreePlusX", new RuleParameter("population", _cycle.NextResidents()));
        foreach (var result in results)
        {
            if (result.IsSuccess)
            {
                return int.Parse(result.Rule.SuccessEvent, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
