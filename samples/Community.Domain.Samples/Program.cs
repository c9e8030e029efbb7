// Evaluates the built-in scenarios of the source documents and prints each with its explanation,
// in English and in Chinese. Run: dotnet run --project samples/Community.Domain.Samples
using System.Text;
using Community.Domain.Admission;
using Community.Domain.Budgets;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Explanations;
using Community.Domain.Funding;
using Community.Domain.Grids;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Premises;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Subsidies;
using NodaTime;

Console.OutputEncoding = Encoding.UTF8;
var options = SampleOptions.Parse(args);
if (options.Error is not null)
{
    Console.Error.WriteLine(options.Error);
    Console.Error.WriteLine(SampleOptions.Usage);
    return 2;
}

var realOut = Console.Out;
var sections = new List<Section>();
if (options.Command is null or "overview")
{
    Overview.Print(realOut, options.Language);
    return 0;
}

Console.SetOut(new SectionWriter(sections));
var catalog = BuiltInCatalog.Instance;
var funding = new FundingEvaluator(catalog);

Heading("catalog", "Built-in catalog");
Console.WriteLine($"{catalog.Jurisdictions.Length} jurisdictions, {catalog.Versions.Length} policy versions:");
foreach (var version in catalog.Versions)
{
    var status = version.Status == PolicyStatus.Proposed ? "proposed, not in force" : $"in force {version.Period}";
    Console.WriteLine($"  {version.RuleId}  {version.Kind.EnglishName} ({version.Kind.ChineseName}) at {catalog.GetJurisdiction(version.Jurisdiction)}, {status}");
}

Heading("quota", "COM-01 Xiantao's 3+X committee quota at the boundary populations");
var committees = new CommitteeEvaluator(catalog);
var report = new LocalDate(2016, 11, 22);
foreach (var residents in new[] { 0, 1, 4999, 5000, 5001, 9999, 10000, 10001, 1_000_000 })
{
    var quota = committees.Quota(KnownJurisdictions.Xiantao.Code, report, Population.Of(residents));
    Console.WriteLine($"  {residents,9} residents → {quota.Quota}{(quota.IsDecidedByFirstListedWins ? "  (boundary: first-listed band wins)" : string.Empty)}");
}

PrintBoth(committees.ExplainQuota(KnownJurisdictions.Xiantao.Code, report, Population.Of(5000)).Explanation);
PrintBoth(committees.ExplainQuota(KnownJurisdictions.Xiantao.Code, report, Population.Of(10001)).Explanation);

Heading("committee-assessment", "Assessing two Xiantao committees (COM-01, COM-02)");
var ganhe = CommunityProfile.Create(KnownJurisdictions.Xiantao.Code, "干河社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(8000), HouseholdCount.Of(2600));
var compliant = ResidentsCommittee.Create(ganhe,
[
    CommitteeMember.FullTime("张敏", CommitteePost.Director, PartyPost.Secretary),
    CommitteeMember.FullTime("李强", CommitteePost.DeputyDirector),
    CommitteeMember.FullTime("王芳", CommitteePost.Member),
    CommitteeMember.PartTime("赵磊", CommitteePost.Member, PartTimeSource.GridWorker),
    CommitteeMember.PartTime("陈静", CommitteePost.Member, PartTimeSource.ResidentGroupLeader),
    CommitteeMember.PartTime("刘洋", CommitteePost.Member, PartTimeSource.OwnersCommitteeChair),
]);
PrintAssessment(committees.ExplainAssessment(report, compliant));
var nonCompliant = compliant
    .WithoutMember("刘洋")
    .WithoutMember("张敏")
    .WithMember(CommitteeMember.FullTime("张敏", CommitteePost.Member, PartyPost.Secretary))
    .WithMember(CommitteeMember.PartTime("周伟", CommitteePost.Member, PartTimeSource.Other));
PrintAssessment(committees.ExplainAssessment(report, nonCompliant));

Heading("range-quota", "COM-03: a quota known only as a range stays a range");
// The second report of the Xinluo survey names neither its city nor its province. GB/T 2260 has no
// province 99, so 990000 and 990100 are fictional codes: no real place is meant.
var unnamedProvince = Jurisdiction.Below(KnownJurisdictions.China.Code, JurisdictionCode.Of(990000), "某省(虚构代码)", "An unnamed province (fictional code)", JurisdictionLevel.Province);
var unnamedCity = Jurisdiction.Below(unnamedProvince.Code, JurisdictionCode.Of(990100), "某市(虚构代码)", "An unnamed city (fictional code)", JurisdictionLevel.City);
var withUnnamedCity = catalog.ToBuilder()
    .AddJurisdiction(unnamedProvince)
    .AddJurisdiction(unnamedCity)
    .Add(CommitteePolicies.UnnamedCityQuota(unnamedCity.Code, EffectivePeriod.Always))
    .Build();
PrintBoth(new CommitteeEvaluator(withUnnamedCity).ExplainQuota(unnamedCity.Code, new LocalDate(2012, 6, 1), Population.Of(8000)).Explanation);

Heading("candidates", "COM-04: recommending a director for the next term");
var term = new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2013, 12, 31));
var record = DirectorRecord.Create(
    term,
    [Honour.Of(HonourLevel.City, new LocalDate(2012, 5, 4)), Honour.Of(HonourLevel.Provincial, new LocalDate(2010, 12, 1))],
    [AssessmentRank.Of(2, new LocalDate(2013, 12, 20))]);
