using Community.Domain.Admission;
using Community.Domain.Assessments;
using Community.Domain.Budgets;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Premises;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Staffing;
using Community.Domain.Subsidies;
using NodaTime;

namespace Community.Domain.Tests;

/// <summary>The boundaries and messages of the general rule vocabulary (issue 12) that its module tests leave open.</summary>
public class GeneralVocabularyBoundaryTests
{
    private static readonly LocalDate AsOf = new(2024, 1, 1);
    private static readonly Jurisdiction Province = TestPlaces.Province;
    private static readonly Jurisdiction City = Jurisdiction.Below(Province.Code, JurisdictionCode.Of(990100), "测试市", "Test City", JurisdictionLevel.City);

    private static CommunityProfile Community(Jurisdiction at, int households = 2000, int residents = 6000) =>
        CommunityProfile.Create(at.Code, "测试社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(residents), HouseholdCount.Of(households));

    private static StaffingEvaluator Staffing(StaffingPolicy atProvince, StaffingPolicy? atCity = null)
    {
        var builder = BuiltInCatalog.Instance.ToBuilder().AddJurisdiction(Province).AddJurisdiction(City)
            .Add(StaffingKinds.CommunityWorkers, Province.Code, EffectivePeriod.Always, atProvince, RuleId.Of("T-01"));
        if (atCity is not null)
        {
            builder.Add(StaffingKinds.CommunityWorkers, City.Code, EffectivePeriod.Always, atCity, RuleId.Of("T-02"));
        }

        return new StaffingEvaluator(builder.Build());
    }

    [Theory]
    [InlineData(5, 11, 5, 11, true)]
    [InlineData(5, 11, 6, 10, true)]
    [InlineData(5, 11, 4, 11, false)]
    [InlineData(5, 11, 5, 12, false)]
    [InlineData(5, null, 5, null, true)]
    [InlineData(5, 11, 5, null, false)]
    [InlineData(5, null, 7, 9, true)]
    public void NearerRange_LiesWithinAHigherOne_BoundsIncluded(int higherMin, int? higherMax, int min, int? max, bool within) =>
        LevelCheck.Within(min, max, higherMin, higherMax).Should().Be(within);

    [Fact]
    public void ExplainAssessment_NarrowingRule_SaysItLiesWithinTheHigherOne()
    {
        var evaluator = Staffing(
            StaffingPolicy.Between(CountUnit.Households, CountFormula.Fixed(5), CountFormula.Fixed(11)),
            StaffingPolicy.Between(CountUnit.Households, CountFormula.Fixed(7), CountFormula.Fixed(9)));

        var explained = evaluator.ExplainAssessment(StaffingKinds.CommunityWorkers, AsOf, Community(City), 8);

        explained.Value.Findings.Should().BeEmpty();
        explained.Explanation.Steps.Select(s => s.English).Should().Contain("Holds: 7 to 9 lies within the 5 to 11 that T-01 of Test Province, a higher level, requires.")
            .And.Contain("Holds: community workers: 8 in post, at least the 7 required.")
            .And.Contain("Holds: community workers: 8 in post, within the cap of 9.");
        explained.Explanation.Steps.Select(s => s.Chinese).Should().Contain("符合:7至9在上级测试省规则T-01规定的5至11之内。");
        explained.Explanation.Inputs.Select(i => i.Name).Should().Equal("households", "staff");
        explained.Explanation.Inputs[1].Chinese.Should().Be("现有8人");
    }

    [Fact]
    public void ExplainAssessment_Contradiction_IsAFailedCondition_AndOneLevelNamesNoOther()
    {
        var evaluator = Staffing(
            StaffingPolicy.Between(CountUnit.Households, CountFormula.Fixed(5), CountFormula.Fixed(11)),
            StaffingPolicy.Between(CountUnit.Households, CountFormula.Fixed(4), CountFormula.Fixed(9)));

        evaluator.ExplainAssessment(StaffingKinds.CommunityWorkers, AsOf, Community(City), 8).Explanation.Steps.Select(s => s.English)
            .Should().Contain(s => s.StartsWith("Fails: The rule in force, T-02 of Test City, allows 4 to 9", StringComparison.Ordinal));
        var single = Staffing(StaffingPolicy.AtLeast(CountUnit.Residents, CountFormula.Fixed(5))).ExplainAssessment(StaffingKinds.CommunityWorkers, AsOf, Community(City), 8);
        single.Explanation.Steps.Select(s => s.English).Should().NotContain(s => s.Contains("also applies", StringComparison.Ordinal));
        single.Explanation.Inputs[0].Name.Should().Be("population");
    }

    [Fact]
    public void StaffingEvaluator_NullCommunity_ThrowsInEveryForm()
    {
        var evaluator = Staffing(StaffingPolicy.AtLeast(CountUnit.Residents, CountFormula.Fixed(5)));

        FluentActions.Invoking(() => evaluator.Requirement(StaffingKinds.CommunityWorkers, AsOf, null!)).Should().Throw<ArgumentNullException>().WithParameterName("community");
        FluentActions.Invoking(() => evaluator.TryRequirement(StaffingKinds.CommunityWorkers, AsOf, null!, out _)).Should().Throw<ArgumentNullException>().WithParameterName("community");
        FluentActions.Invoking(() => evaluator.TryAssess(StaffingKinds.CommunityWorkers, AsOf, null!, 1, out _)).Should().Throw<ArgumentNullException>().WithParameterName("community");
        FluentActions.Invoking(() => evaluator.ExplainAssessment(StaffingKinds.CommunityWorkers, AsOf, null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("community");
    }

    [Fact]
    public void StaffingAssessment_ComparesByValue()
    {
        var evaluator = Staffing(StaffingPolicy.Exactly(CountUnit.Households, CountFormula.PerUnits(250, RoundingMode.Up)));
        var short1 = evaluator.Assess(StaffingKinds.CommunityWorkers, AsOf, Community(City), 6);
        var short2 = evaluator.Assess(StaffingKinds.CommunityWorkers, AsOf, Community(City), 6);
        var full = evaluator.Assess(StaffingKinds.CommunityWorkers, AsOf, Community(City), 8);

        short1.Should().Be(short2);
        short1.GetHashCode().Should().Be(short2.GetHashCode());
        short1.Should().NotBe(full);
        full.Should().NotBe(evaluator.Assess(StaffingKinds.CommunityWorkers, AsOf, Community(City, 2250), 8));
        full.Should().NotBe(evaluator.Assess(StaffingKinds.CommunityWorkers, AsOf, Community(City), 9));
        short1.Should().NotBe(full with { });
        default(StaffingAssessment).Should().Be(default(StaffingAssessment));
        default(StaffingAssessment).Should().NotBe(short1);
        short1.ToString().Should().Be("6 staff against exactly 8 for 2000 Households: 1 finding(s)");
        full.ToString().Should().Be("8 staff against exactly 8 for 2000 Households: no findings");
        FluentActions.Invoking(() => default(StaffingAssessment).IsCompliant).Should().Throw<InvalidOperationException>().WithMessage("*default*StaffingEvaluator.Assess*");
    }

    [Fact]
    public void StaffingPolicy_Boundaries()
    {
        var exact = StaffingPolicy.Exactly(CountUnit.Households, CountFormula.PerUnits(250, RoundingMode.Up));
        var between = StaffingPolicy.Between(CountUnit.Households, CountFormula.PerUnits(250, RoundingMode.Up), CountFormula.PerUnits(100, RoundingMode.Up));

        exact.Require(0).Minimum.Should().Be(0);
        exact.Require(251).Maximum.Should().Be(2);
        between.Require(1000).Maximum.Should().Be(10);
        exact.Maximum.Should().BeSameAs(exact.Minimum);
        StaffingPolicy.AtLeast(CountUnit.Residents, CountFormula.Fixed(2)).ToString().Should().Be("at least (2), counting Residents");
        FluentActions.Invoking(() => exact.Require(-1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*zero or more*");
        FluentActions.Invoking(() => StaffingPolicy.Between(CountUnit.Residents, CountFormula.Fixed(3), CountFormula.Fixed(3))).Should().NotThrow();
    }

    [Fact]
    public void CountFormula_Boundaries()
    {
        CountFormula.Fixed(0).IsValid.Should().BeTrue();
        CountFormula.Stepped(0, 0, 1).IsValid.Should().BeTrue();
        CountFormula.Fixed(1).Between(0, 0).IsValid.Should().BeTrue();
        CountFormula.Fixed(1).AtMost(0).Evaluate(5).Should().Be(0);
        CountFormula.PerUnits(5, (RoundingMode)7).Problems.Should().ContainSingle().Which.Message.Should().Be("PerUnits(5): the rounding is 7, which is not a RoundingMode; expected Up, Down or HalfAwayFromZero.");
        CountFormula.Larger(CountFormula.Fixed(1), CountFormula.Fixed(-2)).Problems.Should().ContainSingle().Which.Message.Should().StartWith("Larger, second: Fixed(-2)");
        CountFormula.Smaller(CountFormula.Fixed(1), CountFormula.Fixed(-2)).Problems.Should().ContainSingle().Which.Message.Should().StartWith("Smaller, second: Fixed(-2)");
        CountFormula.Smaller(CountFormula.Fixed(1), CountFormula.Fixed(2)).ToString().Should().Be("the smaller of (1) and (2)");
        CountFormula.Fixed(1).AtLeast(2).ToString().Should().Be("1, at least 2");
        CountFormula.Banded(BandTable.Define(BoundaryReading.Strict, Band.Everywhere<long, CountFormula>(CountFormula.Fixed(1)))).ToString().Should().StartWith("by band (");
        FluentActions.Invoking(() => CountFormula.Stepped(int.MaxValue, 0, 1).Evaluate(10)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("units");
        FluentActions.Invoking(() => CountFormula.Banded(BandTable.Define(BoundaryReading.Strict, Band.Everywhere<long, CountFormula>(null!))))
            .Should().Throw<ArgumentNullException>().WithParameterName("bands.Bands[0].Value");
    }

    [Fact]
    public void Lineage_VersionInForce_FromItsFirstDayToTheDayBeforeItsEnd()
    {
        var kind = new PolicyKind<string>("test.edges", "edges", "边界");
        var catalog = PolicyCatalog.CreateBuilder().AddJurisdiction(KnownJurisdictions.China)
            .Add(kind, KnownJurisdictions.China.Code, EffectivePeriod.From(new LocalDate(2024, 1, 1)).EndingBefore(new LocalDate(2024, 2, 1)), "January", RuleId.Of("T-01"))
            .Build();

        catalog.ResolveLineage(kind, KnownJurisdictions.China.Code, new LocalDate(2023, 12, 31)).Should().BeEmpty();
        catalog.ResolveLineage(kind, KnownJurisdictions.China.Code, new LocalDate(2024, 1, 1)).Should().ContainSingle();
        catalog.ResolveLineage(kind, KnownJurisdictions.China.Code, new LocalDate(2024, 1, 31)).Should().ContainSingle();
        catalog.ResolveLineage(kind, KnownJurisdictions.China.Code, new LocalDate(2024, 2, 1)).Should().BeEmpty();
    }

    [Fact]
    public void ElectionAndTerm_Boundaries()
    {
        ElectionResult.Create(ElectionBasis.Voters, 10, 10, 10).TookPart.Should().Be(10);
        FluentActions.Invoking(() => ElectionResult.Create(ElectionBasis.Voters, 10, -1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("tookPart");
        FluentActions.Invoking(() => ElectionResult.Create(ElectionBasis.Voters, 10, 5, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fewestVotesOfTheElected");
        CommitteeTermPolicy.OfYears(1).Years.Should().Be(1);
        CommitteeTermPolicy.OfYears(10).Years.Should().Be(10);
        FluentActions.Invoking(() => CommitteeTermPolicy.OfYears(0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*from 1 to 10 years*");
        EligibilityCondition.YearsOfServiceAtLeast(60).Years.Should().Be(60);
        EligibilityCondition.YearsOfServiceAtLeast(1).Years.Should().Be(1);
        FluentActions.Invoking(() => EligibilityCondition.YearsOfServiceAtLeast(0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*from 1 to 60 years*");
    }

    [Fact]
    public void ShareThresholdAndCostShare_Boundaries()
    {
        ShareThreshold.AtLeast(Rate.Whole).IsMetBy(5, 5).Should().BeTrue();
        ShareThreshold.AtLeast(0, 5).Should().Be(ShareThreshold.AtLeast(0, 1));
        FluentActions.Invoking(() => ShareThreshold.AtLeast(Rate.FromPercent(100.5m))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*at most 100%*");
        FluentActions.Invoking(() => CostShare.Percentages()).Should().Throw<ArgumentException>().WithParameterName("shares").WithMessage("shares is not a cost share: The share names no payer; expected at least one.*");
    }

    [Fact]
    public void WorkingCalendar_Boundaries()
    {
        var calendar = WorkingCalendar.Create([new LocalDate(2024, 10, 3), new LocalDate(2024, 10, 1), new LocalDate(2024, 10, 5)], [new LocalDate(2024, 10, 12), new LocalDate(2024, 9, 29)]);

        calendar.Holidays.Should().Equal(new LocalDate(2024, 10, 1), new LocalDate(2024, 10, 3));
        calendar.WorkingWeekendDays.Should().Equal(new LocalDate(2024, 9, 29), new LocalDate(2024, 10, 12));
        calendar.IsWorkingDay(new LocalDate(2024, 10, 2)).Should().BeTrue();
        WorkingCalendar.WeekdaysOnly.AddWorkingDays(new LocalDate(2024, 1, 1), 3650).Should().BeGreaterThan(new LocalDate(2037, 1, 1));
        FluentActions.Invoking(() => WorkingCalendar.WeekdaysOnly.AddWorkingDays(new LocalDate(2024, 1, 1), 3651)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*from 1 to 3650*");
        WorkingCalendar.WeekdaysOnly.WorkingDaysBetween(new LocalDate(2024, 1, 5), new LocalDate(2024, 1, 5)).Should().Be(0);
        WorkingCalendar.WeekdaysOnly.ToString().Should().Be("weekdays less 0 holidays, plus 0 working weekend days");
    }

    [Fact]
    public void ServiceRecordAndEntitlement_Boundaries()
    {
        var person = ServiceRecord.Create(new LocalDate(2020, 3, 1));

        person.YearsOfService(new LocalDate(2020, 3, 1)).Should().Be(0);
        person.YearsOfService(new LocalDate(2021, 3, 1)).Should().Be(1);
        person.Should().NotBe(ServiceRecord.Create(new LocalDate(2020, 3, 2)));
        person.Should().NotBe(ServiceRecord.Create(new LocalDate(2020, 3, 1), "甲"));
        person.ToString().Should().Be("appointed 2020-03-01");
        FluentActions.Invoking(() => ServiceRecord.Create(new LocalDate(2020, 3, 1, CalendarSystem.Julian))).Should().Throw<ArgumentException>();
        var entitlement = new SubsidyEvaluator(BuiltInCatalog.Instance).Entitlement(SubsidyKinds.Pay, KnownJurisdictions.Shushan.Code, new LocalDate(2012, 6, 30), PayRole.GridWorker, person);
        entitlement.ToString().Should().StartWith("not eligible (1 condition(s) unmet): GridWorker: 400.00 CNY a month", "in 2012 the person appointed in 2020 does not hold the post yet");
        entitlement.Unmet.Should().ContainSingle().Which.Code.Should().Be(SubsidyFindingCodes.NotServing);
        new SubsidyEvaluator(BuiltInCatalog.Instance).Entitlement(SubsidyKinds.Pay, KnownJurisdictions.Shushan.Code, new LocalDate(2012, 6, 30), PayRole.GridWorker, ServiceRecord.Create(new LocalDate(2010, 3, 1)))
            .ToString().Should().StartWith("eligible: GridWorker: 400.00 CNY a month");
        person.Equals((ServiceRecord?)null).Should().BeFalse();
    }

    [Fact]
    public void FloorAreaRule_Boundaries()
    {
        var rule = FloorAreaRule.PerUnits(CountUnit.Households, Area.FromSquareMetres(20), 100, Area.FromSquareMetres(300));

        rule.Required(1500).Should().Be(Area.FromSquareMetres(300));
        FluentActions.Invoking(() => rule.Required(-1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*zero or more*");
        FluentActions.Invoking(() => FloorAreaRule.ByBand((CountUnit)3, BandTable.Define(BoundaryReading.Strict, Band.Everywhere<long, Area>(Area.Zero)))).Should().Throw<PolicyDefinitionException>();
        FloorAreaRule.ByBand(CountUnit.Residents, BandTable.Define(BoundaryReading.Strict, Band.Everywhere<long, Area>(Area.FromSquareMetres(5)))).ToString().Should().StartWith("by band of Residents: ");
    }

    [Fact]
    public void Results_DescribeThemselves()
    {
        new PayerAmount(Payer.Unassigned, Money.FromYuan(1), Money.FromYuan(1)).ToString().Should().Be("not assigned (unassigned): 1.00 CNY");
        FluentActions.Invoking(() => AdmissionList.Define("清单", " ", AdmissionListItem.Create("A", "甲", "a", "类", ListStanding.OwnDuty))).Should().Throw<ArgumentException>().WithParameterName("englishName");
        var review = new CommitteeEvaluator(BuiltInCatalog.Instance.ToBuilder()
                .Add(CommitteeKinds.Size, KnownJurisdictions.China.Code, EffectivePeriod.Always, CommitteeSizePolicy.Between(5, 9), RuleId.Of("T-01")).Build())
            .Review(AsOf, CommitteeRecord.Create(Community(KnownJurisdictions.Hefei), 4, 5));
        review.ToString().Should().Be("not compliant; 1 findings");
    }

    [Fact]
    public void Timeliness_DescribesItself()
    {
        var rules = BuiltInCatalog.Instance.Resolve(AdmissionKinds.WorkAdmission, KnownJurisdictions.Xinluo.Code, AsOf).Policy.ToBuilder().DecideWithin(2).Build();
        var evaluator = new AdmissionEvaluator(BuiltInCatalog.Instance.ToBuilder()
            .Override(PolicyVersion.Create(AdmissionKinds.WorkAdmission, KnownJurisdictions.Xinluo.Code, EffectivePeriod.Always, rules, RuleId.Of("T-02"))).Build());
        var request = WorkRequest.Create(Department.Of("区民政局", DepartmentLevel.County), WorkItemKind.SpecialSurvey, "调查", new LocalDate(2024, 3, 1), new LocalDate(2024, 3, 31))
            .WithAppliedOn(new LocalDate(2024, 1, 8));

        evaluator.Timeliness(KnownJurisdictions.Xinluo.Code, AsOf, request.WithDecidedOn(new LocalDate(2024, 1, 12)), WorkingCalendar.WeekdaysOnly).ToString()
            .Should().Be("applied 2024-01-08, deadline 2024-01-10, decided 2024-01-12: late");
        evaluator.Timeliness(KnownJurisdictions.Xinluo.Code, AsOf, request.WithDecidedOn(new LocalDate(2024, 1, 9)), WorkingCalendar.WeekdaysOnly).ToString()
            .Should().Be("applied 2024-01-08, deadline 2024-01-10, decided 2024-01-09: on time");
    }
}
