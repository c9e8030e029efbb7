namespace Community.Domain.Policies;

/// <summary>Whether a policy version is a rule in force or only a proposal; evaluation uses either and says which.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Community.Domain.Serialization.EnumNameJsonConverter<PolicyStatus>))]
public enum PolicyStatus
{
    /// <summary>A rule in force over its period.</summary>
    InForce = 1,

    /// <summary>A proposal (建议) that no one has adopted yet, such as a survey's recommendation; answers under it say what the proposal would give.</summary>
    Proposed = 2,
}
