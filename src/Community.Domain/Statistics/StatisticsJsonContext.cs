using System.Text.Json.Serialization;
using Community.Domain.Explanations;

namespace Community.Domain.Statistics;

/// <summary>The source-generated JSON metadata of the statistics module's results and the library values its golden cases read, registered by its module.</summary>
[JsonSerializable(typeof(StatisticsCheck))]
[JsonSerializable(typeof(Explained<StatisticsCheck>))]
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Strict)]
internal sealed partial class StatisticsJsonContext : JsonSerializerContext;
