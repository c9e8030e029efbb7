using Community.Domain.Assessments;
using Community.Domain.BuiltIn;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;
using Community.Domain.Statistics;
using NodaTime;

namespace Community.Domain.Tests.Statistics;

public class StatisticsEvaluatorTests
{
    private static readonly LocalDate AsOf = new(2016, 11, 22);
    private static readonly StatisticsEvaluator Evaluator = new(BuiltInCatalog.Instance);

    [Fact]
    public void Sta01_Xiantao_SizeBandsSumTo80_AndSevenOfEightUnfinishedCommunitiesAreNamed()
    {
        var check = Evaluator.Check(StatisticsKinds.Communities, KnownJurisdictions.Xiantao.Code, AsOf);

        check.BreakdownsChecked.Should().Be(8);
        check.IsConsistent.Should().BeFalse();
        check.Findings.Should().OnlyContain(f => f.Code == StatisticsFindingCodes.BreakdownDoesNotAddUp && f.Severity == FindingSeverity.Warning && f.RuleId == RuleId.Sta01);
        check.Findings.Select(f => f.English).Should().Equal(
            "urban and town communities by size: 23 (under 5000 residents) + 32 (5000 to 10000 residents) + 25 (10000 residents and more) = 80, not the 79 reported (1 more).",
            "communities that did not finish building as named: 1 (Hongguang) + 1 (Gaojiadu) + 1 (Qiwei) + 1 (Yehe) + 1 (Yanggang) + 1 (Xiacha) + 1 (Chaihe) = 7, not the 8 reported (1 fewer).");
        check.Findings[0].Chinese.Should().Be("城乡社区按规模:5000人以下23+5000-10000人32+10000人以上25=80,与所报79不符(多1)。");
        check.Report.Totals[0].Value.Should().Be(79, "the figures stay as the source reports them");
        check.ToString().Should().Be("2 of 8 breakdowns do not add up");
    }

    [Fact]
    public void Sta02_XiantaoCadres_AddUp()
    {
        var check = Evaluator.Check(StatisticsKinds.Workforce, KnownJurisdictions.Xiantao.Code, AsOf);

        check.IsConsistent.Should().BeTrue();
        check.BreakdownsChecked.Should().Be(2);
        check.ToString().Should().Be("all 2 breakdowns add up");
    }

    [Fact]
    public void Sta03_HefeiStaff_1782And2476Make4258_AndThePostsMake2582()
    {
        var check = Evaluator.Check(StatisticsKinds.Workforce, KnownJurisdictions.Shushan.Code, new LocalDate(2012, 1, 1));

        check.Findings.Select(f => f.English).Should().Equal(
            "full-time staff of the residents' committees by origin: 1782 (committee members) + 2476 (hired full-time community workers) = 4258, not the 3620 reported (638 more).",
            "hired full-time community workers by post: 198 (disability officers) + 404 (labour and social security assistants) + 221 (party organisers) + 476 (family planning officers) + 168 (minimum living allowance officers) + 297 (campaign officers) + 152 (public order officers) + 666 (others) = 2582, not the 2476 reported (106 more).");
        check.Findings.Should().OnlyContain(f => f.RuleId == RuleId.Sta03 && f.Citations.Single().Title == SourceDocuments.HefeiSurvey.Title);
    }

    [Fact]
    public void Sta04_Xinluo_AddsUp() =>
        Evaluator.Check(StatisticsKinds.Communities, KnownJurisdictions.Xinluo.Code, AsOf).IsConsistent.Should().BeTrue();

    [Fact]
    public void ExplainCheck_ListsEveryBreakdown()
    {
        var explained = Evaluator.ExplainCheck(StatisticsKinds.Communities, KnownJurisdictions.Xiantao.Code, AsOf);

        explained.Value.Findings.Should().Equal(Evaluator.Check(StatisticsKinds.Communities, KnownJurisdictions.Xiantao.Code, AsOf).Findings);
        var conditions = explained.Explanation.Steps.Where(s => s.Kind == Community.Domain.Explanations.ExplanationStepKind.Condition).ToList();
        conditions.Should().HaveCount(8);
        conditions.Count(s => s.English.StartsWith("Fails:", StringComparison.Ordinal)).Should().Be(2);
        conditions.Select(s => s.Chinese).Should().Contain("符合:城区社区按类型:纯社区21+村改居35=56,与所报56相符。");
        explained.Explanation.Result.English.Should().Be("2 of 8 breakdowns do not add up");
        explained.Explanation.Result.Chinese.Should().Be("8组分项数据中2组不相符");
    }

