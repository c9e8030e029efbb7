using System.Text.Json.Serialization;
using Community.Domain.Explanations;

namespace Community.Domain.Participation;

/// <summary>The source-generated JSON metadata of the participation module's results and the library values its golden cases read, registered by its module.</summary>
[JsonSerializable(typeof(ParticipationAssessment))]
[JsonSerializable(typeof(Explained<ParticipationAssessment>))]
[JsonSerializable(typeof(ParticipationRecord))]
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Strict)]
internal sealed partial class ParticipationJsonContext : JsonSerializerContext;
