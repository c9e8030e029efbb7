using Community.Domain.BuiltIn;
using Community.Domain.Explanations;
using Community.Domain.Jurisdictions;
using Community.Domain.Policies;
using Community.Domain.Sources;
using Community.Domain.Workflows;
using CsCheck;
using NodaTime;

namespace Community.Domain.Tests.Workflows;

public class WorkflowCaseTests
{
    private static readonly LocalDate Day = new(2017, 3, 1);
    private static readonly WorkflowEvaluator Evaluator = new(BuiltInCatalog.Instance);

    private static WorkflowCase GridEvent(MatterSize size = MatterSize.Small) =>
        Evaluator.Open(WorkflowKinds.GridEvents, KnownJurisdictions.Xiantao.Code, Day, "E-17", size);

    [Fact]
    public void Wf01_GridEvent_RunsRegisterDispatchHandleFollowUpClose_WithADatedHistory()
    {
        var opened = GridEvent();
        var closed = opened
            .MoveTo("dispatch", Day, CaseAction.None.At(HandlingLevel.Grid))
            .MoveTo("handle", Day.PlusDays(1), CaseAction.None.By("网格员王明"))
            .MoveTo("follow-up", Day.PlusDays(3))
            .MoveTo("close", Day.PlusDays(5), CaseAction.None.Judged(true));

        closed.Step.Code.Should().Be("close");
        closed.IsClosed.Should().BeTrue();
        closed.ClosedOn.Should().Be(Day.PlusDays(5));
        closed.IsFinished.Should().BeTrue();
        closed.NextSteps().Should().BeEmpty();
        closed.Level.Should().Be(HandlingLevel.Grid);
        closed.Handler.Should().Be("网格员王明");
        closed.Satisfied.Should().BeTrue();
        closed.Length.Should().Be(5);
        closed.Version.RuleId.Should().Be(RuleId.Wf01);
        closed.History().Select(e => (e.Step.Chinese, e.On)).Should().Equal(
            ("事件登记", Day), ("调度派遣", Day), ("任务处理", Day.PlusDays(1)), ("跟踪回访", Day.PlusDays(3)), ("评估结案", Day.PlusDays(5)));
        closed.History()[1].Action.Level.Should().Be(HandlingLevel.Grid);
        closed.History()[1].ToString().Should().Be("2017-03-01 dispatch (调度派遣)");
        opened.Step.Code.Should().Be("register", "a move leaves the case it started from as it was");
        opened.IsClosed.Should().BeFalse();
        opened.Previous.Should().BeNull();
        opened.Level.Should().BeNull();
        opened.Handler.Should().BeNull();
        opened.Satisfied.Should().BeNull();
        closed.ToString().Should().Be("E-17 at close (评估结案) since 2017-03-06");
    }

    [Fact]
    public void IllegalMove_FailsNamingTheCaseItsStepAndTheAllowedNextSteps()
    {
        var act = () => GridEvent().MoveTo("close", Day);

        act.Should().Throw<IllegalTransitionException>()
            .WithMessage("Case \"E-17\" is at register (事件登记) and cannot move to close (评估结案): the workflow does not allow this move. Allowed next: dispatch (调度派遣).")
            .Where(e => e.CaseId == "E-17" && e.State.Code == "register" && e.Requested.Code == "close" && e.AllowedNext.Single().Code == "dispatch");
    }

    [Fact]
    public void Wf01_SmallMatter_StaysWithinTheGrid_LargeMatter_WithinTheCommunity()
    {
        var small = () => GridEvent(MatterSize.Small).MoveTo("dispatch", Day, CaseAction.None.At(HandlingLevel.Community));
        small.Should().Throw<IllegalTransitionException>().WithMessage("*a small matter stays within the grid level, and the community level was given.*");

        GridEvent(MatterSize.Large).MoveTo("dispatch", Day, CaseAction.None.At(HandlingLevel.Community)).Level.Should().Be(HandlingLevel.Community);
        var large = () => GridEvent(MatterSize.Large).MoveTo("dispatch", Day, CaseAction.None.At(HandlingLevel.Street));
        large.Should().Throw<IllegalTransitionException>().WithMessage("*a large matter stays within the community level, and the street or town level was given.*");
    }

    [Fact]
    public void Wf01_Dispatch_RequiresTheLevel()
    {
        var act = () => GridEvent().MoveTo("dispatch", Day);

        act.Should().Throw<IllegalTransitionException>().WithMessage("*entering dispatch requires the level that handles the case, and none was given. Allowed next: dispatch (调度派遣).");
        GridEvent().CanMoveTo("dispatch").Should().BeFalse();
        GridEvent().CanMoveTo("dispatch", CaseAction.None.At(HandlingLevel.Grid)).Should().BeTrue();
    }

