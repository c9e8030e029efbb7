using System.Text;
using BenchmarkDotNet.Attributes;
using Community.Domain.Assessments;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Declarations;
using Community.Domain.Jurisdictions;
using Community.Domain.Json;
using Community.Domain.Policies;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Benchmarks;

/// <summary>
/// Declared rule kinds (issue 27): a declared threshold, range and table evaluated beside the nearest
/// built-in question (the 3+X quota, a band table resolved and looked up), and a document declaring
/// 100 kinds parsed and built into a catalog.
/// </summary>
[MemoryDiagnoser]
public class DeclaredBenchmarks
{
    private static readonly LocalDate AsOf = PopulationCycle.AsOf;
    private static readonly JurisdictionCode Xiantao = PopulationCycle.Xiantao;
    private readonly PopulationCycle _cycle = new();
    private CommitteeEvaluator _quota = null!;
    private Scale.ScaleEvaluator _scale = null!;
    private Communities.CommunityProfile[] _communities = null!;
    private DeclaredEvaluator _declared = null!;
    private DeclaredKind _threshold = null!;
    private DeclaredKind _range = null!;
    private DeclaredKind _table = null!;
    private byte[] _hundredKinds = null!;

    [GlobalSetup]
    public void Setup()
    {
        _quota = new CommitteeEvaluator(BuiltInCatalog.Instance);
        _communities = [.. Enumerable.Range(0, 8).Select(i => Communities.CommunityProfile.Create(Xiantao, "社区", Communities.CommunityKind.PureResidential, Communities.CommunitySetting.Urban, Primitives.Population.Of(1000 * i), Primitives.HouseholdCount.Of(600 * i)))];
        _threshold = Kind("bench.threshold", DeclaredInput.Measured("part", MeasureUnit.Residents, "部分", "part"), DeclaredInput.Measured("whole", MeasureUnit.Residents, "全部", "whole"), DeclaredInput.Ratio("share", "part", "whole", "比例", "share"));
        _range = Kind("bench.range", DeclaredInput.Measured("residents", MeasureUnit.Residents, "人口", "residents"));
        _table = Kind("bench.table", DeclaredInput.Measured("residents", MeasureUnit.Residents, "人口", "residents"));
        var catalog = BuiltInCatalog.CreateBuilder()
            .Add(_threshold.Version(Xiantao, EffectivePeriod.Always, DeclaredRule.Threshold("share", DeclaredComparison.AtLeast, 2, 3, "bench.failed", FindingSeverity.Error), RuleId.Of("BEN-01")))
            .Add(_range.Version(Xiantao, EffectivePeriod.Always, DeclaredRule.Range("residents", DeclaredLimit.Of(5000m, "bench.failed", FindingSeverity.Warning), DeclaredLimit.Of(10_000m, "bench.failed", FindingSeverity.Error)), RuleId.Of("BEN-02")))
            .Add(_table.Version(Xiantao, EffectivePeriod.Always, DeclaredRule.Table("residents", MeasureUnit.Members, BandTable.Define(BoundaryReading.FirstListedWins, Band.Between(Bound.Inclusive(0m), Bound.Inclusive(5000m), 5m), Band.Between(Bound.Inclusive(5000m), Bound.Inclusive(10_000m), 6m), Band.From(Bound.Inclusive(10_000m), 7m))), RuleId.Of("BEN-03")))
            .Add(Scale.ScaleKinds.Community, Xiantao, EffectivePeriod.Always, Scale.CommunityScalePolicy.Between(Primitives.CountUnit.Households, 1000, 3000), RuleId.Of("BEN-04"))
            .Build();
        _declared = new DeclaredEvaluator(catalog);
        _scale = new Scale.ScaleEvaluator(catalog);
        _hundredKinds = Encoding.UTF8.GetBytes(HundredKinds());
    }

    [Benchmark(Baseline = true, Description = "built-in quota lookup (band table)")]
    public int BuiltInQuota() => _quota.Quota(Xiantao, AsOf, _cycle.Next()).Quota.Total.Min;

    [Benchmark(Description = "built-in scale assessment (a range of households)")]
    public int BuiltInScale() => _scale.Assess(AsOf, _communities[_cycle.NextResidents() & 7]).Findings.Length;