PrintBoth(committees.ExplainRecommendation(KnownJurisdictions.Xiantao.Code, term.End, record).Explanation);

Heading("office-funds", "FUN-01 office funds in Xinluo, around the 5000-resident boundary");
var mid2008 = new LocalDate(2008, 6, 30);
foreach (var residents in new[] { 4999, 5000, 5001 })
{
    var amount = funding.Amount(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, mid2008, Population.Of(residents));
    Console.WriteLine($"  {residents,6} residents → {amount.Annual} a year{(amount.IsDecidedByFirstListedWins ? "  (boundary: first-listed band wins)" : string.Empty)}");
}

PrintBoth(funding.ExplainAmount(FundingKinds.OfficeFunds, KnownJurisdictions.Xinluo.Code, mid2008, Population.Of(5000)).Explanation);

Heading("work-funds", "FUN-03 work funds in Shashi, before and after 1 January 2008");
foreach (var date in new[] { new LocalDate(2007, 12, 31), new LocalDate(2008, 1, 1) })
{
    var amount = funding.Amount(FundingKinds.WorkFunds, KnownJurisdictions.Shashi.Code, date, Population.Of(8000));
    Console.WriteLine($"  {date:uuuu-MM-dd} → {amount.Annual} a year ({amount.RuleId})");
}

PrintBoth(funding.ExplainAmount(FundingKinds.WorkFunds, KnownJurisdictions.Shashi.Code, new LocalDate(2007, 12, 31), Population.Of(8000)).Explanation);
PrintBoth(funding.ExplainAmount(FundingKinds.WorkFunds, KnownJurisdictions.Shashi.Code, new LocalDate(2008, 1, 1), Population.Of(8000)).Explanation);

Heading("own-policy", "A user's own jurisdiction and policy, added through the builder");
var wuhan = Jurisdiction.Below(KnownJurisdictions.Hubei.Code, JurisdictionCode.Of(420100), "武汉市", "Wuhan", JurisdictionLevel.City);
var extended = catalog.ToBuilder()
    .AddJurisdiction(wuhan)
    .Add(
        FundingKinds.WorkFunds,
        wuhan.Code,
        EffectivePeriod.From(new LocalDate(2020, 1, 1)),
        FundingPolicy.ByPopulation(BandTable.Define(
            BoundaryReading.Strict,
            Band.Between(Bound.Inclusive(Population.Of(0)), Bound.Exclusive(Population.Of(8000)), Money.FromYuan(40000m), "不满8000人"),
            Band.From(Bound.Inclusive(Population.Of(8000)), Money.FromYuan(60000m), "8000人以上"))),
        RuleId.Of("WH-FUN-01"),
        Citation.Create("示例文件", "示例机关", "湖北省武汉市", SourceDate.InYear(2020), englishTitle: "An example document"))
    .Build();
PrintBoth(new FundingEvaluator(extended).ExplainAmount(FundingKinds.WorkFunds, wuhan.Code, new LocalDate(2021, 3, 1), Population.Of(8000)).Explanation);

