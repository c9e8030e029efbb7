using Community.Domain.Admission;
using Community.Domain.Explanations;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using CsCheck;
using NodaTime;
using static Community.Domain.Tests.Admission.AdmissionFixtures;

namespace Community.Domain.Tests.Admission;

public class WorkloadRegisterTests
{
    private static readonly DateInterval Year2010 = new(new LocalDate(2010, 1, 1), new LocalDate(2010, 12, 31));

    private static WorkloadRegister Empty() => WorkloadRegister.Create(AdmissionFixtures.Community("中城社区", Xinluo), Year2010);

    private static AdmissionDecision Decide(WorkRequest request, LocalDate? on = null) => Evaluator.Decide(Xinluo, on ?? Decided, request);

    [Fact]
    public void Add_ReturnsANewRegister_LeavingTheOriginal()
    {
        var empty = Empty();
        var decision = Decide(FullXinluo());

        var one = empty.Add(decision);

        empty.Count.Should().Be(0);
        one.Count.Should().Be(1);
        one.Decisions.Should().Equal(decision);
        one.Contains(FullXinluo()).Should().BeTrue();
        empty.Contains(FullXinluo()).Should().BeFalse();
        one.Community.Name.Should().Be("中城社区");
        one.Jurisdiction.Should().Be(Xinluo);
        one.Period.Should().BeSameAs(Year2010);
        one.ToString().Should().Be("中城社区 (350802) 2010-01-01..2010-12-31: 1 decision(s)");
    }

    [Fact]
    public void Add_ADuplicateRequest_Throws()
    {
        var one = Empty().Add(Decide(FullXinluo()));

        var again = () => one.Add(Decide(FullXinluo(), Decided.PlusDays(5)));

        again.Should().Throw<ArgumentException>().WithParameterName("decision").WithMessage("decision holds a decision on a request already recorded: 区民政局: SpecialSurvey*");
        one.Add(Decide(FullXinluo().WithReference("第二次"))).Count.Should().Be(2, "a request with its own reference is another request");
    }

    [Fact]
    public void Add_OnTheFirstAndLastDays_IsAccepted_OutsideThrows()
    {
        var register = Empty()
            .Add(Decide(Bare(), new LocalDate(2010, 1, 1)))
            .Add(Decide(FullXinluo(), new LocalDate(2010, 12, 31)));
        register.Count.Should().Be(2);

        var before = () => Empty().Add(Decide(Bare(), new LocalDate(2009, 12, 31)));
        var after = () => Empty().Add(Decide(Bare(), new LocalDate(2011, 1, 1)));

        before.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("decision")
            .WithMessage("decision holds a decision made on 2009-12-31; expected a day within the register's period, 2010-01-01 to 2010-12-31.*");
        after.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("decision");
    }

    [Fact]
    public void Add_ADecisionForAnotherJurisdictionOrTheDefault_Throws()
    {
        var elsewhere = () => Empty().Add(Evaluator.Decide(XinluoStreet.Code, Decided, Bare()));
        var blank = () => Empty().Add(default);

        elsewhere.Should().Throw<ArgumentException>().WithParameterName("decision").WithMessage("decision holds a decision for jurisdiction 350802001; expected one for the register's jurisdiction, 350802.*");
        blank.Should().Throw<ArgumentException>().WithParameterName("decision").WithMessage("decision holds the default decision*");
    }

    [Fact]
    public void AddRange_IsAllOrNothing()
    {
        var empty = Empty();
        var good = Decide(Bare());

        var repeated = () => empty.AddRange([good, Decide(FullXinluo()), good]);
        var outside = () => empty.AddRange([good, Decide(FullXinluo(), new LocalDate(2011, 2, 1))]);
        var already = () => empty.Add(good).AddRange([good]);
        var none = () => empty.AddRange(null!);

        repeated.Should().Throw<ArgumentException>().WithParameterName("decisions");
        outside.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("decisions");
        already.Should().Throw<ArgumentException>().WithParameterName("decisions");
        none.Should().Throw<ArgumentNullException>().WithParameterName("decisions");
        empty.Count.Should().Be(0);
        empty.AddRange([good, Decide(FullXinluo())]).Decisions.Should().Equal(good, Decide(FullXinluo()));
    }

