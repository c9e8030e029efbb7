using Community.Domain.BuiltIn;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Subsidies;
using CsCheck;
using NodaTime;

namespace Community.Domain.Tests.Subsidies;

public class SubsidyEvaluatorTests
{
    private static readonly SubsidyEvaluator Evaluator = new(BuiltInCatalog.Instance);
    private static readonly JurisdictionCode Xinluo = KnownJurisdictions.Xinluo.Code;
    private static readonly LocalDate March2008 = new(2008, 3, 1);
    private static readonly RuleId Rule = RuleId.Of("TEST-01");

    private static Money Yuan(decimal yuan) => Money.FromYuan(yuan);

    // A county of a test province with its own minimum wage history and the Fujian floors.
    private static readonly Jurisdiction Province = Jurisdiction.Province(JurisdictionCode.Of(990000), "测试省", "Test Province");
    private static readonly Jurisdiction County = Jurisdiction.Below(Province.Code, JurisdictionCode.Of(990101), "测试县", "Test County", JurisdictionLevel.County);

    private static PolicyCatalogBuilder TestCatalog() => PolicyCatalog.CreateBuilder()
        .AddJurisdiction(Province)
        .AddJurisdiction(County)
        .Add(SubsidyKinds.Floor, Province.Code, EffectivePeriod.Always, SubsidyPolicies.FujianFloors, Rule);

    [Theory]
    [InlineData(PayRole.Director, 855)]
    [InlineData(PayRole.DeputyDirector, 855)]
    [InlineData(PayRole.FullTimeMember, 741)]
    public void Floor_Xinluo_Is150And130PercentOf570(PayRole role, decimal expected)
    {
        var floor = Evaluator.Floor(Xinluo, March2008, role);

        floor.Monthly.Should().Be(Yuan(expected));
        floor.Annual.Should().Be(Yuan(expected * 12));
        floor.Nature.Should().Be(SubsidyNature.Floor);
        floor.RuleId.Should().Be(RuleId.Sub01);
        floor.Wage!.Policy.Monthly.Should().Be(Yuan(570));
        floor.Wage.Jurisdiction.Should().Be(Xinluo);
        floor.Version.Jurisdiction.Should().Be(KnownJurisdictions.Fujian.Code, "the floors are Fujian's, inherited by the district");
    }

    [Theory]
    [InlineData(PayRole.Director, 700, 155)]
    [InlineData(PayRole.DeputyDirector, 700, 155)]
    [InlineData(PayRole.FullTimeMember, 500, 241)]
    public void Gap_Xinluo2008_Is155And241AMonth(PayRole role, decimal paid, decimal shortfall)
    {
        var gap = Evaluator.Gap(Xinluo, March2008, role, Yuan(paid));

        gap.ShortfallMonthly.Should().Be(Yuan(shortfall));
        gap.ShortfallAnnual.Should().Be(Yuan(shortfall * 12));
        gap.IsBelowFloor.Should().BeTrue();
        gap.Role.Should().Be(role);
    }

    [Fact]
    public void ScheduleGaps_Xinluo_ComparesSub02WithSub01()
    {
        var gaps = Evaluator.ScheduleGaps(Xinluo, March2008);

        gaps.Select(g => (g.Role, g.PaidMonthly.Yuan, g.Floor.Monthly.Yuan, g.ShortfallMonthly.Yuan)).Should().Equal(
            (PayRole.Director, 700m, 855m, 155m),
            (PayRole.DeputyDirector, 700m, 855m, 155m),
            (PayRole.FullTimeMember, 500m, 741m, 241m));
    }

    [Fact]
    public void ScheduleGaps_BeforeFebruary2008_HasNoPaySchedule()
    {
        var act = () => Evaluator.ScheduleGaps(Xinluo, new LocalDate(2008, 1, 31));

        act.Should().Throw<PolicyNotInForceException>().WithMessage("*subsidies.pay*2008-01-31*");
    }

