using Community.Domain.Admission;
using Community.Domain.Budgets;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Funding;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Statistics;
using Community.Domain.Subsidies;
using NodaTime;

namespace Community.Domain.Tests.Budgets;

/// <summary>The figures the sources report beside their rules, each reproduced by what the library computes or checks.</summary>
public class SourceFigureTests
{
    // The unnamed city of the second report in seed 002: 99 is not a province prefix in GB/T 2260,
    // so these codes are fictional and no real place is implied.
    private static readonly Jurisdiction Province = Jurisdiction.Below(KnownJurisdictions.China.Code, JurisdictionCode.Of(990000), "某省", "an unnamed province", JurisdictionLevel.Province);
    private static readonly Jurisdiction City = Jurisdiction.Below(Province.Code, JurisdictionCode.Of(990100), "某市", "an unnamed city", JurisdictionLevel.City);
    private static readonly LocalDate In2012 = new(2012, 6, 30);

    private static PolicyCatalog UnnamedCityCatalog() => BuiltInCatalog.Instance.ToBuilder()
        .AddJurisdiction(Province).AddJurisdiction(City)
        .AddRange(FundingPolicies.UnnamedCityAt(City.Code, EffectivePeriod.Always))
        .Add(CommitteePolicies.UnnamedCityQuota(City.Code, EffectivePeriod.Always))
        .Add(StatisticsPolicies.UnnamedCityElectionAt(City.Code))
        .Build();

    private static CommunityProfile Community(JurisdictionCode at, int i) =>
        CommunityProfile.Create(at, $"社区{i}", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(10000), HouseholdCount.Of(3000));

    [Fact]
    public void Com03_106MembersIn18Communities_Are84FullTimeAnd22PartTime_WithinFourToSevenEach()
    {
        var catalog = UnnamedCityCatalog();

        var check = new StatisticsEvaluator(catalog).Check(StatisticsKinds.Workforce, City.Code, In2012);

        check.IsConsistent.Should().BeTrue("84 + 22 = 106");
        check.Report.Totals[0].Value.Should().Be(106);
        var range = new CommitteeEvaluator(catalog).Quota(City.Code, In2012, Population.Of(10000)).Overall;
        (range.Min * 18, range.Max * 18).Should().Be((72, 126));
        106.Should().BeInRange(range.Min * 18, range.Max * 18, "18 committees of 4 to 7 members hold 72 to 126");
    }

    [Fact]
    public void Fun02_84WorkersGive1512000_And18CommunitiesOf30000To50000Hold890000()
    {
        var communities = Enumerable.Range(1, 18)
            .Select(i => BudgetCommunity.Create(Community(City.Code, i), [], workers: i <= 12 ? 5 : 4))
            .ToList();

        var budget = new BudgetCalculator(UnnamedCityCatalog()).Annual(In2012, communities);

        communities.Sum(c => c.Workers).Should().Be(84);
        budget.Totals.Single(l => l.Item == BudgetItem.Funds(FundingKinds.StaffFunds)).Minimum.Should().Be(Money.FromYuan(1_512_000));
        var work = budget.Totals.Single(l => l.Item == BudgetItem.Funds(FundingKinds.WorkFunds));
        (work.Minimum, work.Maximum).Should().Be((Money.FromYuan(540_000), Money.FromYuan(900_000)));
        Money.FromYuan(890_000).Should().BeGreaterThanOrEqualTo(work.Minimum).And.BeLessThanOrEqualTo(work.Maximum);
    }

    [Fact]
    public void Fun02_282300YuanFollowedDelegatedTasks_AsTheFundsARegisterSums()
    {
        var community = Community(City.Code, 1);
        var catalog = UnnamedCityCatalog().ToBuilder().Add(AdmissionPolicies.UnnamedCityAt(City.Code, EffectivePeriod.Always)).Build();
        var evaluator = new AdmissionEvaluator(catalog);
        var department = Department.Of("民政局", DepartmentLevel.City);
        var start = new LocalDate(2012, 3, 1);
        var amounts = new[] { 100_000m, 120_000m, 62_300m };
        var decisions = amounts.Select((yuan, i) => evaluator.Decide(City.Code, start, WorkRequest.Create(department, WorkItemKind.SpecialSurvey, $"专项调查{i}", start, start.PlusDays(30))
            .WithApproval(Authority.CityCommunityBuildingOffice, start)
            .WithEntrustment(EntrustmentForm.ServicePurchase)
            .WithFunds(Money.FromYuan(yuan))
            .WithAuthorityTransferred()));

        var register = WorkloadRegister.Create(community, new DateInterval(new LocalDate(2012, 1, 1), new LocalDate(2012, 12, 31))).AddRange(decisions);

        register.Summarise().FundsReceived.Should().Be(Money.FromYuan(282_300));
    }

    [Fact]
    public void Sub05_654PublicWelfarePostsAt300And160SpecialistPostsAt800_Cost324200AMonth()
    {
        // Shashi's 83 residents' committees hold 654 public-welfare posts and 160 specialist posts.
        var communities = Enumerable.Range(1, 83)
            .Select(i => BudgetCommunity.Create(Community(KnownJurisdictions.Shashi.Code, i),
                [(PayRole.PublicWelfarePost, i <= 73 ? 8 : 7), (PayRole.SpecialistPost, i <= 77 ? 2 : 1)]))
            .ToList();

        var budget = new BudgetCalculator(BuiltInCatalog.Instance).Annual(new LocalDate(2010, 6, 30), communities);

        communities.Sum(c => c.Posts[0].People).Should().Be(654);
        communities.Sum(c => c.Posts[1].People).Should().Be(160);
        budget.Totals.Single(l => l.Item == BudgetItem.Pay(PayRole.PublicWelfarePost)).Minimum.Should().Be(Money.FromYuan(654 * 300 * 12));
        budget.Totals.Single(l => l.Item == BudgetItem.Pay(PayRole.SpecialistPost)).Minimum.Should().Be(Money.FromYuan(160 * 800 * 12));
        (budget.Totals.Single(l => l.Item == BudgetItem.Pay(PayRole.PublicWelfarePost)).Minimum.Yuan / 12).Should().Be(196_200m);
        (budget.Totals.Single(l => l.Item == BudgetItem.Pay(PayRole.SpecialistPost)).Minimum.Yuan / 12).Should().Be(128_000m);
    }
}
