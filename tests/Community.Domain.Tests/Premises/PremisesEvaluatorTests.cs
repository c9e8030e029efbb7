using Community.Domain.Assessments;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Premises;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using NodaTime;

namespace Community.Domain.Tests.Premises;

public class PremisesEvaluatorTests
{
    private static readonly PremisesEvaluator Evaluator = new(BuiltInCatalog.Instance);
    private static readonly LocalDate In2008 = new(2008, 6, 30);
    private static readonly JurisdictionCode Xinluo = KnownJurisdictions.Xinluo.Code;
    private static readonly JurisdictionCode Xiantao = KnownJurisdictions.Xiantao.Code;

    private static Area M2(decimal m2) => Area.FromSquareMetres(m2);

    [Theory]
    [InlineData(49999, 3, 1499.97)]
    [InlineData(50000, 3, 1500)]
    [InlineData(50001, 2, 1000.02)]
    [InlineData(0, 3, 0)]
    [InlineData(200000, 2, 4000)]
    public void Reservation_Longyan_ThreePercentUpTo50000InclusiveElseTwo(decimal floorArea, decimal percent, decimal reserved)
    {
        var requirement = Evaluator.Reservation(Xinluo, In2008, M2(floorArea), HouseholdCount.Of(0));

        requirement.Share.Should().Be(Rate.FromPercent(percent));
        requirement.Required.Should().Be(M2(reserved));
        requirement.Governing.Should().Be(ReservationBasis.ShareOfFloorArea);
        requirement.ByHouseholds.Should().BeNull();
        requirement.RuleId.Should().Be(RuleId.Fac03);
        requirement.IsDecidedByFirstListedWins.Should().Be(floorArea == 50000);
    }

    [Fact]
    public void Reservation_Longyan_NotBefore2005()
    {
        var act = () => Evaluator.Reservation(Xinluo, new LocalDate(2004, 12, 31), M2(1000), HouseholdCount.Of(0));

        act.Should().Throw<PolicyNotInForceException>().WithMessage("*premises.developer-reservation*2004-12-31*");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(100, 20)]
    [InlineData(250, 50)]
    [InlineData(2601, 520.2)]
    public void Reservation_Xiantao_TwentySquareMetresPerHundredHouseholds(int households, decimal reserved)
    {
        var requirement = Evaluator.Reservation(Xiantao, In2008, M2(100000), HouseholdCount.Of(households));

        requirement.Required.Should().Be(M2(reserved));
        requirement.Governing.Should().Be(ReservationBasis.PerHundredHouseholds);
        requirement.ByShare.Should().BeNull();
        requirement.ShareBandIndex.Should().Be(-1);
        requirement.RuleId.Should().Be(RuleId.Fac04);
    }

    [Theory]
    [InlineData(10000, 1000, ReservationBasis.ShareOfFloorArea, 300)]
    [InlineData(10000, 1500, ReservationBasis.ShareOfFloorArea, 300)]
    [InlineData(10000, 2000, ReservationBasis.PerHundredHouseholds, 400)]
    public void Reservation_BothRequirements_TheLargerGoverns(decimal floorArea, int households, ReservationBasis governing, decimal reserved)
    {
        // 3% of 10000 m² is 300 m²; 20 m² per 100 households is 200, 300 or 400 m²: the larger governs, the share when equal.
        var catalog = BuiltInCatalog.Instance.ToBuilder()
            .Override(PolicyVersion.Create(PremisesKinds.DeveloperReservation, Xiantao, EffectivePeriod.Always,
                ReservationPolicy.ByBoth(PremisesPolicies.LongyanReservation.ShareOfFloorArea!, M2(20)), RuleId.Of("TEST-01")))
            .Build();
        var evaluator = new PremisesEvaluator(catalog);

        var requirement = evaluator.Reservation(Xiantao, In2008, M2(floorArea), HouseholdCount.Of(households));

        requirement.Governing.Should().Be(governing);
        requirement.Required.Should().Be(M2(reserved));
        requirement.ByShare.Should().Be(M2(300));

        var explanation = evaluator.ExplainReservation(Xiantao, In2008, M2(floorArea), HouseholdCount.Of(households)).Explanation;
        explanation.Steps[^1].Kind.Should().Be(ExplanationStepKind.Condition);
        explanation.Steps[^1].English.Should().Contain(governing == ReservationBasis.ShareOfFloorArea ? "share of floor area is the larger" : "per 100 households is the larger");
    }