    [Fact]
    public void Gap_PaidAtOrAboveTheFloor_HasNoShortfall()
    {
        Evaluator.Gap(Xinluo, March2008, PayRole.Director, Yuan(855)).ShortfallMonthly.Should().Be(Money.Zero);
        Evaluator.Gap(Xinluo, March2008, PayRole.Director, Yuan(855)).IsBelowFloor.Should().BeFalse();
        Evaluator.Gap(Xinluo, March2008, PayRole.Director, Yuan(900)).ShortfallMonthly.Should().Be(Money.Zero);
        Evaluator.Gap(Xinluo, March2008, PayRole.Director, Yuan(854.99m)).ShortfallMonthly.Should().Be(Yuan(0.01m));
    }

    [Fact]
    public void Gaps_OfACommittee_SumsPeopleAndListsUncoveredPostsApart()
    {
        var report = Evaluator.Gaps(Xinluo, March2008,
        [
            new PaidPerson("甲", PayRole.Director, Yuan(700)),
            new PaidPerson("乙", PayRole.DeputyDirector, Yuan(700)),
            new PaidPerson("丙", PayRole.FullTimeMember, Yuan(500)),
            new PaidPerson("丁", PayRole.FullTimeMember, Yuan(800)),
            new PaidPerson("戊", PayRole.PartTimeMember, Yuan(200)),
        ]);

        report.Gaps.Should().HaveCount(4);
        report.NotCovered.Select(p => p.Name).Should().Equal("戊");
        report.ShortfallMonthly.Should().Be(Yuan(155 + 155 + 241));
        report.ShortfallAnnual.Should().Be(Yuan((155 + 155 + 241) * 12));
        report.BelowFloorCount.Should().Be(3);
        report.ToString().Should().Be("3 of 4 below the floor; short 551.00 CNY a month, 6612.00 CNY a year");
    }

    [Fact]
    public void Combine_45Communities_AddsUp()
    {
        var one = Evaluator.Gaps(Xinluo, March2008,
        [
            new PaidPerson("主任", PayRole.Director, Yuan(700)),
            new PaidPerson("副主任", PayRole.DeputyDirector, Yuan(700)),
            new PaidPerson("委员一", PayRole.FullTimeMember, Yuan(500)),
            new PaidPerson("委员二", PayRole.FullTimeMember, Yuan(500)),
            new PaidPerson("委员三", PayRole.FullTimeMember, Yuan(500)),
        ]);

        var district = GapReport.Combine(Enumerable.Repeat(one, 45));

        one.ShortfallMonthly.Should().Be(Yuan(1033));
        district.ShortfallAnnual.Should().Be(Yuan(1033m * 12 * 45));
        district.Gaps.Should().HaveCount(225);
    }

    [Fact]
    public void Floor_NotWhole_RoundsUpToTheFen()
    {
        // 1234.57 × 150% = 1851.855: a floor rounds up, so 1851.86; a plain amount rounds half away, also 1851.86;
        // × 130% = 1604.941: the floor rounds up to 1604.95, the amount to 1604.94.
        var catalog = TestCatalog()
            .Add(ReferenceWageKinds.MinimumWage, County.Code, EffectivePeriod.Always, ReferenceWage.PerMonth(Yuan(1234.57m)), Rule)
            .Add(SubsidyKinds.Pay, County.Code, EffectivePeriod.Always, SubsidyPolicy.Amounts(SubsidyLine.MultipleOf(PayRole.FullTimeMember, ReferenceWageKinds.MinimumWage, Rate.FromPercent(130))), Rule)
            .Build();
        var evaluator = new SubsidyEvaluator(catalog);

        evaluator.Floor(County.Code, March2008, PayRole.Director).Monthly.Should().Be(Yuan(1851.86m));
        evaluator.Floor(County.Code, March2008, PayRole.FullTimeMember).Monthly.Should().Be(Yuan(1604.95m));
        evaluator.Amount(SubsidyKinds.Pay, County.Code, March2008, PayRole.FullTimeMember).Monthly.Should().Be(Yuan(1604.94m));
    }