    [Benchmark(Description = "declared threshold (a ratio at least 2/3)")]
    public bool DeclaredThreshold()
    {
        var residents = _cycle.NextResidents();
        return _declared.Evaluate(_threshold, Xiantao, AsOf, [residents / 2, residents]).Holds;
    }

    [Benchmark(Description = "declared range (warning and error sides)")]
    public bool DeclaredRange()
    {
        var residents = _cycle.NextResidents();
        return _declared.Evaluate(_range, Xiantao, AsOf, [residents]).Holds;
    }

    [Benchmark(Description = "declared table (three bands, first listed wins)")]
    public decimal? DeclaredTable()
    {
        var residents = _cycle.NextResidents();
        return _declared.Evaluate(_table, Xiantao, AsOf, [residents]).Value!.Value.Number;
    }

    [Benchmark(Description = "document of 100 declared kinds: parse and build")]
    public int HundredDeclaredKinds() =>
        PolicyDocument.Parse(_hundredKinds).AddTo(PolicyCatalog.CreateBuilder().IncludeJurisdictions(KnownJurisdictions.All)).Build().Versions.Length;

    /// <summary>A document of 100 declared kinds in ten groups, each with a version at Xiantao: thresholds, ranges and tables in turn.</summary>
    internal static string HundredKinds()
    {
        var kinds = new StringBuilder();
        var policies = new StringBuilder();
        for (var i = 0; i < 100; i++)
        {
            var name = $"group{i / 10}.kind{i}";
            kinds.Append(i == 0 ? string.Empty : ",").Append($$"""
                {"name":"{{name}}","chineseName":"声明{{i}}","englishName":"declared {{i}}","inputs":[
                {"name":"residents","unit":"Residents","chineseName":"人口","englishName":"residents"},
                {"name":"part","unit":"Residents","chineseName":"部分","englishName":"part"},
                {"name":"share","ratio":{"part":"part","whole":"residents"},"chineseName":"比例","englishName":"share"}],
                "findings":[{"code":"group{{i / 10}}.failed","chineseName":"不符合","englishName":"not met"}]}
                """);
            var rule = (i % 3) switch
            {
                0 => """{"allOf":[{"threshold":{"measure":"share","atLeast":"2/3","finding":"groupGROUP.failed","severity":"Error"}},{"range":{"measure":"residents","maximum":{"value":10000,"finding":"groupGROUP.failed","severity":"Warning"}}}]}""".Replace("GROUP", (i / 10).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
                1 => """{"allOf":[{"range":{"measure":"residents","minimum":{"value":100,"finding":"groupGROUP.failed","severity":"Warning"},"maximum":{"value":10000,"finding":"groupGROUP.failed","severity":"Error"}}},{"threshold":{"measure":"share","moreThan":0.5,"finding":"groupGROUP.failed","severity":"Error"}},{"threshold":{"measure":"part","atLeast":1,"finding":"groupGROUP.failed","severity":"Error"}}]}""".Replace("GROUP", (i / 10).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
                _ => """{"allOf":[{"table":{"measure":"residents","outcome":"Members","bands":{"reading":"FirstListedWins","bands":[{"upper":{"value":5000,"inclusive":true},"value":5},{"lower":{"value":5000,"inclusive":true},"value":7}]}}},{"threshold":{"measure":"share","atLeast":"1/3","finding":"groupGROUP.failed","severity":"Error"}}]}""".Replace("GROUP", (i / 10).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            };
            policies.Append(i == 0 ? string.Empty : ",").Append($$"""{"kind":"{{name}}","jurisdiction":"429004","ruleId":"BEN-{{i}}","policy":{{rule}}}""");
        }

        return $$"""{"format":"community-domain.catalog","formatVersion":1,"kinds":[{{kinds}}],"policies":[{{policies}}]}""";
    }

    private static DeclaredKind Kind(string name, params DeclaredInput[] inputs) =>
        DeclaredKind.Create(name, "基准", "benchmark", inputs, [DeclaredFinding.Create("bench.failed", "不符合", "not met")]);
}
