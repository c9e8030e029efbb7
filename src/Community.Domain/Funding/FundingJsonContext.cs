using System.Text.Json.Serialization;
using Community.Domain.Explanations;

namespace Community.Domain.Funding;

/// <summary>The source-generated JSON metadata of the funding module's results and the library values its golden cases read, registered by its module.</summary>
[JsonSerializable(typeof(FundingAmount))]
[JsonSerializable(typeof(Explained<FundingAmount>))]
[JsonSerializable(typeof(Communities.CommunityProfile))]
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Strict)]
internal sealed partial class FundingJsonContext : JsonSerializerContext;