    [Fact]
    public void ExplainReservation_AtTheBoundary_NamesBandShareAndReading()
    {
        var explained = Evaluator.ExplainReservation(Xinluo, In2008, M2(50000), HouseholdCount.Of(0));

        explained.Value.Should().Be(Evaluator.Reservation(Xinluo, In2008, M2(50000), HouseholdCount.Of(0)));
        var explanation = explained.Explanation;
        explanation.RuleId.Value.Should().Be("FAC-03");
        explanation.Steps.Select(s => s.Kind).Should().Equal(
            ExplanationStepKind.Resolution, ExplanationStepKind.Inheritance, ExplanationStepKind.Band, ExplanationStepKind.BoundaryReading, ExplanationStepKind.Formula);
        explanation.Steps[2].English.Should().Be("50000 m² falls in band 1 of 2 (\"5万平方米以下的预留3%\"), [0 m², 50000 m²], which gives 3%.");
        explanation.Steps[4].English.Should().Be("50000 m² × 3% = 1500 m².");
        explanation.Result.Chinese.Should().Be("应配建1500平方米");
        explanation.Citations.Select(c => c.Number).Should().Contain("龙政规〔2005〕147号");
    }

    [Fact]
    public void ExplainReservation_PerHouseholds_ShowsTheProportion()
    {
        var explanation = Evaluator.ExplainReservation(Xiantao, In2008, M2(1), HouseholdCount.Of(250)).Explanation;

        explanation.Steps[^1].English.Should().Be("20 m² per 100 households × 2.5 = 50 m².");
        explanation.Steps[^1].Chinese.Should().Be("每百户20平方米×2.5=50平方米。");
    }

    [Fact]
    public void Assess_Xiantao_SixRoomsAHallAnd300SquareMetres()
    {
        var good = Evaluator.Assess(PremisesKinds.Standard, Xiantao, In2008, new PremisesDescription(M2(300), rooms: 6, halls: 1));
        var poor = Evaluator.Assess(PremisesKinds.Standard, Xiantao, In2008, new PremisesDescription(M2(299.5m), rooms: 5, halls: 0));

        good.IsCompliant.Should().BeTrue();
        good.Findings.Should().BeEmpty();
        poor.IsCompliant.Should().BeFalse();
        poor.Findings.Select(f => f.Code).Should().Equal(PremisesFindingCodes.FloorAreaBelowStandard, PremisesFindingCodes.TooFewRooms, PremisesFindingCodes.TooFewHalls);
        poor.Findings.Should().OnlyContain(f => f.RuleId == RuleId.Fac01 && f.Severity == FindingSeverity.Error);
        poor.Findings[0].English.Should().Be("The floor area, 299.5 m², must be at least 300 m².");
        poor.Findings[1].Chinese.Should().Be("现有5室,标准要求至少6室。");
        poor.ToString().Should().Be("FAC-01 at least 300 m², 6 rooms, 1 hall(s): 3 error finding(s)");
    }

    [Theory]
    [InlineData(99.99, false)]
    [InlineData(100, true)]
    [InlineData(240, true)]
    public void Assess_Xinluo_FujianModelStandardOf100SquareMetres(decimal floorArea, bool compliant)
    {
        var assessment = Evaluator.Assess(PremisesKinds.Standard, Xinluo, In2008, new PremisesDescription(M2(floorArea), rooms: 0, halls: 0));

        assessment.IsCompliant.Should().Be(compliant);
        assessment.Version.RuleId.Should().Be(RuleId.Fac02);
    }

    [Fact]
    public void Assess_NewCentre_LandFloorAreaAndEveryFacility()
    {
        var everything = new[] { Facility.ServiceCentre, Facility.HealthStation, Facility.PoliceRoom, Facility.ReadingRoom, Facility.FitnessVenue, Facility.Parking };
        var complete = new PremisesDescription(M2(1200), 0, 0, Area.FromMu(1), everything);
        var lacking = new PremisesDescription(M2(1199), 0, 0, M2(666), everything.Take(4));
        var noLand = new PremisesDescription(M2(1500), 0, 0, null, everything);

        Evaluator.Assess(PremisesKinds.NewCentreStandard, Xinluo, In2008, complete).Findings.Should().BeEmpty();
        Evaluator.Assess(PremisesKinds.NewCentreStandard, Xinluo, In2008, lacking).Findings.Select(f => f.Code).Should().Equal(
            PremisesFindingCodes.FloorAreaBelowStandard, PremisesFindingCodes.LandBelowStandard, PremisesFindingCodes.MissingFacility, PremisesFindingCodes.MissingFacility);
        var unchecked_ = Evaluator.Assess(PremisesKinds.NewCentreStandard, Xinluo, In2008, noLand);
        unchecked_.IsCompliant.Should().BeTrue();
        unchecked_.Findings.Single().Code.Should().Be(PremisesFindingCodes.LandNotChecked);
        unchecked_.Findings.Single().Severity.Should().Be(FindingSeverity.Info);
    }