    [Fact]
    public void Floor_MidYearWageChange_TakesEffectOnItsOwnDay()
    {
        var july = new LocalDate(2010, 7, 15);
        var catalog = TestCatalog()
            .Add(ReferenceWageKinds.MinimumWage, County.Code, EffectivePeriod.Always.EndingBefore(july), ReferenceWage.PerMonth(Yuan(600)), Rule)
            .Add(ReferenceWageKinds.MinimumWage, County.Code, EffectivePeriod.From(july), ReferenceWage.PerMonth(Yuan(700)), Rule)
            .Build();
        var evaluator = new SubsidyEvaluator(catalog);

        evaluator.Floor(County.Code, new LocalDate(2010, 1, 1), PayRole.Director).Monthly.Should().Be(Yuan(900));
        evaluator.Floor(County.Code, july.PlusDays(-1), PayRole.Director).Monthly.Should().Be(Yuan(900));
        evaluator.Floor(County.Code, july, PayRole.Director).Monthly.Should().Be(Yuan(1050));
        evaluator.Floor(County.Code, new LocalDate(2010, 12, 31), PayRole.Director).Monthly.Should().Be(Yuan(1050));
    }

    [Fact]
    public void Floor_WageInheritedFromTheProvince_IsUsedWhereTheCountyHasNone()
    {
        var catalog = TestCatalog()
            .Add(ReferenceWageKinds.MinimumWage, Province.Code, EffectivePeriod.Always, ReferenceWage.PerMonth(Yuan(1000)), Rule)
            .Build();

        var floor = new SubsidyEvaluator(catalog).Floor(County.Code, March2008, PayRole.FullTimeMember);

        floor.Monthly.Should().Be(Yuan(1300));
        floor.Wage!.Jurisdiction.Should().Be(Province.Code);
    }

    [Fact]
    public void Floor_MissingWage_ThrowsNamingJurisdictionKindAndDate()
    {
        var act = () => new SubsidyEvaluator(TestCatalog().Build()).Floor(County.Code, March2008, PayRole.Director);

        var thrown = act.Should().Throw<PolicyNotInForceException>()
            .WithMessage("*wages.minimum*990101*2008-03-01*").Which;
        thrown.Kind.Should().BeSameAs(ReferenceWageKinds.MinimumWage);
    }

    [Fact]
    public void Pay_Shushan_GridWorkersGetTheDistrictsAllowance()
    {
        var shushan = KnownJurisdictions.Shushan.Code;

        var allowance = Evaluator.Amount(SubsidyKinds.Pay, shushan, March2008, PayRole.GridWorker);

        allowance.Monthly.Should().Be(Yuan(400));
        allowance.Annual.Should().Be(Yuan(4800));
        allowance.Nature.Should().Be(SubsidyNature.Amount);
        allowance.RuleId.Should().Be(RuleId.Sub06);
        allowance.Version.Jurisdiction.Should().Be(shushan);
        allowance.Version.Citations.Should().ContainSingle().Which.Section.Should().Be("“网格化”编织出万千百姓笑脸");
        Evaluator.TryAmount(SubsidyKinds.Pay, shushan, March2008, PayRole.CommunityWorker, out _).Should().BeFalse("the allowance covers grid staff only");
        Evaluator.TryAmount(SubsidyKinds.Pay, KnownJurisdictions.Yaohai.Code, March2008, PayRole.GridWorker, out _)
            .Should().BeFalse("the other Hefei districts set no pay schedule");
        Evaluator.ExplainAmount(SubsidyKinds.Pay, shushan, March2008, PayRole.GridWorker).Explanation.ToText(ExplanationLanguage.Chinese)
            .Should().Contain("网格员").And.Contain("每月400.00元").And.Contain("“网格化”编织出万千百姓笑脸");
    }

    [Fact]
    public void Floor_Hefei_NeedsAnAverageWageTheCallerSupplies()
    {
        var hefei = KnownJurisdictions.Hefei.Code;
        var act = () => Evaluator.Floor(hefei, March2008, PayRole.CommunityWorker);
        act.Should().Throw<PolicyNotInForceException>().WithMessage("*wages.average-social*340100*");

        var catalog = BuiltInCatalog.Instance.ToBuilder()
            .Add(ReferenceWageKinds.AverageSocialWage, hefei, EffectivePeriod.Always, ReferenceWage.PerMonth(Yuan(3456.78m)), Rule)
            .Build();
        var floor = new SubsidyEvaluator(catalog).Floor(KnownJurisdictions.Shushan.Code, March2008, PayRole.CommunityWorker);

        floor.Monthly.Should().Be(Yuan(3456.78m));
        floor.RuleId.Should().Be(RuleId.Sub06);
    }

