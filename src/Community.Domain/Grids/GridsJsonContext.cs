using System.Text.Json.Serialization;
using Community.Domain.Explanations;

namespace Community.Domain.Grids;

/// <summary>The source-generated JSON metadata of the grids module's results and the library values its golden cases read, registered by its module.</summary>
[JsonSerializable(typeof(GridAssessment))]
[JsonSerializable(typeof(GridCoverageAssessment))]
[JsonSerializable(typeof(GridPlan))]
[JsonSerializable(typeof(Explained<GridAssessment>))]
[JsonSerializable(typeof(Explained<GridCoverageAssessment>))]
[JsonSerializable(typeof(Explained<GridPlan>))]
[JsonSerializable(typeof(GridCoverage))]
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Strict)]
internal sealed partial class GridsJsonContext : JsonSerializerContext;