    [Fact]
    public void ExplainAssessment_RecordsEachCheck()
    {
        var explained = Evaluator.ExplainAssessment(PremisesKinds.Standard, Xiantao, In2008, new PremisesDescription(M2(320), 6, 0));

        explained.Value.Findings.Select(f => f.Code).Should().Equal(PremisesFindingCodes.TooFewHalls);
        var explanation = explained.Explanation;
        explanation.Inputs.Single().English.Should().Be("320 m², 6 rooms, 0 hall(s)");
        explanation.Inputs.Single().Chinese.Should().Be("320平方米,6室0厅");
        explanation.Steps.Where(s => s.Kind == ExplanationStepKind.Condition).Select(s => s.English[..6]).Should().Equal("Holds:", "Holds:", "Fails:");
        explanation.Result.English.Should().Be("below the standard: 1 finding(s)");
        Evaluator.ExplainAssessment(PremisesKinds.Standard, Xiantao, In2008, new PremisesDescription(M2(320), 6, 1)).Explanation.Result.Chinese.Should().Be("达到标准");
    }

    [Fact]
    public void BuildingCost_Xinluo_SixtyAndTwentyEightAMetreAndTheGrant()
    {
        var cost = Evaluator.BuildingCost(Xinluo, In2008, M2(300));

        cost.Fees.Select(f => (f.Fee.Name, f.Amount.Yuan, f.IsWaived)).Should().Equal(("infrastructure", 18000m, false), ("air-defence", 8400m, false));
        cost.TotalFees.Should().Be(Money.FromYuan(26400));
        cost.Waived.Should().Be(Money.Zero);
        cost.FeesDue.Should().Be(Money.FromYuan(26400));
        cost.Grant.Should().Be(Money.FromYuan(100000));
        cost.FeesDueAfterGrant.Should().Be(Money.FromYuan(-73600));
        cost.Version.RuleId.Should().Be(RuleId.Fac05);
        cost.ToString().Should().Be("300 m²: fees 26400.00 CNY, waived 0.00 CNY, due 26400.00 CNY, grant 100000.00 CNY (FAC-05)");
    }

    [Fact]
    public void BuildingCost_WaivingBothFees_LeavesNothingDue()
    {
        var cost = Evaluator.BuildingCost(Xinluo, In2008, M2(1200), ["infrastructure", "air-defence"]);

        cost.TotalFees.Should().Be(Money.FromYuan(105600));
        cost.Waived.Should().Be(Money.FromYuan(105600));
        cost.FeesDue.Should().Be(Money.Zero);
        Evaluator.BuildingCost(Xinluo, In2008, M2(1200), ["air-defence"]).FeesDue.Should().Be(Money.FromYuan(72000));
    }