    [Fact]
    public void Create_BadInput_Throws()
    {
        // A blank name and the default code are the community's to refuse, where every module's
        // community is made; the register refuses no community at all.
        var blank = () => WorkloadRegister.Create(null!, Year2010);
        var code = () => AdmissionFixtures.Community("x", default);
        var period = () => WorkloadRegister.Create(AdmissionFixtures.Community("x", Xinluo), null!);
        var julian = () => WorkloadRegister.Create(AdmissionFixtures.Community("x", Xinluo), new DateInterval(new LocalDate(2010, 1, 1, CalendarSystem.Julian), new LocalDate(2010, 2, 1, CalendarSystem.Julian)));
        var contains = () => Empty().Contains(null!);
        var summarise = () => Empty().Summarise(null!);
        var summariseJulian = () => Empty().Summarise(new DateInterval(new LocalDate(2010, 1, 1, CalendarSystem.Julian), new LocalDate(2010, 2, 1, CalendarSystem.Julian)));
        summariseJulian.Should().Throw<ArgumentException>().WithParameterName("period").WithMessage("*ISO*");

        blank.Should().Throw<ArgumentNullException>().WithParameterName("community");
        code.Should().Throw<ArgumentException>().WithParameterName("jurisdiction").WithMessage("jurisdiction is the default JurisdictionCode*JurisdictionCode.Of*");
        ((Action)(() => AdmissionFixtures.Community(" ", Xinluo))).Should().Throw<ArgumentException>().WithParameterName("name");
        period.Should().Throw<ArgumentNullException>().WithParameterName("period");
        julian.Should().Throw<ArgumentException>().WithParameterName("period");
        contains.Should().Throw<ArgumentNullException>().WithParameterName("request");
        summarise.Should().Throw<ArgumentNullException>().WithParameterName("period");
    }

    [Fact]
    public void Summarise_CountsByKindAndOutcome_ForAnyPeriod()
    {
        var register = Empty().AddRange(
        [
            Decide(FullXinluo(WorkItemKind.Plaque).WithReference("1"), new LocalDate(2010, 3, 1)),
            Decide(FullXinluo(WorkItemKind.Plaque).WithReference("2").WithFunds(Money.FromYuan(300m)), new LocalDate(2010, 4, 30)),
            Decide(Bare(WorkItemKind.Plaque).WithReference("3"), new LocalDate(2010, 5, 1)),
            Decide(Bare(WorkItemKind.Assessment).WithReference("4"), new LocalDate(2010, 5, 2)),
            Decide(WorkRequest.ForDuty(CivilAffairs, CommunityDuty.StatutoryDuties, "调解", Start, End), new LocalDate(2010, 6, 1)),
            Decide(FullXinluo(WorkItemKind.SpecialSurvey).WithReference("6").WithFunds(Money.FromYuan(1200.5m)), new LocalDate(2010, 12, 31)),
        ]);

        var all = register.Summarise();
        all.Total.Should().Be(6);
        all.Period.Should().BeSameAs(register.Period);
        all.CountOf(WorkItemKind.Plaque).Should().Be(3);
        all.CountOf(WorkItemKind.Plaque, AdmissionOutcome.Admitted).Should().Be(2);
        all.CountOf(WorkItemKind.Plaque, AdmissionOutcome.Refusable).Should().Be(1);
        all.CountOf(AdmissionOutcome.Admitted).Should().Be(3);
        all.CountOf(AdmissionOutcome.Refusable).Should().Be(2);
        all.CountOf(AdmissionOutcome.NotNeeded).Should().Be(1);
        all.CountOf(AdmissionOutcome.Rejected).Should().Be(0);
        all.Kinds.Should().Equal(WorkItemKind.Plaque, WorkItemKind.Assessment, WorkItemKind.SpecialSurvey, WorkItemKind.OwnDuty);
        all.FundsReceived.Should().Be(Money.FromYuan(5000m + 300m + 1200.5m));
        all.FundsReceivedFor(WorkItemKind.Plaque).Should().Be(Money.FromYuan(5300m));
        all.FundsReceivedFor(WorkItemKind.Assessment).Should().Be(Money.Zero, "refused work brings no funds");
        all.ToString().Should().Be("2010-01-01..2010-12-31: 6 decision(s), 3 admitted, 2 refusable, 0 rejected; funds received 6500.50 CNY");

        var spring = register.Summarise(new DateInterval(new LocalDate(2010, 3, 1), new LocalDate(2010, 4, 30)));
        spring.Total.Should().Be(2, "both ends of the period are included");
        spring.CountOf(WorkItemKind.Assessment).Should().Be(0);
        register.Summarise(new DateInterval(new LocalDate(2010, 3, 2), new LocalDate(2010, 4, 29))).Total.Should().Be(0);
    }

