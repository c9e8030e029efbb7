namespace Community.Domain.Workflows;

/// <summary>What a transition into a step requires the caller to state; a transition missing one fails.</summary>
[Flags]
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<TransitionRequirements>))]
public enum TransitionRequirements
{
    /// <summary>Nothing beyond the date.</summary>
    None = 0,

    /// <summary>A named person or body responsible (明责办事).</summary>
    Handler = 1,

    /// <summary>The level that handles the case, within the bound the workflow sets for the matter's size.</summary>
    Level = 2,

    /// <summary>The verdict of an evaluation: whether the residents were satisfied (公开评事).</summary>
    Verdict = 4,
}
