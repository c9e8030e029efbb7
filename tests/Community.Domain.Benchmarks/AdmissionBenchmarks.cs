using BenchmarkDotNet.Attributes;
using Community.Domain.Admission;
using Community.Domain.BuiltIn;
using Community.Domain.Communities;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using NodaTime;

namespace Community.Domain.Benchmarks;

/// <summary>Work admission under Xinluo's proposal (ADM-01): one decision, one explained decision, and a year's register of 10,000 decisions summarised by kind.</summary>
[MemoryDiagnoser]
public class AdmissionBenchmarks
{
    private static readonly LocalDate AsOf = new(2010, 3, 1);
    private static readonly JurisdictionCode Xinluo = KnownJurisdictions.Xinluo.Code;
    private static readonly WorkItemKind[] Kinds = Enum.GetValues<WorkItemKind>();
    private AdmissionEvaluator _evaluator = null!;
    private WorkRequest[] _requests = null!;
    private WorkloadRegister _register = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = new AdmissionEvaluator(BuiltInCatalog.Instance);
        var department = Department.Of("区民政局", DepartmentLevel.County);
        var start = new LocalDate(2010, 3, 15);
        var end = new LocalDate(2010, 6, 30);
        var full = WorkRequest.Create(department, WorkItemKind.SpecialSurvey, "辖区流动人口专项调查", start, end)
            .WithApplicationTo(Authority.DistrictCommunityOffice)
            .WithDocuments(SupportingDocuments.SuperiorDocument | SupportingDocuments.ImplementationPlan)
            .WithApproval(Authority.DistrictPartyCommitteeAndGovernment, new LocalDate(2010, 2, 20))
            .WithFunds(Money.FromYuan(3000m))
            .WithAuthorityTransferred();

        // An admitted, a refusable (two conditions unmet), a bare and an own-duty request, in turn.
        _requests =
        [
            full,
            full.WithFunds(Money.Zero).WithApplicationTo(Authority.Of("district-education-bureau", "区教育局", "the district education bureau")),
            WorkRequest.Create(department, WorkItemKind.Plaque, "挂牌", start, end),
            WorkRequest.ForDuty(department, CommunityDuty.StatutoryDuties, "调解纠纷", start, end),
        ];

        var kinds = Enum.GetValues<WorkItemKind>().Where(kind => kind != WorkItemKind.OwnDuty).ToArray();
        var year = new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2010, 12, 31));
        var decisions = Enumerable.Range(0, 10_000).Select(i =>
        {
            var day = year.Start.PlusDays(i % 365);
            var request = WorkRequest.Create(department, kinds[i % kinds.Length], "任务", day, day.PlusDays(30))
                .WithReference($"#{i}")
                .WithFunds(Money.FromYuan(i % 3 == 0 ? 0m : 500m));
            if (i % 2 == 0)
            {
                request = request.WithApplicationTo(Authority.DistrictCommunityOffice)
                    .WithDocuments(SupportingDocuments.SuperiorDocument | SupportingDocuments.ImplementationPlan)
                    .WithApproval(Authority.DistrictPartyCommitteeAndGovernment, day)
                    .WithAuthorityTransferred();
            }

            return _evaluator.Decide(Xinluo, day, request);
        });
        _register = WorkloadRegister.Create(CommunityProfile.Create(Xinluo, "中城社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(5000), HouseholdCount.Of(1600)), year).AddRange(decisions);
    }

    [Benchmark(Description = "one admission decision")]
    public int Decide()
    {
        var request = _requests[unchecked(_next++) & 3];
        var decision = _evaluator.Decide(Xinluo, AsOf, request);
        return (int)decision.Outcome + decision.UnmetConditions.Count;
    }

    [Benchmark(Description = "one admission decision, explained")]
    public int Explain() => _evaluator.ExplainDecision(Xinluo, AsOf, _requests[unchecked(_next++) & 3]).Explanation.Steps.Length;

    [Benchmark(Description = "register of 10,000 decisions summarised by kind")]
    public int SummariseByKind()
    {
        var summary = _register.Summarise();
        var admitted = 0;
        foreach (var kind in Kinds)
        {
            admitted += summary.CountOf(kind, AdmissionOutcome.Admitted);
        }

        return admitted + summary.Total;
    }
}
