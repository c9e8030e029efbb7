using Community.Domain.Assessments;
using Community.Domain.BuiltIn;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Sources;
using Community.Domain.Subsidies;
using NodaTime;

namespace Community.Domain.Tests.Subsidies;

public class EligibilityTests
{
    private static readonly LocalDate AsOf = new(2024, 7, 1);
    private static readonly Jurisdiction City = Jurisdiction.Below(KnownJurisdictions.Anhui.Code, JurisdictionCode.Of(340900), "测试市", "Test City", JurisdictionLevel.City);
    private const string PublicWelfarePost = "公益性岗位补贴";

    // A 300-yuan grid allowance for grid workers with at least 3 years of service, appointed before 2024,
    // who do not receive the public-welfare post allowance.
    private static readonly SubsidyEvaluator Evaluator = new(BuiltInCatalog.Instance.ToBuilder()
        .AddJurisdiction(City)
        .Add(SubsidyKinds.Pay, City.Code, EffectivePeriod.Always, SubsidyPolicy.Amounts(
            SubsidyLine.Fixed(PayRole.GridWorker, Money.FromYuan(300)).WithConditions(
                EligibilityCondition.YearsOfServiceAtLeast(3),
                EligibilityCondition.AppointedBefore(new LocalDate(2024, 1, 1)),
                EligibilityCondition.NotReceiving(PublicWelfarePost))), RuleId.Of("TC-SUB-01"))
        .Build());

    [Theory]
    [InlineData(2024, 7, 1, true)]   // the last day of service is a day in the post
    [InlineData(2024, 6, 30, false)] // ended the day before
    public void APersonWhoseServiceEnded_IsNotInThePost_AfterTheLastDay(int year, int month, int day, bool eligible)
    {
        var person = ServiceRecord.Create(new LocalDate(2020, 3, 1)).EndingOn(new LocalDate(year, month, day));

        var entitlement = Evaluator.Entitlement(SubsidyKinds.Pay, City.Code, AsOf, PayRole.GridWorker, person);

        entitlement.IsEligible.Should().Be(eligible);
        entitlement.Unmet.Select(f => f.Code).Should().Equal(eligible ? [] : [SubsidyFindingCodes.NotServing]);
        if (!eligible)
        {
            entitlement.Unmet[0].English.Should().Be("Not in the post on 2024-07-01: service ended on 2024-06-30.");
            entitlement.Unmet[0].Chinese.Should().Be("2024年7月1日不在岗:已于2024年6月30日离任。");
        }
    }

    [Fact]
    public void APersonNotYetAppointed_IsNotInThePost()
    {
        var entitlement = Evaluator.Entitlement(SubsidyKinds.Pay, City.Code, AsOf, PayRole.GridWorker, ServiceRecord.Create(new LocalDate(2024, 7, 2)));

        entitlement.Unmet.Select(f => f.Code).Should().Contain(SubsidyFindingCodes.NotServing);
        entitlement.Unmet.First(f => f.Code == SubsidyFindingCodes.NotServing).English.Should().Be("Not in the post on 2024-07-01: appointed only on 2024-07-02.");
    }

    [Theory]
    [InlineData("2023-02-27", "2030-01-01", 2)] // appointed 2020-03-01: a day short of three years, however late the day asked
    [InlineData("2023-02-28", "2023-02-28", 2)] // on the last day, the third year is not yet full
    [InlineData("2023-02-28", "2023-03-01", 3)] // the day after, it is
    [InlineData("2023-02-28", "2030-01-01", 3)] // and it stays three
    [InlineData("2023-03-01", "2030-01-01", 3)]
    public void YearsOfService_StopCountingAtTheEndOfService(string lastDay, string asOf, int years)
    {
        var person = ServiceRecord.Create(new LocalDate(2020, 3, 1)).EndingOn(Iso(lastDay));

        person.YearsOfService(Iso(asOf)).Should().Be(years);
    }

    [Fact]
    public void YearsOfService_ALastDayCompletingAYear_CountsIt()
    {
        var person = ServiceRecord.Create(new LocalDate(2020, 3, 1)).EndingOn(new LocalDate(2023, 2, 28));

        person.YearsOfService(new LocalDate(2030, 1, 1)).Should().Be(3, "2020-03-01 to 2023-02-28, both served, is three full years");
        person.YearsOfService(new LocalDate(2023, 2, 27)).Should().Be(2);
        person.IsServingOn(new LocalDate(2023, 2, 28)).Should().BeTrue();
        person.IsServingOn(new LocalDate(2023, 3, 1)).Should().BeFalse();
        person.IsServingOn(new LocalDate(2020, 2, 29)).Should().BeFalse();
        person.ToString().Should().Be("appointed 2020-03-01; served until 2023-02-28");
        person.Should().NotBe(ServiceRecord.Create(new LocalDate(2020, 3, 1)));
    }

