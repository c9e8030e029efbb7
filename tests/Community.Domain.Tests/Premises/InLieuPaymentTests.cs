using Community.Domain.BuiltIn;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Premises;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Tests.Premises;

public class InLieuPaymentTests
{
    private static readonly PremisesEvaluator Evaluator = new(BuiltInCatalog.Instance);
    private static readonly LocalDate AsOf = new(2008, 6, 1);

    [Fact]
    public void Fac06_FujianScatteredDevelopment_Pays2To5PercentOfTheBuildingArea_AtTheCallersPrice()
    {
        var payment = Evaluator.InLieuPayment(KnownJurisdictions.Longyan.Code, AsOf, Area.FromSquareMetres(20000), Money.FromYuan(3000));

        payment.IsRange.Should().BeTrue();
        payment.AreaMinimum.Should().Be(Area.FromSquareMetres(400));
        payment.AreaMaximum.Should().Be(Area.FromSquareMetres(1000));
        payment.AmountMinimum.Should().Be(Money.FromYuan(1_200_000));
        payment.AmountMaximum.Should().Be(Money.FromYuan(3_000_000));
        payment.RuleId.Should().Be(RuleId.Fac06);
        payment.Version.Status.Should().Be(PolicyStatus.InForce);
        payment.Version.Citations[0].Title.Should().Be("关于推进海峡西岸和谐社区建设工作的意见");
    }

    [Fact]
    public void Fac06_XinluoProposal_Is5Percent_AndSaysItIsAProposal()
    {
        var explained = Evaluator.ExplainInLieuPayment(KnownJurisdictions.Xinluo.Code, AsOf, Area.FromSquareMetres(12345.67m), Money.FromYuan(2999.99m));
        var payment = explained.Value;

        payment.IsRange.Should().BeFalse();
        payment.AreaMinimum.SquareMetres.Should().Be(617.2835m);
        payment.AmountMinimum.Should().Be(Money.FromYuan(1_851_844.33m), "617.2835 m² × 2999.99 = 1851844.327165, rounded half away from zero to the fen");
        payment.Version.Status.Should().Be(PolicyStatus.Proposed);
        explained.Explanation.Steps.Should().Contain(s => s.Kind == ExplanationStepKind.Remark && s.English.StartsWith("FAC-06 is a proposal", StringComparison.Ordinal));
        explained.Explanation.Steps.Should().Contain(s => s.Kind == ExplanationStepKind.Formula && s.Chinese == "建设面积12345.67平方米的5%为617.2835平方米;按每平方米2999.99元折算,为1851844.33元。");
        explained.Explanation.Result.English.Should().Be("payment in lieu of premises 1851844.33 yuan");
        payment.ToString().Should().Be("617.2835 m², 1851844.33 CNY (FAC-06)");
    }

    [Fact]
    public void Range_ExplainsBothEnds()
    {
        var explained = Evaluator.ExplainInLieuPayment(KnownJurisdictions.Fujian.Code, AsOf, Area.FromSquareMetres(10000), Money.FromYuan(1000));

        explained.Explanation.Steps.Should().Contain(s => s.English == "2% to 5% of 10000 m² is 200 m² to 500 m²; at 1000.00 yuan a m², 200000.00 yuan to 500000.00 yuan.");
        explained.Explanation.Result.Chinese.Should().Be("折算缴纳社区配套用房经费200000.00元至500000.00元");
        explained.Value.ToString().Should().EndWith("(FAC-06)");
    }

    [Fact]
    public void Policy_ListsEveryProblem_AndArgumentsAreChecked()
    {
        FluentActions.Invoking(() => InLieuPaymentPolicy.Between(Rate.FromPercent(6), Rate.FromPercent(0)))
            .Should().Throw<PolicyDefinitionException>().Which.Problems.Select(p => p.Message).Should().Equal(
                "maximumShare is 0%; expected more than 0% and at most 100%.",
                "minimumShare, 6%, is above maximumShare, 0%.");
        FluentActions.Invoking(() => InLieuPaymentPolicy.At(Rate.FromPercent(101))).Should().Throw<PolicyDefinitionException>();
        InLieuPaymentPolicy.At(Rate.FromPercent(5), " ").SourceText.Should().BeNull();
        PremisesPolicies.FujianScatteredDevelopments.ToString().Should().Be("2% to 5% of the building area");
        PremisesPolicies.XinluoProposedPayment.ToString().Should().Be("5% of the building area");
        FluentActions.Invoking(() => Evaluator.InLieuPayment(KnownJurisdictions.Xinluo.Code, AsOf, Area.FromSquareMetres(1), Money.FromYuan(-1)))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "pricePerSquareMetre");
        Evaluator.TryInLieuPayment(KnownJurisdictions.Xiantao.Code, AsOf, Area.FromSquareMetres(1), Money.Zero, out var none).Should().BeFalse();
        none.Should().Be(default(InLieuPayment));
        FluentActions.Invoking(() => none.RuleId).Should().Throw<InvalidOperationException>();
        Evaluator.TryInLieuPayment(KnownJurisdictions.Xinluo.Code, AsOf, Area.FromSquareMetres(100), Money.FromYuan(10), out var some).Should().BeTrue();
        some.AmountMaximum.Should().Be(Money.FromYuan(50));
        FluentActions.Invoking(() => Evaluator.InLieuPayment(KnownJurisdictions.Xiantao.Code, AsOf, Area.FromSquareMetres(1), Money.Zero)).Should().Throw<PolicyNotInForceException>();
    }

    [Fact]
    public void RangePayment_FormatsBothEnds()
    {
        var payment = Evaluator.InLieuPayment(KnownJurisdictions.Fujian.Code, AsOf, Area.FromSquareMetres(10000), Money.FromYuan(1000));

        payment.ToString().Should().Be($"{Area.FromSquareMetres(200)} to {Area.FromSquareMetres(500)}, {Money.FromYuan(200000)} to {Money.FromYuan(500000)} (FAC-06)");
    }
}