    [Fact]
    public void Summary_UndefinedKindOrOutcome_Throws()
    {
        var summary = Empty().Summarise();

        var kind = () => summary.CountOf((WorkItemKind)15);
        var negative = () => summary.CountOf((WorkItemKind)(-1));
        var outcome = () => summary.CountOf((AdmissionOutcome)5);
        var both = () => summary.CountOf(WorkItemKind.Plaque, (AdmissionOutcome)(-1));
        var funds = () => summary.FundsReceivedFor((WorkItemKind)99);

        kind.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind").WithMessage("kind is 15; it must be a defined kind of work.*");
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
        outcome.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("outcome").WithMessage("outcome is 5; it must be a defined outcome.*");
        both.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("outcome");
        funds.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("kind");
        summary.Kinds.Should().BeEmpty();
    }

    [Fact]
    public void Property_RegisterCountsEqualTheNumberOfEntries()
    {
        var entries = Gen.Select(Requests(Gen.Int[0, 13].Select(i => (WorkItemKind)i)), Gen.Int[0, 364], Gen.Int[0, 2]).Array[0, 60];
        entries.Sample(items =>
        {
            var decisions = items
                .Select((item, index) =>
                {
                    var (request, day, place) = item;
                    return (Jurisdiction: PolicyJurisdictions[place], Decision: Evaluator.Decide(PolicyJurisdictions[place], new LocalDate(2010, 1, 1).PlusDays(day), request.WithReference($"#{index}")));
                })
                .GroupBy(entry => entry.Jurisdiction)
                .ToArray();
            foreach (var group in decisions)
            {
                var register = WorkloadRegister.Create(AdmissionFixtures.Community("x", group.Key), Year2010).AddRange(group.Select(entry => entry.Decision));
                var summary = register.Summarise();
                var count = group.Count();
                var admittedFunds = group.Where(entry => entry.Decision.IsAdmitted).Sum(entry => entry.Decision.Request.Funds.Yuan);
                if (register.Count != count || summary.Total != count
                    || Enum.GetValues<WorkItemKind>().Sum(summary.CountOf) != count
                    || Enum.GetValues<AdmissionOutcome>().Sum(summary.CountOf) != count
                    || Enum.GetValues<WorkItemKind>().SelectMany(k => Enum.GetValues<AdmissionOutcome>().Select(o => summary.CountOf(k, o))).Sum() != count
                    || summary.FundsReceived.Yuan != admittedFunds
                    || Enum.GetValues<WorkItemKind>().Sum(k => summary.FundsReceivedFor(k).Yuan) != admittedFunds)
                {
                    return false;
                }
            }

            return true;
        });
    }

    // Burden reports

    private static readonly AdmissionPolicy Capped = AdmissionPolicies.Xinluo.ToBuilder()
        .Cap(WorkItemKind.Plaque, 1)
        .Cap(WorkItemKind.Assessment, 5)
        .CapTotal(2)
        .Build();

    private static AdmissionEvaluator CappedEvaluator() => new(Catalog.ToBuilder()
        .Add(PolicyVersion.Create(AdmissionKinds.WorkAdmission, XinluoStreet.Code, EffectivePeriod.Always, Capped, RuleId.Of("CAP-01"), SourceDocuments.XinluoSurvey))
        .Build());

