using Ardalis.GuardClauses;
using Community.Domain.Jurisdictions;
using Community.Domain.Documents;
using Community.Domain.Modules;
using Community.Domain.Policies;

namespace Community.Domain.Workflows;

/// <summary>The workflows module: its policy kinds and their codecs, built-in versions, golden-case evaluations, JSON metadata and evaluator, registered through the one module contract.</summary>
/// <remarks>Registered in the library's <c>BuiltInModules</c>; like a user's module, it adds itself through <see cref="ModuleRegistration"/> alone.</remarks>
public sealed class WorkflowsModule : DomainModule
{
    private static readonly PolicyKind<WorkflowDefinition>[] Workflows = [WorkflowKinds.GridEvents, WorkflowKinds.ResidentsMatters, WorkflowKinds.Petitions];

    private static readonly WorkflowsJsonContext Json = WorkflowsJsonContext.Default;

    /// <summary>Initializes a new instance of the <see cref="WorkflowsModule"/> class.</summary>
    public WorkflowsModule()
        : base("workflows")
    {
    }

    /// <inheritdoc />
    protected internal override void Register(ModuleRegistration registration)
    {
        Guard.Against.NullArgument(registration);
        registration.AddKind(new WorkflowDefinitionCodec(WorkflowKinds.GridEvents));
        registration.AddKind(new WorkflowDefinitionCodec(WorkflowKinds.ResidentsMatters));
        registration.AddKind(new WorkflowDefinitionCodec(WorkflowKinds.Petitions));
        registration.AddKind(new DutyPolicyCodec());
        registration.AddJurisdictions(KnownJurisdictions.All).AddBuiltIns(WorkflowPolicies.BuiltInVersions());
        registration.AddJsonMetadata(Json);
        registration.AddService(static catalog => new WorkflowEvaluator(catalog));
        registration.AddCaseEvaluation(CaseEvaluation.Create("workflows.open", DocumentSchema.Object(
            "A case opened in a workflow.",
            DocumentMember.Required("kind", DocumentSchema.Kind("The workflow.", Workflows)),
            DocumentMember.Required("caseId", DocumentSchema.Text("The case's id.")),
            DocumentMember.Required("size", DocumentSchema.Name<MatterSize>("Whether the matter is Small or Large."))), Json.WorkflowCase, static (inputs, place, asOf) =>
        {
            var kind = inputs.Required("kind").Kind(Workflows);
            var caseId = inputs.Required("caseId").Text();
            var size = inputs.Required("size").Name<MatterSize>();
            return catalog => new WorkflowEvaluator(catalog).ExplainOpen(kind, place, asOf, caseId, size);
        }));
        registration.AddCaseEvaluation(CaseEvaluation.Create("workflows.duties", DocumentSchema.Object("The duties of a community checked against a record.", DocumentMember.Required("record", DocumentSchema.Value("What the community did, as the library writes a DutyRecord."))), Json.DutyAssessment, static (inputs, _, asOf) =>
        {
            var record = inputs.Required("record").Value(Json.DutyRecord);
            return catalog => new WorkflowEvaluator(catalog).ExplainAssessment(asOf, record);
        }));
    }
}
