using Community.Domain.BuiltIn;
using Community.Domain.Communities;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Premises;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Tests.Premises;

public class ScaledStandardTests
{
    private static readonly LocalDate AsOf = new(2024, 1, 1);
    private static readonly Jurisdiction City = Jurisdiction.Below(KnownJurisdictions.Anhui.Code, JurisdictionCode.Of(340900), "测试市", "Test City", JurisdictionLevel.City);
    private static readonly PolicyKind<PremisesStandard> ElderlyCare = new("test.elderly-care", "elderly care premises standard", "养老服务用房标准");

    // Office premises: 20 m² per 100 households, at least 300 m². Elderly care: by residents,
    // below 5000 → 200 m², from 5000 → 350 m² (first listed wins at 5000).
    private static readonly PremisesEvaluator Evaluator = new(BuiltInCatalog.Instance.ToBuilder()
        .AddJurisdiction(City)
        .Add(PremisesKinds.Standard, City.Code, EffectivePeriod.Always,
            PremisesStandard.Scaled(FloorAreaRule.PerUnits(CountUnit.Households, Area.FromSquareMetres(20), 100, Area.FromSquareMetres(300)), minimumRooms: 6), RuleId.Of("TC-FAC-01"))
        .Add(ElderlyCare, City.Code, EffectivePeriod.Always,
            PremisesStandard.Scaled(FloorAreaRule.ByBand(CountUnit.Residents, BandTable.Define(
                BoundaryReading.FirstListedWins,
                Band.Between(Bound.Inclusive(0L), Bound.Inclusive(5000L), Area.FromSquareMetres(200), "5000人以下"),
                Band.From(Bound.Inclusive(5000L), Area.FromSquareMetres(350), "5000人以上")))), RuleId.Of("TC-FAC-02"))
        .Build());