    [Fact]
    public void Burden_ComparesAdmittedWorkWithTheCaps()
    {
        var evaluator = CappedEvaluator();
        var street = XinluoStreet.Code;
        var register = WorkloadRegister.Create(AdmissionFixtures.Community("东城社区", street), Year2010).AddRange(
        [
            evaluator.Decide(street, Decided, FullXinluo(WorkItemKind.Plaque).WithReference("1")),
            evaluator.Decide(street, Decided, FullXinluo(WorkItemKind.Plaque).WithReference("2")),
            evaluator.Decide(street, Decided, Bare(WorkItemKind.Plaque).WithReference("3")),
            evaluator.Decide(street, Decided, FullXinluo(WorkItemKind.SpecialSurvey).WithReference("4")),
        ]);

        var report = evaluator.Burden(register, 2010);

        report.Community.Name.Should().Be("东城社区");
        report.Jurisdiction.Should().Be(street);
        report.Year.Should().Be(2010);
        report.RuleId.Should().Be(RuleId.Adm04, "the report measures the burden ADM-04 describes");
        report.CapsRuleId.Should().Be(RuleId.Of("CAP-01"));
        report.Citations.Should().HaveCount(4).And.StartWith(AdmissionPolicies.BurdenSources);
        report.Citations[0].Title.Should().Be("关于加强社区建设的调查与思考");
        WorkloadRegister.RuleId.Should().Be(RuleId.Adm04);
        WorkloadRegister.Citations.Should().Equal(AdmissionPolicies.BurdenSources);
        report.Version.Policy.Should().BeSameAs(Capped);
        report.Lines.Select(line => line.ToString()).Should().Equal(
            "Plaque: 2 admitted, cap 1, 1 over",
            "Assessment: 0 admitted, cap 5",
            "SpecialSurvey: 1 admitted");
        report.Lines[0].Excess.Should().Be(1);
        report.Lines[1].IsOverCap.Should().BeFalse();
        report.Lines[2].Cap.Should().BeNull();
        report.Lines[2].Excess.Should().Be(0);
        report.Total.ToString().Should().Be("all kinds: 3 admitted, cap 2, 1 over");
        report.Total.Kind.Should().BeNull();
        report.Total.Admitted.Should().Be(3, "the refusable plaque does not count");
        report.FundsReceived.Should().Be(Money.FromYuan(15000m));
        report.Lines[0].FundsReceived.Should().Be(Money.FromYuan(10000m));
        report.IsWithinCaps.Should().BeFalse();
        report.Summary.Total.Should().Be(4);
        report.ToText(ExplanationLanguage.English).Should().Be(
            """
            Burden of 东城社区 in 2010 (2010-01-01 to 2010-12-31; ADM-04, caps of CAP-01)
              hanging a plaque: 2 admitted, cap 1, 1 over
              an assessment or competition: 0 admitted, cap 5
              a special survey: 1 admitted, no cap
              all kinds: 3 admitted, cap 2, 1 over
              Funds received with the tasks: 15000.00 yuan
            """.ReplaceLineEndings());
        report.ToString().Should().Be(report.ToText(ExplanationLanguage.English));
        report.ToText(ExplanationLanguage.Chinese).Should().Be(
            """
            东城社区2010年工作负担(2010年1月1日至2010年12月31日;ADM-04,上限依CAP-01)
              挂牌:准入2项,上限1项,超出1项
              考核评比:准入0项,上限5项
              专项调查:准入1项,未设上限
              合计:准入3项,上限2项,超出1项
              随任务拨付经费:15000.00元
            """.ReplaceLineEndings());
    }