    [Theory]
    [InlineData(PayRole.Secretary, 2000)]
    [InlineData(PayRole.DeputySecretary, 1800)]
    [InlineData(PayRole.FullTimeMember, 1700)]
    public void Pay_Xiantao_IsSub03(PayRole role, decimal monthly)
    {
        var pay = Evaluator.Amount(SubsidyKinds.Pay, KnownJurisdictions.Xiantao.Code, new LocalDate(2016, 11, 22), role);

        pay.Monthly.Should().Be(Yuan(monthly));
        pay.Nature.Should().Be(SubsidyNature.Amount);
        pay.RuleId.Should().Be(RuleId.Sub03);
        pay.Wage.Should().BeNull();
        pay.Rate.Should().Be(Rate.Zero);
    }

    [Theory]
    [InlineData(PayRole.PublicWelfarePost, 300)]
    [InlineData(PayRole.SpecialistPost, 800)]
    public void Pay_Shashi_IsSub05(PayRole role, decimal monthly) =>
        Evaluator.Amount(SubsidyKinds.Pay, KnownJurisdictions.Shashi.Code, March2008, role).Monthly.Should().Be(Yuan(monthly));

    [Fact]
    public void Pay_Furong_AttachesToTheCallersTown()
    {
        var town = Jurisdiction.Below(KnownJurisdictions.Wanan.Code, JurisdictionCode.Of(360828100), "芙蓉镇", "Furong Town", JurisdictionLevel.Town);
        var catalog = BuiltInCatalog.Instance.ToBuilder()
            .AddJurisdiction(town)
            .Add(SubsidyPolicies.FurongPayAt(town.Code, EffectivePeriod.Always))
            .Build();
        var evaluator = new SubsidyEvaluator(catalog);

        evaluator.Amount(SubsidyKinds.Pay, town.Code, March2008, PayRole.Director).Monthly.Should().Be(Yuan(550));
        evaluator.Amount(SubsidyKinds.Pay, town.Code, March2008, PayRole.OrdinaryCadre).Monthly.Should().Be(Yuan(400), "一般干部 is an ordinary cadre, not a full-time member");
        evaluator.Amount(SubsidyKinds.Pay, town.Code, March2008, PayRole.Director).RuleId.Should().Be(RuleId.Sub04);
    }

    [Fact]
    public void Amount_PostNotCovered_ThrowsNamingPostAndWhatIsCovered()
    {
        var act = () => Evaluator.Floor(Xinluo, March2008, PayRole.GridWorker);

        act.Should().Throw<ArgumentException>()
            .WithMessage("role is GridWorker, which the pay floor in force for 350802 on 2008-03-01 (SUB-01) does not cover; it covers Director, DeputyDirector, FullTimeMember.*")
            .Which.ParamName.Should().Be("role");
    }

    [Fact]
    public void TryAmount_ReportsPolicyAndPostCover()
    {
        Evaluator.TryAmount(SubsidyKinds.Floor, Xinluo, March2008, PayRole.Director, out var floor).Should().BeTrue();
        floor.Monthly.Should().Be(Yuan(855));
        Evaluator.TryAmount(SubsidyKinds.Floor, Xinluo, March2008, PayRole.GridWorker, out var none).Should().BeFalse();
        none.Should().Be(default(SubsidyAmount));
        Evaluator.TryAmount(SubsidyKinds.Pay, Xinluo, new LocalDate(2007, 1, 1), PayRole.Director, out _).Should().BeFalse();
    }