Heading("subsidies", "SUB-01/SUB-02: Xinluo's pay against the Fujian floors, March 2008");
var subsidies = new SubsidyEvaluator(BuiltInCatalog.Instance);
var march2008 = new LocalDate(2008, 3, 1);
foreach (var gap in subsidies.ScheduleGaps(KnownJurisdictions.Xinluo.Code, march2008))
{
    Console.WriteLine(gap);
}

PrintBoth(subsidies.ExplainGap(KnownJurisdictions.Xinluo.Code, march2008, PayRole.Director, Money.FromYuan(700)).Explanation);

Heading("budget", "What lifting pay to the floors costs: 45 communities, each a director, a deputy and three full-time members");
var oneCommittee = subsidies.Gaps(KnownJurisdictions.Xinluo.Code, march2008,
[
    new PaidPerson("主任", PayRole.Director, Money.FromYuan(700)),
    new PaidPerson("副主任", PayRole.DeputyDirector, Money.FromYuan(700)),
    new PaidPerson("委员甲", PayRole.FullTimeMember, Money.FromYuan(500)),
    new PaidPerson("委员乙", PayRole.FullTimeMember, Money.FromYuan(500)),
    new PaidPerson("委员丙", PayRole.FullTimeMember, Money.FromYuan(500)),
]);
Console.WriteLine($"One committee: {oneCommittee}");
Console.WriteLine($"45 committees: {GapReport.Combine(Enumerable.Repeat(oneCommittee, 45))}");

var district = Enumerable.Range(1, 45).Select(i => BudgetCommunity.Create(
    CommunityProfile.Create(KnownJurisdictions.Xinluo.Code, $"社区{i}", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(6000), HouseholdCount.Of(2000)),
    [(PayRole.Director, 1), (PayRole.DeputyDirector, 1), (PayRole.FullTimeMember, 3)])).ToList();
var budgets = new BudgetCalculator(BuiltInCatalog.Instance);
var asScheduled = budgets.Annual(march2008, district);
var atTheFloors = budgets.Annual(march2008, district, BudgetBasis.PayAtLeastTheFloor);
Console.WriteLine($"District budget as scheduled: {asScheduled}");
Console.WriteLine($"District budget at the floors: {atTheFloors}");
foreach (var change in Budget.Compare(asScheduled, atTheFloors).Changes)
{
    Console.WriteLine($"  {change}");
}

Heading("nation", "The national batch: every residents' committee of the 2023 tables, sizes made up (seed 2023)");
{
    // The village-level package names each committee's township; the catalog built on the national
    // table resolves every township's policies (inherited from the built-in ones above it).
    var nationalCatalog = BuiltInCatalog.CreateBuilder().IncludeDivisions(DivisionTable.National).Build();
    var residentsCommittees = Community.Domain.Divisions.Villages.VillageTable.National.ResidentsCommittees.Select(v => v.Township);
    var nation = Community.Domain.Batches.SyntheticCommunities.WithSeed(2023).Generate(residentsCommittees);
    var batch = new Community.Domain.Batches.CommitteeBatch(nationalCatalog);
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var nationSummary = batch.Run(march2008, nation, BudgetBasis.PayAsScheduled, Environment.ProcessorCount);
    var elapsed = clock.Elapsed;
    Console.WriteLine($"{nationSummary} ({elapsed.TotalMilliseconds:0} ms on {Environment.ProcessorCount} cores; the same answer on one)");
    Console.WriteLine($"  {nationSummary.Total.Population:N0} residents (made up), {nationSummary.Total.WithoutQuota:N0} committees with no quota in force");
    foreach (var code in new[] { 420000, 429004, 350000, 350802 })
    {
        var tally = nationSummary.Of(JurisdictionCode.Of(code));
        Console.WriteLine($"  {nationalCatalog.GetJurisdiction(tally.Jurisdiction!.Value).ChineseName} {tally}");
    }

    Console.WriteLine($"  Budget of the whole, in totals only ({nationSummary.Total.Budget.Incomplete:N0} committees with a post or fund not costed):");
    foreach (var line in nationSummary.Total.Budget.Totals)
    {
        Console.WriteLine($"    {line}");
    }
}

