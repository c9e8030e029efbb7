using NodaTime;

namespace Community.Domain.Workflows;

/// <summary>One dated entry of a case's history: the step entered, on which day, and what was stated with the move.</summary>
public readonly record struct CaseEntry
{
    internal CaseEntry(WorkflowStep step, LocalDate on, CaseAction action)
    {
        Step = step;
        On = on;
        Action = action;
    }

    /// <summary>Gets the step entered.</summary>
    public WorkflowStep Step { get; }

    /// <summary>Gets the day it was entered.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate On { get; }

    /// <summary>Gets what was stated with the move.</summary>
    public CaseAction Action { get; }

    /// <summary>Formats the entry.</summary>
    /// <returns>A text such as <c>2016-05-03 dispatch (调度派遣)</c>.</returns>
    public override string ToString() => $"{On:yyyy-MM-dd} {Step}";
}
