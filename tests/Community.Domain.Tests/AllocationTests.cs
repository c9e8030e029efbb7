using Community.Domain.BuiltIn;
using Community.Domain.Communities;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Staffing;
using Community.Domain.Subsidies;
using NodaTime;

namespace Community.Domain.Tests;

[Collection(AllocationMeasurement.Name)]
public class AllocationTests
{
    private const string NoAllocation = "a pass after the warm-up allocates nothing: an allocation per call would fall in every pass, while a one-off allocation of the runtime (tiered compilation under a loaded machine) may fall in one";

    /// <summary>Runs a pass to warm up (JIT, tiering, the frozen dictionaries' first lookups), then up to six more until one allocates nothing on this thread.</summary>
    /// <param name="pass">One pass of calls.</param>
    /// <returns>The bytes each measured pass allocated.</returns>
    private static List<long> SteadyPasses(Action pass)
    {
        pass();
        var measured = new List<long>();
        while (measured.Count < 6 && !measured.Contains(0))
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            pass();
            measured.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return measured;
    }

    [Fact]
    public void Evaluate_WithoutExplanation_AllocatesNothing()
    {
        var evaluator = new FundingEvaluator(BuiltInCatalog.Instance);
        var date = new LocalDate(2008, 6, 30);
        var total = 0m;

        var measured = SteadyPasses(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                total += evaluator.Amount(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, date, Population.Of(i)).Annual.Yuan;
                total += evaluator.Amount(FundingKinds.WorkFunds, KnownJurisdictions.Shashi.Code, date, Population.Of(i)).Annual.Yuan;
            }
        });

        measured.Should().Contain(0, NoAllocation);
        total.Should().BePositive();
    }

    [Fact]
    public void FormulaAndStaffingAssessment_CheckingTwoLevels_AllocateNothing()
    {
        var province = TestPlaces.Province;
        var city = Jurisdiction.Below(province.Code, JurisdictionCode.Of(990100), "测试市", "Test City", JurisdictionLevel.City);
        var catalog = BuiltInCatalog.Instance.ToBuilder().AddJurisdiction(province).AddJurisdiction(city)
            .Add(StaffingKinds.CommunityWorkers, province.Code, EffectivePeriod.Always,
                StaffingPolicy.Between(CountUnit.Households, CountFormula.Fixed(5), CountFormula.Fixed(11)), RuleId.Of("T-01"))
            .Add(StaffingKinds.CommunityWorkers, city.Code, EffectivePeriod.Always,
                StaffingPolicy.Exactly(CountUnit.Households, CountFormula.PerUnits(250, RoundingMode.Up).Between(7, 9)), RuleId.Of("T-02"))
            .Build();
        var evaluator = new StaffingEvaluator(catalog);
        var community = CommunityProfile.Create(city.Code, "测试社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(9000), HouseholdCount.Of(2000));
        var formula = CountFormula.Stepped(3, 1000, 500).Between(3, 9);
        var date = new LocalDate(2024, 7, 1);
        var total = 0;
        var measured = SteadyPasses(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                var assessment = evaluator.Assess(StaffingKinds.CommunityWorkers, date, community, 8);
                total += assessment.Findings.Length + assessment.Staff + formula.Evaluate(i);
            }
        });

        measured.Should().Contain(0, NoAllocation);
        total.Should().BePositive();
    }

    [Fact]
    public void ResolveAndBandLookup_AllocateNothing()
    {
        var catalog = BuiltInCatalog.Instance;
        var date = new LocalDate(2008, 6, 30);
        var hits = 0;
        var measured = SteadyPasses(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                var resolution = catalog.Resolve(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, date);
                hits += resolution.Policy.AnnualAmounts.TryFind(Population.Of(i), out var match) ? match.ListedIndex : 0;
            }
        });

        measured.Should().Contain(0, NoAllocation);
        hits.Should().BePositive();
    }

    [Fact]
    public void SubsidyFloorsAmountsAndGaps_AllocateNothing()
    {
        var evaluator = new SubsidyEvaluator(BuiltInCatalog.Instance);
        var xinluo = KnownJurisdictions.Xinluo.Code;
        var date = new LocalDate(2008, 6, 30);
        var total = 0m;
        var measured = new List<long>();
        for (var pass = 0; pass < 4 && !measured.Contains(0); pass++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 5_000; i++)
            {
                total += evaluator.Floor(xinluo, date, PayRole.Director).Monthly.Yuan;
                total += evaluator.Amount(SubsidyKinds.Pay, xinluo, date, PayRole.FullTimeMember).Monthly.Yuan;
                total += evaluator.Gap(xinluo, date, PayRole.FullTimeMember, Money.FromYuan(i)).ShortfallMonthly.Yuan;
                total += evaluator.TryAmount(SubsidyKinds.Floor, xinluo, date, PayRole.DeputyDirector, out var floor) ? floor.Monthly.Yuan : 0m;
            }

            // The first pass warms up the JIT; a later one (of up to three) must allocate nothing.
            if (pass >= 1)
            {
                measured.Add(GC.GetAllocatedBytesForCurrentThread() - before);
            }
        }

        measured.Should().Contain(0, "a pass after the warm-up allocates nothing: an allocation per call would fall in every pass, while a one-off allocation of the runtime (tiered compilation under a loaded machine) may fall in one");

        total.Should().BePositive();
    }

    [Fact]
    public void FundingByUnitsGridPlansAndReservations_AllocateNothing()
    {
        var funding = new FundingEvaluator(BuiltInCatalog.Instance);
        var grids = new Community.Domain.Grids.GridEvaluator(BuiltInCatalog.Instance);
        var premises = new Community.Domain.Premises.PremisesEvaluator(BuiltInCatalog.Instance);
        var date = new LocalDate(2008, 6, 30);
        var total = 0m;
        var measured = new List<long>();
        for (var pass = 0; pass < 4 && !measured.Contains(0); pass++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 5_000; i++)
            {
                var units = FundedUnits.Of(Population.Of(i), HouseholdCount.Of(i / 3), workers: i % 7, partyBranches: 1);
                total += funding.Amount(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, date, units).Annual.Yuan;
                total += funding.Amount(FundingKinds.WorkFunds, KnownJurisdictions.Shashi.Code, date, units).AnnualMaximum.Yuan;
                total += grids.Plan(KnownJurisdictions.Hefei.Code, date, HouseholdCount.Of(i)).MaximumGrids;
                total += premises.Reservation(KnownJurisdictions.Xinluo.Code, date, Area.FromSquareMetres(i * 20), HouseholdCount.Of(i)).Required.SquareMetres;
                total += premises.Reservation(KnownJurisdictions.Xiantao.Code, date, Area.FromSquareMetres(i * 20), HouseholdCount.Of(i)).Required.SquareMetres;
            }

            if (pass >= 1)
            {
                measured.Add(GC.GetAllocatedBytesForCurrentThread() - before);
            }
        }

        measured.Should().Contain(0, "a pass after the warm-up allocates nothing: an allocation per call would fall in every pass, while a one-off allocation of the runtime (tiered compilation under a loaded machine) may fall in one");

        total.Should().BePositive();
    }

    [Fact]
    public void AdmissionDecisions_AllocateNothing()
    {
        var admission = new Community.Domain.Admission.AdmissionEvaluator(Admission.AdmissionFixtures.Catalog);
        var city = Admission.AdmissionFixtures.City.Code;
        var date = new LocalDate(2010, 3, 1);
        Community.Domain.Admission.WorkRequest[] requests =
        [
            Admission.AdmissionFixtures.Bare(),
            Admission.AdmissionFixtures.FullXinluo(),
            Admission.AdmissionFixtures.FullUnnamedCity(Community.Domain.Admission.WorkItemKind.EconomicTarget),
            Admission.AdmissionFixtures.Bare().WithUrgency(Community.Domain.Admission.WorkUrgency.Emergency),
            Community.Domain.Admission.WorkRequest.ForDuty(Admission.AdmissionFixtures.CivilAffairs, Community.Domain.Admission.CommunityDuty.StatutoryDuties, "调解", date, date),
        ];
        var outcomes = new HashSet<Community.Domain.Admission.AdmissionOutcome>();
        var total = 0;
        var measured = new List<long>();
        for (var pass = 0; pass < 4 && !measured.Contains(0); pass++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 5_000; i++)
            {
                var request = requests[i % requests.Length];
                var decision = admission.Decide(KnownJurisdictions.Xinluo.Code, date, request);
                total += (int)decision.Outcome + decision.UnmetConditions.Count;
                foreach (var unmet in decision.UnmetConditions)
                {
                    total += unmet.English.Length + unmet.Chinese.Length + unmet.Citations.Length;
                }

                var atCity = admission.Decide(city, date, request);
                total += (int)atCity.Outcome;
                if (pass == 0)
                {
                    outcomes.Add(decision.Outcome);
                    outcomes.Add(atCity.Outcome);
                }

                total += admission.TryDecide(KnownJurisdictions.Xiantao.Code, date, request, out var xiantao) ? (int)xiantao.Outcome : 0;
            }

            if (pass >= 1)
            {
                measured.Add(GC.GetAllocatedBytesForCurrentThread() - before);
            }
        }

        measured.Should().Contain(0, "a pass after the warm-up allocates nothing: an allocation per call would fall in every pass, while a one-off allocation of the runtime (tiered compilation under a loaded machine) may fall in one");

        total.Should().BePositive();
        outcomes.Should().HaveCount(5, "every outcome's path is measured");
    }

    [Fact]
    public void WorkflowMove_AllocatesOnlyTheNewHistoryEntry_AndGuardsAndRatesAllocateNothing()
    {
        var evaluator = new Community.Domain.Workflows.WorkflowEvaluator(BuiltInCatalog.Instance);
        var day = new LocalDate(2017, 3, 1);
        var opened = evaluator.Open(Community.Domain.Workflows.WorkflowKinds.GridEvents, KnownJurisdictions.Xiantao.Code, day, "E-1", Community.Domain.Workflows.MatterSize.Small);
        var action = Community.Domain.Workflows.CaseAction.None.At(Community.Domain.Workflows.HandlingLevel.Grid);
        var threshold = ShareThreshold.AtLeast(Rate.FromPercent(60));
        var met = 0;
        for (var i = 0; i < 2000; i++)
        {
            met += opened.MoveTo("dispatch", day, action).Length + (opened.CanMoveTo("dispatch", action) ? 1 : 0) + (threshold.IsMetBy(Proportion.Of(i, 2000)) ? 1 : 0);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            met += (opened.CanMoveTo("dispatch", action) ? 1 : 0) + (opened.CanMoveTo("close") ? 1 : 0) + (threshold.IsMetBy(Proportion.Of(i, 10_000)) ? 1 : 0)
                + (Proportion.Of(i, 10_000).IsReportedAs(50, 0) ? 1 : 0);
        }

        var guards = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        var moved = opened.MoveTo("dispatch", day, action);
        var move = GC.GetAllocatedBytesForCurrentThread() - before;

        guards.Should().Be(0);
        move.Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(96, "one move allocates the new case, which is the history's new entry, and nothing else");
        moved.Previous.Should().BeSameAs(opened);
        met.Should().BePositive();
    }
}