    [Fact]
    public void BadArguments_AreRejectedByName()
    {
        ((Action)(() => _ = new SubsidyEvaluator(null!))).Should().Throw<ArgumentNullException>().WithParameterName("catalog");
        ((Action)(() => Evaluator.Amount(null!, Xinluo, March2008, PayRole.Director))).Should().Throw<ArgumentNullException>().WithParameterName("kind");
        ((Action)(() => Evaluator.Gap(Xinluo, March2008, PayRole.Director, Yuan(-1)))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("paidMonthly").WithMessage("*-1*zero or more*");
        ((Action)(() => Evaluator.ExplainGap(Xinluo, March2008, PayRole.Director, Yuan(-1)))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("paidMonthly");
        ((Action)(() => Evaluator.Gaps(Xinluo, March2008, null!))).Should().Throw<ArgumentNullException>().WithParameterName("people");
        ((Action)(() => Evaluator.Gaps(Xinluo, March2008, [null!]))).Should().Throw<ArgumentNullException>().WithParameterName("people[0]");
        ((Action)(() => GapReport.Combine(null!))).Should().Throw<ArgumentNullException>().WithParameterName("reports");
        ((Action)(() => GapReport.Combine([null!]))).Should().Throw<ArgumentNullException>().WithParameterName("reports[0]");
        ((Action)(() => Evaluator.Floor(JurisdictionCode.Of(990101), March2008, PayRole.Director))).Should().Throw<ArgumentException>().WithMessage("*990101*");
    }

    [Fact]
    public void ExplainAmount_NamesWageItsDateMultipleRoundingAndSources()
    {
        var explained = Evaluator.ExplainAmount(SubsidyKinds.Floor, Xinluo, March2008, PayRole.Director);

        explained.Value.Should().Be(Evaluator.Floor(Xinluo, March2008, PayRole.Director));
        var explanation = explained.Explanation;
        explanation.RuleId.Value.Should().Be("SUB-01");
        explanation.Steps.Select(s => s.Kind).Should().Equal(
            ExplanationStepKind.Resolution, ExplanationStepKind.Inheritance, ExplanationStepKind.Resolution, ExplanationStepKind.Formula, ExplanationStepKind.Rounding);
        explanation.Steps[2].English.Should().Contain("SUB-01 (minimum wage) also applies").And.Contain("Xinluo District (350802)");
        explanation.Steps[3].English.Should().Be("The floor for a director is 150% of the minimum wage, 570.00 yuan a month: 570.00 yuan × 150% = 855.00 yuan.");
        explanation.Steps[3].Chinese.Should().Be("主任的最低标准为最低工资标准(每月570.00元)的150%:570.00元×150%=855.00元。");
        explanation.Steps[4].English.Should().Be("Rounded up to 0.01 yuan, so that paying the floor satisfies it; it is already exact: 855.00 yuan a month.");
        explanation.Steps[4].Chinese.Should().Be("按0.01元向上取整,以保证按此发放即达到最低标准,计算结果无需取整:每月855.00元。");
        explanation.Result.English.Should().Be("floor for a director: 855.00 yuan a month (10260.00 yuan a year)");
        explanation.Result.Chinese.Should().Be("主任最低标准:每月855.00元(每年10260.00元)");
        explanation.Citations.Select(c => c.Title).Should().Equal("福建省城市社区建设纲要(试行)", "社区建设工作的调查报告");
        explanation.Inputs.Select(i => i.Name).Should().Equal("role");
    }

    [Fact]
    public void ExplainAmount_Fixed_StatesTheSchedule()
    {
        var explanation = Evaluator.ExplainAmount(SubsidyKinds.Pay, KnownJurisdictions.Shashi.Code, March2008, PayRole.PublicWelfarePost).Explanation;

        explanation.Steps.Select(s => s.Kind).Should().Equal(ExplanationStepKind.Resolution, ExplanationStepKind.Formula);
        explanation.Steps[1].English.Should().Be("The schedule fixes the amount for a public-welfare post at 300.00 yuan a month.");
        explanation.Steps[1].Chinese.Should().Be("公益性岗位的标准规定为每月300.00元。");
    }

    [Fact]
    public void ExplainGap_ComparesPayWithTheFloor()
    {
        var explained = Evaluator.ExplainGap(Xinluo, March2008, PayRole.FullTimeMember, Yuan(500));

        explained.Value.Should().Be(Evaluator.Gap(Xinluo, March2008, PayRole.FullTimeMember, Yuan(500)));
        var explanation = explained.Explanation;
        explanation.Inputs.Select(i => i.Name).Should().Equal("role", "paid");
        explanation.Steps[^1].Kind.Should().Be(ExplanationStepKind.Condition);
        explanation.Steps[^1].English.Should().Be("Fails: The pay, 500.00 yuan a month, must be at least the floor, 741.00 yuan a month.");
        explanation.Steps[^1].Chinese.Should().Be("不符合:实发每月500.00元,应不低于最低标准每月741.00元。");
        explanation.Steps[^2].Kind.Should().Be(ExplanationStepKind.Rounding);
        explanation.Steps[^2].English.Should().Contain("it is already exact: 741.00 yuan a month");
        explanation.Result.English.Should().Be("short 241.00 yuan a month (2892.00 yuan a year)");
        explanation.Result.Chinese.Should().Be("差额每月241.00元(每年2892.00元)");
    }

    [Fact]
    public void ExplainAmount_NotWhole_ShowsEveryDigitThenTheRounding()
    {
        var catalog = TestCatalog()
            .Add(ReferenceWageKinds.MinimumWage, County.Code, EffectivePeriod.Always, ReferenceWage.PerMonth(Yuan(1234.57m)), Rule)
            .Build();

        var explanation = new SubsidyEvaluator(catalog).ExplainAmount(SubsidyKinds.Floor, County.Code, March2008, PayRole.Director).Explanation;

        explanation.Steps[^2].English.Should().EndWith("1234.57 yuan × 150% = 1851.855 yuan.");
        explanation.Steps[^1].English.Should().Be("Rounded up to 0.01 yuan, so that paying the floor satisfies it: 1851.86 yuan a month.");
        explanation.Steps[^1].Chinese.Should().Be("按0.01元向上取整,以保证按此发放即达到最低标准:每月1851.86元。");
    }

    [Fact]
    public void Property_AFloorIsNeverBelowRateTimesWage_AndWithinAFen() =>
        Gen.Select(Gen.Decimal[1m, 100_000m], Gen.Int[1, 400])
            .Sample((wage, percent) =>
            {
                var monthly = Yuan(decimal.Round(wage, 2));
                var rate = Rate.FromPercent(percent);
                var catalog = PolicyCatalog.CreateBuilder()
                    .AddJurisdiction(Province)
                    .Add(ReferenceWageKinds.MinimumWage, Province.Code, EffectivePeriod.Always, ReferenceWage.PerMonth(monthly), Rule)
                    .Add(SubsidyKinds.Floor, Province.Code, EffectivePeriod.Always, SubsidyPolicy.Floors(SubsidyLine.MultipleOf(PayRole.Director, ReferenceWageKinds.MinimumWage, rate)), Rule)
                    .Build();
                var floor = new SubsidyEvaluator(catalog).Floor(Province.Code, March2008, PayRole.Director).Monthly;
                var exact = monthly * rate;
                return floor >= exact && floor - exact < Yuan(0.01m) && floor.Yuan == decimal.Round(floor.Yuan, 2);
            });

    [Fact]
    public void Property_ReportsAddUpOverCommittees() =>
        Gen.Select(Gen.Int[0, 1500], Gen.Int[0, 1500]).Array[1, 20]
            .Sample(pays =>
            {
                var reports = pays.Select((p, i) => Evaluator.Gaps(Xinluo, March2008,
                [
                    new PaidPerson($"主任{i}", PayRole.Director, Yuan(p.Item1)),
                    new PaidPerson($"委员{i}", PayRole.FullTimeMember, Yuan(p.Item2)),
                ])).ToList();
                var combined = GapReport.Combine(reports);
                var expected = pays.Sum(p => Math.Max(855 - p.Item1, 0) + Math.Max(741 - p.Item2, 0));
                return combined.ShortfallMonthly == Yuan(expected)
                    && combined.ShortfallMonthly == reports.Aggregate(Money.Zero, (sum, r) => sum + r.ShortfallMonthly)
                    && combined.BelowFloorCount == reports.Sum(r => r.BelowFloorCount);
            });
}
