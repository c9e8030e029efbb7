using Community.Domain.Policies;

namespace Community.Domain.Workflows;

/// <summary>The kinds of workflow policy.</summary>
public static class WorkflowKinds
{
    /// <summary>Gets the workflow of grid events: register, dispatch, handle, follow up, evaluate and close (WF-01).</summary>
    public static PolicyKind<WorkflowDefinition> GridEvents { get; } = PolicyKind<WorkflowDefinition>.Named("workflows.grid-events", WorkflowText.KindName);

    /// <summary>Gets the workflow of matters residents raise (居民说事, WF-02).</summary>
    public static PolicyKind<WorkflowDefinition> ResidentsMatters { get; } = PolicyKind<WorkflowDefinition>.Named("workflows.residents-matters", WorkflowText.KindName);

    /// <summary>Gets the workflow of petitions (信访, WF-03).</summary>
    public static PolicyKind<WorkflowDefinition> Petitions { get; } = PolicyKind<WorkflowDefinition>.Named("workflows.petitions", WorkflowText.KindName);

    /// <summary>Gets cadres' duties of presence: events to attend and households to visit (三必到五必访, WF-04).</summary>
    public static PolicyKind<DutyPolicy> Duties { get; } = PolicyKind<DutyPolicy>.Named("workflows.duties", WorkflowText.KindName);
}
