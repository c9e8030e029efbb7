using Community.Domain.BuiltIn;
using Community.Domain.Documents;
using Community.Domain.Explanations;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Json;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Tests.Funding;

/// <summary>
/// A fund counted per unit with a floor and a cap (issue 27): "200 yuan a year per 100 households, at
/// least 3,000 and at most 10,000 yuan", in C# and in documents, explained in both languages.
/// </summary>
public sealed class FundingFloorTests
{
    private static readonly LocalDate Day = new(2024, 7, 1);
    private static readonly Jurisdiction Province = TestPlaces.Province;

    private static readonly FundingPolicy Bounded = FundingPolicy.PerHundredHouseholds(Money.FromYuan(200)).WithFloor(Money.FromYuan(3000)).WithCap(Money.FromYuan(10_000));

    private static readonly FundingEvaluator Evaluator = new(BuiltInCatalog.Instance.ToBuilder()
        .AddJurisdiction(Province)
        .Add(FundingKinds.SelfGovernanceFunds, Province.Code, EffectivePeriod.Always, Bounded, RuleId.Of("TP-FUN-09"))
        .Build());

    private static FundedUnits Households(int households) => FundedUnits.Of(Population.Of(households * 3), HouseholdCount.Of(households));

    [Theory]
    [InlineData(300, 3000)]      // 600 by count: raised to the floor
    [InlineData(1_499, 3000)]    // 2,998 by count
    [InlineData(1_500, 3000)]    // exactly the floor by count
    [InlineData(1_501, 3002)]    // above the floor
    [InlineData(5_000, 10_000)]  // exactly the cap by count
    [InlineData(5_001, 10_000)]  // 10,002 by count: held at the cap
    public void APerUnitFund_IsHeldBetweenItsFloorAndCap(int households, int yuan)
    {
        var amount = Evaluator.Amount(FundingKinds.SelfGovernanceFunds, Province.Code, Day, Households(households));

        amount.Annual.Should().Be(Money.FromYuan(yuan));
        amount.AnnualMaximum.Should().Be(Money.FromYuan(yuan));
    }

    [Fact]
    public void TheFloorAndTheCap_AreExplainedInBothLanguages()
    {
        var low = Evaluator.ExplainAmount(FundingKinds.SelfGovernanceFunds, Province.Code, Day, Households(300)).Explanation;
        var high = Evaluator.ExplainAmount(FundingKinds.SelfGovernanceFunds, Province.Code, Day, Households(6_000)).Explanation;

        low.ToText(ExplanationLanguage.English).Should().Contain("200.00 yuan × 3 hundreds of households = rounded half away from zero to 0.01 yuan, 600.00 yuan a year.")
            .And.Contain("600.00 yuan is below the floor of 3000.00 yuan a year: 3000.00 yuan a year.");
        low.ToText(ExplanationLanguage.Chinese).Should().Contain("600.00元低于每年3000.00元的下限,按3000.00元计。");
        high.ToText(ExplanationLanguage.English).Should().Contain("12000.00 yuan is above the cap of 10000.00 yuan a year: 10000.00 yuan a year.");
        high.ToText(ExplanationLanguage.Chinese).Should().Contain("12000.00元超过每年10000.00元的上限,按10000.00元计。");
    }

    [Fact]
    public void AFloorOrCap_OfAFundPerCommunity_BelowZero_OrOnTheWrongSide_IsRefused()
    {
        var perUnit = FundingPolicy.PerWorker(Money.FromYuan(1000));

        FluentActions.Invoking(() => FundingPolicy.Fixed(Money.FromYuan(5000)).WithFloor(Money.FromYuan(1))).Should().Throw<ArgumentException>().WithParameterName("annualFloor").WithMessage("*counted per community*");
        FluentActions.Invoking(() => FundingPolicy.Fixed(Money.FromYuan(5000)).WithCap(Money.FromYuan(1))).Should().Throw<ArgumentException>().WithParameterName("annualCap");
        FluentActions.Invoking(() => perUnit.WithFloor(Money.FromYuan(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("annualFloor");
        FluentActions.Invoking(() => perUnit.WithCap(Money.FromYuan(100)).WithFloor(Money.FromYuan(101))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("annualFloor").WithMessage("*above the cap*");
        FluentActions.Invoking(() => perUnit.WithFloor(Money.FromYuan(101)).WithCap(Money.FromYuan(100))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("annualCap").WithMessage("*below the floor*");
        perUnit.WithFloor(Money.FromYuan(100)).WithCap(Money.FromYuan(100)).Bounded(Money.FromYuan(5)).Should().Be(Money.FromYuan(100), "a floor equal to the cap fixes the amount");
    }

    [Fact]
    public void TheFloorAndCap_SurviveTheFundsOtherSettings()
    {
        var excluded = Bounded.Excluding(Communities.CommunityKind.VillageConverted);

        (excluded.AnnualFloor, excluded.AnnualCap).Should().Be((Money.FromYuan(3000), Money.FromYuan(10_000)));
        excluded.ToString().Should().Contain("at least 3000.00 CNY a year, at most 10000.00 CNY a year");
    }

    [Fact]
    public void InADocument_AFloorAndCapReadAndWriteBack()
    {
        var json = Document("""{"basis":"PerHundredHouseholds","annual":200,"annualFloor":3000,"annualCap":10000}""");

        var document = PolicyDocument.Parse(json);

        var policy = ((PolicyVersion<FundingPolicy>)document.Versions.Single()).Policy;
        (policy.AnnualFloor, policy.AnnualCap).Should().Be((Money.FromYuan(3000), Money.FromYuan(10_000)));
        var written = document.ToJson(indented: false);
        written.Should().Contain("\"annualFloor\":3000").And.Contain("\"annualCap\":10000");
        PolicyDocument.Parse(written).ToJson(indented: false).Should().Be(written);
    }

    [Theory]
    [InlineData("""{"basis":"PerCommunity","annual":200,"annualFloor":3000}""", "$.policies[0].policy.annualFloor", DocumentProblemKind.NotApplying)]
    [InlineData("""{"basis":"PerCommunity","annualMinimum":1,"annualMaximum":2,"annualCap":3}""", "$.policies[0].policy.annualCap", DocumentProblemKind.NotApplying)]
    [InlineData("""{"basis":"PerWorker","annual":200,"annualFloor":3000,"annualCap":2000}""", "$.policies[0].policy", DocumentProblemKind.InvalidValue)] // the two conflict: the policy's problem
    [InlineData("""{"basis":"PerWorker","annual":200,"annualFloor":-1}""", "$.policies[0].policy.annualFloor", DocumentProblemKind.InvalidValue)]
    public void InADocument_AFloorOrCapThatDoesNotApplyOrHold_IsAProblemAtItsMember(string policy, string path, DocumentProblemKind kind)
    {
        PolicyDocument.TryParse(Document(policy), out _, out var problems).Should().BeFalse();

        problems.Should().ContainSingle(string.Join("\n", problems)).Which.Should().Match<DocumentProblem>(p => p.Path == path && p.Kind == kind);
    }

    private static string Document(string policy) => Json.CatalogJson.OneVersion("funding.self-governance-funds", policy);
}
