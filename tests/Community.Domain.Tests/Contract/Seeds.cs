using Community.Domain.Admission;
using Community.Domain.Budgets;
using Community.Domain.BuiltIn;
using Community.Domain.Committees;
using Community.Domain.Communities;
using Community.Domain.Grids;
using Community.Domain.Jurisdictions;
using Community.Domain.Participation;
using Community.Domain.Scale;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Subsidies;
using Community.Domain.Workflows;
using NodaTime;

namespace Community.Domain.Tests.Contract;

/// <summary>
/// Realistic composite values the sample pool starts from, so that harvesting (calling the
/// library with ordinary arguments) reaches every result type: a Xiantao community with its
/// committee, records, a register with decisions, a district budget, workflow cases.
/// </summary>
internal static class Seeds
{
    private static readonly Jurisdiction UnnamedCity = Funding.UnnamedCityFunding.City;

    /// <summary>Gets a declared kind of every derivation (measured, ratio, difference, date), whose version at the nation the catalog holds.</summary>
    public static Domain.Declarations.DeclaredKind Declared { get; } = Domain.Declarations.DeclaredKind.Create(
        "council.meeting",
        "社区议事会会议",
        "community council meeting",
        [
            Domain.Declarations.DeclaredInput.Measured("members", Domain.Declarations.MeasureUnit.Members, "议事会成员", "council members"),
            Domain.Declarations.DeclaredInput.Measured("present", Domain.Declarations.MeasureUnit.Members, "到会成员", "members present"),
            Domain.Declarations.DeclaredInput.Measured("held", Domain.Declarations.MeasureUnit.Date, "会议日期", "the meeting"),
            Domain.Declarations.DeclaredInput.Measured("last", Domain.Declarations.MeasureUnit.Date, "上次会议日期", "the last meeting"),
            Domain.Declarations.DeclaredInput.Ratio("attendance", "present", "members", "到会比例", "attendance"),
            Domain.Declarations.DeclaredInput.Difference("absent", "members", "present", "缺席成员", "members absent"),
        ],
        [
            Domain.Declarations.DeclaredFinding.Create("council.not-quorate", "会议未达法定人数", "the meeting is not quorate"),
            Domain.Declarations.DeclaredFinding.Create("council.too-many-absent", "缺席过多", "too many members absent"),
            Domain.Declarations.DeclaredFinding.Create("council.overdue", "会议逾期", "the meeting is overdue"),
        ]);

    /// <summary>Gets the declared kind's rule: a quorum, a range of absences, a meeting within three months of the last.</summary>
    public static Domain.Declarations.DeclaredRule DeclaredRule { get; } = Domain.Declarations.DeclaredRule.AllOf(
        Domain.Declarations.DeclaredRule.Threshold("attendance", Domain.Declarations.DeclaredComparison.AtLeast, 2, 3, "council.not-quorate", Domain.Assessments.FindingSeverity.Error),
        Domain.Declarations.DeclaredRule.Range("absent", null, Domain.Declarations.DeclaredLimit.Of(5m, "council.too-many-absent", Domain.Assessments.FindingSeverity.Warning)),
        Domain.Declarations.DeclaredRule.Timetable("last", 3, Domain.Declarations.DeclaredPeriodUnit.Months, Domain.Declarations.DeclaredDirection.After, "held", "council.overdue", Domain.Assessments.FindingSeverity.Warning));

    /// <summary>Gets the catalog the seeds are evaluated against: the built-in one with a national committee size, term, scale and staffing, a declared kind's version, and an unnamed city's funding.</summary>
    public static PolicyCatalog Catalog { get; } = CreateCatalog();

    public static IEnumerable<object> All()
    {
        var catalog = Catalog;
        yield return catalog;
        var xiantao = KnownJurisdictions.Xiantao.Code;
        var day = new LocalDate(2016, 11, 22);
        var community = CommunityProfile.Create(xiantao, "干河社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(8000), HouseholdCount.Of(2600), Area.FromSquareMetres(300), gridCount: 4);
        var xinluoCommunity = CommunityProfile.Create(KnownJurisdictions.Xinluo.Code, "中城社区", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(5000), HouseholdCount.Of(1600));
        yield return community;
        yield return xinluoCommunity;

        var committee = ResidentsCommittee.Create(community,
        [
            CommitteeMember.FullTime("张敏", CommitteePost.Director, PartyPost.Secretary),
            CommitteeMember.FullTime("李强", CommitteePost.DeputyDirector),
            CommitteeMember.FullTime("王芳", CommitteePost.Member),
            CommitteeMember.PartTime("赵磊", CommitteePost.Member, PartTimeSource.GridWorker),
            CommitteeMember.PartTime("陈静", CommitteePost.Member, PartTimeSource.ResidentGroupLeader),
        ]);
        yield return committee;
        var committees = new CommitteeEvaluator(catalog);
        yield return committees.Assess(day, committee);
        var record = CommitteeRecord.Create(community, 7, 5, ElectionResult.Create(ElectionBasis.Voters, 2000, 1500, 900), 4);
        yield return record;
        yield return committees.Review(day, record);
        yield return DirectorRecord.Create(new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2013, 12, 31)), [Honour.Of(HonourLevel.City, new LocalDate(2012, 5, 4))], [AssessmentRank.Of(2, new LocalDate(2013, 12, 20))]);

