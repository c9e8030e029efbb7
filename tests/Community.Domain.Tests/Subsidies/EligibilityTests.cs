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
}
