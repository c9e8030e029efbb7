using Community.Domain.Assessments;

namespace Community.Domain.Workflows;

/// <summary>The codes of the findings of duty assessments (WF-04).</summary>
public static class WorkflowFindingCodes
{
    /// <summary>Gets the code <c>workflows.event-not-attended</c>: an event that cadres must attend was not attended.</summary>
    public static FindingCode EventNotAttended { get; } = FindingCode.Of("workflows.event-not-attended");

    /// <summary>Gets the code <c>workflows.household-not-visited</c>: a household that cadres must visit was not visited in the period.</summary>
    public static FindingCode HouseholdNotVisited { get; } = FindingCode.Of("workflows.household-not-visited");
}