        var decidedOn = new LocalDate(2010, 3, 1);
        var request = WorkRequest.Create(Department.Of("区民政局", DepartmentLevel.County), WorkItemKind.OtherOutsideDuties, "人口普查入户登记", decidedOn, decidedOn.PlusDays(30));
        yield return request;
        var admission = new AdmissionEvaluator(catalog);
        var decision = admission.Decide(KnownJurisdictions.Xinluo.Code, decidedOn, request);
        yield return decision;
        var register = WorkloadRegister.Create(xinluoCommunity, new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2010, 12, 31))).Add(decision);
        yield return register;
        yield return register.Summarise();
        yield return admission.Burden(register, 2010);
        yield return WorkingCalendar.Create([new LocalDate(2010, 4, 5)], []);
        yield return admission.Timeliness(KnownJurisdictions.Xinluo.Code, new LocalDate(2024, 11, 1), request.WithAppliedOn(new LocalDate(2024, 10, 8)).WithDecidedOn(new LocalDate(2024, 10, 12)), WorkingCalendar.WeekdaysOnly);
        yield return AdmissionPolicies.Xinluo.ToBuilder().Cap(WorkItemKind.Plaque, 1).Cap(WorkItemKind.Assessment, 5).CapTotal(60).Build();
        yield return new SubsidyEvaluator(catalog).Entitlement(SubsidyKinds.Pay, KnownJurisdictions.Shushan.Code, new LocalDate(2012, 6, 30), PayRole.GridWorker, ServiceRecord.Create(new LocalDate(2010, 3, 1)));
        var grids = new GridEvaluator(catalog);
        yield return grids.Assess(KnownJurisdictions.Hefei.Code, new LocalDate(2012, 6, 30), HouseholdCount.Of(2500), grids: 4, managers: 6);
        yield return grids.AssessCoverage(KnownJurisdictions.Hefei.Code, new LocalDate(2012, 8, 1), GridCoverage.Of(Proportion.Of(400, 400), Proportion.Of(55, 100)));
        yield return new Domain.Premises.PremisesEvaluator(catalog).BuildingCost(KnownJurisdictions.Xinluo.Code, new LocalDate(2008, 6, 30), Area.FromSquareMetres(300));
        yield return new Domain.Premises.PremisesEvaluator(catalog).Assess(Domain.Premises.PremisesKinds.Standard, xiantao, day, new Domain.Premises.PremisesDescription(Area.FromSquareMetres(280), rooms: 6, halls: 1));
        yield return new Domain.Statistics.StatisticsEvaluator(catalog).Check(Domain.Statistics.StatisticsKinds.Communities, xiantao, day);
        var scale = new ScaleEvaluator(catalog);
        yield return scale.Assess(day, community);

        var budgetCommunity = BudgetCommunity.Create(xinluoCommunity, [(PayRole.Director, 1), (PayRole.FullTimeMember, 3)], workers: 4, partyBranches: 1);
        yield return budgetCommunity;
        var budget = new BudgetCalculator(catalog).Annual(new LocalDate(2008, 6, 30), [budgetCommunity]);
        yield return budget;
        yield return Budget.Compare(budget, budget);
        var uncounted = CommunityProfile.Create(UnnamedCity.Code, "社区1", CommunityKind.PureResidential, CommunitySetting.Urban, Population.Of(4000), HouseholdCount.Of(1200));
        yield return new BudgetCalculator(catalog).Annual(new LocalDate(2012, 6, 30), [BudgetCommunity.Create(uncounted, [])]);

        yield return ParticipationRecord.Of(community).WithOrganisations(3, 2).WithVolunteers(100, 60, 500).WithActivities(2, 3);
        yield return GridCoverage.Of(Proportion.Of(400, 400), Proportion.Of(55, 100));
        yield return CostShare.Ratio((Payer.Of("city", "市", "City"), 1), (Payer.Of("district", "区", "District"), 1));

        var workflows = new WorkflowEvaluator(catalog);
        var opened = workflows.Open(WorkflowKinds.GridEvents, xiantao, new LocalDate(2017, 3, 1), "仙桃-2017-017", MatterSize.Small);
        yield return opened;
        yield return opened.MoveTo("dispatch", new LocalDate(2017, 3, 1), CaseAction.None.At(HandlingLevel.Grid));
        var duties = DutyRecord.Of(community, new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31)),
            [DutyEvent.Of("事件-1", WorkflowPolicies.FamilyDispute, new LocalDate(2017, 5, 3), attended: true)],
            [DutyHousehold.Of("住户-1", WorkflowPolicies.ElderlyAlone, new LocalDate(2017, 2, 1))]);
        yield return duties;

        yield return workflows.Assess(new LocalDate(2017, 12, 31), (DutyRecord)duties);
        yield return Domain.Json.PolicyDocument.Parse("""{"format":"community-domain.catalog","formatVersion":1,"jurisdictions":[{"code":"990000","parent":"100000","chineseName":"测试省","englishName":"Test Province","level":"Province"}],"policies":[{"kind":"committees.term","jurisdiction":"990000","ruleId":"TP-COM-02","policy":{"years":5}}]}""");
        yield return CommitteeTermPolicy.OfYears(5); // also reachable through the document above, but only by chance once the pool fills
        yield return Domain.BuiltIn.BuiltInGoldenCases.Document;
        yield return Domain.Cases.GoldenCaseDocument.Evaluate(BuiltInCatalog.Instance, "committees.quota", Domain.Jurisdictions.KnownJurisdictions.Xiantao.Code, new LocalDate(2016, 6, 30), "{\"population\":5000}");
        yield return Caught(() => new CommitteeEvaluator(BuiltInCatalog.Instance).Review(day, record));
        yield return Caught(() => opened.MoveTo("close", new LocalDate(2017, 3, 2)));

        // A module's registration, as a module's Register is given it (its constructor is the library's).
        yield return new Domain.Modules.ModuleRegistration(new CommitteesModule());
        yield return BuiltInModules.Registry;
        yield return new Domain.Serialization.EnumNameJsonConverter<Domain.Jurisdictions.JurisdictionLevel>();

        // Declared kinds: the kind, its policy and module, an outcome and an assessment, values of every kind.
        yield return Declared;
        yield return Declared.Policy(DeclaredRule);
        yield return new Domain.Declarations.DeclaredModule("council", [Declared]);
        var declared = new Domain.Declarations.DeclaredEvaluator(catalog);
        Domain.Declarations.DeclaredValue[] inputs = [21, 14, new LocalDate(2016, 11, 1), new LocalDate(2016, 6, 1)];
        yield return declared.Evaluate(Declared, xiantao, day, inputs);
        yield return declared.Assess(Declared, xiantao, day, inputs);
        yield return declared.ExplainAssessment(Declared, xiantao, day, inputs);
        yield return declared.ExplainEvaluation(Declared, xiantao, day, inputs);
        yield return Domain.Declarations.DeclaredValue.Of(1.5m);
        yield return Domain.Declarations.DeclaredValue.Of(true);
        yield return Domain.Declarations.DeclaredValue.Of(new LocalDate(2016, 11, 1));
        yield return Domain.Declarations.DeclaredValue.Of("甲类");
        yield return Domain.Declarations.DeclaredLimit.Of(5m, "council.too-many-absent", Domain.Assessments.FindingSeverity.Warning);
        yield return Domain.Declarations.DeclaredCheck.Of("present", Domain.Declarations.DeclaredComparison.AtLeast, "council.not-quorate", Domain.Assessments.FindingSeverity.Error);
        yield return new Domain.Serialization.EnumNameJsonConverter<Domain.Admission.SupportingDocuments>();
    }

    private static PolicyCatalog CreateCatalog() =>
        BuiltInCatalog.CreateBuilder()
            .Add(CommitteeKinds.Size, KnownJurisdictions.China.Code, EffectivePeriod.Always, CommitteeSizePolicy.Between(5, 11), RuleId.Of("TN-COM-01"))
            .Add(CommitteeKinds.Term, KnownJurisdictions.China.Code, EffectivePeriod.Always, CommitteeTermPolicy.OfYears(5), RuleId.Of("TN-COM-02"))
            .AddJurisdiction(UnnamedCity)
            .AddRange(Domain.Funding.FundingPolicies.UnnamedCityAt(UnnamedCity.Code, EffectivePeriod.Always))
            .Add(ScaleKinds.Community, KnownJurisdictions.China.Code, EffectivePeriod.Always, CommunityScalePolicy.Between(CountUnit.Households, 1000, 3000), RuleId.Of("TN-SCL-01"))
            .Add(Declared.Version(KnownJurisdictions.China.Code, EffectivePeriod.Always, DeclaredRule, RuleId.Of("TN-DEC-01")))
            .Add(Domain.Staffing.StaffingKinds.CommunityWorkers, KnownJurisdictions.China.Code, EffectivePeriod.Always, Domain.Staffing.StaffingPolicy.Exactly(CountUnit.Households, CountFormula.PerUnits(300, RoundingMode.Up).Between(5, 9)), RuleId.Of("TN-STF-01"))
            .Build();

    private static Exception Caught(Action action)
    {
        try
        {
            action();
        }
        catch (Exception caught)
        {
            return caught;
        }

        throw new InvalidOperationException("The seed expected an exception.");
    }
}
