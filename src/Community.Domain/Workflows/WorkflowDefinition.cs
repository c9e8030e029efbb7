using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Community.Domain.Workflows;

/// <summary>A case workflow as a state machine: its steps in order, the moves allowed between them and what each requires, the step at which a case counts as closed, and how high each size of matter may be handled.</summary>
/// <remarks>
/// A case starts at the first step. Define one with <see cref="Define"/> and the
/// <see cref="WorkflowDefinitionBuilder"/> it returns; <see cref="WorkflowDefinitionBuilder.Build"/>
/// lists every problem at once. Immutable and thread-safe.
/// </remarks>
public sealed class WorkflowDefinition
{
    internal WorkflowDefinition(
        string chinese,
        string english,
        ImmutableArray<WorkflowStep> steps,
        ImmutableArray<WorkflowTransition> transitions,
        int closingIndex,
        HandlingLevel smallWithin,
        HandlingLevel largeWithin)
    {
        Chinese = chinese;
        English = english;
        Steps = steps;
        Transitions = transitions;
        ClosingIndex = closingIndex;
        SmallMattersWithin = smallWithin;
        LargeMattersWithin = largeWithin;
    }

    /// <summary>Gets the workflow's Chinese name, such as 居民说事.</summary>
    public string Chinese { get; }

    /// <summary>Gets the workflow's English name.</summary>
    public string English { get; }

    /// <summary>Gets the steps, the first being where a case starts.</summary>
    public ImmutableArray<WorkflowStep> Steps { get; }

    /// <summary>Gets every move the workflow allows.</summary>
    public ImmutableArray<WorkflowTransition> Transitions { get; }

    /// <summary>Gets the step at which a case counts as closed (办结), for closure rates.</summary>
    public WorkflowStep ClosingStep => Steps[ClosingIndex];

    /// <summary>Gets the highest level that may handle a small matter.</summary>
    public HandlingLevel SmallMattersWithin { get; }

    /// <summary>Gets the highest level that may handle a large matter.</summary>
    public HandlingLevel LargeMattersWithin { get; }

    internal int ClosingIndex { get; }

    /// <summary>Starts defining a workflow over its steps, in order; the first is where a case starts.</summary>
    /// <param name="chinese">The workflow's Chinese name; not blank.</param>
    /// <param name="english">The workflow's English name; not blank.</param>
    /// <param name="steps">The steps; at least one, no code twice (reported by <see cref="WorkflowDefinitionBuilder.Build"/>).</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentNullException">A name, <paramref name="steps"/> or a step is null.</exception>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    public static WorkflowDefinitionBuilder Define(string chinese, string english, params IEnumerable<WorkflowStep> steps) =>
        new(Guard.Against.BlankText(chinese), Guard.Against.BlankText(english), Guard.Against.NoNullElements(steps));

    /// <summary>Finds a step by its code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The step's index, or -1.</returns>
    internal int IndexOf(string code)
    {
        for (var i = 0; i < Steps.Length; i++)
        {
            if (Steps[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Gets the steps a case at a step may move to, in the order the moves were defined.</summary>
    /// <param name="step">The step's code.</param>
    /// <returns>The steps; empty at a final step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    /// <exception cref="ArgumentException">The workflow has no step <paramref name="step"/>.</exception>
    public ImmutableArray<WorkflowStep> NextSteps(string step) => NextSteps(StepIndex(step, nameof(step)));

    internal ImmutableArray<WorkflowStep> NextSteps(int from)
    {
        var next = ImmutableArray.CreateBuilder<WorkflowStep>();
        foreach (var transition in Transitions)
        {
            if (transition.FromIndex == from)
            {
                next.Add(transition.To);
            }
        }

        return next.ToImmutable();
    }

    internal WorkflowTransition? Find(int from, int to)
    {
        foreach (var transition in Transitions)
        {
            if (transition.FromIndex == from && transition.ToIndex == to)
            {
                return transition;
            }
        }

        return null;
    }

    internal bool HasNext(int from)
    {
        foreach (var transition in Transitions)
        {
            if (transition.FromIndex == from)
            {
                return true;
            }
        }

        return false;
    }

    internal HandlingLevel Ceiling(MatterSize size) => size == MatterSize.Small ? SmallMattersWithin : LargeMattersWithin;

    internal int StepIndex(string step, string parameterName)
    {
        Guard.Against.NullArgument(step, parameterName);
        var index = IndexOf(step);
        return index >= 0
            ? index
            : throw new ArgumentException(
                $"{parameterName} is \"{step}\"; expected a step of {English}: {string.Join(", ", Steps.Select(s => s.Code))}.", parameterName);
    }

    /// <summary>Formats the workflow.</summary>
    /// <returns>A text such as <c>grid events: register → dispatch → handle → follow-up → close</c>.</returns>
    public override string ToString() => $"{English}: {string.Join(" → ", Steps.Select(s => s.Code))}";
}
