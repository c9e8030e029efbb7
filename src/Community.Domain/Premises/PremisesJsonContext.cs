using System.Text.Json.Serialization;
using Community.Domain.Explanations;

namespace Community.Domain.Premises;

/// <summary>The source-generated JSON metadata of the premises module's results and the library values its golden cases read, registered by its module.</summary>
[JsonSerializable(typeof(BuildingCost))]
[JsonSerializable(typeof(InLieuPayment))]
[JsonSerializable(typeof(PremisesAssessment))]
[JsonSerializable(typeof(ReservationRequirement))]
[JsonSerializable(typeof(Explained<BuildingCost>))]
[JsonSerializable(typeof(Explained<InLieuPayment>))]
[JsonSerializable(typeof(Explained<PremisesAssessment>))]
[JsonSerializable(typeof(Explained<ReservationRequirement>))]
[JsonSerializable(typeof(PremisesDescription))]
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Strict)]
internal sealed partial class PremisesJsonContext : JsonSerializerContext;