    [Fact]
    public void Wf02_ResidentsMatters_SixSteps_HandlingNamesWhoIsResponsible_EvaluationGivesAVerdict_AndClosesTheMatter()
    {
        var raised = Evaluator.Open(WorkflowKinds.ResidentsMatters, KnownJurisdictions.Shashi.Code, Day, "S-1", MatterSize.Large);
        var handled = raised.MoveTo("sort", Day, CaseAction.None.At(HandlingLevel.Community)).MoveTo("deliberate", Day).MoveTo("handle", Day, CaseAction.None.By("社区主任"));

        var noHandler = () => raised.MoveTo("sort", Day, CaseAction.None.At(HandlingLevel.Community)).MoveTo("deliberate", Day).MoveTo("handle", Day);
        noHandler.Should().Throw<IllegalTransitionException>().WithMessage("*entering handle requires a named handler*");
        var noVerdict = () => handled.MoveTo("evaluate", Day);
        noVerdict.Should().Throw<IllegalTransitionException>().WithMessage("*entering evaluate requires the verdict of the evaluation*");
        var beyond = () => raised.MoveTo("sort", Day, CaseAction.None.At(HandlingLevel.Street));
        beyond.Should().Throw<IllegalTransitionException>().WithMessage("*a large matter stays within the community level*");

        handled.IsClosed.Should().BeFalse();
        var evaluated = handled.MoveTo("evaluate", Day.PlusDays(2), CaseAction.None.Judged(false));
        evaluated.IsClosed.Should().BeTrue("a matter counts as closed once it reaches public evaluation");
        evaluated.IsFinished.Should().BeFalse();
        evaluated.MoveTo("follow-up", Day.PlusDays(9)).ClosedOn.Should().Be(Day.PlusDays(2));
        WorkflowPolicies.ShashiResidentsMatters.Steps[3].AlsoCalled.Should().Be("干事");
        WorkflowPolicies.ShashiResidentsMatters.ClosingStep.Code.Should().Be("evaluate");
    }

    [Fact]
    public void Wf03_Petitions_CountAsClosedWhenMediated_51Of52Is98Percent()
    {
        var cases = Enumerable.Range(1, 52)
            .Select(i => Evaluator.Open(WorkflowKinds.Petitions, KnownJurisdictions.Wanan.Code, Day, $"P-{i}", MatterSize.Small))
            .Select(c => c.Id == "P-52" ? c : c.MoveTo("mediate", Day.PlusDays(1)))
            .ToList();

        var tally = CaseTally.Of(cases);

        tally.Received.Should().Be(52);
        tally.Closed.Should().Be(51);
        tally.ClosureRate.IsReportedAs(98, 0).Should().BeTrue();
        tally.ClosureRate.RoundedPercent(2).Should().Be(98.08m);
        tally.SatisfactionRate.IsEmpty.Should().BeTrue();
        tally.ToString().Should().Be("52 received, 51 closed (98.08%)");
    }

    [Fact]
    public void Wf02_Tally_2320Of2400Closed_WithSatisfactionFromVerdicts()
    {
        var tally = CaseTally.Of(2400, 2320, evaluated: 2320, satisfied: 2250);

        tally.ClosureRate.RoundedPercent(2).Should().Be(96.67m);
        tally.SatisfactionRate.IsReportedAs(97, 0).Should().BeTrue("2250 of 2320 is 96.98%");
        tally.ToString().Should().Be("2400 received, 2320 closed (96.67%), 2250 of 2320 satisfied (96.98%)");
    }

    [Fact]
    public void Tally_CountsVerdictsOfEvaluatedCases()
    {
        var open = Evaluator.Open(WorkflowKinds.ResidentsMatters, KnownJurisdictions.Shashi.Code, Day, "S-1", MatterSize.Small);
        var handled = open.MoveTo("sort", Day, CaseAction.None.At(HandlingLevel.Grid)).MoveTo("deliberate", Day).MoveTo("handle", Day, CaseAction.None.By("x"));
        var happy = handled.MoveTo("evaluate", Day, CaseAction.None.Judged(true));
        var unhappy = handled.MoveTo("evaluate", Day, CaseAction.None.Judged(false));

        var tally = CaseTally.Of([open, handled, happy, unhappy]);

        (tally.Received, tally.Closed, tally.Evaluated, tally.Satisfied).Should().Be((4, 2, 2, 1));
    }

    [Fact]
    public void TryMoveTo_ReturnsFalseForAnIllegalMove_AndTheNewCaseForALegalOne()
    {
        GridEvent().TryMoveTo("handle", Day, default, out var none).Should().BeFalse();
        none.Should().BeNull();
        GridEvent().TryMoveTo("dispatch", Day, CaseAction.None.At(HandlingLevel.Grid), out var moved).Should().BeTrue();
        moved!.Step.Code.Should().Be("dispatch");
    }

