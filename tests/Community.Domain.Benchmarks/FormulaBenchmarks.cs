using BenchmarkDotNet.Attributes;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Staffing;
using NodaTime;

namespace Community.Domain.Benchmarks;

/// <summary>The general vocabulary's hot paths: a quota computed by formulas against the built-in banded quota lookup (COM-01) in the same run, and a staffing assessment that checks the nearer rule against a higher level's.</summary>
[MemoryDiagnoser]
public class FormulaBenchmarks
{
    private static readonly LocalDate AsOf = PopulationCycle.AsOf;
    private static readonly JurisdictionCode Xiantao = PopulationCycle.Xiantao;
    private readonly PopulationCycle _cycle = new();
    private readonly CommunityProfile[] _communities = new CommunityProfile[8];
    private CommitteeEvaluator _banded = null!;
    private CommitteeEvaluator _formula = null!;
    private StaffingEvaluator _staffing = null!;
    private CommunityProfile _staffed = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _banded = new CommitteeEvaluator(BuiltInCatalog.Instance);

        // The same sizes as COM-01, as a formula of households: 3 full-time, plus 2 part-time for the
        // first 1700 households and one more for every further 1700 or part, at most 4.
        var province = Jurisdiction.Below(KnownJurisdictions.China.Code, JurisdictionCode.Of(990000), "测试省", "Test Province", JurisdictionLevel.Province);
        var city = Jurisdiction.Below(province.Code, JurisdictionCode.Of(990100), "测试市", "Test City", JurisdictionLevel.City);
        var catalog = BuiltInCatalog.Instance.ToBuilder()
            .AddJurisdiction(province)
            .AddJurisdiction(city)
            .Add(CommitteeKinds.Quota, province.Code, EffectivePeriod.Always,
                CommitteeQuotaPolicy.ByFormula(CountUnit.Households, CountRange.Between(5, 7), CountFormula.Fixed(3), CountFormula.Stepped(2, 1700, 1700).AtMost(4)), RuleId.Of("B-01"))
            .Add(StaffingKinds.CommunityWorkers, province.Code, EffectivePeriod.Always,
                StaffingPolicy.Between(CountUnit.Households, CountFormula.Fixed(5), CountFormula.Fixed(11)), RuleId.Of("B-02"))
            .Add(StaffingKinds.CommunityWorkers, city.Code, EffectivePeriod.Always,
                StaffingPolicy.Exactly(CountUnit.Households, CountFormula.PerUnits(250, RoundingMode.Up).Between(7, 9)), RuleId.Of("B-03"))
            .Build();
        _formula = new CommitteeEvaluator(catalog);
        _staffing = new StaffingEvaluator(catalog);
        for (var i = 0; i < _communities.Length; i++)
        {
            var residents = _cycle.NextResidents();
            _communities[i] = CommunityProfile.Create(province.Code, "测试社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(residents), HouseholdCount.Of(residents / 3));
        }

        _staffed = CommunityProfile.Create(city.Code, "测试社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(6000), HouseholdCount.Of(2000));
    }

    [Benchmark(Baseline = true, Description = "banded quota lookup (COM-01)")]
    public int BandedQuota() => _banded.Quota(Xiantao, AsOf, _cycle.Next()).Quota.Total.Min;

    [Benchmark(Description = "formula quota (households, stepped, at most)")]
    public int FormulaQuota() => _formula.Quota(AsOf, _communities[unchecked(_next++) & 7]).Quota.Total.Min;

    [Benchmark(Description = "staffing assessment, two levels checked")]
    public int StaffingAssessment() => _staffing.Assess(StaffingKinds.CommunityWorkers, AsOf, _staffed, 8).Findings.Length;
}
