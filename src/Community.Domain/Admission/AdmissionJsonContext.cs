using System.Text.Json.Serialization;
using Community.Domain.Explanations;

namespace Community.Domain.Admission;

/// <summary>The source-generated JSON metadata of the admission module's results and the library values its golden cases read, registered by its module.</summary>
[JsonSerializable(typeof(BurdenReport))]
[JsonSerializable(typeof(WorkloadSummary))]
[JsonSerializable(typeof(WorkRequest))]
[JsonSerializable(typeof(AdmissionDecision))]
[JsonSerializable(typeof(DecisionTimeliness))]
[JsonSerializable(typeof(Explained<AdmissionDecision>))]
[JsonSerializable(typeof(Explained<DecisionTimeliness>))]
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Strict)]
internal sealed partial class AdmissionJsonContext : JsonSerializerContext;
