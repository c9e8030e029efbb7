using System.Text.Json.Serialization;
using Community.Domain.Explanations;

namespace Community.Domain.Workflows;

/// <summary>The source-generated JSON metadata of the workflows module's results and the library values its golden cases read, registered by its module.</summary>
[JsonSerializable(typeof(DutyAssessment))]
[JsonSerializable(typeof(WorkflowCase))]
[JsonSerializable(typeof(Explained<DutyAssessment>))]
[JsonSerializable(typeof(Explained<WorkflowCase>))]
[JsonSerializable(typeof(DutyRecord))]
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Strict)]
internal sealed partial class WorkflowsJsonContext : JsonSerializerContext;
