using NodaTime;

namespace Community.Domain.Workflows;

/// <summary>One move of a case's history as its JSON gives it: the code of the step entered, the day, and what was stated with the move.</summary>
/// <param name="Step">The step's code.</param>
/// <param name="On">The day.</param>
/// <param name="Action">What was stated with the move.</param>
internal sealed record WorkflowMove(
    string Step,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Explanations.IsoLocalDateJsonConverter))] LocalDate On,
    CaseAction Action);
