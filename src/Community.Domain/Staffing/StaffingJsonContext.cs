using System.Text.Json.Serialization;
using Community.Domain.Explanations;

namespace Community.Domain.Staffing;

/// <summary>The source-generated JSON metadata of the staffing module's results and the library values its golden cases read, registered by its module.</summary>
[JsonSerializable(typeof(StaffingAssessment))]
[JsonSerializable(typeof(StaffingRequirement))]
[JsonSerializable(typeof(Explained<StaffingAssessment>))]
[JsonSerializable(typeof(Explained<StaffingRequirement>))]
[JsonSerializable(typeof(Communities.CommunityProfile))]
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Strict)]
internal sealed partial class StaffingJsonContext : JsonSerializerContext;