    [Fact]
    public void Moves_RefuseAnUnknownStep_AnEarlierDay_AndNull()
    {
        var c = GridEvent();
        FluentActions.Invoking(() => c.MoveTo("archive", Day)).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "step").WithMessage("step is \"archive\"; expected a step of grid event handling: register, dispatch, handle, follow-up, close.*");
        FluentActions.Invoking(() => c.MoveTo(null!, Day)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "step");
        FluentActions.Invoking(() => c.MoveTo("dispatch", Day.PlusDays(-1), CaseAction.None.At(HandlingLevel.Grid))).Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "on").WithMessage("*must not be before 2017-03-01, the day case \"E-17\" entered register*");
        FluentActions.Invoking(() => c.TryMoveTo("dispatch", Day.PlusDays(-1), default, out _)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => c.CanMoveTo("nowhere")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => CaseAction.None.At((HandlingLevel)9)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "level");
        FluentActions.Invoking(() => CaseAction.None.By(" ")).Should().Throw<ArgumentException>().Where(e => e.ParamName == "handler");
        FluentActions.Invoking(() => CaseTally.Of((IEnumerable<WorkflowCase>)[c, null!])).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "cases[1]");
        FluentActions.Invoking(() => CaseTally.Of(5, 6)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "closed");
        FluentActions.Invoking(() => CaseTally.Of(5, 5, 6)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "evaluated");
        FluentActions.Invoking(() => CaseTally.Of(5, 5, 2, 3)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "satisfied");
        FluentActions.Invoking(() => CaseTally.Of(-1, 0)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "received");
    }

    [Fact]
    public void Open_RefusesBadArguments_AndTryOpenSaysWhereNoWorkflowIsInForce()
    {
        FluentActions.Invoking(() => Evaluator.Open(WorkflowKinds.GridEvents, KnownJurisdictions.Xiantao.Code, Day, " ", MatterSize.Small)).Should().Throw<ArgumentException>().Where(e => e.ParamName == "caseId");
        FluentActions.Invoking(() => Evaluator.Open(WorkflowKinds.GridEvents, KnownJurisdictions.Xiantao.Code, Day, "x", (MatterSize)0)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "size");
        FluentActions.Invoking(() => Evaluator.Open(WorkflowKinds.GridEvents, KnownJurisdictions.Hefei.Code, Day, "x", MatterSize.Small)).Should().Throw<PolicyNotInForceException>();
        Evaluator.TryOpen(WorkflowKinds.GridEvents, KnownJurisdictions.Hefei.Code, Day, "x", MatterSize.Small, out var none).Should().BeFalse();
        none.Should().BeNull();
        Evaluator.TryOpen(WorkflowKinds.GridEvents, KnownJurisdictions.Xiantao.Code, Day, "x", MatterSize.Small, out var opened).Should().BeTrue();
        opened!.EnteredOn.Should().Be(Day);
        FluentActions.Invoking(() => new WorkflowEvaluator(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "catalog");
    }

    [Fact]
    public void ExplainOpen_NamesTheStepsTheClosingStepTheBoundAndTheSecondName()
    {
        var explained = Evaluator.ExplainOpen(WorkflowKinds.ResidentsMatters, KnownJurisdictions.Shashi.Code, Day, "S-9", MatterSize.Small);
        var remarks = explained.Explanation.Steps.Where(s => s.Kind == ExplanationStepKind.Remark).ToList();

        remarks.Select(s => s.Chinese).Should().Contain([
            "居民说事流程为:说事→理事→议事→办事→评事→查事;进入“评事”即为办结。",
            "小事不出社区。",
            "原文对该环节有两种表述:“办事”与“干事”。",
        ]);
        remarks.Select(s => s.English).Should().Contain("The sources name the step \"handle with named responsibility\" two ways: 办事 and 干事.");
        explained.Explanation.RuleId.Should().Be(RuleId.Wf02);
        explained.Explanation.Result.English.Should().Be("case S-9 opened at \"raise the matter\" on 2017-03-01");
        explained.Explanation.Result.Chinese.Should().Be("案件S-9于2017年3月1日进入“说事”");
        explained.Value.Step.Code.Should().Be("raise");
    }

    [Fact]
    public void Property_AnySequenceOfAttemptedMoves_KeepsTheHistoryDatedInOrder_AndEndsAtTheLastAllowedStep()
    {
        var codes = WorkflowPolicies.XiantaoGridEvents.Steps.Select(s => s.Code).ToArray();
        Gen.Int[0, codes.Length - 1].Array[0, 12].Sample(attempts =>
        {
            var c = GridEvent(MatterSize.Large);
            var day = Day;
            foreach (var attempt in attempts)
            {
                day = day.PlusDays(1);
                if (c.TryMoveTo(codes[attempt], day, CaseAction.None.At(HandlingLevel.Community), out var moved))
                {
                    c = moved;
                }
            }

            var history = c.History();
            return history.Length == c.Length
                && history[^1].Step.Equals(c.Step)
                && history.Zip(history.Skip(1)).All(p => p.First.On <= p.Second.On && WorkflowPolicies.XiantaoGridEvents.NextSteps(p.First.Step.Code).Contains(p.Second.Step));
        });
    }

    [Fact]
    public void Tally_OfNothing_HasNoRates_AndNoneClosedIsAValidCount()
    {
        CaseTally.Of([]).ToString().Should().Be("0 received, 0 closed");
        CaseTally.Of(5, 0).ClosureRate.Should().Be(Community.Domain.Primitives.Proportion.Of(0, 5));
        CaseTally.Of(5, 0, 1, 0).SatisfactionRate.Percent.Should().Be(0m);
    }
}