    [Fact]
    public void Burden_WithinCaps_AndOnlyTheTotalOver()
    {
        var evaluator = CappedEvaluator();
        var street = XinluoStreet.Code;
        var within = WorkloadRegister.Create(AdmissionFixtures.Community("x", street), Year2010).Add(evaluator.Decide(street, Decided, FullXinluo(WorkItemKind.Plaque)));
        evaluator.Burden(within, 2010).IsWithinCaps.Should().BeTrue();

        var oneLineOver = new AdmissionEvaluator(Catalog.ToBuilder()
            .Add(PolicyVersion.Create(AdmissionKinds.WorkAdmission, street, EffectivePeriod.Always, AdmissionPolicies.Xinluo.ToBuilder().Cap(WorkItemKind.Plaque, 0).Cap(WorkItemKind.SpecialSurvey, 5).Build(), RuleId.Adm01, SourceDocuments.XinluoSurvey))
            .Build());
        var plaqueOver = WorkloadRegister.Create(AdmissionFixtures.Community("x", street), Year2010)
            .Add(oneLineOver.Decide(street, Decided, FullXinluo(WorkItemKind.Plaque)))
            .Add(oneLineOver.Decide(street, Decided, FullXinluo(WorkItemKind.SpecialSurvey)));
        var lineReport = oneLineOver.Burden(plaqueOver, 2010);
        lineReport.Total.IsOverCap.Should().BeFalse("no total cap");
        lineReport.Lines.Select(line => line.IsOverCap).Should().Equal(true, false);
        lineReport.IsWithinCaps.Should().BeFalse("one line is over its cap");

        var totalOnly = within
            .Add(evaluator.Decide(street, Decided, FullXinluo(WorkItemKind.SpecialSurvey).WithReference("a")))
            .Add(evaluator.Decide(street, Decided, FullXinluo(WorkItemKind.SpecialSurvey).WithReference("b")));
        var report = evaluator.Burden(totalOnly, 2010);
        report.Lines.Should().NotContain(line => line.IsOverCap);
        report.IsWithinCaps.Should().BeFalse("the total is over its cap");
    }

    [Fact]
    public void Burden_OverASpanOfYears_CountsOnlyTheYearAsked()
    {
        var span = new DateInterval(new LocalDate(2009, 7, 1), new LocalDate(2011, 6, 30));
        var register = WorkloadRegister.Create(AdmissionFixtures.Community("x", Xinluo), span)
            .Add(Evaluator.Decide(Xinluo, new LocalDate(2009, 12, 31), FullXinluo().WithApproval(Authority.DistrictPartyCommitteeAndGovernment, new LocalDate(2009, 12, 1))))
            .Add(Evaluator.Decide(Xinluo, new LocalDate(2011, 1, 1), FullXinluo(WorkItemKind.Plaque)));

        var in2009 = Evaluator.Burden(register, 2009);
        in2009.Summary.Period.Start.Should().Be(new LocalDate(2009, 7, 1));
        in2009.Summary.Period.End.Should().Be(new LocalDate(2009, 12, 31));
        in2009.Total.Admitted.Should().Be(1);
        in2009.Lines.Should().ContainSingle().Which.Kind.Should().Be(WorkItemKind.SpecialSurvey);
        in2009.Total.Cap.Should().BeNull();
        in2009.IsWithinCaps.Should().BeTrue("no built-in policy sets caps");

        var in2011 = Evaluator.Burden(register, 2011);
        in2011.Summary.Period.End.Should().Be(new LocalDate(2011, 6, 30));
        in2011.Lines.Should().ContainSingle().Which.Kind.Should().Be(WorkItemKind.Plaque);

        Evaluator.Burden(register, 2010).Total.Admitted.Should().Be(0);
        var outside = () => Evaluator.Burden(register, 2012);
        var before = () => Evaluator.Burden(register, 2008);
        outside.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year").WithMessage("year is 2012; it must overlap the register's period, 2009-07-01 to 2011-06-30.*");
        before.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
        var none = () => Evaluator.Burden(null!, 2010);
        none.Should().Throw<ArgumentNullException>().WithParameterName("register");
    }

    [Fact]
    public void Burden_WhereNoPolicyIsInForce_Throws()
    {
        var register = WorkloadRegister.Create(AdmissionFixtures.Community("x", Community.Domain.Jurisdictions.KnownJurisdictions.Shashi.Code), Year2010);

        var burden = () => Evaluator.Burden(register, 2010);

        burden.Should().Throw<PolicyNotInForceException>();
    }
}
