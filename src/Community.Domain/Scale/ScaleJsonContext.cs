using System.Text.Json.Serialization;
using Community.Domain.Explanations;

namespace Community.Domain.Scale;

/// <summary>The source-generated JSON metadata of the community scale module's results and the library values its golden cases read, registered by its module.</summary>
[JsonSerializable(typeof(ScaleAssessment))]
[JsonSerializable(typeof(Explained<ScaleAssessment>))]
[JsonSerializable(typeof(Communities.CommunityProfile))]
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Strict)]
internal sealed partial class ScaleJsonContext : JsonSerializerContext;
