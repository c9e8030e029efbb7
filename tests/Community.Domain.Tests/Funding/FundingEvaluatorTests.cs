using Community.Domain.BuiltIn;
using Community.Domain.Explanations;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using CsCheck;
using NodaTime;

namespace Community.Domain.Tests.Funding;

public class FundingEvaluatorTests
{
    private static readonly FundingEvaluator Evaluator = new(BuiltInCatalog.Instance);
    private static readonly LocalDate Mid2008 = new(2008, 6, 30);

    [Theory]
    [InlineData(0, 8000, 1, false)]
    [InlineData(1, 8000, 1, false)]
    [InlineData(4999, 8000, 1, false)]
    [InlineData(5000, 10000, 0, true)] // FUN-01: "5000人以上" is listed first, so it wins at 5000.
    [InlineData(5001, 10000, 0, false)]
    [InlineData(1_000_000, 10000, 0, false)]
    public void OfficeFunds_Xinluo_FollowsFun01Bands(int residents, decimal yuan, int band, bool tie)
    {
        var amount = Evaluator.Amount(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, Mid2008, Population.Of(residents));

        amount.Annual.Should().Be(Money.FromYuan(yuan));
        amount.RuleId.Should().Be(RuleId.Fun01);
        amount.BandIndex.Should().Be(band);
        amount.IsDecidedByFirstListedWins.Should().Be(tie);
    }

    [Fact]
    public void OfficeFunds_XinluoInheritsFujiansVersion()
    {
        var resolution = BuiltInCatalog.Instance.Resolve(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, Mid2008);

        resolution.IsInherited.Should().BeTrue();
        resolution.Version.Jurisdiction.Should().Be(KnownJurisdictions.Fujian.Code);
    }

    [Theory]
    [InlineData(2007, 12, 31, 20000)]
    [InlineData(2008, 1, 1, 30000)]
    [InlineData(2010, 12, 31, 30000)]
    [InlineData(1995, 1, 1, 20000)]
    public void WorkFunds_Shashi_RaisedFromTheFirstDayOf2008(int year, int month, int day, decimal yuan)
    {
        var amount = Evaluator.Amount(FundingKinds.WorkFunds, KnownJurisdictions.Shashi.Code, new LocalDate(year, month, day), Population.Of(8000));

        amount.Annual.Should().Be(Money.FromYuan(yuan));
        amount.RuleId.Should().Be(RuleId.Fun03);
    }

    [Fact]
    public void WorkFunds_Xiantao_NothingInForce_Throws()
    {
        var act = () => Evaluator.Amount(FundingKinds.WorkFunds, KnownJurisdictions.Xiantao.Code, Mid2008, Population.Of(1));

        act.Should().Throw<PolicyNotInForceException>().WithMessage("*funding.work-funds*仙桃市*2008-06-30*");
    }

    [Fact]
    public void Explain_GivesTheSameAmountAsEvaluate() =>
        Gen.Int[0, 50_000].Sample(residents =>
        {
            var population = Population.Of(residents);
            var plain = Evaluator.Amount(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, Mid2008, population);
            var explained = Evaluator.ExplainAmount(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, Mid2008, population);
            return explained.Value == plain;
        }, iter: 200);

    [Fact]
    public void Explain_AtTheBoundary_NamesRuleVersionInheritanceBandReadingAndSource()
    {
        var explanation = Evaluator.ExplainAmount(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, Mid2008, Population.Of(5000)).Explanation;

        explanation.RuleId.Value.Should().Be("FUN-01");
        explanation.Policy.Name.Should().Be("funding.office-funds");
        explanation.Jurisdiction.Name.Should().Be("350802");
        explanation.DefinedAt.Name.Should().Be("350000");
        explanation.AsOf.Should().Be(Mid2008);
        explanation.Inputs.Should().ContainSingle().Which.Should().Be(new ExplanationText("population", "5000 residents", "5000人"));
        explanation.Steps.Select(s => s.Kind).Should().Equal(
            ExplanationStepKind.Resolution, ExplanationStepKind.Inheritance, ExplanationStepKind.Band, ExplanationStepKind.BoundaryReading);
        explanation.Steps[2].English.Should().Contain("band 1 of 2").And.Contain("5000人以上").And.Contain("[5000 residents, ∞)").And.Contain("10000.00 yuan a year");
        explanation.Steps[2].Chinese.Should().Contain("第1档").And.Contain("每年10000.00元");
        explanation.Steps[3].English.Should().Contain("band 2").And.Contain("first wins");
        explanation.Steps[3].Chinese.Should().Contain("原文先列出的一档");
        explanation.Result.English.Should().Be("office funds: 10000.00 yuan a year");
        explanation.Result.Chinese.Should().Be("办公经费:每年10000.00元");
        explanation.Citations.Should().ContainSingle().Which.Title.Should().Be("社区建设工作的调查报告");
    }

