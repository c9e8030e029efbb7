using System.Collections.Immutable;

namespace Community.Domain.Workflows;

/// <summary>The exception thrown when a case is asked to make a move its workflow does not allow, or without what the move requires.</summary>
/// <remarks>The message names the case, its step, the step asked for and the steps it may move to; the properties give the same facts to code.</remarks>
public sealed class IllegalTransitionException : InvalidOperationException
{
    internal IllegalTransitionException(string caseId, WorkflowStep state, WorkflowStep requested, ImmutableArray<WorkflowStep> allowedNext, string reason)
        : base($"Case \"{caseId}\" is at {state} and cannot move to {requested}: {reason} Allowed next: {(allowedNext.IsEmpty ? "none, the case is at a final step" : string.Join(", ", allowedNext))}.")
    {
        CaseId = caseId;
        State = state;
        Requested = requested;
        AllowedNext = allowedNext;
    }

    /// <summary>Gets the case's id.</summary>
    public string CaseId { get; }

    /// <summary>Gets the step the case is at.</summary>
    public WorkflowStep State { get; }

    /// <summary>Gets the step asked for.</summary>
    public WorkflowStep Requested { get; }

    /// <summary>Gets the steps the case may move to from its step.</summary>
    public ImmutableArray<WorkflowStep> AllowedNext { get; }
}
