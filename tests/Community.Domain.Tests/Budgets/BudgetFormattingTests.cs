using Community.Domain.Budgets;
using Community.Domain.Funding;
using Community.Domain.Primitives;
using Community.Domain.Subsidies;

namespace Community.Domain.Tests.Budgets;

public class BudgetFormattingTests
{
    private static readonly BudgetItem Work = BudgetItem.Funds(FundingKinds.WorkFunds);

    [Fact]
    public void BudgetLine_RangesAndSingleAmounts_FormatAndValidate()
    {
        var range = new BudgetLine(Work, Money.FromYuan(30000), Money.FromYuan(50000));
        var single = new BudgetLine(Work, Money.FromYuan(30000), Money.FromYuan(30000));

        range.IsRange.Should().BeTrue();
        single.IsRange.Should().BeFalse();
        range.ToString().Should().Be("work funds: 30000.00 CNY to 50000.00 CNY");
        single.ToString().Should().Be("work funds: 30000.00 CNY");
        ((Action)(() => _ = new BudgetLine(Work, Money.FromYuan(2), Money.FromYuan(1)))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("maximum").WithMessage("*at least minimum, 2.00 CNY*");
        ((Action)(() => BudgetItem.Pay((PayRole)99))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("role");
        BudgetItem.Pay(PayRole.Director).Should().Be(BudgetItem.Pay(PayRole.Director)).And.NotBe(BudgetItem.Pay(PayRole.DeputyDirector));
        BudgetItem.Funds(FundingKinds.WorkFunds).Should().NotBe(BudgetItem.Funds(FundingKinds.OfficeFunds));
        BudgetItem.Pay(PayRole.Director).Kind.Should().BeSameAs(SubsidyKinds.Pay);
        ((Action)(() => BudgetItem.Funds(null!))).Should().Throw<ArgumentNullException>().WithParameterName("kind");
        Work.ToString().Should().Be("funding.work-funds");
        BudgetItem.Pay(PayRole.Director).Chinese.Should().Be("主任待遇");
    }

    [Fact]
    public void BudgetChange_ADecreaseAndARange_FormatAndDiffer()
    {
        var before = new BudgetLine(Work, Money.FromYuan(30000), Money.FromYuan(50000));
        var after = new BudgetLine(Work, Money.FromYuan(20000), Money.FromYuan(60000));
        var change = new BudgetChange(Work, before, after);

        change.MinimumDifference.Should().Be(Money.FromYuan(-10000));
        change.MaximumDifference.Should().Be(Money.FromYuan(10000));
        change.ToString().Should().Be("work funds: 30000.00 CNY → 20000.00 CNY (-10000.00 CNY)");
        new BudgetChange(Work, null, after).MaximumDifference.Should().Be(Money.FromYuan(60000));
        new BudgetChange(Work, before, null).MaximumDifference.Should().Be(Money.FromYuan(-50000));
    }
}
