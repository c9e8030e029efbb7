using Community.Domain.Policies;

namespace Community.Domain.Tests.Policies;

/// <summary>A count formula nests at most <see cref="CountFormula.MaxDepth"/> levels: deeper is a problem of its definition, and no depth, even 10,000, ends the process when the formula is built, printed or evaluated.</summary>
public sealed class FormulaDepthTests
{
    private static CountFormula Nested(int depth)
    {
        var formula = CountFormula.Fixed(5);
        for (var level = 1; level < depth; level++)
        {
            formula = level % 3 == 0 ? CountFormula.Larger(formula, CountFormula.Fixed(1)) : level % 3 == 1 ? formula.AtLeast(1) : CountFormula.Smaller(CountFormula.Fixed(9), formula);
        }

        return formula;
    }

    [Fact]
    public void AFormulaAtTheMaximumDepth_IsValid_AndOneLevelMoreIsAProblemOfItsDefinition()
    {
        var deepest = Nested(CountFormula.MaxDepth);
        var tooDeep = Nested(CountFormula.MaxDepth + 1);

        deepest.Depth.Should().Be(CountFormula.MaxDepth);
        deepest.IsValid.Should().BeTrue();
        deepest.Evaluate(100).Should().Be(5);
        tooDeep.Depth.Should().Be(CountFormula.MaxDepth + 1);
        tooDeep.Problems.Should().ContainSingle().Which.Message.Should().Be("the formula is nested 33 levels deep; expected at most 32, as no rule nests its counts deeper.");
        FluentActions.Invoking(() => tooDeep.Evaluate(100)).Should().Throw<PolicyDefinitionException>();
        CountFormula.Fixed(1).Depth.Should().Be(1);
        CountFormula.Fixed(1).Between(0, 3).Depth.Should().Be(2);
    }

    [Fact]
    public void AFormulaTenThousandLevelsDeep_IsBuiltPrintedAndRefused_WithoutEndingTheProcess()
    {
        var formula = Nested(10_000);

        formula.IsValid.Should().BeFalse();
        formula.Problems.Should().ContainSingle().Which.Message.Should().Contain("nested 10000 levels deep");
        formula.ToString().Should().Be("a formula nested 10000 levels deep");
        FluentActions.Invoking(() => formula.Evaluate(1)).Should().Throw<PolicyDefinitionException>();
    }
}
