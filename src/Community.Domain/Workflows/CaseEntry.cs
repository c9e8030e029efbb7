using NodaTime;

namespace Community.Domain.Workflows;

/// <summary>One dated entry of a case's history: the step entered, on which day, and what was stated with the move.</summary>
public readonly record struct CaseEntry : Shared.IHoldsResult
{
    private readonly bool _made;

    /// <inheritdoc/>
    bool Shared.IHoldsResult.HoldsResult => _made;

    internal CaseEntry(WorkflowStep step, LocalDate on, CaseAction action)
    {
        _made = true;
        Step = step;
        On = on;
        Action = action;
    }

    /// <summary>Gets the step entered.</summary>
    public WorkflowStep Step { get => _made ? field : throw GuardExtensions.DefaultInstance<CaseEntry>("WorkflowCase.History"); }

    /// <summary>Gets the day it was entered.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))]
    public LocalDate On { get => _made ? field : throw GuardExtensions.DefaultInstance<CaseEntry>("WorkflowCase.History"); }

    /// <summary>Gets what was stated with the move.</summary>
    public CaseAction Action { get => _made ? field : throw GuardExtensions.DefaultInstance<CaseEntry>("WorkflowCase.History"); }

    /// <summary>Formats the entry.</summary>
    /// <returns>A text such as <c>2016-05-03 dispatch (调度派遣)</c>.</returns>
    public override string ToString() => !_made ? "default CaseEntry" : $"{On:yyyy-MM-dd} {Step}";
}