Heading("grids", "GRD-02: a Hefei community of 2500 households with 4 grids and 6 grid staff");
var gridAssessment = new GridEvaluator(BuiltInCatalog.Instance).ExplainAssessment(KnownJurisdictions.Hefei.Code, new LocalDate(2012, 6, 30), HouseholdCount.Of(2500), grids: 4, managers: 6);
Console.WriteLine(gridAssessment.Value);
PrintBoth(gridAssessment.Explanation);

Heading("premises", "FAC-01 and FAC-03: a Xiantao office of 280 m², and Longyan's reservation around 50000 m²");
var premisesEvaluator = new PremisesEvaluator(BuiltInCatalog.Instance);
var office = premisesEvaluator.ExplainAssessment(PremisesKinds.Standard, KnownJurisdictions.Xiantao.Code, new LocalDate(2016, 11, 22), new PremisesDescription(Area.FromSquareMetres(280), rooms: 6, halls: 1));
Console.WriteLine(office.Value);
PrintBoth(office.Explanation);
foreach (var floorArea in new[] { 49999m, 50000m, 50001m })
{
    Console.WriteLine($"{floorArea} m² → {premisesEvaluator.Reservation(KnownJurisdictions.Xinluo.Code, new LocalDate(2008, 6, 30), Area.FromSquareMetres(floorArea), HouseholdCount.Of(0))}");
}

PrintBoth(premisesEvaluator.ExplainReservation(KnownJurisdictions.Xinluo.Code, new LocalDate(2008, 6, 30), Area.FromSquareMetres(50000), HouseholdCount.Of(0)).Explanation);

Heading("admission", "ADM-01: a decision on each kind of request under Xinluo's proposal, 2010");
var admission = new AdmissionEvaluator(catalog);
var xinluo = KnownJurisdictions.Xinluo.Code;
var decidedOn = new LocalDate(2010, 3, 1);
foreach (var request in SampleRequests(decidedOn))
{
    PrintDecision(admission.ExplainDecision(xinluo, decidedOn, request));
}

Heading("admission-city", "ADM-02 attached to a user-defined city: an emergency, and a prohibited kind with full backing");
var cityAdmission = new AdmissionEvaluator(withUnnamedCity.ToBuilder()
    .Add(AdmissionPolicies.UnnamedCityAt(unnamedCity.Code, EffectivePeriod.Always))
    .Build());
var civilAffairs = Department.Of("市民政局", DepartmentLevel.City);
PrintDecision(cityAdmission.ExplainDecision(unnamedCity.Code, decidedOn, WorkRequest.Create(civilAffairs, WorkItemKind.OtherOutsideDuties, "防汛抢险转移群众", decidedOn, decidedOn.PlusDays(3)).WithUrgency(WorkUrgency.Emergency)));
PrintDecision(cityAdmission.ExplainDecision(unnamedCity.Code, decidedOn, WorkRequest.Create(Department.Of("市招商局", DepartmentLevel.City), WorkItemKind.EconomicTarget, "招商引资任务指标", decidedOn, decidedOn.PlusYears(1).PlusDays(-1))
    .WithApproval(Authority.CityCommunityBuildingOffice, decidedOn)
    .WithEntrustment(EntrustmentForm.Agreement)
    .WithFunds(Money.FromYuan(50_000m))
    .WithAuthorityTransferred()));

Heading("register", "ADM-04: a Xinluo community's register for 2010, and its burden against caps a district might set");
// The sources set no caps; this district's caps are an illustration, defined through the builder
// and attached to a street the caller adds below Xinluo.
var dongcheng = Jurisdiction.Below(xinluo, JurisdictionCode.Of(350802001), "东城街道", "Dongcheng Street", JurisdictionLevel.Street);
var cappedPolicy = AdmissionPolicies.Xinluo.ToBuilder().Cap(WorkItemKind.Plaque, 2).Cap(WorkItemKind.Assessment, 3).CapTotal(10).Build();
var districtAdmission = new AdmissionEvaluator(catalog.ToBuilder()
    .AddJurisdiction(dongcheng)
    .Add(PolicyVersion.Create(AdmissionKinds.WorkAdmission, dongcheng.Code, EffectivePeriod.From(new LocalDate(2010, 1, 1)), cappedPolicy, RuleId.Adm01, SourceDocuments.XinluoSurvey))
    .Build());
