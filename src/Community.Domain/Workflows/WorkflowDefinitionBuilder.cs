using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Community.Domain.Policies;

namespace Community.Domain.Workflows;

/// <summary>Defines a <see cref="WorkflowDefinition"/>; <see cref="Build"/> checks the whole definition and lists every problem.</summary>
/// <remarks>Steps are named by their codes; a code the workflow does not have is a problem reported by <see cref="Build"/>, with every other.</remarks>
public sealed class WorkflowDefinitionBuilder
{
    private readonly string _chinese;
    private readonly string _english;
    private readonly ImmutableArray<WorkflowStep> _steps;
    private readonly List<(string From, string To)> _moves = [];
    private readonly List<(string Step, TransitionRequirements Requires)> _requirements = [];
    private string? _closing;
    private HandlingLevel _small = HandlingLevel.District;
    private HandlingLevel _large = HandlingLevel.District;

    internal WorkflowDefinitionBuilder(string chinese, string english, ImmutableArray<WorkflowStep> steps)
    {
        _chinese = chinese;
        _english = english;
        _steps = steps;
    }

    /// <summary>Allows each step to move to the next, in the order given.</summary>
    /// <returns>This builder.</returns>
    public WorkflowDefinitionBuilder InSequence()
    {
        for (var i = 0; i + 1 < _steps.Length; i++)
        {
            _moves.Add((_steps[i].Code, _steps[i + 1].Code));
        }

        return this;
    }

    /// <summary>Allows a move from one step to another, such as back from a follow-up visit to handling.</summary>
    /// <param name="from">The code of the step moved from.</param>
    /// <param name="to">The code of the step moved to.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> or <paramref name="to"/> is null.</exception>
    public WorkflowDefinitionBuilder Allow(string from, string to)
    {
        _moves.Add((Guard.Against.NullArgument(from), Guard.Against.NullArgument(to)));
        return this;
    }

    /// <summary>Requires every move into a step to state something: a handler, a level, a verdict.</summary>
    /// <param name="step">The code of the step.</param>
    /// <param name="requires">What the move must state; a value outside the defined flags is a problem reported by <see cref="Build"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    public WorkflowDefinitionBuilder Require(string step, TransitionRequirements requires)
    {
        _requirements.Add((Guard.Against.NullArgument(step), requires));
        return this;
    }

    /// <summary>Names the step at which a case counts as closed; without it, the last step.</summary>
    /// <param name="step">The code of the step.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    public WorkflowDefinitionBuilder ClosingAt(string step)
    {
        _closing = Guard.Against.NullArgument(step);
        return this;
    }

    /// <summary>Bounds the level that may handle each size of matter: small matters within the grid, large ones within the community (小事不出网格,大事不出社区). Without it, any level up to the district.</summary>
    /// <param name="smallMatters">The highest level for a small matter.</param>
    /// <param name="largeMatters">The highest level for a large matter; not below <paramref name="smallMatters"/> (reported by <see cref="Build"/>).</param>
    /// <returns>This builder.</returns>
    public WorkflowDefinitionBuilder KeepWithin(HandlingLevel smallMatters, HandlingLevel largeMatters)
    {
        _small = smallMatters;
        _large = largeMatters;
        return this;
    }