    [Fact]
    public void TryCheck_NoReport_ReturnsFalse_AndCheckThrows()
    {
        Evaluator.TryCheck(StatisticsKinds.Workforce, KnownJurisdictions.Xinluo.Code, AsOf, out var none).Should().BeFalse();
        none.Should().BeNull();
        Evaluator.TryCheck(StatisticsKinds.Workforce, KnownJurisdictions.Xiantao.Code, AsOf, out var some).Should().BeTrue();
        some!.IsConsistent.Should().BeTrue();
        FluentActions.Invoking(() => Evaluator.Check(StatisticsKinds.Workforce, KnownJurisdictions.Xinluo.Code, AsOf)).Should().Throw<PolicyNotInForceException>();
        FluentActions.Invoking(() => Evaluator.ExplainCheck(StatisticsKinds.Workforce, KnownJurisdictions.Xinluo.Code, AsOf)).Should().Throw<PolicyNotInForceException>();
    }

    [Fact]
    public void UsersOwnReport_IsCheckedTheSameWay()
    {
        var report = StatisticalReport.Of(StatisticalTotal.Of("社区", "communities", 10,
            StatisticalBreakdown.Of("按类型", "by type", StatisticalPart.Of("甲", "a", 4), StatisticalPart.Of("乙", "b", 5))));
        var catalog = BuiltInCatalog.Instance.ToBuilder()
            .Add(StatisticsKinds.Communities, KnownJurisdictions.Hefei.Code, EffectivePeriod.Always, report, RuleId.Of("T-01"))
            .Build();

        var finding = new StatisticsEvaluator(catalog).Check(StatisticsKinds.Communities, KnownJurisdictions.Hefei.Code, AsOf).Findings.Single();

        finding.English.Should().Be("communities by type: 4 (a) + 5 (b) = 9, not the 10 reported (1 fewer).");
        finding.Chinese.Should().Be("社区按类型:甲4+乙5=9,与所报10不符(少1)。");
    }

    [Fact]
    public void BadInput_ThrowsNamingTheArgument()
    {
        FluentActions.Invoking(() => StatisticalPart.Of("甲", "a", -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        FluentActions.Invoking(() => StatisticalPart.Of(" ", "a", 1)).Should().Throw<ArgumentException>().WithParameterName("chinese");
        FluentActions.Invoking(() => StatisticalBreakdown.Of("按", "by")).Should().Throw<ArgumentException>().WithParameterName("parts");
        FluentActions.Invoking(() => StatisticalBreakdown.Of("按", "by", (StatisticalPart)null!)).Should().Throw<ArgumentNullException>().WithParameterName("parts[0]");
        FluentActions.Invoking(() => StatisticalTotal.Of("社区", "communities", -1, StatisticalBreakdown.Of("按", "by", StatisticalPart.Of("甲", "a", 1)))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        FluentActions.Invoking(() => StatisticalTotal.Of("社区", "communities", 1)).Should().Throw<ArgumentException>().WithParameterName("breakdowns");
        FluentActions.Invoking(() => StatisticalReport.Of()).Should().Throw<ArgumentException>().WithParameterName("totals");
        FluentActions.Invoking(() => StatisticalReport.Of((StatisticalTotal)null!)).Should().Throw<ArgumentNullException>().WithParameterName("totals[0]");
        FluentActions.Invoking(() => new StatisticsEvaluator(null!)).Should().Throw<ArgumentNullException>().WithParameterName("catalog");
        StatisticsPolicies.XinluoCommunities.ToString().Should().Be("residents' committees 45 (1 breakdowns)");
        StatisticsPolicies.XinluoCommunities.Totals[0].Breakdowns[0].ToString().Should().Be("by type: pure residential 33 + village-converted 12 = 45");
    }
}