    private static CommunityProfile Community(int households, int residents) =>
        CommunityProfile.Create(City.Code, "测试社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(residents), HouseholdCount.Of(households));

    private static PremisesDescription Premises(decimal squareMetres) => new(Area.FromSquareMetres(squareMetres), 6, 1);

    [Theory]
    [InlineData(1000, 300)]
    [InlineData(1500, 300)]
    [InlineData(1501, 300.2)]
    [InlineData(2345, 469)]
    [InlineData(2346, 469.2)]
    public void PerHouseholds_WithAFloor_RequiresTheLargerArea(int households, decimal squareMetres)
    {
        var assessment = Evaluator.Assess(PremisesKinds.Standard, AsOf, Community(households, households * 3), Premises(300));

        assessment.RequiredFloorArea.Should().Be(Area.FromSquareMetres(squareMetres));
        assessment.IsCompliant.Should().Be(squareMetres <= 300);
    }

    [Theory]
    [InlineData(4999, 200)]
    [InlineData(5000, 200)]
    [InlineData(5001, 350)]
    public void ByBandOfResidents_AnyKindOfPremises(int residents, decimal squareMetres)
    {
        var assessment = Evaluator.Assess(ElderlyCare, AsOf, Community(1000, residents), Premises(250));

        assessment.RequiredFloorArea.Should().Be(Area.FromSquareMetres(squareMetres));
        assessment.IsCompliant.Should().Be(squareMetres <= 250);
    }

    [Fact]
    public void ExplainAssessment_ShowsHowTheAreaWasComputed()
    {
        var explained = Evaluator.ExplainAssessment(PremisesKinds.Standard, AsOf, Community(2345, 7000), Premises(400));

        explained.Value.RequiredFloorArea.Should().Be(Area.FromSquareMetres(469));
        explained.Explanation.Inputs.Select(i => i.English).Should().Contain("2345 households");
        explained.Explanation.Steps.Select(s => s.English).Should().Contain("20 m² per 100 households: 20 m² × 2345 ÷ 100, rounded up to 0.01 m², at least 300 m²: 469 m².");
        explained.Explanation.Steps.Select(s => s.Chinese).Should().Contain("每100户20平方米:20平方米×2345÷100(向上取整到0.01平方米),不少于300平方米:469平方米。");
        var banded = Evaluator.ExplainAssessment(ElderlyCare, AsOf, Community(1000, 5000), Premises(250));
        banded.Explanation.Steps.Select(s => s.Chinese).Should().Contain("5000人落在第1档(共2档)“5000人以下”,应不少于200平方米。");
    }

    [Fact]
    public void ScaledStandard_AskedWithoutTheCommunity_ThrowsSayingHowToAsk()
    {
        var act = () => Evaluator.Assess(PremisesKinds.Standard, City.Code, AsOf, Premises(400));

        act.Should().Throw<ArgumentException>().WithMessage("*scales its floor area with the community's Households*Assess(kind, asOf, community, premises)*");
        FluentActions.Invoking(() => Evaluator.TryAssess(PremisesKinds.Standard, City.Code, AsOf, Premises(400), out _)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Evaluator.ExplainAssessment(PremisesKinds.Standard, City.Code, AsOf, Premises(400))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void FixedStandard_AskedWithTheCommunity_GivesTheSameAnswer()
    {
        var xiantao = CommunityProfile.Create(KnownJurisdictions.Xiantao.Code, "某社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(6000), HouseholdCount.Of(2000));
        var premises = new PremisesDescription(Area.FromSquareMetres(280), 6, 1);

        var byCommunity = Evaluator.Assess(PremisesKinds.Standard, new LocalDate(2016, 11, 22), xiantao, premises);
        var byJurisdiction = Evaluator.Assess(PremisesKinds.Standard, KnownJurisdictions.Xiantao.Code, new LocalDate(2016, 11, 22), premises);

        byCommunity.Findings.Should().Equal(byJurisdiction.Findings);
        byCommunity.RequiredFloorArea.Should().Be(Area.FromSquareMetres(300));
    }

    [Fact]
    public void TryAssess_WithTheCommunity_FalseWhereNoneInForce()
    {
        Evaluator.TryAssess(ElderlyCare, AsOf, CommunityProfile.Create(KnownJurisdictions.Xinluo.Code, "某社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(6000), HouseholdCount.Of(2000)), Premises(1), out var none).Should().BeFalse();
        none.Should().BeNull();
        Evaluator.TryAssess(ElderlyCare, AsOf, Community(1000, 3000), Premises(250), out var some).Should().BeTrue();
        some!.IsCompliant.Should().BeTrue();
    }

    [Fact]
    public void Rules_BadDefinition_ListEveryProblem()
    {
        var act = () => FloorAreaRule.PerUnits((CountUnit)0, Area.Zero, 0, Area.Zero);

        act.Should().Throw<PolicyDefinitionException>().WithMessage("The floor area rule is invalid*").Which.Problems.Select(p => p.Message).Should().Equal(
            "per units: the divisor is 0; expected a positive number of households or residents.",
            "area per step: 0 m²; expected a positive area.",
            "unit: 0 is not a CountUnit; expected Residents or Households.");
        FluentActions.Invoking(() => FloorAreaRule.ByBand(CountUnit.Households, null!)).Should().Throw<ArgumentNullException>().WithParameterName("bands");
        FluentActions.Invoking(() => PremisesStandard.Scaled(null!)).Should().Throw<ArgumentNullException>().WithParameterName("floorArea");
        FluentActions.Invoking(() => FloorAreaRule.Fixed(Area.FromSquareMetres(1)).Required(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("units");
        FluentActions.Invoking(() => Evaluator.Assess(PremisesKinds.Standard, AsOf, null!, Premises(1))).Should().Throw<ArgumentNullException>().WithParameterName("community");
        FluentActions.Invoking(() => Evaluator.ExplainAssessment(PremisesKinds.Standard, AsOf, Community(1, 1), null!)).Should().Throw<ArgumentNullException>().WithParameterName("premises");
    }

    [Fact]
    public void Rules_DescribeThemselves()
    {
        FloorAreaRule.PerUnits(CountUnit.Households, Area.FromSquareMetres(20), 100, Area.FromSquareMetres(300)).ToString().Should().Be("20 m² per 100 Households, at least 300 m²");
        FloorAreaRule.Fixed(Area.FromSquareMetres(300)).ToString().Should().Be("300 m²");
        FloorAreaRule.Fixed(Area.FromSquareMetres(300)).IsScaled.Should().BeFalse();
        PremisesStandard.Scaled(FloorAreaRule.PerUnits(CountUnit.Households, Area.FromSquareMetres(20), 100, Area.FromSquareMetres(300))).ToString()
            .Should().Be("floor area 20 m² per 100 Households, at least 300 m²");
        PremisesStandard.Scaled(FloorAreaRule.PerUnits(CountUnit.Households, Area.FromSquareMetres(20), 100, Area.FromSquareMetres(300))).MinimumFloorArea.Should().Be(Area.FromSquareMetres(300));
    }
}
