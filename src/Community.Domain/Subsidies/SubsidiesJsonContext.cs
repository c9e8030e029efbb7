using System.Text.Json.Serialization;
using Community.Domain.Explanations;

namespace Community.Domain.Subsidies;

/// <summary>The source-generated JSON metadata of the subsidies module's results and the library values its golden cases read, registered by its module.</summary>
[JsonSerializable(typeof(GapReport))]
[JsonSerializable(typeof(SubsidyAmount))]
[JsonSerializable(typeof(SubsidyEntitlement))]
[JsonSerializable(typeof(SubsidyGap))]
[JsonSerializable(typeof(Explained<SubsidyAmount>))]
[JsonSerializable(typeof(Explained<SubsidyEntitlement>))]
[JsonSerializable(typeof(Explained<SubsidyGap>))]
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Strict)]
internal sealed partial class SubsidiesJsonContext : JsonSerializerContext;
