using System.Text.Json.Serialization;
using Community.Domain.Explanations;

namespace Community.Domain.Declarations;

/// <summary>The source-generated JSON metadata of declared rules' results, registered by every <see cref="DeclaredModule"/>.</summary>
[JsonSerializable(typeof(DeclaredAssessment))]
[JsonSerializable(typeof(Explained<DeclaredAssessment>))]
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Strict)]
internal sealed partial class DeclarationsJsonContext : JsonSerializerContext;
