using System.Text.Json.Serialization;
using Community.Domain.Explanations;

namespace Community.Domain.Declarations;

/// <summary>The source-generated JSON metadata of declared rules' results, registered by every <see cref="DeclaredModule"/> and combined into the library's JSON options.</summary>
[JsonSerializable(typeof(DeclaredAssessment))]
[JsonSerializable(typeof(DeclaredOutcome))]
[JsonSerializable(typeof(Explained<DeclaredOutcome>))]
[JsonSerializable(typeof(DeclaredValue))]
[JsonSerializable(typeof(Explained<DeclaredAssessment>))]
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Strict)]
internal sealed partial class DeclarationsJsonContext : JsonSerializerContext;