var register = WorkloadRegister.Create(CommunityProfile.Create(dongcheng.Code, "中城社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(5000), HouseholdCount.Of(1600)), new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2010, 12, 31)));
for (var entry = 0; entry < 45; entry++)
{
    // Three rounds of the fifteen requests, one every eight days from January.
    var day = new LocalDate(2010, 1, 4).PlusDays(entry * 8);
    var request = SampleRequests(day)[entry % 15].WithReference(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"新罗社区登记〔2010〕{entry + 1}号"));
    if (request.Kind == WorkItemKind.Plaque || (request.Kind == WorkItemKind.Assessment && entry >= 15))
    {
        // These departments learnt to apply properly: every condition is met.
        request = request.WithApplicationTo(Authority.DistrictCommunityOffice)
            .WithDocuments(SupportingDocuments.SuperiorDocument | SupportingDocuments.ImplementationPlan)
            .WithApproval(Authority.DistrictPartyCommitteeAndGovernment, day)
            .WithFunds(Money.FromYuan(600m))
            .WithAuthorityTransferred();
    }

    register = register.Add(districtAdmission.Decide(dongcheng.Code, day, request));
}

var summary = register.Summarise();
Console.WriteLine(summary);
foreach (var kind in summary.Kinds)
{
    Console.WriteLine($"  {kind}: {summary.CountOf(kind)} request(s), {summary.CountOf(kind, AdmissionOutcome.Admitted)} admitted, {summary.CountOf(kind, AdmissionOutcome.Refusable)} refusable");
}

var burden = districtAdmission.Burden(register, 2010);
Console.WriteLine();
Console.WriteLine(burden.ToText(ExplanationLanguage.English));
Console.WriteLine(burden.ToText(ExplanationLanguage.Chinese));

Heading("staffing", "Another place's rules by configuration: staffing by formula, checked against a national rule (invented figures)");
{
    var xiangyang = Jurisdiction.Below(KnownJurisdictions.Hubei.Code, JurisdictionCode.Of(420600), "襄阳市", "Xiangyang", JurisdictionLevel.City);
    var configured = catalog.ToBuilder()
        .AddJurisdiction(xiangyang)
        .Add(Community.Domain.Staffing.StaffingKinds.CommunityWorkers, KnownJurisdictions.China.Code, EffectivePeriod.Always,
            Community.Domain.Staffing.StaffingPolicy.Between(CountUnit.Households, CountFormula.PerUnits(400, RoundingMode.Up).AtLeast(5), CountFormula.Fixed(15)), RuleId.Of("EX-STF-01"))
        .Add(Community.Domain.Staffing.StaffingKinds.CommunityWorkers, xiangyang.Code, EffectivePeriod.Always,
            Community.Domain.Staffing.StaffingPolicy.Exactly(CountUnit.Households, CountFormula.PerUnits(250, RoundingMode.Up).Between(4, 15)), RuleId.Of("EX-STF-02"))
        .Build();
    var staffing = new Community.Domain.Staffing.StaffingEvaluator(configured);
    var community = CommunityProfile.Create(xiangyang.Code, "示例社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(3000), HouseholdCount.Of(1000));
    var explained = staffing.ExplainAssessment(Community.Domain.Staffing.StaffingKinds.CommunityWorkers, new LocalDate(2024, 6, 1), community, staff: 3);
    foreach (var finding in explained.Value.Findings)
    {
        Console.WriteLine($"  {finding.Severity} {finding.Code}: {finding.English}");
        Console.WriteLine($"      {finding.Chinese}");
    }

    PrintBoth(explained.Explanation);
}

Heading("statistics", "The sources' figures, checked: every breakdown that does not add up, every rate against its counts");
{
    var statistics = new Community.Domain.Statistics.StatisticsEvaluator(withUnnamedCity.ToBuilder().Add(Community.Domain.Statistics.StatisticsPolicies.UnnamedCityElectionAt(unnamedCity.Code)).Build());
    foreach (var (kind, jurisdiction, asOf) in new[]
    {
        (Community.Domain.Statistics.StatisticsKinds.Communities, KnownJurisdictions.Xiantao.Code, new LocalDate(2016, 11, 22)),
        (Community.Domain.Statistics.StatisticsKinds.Workforce, KnownJurisdictions.Xiantao.Code, new LocalDate(2016, 11, 22)),
        (Community.Domain.Statistics.StatisticsKinds.Workforce, KnownJurisdictions.Hefei.Code, new LocalDate(2011, 12, 31)),
        (Community.Domain.Statistics.StatisticsKinds.Communities, KnownJurisdictions.Xinluo.Code, new LocalDate(2008, 12, 31)),
        (Community.Domain.Statistics.StatisticsKinds.Workforce, unnamedCity.Code, new LocalDate(2012, 12, 31)),
        (Community.Domain.Statistics.StatisticsKinds.Outcomes, KnownJurisdictions.Shashi.Code, new LocalDate(2010, 12, 31)),
        (Community.Domain.Statistics.StatisticsKinds.Outcomes, KnownJurisdictions.Wanan.Code, new LocalDate(2022, 10, 22)),
    })
    {
        var explained = statistics.ExplainCheck(kind, jurisdiction, asOf);
        Console.WriteLine($"{explained.Explanation.RuleId} {explained.Explanation.Jurisdiction.English}: {explained.Value}");
        foreach (var finding in explained.Value.Findings)
        {
            Console.WriteLine($"  {finding.Severity} ({finding.RuleId}): {finding.English}");
            Console.WriteLine($"      {finding.Chinese}");
        }

        foreach (var step in explained.Explanation.Steps.Where(s => s.Kind == ExplanationStepKind.Remark))
        {
            Console.WriteLine($"  Note: {step.English}");
            Console.WriteLine($"      {step.Chinese}");
        }
    }

    // Where the sources word or date one rule two ways, the version or step says so.
    var grids = new GridEvaluator(catalog).ExplainCoverage(KnownJurisdictions.Hefei.Code, new LocalDate(2012, 8, 1), GridCoverage.Of(Proportion.Of(400, 400), Proportion.Of(55, 100)));
    Console.WriteLine($"GRD-02 coverage in August 2012: {grids.Value}");
    foreach (var finding in grids.Value.Findings)
    {
        Console.WriteLine($"  {finding.Severity} ({finding.RuleId}): {finding.English}");
    }

    Console.WriteLine($"  Flag: {Community.Domain.Grids.GridPolicies.HefeiCoverageDates.English}");
    Console.WriteLine($"      {Community.Domain.Grids.GridPolicies.HefeiCoverageDates.Chinese}");
    var fourth = Community.Domain.Workflows.WorkflowPolicies.ShashiResidentsMatters.Steps[3];
    Console.WriteLine($"  Flag (WF-02): the fourth step is {fourth.Chinese} in one list and {fourth.AlsoCalled} in the other.");
}

Heading("workflows", "WF-01 to WF-04: cases through their workflows, and the duties of presence");
{
    var workflows = new Community.Domain.Workflows.WorkflowEvaluator(catalog);
    var day = new LocalDate(2017, 3, 1);
    var opened = workflows.ExplainOpen(Community.Domain.Workflows.WorkflowKinds.GridEvents, KnownJurisdictions.Xiantao.Code, day, "仙桃-2017-017", Community.Domain.Workflows.MatterSize.Small);
    PrintBoth(opened.Explanation);
    var closed = opened.Value
        .MoveTo("dispatch", day, Community.Domain.Workflows.CaseAction.None.At(Community.Domain.Workflows.HandlingLevel.Grid))
        .MoveTo("handle", day.PlusDays(1), Community.Domain.Workflows.CaseAction.None.By("网格员王明"))
        .MoveTo("follow-up", day.PlusDays(3))
        .MoveTo("close", day.PlusDays(5), Community.Domain.Workflows.CaseAction.None.Judged(true));
    Console.WriteLine();
    Console.WriteLine($"{closed}; history:");
    foreach (var entry in closed.History())
    {
        Console.WriteLine($"  {entry}");
    }

    try
    {
        opened.Value.MoveTo("dispatch", day, Community.Domain.Workflows.CaseAction.None.At(Community.Domain.Workflows.HandlingLevel.Community));
    }
    catch (Community.Domain.Workflows.IllegalTransitionException exception)
    {
        Console.WriteLine(exception.Message);
    }

    var petitions = Enumerable.Range(1, 52)
        .Select(i => workflows.Open(Community.Domain.Workflows.WorkflowKinds.Petitions, KnownJurisdictions.Wanan.Code, day, $"信访-{i}", Community.Domain.Workflows.MatterSize.Small))
        .Select(c => c.Id == "信访-52" ? c : c.MoveTo("mediate", day.PlusDays(7)))
        .ToList();
    var tally = Community.Domain.Workflows.CaseTally.Of(petitions);
    Console.WriteLine($"WF-03 petitions: {tally}; reported as 98%: {(tally.ClosureRate.IsReportedAs(98, 0) ? "consistent" : "not consistent")}");

    var community = CommunityProfile.Create(KnownJurisdictions.Xiantao.Code, "干河社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(6000), HouseholdCount.Of(2000));
    var dutyRecord = Community.Domain.Workflows.DutyRecord.Of(community, new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31)),
        [
            Community.Domain.Workflows.DutyEvent.Of("事件-1", Community.Domain.Workflows.WorkflowPolicies.FamilyDispute, new LocalDate(2017, 5, 3), attended: true),
            Community.Domain.Workflows.DutyEvent.Of("事件-2", Community.Domain.Workflows.WorkflowPolicies.Emergency, new LocalDate(2017, 8, 9), attended: false),
        ],
        [
            Community.Domain.Workflows.DutyHousehold.Of("住户-1", Community.Domain.Workflows.WorkflowPolicies.ElderlyAlone, new LocalDate(2017, 2, 1)),
            Community.Domain.Workflows.DutyHousehold.Of("住户-2", Community.Domain.Workflows.WorkflowPolicies.Inpatient, null),
        ]);
    var duties = workflows.ExplainAssessment(new LocalDate(2017, 12, 31), dutyRecord);
    Console.WriteLine();
    Console.WriteLine($"WF-04 duties of presence at {community.Name}: {duties.Value}");
    foreach (var finding in duties.Value.Findings)
    {
        Console.WriteLine($"  {finding.Severity} {finding.Code}: {finding.English}");
        Console.WriteLine($"      {finding.Chinese}");
    }
}

Heading("definition-errors", "A definition error lists every problem at once");
try
{
    BandTable.Define(
        BoundaryReading.Strict,
        Band.Between(Bound.Inclusive(Population.Of(0)), Bound.Inclusive(Population.Of(5000)), 5),
        Band.Between(Bound.Inclusive(Population.Of(5000)), Bound.Inclusive(Population.Of(9000)), 6),
        Band.From(Bound.Inclusive(Population.Of(10000)), 7));
}
catch (PolicyDefinitionException exception)
{
    Console.WriteLine(exception.Message);
}

Console.SetOut(realOut);
return SectionPrinter.Print(realOut, sections, options);

void Heading(string name, string title)
{
    sections.Add(new Section(name, title));
    Console.WriteLine();
    Console.WriteLine("== " + title + " ==");
}

void PrintAssessment(Explained<CommitteeAssessment> assessment)
{
    Console.WriteLine();
    Console.WriteLine($"{assessment.Value}:");
    foreach (var finding in assessment.Value.Findings)
    {
        Console.WriteLine($"  {finding.Severity} {finding.Code} ({finding.RuleId}): {finding.English}");
        Console.WriteLine($"      {finding.Chinese}");
    }

    PrintBoth(assessment.Explanation);
}

static WorkRequest[] SampleRequests(LocalDate decided)
{
    var start = decided.PlusDays(14);
    var end = start.PlusDays(90);
    var approvedOn = decided.PlusDays(-7);
    var office = Authority.DistrictCommunityOffice;
    var approver = Authority.DistrictPartyCommitteeAndGovernment;
    var documents = SupportingDocuments.SuperiorDocument | SupportingDocuments.ImplementationPlan;
    WorkRequest Full(WorkRequest request, decimal funds) =>
        request.WithApplicationTo(office).WithDocuments(documents).WithApproval(approver, approvedOn).WithFunds(Money.FromYuan(funds)).WithAuthorityTransferred();
    return
    [
        Full(WorkRequest.Create(Department.Of("区老龄办", DepartmentLevel.County), WorkItemKind.Organisation, "在社区设立老年人协会分会", start, end), 2000m),
        WorkRequest.Create(Department.Of("区综治办", DepartmentLevel.County), WorkItemKind.Plaque, "悬挂“平安家庭创建示范点”牌子", start, end)
            .WithApplicationTo(office).WithDocuments(documents).WithApproval(approver, approvedOn).WithAuthorityTransferred(),
        WorkRequest.Create(Department.Of("市文明办", DepartmentLevel.City), WorkItemKind.Assessment, "文明社区考核评比", start, end)
            .WithDocuments(SupportingDocuments.SuperiorDocument),
        Full(WorkRequest.Create(Department.Of("区消防大队", DepartmentLevel.County), WorkItemKind.TrainingClass, "居民消防知识培训班", start, end), 1500m),
        Full(WorkRequest.Create(Department.Of("区统计局", DepartmentLevel.County), WorkItemKind.SpecialSurvey, "辖区流动人口专项调查", start, end), 3000m),
        WorkRequest.Create(Department.Of("闽西日报社", DepartmentLevel.Unit), WorkItemKind.SubscriptionDrive, "党报党刊征订", start, end),
        WorkRequest.Create(Department.Of("区人口计生局", DepartmentLevel.County), WorkItemKind.ResponsibilityLetter, "签订计划生育工作责任书", start, end)
            .WithApplicationTo(Authority.Of("street-office", "街道办事处", "the street office")),
        WorkRequest.Create(Department.Of("区社保中心", DepartmentLevel.County), WorkItemKind.InsuranceQuota, "城镇居民养老保险代办任务", start, end)
            .WithFunds(Money.FromYuan(800m)),
        WorkRequest.Create(Department.Of("区人武部", DepartmentLevel.County), WorkItemKind.FeeCollection, "代收义务兵优待金", start, end)
            .WithApplicationTo(office).WithDocuments(documents).WithApproval(Authority.Of("district-civil-affairs-bureau", "区民政局", "the district civil affairs bureau"), approvedOn),
        WorkRequest.Create(Department.Of("区招商局", DepartmentLevel.County), WorkItemKind.EconomicTarget, "招商引资任务指标", start, end),
        WorkRequest.Create(Department.Of("区城管局", DepartmentLevel.County), WorkItemKind.RevenueQuota, "创收上缴任务", start, end),
        WorkRequest.Create(Department.Of("区卫生局", DepartmentLevel.County), WorkItemKind.IrregularCharge, "向居民收取办证费", start, end),
        Full(WorkRequest.Create(Department.Of("区委宣传部", DepartmentLevel.County), WorkItemKind.ThemedCampaign, "“平安创建”专题活动", start, end), 1000m),
        WorkRequest.Create(Department.Of("区城管局", DepartmentLevel.County), WorkItemKind.OtherOutsideDuties, "协助拆除违章建筑", start, end)
            .WithApplicationTo(office).WithDocuments(documents).WithApproval(approver, end.PlusDays(1)).WithFunds(Money.FromYuan(5000m)).WithAuthorityTransferred(),
        WorkRequest.ForDuty(Department.Of("东城街道办事处", DepartmentLevel.Street), CommunityDuty.StatutoryDuties, "调解邻里纠纷", start, end),
    ];
}

void PrintDecision(Explained<AdmissionDecision> explained)
{
    var decision = explained.Value;
    Console.WriteLine();
    Console.WriteLine($"{decision.Request}: {decision.Describe(ExplanationLanguage.English)} / {decision.Describe(ExplanationLanguage.Chinese)}");
    foreach (var unmet in decision.UnmetConditions)
    {
        Console.WriteLine($"  unmet {unmet.Condition} ({unmet.RuleId}): {unmet.English}");
        Console.WriteLine($"      {unmet.Chinese}");
    }

    PrintBoth(explained.Explanation);
}

void PrintBoth(Explanation explanation)
{
    if (options.Language != "zh")
    {
        Console.WriteLine();
        Console.Write(explanation.ToText(ExplanationLanguage.English));
    }

    if (options.Language != "en")
    {
        Console.WriteLine();
        Console.Write(explanation.ToText(ExplanationLanguage.Chinese));
    }
}
