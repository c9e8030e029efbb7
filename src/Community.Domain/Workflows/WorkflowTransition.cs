namespace Community.Domain.Workflows;

/// <summary>A move a workflow allows from one step to another, with what the move requires.</summary>
public sealed class WorkflowTransition
{
    internal WorkflowTransition(WorkflowStep from, WorkflowStep to, int fromIndex, int toIndex, TransitionRequirements requires)
    {
        From = from;
        To = to;
        FromIndex = fromIndex;
        ToIndex = toIndex;
        Requires = requires;
    }

    /// <summary>Gets the step moved from.</summary>
    public WorkflowStep From { get; }

    /// <summary>Gets the step moved to.</summary>
    public WorkflowStep To { get; }

    /// <summary>Gets what the move requires.</summary>
    public TransitionRequirements Requires { get; }

    internal int FromIndex { get; }

    internal int ToIndex { get; }

    /// <summary>Formats the transition.</summary>
    /// <returns>A text such as <c>register → dispatch (requires Level)</c>.</returns>
    public override string ToString() => Requires == TransitionRequirements.None
        ? $"{From.Code} → {To.Code}"
        : $"{From.Code} → {To.Code} (requires {Requires})";
}
