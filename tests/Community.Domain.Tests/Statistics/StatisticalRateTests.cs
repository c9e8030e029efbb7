using Community.Domain.Assessments;
using Community.Domain.BuiltIn;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;
using Community.Domain.Statistics;
using NodaTime;

namespace Community.Domain.Tests.Statistics;

public class StatisticalRateTests
{
    private static readonly LocalDate AsOf = new(2010, 12, 31);
    private static readonly StatisticsEvaluator Evaluator = new(BuiltInCatalog.Instance);

    [Fact]
    public void Wf03_Furong_51Of52ReportedAs98Percent_Agrees()
    {
        var check = Evaluator.Check(StatisticsKinds.Outcomes, KnownJurisdictions.Wanan.Code, AsOf);

        check.IsConsistent.Should().BeTrue();
        check.RatesChecked.Should().Be(1);
        check.BreakdownsChecked.Should().Be(0);
        check.Findings.Should().BeEmpty();
        check.Report.Rates[0].Counts!.Value.Should().Be(Community.Domain.Primitives.Proportion.Of(51, 52));
        check.ToString().Should().Be("no rate contradicts its counts (1 reported)");
    }

    [Fact]
    public void Wf02_Shashi_ClosureComputedAsAtMost96Point67_SatisfactionReportedWithoutCounts()
    {
        var explained = Evaluator.ExplainCheck(StatisticsKinds.Outcomes, KnownJurisdictions.Shashi.Code, AsOf);
        var check = explained.Value;

        check.IsConsistent.Should().BeTrue("a rate with no counts is noted, not contradicted");
        check.Findings.Should().ContainSingle().Which.Should().Match<Finding>(f =>
            f.Code == StatisticsFindingCodes.RateWithoutCounts && f.Severity == FindingSeverity.Info && f.RuleId == RuleId.Wf02
            && f.English == "residents satisfied: reported as 97% with no counts, so it cannot be checked."
            && f.Chinese == "满意率:原文报为97%,未给出件数,无从核对。");
        explained.Explanation.Steps.Should().Contain(s => s.English == "matters closed: 2320 of more than 2400 is at most 96.6667%; the source states no rate." && s.Kind == ExplanationStepKind.Remark);
        explained.Explanation.Steps.Should().Contain(s => s.Chinese == "办结率:2400余件中2320件,至多为96.6667%;原文未报比率。");
    }

    [Fact]
    public void MisreportedRate_IsAWarningCitingBothFigures()
    {
        var catalog = PolicyCatalog.CreateBuilder().IncludeJurisdictions(KnownJurisdictions.All)
            .Add(PolicyVersion.Create(StatisticsKinds.Outcomes, KnownJurisdictions.Wanan.Code, EffectivePeriod.Always,
                StatisticalReport.OfRates(StatisticalRate.Counted("调处率", "petitions mediated", 51, 52).ReportedAs(99)), RuleId.Wf03))
            .Build();

        var check = new StatisticsEvaluator(catalog).Check(StatisticsKinds.Outcomes, KnownJurisdictions.Wanan.Code, AsOf);

        check.IsConsistent.Should().BeFalse();
        check.Findings.Should().ContainSingle().Which.English.Should().Be("petitions mediated: 51 of 52 is 98.0769%, 98% to a whole percent, not the 99% reported.");
        check.Findings[0].Chinese.Should().Be("调处率:52件中51件,为98.0769%,取整为98%,与所报99%不符。");
        check.ToString().Should().Be("1 of 1 rates do not match their counts");
    }

    [Fact]
    public void ReportWithTotalsAndRates_ChecksBoth()
    {
        var report = StatisticalReport.Of(StatisticalTotal.Of("件", "cases", 10, StatisticalBreakdown.Of("按结果", "by outcome", StatisticalPart.Of("办结", "closed", 9), StatisticalPart.Of("未结", "open", 2))))
            .WithRates(StatisticalRate.Counted("办结率", "closure", 9, 10).ReportedAs(90.0m, 1), StatisticalRate.Counted("空", "none", 0, 0));
        var catalog = PolicyCatalog.CreateBuilder().IncludeJurisdictions(KnownJurisdictions.All)
            .Add(PolicyVersion.Create(StatisticsKinds.Outcomes, KnownJurisdictions.Wanan.Code, EffectivePeriod.Always, report, RuleId.Wf03))
            .Build();

        var explained = new StatisticsEvaluator(catalog).ExplainCheck(StatisticsKinds.Outcomes, KnownJurisdictions.Wanan.Code, AsOf);

        explained.Value.ToString().Should().Be("1 of 1 breakdowns do not add up; no rate contradicts its counts (2 reported)");
        explained.Explanation.Result.Chinese.Should().Be("1组分项数据中1组不相符;所报2个比率无与件数矛盾者");
        explained.Explanation.Steps.Should().Contain(s => s.English == "Holds: closure: 9 of 10 is 90%, 90.0% to one decimal, as reported.");
        explained.Explanation.Steps.Should().Contain(s => s.English == "none: 0 of 0, which gives no rate." && s.Kind == ExplanationStepKind.Remark);
        report.ToString().Should().Be("cases 10 (1 breakdowns); closure: 9 of 10 (90%), reported as 90.0%; none: 0 of 0");
    }

    [Fact]
    public void BadRates_AreRefusedByName()
    {
        FluentActions.Invoking(() => StatisticalRate.Counted(" ", "x", 1, 2)).Should().Throw<ArgumentException>().Where(e => e.ParamName == "chinese");
        FluentActions.Invoking(() => StatisticalRate.Counted("x", "x", 3, 2)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "part");
        FluentActions.Invoking(() => StatisticalRate.Reported("x", "x", 101)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "percent");
        FluentActions.Invoking(() => StatisticalRate.Reported("x", "x", 97.5m, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "percent" && e.Message.Contains("at most 0 decimals"));
        FluentActions.Invoking(() => StatisticalRate.Reported("x", "x", 97, 7)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "decimals");
        FluentActions.Invoking(() => StatisticalRate.Reported("x", "x", 97).WithApproximateWhole()).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => StatisticalReport.OfRates()).Should().Throw<ArgumentException>().Where(e => e.ParamName == "rates");
        FluentActions.Invoking(() => StatisticalReport.OfRates([null!])).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "rates[0]");
    }

    [Fact]
    public void Rate_ToString_NamesItsFigures()
    {
        StatisticalRate.Reported("满意率", "residents satisfied", 97).ToString().Should().Be("residents satisfied: no counts, reported as 97%");
        StatisticsPolicies.FurongPetitions.Rates[0].ToString().Should().Be("petitions mediated: 51 of 52 (98.08%), reported as 98%");
        StatisticsPolicies.ShashiResidentsMatters.Rates[0].WholeIsApproximate.Should().BeTrue();
    }
}
