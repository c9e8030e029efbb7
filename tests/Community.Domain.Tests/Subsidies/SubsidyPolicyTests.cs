using Community.Domain.BuiltIn;
using Community.Domain.Policies;
using Community.Domain.Primitives;
using Community.Domain.Subsidies;

namespace Community.Domain.Tests.Subsidies;

public class SubsidyPolicyTests
{
    [Fact]
    public void Define_EveryProblemIsListedAtOnce()
    {
        var act = () => SubsidyPolicy.Floors(
            SubsidyLine.Fixed(PayRole.Director, Money.FromYuan(-1)),
            SubsidyLine.Fixed(PayRole.Director, Money.FromYuan(100)),
            SubsidyLine.MultipleOf(PayRole.FullTimeMember, ReferenceWageKinds.MinimumWage, Rate.Zero));

        var problems = act.Should().Throw<PolicyDefinitionException>().Which.Problems;
        problems.Select(p => p.Kind).Should().Equal(DefinitionProblemKind.InvalidValue, DefinitionProblemKind.Duplicate, DefinitionProblemKind.InvalidValue);
        problems[0].Message.Should().Be("Line 1 (Director: -1.00 CNY a month) gives a negative amount; expected zero or more.");
        problems[1].Message.Should().Be("Line 2 (Director: 100.00 CNY a month) is a second line for Director; give each post once.");
        problems[2].Message.Should().Be("Line 3 (FullTimeMember: 0% of minimum wage) is zero times the wage; expected a multiple more than zero.");
    }

    [Fact]
    public void Define_NoLines_IsAProblem()
    {
        var act = () => SubsidyPolicy.Amounts();

        act.Should().Throw<PolicyDefinitionException>().Which.Problems.Single().Message.Should().Contain("no lines");
    }

    [Fact]
    public void Define_BadArguments_AreRejectedByName()
    {
        ((Action)(() => SubsidyPolicy.Floors(null!))).Should().Throw<ArgumentNullException>().WithParameterName("lines");
        ((Action)(() => SubsidyPolicy.Floors([null!]))).Should().Throw<ArgumentNullException>().WithParameterName("lines[0]");
        ((Action)(() => SubsidyPolicy.Define((SubsidyNature)9, Rounding.Amount, SubsidyLine.Fixed(PayRole.Director, Money.Zero)))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("nature");
        ((Action)(() => SubsidyLine.Fixed((PayRole)99, Money.Zero))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("role");
        ((Action)(() => SubsidyLine.MultipleOf(PayRole.Director, null!, Rate.Whole))).Should().Throw<ArgumentNullException>().WithParameterName("wage");
        ((Action)(() => ReferenceWage.PerMonth(Money.Zero))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("monthly").WithMessage("*more than zero*");
        ((Action)(() => _ = new PaidPerson(" ", PayRole.Director, Money.Zero))).Should().Throw<ArgumentException>().WithParameterName("name");
        ((Action)(() => _ = new PaidPerson("甲", PayRole.Director, Money.FromYuan(-5)))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("paidMonthly").WithMessage("*-5*zero or more*");
        ((Action)(() => _ = new PaidPerson("甲", (PayRole)99, Money.Zero))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("role");
    }

    [Fact]
    public void Policy_KeepsItsLinesNatureAndRounding()
    {
        var policy = SubsidyPolicies.FujianFloors;

        policy.Nature.Should().Be(SubsidyNature.Floor);
        policy.Rounding.Should().Be(Rounding.Floor);
        policy.Roles.Should().Equal(PayRole.Director, PayRole.DeputyDirector, PayRole.FullTimeMember);
        policy.TryGetLine(PayRole.FullTimeMember, out var line).Should().BeTrue();
        line!.Rate.Should().Be(Rate.FromPercent(130));
        line.IsMultipleOfWage.Should().BeTrue();
        line.SourceText.Should().Contain("130%");
        line.ToString().Should().Be("FullTimeMember: 130% of minimum wage");
        policy.TryGetLine(PayRole.GridWorker, out _).Should().BeFalse();
        FluentActions.Invoking(() => policy.TryGetLine((PayRole)99, out _)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("role");
        FluentActions.Invoking(() => policy.TryGetLine((PayRole)Enum.GetValues<PayRole>().Length, out _)).Should().Throw<ArgumentOutOfRangeException>("the value after the last role is no role");
        policy.ToString().Should().StartWith("Floors: Director: 150% of minimum wage;");
        SubsidyPolicies.XinluoPay2008.Rounding.Should().Be(Rounding.Amount);
        SubsidyPolicies.XinluoPay2008.Lines[0].FixedMonthly.Should().Be(Money.FromYuan(700));
        SubsidyPolicies.XinluoPay2008.Lines[0].IsMultipleOfWage.Should().BeFalse();
        SubsidyLine.Fixed(PayRole.Director, Money.Zero, "  ").SourceText.Should().BeNull();
        ReferenceWage.PerMonth(Money.FromYuan(570)).Annual.Should().Be(Money.FromYuan(6840));
        ReferenceWage.PerMonth(Money.FromYuan(570)).ToString().Should().Be("570.00 CNY a month");
    }

    [Fact]
    public void Results_FormatForDiagnostics()
    {
        var evaluator = new SubsidyEvaluator(BuiltInCatalog.Instance);
        var xinluo = Community.Domain.Jurisdictions.KnownJurisdictions.Xinluo.Code;
        var date = new NodaTime.LocalDate(2008, 3, 1);

        evaluator.Floor(xinluo, date, PayRole.Director).ToString().Should().Be("Director: 855.00 CNY a month (SUB-01 floor, 150% of 570.00 CNY)");
        evaluator.Amount(SubsidyKinds.Pay, xinluo, date, PayRole.Director).ToString().Should().Be("Director: 700.00 CNY a month (SUB-02 amount)");
        evaluator.Gap(xinluo, date, PayRole.Director, Money.FromYuan(700)).ToString().Should().Be("Director: paid 700.00 CNY, floor 855.00 CNY, short 155.00 CNY a month");
    }
}