    [Fact]
    public void AnEndBeforeTheAppointment_OrOnTheLastDateNodaTimeHolds_OrOutsideIso_IsRefused()
    {
        var person = ServiceRecord.Create(new LocalDate(2020, 3, 1));

        FluentActions.Invoking(() => person.EndingOn(new LocalDate(2020, 2, 29))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("lastDay").WithMessage("lastDay is 2020-02-29; it must not be before the appointment, 2020-03-01.*");
        FluentActions.Invoking(() => person.EndingOn(LocalDate.MaxIsoValue)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("lastDay");
        FluentActions.Invoking(() => person.EndingOn(new LocalDate(2021, 1, 1, CalendarSystem.Julian))).Should().Throw<ArgumentException>().WithParameterName("lastDay");
        person.EndingOn(new LocalDate(2020, 3, 1)).IsServingOn(new LocalDate(2020, 3, 1)).Should().BeTrue("a service of one day");
    }

    [Theory]
    [InlineData(2021, 7, 1, true)]    // three full years on 2024-07-01
    [InlineData(2021, 7, 2, false)]   // a day short
    public void YearsOfService_CountFullYearsToTheDateAsked(int year, int month, int day, bool eligible)
    {
        var entitlement = Evaluator.Entitlement(SubsidyKinds.Pay, City.Code, AsOf, PayRole.GridWorker, ServiceRecord.Create(new LocalDate(year, month, day)));

        entitlement.IsEligible.Should().Be(eligible);
        entitlement.Monthly.Should().Be(eligible ? Money.FromYuan(300) : Money.Zero);
        entitlement.Annual.Should().Be(eligible ? Money.FromYuan(3600) : Money.Zero);
        entitlement.Amount.Monthly.Should().Be(Money.FromYuan(300), "the line's amount is reported either way");
    }

    [Fact]
    public void AppointedBefore_ExcludesTheDateItself()
    {
        var condition = EligibilityCondition.AppointedBefore(new LocalDate(2024, 1, 1));

        condition.IsMetBy(ServiceRecord.Create(new LocalDate(2023, 12, 31)), AsOf).Should().BeTrue();
        condition.IsMetBy(ServiceRecord.Create(new LocalDate(2024, 1, 1)), AsOf).Should().BeFalse();
    }

    [Fact]
    public void EveryUnmetCondition_IsAFindingCitingTheRule()
    {
        var person = ServiceRecord.Create(new LocalDate(2024, 1, 1), PublicWelfarePost);

        var entitlement = Evaluator.Entitlement(SubsidyKinds.Pay, City.Code, AsOf, PayRole.GridWorker, person);

        entitlement.Unmet.Select(f => f.Code).Should().Equal(SubsidyFindingCodes.TooFewYearsOfService, SubsidyFindingCodes.AppointedTooLate, SubsidyFindingCodes.ReceivesExcludedAllowance);
        entitlement.Unmet.Should().OnlyContain(f => f.Severity == FindingSeverity.Error && f.RuleId == RuleId.Of("TC-SUB-01"));
        entitlement.Unmet[0].English.Should().Be("0 full years of service on 2024-07-01, fewer than the 3 the line requires.");
        entitlement.Unmet[1].Chinese.Should().Be("于2024年1月1日任职,不在规定的2024年1月1日之前。");
        entitlement.Unmet[2].Chinese.Should().Be("已领取公益性岗位补贴,与本项不可兼得。");
        entitlement.ToString().Should().StartWith("not eligible (3 condition(s) unmet): ");
    }

    [Fact]
    public void ExplainEntitlement_ChecksEachCondition()
    {
        var person = ServiceRecord.Create(new LocalDate(2020, 3, 1));

        var explained = Evaluator.ExplainEntitlement(SubsidyKinds.Pay, City.Code, AsOf, PayRole.GridWorker, person);

        explained.Value.IsEligible.Should().BeTrue();
        explained.Explanation.Steps.Where(s => s.Kind == Community.Domain.Explanations.ExplanationStepKind.Condition).Select(s => s.English).Should().Equal(
            "Holds: In the post on 2024-07-01, appointed on 2020-03-01.",
            "Holds: 4 full years of service on 2024-07-01, at least the 3 the line requires.",
            "Holds: Appointed on 2020-03-01, before 2024-01-01 as the line requires.",
            "Holds: Does not receive 公益性岗位补贴, which the line excludes.");
        explained.Explanation.Result.Chinese.Should().Be("符合条件:每月300.00元");
        explained.Explanation.Inputs.Select(i => i.English).Should().Contain("appointed 2020-03-01");
    }

    [Fact]
    public void LineWithoutConditions_EveryoneInThePostIsEligible()
    {
        var entitlement = new SubsidyEvaluator(BuiltInCatalog.Instance)
            .Entitlement(SubsidyKinds.Pay, KnownJurisdictions.Shushan.Code, new LocalDate(2012, 6, 30), PayRole.GridWorker, ServiceRecord.Create(new LocalDate(2012, 6, 1)));

        entitlement.IsEligible.Should().BeTrue();
        entitlement.Monthly.Should().Be(Money.FromYuan(400));
    }

    [Fact]
    public void TryEntitlement_NoPolicyOrPostNotCovered_ReturnsFalse()
    {
        var person = ServiceRecord.Create(new LocalDate(2020, 3, 1));

        Evaluator.TryEntitlement(SubsidyKinds.Pay, City.Code, AsOf, PayRole.Director, person, out var none).Should().BeFalse();
        none.Should().BeNull();
        Evaluator.TryEntitlement(SubsidyKinds.Floor, KnownJurisdictions.China.Code, AsOf, PayRole.GridWorker, person, out _).Should().BeFalse();
        Evaluator.TryEntitlement(SubsidyKinds.Pay, City.Code, AsOf, PayRole.GridWorker, person, out var some).Should().BeTrue();
        some!.IsEligible.Should().BeTrue();
    }

    [Fact]
    public void BadInput_ThrowsNamingTheArgument()
    {
        FluentActions.Invoking(() => Evaluator.Entitlement(SubsidyKinds.Pay, City.Code, AsOf, PayRole.GridWorker, null!)).Should().Throw<ArgumentNullException>().WithParameterName("person");
        FluentActions.Invoking(() => Evaluator.ExplainEntitlement(SubsidyKinds.Pay, City.Code, AsOf, PayRole.GridWorker, null!)).Should().Throw<ArgumentNullException>().WithParameterName("person");
        FluentActions.Invoking(() => Evaluator.Entitlement(SubsidyKinds.Pay, City.Code, AsOf, PayRole.Director, ServiceRecord.Create(AsOf))).Should().Throw<ArgumentException>().WithParameterName("role");
        FluentActions.Invoking(() => EligibilityCondition.YearsOfServiceAtLeast(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("years");
        FluentActions.Invoking(() => EligibilityCondition.YearsOfServiceAtLeast(61)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("years");
        FluentActions.Invoking(() => EligibilityCondition.NotReceiving(" ")).Should().Throw<ArgumentException>().WithParameterName("allowance");
        FluentActions.Invoking(() => ServiceRecord.Create(AsOf, "a", " ")).Should().Throw<ArgumentException>().WithParameterName("allowances[1]").WithMessage("allowances[1] is \" \"; expected an allowance's name*");
        FluentActions.Invoking(() => SubsidyLine.Fixed(PayRole.GridWorker, Money.FromYuan(1)).WithConditions(null!, EligibilityCondition.YearsOfServiceAtLeast(1)))
            .Should().Throw<ArgumentNullException>().WithParameterName("conditions[0]");
        FluentActions.Invoking(() => EligibilityCondition.YearsOfServiceAtLeast(1).IsMetBy(null!, AsOf)).Should().Throw<ArgumentNullException>().WithParameterName("person");
    }

    [Fact]
    public void Conditions_DescribeThemselves()
    {
        EligibilityCondition.YearsOfServiceAtLeast(3).ToString().Should().Be("at least 3 years of service");
        EligibilityCondition.AppointedBefore(new LocalDate(2024, 1, 1)).ToString().Should().Be("appointed before 2024-01-01");
        EligibilityCondition.NotReceiving("甲").ToString().Should().Be("not receiving 甲");
        SubsidyLine.Fixed(PayRole.GridWorker, Money.FromYuan(300)).WithConditions(EligibilityCondition.YearsOfServiceAtLeast(3)).ToString()
            .Should().Be("GridWorker: 300.00 CNY a month if at least 3 years of service");
        ServiceRecord.Create(new LocalDate(2020, 3, 1), "甲").Should().Be(ServiceRecord.Create(new LocalDate(2020, 3, 1), "甲"));
        ServiceRecord.Create(new LocalDate(2020, 3, 1), "甲").ToString().Should().Be("appointed 2020-03-01; receives 甲");
        ServiceRecord.Create(new LocalDate(2020, 3, 1)).YearsOfService(new LocalDate(2019, 1, 1)).Should().Be(0);
    }

    private static LocalDate Iso(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
