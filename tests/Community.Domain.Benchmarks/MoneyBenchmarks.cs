using BenchmarkDotNet.Attributes;
using Community.Domain.BuiltIn;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Subsidies;
using NodaTime;

namespace Community.Domain.Benchmarks;

/// <summary>One Xinluo community's money assessment: the floor and the gap of each of its three posts, and its office funds.</summary>
[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private static readonly LocalDate AsOf = new(2008, 3, 1);
    private static readonly JurisdictionCode Xinluo = KnownJurisdictions.Xinluo.Code;
    private readonly PopulationCycle _cycle = new();
    private SubsidyEvaluator _subsidies = null!;
    private FundingEvaluator _funding = null!;

    [GlobalSetup]
    public void Setup()
    {
        _subsidies = new SubsidyEvaluator(BuiltInCatalog.Instance);
        _funding = new FundingEvaluator(BuiltInCatalog.Instance);
    }

    [Benchmark(Description = "one community's money assessment")]
    public decimal CommunityMoney()
    {
        var units = FundedUnits.Of(_cycle.Next());
        var shortfall = _subsidies.Gap(Xinluo, AsOf, PayRole.Director, Money.FromYuan(700)).ShortfallMonthly
            + _subsidies.Gap(Xinluo, AsOf, PayRole.DeputyDirector, Money.FromYuan(700)).ShortfallMonthly
            + (_subsidies.Gap(Xinluo, AsOf, PayRole.FullTimeMember, Money.FromYuan(500)).ShortfallMonthly * 3);
        return shortfall.Yuan + _funding.Amount(FundingKinds.OfficeFunds, Xinluo, AsOf, units).Annual.Yuan;
    }

    [Benchmark(Description = "one community's money assessment, explained")]
    public int CommunityMoneyExplained() =>
        _subsidies.ExplainGap(Xinluo, AsOf, PayRole.Director, Money.FromYuan(700)).Explanation.Steps.Length
        + _subsidies.ExplainGap(Xinluo, AsOf, PayRole.DeputyDirector, Money.FromYuan(700)).Explanation.Steps.Length
        + _subsidies.ExplainGap(Xinluo, AsOf, PayRole.FullTimeMember, Money.FromYuan(500)).Explanation.Steps.Length
        + _funding.ExplainAmount(FundingKinds.OfficeFunds, Xinluo, AsOf, _cycle.Next()).Explanation.Steps.Length;
}
