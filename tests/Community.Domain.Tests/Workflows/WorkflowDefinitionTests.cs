using Community.Domain.BuiltIn;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;
using Community.Domain.Workflows;
using NodaTime;

namespace Community.Domain.Tests.Workflows;

public class WorkflowDefinitionTests
{
    private static readonly WorkflowStep A = WorkflowStep.Of("a", "甲", "first");
    private static readonly WorkflowStep B = WorkflowStep.Of("b", "乙", "second");
    private static readonly WorkflowStep C = WorkflowStep.Of("c", "丙", "third");

    [Fact]
    public void AnotherPlacesWorkflow_IsConfiguration_WithAMoveBackAndItsOwnClosingStep()
    {
        var workflow = WorkflowDefinition.Define("网格事件", "grid events", A, B, C).InSequence().Allow("c", "b").ClosingAt("b").Require("b", TransitionRequirements.Handler | TransitionRequirements.Verdict).Build();
        var catalog = BuiltInCatalog.CreateBuilder()
            .Add(PolicyVersion.Create(WorkflowKinds.GridEvents, KnownJurisdictions.Hefei.Code, EffectivePeriod.Always, workflow, RuleId.Wf01))
            .Build();

        var c = new WorkflowEvaluator(catalog).Open(WorkflowKinds.GridEvents, KnownJurisdictions.Shushan.Code, new LocalDate(2012, 1, 1), "H-1", MatterSize.Small);
        var back = c.MoveTo("b", c.EnteredOn, CaseAction.None.By("x").Judged(true)).MoveTo("c", c.EnteredOn).MoveTo("b", c.EnteredOn, CaseAction.None.By("y").Judged(false));

        back.Handler.Should().Be("y");
        back.Satisfied.Should().BeFalse();
        back.Length.Should().Be(4);
        workflow.Transitions.Select(t => t.ToString()).Should().Equal("a → b (requires Handler, Verdict)", "b → c", "c → b (requires Handler, Verdict)");
        workflow.NextSteps("c").Should().Equal(B);
        workflow.SmallMattersWithin.Should().Be(HandlingLevel.District, "without a bound any level up to the district may handle a matter");
        workflow.ToString().Should().Be("grid events: a → b → c");
    }

    [Fact]
    public void Build_ListsEveryProblemAtOnce()
    {
        var act = () => WorkflowDefinition.Define("坏", "bad", A, B, B, C)
            .Allow("a", "a").Allow("a", "x").Allow("a", "b").Allow("a", "b")
            .Require("y", TransitionRequirements.Handler).Require("b", (TransitionRequirements)64)
            .ClosingAt("z").KeepWithin(HandlingLevel.Community, HandlingLevel.Grid).Build();

        act.Should().Throw<PolicyDefinitionException>().Which.Problems.Select(p => p.Message).Should().BeEquivalentTo(
            "workflow \"bad\" has the step \"b\" twice.",
            "workflow \"bad\" requires Handler to enter \"y\", which is not one of its steps.",
            "workflow \"bad\" requires 64 to enter \"b\"; expected a combination of Handler, Level and Verdict.",
            "workflow \"bad\" allows \"a\" to move to itself; a step is entered once per move.",
            "workflow \"bad\" allows \"a\" → \"x\", but \"x\" is not one of its steps.",
            "workflow \"bad\" allows \"a\" → \"b\" twice.",
            "workflow \"bad\" closes at \"z\", which is not one of its steps.",
            "workflow \"bad\" keeps large matters within Grid, below small matters' Community; expected large matters to go at least as high.");
    }

    [Fact]
    public void Build_ReportsStepsNoCaseCanReach_NoSteps_AndUndefinedLevels()
    {
        FluentActions.Invoking(() => WorkflowDefinition.Define("断", "broken", A, B, C).Allow("a", "c").Build())
            .Should().Throw<PolicyDefinitionException>().Which.Problems.Should().ContainSingle().Which.Message.Should().Be("workflow \"broken\" has no way from \"a\" to \"b\"; expected every step to be reachable.");
        FluentActions.Invoking(() => WorkflowDefinition.Define("空", "empty").Build())
            .Should().Throw<PolicyDefinitionException>().Which.Problems.Should().ContainSingle().Which.Message.Should().Contain("has no steps");
        FluentActions.Invoking(() => WorkflowDefinition.Define("级", "levels", A).KeepWithin((HandlingLevel)0, HandlingLevel.Grid).Build())
            .Should().Throw<PolicyDefinitionException>().Which.Problems.Should().ContainSingle().Which.Message.Should().Contain("expected levels from Grid to District");
        WorkflowDefinition.Define("单", "single", A).Build().ClosingStep.Should().Be(A, "without ClosingAt the last step closes a case");
    }

    [Fact]
    public void OneStepWorkflow_ClosesOnOpening()
    {
        var catalog = BuiltInCatalog.CreateBuilder()
            .Add(PolicyVersion.Create(WorkflowKinds.Petitions, KnownJurisdictions.Hefei.Code, EffectivePeriod.Always, WorkflowDefinition.Define("单", "single", A).Build(), RuleId.Wf03))
            .Build();

        var c = new WorkflowEvaluator(catalog).Open(WorkflowKinds.Petitions, KnownJurisdictions.Hefei.Code, new LocalDate(2012, 1, 1), "x", MatterSize.Small);

        c.IsClosed.Should().BeTrue();
        c.IsFinished.Should().BeTrue();
        FluentActions.Invoking(() => c.MoveTo("a", c.EnteredOn)).Should().Throw<IllegalTransitionException>().WithMessage("*Allowed next: none, the case is at a final step.");
    }

    [Fact]
    public void Steps_AreEqualByCode_AndValidateTheirParts()
    {
        WorkflowStep.Of("a", "另", "other").Should().Be(A);
        A.GetHashCode().Should().Be(WorkflowStep.Of("a", "x", "y").GetHashCode());
        A.Equals((object)"a").Should().BeFalse();
        A.Equals(null as WorkflowStep).Should().BeFalse();
        A.ToString().Should().Be("a (甲)");
        FluentActions.Invoking(() => WorkflowStep.Of("Follow up", "跟踪", "x")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "code").WithMessage("code is \"Follow up\"; expected lower-case*");
        FluentActions.Invoking(() => WorkflowStep.Of("", "跟踪", "x")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "code");
        FluentActions.Invoking(() => WorkflowStep.Of("1a", "跟踪", "x")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "code");
        WorkflowStep.Of("a-1", "跟踪", "x").Code.Should().Be("a-1");
        FluentActions.Invoking(() => WorkflowStep.Of(null!, "跟踪", "x")).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "code");
        FluentActions.Invoking(() => WorkflowStep.Of("a", " ", "x")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "chinese");
        FluentActions.Invoking(() => A.AlsoCalledAs("甲")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "chinese");
        FluentActions.Invoking(() => WorkflowDefinition.Define("x", "y", [A, null!])).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "steps[1]");
        FluentActions.Invoking(() => WorkflowDefinition.Define("x", "y", A).Allow(null!, "a")).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "from");
        FluentActions.Invoking(() => WorkflowPolicies.XiantaoGridEvents.NextSteps("zzz")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "step");
    }

    [Fact]
    public void Build_NamesTheUnknownEndOfAMove()
    {
        FluentActions.Invoking(() => WorkflowDefinition.Define("未", "unknown", A, B).InSequence().Allow("x", "a").Build())
            .Should().Throw<PolicyDefinitionException>().Which.Problems.Should().ContainSingle().Which.Message.Should().Be("workflow \"unknown\" allows \"x\" → \"a\", but \"x\" is not one of its steps.");
    }
}