    [Fact]
    public void BadInput_IsRejectedByName()
    {
        ((Action)(() => Evaluator.BuildingCost(Xinluo, In2008, M2(1), ["air-defence", "stamp-duty"]))).Should().Throw<ArgumentException>()
            .WithParameterName("waivedFees[1]").WithMessage("waivedFees[1] is \"stamp-duty\", which is not a fee of FAC-05; its fees are infrastructure, air-defence*");
        ((Action)(() => Evaluator.BuildingCost(Xinluo, In2008, M2(1), [null!]))).Should().Throw<ArgumentNullException>().WithParameterName("waivedFees[0]");
        var dear = new PremisesEvaluator(BuiltInCatalog.Instance.ToBuilder()
            .Add(PremisesKinds.BuildingFees, KnownJurisdictions.China.Code, EffectivePeriod.Always, BuildingFeePolicy.Define(Money.Zero, new BuildingFee("levy", "征费", Money.FromYuan(1000))), Domain.Sources.RuleId.Of("TN-FAC-01"))
            .Build());
        ((Action)(() => dear.BuildingCost(Xiantao, In2008, Area.FromSquareMetres(Area.MaxSquareMetres)))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("floorArea").WithMessage("floorArea is 10000000000000 m², on which the levy fee of 1000.00 CNY per m² is 10000000000000000 yuan, beyond what Money holds*");
        ((Action)(() => Evaluator.Assess(PremisesKinds.Standard, Xiantao, In2008, null!))).Should().Throw<ArgumentNullException>().WithParameterName("premises");
        ((Action)(() => _ = new PremisesEvaluator(null!))).Should().Throw<ArgumentNullException>().WithParameterName("catalog");
        ((Action)(() => _ = new PremisesDescription(M2(1), -1, 0))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rooms");
        ((Action)(() => _ = new PremisesDescription(M2(1), 0, -1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("halls");
        ((Action)(() => _ = new PremisesDescription(M2(1), 0, 0, null, [(Facility)99]))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("facilities");
        ((Action)(() => ReservationPolicy.ByHouseholds(Area.Zero))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("perHundredHouseholds");
        ((Action)(() => ReservationPolicy.ByShare(null!))).Should().Throw<ArgumentNullException>().WithParameterName("shareOfFloorArea");
        ((Action)(() => _ = new BuildingFee(" ", "费", Money.Zero))).Should().Throw<ArgumentException>().WithParameterName("name");
        ((Action)(() => BuildingFeePolicy.Define(Money.Zero, [null!]))).Should().Throw<ArgumentNullException>().WithParameterName("fees[0]");

        var fees = ((Func<BuildingFeePolicy>)(() => BuildingFeePolicy.Define(
            Money.FromYuan(-1),
            new BuildingFee("a", "甲", Money.FromYuan(-2)),
            new BuildingFee("a", "乙", Money.FromYuan(1))))).Should().Throw<PolicyDefinitionException>().Which.Problems;
        fees.Select(p => p.Kind).Should().Equal(DefinitionProblemKind.InvalidValue, DefinitionProblemKind.InvalidValue, DefinitionProblemKind.Duplicate);

        var standard = ((Func<PremisesStandard>)(() => PremisesStandard.Define(M2(1), -1, -1, null, [(Facility)99]))).Should().Throw<PolicyDefinitionException>().Which.Problems;
        standard.Should().HaveCount(3);
    }

    [Fact]
    public void Policies_Format()
    {
        PremisesPolicies.XinluoNewCentre.ToString().Should().StartWith("at least 1200 m², land of at least 666.66");
        PremisesPolicies.XinluoNewCentre.RequiredFacilities.Should().HaveCount(6);
        PremisesPolicies.XiantaoReservation.ToString().Should().Be("20 m² per 100 households");
        PremisesPolicies.XinluoBuildingFees.ToString().Should().Be("infrastructure (城市基础设施配套费) 60.00 CNY/m², air-defence (人防易地建设费) 28.00 CNY/m²; grant 100000.00 CNY a new office");
        new PremisesDescription(M2(1), 0, 0, null, [Facility.Parking, Facility.ServiceCentre, Facility.Parking]).Facilities.Should().Equal(Facility.ServiceCentre, Facility.Parking);
        Evaluator.Reservation(Xinluo, In2008, M2(50000), HouseholdCount.Of(0)).ToString().Should().Be("1500 m² (3% of floor area, FAC-03)");
        Evaluator.Reservation(Xiantao, In2008, M2(1), HouseholdCount.Of(100)).ToString().Should().Be("20 m² (per 100 households, FAC-04)");
    }

    [Fact]
    public void ExplainBuildingCost_ShowsEachFeeTheWaiverAndTheGrant()
    {
        var explained = Evaluator.ExplainBuildingCost(Xinluo, In2008, M2(300), ["air-defence"]);

        explained.Value.FeesDue.Should().Be(Money.FromYuan(18000));
        var explanation = explained.Explanation;
        explanation.RuleId.Value.Should().Be("FAC-05");
        explanation.Steps.Skip(1).Select(s => s.English).Should().Equal(
            "infrastructure: 60.00 yuan a m² × 300 m² = 18000.00 yuan.",
            "air-defence: 28.00 yuan a m² × 300 m² = 8400.00 yuan, waived.",
            "Fees 26400.00 yuan, less 8400.00 yuan waived: 18000.00 yuan due; the new office receives a grant of 100000.00 yuan.");
        explanation.Steps[2].Chinese.Should().Be("人防易地建设费:每平方米28.00元×300平方米=8400.00元,予以减免。");
        explanation.Result.Chinese.Should().Be("应缴规费18000.00元,补助100000.00元");
    }

    [Fact]
    public void Explanations_NameEveryCheckAndNothingMore()
    {
        // FAC-02 sets only a floor area: one check, no rooms or halls.
        var fujian = Evaluator.ExplainAssessment(PremisesKinds.Standard, Xinluo, In2008, new PremisesDescription(M2(240), 0, 0)).Explanation;
        fujian.Steps.Count(s => s.Kind == ExplanationStepKind.Condition).Should().Be(1);
        fujian.Result.English.Should().Be("meets the standard");
        Evaluator.ExplainAssessment(PremisesKinds.Standard, Xinluo, In2008, new PremisesDescription(M2(40), 0, 0)).Explanation.Result.Chinese.Should().Be("未达标准:1项");

        var both = new PremisesEvaluator(BuiltInCatalog.Instance.ToBuilder()
            .Override(PolicyVersion.Create(PremisesKinds.DeveloperReservation, Xiantao, EffectivePeriod.Always,
                ReservationPolicy.ByBoth(PremisesPolicies.LongyanReservation.ShareOfFloorArea!, M2(20)), RuleId.Of("TEST-01")))
            .Build());
        both.ExplainReservation(Xiantao, In2008, M2(10000), HouseholdCount.Of(1000)).Explanation.Steps[^1].Chinese.Should().Be("两项要求同时适用,按建筑面积比例计算的面积较大,以其为准。");
        both.ExplainReservation(Xiantao, In2008, M2(10000), HouseholdCount.Of(2000)).Explanation.Steps[^1].Chinese.Should().Be("两项要求同时适用,按户数计算的面积较大,以其为准。");
        both.Reservation(Xiantao, In2008, M2(60000), HouseholdCount.Of(0)).ShareBandIndex.Should().Be(1);
        Evaluator.Reservation(Xinluo, In2008, M2(60000), HouseholdCount.Of(0)).ShareBandIndex.Should().Be(1);
        Evaluator.Reservation(Xinluo, In2008, M2(6000), HouseholdCount.Of(0)).ShareBandIndex.Should().Be(0);
        PremisesPolicies.LongyanReservation.ToString().Should().StartWith("FirstListedWins: ");
        ReservationPolicy.ByBoth(PremisesPolicies.LongyanReservation.ShareOfFloorArea!, M2(20)).ToString().Should().EndWith("; 20 m² per 100 households");

        var fees = Evaluator.ExplainBuildingCost(Xinluo, In2008, M2(10)).Explanation;
        fees.Steps[1].Chinese.Should().Be("城市基础设施配套费:每平方米60.00元×10平方米=600.00元。");
        fees.Steps[1].English.Should().Be("infrastructure: 60.00 yuan a m² × 10 m² = 600.00 yuan.");

        var centre = Evaluator.ExplainAssessment(PremisesKinds.NewCentreStandard, Xinluo, In2008, new PremisesDescription(M2(1300), 0, 0, M2(500), [Facility.Parking])).Explanation;
        centre.Steps.Where(s => s.Kind == ExplanationStepKind.Condition).Select(s => s.English).Should().Contain(
            "Fails: The land, 500 m², must be at least 666.6666666667 m².",
            "Fails: The premises must have a service centre.",
            "Holds: The premises must have parking.");
        centre.Steps.Where(s => s.Kind == ExplanationStepKind.Condition).Select(s => s.Chinese).Should().Contain("不符合:应设有卫生服务站。");
        PremisesPolicies.XinluoNewCentre.ToString().Should().Be("at least 1200 m², land of at least 666.6666666667 m², with ServiceCentre, HealthStation, PoliceRoom, ReadingRoom, FitnessVenue, Parking");
        Evaluator.Assess(PremisesKinds.Standard, Xinluo, In2008, new PremisesDescription(M2(240), 0, 0)).ToString().Should().Be("FAC-02 at least 100 m²: compliant");
    }

    [Fact]
    public void DefinitionProblems_NameTheirFee()
    {
        var problems = ((Func<BuildingFeePolicy>)(() => BuildingFeePolicy.Define(
            Money.Zero,
            new BuildingFee("a", "甲", Money.FromYuan(-2)),
            new BuildingFee("a", "乙", Money.FromYuan(1))))).Should().Throw<PolicyDefinitionException>().Which.Problems;

        problems.Select(p => p.Message).Should().Equal(
            "Fee 1 (a (甲) -2.00 CNY/m²) is negative; expected zero or more.",
            "Fee 2 (a (乙) 1.00 CNY/m²) is named twice; name each fee once.");
    }
}