    [Fact]
    public void Explain_InsideABand_HasNoBoundaryReadingOrInheritance()
    {
        var explanation = Evaluator.ExplainAmount(FundingKinds.WorkFunds, KnownJurisdictions.Shashi.Code, new LocalDate(2008, 1, 1), Population.Of(8000)).Explanation;

        explanation.Steps.Select(s => s.Kind).Should().Equal(ExplanationStepKind.Resolution, ExplanationStepKind.Band);
        explanation.Steps[0].English.Should().Contain("from 2008-01-01, with no end date");
        explanation.Steps[0].Chinese.Should().Contain("自2008年1月1日起");
        explanation.Steps[1].English.Should().Contain("2008年提高到3万元").And.Contain("(−∞, ∞)");
    }

    [Fact]
    public void Explain_VersionWithoutStatedStart_SaysSo()
    {
        var explanation = Evaluator.ExplainAmount(FundingKinds.WorkFunds, KnownJurisdictions.Shashi.Code, new LocalDate(2007, 1, 1), Population.Of(8000)).Explanation;

        explanation.Steps[0].English.Should().Contain("from a start the source does not state, until before 2008-01-01 (that day excluded)");
        explanation.Steps[0].Chinese.Should().Contain("起始日期来源未载明").And.Contain("至2008年1月1日前(不含当日)");
    }

    [Fact]
    public void Evaluator_NullCatalog_Throws()
    {
        var act = () => new FundingEvaluator(null!);

        act.Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "catalog");
    }

    [Fact]
    public void FundingPolicy_NegativeAmounts_AreDefinitionErrors()
    {
        FluentActions.Invoking(() => FundingPolicy.Fixed(Money.FromYuan(-1m)))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "annualAmount").WithMessage("*-1.00 CNY*");

        var table = BandTable.Define(
            BoundaryReading.Strict,
            Band.Between(Bound.Inclusive(Population.Of(0)), Bound.Exclusive(Population.Of(10)), Money.FromYuan(-1m)),
            Band.From(Bound.Inclusive(Population.Of(10)), Money.FromYuan(-2m)));
        FluentActions.Invoking(() => FundingPolicy.ByPopulation(table))
            .Should().Throw<PolicyDefinitionException>().Which.Problems.Should().HaveCount(2).And.OnlyContain(p => p.Kind == DefinitionProblemKind.InvalidValue);
        FluentActions.Invoking(() => FundingPolicy.ByPopulation(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void FundingPolicy_Fixed_ZeroIsAllowed_AndFormats()
    {
        var policy = FundingPolicy.Fixed(Money.Zero, "无");

        policy.Evaluate(Population.Of(123)).Value.Should().Be(Money.Zero);
        policy.ToString().Should().Be("Strict: (−∞, ∞) → 0.00 CNY (无)");
    }

    [Fact]
    public void FundingAmount_Formats() =>
        Evaluator.Amount(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, Mid2008, Population.Of(5000)).ToString()
            .Should().Be("10000.00 CNY a year (FUN-01, band 1)");

    [Fact]
    public void BuiltInVersions_AllCarryARuleIdAndACitation() =>
        BuiltInCatalog.Instance.Versions.Should().OnlyContain(v => !v.RuleId.IsEmpty && v.Citations.Length > 0);

    [Fact]
    public void FundingPolicy_NegativeBand_MessageNamesTheBand()
    {
        var table = BandTable.Define(BoundaryReading.Strict, Band.Everywhere<Population, Money>(Money.FromYuan(-1m)));

        FluentActions.Invoking(() => FundingPolicy.ByPopulation(table)).Should().Throw<PolicyDefinitionException>()
            .Which.Problems.Single().Message.Should().Be("Band 1 (−∞, ∞) → -1.00 CNY gives a negative amount; expected zero or more.");
        FluentActions.Invoking(() => FundingPolicy.Fixed(Money.FromYuan(-1m))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("annualAmount is -1.00 CNY; it must be zero or more.*");
    }
}