    /// <summary>Checks the definition and builds the workflow.</summary>
    /// <returns>The workflow.</returns>
    /// <exception cref="PolicyDefinitionException">The definition has problems: no steps, a code given twice, an unknown step, a move to itself or given twice, a step no case can reach, undefined requirements or levels, or a large-matter bound below the small-matter one; all are listed.</exception>
    public WorkflowDefinition Build()
    {
        var problems = new List<DefinitionProblem>();
        var what = $"workflow \"{_english}\"";
        if (_steps.IsEmpty)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, $"{what} has no steps; expected at least one."));
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in _steps)
        {
            if (!codes.Add(step.Code))
            {
                problems.Add(new(DefinitionProblemKind.Duplicate, $"{what} has the step \"{step.Code}\" twice."));
            }
        }

        var requirements = new Dictionary<string, TransitionRequirements>(StringComparer.Ordinal);
        foreach (var (step, requires) in _requirements)
        {
            if (!codes.Contains(step))
            {
                problems.Add(new(DefinitionProblemKind.InvalidValue, $"{what} requires {requires} to enter \"{step}\", which is not one of its steps."));
            }
            else if ((requires & ~(TransitionRequirements.Handler | TransitionRequirements.Level | TransitionRequirements.Verdict)) != 0)
            {
                problems.Add(new(DefinitionProblemKind.InvalidValue, $"{what} requires {(int)requires} to enter \"{step}\"; expected a combination of Handler, Level and Verdict."));
            }
            else
            {
                requirements[step] = requirements.GetValueOrDefault(step) | requires;
            }
        }

        var steps = _steps.ToList();
        var transitions = ImmutableArray.CreateBuilder<WorkflowTransition>();
        var seen = new HashSet<(string, string)>();
        foreach (var (from, to) in _moves)
        {
            var fromIndex = steps.FindIndex(s => s.Code == from);
            var toIndex = steps.FindIndex(s => s.Code == to);
            if (fromIndex < 0 || toIndex < 0)
            {
                problems.Add(new(DefinitionProblemKind.InvalidValue, $"{what} allows \"{from}\" → \"{to}\", but \"{(fromIndex < 0 ? from : to)}\" is not one of its steps."));
            }
            else if (fromIndex == toIndex)
            {
                problems.Add(new(DefinitionProblemKind.InvalidValue, $"{what} allows \"{from}\" to move to itself; a step is entered once per move."));
            }
            else if (!seen.Add((from, to)))
            {
                problems.Add(new(DefinitionProblemKind.Duplicate, $"{what} allows \"{from}\" → \"{to}\" twice."));
            }
            else
            {
                transitions.Add(new(steps[fromIndex], steps[toIndex], fromIndex, toIndex, requirements.GetValueOrDefault(to)));
            }
        }

        var closing = _closing is null ? steps.Count - 1 : steps.FindIndex(s => s.Code == _closing);
        if (_closing is not null && closing < 0)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, $"{what} closes at \"{_closing}\", which is not one of its steps."));
        }

        if (!Enum.IsDefined(_small) || !Enum.IsDefined(_large))
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, $"{what} keeps matters within the levels {(int)_small} and {(int)_large}; expected levels from Grid to District."));
        }
        else if (_large < _small)
        {
            problems.Add(new(DefinitionProblemKind.InvalidValue, $"{what} keeps large matters within {_large}, below small matters' {_small}; expected large matters to go at least as high."));
        }

        if (steps.Count > 0 && codes.Count == steps.Count)
        {
            ReportUnreachable(what, steps, transitions, problems);
        }

        return problems.Count > 0
            ? throw new PolicyDefinitionException(what, problems)
            : new WorkflowDefinition(_chinese, _english, _steps, transitions.ToImmutable(), closing, _small, _large);
    }

    private static void ReportUnreachable(string what, List<WorkflowStep> steps, ImmutableArray<WorkflowTransition>.Builder transitions, List<DefinitionProblem> problems)
    {
        var reached = new bool[steps.Count];
        reached[0] = true;
        var queue = new Queue<int>([0]);
        while (queue.TryDequeue(out var from))
        {
            foreach (var transition in transitions)
            {
                if (transition.FromIndex == from && !reached[transition.ToIndex])
                {
                    reached[transition.ToIndex] = true;
                    queue.Enqueue(transition.ToIndex);
                }
            }
        }

        for (var i = 1; i < steps.Count; i++)
        {
            if (!reached[i])
            {
                problems.Add(new(DefinitionProblemKind.InvalidValue, $"{what} has no way from \"{steps[0].Code}\" to \"{steps[i].Code}\"; expected every step to be reachable."));
            }
        }
    }
}
